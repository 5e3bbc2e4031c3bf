#!/bin/sh
# Runs a test program inside a private D-Bus session with its own unlocked gnome-keyring, so the
# console's keychain code talks to a real Secret Service without touching anyone else's keyring.
# The keyring lives in a temporary HOME that is removed afterwards; the daemon ends with the bus.
exec dbus-run-session -- sh -c '
    home=$(mktemp -d)
    mkdir -m 0700 "$home/run"
    export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
           XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
    printf "%s" "aih-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"
    status=$?
    rm -rf "$home"
    exit $status
' keyring-session "$@"
