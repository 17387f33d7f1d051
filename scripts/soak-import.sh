#!/usr/bin/env bash
# The full import soak: `import` and `import --update` (xp_op) of 10,000
# rows in chunks of about 20 KB, through about 20% injected faults, for ten
# seeds. Each seed runs against the in-process sandbox and is checked on the
# server's data (every member imported once, every XP added once). Prints a
# table; exits non-zero if any seed fails.
#
#   scripts/soak-import.sh [ROWS [SEEDS [CHUNK_BYTES]]]
#   e.g. scripts/soak-import.sh 10000 1,2,3,4,5,6,7,8,9,10 20000  (the defaults)
#
# Needs a build (scripts/setup.sh test, or cmake --build build).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary="$root/build/tests/tst_importsoak"
[[ -x "$binary" ]] || { echo "build first: $binary is missing" >&2; exit 2; }
export RA_SOAK_ROWS=${1:-10000}
export RA_SOAK_SEEDS=${2:-1,2,3,4,5,6,7,8,9,10}
export RA_SOAK_CHUNK_BYTES=${3:-20000}
export QT_QPA_PLATFORM=offscreen
log=$(mktemp "${TMPDIR:-/tmp}/soak-import.XXXXXX.log")
status=0
"$binary" -maxwarnings 0 >"$log" 2>&1 || status=$?
grep '^|' "$log" || true
grep -E '^(FAIL!|   Actual|   Expected|   Loc)' "$log" || true
echo "full log: $log"
exit "$status"
