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
    # Wait for the server to be gone: one still shutting down removes the socket and lock of
    # its display, which the next run's Xvfb may already have taken ("could not connect to
    # display :0").
    if [ -n "$XVFB" ]; then
        kill "$XVFB" 2>/dev/null || true
        wait "$XVFB" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$WORK/runtime"

# A display of our own, chosen under a lock before any Xvfb starts on it. Two Xvfbs must never
# try the same display: the one that finds it taken unlinks the socket of the one running there
# as it leaves (Xvfb 21 on Debian 12, with -displayfd or a number alike), and that server's
# clients "could not connect to display :N". The lock is held, on fd 9, until this script ends.
DISPLAY_NUMBER=
n=${ENGAGE_XVFB_FIRST_DISPLAY:-90}
while [ -z "$DISPLAY_NUMBER" ]; do
    if [ "$n" -gt 400 ]; then
        echo "$0: no free X display" >&2
        exit 1
    fi
    exec 9>"${TMPDIR:-/tmp}/engage-xvfb.$n.lock"
    if flock -n 9 && [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
        DISPLAY_NUMBER=$n
    else
        exec 9>&-
        n=$((n + 1))
    fi
done
# -displayfd: it writes the number once it listens. -noreset: by default an X server resets when
# its last client leaves and refuses whoever connects meanwhile: after any client that came and
# went (xdpyinfo did it at will; the AT-SPI bus launcher may), the program under test "could not
# connect to display", one run in four with two such runs side by side.
Xvfb ":$DISPLAY_NUMBER" -displayfd 3 -noreset -screen 0 1600x1200x24 -nolisten tcp \
    3>"$WORK/display" \
    >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
i=0
while [ ! -s "$WORK/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 200 ] || ! kill -0 "$XVFB" 2>/dev/null; then
        echo "$0: Xvfb :$DISPLAY_NUMBER did not start:" >&2
        cat "$WORK/xvfb.log" >&2
        exit 1
    fi
    sleep 0.05
done
export DISPLAY=":$DISPLAY_NUMBER"
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
