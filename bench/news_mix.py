"""All the news in ../shared/data as one JSON Lines stream, sources interleaved (Reuters-21578,
Timeline17, PolNeAR, ECB+), so that any prefix is a mix. Usage: news_mix.py DATA_DIR REUTERS_JSONL"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from clusters import detokenise  # noqa: E402

data, reuters = sys.argv[1], sys.argv[2]
streams = [[json.loads(l) for l in open(reuters)]]
streams.append([
    {"id": d["id"], "date": d["date"], "outlet": d["source"], "text": detokenise(d["text"])}
    for d in map(json.loads, open(os.path.join(data, "timeline17", "timeline17_docs.jsonl")))
])
streams.append([
    {"id": d["id"], "date": d["date"], "outlet": d["source"], "title": d["title"], "text": d["text"]}
    for d in map(json.loads, open(os.path.join(data, "polnear", "polnear_docs.jsonl")))
])
streams.append([
    {"id": d["doc"], "text": detokenise(d["text"])}
    for d in map(json.loads, open(os.path.join(data, "ecbplus-esc", "ecbplus_docs.jsonl")))
])
total = sum(len(s) for s in streams)
# Interleave in proportion to each stream's size.
positions = [0] * len(streams)
for k in range(total):
    i = max(range(len(streams)), key=lambda i: (len(streams[i]) * (k + 1) / total - positions[i], -i))
    if positions[i] < len(streams[i]):
        print(json.dumps(streams[i][positions[i]]))
        positions[i] += 1
for i, s in enumerate(streams):
    for d in s[positions[i]:]:
        print(json.dumps(d))
