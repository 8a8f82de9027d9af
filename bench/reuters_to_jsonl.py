#!/usr/bin/env python3
"""Converts Reuters-21578 SGML (../shared/data, read at run time) into JSON Lines on stdout, one
story per line, so that `storyline ingest` can read it. Standard library only."""
import html, json, re, sys
from pathlib import Path

src = Path(sys.argv[1])
field = lambda tag, s: (m.group(1) if (m := re.search(rf"<{tag}(?: [^>]*)?>(.*?)</{tag}>", s, re.S)) else None)
n = 0
for path in sorted(src.glob("reut2-*.sgm")):
    data = path.read_bytes().decode("latin-1")
    for rec in re.findall(r"<REUTERS(.*?)</REUTERS>", data, re.S):
        newid = re.search(r'NEWID="(\d+)"', rec).group(1)
        title, dateline, body = field("TITLE", rec), field("DATELINE", rec), field("BODY", rec)
        text = body or (field("TEXT", rec) or "")
        text = re.sub(r"<[^>]+>", " ", text)
        unesc = lambda s: html.unescape(s).replace("\x03", "").strip() if s else None
        text = unesc(text)
        if dateline and body:
            text = unesc(dateline) + " " + text
        if not text:
            text = unesc(title) or ""
        rec_out = {"id": f"reuters-{newid}", "title": unesc(title), "text": text,
                   "date": re.sub(r"[\x00-\x1f]", "", html.unescape(field("DATE", rec) or "")).strip(), "outlet": "Reuters"}
        sys.stdout.write(json.dumps(rec_out) + "\n")
        n += 1
print(f"{n} stories", file=sys.stderr)
