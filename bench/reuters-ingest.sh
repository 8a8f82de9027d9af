#!/usr/bin/env bash
# Times `storyline ingest` of all 21,578 Reuters-21578 stories into a fresh store.
# Reports articles/s, MB/s and peak memory. Usage: bench/reuters-ingest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
out=target/bench
mkdir -p "$out"
python3 bench/reuters_to_jsonl.py "$data/reuters21578" > "$out/reuters.jsonl"
cargo build --release --locked -q
rm -rf "$out/store"
bytes=$(stat -c %s "$out/reuters.jsonl")
/usr/bin/time -f "%e %M" -o "$out/time.txt" ./target/release/storyline --store "$out/store" -q ingest --json "$out/reuters.jsonl" > "$out/report.json" || true
read -r secs kb < <(tail -n 1 "$out/time.txt")
python3 - "$secs" "$kb" "$bytes" "$out/report.json" <<'PY'
import json, sys
secs, kb, size, report = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), json.load(open(sys.argv[4]))
n = report["n_read"]
print(f"reuters-21578: {n} articles ({size/1e6:.1f} MB) in {secs:.2f} s: "
      f"{n/secs:,.0f} articles/s, {size/1e6/secs:.1f} MB/s, peak memory {kb/1024:.0f} MB; "
      f"stored {report['n_stored']}, duplicates {report['n_duplicates']}, failed {report['n_failed']}")
PY
