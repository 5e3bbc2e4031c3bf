# Shared helpers for the scripts in this folder; source it, do not run it.
# PostgreSQL refuses to run as root, so when we are root the servers run as an unprivileged
# system user made for the purpose.

AIH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AIH_SERVICE_USER="${AIH_SERVICE_USER:-aih}"

ensure_service_user() {
    if [[ $(id -u) -eq 0 ]] && ! id "$AIH_SERVICE_USER" >/dev/null 2>&1; then
        useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin "$AIH_SERVICE_USER"
    fi
}

# Runs a command as the unprivileged service user when we are root, else as ourselves.
as_service_user() {
    if [[ $(id -u) -eq 0 ]]; then
        setpriv --reuid="$AIH_SERVICE_USER" --regid="$AIH_SERVICE_USER" --init-groups -- "$@"
    else
        "$@"
    fi
}

# Gives the service user a directory it owns (created if missing).
own_dir() {
    mkdir -p "$1"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R "$AIH_SERVICE_USER:$AIH_SERVICE_USER" "$1"
    fi
}

pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$dir" ]] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
    echo "$dir"
}

# build_preset PRESET [-DNAME=VALUE...]: configures (the extra cache settings win over the
# preset's) and builds.
build_preset() {
    local preset="$1"
    cmake --preset "$preset" "${@:2}" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}
