// storyline: the only script. Uploads dropped files to /api/ingest, one at a time, with progress,
// and fills a search page's facet lists. Everything else in the app works without script (the
// search page links to its facets rendered in the page).
"use strict";
(function () {
  const drop = document.getElementById("drop");
  if (!drop) return;
  const picker = document.getElementById("files");
  const list = document.getElementById("uploads");
  const queue = [];
  let busy = false;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text; // never innerHTML: names and messages are untrusted
    return e;
  }

  function add(files) {
    for (const f of files) {
      const row = el("li", "upload");
      row.appendChild(el("strong", null, f.name + " "));
      const bar = el("progress");
      bar.max = 1; bar.value = 0;
      row.appendChild(bar);
      const status = el("span", "meta", " waiting");
      row.appendChild(status);
      list.appendChild(row);
      queue.push({ file: f, row: row, bar: bar, status: status });
    }
    next();
  }

  function next() {
    if (busy || queue.length === 0) return;
    busy = true;
    const job = queue.shift();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest?name=" + encodeURIComponent(job.file.name));
    xhr.upload.onprogress = function (ev) {
      if (ev.lengthComputable) { job.bar.value = ev.loaded / ev.total; }
      job.status.textContent = " uploading " + Math.round(100 * ev.loaded / Math.max(ev.total, 1)) + "%";
    };
    xhr.upload.onload = function () { job.status.textContent = " analysing…"; job.bar.removeAttribute("value"); };
    xhr.onload = function () {
      job.bar.max = 1; job.bar.value = 1;
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (body && body.report) {
        const r = body.report;
        job.status.textContent = " " + r.n_read + " read, " + r.n_stored + " new, " + r.n_duplicates +
          " already stored, " + r.n_replaced + " replaced, " + r.n_failed + " failed";
        job.row.classList.add(r.n_failed > 0 ? "failed" : "done");
        if (body.problems && body.problems.length) {
          const ul = el("ul", "problems");
          for (const p of body.problems.slice(0, 20)) {
            ul.appendChild(el("li", null, p.severity + ": " + p.source + ": " + p.message));
          }
          job.row.appendChild(ul);
        }
      } else {
        job.status.textContent = " failed: " + ((body && body.error) || xhr.status + " " + xhr.statusText);
        job.row.classList.add("failed");
      }
      busy = false; next();
    };
    xhr.onerror = function () { job.status.textContent = " failed: the server did not answer"; busy = false; next(); };
    xhr.send(job.file);
  }

  drop.addEventListener("dragover", function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (ev) {
    ev.preventDefault(); drop.classList.remove("over");
    if (ev.dataTransfer && ev.dataTransfer.files) add(ev.dataTransfer.files);
  });
  picker.addEventListener("change", function () { add(picker.files); picker.value = ""; });
})();

// A search page's facet lists (outlets, stories, entities, months), fetched from /api/facets
// once the hits are on screen: they count the best 500 matches, which costs more than the hits.
(function () {
  const box = document.getElementById("facet-lists");
  if (!box) return;
  const params = new URLSearchParams(location.search);
  params.delete("offset");

  function link(extra, text, count) {
    const p = new URLSearchParams();
    p.set("q", params.get("q") || "");
    for (const k of Object.keys(extra)) p.set(k, extra[k]);
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "/search?" + p.toString();
    a.textContent = text; // never innerHTML: names come from articles
    const n = document.createElement("span");
    n.className = "n";
    n.textContent = String(count);
    li.append(a, " ", n);
    return li;
  }

  function list(title, items, cls) {
    if (!items.length) return;
    const h = document.createElement("h2");
    h.textContent = title;
    const ul = document.createElement("ul");
    if (cls) ul.className = cls;
    ul.append(...items);
    box.append(h, ul);
  }

  fetch(box.dataset.api + "?" + params.toString(), { headers: { accept: "application/json" } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (f) {
      if (!f) return;
      list("Outlets", f.outlets.map(function (o) { return link({ outlet: o.name }, o.name, o.count); }));
      list("Stories", f.stories.map(function (s) { return link({ story: s.id }, s.title, s.count); }));
      list("Entities", f.entities.map(function (e) { return link({ entity: e.name }, e.name, e.count); }));
      list("Months", f.months.map(function (m) { return link({ from: m.name, to: m.name }, m.name, m.count); }), "months");
      if (f.sampled < f.total) {
        const note = document.createElement("p");
        note.className = "stats";
        note.textContent = "Counts over the best " + f.sampled + " of " + f.total + " matches.";
        box.append(note);
      }
      box.dataset.loaded = "true";
    })
    .catch(function () { /* the hits stand without the lists */ });
})();
