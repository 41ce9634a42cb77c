#!/bin/sh
# Builds everything and runs every test. Expects packaging/setup-debian.sh to have run.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
cmake --build "$BUILD_DIR" -j "$(nproc)"
# Tests run offscreen; the few that need window focus or a keychain start their own
# Xvfb / D-Bus session through ctest fixtures.
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
