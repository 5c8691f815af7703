#!/usr/bin/env bash
# The labelled evaluation of the text and HTML readers (Tests/Fidelity/LABELS.md): runs the importers on
# every labelled page of ../shared in place and prints recall and precision per importer and field.
#   bash scripts/fidelity.sh            the table
#   bash scripts/fidelity.sh --misses   the table, then every miss file by file
#   bash scripts/fidelity.sh --set DIR [--misses]
#                                       a held-out set kept outside the repository instead: DIR/labels/*.json,
#                                       each label's "file" relative to DIR (no floors: the figures are reported)
set -euo pipefail
cd "$(dirname "$0")/.."
misses=""
set_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --misses) misses=1 ;;
    --set) set_dir="${2:?--set needs a folder}"; shift ;;
    *) echo "fidelity: unknown option $1 (use --misses, --set DIR)" >&2; exit 2 ;;
  esac
  shift
done
report=$(mktemp)
trap 'rm -f "$report"' EXIT
if [ -n "$set_dir" ]; then
  if [ ! -d "$set_dir/labels" ]; then
    echo "fidelity: $set_dir/labels is not a folder of labels" >&2
    exit 2
  fi
  set_dir=$(cd "$set_dir" && pwd)
  FIDELITY_SET="$set_dir" FIDELITY_REPORT="$report" swift test --filter "FidelityTests.heldOutSetIsScored" >/dev/null 2>&1 || status=$?
else
  if [ ! -d ../shared/corpus/minutes ]; then
    echo "fidelity: ../shared is absent; the evaluation reads the labelled pages there in place" >&2
    exit 2
  fi
  FIDELITY_REPORT="$report" swift test --filter FidelityTests >/dev/null 2>&1 || status=$?
fi
if [ ! -s "$report" ]; then
  echo "fidelity: the evaluation did not run (swift test --filter FidelityTests failed to build or start)" >&2
  exit 1
fi
if [ -n "$misses" ]; then cat "$report"; else sed '/^Misses, file by file:/,$d' "$report"; fi
exit "${status:-0}"
