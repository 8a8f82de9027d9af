#!/usr/bin/env python3
"""Which facts of one kind two builds of storyline find differently, over the same articles.

Runs `storyline analyze --json` of each build on INPUT (any input storyline reads; the news of
../shared/data as `bench/cluster-speed.sh` writes it to target/bench/news.jsonl, for one) and
compares the facts of KIND (quantities, entities, times, claims) by article and start offset:
how many the new build drops, adds and reads otherwise, and which changes are commonest.
No gold: the changes are to read. Usage:
    python3 bench/facts_diff.py OLD_STORYLINE NEW_STORYLINE INPUT [--kind quantities] [--show 20]
"""

import argparse
import collections
import json
import subprocess

FIELDS = {
    "quantities": ("text", "value", "low", "high", "approx", "counted", "unit"),
    "entities": ("text", "name", "kind", "country", "lat", "lon"),
    "times": ("text", "value"),
    "claims": ("text", "speaker", "cue", "quote", "via"),
}


def facts(binary, path, kind):
    out = subprocess.run([binary, "analyze", "--json", path], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        article = json.loads(line)
        for fact in article.get(kind, []):
            found[(article["id"], fact["start"])] = tuple(json.dumps(fact.get(f)) for f in FIELDS[kind])
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("input")
    ap.add_argument("--kind", default="quantities", choices=sorted(FIELDS))
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    old, new = facts(args.old, args.input, args.kind), facts(args.new, args.input, args.kind)
    gone = [old[k] for k in old.keys() - new.keys()]
    added = [new[k] for k in new.keys() - old.keys()]
    changed = [(old[k], new[k]) for k in old.keys() & new.keys() if old[k] != new[k]]
    print(f"{args.kind}: {len(old)} before, {len(new)} after; {len(gone)} dropped, {len(added)} added, "
          f"{len(changed)} read otherwise")
    names = FIELDS[args.kind]
    for title, rows in [("dropped", gone), ("added", added)]:
        print(f"commonest {title}:")
        for row, n in collections.Counter(rows).most_common(args.show):
            print(f"  {n:5}  " + "  ".join(f"{f}={v}" for f, v in zip(names, row) if v != "null"))
    print("commonest changes:")
    for (a, b), n in collections.Counter(changed).most_common(args.show):
        diff = [f"{f}: {x} -> {y}" for f, x, y in zip(names, a, b) if x != y]
        print(f"  {n:5}  {a[0]}  " + "; ".join(diff))


if __name__ == "__main__":
    main()
