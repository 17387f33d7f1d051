#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer:
# configures build-sanitize/ with RA_SANITIZE=ON (next to build/, so the two
# never mix), builds everything and runs every test but the fuzz replays
# (those are built with the sanitizers already). Any report fails its test.
#
#   scripts/sanitize.sh [ctest arguments...]     e.g. scripts/sanitize.sh -R import
#
# Needs what scripts/setup.sh installs. Takes about four times as long as the
# ordinary build and test run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-sanitize"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DRA_WARNINGS_AS_ERRORS=ON -DRA_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
supp="$root/tests/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
cd "$build"
exec ctest -j"$(nproc)" --timeout 1800 --output-on-failure -LE fuzz "$@"
