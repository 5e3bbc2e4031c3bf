# aih-server (RPM): on erase (not upgrade, where $1 is 1) stop and disable aihd.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl stop aihd.service >/dev/null 2>&1 || true
    systemctl disable aihd.service >/dev/null 2>&1 || true
fi
