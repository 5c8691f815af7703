#!/usr/bin/env bash
# Builds a release evidence-pack with the Swift runtime linked in (--static-swift-stdlib) and installs
# it under PREFIX (default /usr/local):
#   PREFIX/bin/evidence-pack
#   PREFIX/share/man/man1/evidence-pack.1                      (ArgumentParser's generate-manual plugin)
#   PREFIX/share/bash-completion/completions/evidence-pack
#   PREFIX/share/zsh/site-functions/_evidence-pack
#   PREFIX/share/fish/vendor_completions.d/evidence-pack.fish
# The built-in packs and Annex A templates are inside the binary: nothing else is copied. At run time it
# needs only Debian's libxml2 and libxlsxwriter runtime packages (see README, "Installing").
# Usage: bash scripts/install.sh [PREFIX]
#   EVIDENCE_PACK_BUILD_DIR=DIR   build folder (default .build-static). Not .build if a dynamic build will
#                                 follow there: objects compiled with --static-swift-stdlib autolink the static
#                                 Foundation libraries, and a later plain `swift build` then fails to link
#                                 ("cannot find -lCoreFoundation") until they are recompiled
#   EVIDENCE_PACK_CONFIGURATION=debug   a debug build (still with the runtime linked statically): CI's
#                                 check-install reuses the build `swift test` made instead of a ~6 min release build
#   EVIDENCE_PACK_SKIP_MAN=1      no man page
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
started=$(date +%s)
build_dir="${EVIDENCE_PACK_BUILD_DIR:-.build-static}"
scratch=(--scratch-path "$build_dir")
configuration="${EVIDENCE_PACK_CONFIGURATION:-release}"

echo "== building evidence-pack ($configuration, Swift runtime linked statically)"
# FoundationNetworking (URLSession, for `fetch`) linked statically asks for -lcurl. Without the -dev
# package there is no libcurl.so, so point the linker at the runtime library (Debian: libcurl4).
curl_dir="$build_dir/link-libs"
mkdir -p "$curl_dir"
if [ ! -e "$curl_dir/libcurl.so" ]; then
  # awk reads to the end (no early `exit`): under pipefail a closed pipe would kill ldconfig with SIGPIPE
  # and the script with status 141 on machines whose library cache is larger than a pipe's buffer.
  runtime_curl="$(ldconfig -p | awk '/libcurl\.so\.4 / && !found {print $NF; found = 1}')"
  [ -n "$runtime_curl" ] && ln -sf "$runtime_curl" "$curl_dir/libcurl.so"
fi
link=(-Xlinker -L"$(cd "$curl_dir" && pwd)" -Xlinker -lcurl)
swift build "${scratch[@]}" -c "$configuration" --static-swift-stdlib "${link[@]}" --product evidence-pack
binary="$(swift build "${scratch[@]}" -c "$configuration" --static-swift-stdlib "${link[@]}" --show-bin-path)/evidence-pack"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$binary" "$stage/evidence-pack"
# Debug info is most of a release binary (103 MB → 68 MB here); EVIDENCE_PACK_KEEP_SYMBOLS=1 keeps it.
[ "${EVIDENCE_PACK_KEEP_SYMBOLS:-}" = "1" ] || strip "$stage/evidence-pack"

if [ "${EVIDENCE_PACK_SKIP_MAN:-}" = "1" ]; then
  echo "== man page skipped (EVIDENCE_PACK_SKIP_MAN=1)"
else
  echo "== generating the man page (swift-argument-parser's generate-manual plugin tool)"
  # `plugin generate-manual --help` builds only the plugin's tool; the plugin proper would rebuild the
  # whole package without --static-swift-stdlib in the same build folder (mixing static and dynamic
  # objects fails to link), so its tool is run here on the binary just built.
  swift package "${scratch[@]}" plugin generate-manual --help >"$stage/manual.log" 2>&1 \
    || { cat "$stage/manual.log" >&2; echo "error: the generate-manual plugin did not build" >&2; exit 1; }
  tool="$(find "$build_dir" -maxdepth 4 -name generate-manual-tool -type f -perm -u+x -print -quit)"
  [ -n "$tool" ] || { echo "error: generate-manual-tool not found under $build_dir" >&2; exit 1; }
  date="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)"
  "$tool" "$stage/evidence-pack" --date "$date" --output-directory "$stage"
  [ -s "$stage/evidence-pack.1" ] || { echo "error: generate-manual wrote no evidence-pack.1" >&2; exit 1; }
fi

echo "== generating shell completions"
for shell in bash zsh fish; do
  "$stage/evidence-pack" --generate-completion-script "$shell" >"$stage/completion.$shell"
done

echo "== installing under $prefix"
install -D -m 0755 "$stage/evidence-pack" "$prefix/bin/evidence-pack"
if [ -f "$stage/evidence-pack.1" ]; then
  install -D -m 0644 "$stage/evidence-pack.1" "$prefix/share/man/man1/evidence-pack.1"
fi
install -D -m 0644 "$stage/completion.bash" "$prefix/share/bash-completion/completions/evidence-pack"
install -D -m 0644 "$stage/completion.zsh" "$prefix/share/zsh/site-functions/_evidence-pack"
install -D -m 0644 "$stage/completion.fish" "$prefix/share/fish/vendor_completions.d/evidence-pack.fish"

size=$(du -h "$prefix/bin/evidence-pack" | cut -f1)
echo "Installed $("$prefix/bin/evidence-pack" --version) in $prefix/bin/evidence-pack ($size) in $(( $(date +%s) - started )) s"
