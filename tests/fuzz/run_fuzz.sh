#!/bin/sh
# Builds a libFuzzer target's project (a tests/*/fuzz directory) with clang,
# ASan and UBSan, then either replays or fuzzes:
#
#   run_fuzz.sh replay FUZZ_DIR TARGET BUILD_DIR
#       Runs every file of FUZZ_DIR/corpus and FUZZ_DIR/regressions through
#       the target once, under the sanitizers: fails on any crash, leak or
#       undefined behaviour. This is what the test suite runs (ctest label
#       fuzz); it is deterministic and writes nothing but BUILD_DIR.
#   run_fuzz.sh fuzz FUZZ_DIR TARGET BUILD_DIR SECONDS [MAX_LEN]
#       Random fuzzing for SECONDS, starting from the corpus and regressions.
#       Everything it writes stays in BUILD_DIR/run: the grown corpus and the
#       crash, leak or timeout artifacts. It never touches the source tree:
#       a finding is turned into a regression by copying its artifact into
#       FUZZ_DIR/regressions/ with the fix. scripts/fuzz.sh wraps this mode.
set -eu
mode=$1
here=$(cd "$2" && pwd)
target=$3
build=$4
# The compiler: $RA_CLANGXX (ctest passes the one CMake found), else the
# versioned clang++-14 the setup installs, else a plain clang++.
cxx=${RA_CLANGXX:-}
[ -n "$cxx" ] || cxx=$(command -v clang++-14 || command -v clang++ || true)
[ -n "$cxx" ] || { echo "clang++-14 missing: apt-get install clang-14 libclang-rt-14-dev"; exit 1; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2
inputs=""
for d in corpus regressions; do
    [ -d "$here/$d" ] && inputs="$inputs $here/$d"
done
case "$mode" in
replay)
    # -runs=0: execute each input once, no mutation.
    # shellcheck disable=SC2086
    "$build/$target" -runs=0 -rss_limit_mb=2048 -timeout=25 $inputs
    ;;
fuzz)
    seconds=$5
    max_len=${6:-4096}
    work="$build/run"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    status=0
    # shellcheck disable=SC2086
    "$build/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" \
        -artifact_prefix="$work/artifacts/" "$work/corpus" $inputs || status=$?
    found=0
    for f in "$work"/artifacts/*; do
        [ -e "$f" ] || continue
        echo "finding: $f"
        found=1
    done
    if [ "$found" -ne 0 ]; then
        echo "To keep a finding as a regression, copy it into $here/regressions/ with the fix."
    fi
    [ "$status" -eq 0 ] && [ "$found" -eq 0 ]
    ;;
*)
    echo "usage: run_fuzz.sh replay|fuzz FUZZ_DIR TARGET BUILD_DIR [SECONDS [MAX_LEN]]" >&2
    exit 2
    ;;
esac
