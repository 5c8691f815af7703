#!/usr/bin/env bash
# Bounded fuzzing of the importers and the libxml2 wrapper.
#
#   scripts/fuzz.sh [seconds-per-target]      (default 60; FUZZ_SECONDS works too)
#
# 1. libFuzzer: builds Fuzz/FuzzLibXML and Fuzz/FuzzImporter with `-sanitize=fuzzer` (scratch path
#    .build-fuzz, so the normal .build is untouched) and runs FuzzLibXML, then FuzzImporter once per
#    registered importer, and the document importer once more as .docx and as .xlsx, each for the time
#    given. Seeds: the folders of ../shared/samples and ../shared/corpus (read in place) plus the
#    corpus kept in .build-fuzz/corpus. Crashes, leaks and timeouts land in .build-fuzz/findings.
# 2. Where libFuzzer cannot be built, the seeded mutation test (Tests/HostileInputTests/
#    MutationFuzzTests) runs instead, with FUZZ_SECONDS as its time budget per test and the input being
#    tried saved in .build-fuzz/findings/current-<importer>.bin, so a crash can be replayed.
# Exit status: 0 when nothing was found, 1 when a target crashed (see the findings folder).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-${FUZZ_SECONDS:-60}}
scratch="$root/.build-fuzz"
findings="$scratch/findings"
samples="${EVIDENCE_PACK_SAMPLES:-$root/../shared/samples}"
corpus="${EVIDENCE_PACK_CORPUS:-$root/../shared/corpus}"
mkdir -p "$findings"

# Seeds: the samples (text, HTML, CSV) and the corpus's folders (Annex A workbooks, ModernGov XML,
# Ofsted reports), read in place; without the corpus's zips the workbook and document readers would
# only ever see inputs that are not zips.
seed_folders() {
    local target=$1
    mkdir -p "$scratch/corpus/$target"
    echo "$scratch/corpus/$target"
    local found=0
    for base in "$samples" "$corpus"; do
        [ -d "$base" ] || continue
        for folder in "$base"/*/; do [ -d "$folder" ] && echo "${folder%/}" && found=1; done
    done
    [ "$found" = 1 ] || echo "note: no samples at $samples or corpus at $corpus; starting from an empty corpus" >&2
}

run_libfuzzer() {
    local target=$1 binary=$2 max_len=$3
    shift 3
    echo "== $target: ${seconds}s, inputs up to $max_len bytes"
    # -rss_limit_mb bounds memory, -timeout flags any single input slower than 20 s. Importer runs
    # write a file per input, so their inputs are kept smaller (huge inputs have their own tests).
    "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len="$max_len" \
        -artifact_prefix="$findings/$target-" -print_final_stats=1 "$@" $(seed_folders "$target") 2>&1 \
        | grep -E "^(Done|#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::slowest_unit_time_sec|stat::peak_rss_mb|==[0-9]+==|SUMMARY|INFO: Seed|artifact_prefix|Test unit written)"
    local codes=("${PIPESTATUS[@]}")
    return "${codes[0]}"
}

# (Package.swift instruments every target but the packs' host tool when EVIDENCE_PACK_FUZZ is set.)
if EVIDENCE_PACK_FUZZ=1 swift build -c debug --scratch-path "$scratch" \
        --product FuzzLibXML >"$scratch/build.log" 2>&1 \
    && EVIDENCE_PACK_FUZZ=1 swift build -c debug --scratch-path "$scratch" \
        --product FuzzImporter >>"$scratch/build.log" 2>&1; then
    status=0
    bin="$scratch/debug"
    run_libfuzzer libxml "$bin/FuzzLibXML" 1048576 || status=1
    for importer in $(FUZZ_LIST=1 "$bin/FuzzImporter" 2>/dev/null); do
        FUZZ_IMPORTER="$importer" run_libfuzzer "importer-$importer" "$bin/FuzzImporter" 65536 || status=1
    done
    # The document importer's first extension is pdf: its Word and Excel readers get their own runs.
    for extension in docx xlsx; do
        FUZZ_IMPORTER=document-file FUZZ_EXTENSION="$extension" \
            run_libfuzzer "importer-document-file-$extension" "$bin/FuzzImporter" 65536 || status=1
    done
else
    echo "libFuzzer build failed (see $scratch/build.log); running the seeded mutation test for ${seconds}s per test instead"
    FUZZ_SECONDS="$seconds" FUZZ_ITERATIONS="${FUZZ_ITERATIONS:-100000}" FUZZ_SAVE_DIR="$findings" \
        swift test --filter MutationFuzzTests 2>&1 | tail -20
    status=${PIPESTATUS[0]}
fi
ls "$findings" | grep -vE '^current-' | sed 's/^/finding: /'
exit "$status"
