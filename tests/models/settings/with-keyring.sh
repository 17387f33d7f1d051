#!/bin/sh
# Runs a command inside a private D-Bus session with gnome-keyring-daemon
# started and unlocked, in a throw-away HOME: the "a keychain is there" world
# of the keychain tests. Both programs come from the setup's package list
# (dbus-daemon, gnome-keyring); a missing one fails the test, it never skips.
#   with-keyring.sh COMMAND [ARG...]
set -eu
if [ -z "${RA_IN_KEYRING_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "dbus-run-session missing: apt-get install dbus-daemon" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon missing: apt-get install gnome-keyring" >&2; exit 1; }
    RA_IN_KEYRING_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf 'keyring-for-tests' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$home/keyring.log" 2>&1 &
keyring=$!
trap 'kill $keyring 2>/dev/null; wait $keyring 2>/dev/null; rm -rf "$home"' EXIT INT TERM
# Wait until the daemon owns the Secret Service name (it registers within a
# fraction of a second; give up after 10 s with its own log).
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
      grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ] || ! kill -0 "$keyring" 2>/dev/null; then
        echo "gnome-keyring-daemon did not provide org.freedesktop.secrets:" >&2
        cat "$home/keyring.log" >&2
        exit 1
    fi
    sleep 0.1
done
"$@"
