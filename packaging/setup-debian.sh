#!/bin/sh
# Installs exactly what building, testing and running the demo need on Debian 12, as root.
# Idempotent: installs only what is missing, and is quick when nothing is.
set -eu
cd "$(dirname "$0")/.."

PACKAGES="
  cmake ninja-build g++ pkgconf dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libsqlite3-dev
  qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libgl1-mesa-dev libxkbcommon-dev
  xvfb xauth xdotool imagemagick x11-apps dbus dbus-x11 gnome-keyring
  desktop-file-utils appstream lintian rpm clang-format clang-14 libclang-rt-14-dev
  qt6-translations-l10n at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-dbusmock python3-dbus
"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js runs the contract test's validator (Prism); any Node >= 18.20 will do.
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-debian.sh: missing packages:$missing; run me as root" >&2
    exit 1
  fi
  echo "Installing:$missing"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi

# Prism, pinned exactly in tests/contract/package-lock.json, from the npm registry.
if [ ! -x tests/contract/node_modules/.bin/prism ] ||
   [ tests/contract/package-lock.json -nt tests/contract/node_modules/.package-lock.json ]; then
  (cd tests/contract && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup-debian.sh: all set"
