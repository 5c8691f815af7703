#!/usr/bin/env bash
# One command from a fresh clone: install what is missing, build the tool, and build the ILACS pack
# from the synthetic example inputs bundled in Packs/ilacs/examples. Prints where the pack is.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dependencies.sh
swift build -c release --product evidence-pack
out="${1:-ilacs-pack}"
set +e
.build/release/evidence-pack build ilacs --inputs Packs/ilacs/examples/inputs --out "$out" --reference-date 2026-11-20
status=$?
set -e
.build/release/evidence-pack verify "$out"
echo "The example pack is in $(cd "$out" && pwd) (build exit code $status: 0 complete, 1 incomplete)"
