# aih-server (RPM): the same steps as the Debian postinst, with the RPM world's useradd.
if ! getent passwd aih >/dev/null; then
    useradd --system --user-group --no-create-home --home-dir /var/lib/aih --shell /sbin/nologin \
        --comment "aih API server" aih
fi
chown root:aih /etc/aih/aihd.env
chmod 0640 /etc/aih/aihd.env
if [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null 2>&1 || true
fi
