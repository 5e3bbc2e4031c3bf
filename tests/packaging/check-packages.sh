#!/usr/bin/env bash
# Builds the Debian packages (and RPMs where rpmbuild exists) from a finished build and checks
# them as a distribution would: lintian, the desktop entry and AppStream metadata validators,
# the files and maintainer scripts each package carries; then unpacks aih-server into a
# temporary root and starts the installed aihd with its systemd unit's ExecStart command line
# and environment file, as the unit's user, against a fresh test database, until /healthz.
#   check-packages.sh BUILD_DIR     (needs AIH_TEST_PG_URL: scripts/test-services)
set -euo pipefail
build="$1"
: "${AIH_TEST_PG_URL:?start scripts/test-services and export its env}"
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-deb psql curl; do
    command -v "$tool" >/dev/null || { echo "check-packages: $tool is missing (scripts/install-deps)" >&2; exit 1; }
done

work=$(mktemp -d)
chmod 0755 "$work" # the service user must reach the unpacked aihd
db="aih_packaging_$$"
aihd_pid=""
cleanup() {
    [[ -n "$aihd_pid" ]] && kill "$aihd_pid" 2>/dev/null && wait "$aihd_pid" 2>/dev/null
    psql "$AIH_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-packages: $*" >&2; exit 1; }

echo "== cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
server_deb=$(ls "$work"/out/aih-server_*.deb)
console_deb=$(ls "$work"/out/aih-console_*.deb)

echo "== lintian"
# Errors and warnings fail; the overrides shipped in the packages say why each is justified.
lintian --fail-on error,warning --tag-display-limit 0 "$server_deb" "$console_deb"

echo "== package contents"
server_files=$(dpkg-deb --contents "$server_deb")
for file in ./usr/bin/aihd ./lib/systemd/system/aihd.service ./etc/aih/aihd.env \
            ./usr/share/doc/aih-server/copyright; do
    grep -q " $file\$" <<<"$server_files" || fail "aih-server lacks $file"
done
# Whole outputs first: `producer | grep -q` fails under pipefail when grep stops reading early.
has() { grep -q -- "$1" <<<"$2"; }
has_line() { grep -qx -- "$1" <<<"$2"; }
has_line /etc/aih/aihd.env "$(dpkg-deb --info "$server_deb" conffiles)" || fail "aihd.env is not a conffile"
has "adduser --system" "$(dpkg-deb --info "$server_deb" postinst)" || fail "postinst makes no system user"
has libpoco "$(dpkg-deb --field "$server_deb" Depends)" || fail "aih-server does not depend on Poco"
file_type=$(dpkg-deb --fsys-tarfile "$server_deb" | tar -xO ./usr/bin/aihd | file -)
if ! has "stripped" "$file_type" || has "not stripped" "$file_type"; then fail "aihd is not stripped"; fi

echo "== desktop entry and AppStream metadata"
mkdir "$work/console"
dpkg-deb -x "$console_deb" "$work/console"
[[ -x "$work/console/usr/bin/aih-console" ]] || fail "aih-console lacks its binary"
[[ -f "$work/console/usr/share/icons/hicolor/scalable/apps/aih-console.svg" ]] || fail "no icon"
desktop-file-validate "$work/console/usr/share/applications/aih-console.desktop"
appstreamcli validate --no-net "$work/console/usr/share/metainfo/example.aih.console.metainfo.xml"

if command -v rpmbuild >/dev/null; then
    echo "== cpack -G RPM"
    cpack --config "$build/CPackConfig.cmake" -G RPM -B "$work/rpm" >"$work/cpack-rpm.log" 2>&1 ||
        { cat "$work/cpack-rpm.log"; fail "cpack -G RPM failed"; }
    server_rpm=$(ls "$work"/rpm/aih-server-*.rpm)
    has_line /lib/systemd/system/aihd.service "$(rpm -qlp "$server_rpm" 2>/dev/null)" || fail "RPM lacks the unit"
    has_line /etc/aih/aihd.env "$(rpm -qp --configfiles "$server_rpm" 2>/dev/null)" || fail "RPM: aihd.env not %config"
    has "useradd --system" "$(rpm -qp --scripts "$server_rpm" 2>/dev/null)" || fail "RPM makes no system user"
    ls "$work"/rpm/aih-console-*.rpm >/dev/null
fi

echo "== installed aihd, started as its unit starts it"
root="$work/root"
dpkg-deb -x "$server_deb" "$root"
unit="$root/lib/systemd/system/aihd.service"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
service_user=$(sed -n 's/^User=//p' "$unit")
[[ "$exec_start" == /usr/bin/aihd* ]] || fail "unexpected ExecStart: $exec_start"
grep -qx "EnvironmentFile=/etc/aih/aihd.env" "$unit" || fail "the unit reads no /etc/aih/aihd.env"
for option in NoNewPrivileges=yes ProtectSystem=strict PrivateTmp=yes StateDirectory=aih; do
    grep -qx "$option" "$unit" || fail "the unit lacks $option"
done
if command -v systemd-analyze >/dev/null; then
    # systemd's own exposure score of the unit, 0 (locked down) to 10: keep it "OK" (< 2).
    systemd-analyze security --offline=yes --threshold=20 "$unit" >/dev/null ||
        { systemd-analyze security --offline=yes "$unit"; fail "the unit's hardening slipped"; }
fi
has_line "aihd [0-9.]*" "$("$root/usr/bin/aihd" --version)" || fail "aihd --version"

# What the operator writes into the shipped environment file, and what systemd provides:
# the state directory, owned by the unit's user.
psql "$AIH_TEST_PG_URL" -qc "CREATE DATABASE $db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env_file="$work/aihd.env"
cp "$root/etc/aih/aihd.env" "$env_file"
cat >>"$env_file" <<ENV
SECRET_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
DATABASE_URL=${AIH_TEST_PG_URL%/*}/$db
AIH_LISTEN=127.0.0.1:$port
ENV
state="$work/state"
mkdir -m 0750 "$state"
command_line=${exec_start//\/usr\/bin\/aihd/$root/usr/bin/aihd}
command_line=${command_line//\/var\/lib\/aih/$state}
run_as=()
if [[ $(id -u) -eq 0 ]]; then
    # The unit's user as postinst makes it; CI machines have the test services' user instead.
    user="$service_user"
    id "$user" >/dev/null 2>&1 || user="${AIH_SERVICE_USER:-aih}"
    chown "$user:" "$state"
    run_as=(setpriv --reuid="$user" --regid="$user" --init-groups --)
fi
# As systemd reads an EnvironmentFile: its KEY=VALUE lines, comments skipped, nothing else.
mapfile -t service_env < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$env_file")
service() { # in a subshell only (it execs); ExecStart is split on spaces, as systemd splits it
    # shellcheck disable=SC2086
    exec env -i PATH=/usr/bin:/bin "${service_env[@]}" "${run_as[@]}" $command_line "$@"
}
has_line "configuration ok" "$(service check-config)" || fail "aihd check-config refused the example file"
service >"$work/aihd.log" 2>&1 &
aihd_pid=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    kill -0 "$aihd_pid" 2>/dev/null || { cat "$work/aihd.log"; fail "the installed aihd exited"; }
    sleep 0.1
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/aihd.log"; fail "no /healthz"; }
curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$work/aihd.log"; fail "not ready"; }
grep -q "applied migration" "$work/aihd.log" || fail "aihd did not migrate its database on start"
kill -TERM "$aihd_pid"
wait "$aihd_pid" || fail "aihd did not stop cleanly on SIGTERM"
aihd_pid=""
echo "packages ok: $(basename "$server_deb") $(basename "$console_deb")"
