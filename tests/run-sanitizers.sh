#!/bin/sh
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc).
# Leak reports are off: Qt, fontconfig and D-Bus keep process-lifetime allocations that
# LeakSanitizer reports at exit; use-after-free, overflows and UB stop the test.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-build-asan}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DENGAGE_SANITIZE=ON >/dev/null
cmake --build "$BUILD" -j "$(nproc)"
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$BUILD" --output-on-failure -j "$(nproc)"
