#!/usr/bin/env bash
# Checks that `swift package new-importer Demo` leaves a package that builds and lists the new importer,
# in a scratch clone (never in the working copy). Usage: scripts/check-new-importer.sh [SCRATCH_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d)}/evidence-pack-new-importer"
rm -rf "$scratch"
git clone --quiet "$repo" "$scratch"
cd "$scratch"
swift package --allow-writing-to-package-directory new-importer Demo
swift build 2>&1 | tail -n 3
modules="$(.build/debug/evidence-pack list-modules)"
echo "$modules"
grep -q '^  demo ' <<<"$modules" || { echo "list-modules does not show the demo importer" >&2; exit 1; }
swift test --filter DemoImporterTests 2>&1 | tail -n 3
echo "new-importer check passed in $scratch"
