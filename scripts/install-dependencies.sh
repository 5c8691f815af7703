#!/usr/bin/env bash
# Installs what EvidencePack needs on a fresh Debian/Ubuntu machine that already has Swift 6:
# system C libraries (libxml2, libxlsxwriter, zlib, Zstandard: the import cache, jemalloc: the program's allocator), xmllint, pdftotext/pdfinfo (poppler-utils: PDF text and metadata), and
# the Python test clients used to check outputs with real outside tools (bagit-python, jsonschema,
# openpyxl). Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages=(libxml2-dev libxlsxwriter-dev zlib1g-dev libzstd-dev libjemalloc-dev libxml2-utils pkg-config poppler-utils)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}"
fi
if command -v python3 >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check bagit jsonschema openpyxl 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages bagit jsonschema openpyxl \
    || echo "note: could not install the Python test clients; tests that use them will be skipped" >&2
fi
