#!/usr/bin/env bash
# Regenerates crates/storyline-pipeline/data/english-words.txt (the lower-case words of SCOWL's
# size-35 lists: Debian's wamerican-small and wbritish-small) and proper-names.txt (the capitalised
# single words of SCOWL's size-50 American list, Debian's wamerican: names of people and places),
# one per line. Facts only; the licence is in crates/storyline-pipeline/data/README.md.
# Usage: bench/make_words.sh   (needs apt-get and dpkg-deb, no root: the packages are only unpacked)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download -q wamerican-small wbritish-small wamerican >/dev/null)
for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
dict="$tmp/x/usr/share/dict"
out=crates/storyline-pipeline/data
{
  echo "# Lower-case English words: SCOWL size 35 (wamerican-small, wbritish-small), by bench/make_words.sh."
  cat "$dict/american-english-small" "$dict/british-english-small" | grep -E '^[a-z]{2,}$' | LC_ALL=C sort -u
} > "$out/english-words.txt"
{
  echo "# Capitalised single words of SCOWL size 50 (wamerican): names of people and places, by bench/make_words.sh."
  grep -E '^[A-Z][a-z]+$' "$dict/american-english" | LC_ALL=C sort -u
} > "$out/proper-names.txt"
wc -l "$out/english-words.txt" "$out/proper-names.txt"
