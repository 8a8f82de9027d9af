#!/usr/bin/env bash
# Regenerates crates/storyline-pipeline/data/english-words.txt: the lower-case words of SCOWL's
# size-35 lists (Debian's wamerican-small and wbritish-small), one per line. Facts only (which
# words are common English words); the licence is in crates/storyline-pipeline/data/README.md.
# Usage: bench/make_words.sh   (needs apt-get and dpkg-deb, no root: the packages are only unpacked)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download -q wamerican-small wbritish-small >/dev/null)
for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
out=crates/storyline-pipeline/data/english-words.txt
{
  echo "# Lower-case English words: SCOWL size 35 (wamerican-small, wbritish-small), by bench/make_words.sh."
  cat "$tmp"/x/usr/share/dict/american-english-small "$tmp"/x/usr/share/dict/british-english-small \
    | grep -E '^[a-z]{2,}$' | LC_ALL=C sort -u
} > "$out"
wc -l "$out"
