#!/usr/bin/env bash
# Copies and syndicated versions (Reuters-21578, PolNeAR, and PolNeAR articles republished with a
# new headline, intro or promo): storyline's duplicate_of against exact shingle containment, beside
# datasketch's MinHash LSH, installed into a virtualenv this script creates.
# Usage: bench/dedup.sh [--no-baseline]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
venv=target/bench/dedup
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c "import datasketch" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q datasketch==1.*
fi
cargo build --release --locked -q
"$venv/bin/python" bench/dedup.py "$data" target/release/storyline "$@"
