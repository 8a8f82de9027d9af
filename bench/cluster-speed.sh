#!/usr/bin/env bash
# Ingest + dedup + clustering of all the news in ../shared/data (about 27,800 articles: Reuters-21578,
# Timeline17, PolNeAR, ECB+, interleaved) at 5k, 10k and all articles, each into a fresh store.
# Reports seconds, articles/s and peak memory; then 10k and 40k templated articles (one day, the
# same words), the worst case for candidate search. Usage: bench/cluster-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
out=target/bench
mkdir -p "$out"
python3 bench/reuters_to_jsonl.py "$data/reuters21578" > "$out/reuters.jsonl"
python3 bench/news_mix.py "$data" "$out/reuters.jsonl" > "$out/news.jsonl"
cargo build --release --locked -q
total=$(wc -l < "$out/news.jsonl")
for n in 5000 10000 "$total"; do
  head -n "$n" "$out/news.jsonl" > "$out/news-$n.jsonl"
  rm -rf "$out/store-$n"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" ./target/release/storyline --store "$out/store-$n" -q ingest --json "$out/news-$n.jsonl" > "$out/report.json" || true
  read -r secs kb < <(tail -n 1 "$out/time.txt")
  python3 - "$n" "$secs" "$kb" "$out/report.json" <<'PY'
import json, sys
n, secs, kb, report = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), json.load(open(sys.argv[4]))
print(f"{n:>6} articles: {secs:6.1f} s, {n / secs:5.0f} articles/s, peak memory {kb / 1024:.0f} MB; "
      f"{report['n_clustered']} clustered, {report['n_copies']} copies")
PY
done

# Templated articles, all of one day and in the same words but for a number ("Council item 1",
# "Council item 2", …): every event shares most features, the worst case for candidate search.
for n in 10000 40000; do
  python3 - "$n" > "$out/templated-$n.jsonl" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    print(json.dumps({"id": f"k{i}", "title": f"Council item {i}", "date": "2024-03-04",
                      "text": f"The council discussed item {i} on Monday, and members voted to send it back to committee for more work."}))
PY
  rm -rf "$out/store-templated"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" ./target/release/storyline --store "$out/store-templated" -q ingest "$out/templated-$n.jsonl" > /dev/null || true
  read -r secs kb < <(tail -n 1 "$out/time.txt")
  echo "templated $n articles: $secs s, peak memory $((kb / 1024)) MB"
done
