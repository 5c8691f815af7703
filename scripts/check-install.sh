#!/usr/bin/env bash
# Proves the installed binary needs neither the toolchain nor the source tree: installs into a scratch
# PREFIX (scripts/install.sh), then, in a private mount namespace with tmpfs over the Swift toolchain
# folder and over this repository, from an empty folder: --version, packs, build ilacs on a copy of the
# example inputs, verify, and `man evidence-pack`. Needs root (unshare -m, mount); CI runs it as root.
# Usage: bash scripts/check-install.sh        (EVIDENCE_PACK_PREFIX=DIR reuses an install there;
#        EVIDENCE_PACK_CONFIGURATION=debug installs a debug build, as CI does, to skip a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
toolchain="$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")"
scratch="$(mktemp -d /tmp/evidence-pack-install.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
prefix="${EVIDENCE_PACK_PREFIX:-$scratch/prefix}"
[ -x "$prefix/bin/evidence-pack" ] || bash scripts/install.sh "$prefix"
cp -R Packs/ilacs/examples/inputs "$scratch/inputs"
mkdir -p "$scratch/empty"

echo "== the binary's shared libraries (no libswift*):"
libraries="$(ldd "$prefix/bin/evidence-pack")"
sed 's/^/   /' <<<"$libraries"
# grep reads a here-string, not a pipe: under pipefail, `ldd | grep -q` can end in SIGPIPE (status 141).
if grep -q 'libswift\|libFoundation\|libdispatch' <<<"$libraries"; then
  echo "FAIL: the binary links the Swift runtime dynamically" >&2; exit 1
fi
if ! grep -q 'libjemalloc' <<<"$libraries"; then
  echo "FAIL: the binary does not link jemalloc (its allocator; see Package.swift)" >&2; exit 1
fi

echo "== with $toolchain and $repo hidden:"
unshare -m bash -euo pipefail -s "$prefix" "$scratch" "$toolchain" "$repo" <<'INNER'
prefix="$1"; scratch="$2"; toolchain="$3"; repo="$4"
mount --make-rprivate /
mount -t tmpfs tmpfs "$toolchain"
case "$prefix" in "$repo"/*) ;; *) mount -t tmpfs tmpfs "$repo" ;; esac
cd "$scratch/empty"
mkdir -p "$scratch/home"
export PATH="$prefix/bin:/usr/bin:/bin" HOME="$scratch/home"
unset EVIDENCE_PACK_PACKS
pass=0; fail=0
check() { # check NAME EXPECTED-STATUS COMMAND...
  local name="$1" expected="$2"; shift 2
  local status=0
  "$@" >"$scratch/out.txt" 2>"$scratch/err.txt" || status=$?
  if [ "$status" = "$expected" ]; then pass=$((pass + 1)); echo "ok   $name"; else
    fail=$((fail + 1)); echo "FAIL $name: exit $status, expected $expected"; head -20 "$scratch/out.txt" "$scratch/err.txt"; fi
}
[ -z "$(ls -A "$toolchain")" ] && echo "ok   $toolchain is empty here"
check "--version" 0 evidence-pack --version
check "packs lists the built-in ilacs" 0 sh -c 'evidence-pack packs | grep -q "^ilacs *built-in"'
check "build ilacs on the examples" 1 evidence-pack build ilacs --inputs "$scratch/inputs" --out "$scratch/pack" --reference-date 20/11/2026 --quiet
check "the Annex A workbook was written" 0 test -s "$scratch/pack/data/annex-a/annex-a.xlsx"
check "verify the pack" 0 evidence-pack verify "$scratch/pack"
if [ ! -f "$prefix/share/man/man1/evidence-pack.1" ]; then
  fail=$((fail + 1)); echo "FAIL no man page was installed"
elif command -v man >/dev/null 2>&1; then
  check "man evidence-pack" 0 sh -c "MANPATH='$prefix/share/man' man -P cat evidence-pack 2>/dev/null | grep -q 'packs'"
else
  check "the man page is roff (man is not installed here)" 0 grep -q '^\.TH' "$prefix/share/man/man1/evidence-pack.1"
fi
check "nothing was written in the current folder" 0 test -z "$(ls -A .)"
echo "check-install: $pass checks passed, $fail failed"
[ "$fail" = 0 ]
INNER
