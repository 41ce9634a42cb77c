#!/bin/sh
# Runs a command on a private D-Bus session bus, in a temporary HOME that is removed afterwards,
# for the tests of the desktop's notifications (tst_notifications). The test itself starts the
# fake notification server it needs on that bus (python3-dbusmock's notification_daemon
# template, each case with its own capabilities), so nothing reaches the user's desktop.
#
#   tests/with-notifications.sh build/tests/tst_notifications [test arguments...]
#
# The command sees HOME and the XDG folders inside that folder, and ENGAGE_DBUSMOCK_PYTHON
# naming a Python that has dbusmock. Its exit status is this script's.
# Needs dbus-run-session (package dbus) and python3-dbusmock.
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 command [arguments...]" >&2
    exit 2
fi
if ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "$0: dbus-run-session not found (apt-get install dbus)" >&2
    exit 1
fi
# The distribution's Python has the distribution's dbusmock; a pyenv shim may not.
python=
for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import dbusmock' >/dev/null 2>&1; then
        python=$candidate
        break
    fi
done
if [ -z "$python" ]; then
    echo "$0: no python3 with dbusmock (apt-get install python3-dbusmock)" >&2
    exit 1
fi

NHOME=$(mktemp -d "${TMPDIR:-/tmp}/engage-notify.XXXXXX")
trap 'rm -rf "$NHOME"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$NHOME/runtime"

export HOME="$NHOME"
export XDG_DATA_HOME="$NHOME/share"
export XDG_CONFIG_HOME="$NHOME/config"
export XDG_CACHE_HOME="$NHOME/cache"
export XDG_RUNTIME_DIR="$NHOME/runtime"
export ENGAGE_DBUSMOCK_PYTHON="$python"
unset DBUS_SESSION_BUS_ADDRESS 2>/dev/null || true

status=0
dbus-run-session -- "$@" || status=$?
exit "$status"
