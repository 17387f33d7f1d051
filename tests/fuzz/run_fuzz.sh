#!/bin/sh
# Builds a fuzz directory's libFuzzer project (tests/*/fuzz) with clang, ASan
# and UBSan, then replays or fuzzes. A target is named TARGET, or
# TARGET:SUBDIR when its inputs live in FUZZ_DIR/SUBDIR rather than FUZZ_DIR;
# its inputs are the corpus/ and regressions/ folders there.
#
#   run_fuzz.sh replay FUZZ_DIR BUILD_DIR TARGET[:SUBDIR]...
#       Runs every input of each target through it once, under the
#       sanitizers: fails on any crash, leak or undefined behaviour. This is
#       what the test suite runs (ctest label fuzz); it is deterministic and
#       writes nothing but BUILD_DIR.
#   run_fuzz.sh fuzz FUZZ_DIR BUILD_DIR TARGET[:SUBDIR] SECONDS [MAX_LEN]
#       Random fuzzing for SECONDS, starting from the inputs. Everything it
#       writes stays in BUILD_DIR/run-TARGET: the grown corpus and the crash,
#       leak or timeout artifacts. It never touches the source tree: a
#       finding becomes a regression when you copy its artifact into the
#       target's regressions/ with the fix. scripts/fuzz.sh wraps this mode.
set -eu
mode=$1
here=$(cd "$2" && pwd)
build=$3
shift 3
# The compiler: $RA_CLANGXX (ctest passes the one CMake found), else the
# versioned clang++-14 the setup installs, else a plain clang++.
cxx=${RA_CLANGXX:-}
[ -n "$cxx" ] || cxx=$(command -v clang++-14 || command -v clang++ || true)
[ -n "$cxx" ] || { echo "clang++-14 missing: apt-get install clang-14 libclang-rt-14-dev"; exit 1; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2

# Sets $target and $inputs (the existing corpus/regressions folders) from a spec.
parse() {
    target=${1%%:*}
    sub=
    case "$1" in *:*) sub=/${1#*:} ;; esac
    inputs=""
    for d in corpus regressions; do
        [ -d "$here$sub/$d" ] && inputs="$inputs $here$sub/$d"
    done
    [ -n "$inputs" ] || { echo "$target: no corpus in $here$sub"; exit 1; }
}

case "$mode" in
replay)
    for spec in "$@"; do
        parse "$spec"
        echo "replaying$inputs through $target"
        # -runs=0: execute each input once, no mutation.
        # shellcheck disable=SC2086
        "$build/$target" -runs=0 -rss_limit_mb=2048 -timeout=25 $inputs
    done
    ;;
fuzz)
    parse "$1"
    seconds=$2
    max_len=${3:-4096}
    work="$build/run-$target"
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
        echo "To keep a finding as a regression, copy it into the target's regressions/ with the fix."
    fi
    [ "$status" -eq 0 ] && [ "$found" -eq 0 ]
    ;;
*)
    echo "usage: run_fuzz.sh replay|fuzz FUZZ_DIR BUILD_DIR TARGET[:SUBDIR]... [SECONDS [MAX_LEN]]" >&2
    exit 2
    ;;
esac
