#!/bin/sh
# Runs a command as a screen reader would meet it: on its own Xvfb (a free display, chosen by
# Xvfb itself), in a private D-Bus session with the AT-SPI bus and registry, with Qt's
# accessibility bridge always on. Nothing of the user's desktop or session bus is touched.
#
#   tests/with-atspi.sh build/tests/tst_accessibility [test arguments...]
#   tests/with-atspi.sh python3 tests/atspi_reads_list.py build/app/engage-tasks
#
# Needs Xvfb (xvfb), dbus-run-session (dbus) and /usr/libexec/at-spi-bus-launcher
# (at-spi2-core). The command's exit status is this script's.
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 command [arguments...]" >&2
    exit 2
fi
LAUNCHER=/usr/libexec/at-spi-bus-launcher
for tool in Xvfb dbus-run-session "$LAUNCHER"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (apt-get install xvfb dbus at-spi2-core)" >&2
        exit 1
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/engage-atspi.XXXXXX")
XVFB=
cleanup() {
    [ -n "$XVFB" ] && kill "$XVFB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$WORK/runtime"

# -displayfd: Xvfb picks a free display and writes its number once it listens.
Xvfb -displayfd 3 -screen 0 1600x1200x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
XVFB=$!
i=0
while [ ! -s "$WORK/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$XVFB" 2>/dev/null; then
        echo "$0: Xvfb did not start" >&2
        exit 1
    fi
    sleep 0.05
done
export DISPLAY=":$(cat "$WORK/display")"
export XDG_RUNTIME_DIR="$WORK/runtime"
export QT_QPA_PLATFORM=xcb
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_ACCESSIBILITY=1
export NO_AT_BRIDGE=0
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS 2>/dev/null || true

status=0
dbus-run-session -- sh -c '
    "$0" --launch-immediately >/dev/null 2>&1 &
    launcher=$!
    status=0
    "$@" || status=$?
    kill "$launcher" 2>/dev/null || true
    exit "$status"' "$LAUNCHER" "$@" || status=$?
exit "$status"
