#!/usr/bin/env bash
# The web app under load, over all the news in ../shared/data (about 27,800 articles):
# - search at 50 concurrent connections for 20 s (wrk, random common words): /api/search, and the
#   search page (hits plus facets over the best 500 matches);
# - server-side time of every page kind, over many instances each (curl's time to first byte
#   on loopback).
# Needs wrk and curl (Debian). Usage: bench/web-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 2; }
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
out=target/bench
mkdir -p "$out"
cargo build --release --locked -q
if [ ! -s "$out/news.jsonl" ]; then
  python3 bench/reuters_to_jsonl.py "$data/reuters21578" > "$out/reuters.jsonl"
  python3 bench/news_mix.py "$data" "$out/reuters.jsonl" > "$out/news.jsonl"
fi
store="$out/store-web"
rm -rf "$store"
/usr/bin/time -f "%e s, %M KB" -o "$out/time.txt" ./target/release/storyline --store "$store" -q ingest "$out/news.jsonl" || true
echo "ingest (analyse, store, cluster, timelines): $(cat "$out/time.txt")"
port=18087
./target/release/storyline --store "$store" -q serve --addr "127.0.0.1:$port" 2> "$out/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/api/stats" && break; sleep 0.1; done
base="http://127.0.0.1:$port"
echo "store: $(curl -s "$base/api/stats" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["articles"], "articles,", s["events"], "events,", s["stories"], "stories")')"

# 1. 39 common words over and over: after the first of each, answers come from the cache.
for path in /api/search /search; do
  wrk -t2 -c50 -d5s -s bench/web-search.lua "$base" -- "$path" >/dev/null   # warm up
  echo "== wrk -t2 -c50 -d20s $path, 39 common words repeated (cached after the first of each)"
  wrk -t2 -c50 -d20s --latency -s bench/web-search.lua "$base" -- "$path" |
    grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors" || true
done
# 2. Distinct queries: one or two of the 3,000 most frequent headline words, so nearly every
#    request is new and the cache rarely answers.
python3 - "$out/news.jsonl" > "$out/web-words.lua" <<'PY'
import collections, json, re, sys
count = collections.Counter()
for line in open(sys.argv[1]):
    d = json.loads(line)
    for w in re.findall(r"[A-Za-z]{4,}", (d.get("title") or d.get("text", "")[:120])):
        count[w.lower()] += 1
words = [w for w, _ in count.most_common(3000)]
print("words = {" + ", ".join(f'"{w}"' for w in words) + "}")
PY
cat >> "$out/web-words.lua" <<'LUA'
local path = "/api/search"
init = function(args) if args[1] then path = args[1] end; math.randomseed(7) end
request = function()
  local q = words[math.random(#words)]
  if math.random() < 0.5 then q = q .. "%20" .. words[math.random(#words)] end
  return wrk.format("GET", path .. "?q=" .. q .. "&limit=20")
end
LUA
for path in /api/search /search /api/facets; do
  echo "== wrk -t2 -c50 -d20s $path, distinct queries (mostly uncached)"
  wrk -t2 -c50 -d20s --latency -s "$out/web-words.lua" "$base" -- "$path" |
    grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors" || true
done

echo "== server-side time per page (time to first byte on loopback, one request at a time)"
python3 - "$base" <<'PY'
import json, sys, time, urllib.parse, urllib.request
base = sys.argv[1]
get = lambda p: urllib.request.urlopen(base + p, timeout=60).read()
stories = json.loads(get("/api/stories?limit=20"))
hits = json.loads(get("/api/search?q=said&limit=30"))
entities = [e["name"] for s in stories for e in s["entities"][:2]]
pages = {
    "search": [f"/search?q={w}" for w in ["oil", "bank", "election", "troops", "said", "president", "court"]],
    "stories": ["/stories", "/stories?from=2011-01&to=2011-03", "/"],
    "story": [f"/stories/{s['id']}" for s in stories],
    "event": [f"/events/{s['events'][0]}" for s in stories],
    "article": [f"/articles/{urllib.parse.quote(h['id'], safe='')}" for h in hits],
    "claim": [],
    "entity": [f"/entities/{urllib.parse.quote(n, safe='')}" for n in entities],
    "coverage": ["/coverage", "/coverage?from=2011-01-01&to=2011-03-31"],
}
for h in hits:
    a = json.loads(get(f"/api/articles/{urllib.parse.quote(h['id'], safe='')}"))
    if a["claims"]:
        pages["claim"].append(f"/articles/{urllib.parse.quote(h['id'], safe='')}/claims/0")
for kind, paths in pages.items():
    times = []
    for p in paths:
        t = time.perf_counter(); get(p); times.append((time.perf_counter() - t) * 1000)
    if times:
        times.sort()
        print(f"{kind:>9}: {len(times):3} pages, median {times[len(times)//2]:6.1f} ms, max {times[-1]:6.1f} ms")
PY
