"""Events, stories and timelines: storyline against a batch baseline, on ECB+ and Timeline17.

- Events on ECB+ (982 articles, gold = `subtopic`: 86 events, two look-alike events per topic) and
  stories on Timeline17 (4,328 articles, 8 stories): BCubed precision, recall and F1 of storyline's
  events / stories, and of TF-IDF + average-linkage agglomerative clustering (scikit-learn) at
  the distance threshold that scores best on the answers (what a user could write in an afternoon,
  given an unfair advantage).
- Timelines on Timeline17: for each gold timeline whose articles are in the snapshot, its
  collection is ingested alone, the largest story's timeline is cut to as many dates as the gold
  timeline has (the usual timeline-summarisation setting; dates ranked by their `weight`: the
  distinct articles pointing at them, those looking back from two weeks or more later counting
  six), and date precision, recall and F1 are computed (news-tls's DATEWISE reports about 0.54
  date F1).

Usage: clusters.py DATA_DIR STORYLINE_BIN [--no-baseline] [--only ecb|t17|tl] [--orders N] [--tl-all-stories]
"""

import argparse
import hashlib
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time


def detokenise(text):
    """PTB-tokenised text back to ordinary spacing."""
    # A web address on a line of its own (ECB+'s pages open with theirs) had no spaces.
    text = re.sub(r"(?m)^(https?) : / / (.*)$", lambda m: (m.group(1) + "://" + m.group(2)).replace(" ", ""), text)
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    text = text.replace("``", '"').replace("''", '"').replace("\\/", "/")
    # Clock times, numeric dates and hyphenated words: "1 : 32", "2 / 3 / 2009", "court - mandated".
    text = re.sub(r"(?<=\d) ([:/]) (?=\d)", r"\1", text)
    text = re.sub(r"(?<=\w) - (?=\w)", "-", text)
    text = re.sub(r" ([.,;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return text


def bcubed(gold, pred):
    """BCubed precision, recall and F1 over the items both label."""
    items = [i for i in gold if i in pred]
    by_gold, by_pred = collections.defaultdict(set), collections.defaultdict(set)
    for i in items:
        by_gold[gold[i]].add(i)
        by_pred[pred[i]].add(i)
    p = r = 0.0
    for i in items:
        same_pred, same_gold = by_pred[pred[i]], by_gold[gold[i]]
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    return p, r, 2 * p * r / (p + r)


def storyline(binary, store, docs, command, also=None):
    """Ingests `docs` into a fresh store and returns {article id: cluster id} and the seconds taken
    (and the labels of a second listing, `also`, when asked)."""
    path = os.path.join(store, "input.jsonl")
    with open(path, "w") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
    started = time.perf_counter()
    # Exit code 1 means some records had no text: they are reported and left out.
    done = subprocess.run([binary, "--store", store, "-q", "ingest", path], stdout=subprocess.DEVNULL)
    if done.returncode > 1:
        raise SystemExit(f"ingest failed with exit code {done.returncode}")
    seconds = time.perf_counter() - started
    def listing(command):
        out = subprocess.run([binary, "--store", store, command, "--json"], check=True, capture_output=True, text=True)
        labels = {}
        for line in out.stdout.splitlines():
            c = json.loads(line)
            for a in c["articles"]:
                labels[a["id"]] = c["id"]
        return labels

    if also:
        return listing(command), seconds, listing(also)
    return listing(command), seconds


def baseline(docs, gold):
    """TF-IDF + average-linkage agglomerative clustering; the best threshold on the answers."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [d["text"] for d in docs]
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(texts)
    # Rows are unit length: cosine distance is 1 - x·xᵀ, computed once for every threshold.
    distance = 1.0 - (x @ x.T).toarray()
    distance[distance < 0] = 0.0
    best = None
    for t in [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99]:
        labels = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=t
        ).fit_predict(distance)
        pred = {d["id"]: int(l) for d, l in zip(docs, labels)}
        score = bcubed(gold, pred)
        if best is None or score[2] > best[1][2]:
            best = (t, score)
    return best


def ecb_docs(data):
    """ECB+ articles, gold events (`subtopic`) and gold topics."""
    docs, gold, topics = [], {}, {}
    for line in open(os.path.join(data, "ecbplus-esc", "ecbplus_docs.jsonl")):
        d = json.loads(line)
        docs.append({"id": d["doc"], "text": detokenise(d["text"])})
        gold[d["doc"]] = d["subtopic"]
        topics[d["doc"]] = d["topic"]
    return docs, gold, topics


def t17_docs(data):
    docs, gold = [], {}
    for line in open(os.path.join(data, "timeline17", "timeline17_docs.jsonl")):
        d = json.loads(line)
        docs.append({"id": d["id"], "date": d["date"], "outlet": d["source"], "text": detokenise(d["text"])})
        gold[d["id"]] = d["story_id"]
    return docs, gold


def report(name, n_items, n_gold, ours, seconds, base):
    p, r, f = ours
    print(f"{name}: {n_items} articles, {n_gold} gold clusters")
    print(f"  storyline  BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}  ({seconds:.1f} s to ingest and cluster)")
    if base:
        t, (p, r, f) = base
        print(f"  baseline   BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}  (TF-IDF + average linkage, best threshold {t} on the answers)")


def timelines(data, binary, all_stories=False):
    root = os.path.join(data, "timeline17")
    scores = []
    for collection in sorted(os.listdir(root)):
        folder = os.path.join(root, collection)
        articles_path = os.path.join(folder, "articles.json")
        if not os.path.isdir(folder) or not os.path.exists(articles_path):
            continue
        articles = json.load(open(articles_path))
        story, outlet = collection.split("_", 1)
        docs = [
            {"id": f"{collection}/{a['uid']}", "date": a["dct"][:10], "outlet": outlet, "text": detokenise(a["text"])}
            for a in articles
            if a["text"].strip()
        ]
        with tempfile.TemporaryDirectory() as store:
            labels, _ = storyline(binary, store, docs, "stories")
            sizes = collections.Counter(labels.values())
            biggest = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            print(f"  {collection:28} {len(docs)} articles, {len(sizes)} stories, largest {sizes[biggest]}")
            entries = []
            for sid in sorted(sizes) if all_stories else [biggest]:
                out = subprocess.run(
                    [binary, "--store", store, "timeline", sid, "--json"], check=True, capture_output=True, text=True
                )
                entries += json.loads(out.stdout)["entries"]
        # Dates ranked by their `weight` (the same on every entry of a date), as
        # `storyline timeline --limit` ranks them.
        weight = {}
        for e in entries:
            if e["granularity"] == "day":
                weight[e["date"]] = max(weight.get(e["date"], 0), e["weight"])
        for gold_file in sorted(f for f in os.listdir(folder) if f.endswith(".timeline.json")):
            gold_dates = {e["date"][:10] for e in json.load(open(os.path.join(folder, gold_file)))}
            k = len(gold_dates)
            # news-tls's protocol (experiments/evaluate.py): the gold timeline gives the number of
            # dates and the time span; the open score ranks every date of the story.
            first, last = min(gold_dates), max(gold_dates)
            in_span = {d: w for d, w in weight.items() if first <= d <= last}
            row = [collection, gold_file, k]
            for pool in (in_span, weight):
                ranked = sorted(pool.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
                hit = len({d for d, _ in ranked} & gold_dates)
                p, r = hit / max(len(ranked), 1), hit / max(k, 1)
                row += [p, r, 2 * p * r / (p + r) if p + r else 0.0]
            scores.append(row)
    for c, g, k, p, r, f, _, _, f_open in scores:
        print(f"  {c:28} {g:48} {k:4} dates  P {p:.3f} R {r:.3f} F1 {f:.3f}  (open F1 {f_open:.3f})")
    mean = sum(s[5] for s in scores) / len(scores)
    mean_open = sum(s[8] for s in scores) / len(scores)
    print(
        f"Timeline17 date F1, mean over {len(scores)} gold timelines: {mean:.3f} within each gold time span "
        f"(news-tls protocol); {mean_open:.3f} over all of the story's dates"
    )


def disputes(data, binary):
    """Every story of Timeline17 (all articles in one store): its timeline entries per granularity
    and every date disagreement, to read. There is no gold for disagreements."""
    docs, _ = t17_docs(data)
    counts, sources, found, numbers = collections.Counter(), collections.Counter(), [], 0
    with tempfile.TemporaryDirectory() as store:
        labels, _ = storyline(binary, store, docs, "stories")
        for sid in sorted(set(labels.values())):
            out = subprocess.run([binary, "--store", store, "timeline", sid, "--json"], check=True, capture_output=True, text=True)
            t = json.loads(out.stdout)
            for e in t["entries"]:
                counts[e["granularity"]] += 1
                sources[e["granularity"]] += len(e["sources"])
            found += t.get("date_disagreements", [])
            numbers += len(t["disagreements"])
    print("Timeline17, all stories: entries " + ", ".join(f"{g} {counts[g]} ({sources[g]} sources)" for g in ("year", "month", "day")))
    print(f"{numbers} number disagreements; {len(found)} date disagreements:")
    for d in found:
        print(f"  {d['about'][:150]}")
        for x in d["dates"]:
            who = ", ".join(f"{s['outlet']} {(s['published'] or '')[:10]}" for s in x["sources"][:3])
            print(f"    {x['date']:10}  {who}  | {x['text'][:110]}")


def other_orders(args, docs, gold, command):
    """The same articles under other ids. Ids order the articles within a day (all of them when
    undated), and the sets' ids carry their answers' order: ECB+'s file names put each topic's
    articles side by side, Timeline17's start with the story's name. Ids salted with a hash give
    the orders other ids would."""
    scores = []
    for salt in range(args.orders):
        renamed = {hashlib.sha1(f"{salt}/{d['id']}".encode()).hexdigest()[:10]: d["id"] for d in docs}
        back = {v: k for k, v in renamed.items()}
        salted = [dict(d, id=back[d["id"]]) for d in docs]
        with tempfile.TemporaryDirectory() as store:
            labels, _ = storyline(args.storyline, store, salted, command)
        scores.append(bcubed(gold, {renamed[a]: e for a, e in labels.items()})[2])
    if scores:
        print(f"  storyline  under {len(scores)} other orders (salted ids): BCubed F1 mean {sum(scores) / len(scores):.3f}, "
              f"min {min(scores):.3f}, max {max(scores):.3f}")


def other_seeds(args, docs, gold, column):
    """The same articles placed in other orders: a batch goes by each report's nearest neighbour
    and then by its strongest feature, whose hash sets the order among equals; the `assign`
    example hashes features under other seeds (what other hash functions would give)."""
    if not args.seeds:
        return
    assign = os.path.join(os.path.dirname(args.storyline), "examples", "assign")
    scores = []
    with tempfile.TemporaryDirectory() as work:
        path, analysed = os.path.join(work, "input.jsonl"), os.path.join(work, "analysed.jsonl")
        with open(path, "w") as f:
            for d in docs:
                f.write(json.dumps(d) + "\n")
        with open(analysed, "w") as out:
            subprocess.run([args.storyline, "-q", "analyze", "--json", path], stdout=out)
        for seed in range(1, args.seeds + 1):
            # "-": the shipped setting.
            out = subprocess.run([assign, analysed, "-", "-", "-", "-", "-", str(seed)],
                                 check=True, capture_output=True, text=True).stdout
            labels = {}
            for line in out.splitlines():
                article, event, story = line.split("\t")
                labels[article] = event if column == "events" else story
            scores.append(bcubed(gold, labels)[2])
    print(f"  storyline  under {len(scores)} other feature hashes (seeds 1-{len(scores)}): BCubed F1 mean "
          f"{sum(scores) / len(scores):.3f}, min {min(scores):.3f}, max {max(scores):.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("storyline")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--only", choices=["ecb", "t17", "tl", "disputes"],
                    help="one part; 'disputes' (not in the default run) lists Timeline17's date disagreements")
    ap.add_argument("--orders", type=int, default=5, help="runs of ECB+ and Timeline17 under other article ids")
    ap.add_argument("--seeds", type=int, default=0,
                    help="runs of ECB+ and Timeline17 with features hashed under other seeds (the assign example)")
    ap.add_argument("--tl-all-stories", action="store_true", help="score the dates of every story of a collection")
    args = ap.parse_args()
    if args.only in (None, "ecb"):
        docs, gold, topics = ecb_docs(args.data)
        with tempfile.TemporaryDirectory() as store:
            labels, seconds, stories = storyline(args.storyline, store, docs, "events", also="stories")
        base = None if args.no_baseline else baseline(docs, gold)
        report("ECB+ events", len(docs), len(set(gold.values())), bcubed(gold, labels), seconds, base)
        # A check that stories do not glue unrelated subjects together: ECB+'s 43 topics are
        # unrelated subjects, each with its two look-alike events (a story may hold both).
        p, r, f = bcubed(topics, stories)
        print(f"  storyline stories against ECB+'s {len(set(topics.values()))} topics: BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
        other_orders(args, docs, gold, "events")
        other_seeds(args, docs, gold, "events")
    if args.only in (None, "t17"):
        docs, gold = t17_docs(args.data)
        with tempfile.TemporaryDirectory() as store:
            labels, seconds = storyline(args.storyline, store, docs, "stories")
        base = None if args.no_baseline else baseline(docs, gold)
        report("Timeline17 stories", len(docs), len(set(gold.values())), bcubed(gold, labels), seconds, base)
        other_orders(args, docs, gold, "stories")
        other_seeds(args, docs, gold, "stories")
    if args.only in (None, "tl"):
        timelines(args.data, args.storyline, args.tl_all_stories)
    if args.only == "disputes":
        disputes(args.data, args.storyline)


if __name__ == "__main__":
    sys.exit(main())
