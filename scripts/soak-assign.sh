#!/usr/bin/env bash
# The assignment soak: one badge awarded to MEMBERS members (10,000 by default)
# through about 20% injected faults (500/502, 429 with Retry-After, resets,
# replies cut off after the award was made), against the in-process sandbox.
# Checked on the server's data: every member ends done or failed with a
# reason, the sandbox's holders are exactly the job's "done", and nobody's XP
# grew twice. Prints the time, retries and 429s; exits non-zero on a failure.
#
#   scripts/soak-assign.sh [MEMBERS]
#
# Needs a build (scripts/setup.sh test, or cmake --build build).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary="$root/build/tests/tst_bulkjob"
[[ -x "$binary" ]] || { echo "build first: $binary is missing" >&2; exit 2; }
export RA_SOAK_MEMBERS=${1:-10000}
export QT_QPA_PLATFORM=offscreen
log=$(mktemp "${TMPDIR:-/tmp}/soak-assign.XXXXXX.log")
status=0
"$binary" -maxwarnings 0 twoThousandWithTwentyPercentFaults >"$log" 2>&1 || status=$?
grep -E '\| [0-9]+ awards with faults \|' "$log" || true
grep -E '^(FAIL!|   Actual|   Expected|   Loc|PASS)' "$log" || true
echo "full log: $log"
exit "$status"
