"""Attributed claims on PolNeAR: content-span F1 and source accuracy.

Gold: the attributions (Source, Cue, Content spans, character offsets into `text/*.txt`) of one
annotator per document (the first by file name, when several annotated it). A predicted claim
matches a gold content span when the words they share are at least half of the longer of the two
(one-to-one, best overlaps first). Source: for each matched pair whose gold has a source, the
claim's speaker mention as written (the "he" of "he said", before storyline resolves it to a
name) must overlap the gold source span. Source F1 counts a claim right when both its content and
its source match (the measure Citron reports on PARC 3.0).

With --miss-shapes, also counts the gold attributions with a cue that no claim matches (a claim
matches when it shares at least half of the longer one's words, as above but not one-to-one) by
how the nearest claim relates to them (none overlapping, a longer one, a shorter one), and the gold
contents that run across their own cue ("“A,” X said, “B”"), matched and missed.

Usage: polnear_claims.py DATA_DIR STORYLINE_CLAIMS_BIN [--split dev|train|both] [--show-errors N]
       [--miss-shapes]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

WORD = re.compile(r"\w+")


def spans(field):
    """BRAT offsets "10 20;30 40" as one span from the first start to the last end."""
    parts = [tuple(map(int, p.split())) for p in field.split(";")]
    return min(p[0] for p in parts), max(p[1] for p in parts)


def load(root, split):
    base = os.path.join(root, "polnear", split)
    chosen = {}
    for name in sorted(os.listdir(os.path.join(base, "attributions"))):
        doc = name.rsplit("_", 1)[0]
        chosen.setdefault(doc, name)
    docs = []
    for doc, ann in sorted(chosen.items()):
        path = os.path.join(base, "text", doc + ".txt")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        tags, attributions = {}, []
        for line in open(os.path.join(base, "attributions", ann), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if parts[0].startswith("T") and len(parts) >= 2:
                kind, _, offsets = parts[1].partition(" ")
                tags[parts[0]] = (kind, spans(offsets))
            elif parts[0].startswith("E") and len(parts) >= 2:
                roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
                attributions.append(roles)
        gold = []
        for roles in attributions:
            content = tags.get(roles.get("Content"))
            if not content:
                continue
            source, cue = tags.get(roles.get("Source")), tags.get(roles.get("Cue"))
            gold.append({"content": content[1], "source": source[1] if source else None,
                         "cue": cue[1] if cue else None})
        docs.append({"id": doc, "text": text, "gold": gold})
    return docs


def words(text, span):
    s, e = span
    return {m.start() for m in WORD.finditer(text, s, e)}


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(docs, predictions, show_errors):
    n_pred = n_gold = matched = 0
    with_source = source_right = pred_with_source = gold_with_source = 0
    errors = []
    for doc in docs:
        text, gold = doc["text"], doc["gold"]
        preds = predictions.get(doc["id"], [])
        n_pred += len(preds)
        n_gold += len(gold)
        gold_with_source += sum(1 for g in gold if g["source"])
        pred_with_source += sum(1 for p in preds if p["source"])
        gw = [words(text, g["content"]) for g in gold]
        pw = [words(text, p["content"]) for p in preds]
        pairs = []
        for i, g in enumerate(gw):
            for j, p in enumerate(pw):
                shared = len(g & p)
                longest = max(len(g), len(p)) or 1
                if shared * 2 >= longest and shared:
                    pairs.append((shared / longest, i, j))
        used_g, used_p = set(), set()
        for _, i, j in sorted(pairs, reverse=True):
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            matched += 1
            g, p = gold[i], preds[j]
            if g["source"]:
                with_source += 1
                if p["source"] and overlaps(p["source"], g["source"]):
                    source_right += 1
                elif len(errors) < show_errors:
                    got = text[p["source"][0]:p["source"][1]] if p["source"] else None
                    errors.append(f"  source   gold {text[g['source'][0]:g['source'][1]]!r:30} got {got!r:30} {doc['id']}")
        for i, g in enumerate(gold):
            if i not in used_g and len(errors) < show_errors:
                errors.append(f"  missed   {text[g['content'][0]:g['content'][1]][:110]!r} {doc['id']}")
        for j, p in enumerate(preds):
            if j not in used_p and len(errors) < show_errors:
                errors.append(f"  spurious {text[p['content'][0]:p['content'][1]][:110]!r} {doc['id']}")
    cp, cr = matched / max(n_pred, 1), matched / max(n_gold, 1)
    cf = 2 * cp * cr / (cp + cr) if cp + cr else 0.0
    sp, sr = source_right / max(pred_with_source, 1), source_right / max(gold_with_source, 1)
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    return {
        "gold": n_gold, "predicted": n_pred, "content_p": cp, "content_r": cr, "content_f1": cf,
        "source_accuracy": source_right / max(with_source, 1), "source_f1": sf, "errors": errors,
    }


def run(binary, docs):
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    started = time.perf_counter()
    out = subprocess.run([binary], input=payload, capture_output=True, text=True, check=True).stdout
    seconds = time.perf_counter() - started
    predictions = {}
    for line in out.splitlines():
        row = json.loads(line)
        predictions[row["id"]] = [
            {
                "content": (c["start"], c["end"]),
                "source": (c["source_start"], c["source_end"]) if c.get("source_start") is not None else None,
            }
            for c in row["claims"]
        ]
    return predictions, seconds

def miss_shapes(docs, predictions):
    """Counts for --miss-shapes (see the module's doc)."""
    shapes = {"none": 0, "longer": 0, "shorter": 0, "across matched": 0, "across missed": 0}
    for doc in docs:
        text = doc["text"]
        pw = [words(text, p["content"]) for p in predictions.get(doc["id"], [])]
        for g in doc["gold"]:
            gw = words(text, g["content"])
            if not g["cue"] or not gw:
                continue
            ok = any(gw & p and len(gw & p) * 2 >= max(len(gw), len(p)) for p in pw)
            if g["content"][0] < g["cue"][0] < g["content"][1]:
                shapes["across matched" if ok else "across missed"] += 1
            if ok:
                continue
            best = max(pw, key=lambda p: len(gw & p) / max(len(gw), len(p)), default=set())
            shapes["none" if not gw & best else "longer" if len(best) > len(gw) else "shorter"] += 1
    return shapes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("storyline")
    ap.add_argument("--split", default="both", choices=["dev", "train", "both"])
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--miss-shapes", action="store_true")
    args = ap.parse_args()
    splits = ["dev", "train"] if args.split == "both" else [args.split]
    for split in splits:
        docs = load(args.data, split)
        preds, seconds = run(args.storyline, docs)
        r = score(docs, preds, args.show_errors)
        print(
            f"PolNeAR {split:5}: {len(docs)} documents, {r['gold']} gold attributions, {r['predicted']} claims found; "
            f"content P {r['content_p']:.3f} R {r['content_r']:.3f} F1 {r['content_f1']:.3f}; "
            f"source accuracy {r['source_accuracy']:.3f}, source F1 {r['source_f1']:.3f} ({seconds:.2f} s)"
        )
        for e in r["errors"]:
            print(e)
        if args.miss_shapes:
            shapes = miss_shapes(docs, preds)
            print(f"  missed gold with a cue, by the nearest claim: none {shapes['none']}, longer {shapes['longer']}, "
                  f"shorter {shapes['shorter']}; contents across their cue: matched {shapes['across matched']}, "
                  f"missed {shapes['across missed']}")


if __name__ == "__main__":
    sys.exit(main())
