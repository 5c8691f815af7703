#!/usr/bin/env bash
# Builds the benchmark runner and the evidence-pack CLI in release mode (one build folder,
# Benchmarks/.build) and runs the whole benchmark, printing one markdown table on stdout.
#   Benchmarks/run.sh            full sizes (10,000 pages, 1M Annex A rows, 100 documents), ~5-10 min
#   Benchmarks/run.sh --quick    small sizes, a smoke run
# Any other options go to `evidence-pack-bench run` (--seed N, --scratch DIR, --runs N).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
swift build -c release --package-path "$here" --product evidence-pack-bench >&2
swift build -c release --package-path "$here" --product evidence-pack >&2
bin="$(swift build -c release --package-path "$here" --show-bin-path)"
exec "$bin/evidence-pack-bench" run --evidence-pack "$bin/evidence-pack" --pack "$here/../Packs/ilacs" "$@"
