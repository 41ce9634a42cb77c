#!/bin/sh
# Runs a command against a real but private Secret Service: a new D-Bus session bus with a
# GNOME keyring unlocked by a throwaway password, in a temporary HOME that is removed afterwards.
# The user's own keyring and files are never touched.
#
#   tests/with-keyring.sh build/tests/tst_credentialstore [test arguments...]
#
# The command sees HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR inside
# that folder, and ENGAGE_TEST_KEYRING_HOME set to it. Its exit status is this script's.
# Needs dbus-run-session (package dbus) and gnome-keyring-daemon (package gnome-keyring).
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 command [arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (apt-get install dbus gnome-keyring)" >&2
        exit 1
    fi
done

KHOME=$(mktemp -d "${TMPDIR:-/tmp}/engage-keyring.XXXXXX")
trap 'rm -rf "$KHOME"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$KHOME/runtime"

export HOME="$KHOME"
export XDG_DATA_HOME="$KHOME/share"
export XDG_CONFIG_HOME="$KHOME/config"
export XDG_CACHE_HOME="$KHOME/cache"
export XDG_RUNTIME_DIR="$KHOME/runtime"
export ENGAGE_TEST_KEYRING_HOME="$KHOME"
# QtKeychain would prefer KWallet in a KDE session; the private bus has only the GNOME keyring.
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
    KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL 2>/dev/null || true

# A non-empty password is required: with an empty one the daemon asks through a GUI prompter.
status=0
dbus-run-session -- sh -c '
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    }
    exec "$@"' sh "$@" || status=$?
exit "$status"
