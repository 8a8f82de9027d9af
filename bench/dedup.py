#!/usr/bin/env python3
"""Copies and syndicated versions: storyline's `duplicate_of` against exact shingle containment,
beside a MinHash LSH baseline from datasketch (what a user would write in an afternoon).

A copy, as storyline defines it (crates/storyline-cluster/src/sketch.rs): most (0.8) of the
shorter article's word 5-shingles are in the longer one. Gold is that relation computed exactly
(every shingle, no sketch), so the score says how much the sketches and their LSH bands miss or
add. Three sets, all read from ../shared/data at run time:

- Reuters-21578: 21,578 wire stories; gold pairs are those with exact containment >= 0.8; the
  dataset's own 279 groups of identical bodies are reported apart (their recall).
- PolNeAR: 924 political articles from 7 outlets, some carrying the same wire story (AP).
- Variants: PolNeAR articles republished the ways the issue names (a new headline, a new intro,
  a trailing promo, a long editor's intro, a shortened version) and two kinds that are not copies
  (an article quoting one paragraph of another; a different article on the same day). Rates per
  kind, for storyline and the baseline.

Scores: pairwise precision, recall and F1 of "in the same copy group" (groups are the connected
components of the links), as for clusters.

Usage: dedup.py DATA_DIR STORYLINE_BIN [--no-baseline]
"""
import argparse
import collections
import datetime
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONTAINMENT = 0.8
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text):
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 5:
        return {" ".join(words)}
    return {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}


def exact_pairs(docs, common=300):
    """Pairs (i, j) whose exact containment reaches CONTAINMENT. Shingles in more than `common`
    documents (boilerplate) are left out of the candidate search, not of the containment."""
    sets = [shingles(d["text"]) for d in docs]
    index = collections.defaultdict(list)
    for i, s in enumerate(sets):
        for sh in s:
            index[sh].append(i)
    pairs = set()
    for i, s in enumerate(sets):
        counts = collections.Counter()
        for sh in s:
            posting = index[sh]
            if len(posting) <= common:
                counts.update(j for j in posting if j > i)
        for j, _ in counts.items():
            shared = len(s & sets[j])
            if shared >= CONTAINMENT * min(len(s), len(sets[j])):
                pairs.add((i, j))
    return pairs


def groups_of(n, pairs):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def pair_set(labels):
    by = collections.defaultdict(list)
    for i, g in enumerate(labels):
        by[g].append(i)
    return {(a, b) for m in by.values() if len(m) > 1 for x, a in enumerate(m) for b in m[x + 1:]}


def prf(pred, gold):
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_storyline(binary, docs):
    """Ingests `docs` into a fresh store; returns each doc's `duplicate_of` index (or None) and the
    seconds the ingest took."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs))
        store = Path(tmp) / "store"
        t0 = time.perf_counter()
        # Exit code 1 is a record the ingest refused or kept without its date (Reuters has one
        # without text and one dated "605:12:19"); the rest is stored.
        done = subprocess.run([binary, "--store", str(store), "-q", "ingest", str(path)], capture_output=True)
        if done.returncode not in (0, 1):
            sys.exit(done.stderr.decode())
        secs = time.perf_counter() - t0
        out = subprocess.run([binary, "--store", str(store), "events", "--json"], check=True, capture_output=True)
    of = {}
    for line in out.stdout.decode().splitlines():
        for a in json.loads(line)["articles"]:
            of[a["id"]] = a["duplicate_of"]
    index = {d["id"]: i for i, d in enumerate(docs)}
    return [index.get(of.get(d["id"])) if of.get(d["id"]) else None for d in docs], secs


def run_baseline(docs):
    """datasketch: 128-permutation MinHash of the same shingles, LSH at Jaccard 0.8, documents in
    the order storyline reads them (by date, then id); each joins the first earlier one it hits."""
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=CONTAINMENT, num_perm=128)
    order = sorted(range(len(docs)), key=lambda i: (docs[i].get("date") or "9999", docs[i]["id"]))
    out = [None] * len(docs)
    for i in order:
        m = MinHash(num_perm=128)
        m.update_batch([s.encode() for s in shingles(docs[i]["text"])])
        hits = lsh.query(m)
        if hits:
            out[i] = min(hits, key=lambda j: (docs[j].get("date") or "9999", docs[j]["id"]))
        lsh.insert(i, m)
    return out, time.perf_counter() - t0


def score(name, docs, links, gold_pairs, extra=None):
    pred = pair_set(groups_of(len(docs), [(i, j) for i, j in enumerate(links) if j is not None]))
    gold = pair_set(groups_of(len(docs), gold_pairs))
    p, r, f = prf(pred, gold)
    line = f"  {name:11} copy pairs P {p:.3f} R {r:.3f} F1 {f:.3f} ({len(pred)} predicted, {len(gold)} gold)"
    if extra:
        line += "; " + extra(pred)
    print(line)


# "SALVADOR, Feb 26 - ": the converter puts each story's dateline before its body.
DATELINE = re.compile(r"^[A-Z][^\n]{0,50}?, [A-Z][a-z]{2,8}\.? \d{1,2} - ")


def reuters(data):
    out = subprocess.run([sys.executable, "bench/reuters_to_jsonl.py", str(data / "reuters21578")],
                         check=True, capture_output=True).stdout.decode()
    docs = [json.loads(line) for line in out.splitlines()]
    docs = [d for d in docs if d["text"].strip()]
    # The dataset's own duplicates: identical bodies (whitespace and the dateline aside).
    by_body = collections.defaultdict(list)
    for i, d in enumerate(docs):
        by_body[" ".join(DATELINE.sub("", d["text"]).split())].append(i)
    identical = [m for m in by_body.values() if len(m) > 1]
    identical_pairs = pair_set(groups_of(len(docs), [(m[0], x) for m in identical for x in m[1:]]))
    return docs, identical, identical_pairs


def polnear(data):
    return [
        {"id": d["id"], "title": d["title"], "text": d["text"], "date": d["date"], "outlet": d["source"]}
        for d in map(json.loads, open(data / "polnear/polnear_docs.jsonl", encoding="utf-8"))
    ]


def variants(base_docs, n=300, seed=7):
    """Each of `n` articles with its republished versions and two near misses, as documents whose
    expected original is known: (docs, kinds) where kinds[i] = (kind, base index or None)."""
    rng = random.Random(seed)
    pool = [d for d in base_docs if len(d["text"].split()) >= 250]
    rng.shuffle(pool)
    bases, others = pool[:n], pool[n:]
    docs, kinds = [], []

    def paragraphs(d):
        return [p for p in d["text"].split("\n") if p.strip()]

    def add(doc, kind, base):
        kinds.append((kind, base))
        docs.append(doc)

    for b, base in enumerate(bases):
        bi = len(docs)
        add(dict(base, id=f"base-{b}"), "original", None)
        other = others[b % len(others)]
        day = (datetime.date.fromisoformat(base["date"]) + datetime.timedelta(days=1)).isoformat()
        later = lambda k: dict(base, id=f"{k}-{b}", date=day, outlet="portal")
        sentences = re.split(r"(?<=[.!?])\s+", " ".join(paragraphs(other)))
        add(dict(later("headline"), title=other["title"]), "new headline", bi)
        add(dict(later("intro"), text=" ".join(sentences[:2]) + "\n\n" + base["text"]), "new intro", bi)
        promo = "\n".join(f"Also Read | {o['title']}" for o in others[b % len(others):][:3])
        add(dict(later("promo"), text=base["text"] + "\n\n" + promo + "\n\nDisclaimer: this story is from a syndicated feed."),
            "trailing promo", bi)
        words = " ".join(paragraphs(other)).split()
        add(dict(later("longintro"), text=" ".join(words[:200]) + "\n\n" + base["text"]), "long intro", bi)
        ps = paragraphs(base)
        add(dict(later("short"), text="\n\n".join(ps[: max(2, len(ps) * 6 // 10)])), "shortened", bi)
        # Not copies: another article quoting one paragraph of this one.
        quoted = max(ps, key=len)
        third = others[(b + 1) % len(others)]
        tp = paragraphs(third)
        add(dict(third, id=f"quote-{b}", text="\n\n".join(tp[:3] + [f"As one report put it: {quoted}"] + tp[3:])),
            "quotes a paragraph", bi)
    return docs, kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("storyline")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    runners = [("storyline", lambda docs: run_storyline(args.storyline, docs))]
    if not args.no_baseline:
        runners.append(("datasketch", run_baseline))

    docs, identical, identical_pairs = reuters(data)
    gold = exact_pairs(docs)
    print(f"Reuters-21578: {len(docs)} stories, {len(identical)} groups of identical bodies, "
          f"{len(gold)} pairs with exact containment >= {CONTAINMENT}")
    for name, run in runners:
        links, secs = run(docs)
        score(name, docs, links, gold,
              lambda pred: f"identical bodies recall {len(pred & identical_pairs) / max(len(identical_pairs), 1):.3f}; {secs:.1f} s")

    docs = polnear(data)
    gold = exact_pairs(docs)
    print(f"PolNeAR: {len(docs)} articles, {len(gold)} pairs with exact containment >= {CONTAINMENT}")
    for name, run in runners:
        links, secs = run(docs)
        score(name, docs, links, gold, lambda pred: f"{secs:.1f} s")

    docs, kinds = variants(polnear(data))
    print(f"Variants of {sum(k == 'original' for k, _ in kinds)} PolNeAR articles (share linked to their original):")
    results = {name: groups_of(len(docs), [(i, j) for i, j in enumerate(run(docs)[0]) if j is not None])
               for name, run in runners}
    print("  " + f"{'kind':20}" + "".join(f"{n:>12}" for n in results) + "   exact containment (median)")
    for kind in ["new headline", "new intro", "trailing promo", "long intro", "shortened", "quotes a paragraph"]:
        rows = [(i, b) for i, (k, b) in enumerate(kinds) if k == kind]
        cells = "".join(f"{sum(g[i] == g[b] for i, b in rows) / len(rows):>12.3f}" for g in results.values())
        sa = [(shingles(docs[i]["text"]), shingles(docs[b]["text"])) for i, b in rows]
        cont = sorted(len(x & y) / min(len(x), len(y)) for x, y in sa)
        print(f"  {kind:20}{cells}   {cont[len(cont) // 2]:.2f}")
    for name, g in results.items():
        # An original grouped with anything but its own versions.
        own = {i: (i if k == "original" else b) for i, (k, b) in enumerate(kinds) if k != "quotes a paragraph"}
        members = collections.defaultdict(set)
        for i, label in enumerate(g):
            members[label].add(own.get(i, -1 - i))
        mixed = sum(1 for m in members.values() if len(m) > 1)
        print(f"  {name}: {mixed} groups hold more than one original's versions")


if __name__ == "__main__":
    main()
