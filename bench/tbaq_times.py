#!/usr/bin/env python3
"""Scores storyline's time-expression tagger on TempEval-3 TimeBank + AQUAINT (../shared/data).

TempEval-3 style: a system expression matches a gold one when their character spans overlap
(relaxed match); value precision = matched with the right value / system expressions, value
recall = matched with the right value / gold expressions. Also reports relaxed and strict span F1.
With --tally N, also the N expressions (as the system wrote them, lower-cased) with the most
errors: how often each got the gold value, another value, or matched no gold expression.
Usage: tbaq_times.py DATA_DIR TAGGER_BINARY [--show-errors N] [--tally N]"""
import json, re, subprocess, sys, html
from pathlib import Path

data, tagger = Path(sys.argv[1]), sys.argv[2]
show = int(sys.argv[sys.argv.index("--show-errors") + 1]) if "--show-errors" in sys.argv else 0
tally_n = int(sys.argv[sys.argv.index("--tally") + 1]) if "--tally" in sys.argv else 0
root = data / "tempeval3/Training/TBAQ-cleaned"
docs = []
for sub in ("TimeBank", "AQUAINT"):
    for path in sorted((root / sub).glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>.*?value="([^"]+)"', raw, re.S)
        dct_value = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
        text, gold, pos = [], [], 0
        for m in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>|[^<]+", body, re.S):
            if m.group(1) is not None:
                inner = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
                value = re.search(r'value="([^"]*)"', m.group(1))
                gold.append((pos, pos + len(inner), value.group(1) if value else "", inner))
                text.append(inner); pos += len(inner)
            elif m.group(0).startswith("<"):
                continue
            else:
                t = html.unescape(m.group(0)); text.append(t); pos += len(t)
        docs.append({"id": f"{sub}/{path.stem}", "text": "".join(text), "dct": dct_value[:10], "gold": gold})

inp = "".join(json.dumps({"id": d["id"], "text": d["text"], "dct": d["dct"]}) + "\n" for d in docs)
out = subprocess.run([tagger], input=inp.encode(), capture_output=True, check=True).stdout.decode().splitlines()
sys_by_id = {json.loads(l)["id"]: json.loads(l)["times"] for l in out}

n_sys = n_gold = relaxed = strict = value_ok = 0
errors, right = [], []
for d in docs:
    system = sys_by_id.get(d["id"], [])
    n_sys += len(system); n_gold += len(d["gold"])
    used = set()
    for gs, ge, gv, gt in d["gold"]:
        match = next((i for i, t in enumerate(system) if i not in used and t["start"] < ge and gs < t["end"]), None)
        if match is None:
            errors.append(("missed", d["id"], gt, gv, "")); continue
        used.add(match); t = system[match]
        relaxed += 1
        strict += (t["start"], t["end"]) == (gs, ge)
        if t["value"] == gv:
            value_ok += 1
            right.append(t["text"])
        else: errors.append(("value", d["id"], gt + " | " + t["text"], gv, t["value"]))
    for i, t in enumerate(system):
        if i not in used: errors.append(("spurious", d["id"], t["text"], "", t["value"]))

f = lambda p, r: 2 * p * r / (p + r) if p + r else 0
p, r = value_ok / max(n_sys, 1), value_ok / max(n_gold, 1)
print(f"TBAQ (TimeBank + AQUAINT): {len(docs)} documents, {n_gold} gold TIMEX3, {n_sys} found")
print(f"relaxed span F1 {f(relaxed / max(n_sys, 1), relaxed / max(n_gold, 1)):.3f}   strict span F1 {f(strict / max(n_sys, 1), strict / max(n_gold, 1)):.3f}")
print(f"value P {p:.3f}  R {r:.3f}  F1 {f(p, r):.3f}   (HeidelTime, TempEval-3 test: value F1 0.776)")
if show:
    import collections, random
    random.seed(0)
    by = collections.defaultdict(list)
    for e in errors: by[e[0]].append(e)
    for k, v in by.items():
        print(f"-- {k}: {len(v)}")
        for e in random.sample(v, min(show, len(v))): print("  ", e[1:])
if tally_n:
    import collections
    tally = collections.defaultdict(collections.Counter)
    for text in right: tally[text.lower()]["right"] += 1
    for kind, _, text, _, _ in errors:
        if kind != "missed": tally[text.split(" | ")[-1].lower()][kind] += 1
    worst = sorted(tally.items(), key=lambda kv: (-(kv[1]["value"] + kv[1]["spurious"]), kv[0]))[:tally_n]
    for text, c in worst:
        print(f"  {text!r:28} right {c['right']:3}  other value {c['value']:3}  spurious {c['spurious']:3}")
