#!/usr/bin/env bash
# The labelled evaluation of the text and HTML readers (Tests/Fidelity/LABELS.md): runs the importers on
# every labelled page of ../shared in place and prints recall and precision per importer and field.
#   bash scripts/fidelity.sh            the table
#   bash scripts/fidelity.sh --misses   the table, then every miss file by file
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/corpus/minutes ]; then
  echo "fidelity: ../shared is absent; the evaluation reads the labelled pages there in place" >&2
  exit 2
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
FIDELITY_REPORT="$report" swift test --filter FidelityTests >/dev/null 2>&1 || status=$?
if [ ! -s "$report" ]; then
  echo "fidelity: the evaluation did not run (swift test --filter FidelityTests failed to build or start)" >&2
  exit 1
fi
if [ "${1:-}" = "--misses" ]; then cat "$report"; else sed '/^Misses, file by file:/,$d' "$report"; fi
exit "${status:-0}"
