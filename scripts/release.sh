#!/usr/bin/env bash
# Makes dist/evidence-pack-VERSION-linux-x86_64.tar.gz and its .sha256: the install.sh layout (bin/,
# share/man/, share/*completions) plus README.md, under one folder. It runs on a Debian/Ubuntu machine
# with no Swift installed; it needs libxml2 and libxlsxwriter's runtime package (README, "Installing").
# The archive is reproducible for the same binary: sorted entries, fixed owner and mtime
# (SOURCE_DATE_EPOCH, else the last commit's time).
# Usage: bash scripts/release.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash scripts/install.sh "$work/root"
version="$("$work/root/bin/evidence-pack" --version)"
arch="$(uname -m)"
name="evidence-pack-$version-linux-$arch"
mv "$work/root" "$work/$name"
cp README.md "$work/$name/README.md"
mkdir -p dist
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C "$work" -cf - "$name" | gzip -n -9 >"dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
cat "dist/$name.tar.gz.sha256"
