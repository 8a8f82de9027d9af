#!/usr/bin/env python3
"""Main-text and metadata extraction on two reference sets, for storyline and its peers, in one run.

trafilatura-eval: every `with` snippet must appear in the text, no `without` snippet may; precision,
recall and F1 over all snippets (trafilatura's own protocol), plus date and author accuracy where the
set has gold. readability-test-pages: word-level precision/recall/F1 of the text against
expected.html (Readability.js output), macro-averaged over pages, plus title, byline and date
accuracy against expected-metadata.json. Speed: pages per second on one core.

Usage: html_eval.py DATA_DIR STORYLINE_BINARY [--limit N]"""
import argparse, collections, html as htmllib, json, os, re, subprocess, sys, time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("data")
ap.add_argument("storyline")
ap.add_argument("--limit", type=int, default=0)
ap.add_argument("--peers", default="trafilatura,readability,trafilatura-rs,dom_smoothie")
ap.add_argument("--rust-peers", default="", help="the storyline-rust-peers binary")
args = ap.parse_args()
data = Path(args.data)

def norm(s):
    if isinstance(s, list):
        s = " ".join(map(str, s))
    return " ".join((s or "").split())

def words(s):
    return re.findall(r"\w+", (s or "").lower())

def html_to_text(fragment):
    fragment = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", fragment)
    fragment = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", fragment)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", fragment))

def read_html(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")

# ---------------------------------------------------------------- the two sets
traf = json.load(open(data / "trafilatura-eval/evaldata.json"))
traf_pages = []
for url, item in traf.items():
    for sub in ("eval", "cache"):
        p = data / "trafilatura-eval" / sub / item["file"]
        if p.exists():
            traf_pages.append((p, item))
            break
rt_pages = []
for d in sorted((data / "readability-test-pages").iterdir()):
    if (d / "source.html").exists():
        meta = json.load(open(d / "expected-metadata.json"))
        rt_pages.append((d / "source.html", {"expected": html_to_text((d / "expected.html").read_text(errors="replace")), **meta}))
if args.limit:
    traf_pages, rt_pages = traf_pages[: args.limit], rt_pages[: args.limit]

# ---------------------------------------------------------------- extractors: path -> {text,title,author,date}
def run_storyline(paths):
    # Cleaning and metadata only, as the peers do (`--no-facts`: no entities, numbers, times, claims).
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    t0 = time.perf_counter()
    out = subprocess.run([args.storyline, "analyze", "--json", "--no-facts", "-q", *map(str, paths)], capture_output=True, env=env)
    secs = time.perf_counter() - t0
    res = {}
    for line in out.stdout.decode().splitlines():
        a = json.loads(line)
        res[a["source"]] = {"text": a["text"], "title": a["title"], "author": a["byline"], "date": (a["published"] or "")[:10]}
    return res, secs

def run_trafilatura(paths):
    import trafilatura
    docs = [(str(p), read_html(p)) for p in paths]
    t0 = time.perf_counter()
    res = {}
    for name, doc in docs:
        text = trafilatura.extract(doc, include_comments=False) or ""
        meta = trafilatura.extract_metadata(doc)
        res[name] = {"text": text, "title": meta.title if meta else None, "author": meta.author if meta else None,
                     "date": (meta.date or "")[:10] if meta else ""}
    return res, time.perf_counter() - t0

def run_readability(paths):
    from readability import Document
    docs = [(str(p), read_html(p)) for p in paths]
    t0 = time.perf_counter()
    res = {}
    for name, doc in docs:
        try:
            d = Document(doc)
            res[name] = {"text": html_to_text(d.summary()), "title": d.short_title(), "author": None, "date": ""}
        except Exception:
            res[name] = {"text": "", "title": None, "author": None, "date": ""}
    return res, time.perf_counter() - t0

def run_rust_peer(peer):
    def run(paths):
        if not args.rust_peers:
            raise ImportError("no --rust-peers binary")
        t0 = time.perf_counter()
        out = subprocess.run([args.rust_peers, peer, *map(str, paths)], capture_output=True)
        secs = time.perf_counter() - t0
        res = {}
        for line in out.stdout.decode(errors="replace").splitlines():
            try:
                a = json.loads(line)
            except json.JSONDecodeError:
                continue
            res[a["source"]] = {"text": a["text"], "title": a["title"], "author": a["byline"], "date": (a["published"] or "")[:10]}
        return res, secs
    return run

RUNNERS = {"storyline": run_storyline, "trafilatura": run_trafilatura, "readability": run_readability,
           "trafilatura-rs": run_rust_peer("trafilatura"), "dom_smoothie": run_rust_peer("dom_smoothie")}

# ---------------------------------------------------------------- scoring
def score_traf(res):
    tp = fn = fp = tn = 0
    dates = [0, 0]; authors = [0, 0]
    for path, item in traf_pages:
        r = res.get(str(path), {"text": ""})
        text = norm(r["text"])
        for s in item.get("with", []):
            if norm(s) in text: tp += 1
            else: fn += 1
        for s in item.get("without", []):
            if norm(s) in text: fp += 1
            else: tn += 1
        if item.get("date"):
            dates[1] += 1; dates[0] += (r.get("date") or "") == item["date"][:10]
        if item.get("author"):
            authors[1] += 1
            got = norm(r.get("author")).lower()
            authors[0] += bool(got) and (got in norm(item["author"]).lower() or norm(item["author"]).lower() in got)
    p = tp / (tp + fp) if tp + fp else 0; rc = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * rc / (p + rc) if p + rc else 0
    return {"precision": p, "recall": rc, "f1": f, "date_acc": dates[0] / max(dates[1], 1), "author_acc": authors[0] / max(authors[1], 1)}

def prf(got, want):
    g, w = collections.Counter(words(got)), collections.Counter(words(want))
    overlap = sum((g & w).values())
    p = overlap / max(sum(g.values()), 1); r = overlap / max(sum(w.values()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0)

def score_rt(res):
    ps, rs, fs = [], [], []
    title = byline = date = 0; n_by = n_date = 0
    for path, meta in rt_pages:
        r = res.get(str(path), {"text": ""})
        p, rc, f = prf(r["text"], meta["expected"])
        ps.append(p); rs.append(rc); fs.append(f)
        title += norm(r.get("title")).lower() == norm(meta.get("title")).lower()
        if meta.get("byline"):
            n_by += 1; got = norm(r.get("author")).lower(); want = norm(meta["byline"]).lower()
            byline += bool(got) and (got in want or want in got)
        if meta.get("publishedTime"):
            n_date += 1; date += (r.get("date") or "") == meta["publishedTime"][:10]
    n = len(rt_pages)
    return {"precision": sum(ps) / n, "recall": sum(rs) / n, "f1": sum(fs) / n, "title_acc": title / n,
            "byline_acc": byline / max(n_by, 1), "date_acc": date / max(n_date, 1)}

rows = []
for name in ["storyline"] + [p for p in args.peers.split(",") if p]:
    try:
        r1, t1 = RUNNERS[name]([p for p, _ in traf_pages])
        r2, t2 = RUNNERS[name]([p for p, _ in rt_pages])
    except ImportError as e:
        print(f"{name}: not installed ({e})", file=sys.stderr); continue
    n = len(traf_pages) + len(rt_pages)
    rows.append((name, score_traf(r1), score_rt(r2), n / (t1 + t2)))

print(f"trafilatura-eval: {len(traf_pages)} pages; readability-test-pages: {len(rt_pages)} pages\n")
print("| extractor | traf-eval P | R | F1 | date | author | readability-pages P | R | F1 | title | byline | date | pages/s (1 core) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for name, a, b, speed in rows:
    print(f"| {name} | {a['precision']:.3f} | {a['recall']:.3f} | **{a['f1']:.3f}** | {a['date_acc']:.3f} | {a['author_acc']:.3f} "
          f"| {b['precision']:.3f} | {b['recall']:.3f} | **{b['f1']:.3f}** | {b['title_acc']:.3f} | {b['byline_acc']:.3f} | {b['date_acc']:.3f} | {speed:,.0f} |")
