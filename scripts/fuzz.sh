#!/usr/bin/env bash
# Random fuzzing of one libFuzzer target, for as long as you like. Not part of
# the test suite (which only replays each target's corpus and regressions).
#
#   scripts/fuzz.sh                      list the targets
#   scripts/fuzz.sh TARGET [SECONDS]     fuzz TARGET (default 300 s)
#
# Builds below $RA_FUZZ_OUT (default: build/fuzz-runs) and writes only there:
# the grown corpus in run-TARGET/corpus, findings in run-TARGET/artifacts. The
# source tree is never changed. To keep a finding, copy its artifact into the
# target's regressions/ folder together with the fix; the suite then replays
# it in every run. Needs clang-14 and libclang-rt-14-dev (scripts/setup.sh
# installs them).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# target[:inputs folder]  fuzz directory  longest input
targets=(
  "fuzz_csv                       tests/models/import/fuzz   8192"
  "fuzz_decoders                  tests/models/api/fuzz      4096"
  "fuzz_http_framing:framing      tests/sandbox/server/fuzz  8192"
  "fuzz_json_body:json            tests/sandbox/server/fuzz  8192"
  "fuzz_multipart:multipart       tests/sandbox/server/fuzz  8192"
)
if (($# == 0)); then
  echo "targets:"
  for t in "${targets[@]}"; do t=${t%% *}; echo "  ${t%%:*}"; done
  exit 0
fi
name=$1
seconds=${2:-300}
for t in "${targets[@]}"; do
  read -r spec dir max_len <<<"$t"
  if [[ "${spec%%:*}" == "$name" ]]; then
    out=${RA_FUZZ_OUT:-$root/build/fuzz-runs}/${dir//\//-}
    exec sh "$root/tests/fuzz/run_fuzz.sh" fuzz "$root/$dir" "$out" "$spec" "$seconds" "$max_len"
  fi
done
echo "unknown target $name (run $0 for the list)" >&2
exit 2
