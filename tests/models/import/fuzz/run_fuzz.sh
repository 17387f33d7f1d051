#!/bin/sh
# Builds the CSV reader and validator fuzz target with clang and runs it for a fixed time over
# the corpus. A crash is copied into regressions/ (commit it: tst_csvfuzz
# replays it in every test run from then on) and fails the test.
#   run_fuzz.sh BUILD_DIR SECONDS
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=${2:-20}
command -v clang++ >/dev/null || { echo "clang++ missing: apt-get install clang-14 libclang-rt-14-dev"; exit 1; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2
work="$build/run"
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$here"/corpus/* "$work/corpus/" 2>/dev/null || true
cp "$here"/regressions/* "$work/corpus/" 2>/dev/null || true
status=0
"$build/fuzz_csv" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=8192 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" || status=$?
found=0
for f in "$work"/artifacts/*; do
    [ -e "$f" ] || continue
    cp "$f" "$here/regressions/$(basename "$f")"
    echo "new regression fixture: $here/regressions/$(basename "$f")"
    found=1
done
[ "$status" -eq 0 ] && [ "$found" -eq 0 ]
