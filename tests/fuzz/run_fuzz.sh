#!/bin/sh
# Builds a libFuzzer target's project (a tests/models/*/fuzz directory) with
# clang and runs the target for a fixed time over the directory's corpus. A
# crash is copied into its regressions/ (commit it: the tst_*fuzz test
# replays it in every test run from then on) and fails the test.
#   run_fuzz.sh FUZZ_DIR TARGET BUILD_DIR [SECONDS [MAX_LEN]]
set -eu
here=$(cd "$1" && pwd)
target=$2
build=$3
seconds=${4:-20}
max_len=${5:-4096}
# The compiler: $RA_CLANGXX (ctest passes the one CMake found), else the
# versioned clang++-14 the setup installs, else a plain clang++.
cxx=${RA_CLANGXX:-}
[ -n "$cxx" ] || cxx=$(command -v clang++-14 || command -v clang++ || true)
[ -n "$cxx" ] || { echo "clang++-14 missing: apt-get install clang-14 libclang-rt-14-dev"; exit 1; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2
work="$build/run"
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$here"/corpus/* "$work/corpus/" 2>/dev/null || true
cp "$here"/regressions/* "$work/corpus/" 2>/dev/null || true
status=0
"$build/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$work/artifacts/" "$work/corpus" || status=$?
found=0
for f in "$work"/artifacts/*; do
    [ -e "$f" ] || continue
    cp "$f" "$here/regressions/$(basename "$f")"
    echo "new regression fixture: $here/regressions/$(basename "$f")"
    found=1
done
[ "$status" -eq 0 ] && [ "$found" -eq 0 ]
