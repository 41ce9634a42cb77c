#!/bin/sh
# Builds the parsers with clang + libFuzzer + ASan/UBSan and fuzzes them for a bounded time
# (default 60 s) from the seed corpus (the spec's examples). Exit status non-zero on a finding.
set -eu
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-60}
BUILD=build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DENGAGE_FUZZ=ON -DBUILD_TESTING=OFF -DENGAGE_SANITIZE=ON >/dev/null
cmake --build "$BUILD" --target fuzz_parsers
WORK=$(mktemp -d)
cp tests/fuzz/corpus/* "$WORK/"
# Qt's JSON parser is the code under test; a 1 MB input cap keeps runs quick.
"$BUILD/tests/fuzz/fuzz_parsers" "$WORK" -max_total_time="$SECONDS_TO_RUN" -max_len=1048576 \
  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 25
rm -rf "$WORK"
