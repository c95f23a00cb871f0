#!/bin/sh
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring (Secret
# Service), so keyring tests never touch the user's real keyring:
#   with-keyring.sh COMMAND [ARGS...]
# dbus-run-session ends the bus (and with it the keyring daemon) when COMMAND exits.
set -eu
if [ "${MQTTSCOPE_IN_KEYRING_SESSION:-}" != 1 ]; then
    for program in dbus-run-session gnome-keyring-daemon; do
        command -v "$program" >/dev/null 2>&1 || {
            echo "with-keyring.sh: $program is missing (scripts/test.sh installs dbus-daemon, dbus-bin and gnome-keyring)" >&2
            exit 1
        }
    done
    MQTTSCOPE_IN_KEYRING_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/mqttscope-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
# --unlock reads the new login keyring's password from stdin and creates it unlocked.
printf 'mqttscope-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export MQTTSCOPE_TEST_KEYRING=1
"$@"
