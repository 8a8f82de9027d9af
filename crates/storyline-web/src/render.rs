//! HTML built in Rust: the templates' environment, fact highlighting and small SVG charts. Every
//! piece of stored text that reaches a fragment here goes through [`esc`].

use minijinja::Environment;
use std::fmt::Write;
use storyline_model::{Article, Coverage, NameCount, Published};

/// The page templates, compiled into the binary. Names end in `.html`, so minijinja escapes every
/// value they print unless it was built here as safe.
pub(crate) fn templates() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, source) in [
        ("base.html", include_str!("../templates/base.html")),
        ("search.html", include_str!("../templates/search.html")),
        ("stories.html", include_str!("../templates/stories.html")),
        ("story.html", include_str!("../templates/story.html")),
        ("event.html", include_str!("../templates/event.html")),
        ("article.html", include_str!("../templates/article.html")),
        ("claim.html", include_str!("../templates/claim.html")),
        ("entity.html", include_str!("../templates/entity.html")),
        ("coverage.html", include_str!("../templates/coverage.html")),
        ("ingest.html", include_str!("../templates/ingest.html")),
        ("error.html", include_str!("../templates/error.html")),
    ] {
        env.add_template(name, source).expect("templates compile (checked by the tests)");
    }
    env.add_filter("urlpart", |s: String| url_part(&s));
    env
}

/// Escapes text for HTML content and quoted attribute values.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a path segment or query value (everything but unreserved ASCII).
pub(crate) fn url_part(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A date for people: `2025-04-28`, or `2025-04-28 12:46` when the time is known.
pub(crate) fn when(p: Option<Published>) -> String {
    p.map(|p| p.to_string().replace('T', " ").chars().take(16).collect()).unwrap_or_default()
}

/// A search snippet with its `[matched]` words marked.
pub(crate) fn snippet(text: &str) -> String {
    let mut out = String::new();
    let mut open = false;
    for c in text.chars() {
        match c {
            '[' if !open => {
                out.push_str("<mark>");
                open = true;
            }
            ']' if open => {
                out.push_str("</mark>");
                open = false;
            }
            c => out.push_str(&esc(c.encode_utf8(&mut [0; 4]))),
        }
    }
    if open {
        out.push_str("</mark>");
    }
    out
}

/// One highlighted span: character offsets, CSS class, hover text, optional link.
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    title: String,
    href: Option<String>,
}

/// The article's text with its entities, numbers, dates and claims marked. Marks nest when one
/// lies inside another (an entity inside a claim); a mark crossing an open one is dropped.
pub(crate) fn highlight(article: &Article) -> String {
    let mut marks: Vec<Mark> = Vec::new();
    for (i, c) in article.claims.iter().enumerate() {
        let mut title = format!("claim · {}", c.speaker.as_deref().unwrap_or("unknown speaker"));
        if let Some(cue) = &c.cue {
            title.push_str(&format!(" · cue “{cue}”"));
        }
        if !c.via.is_empty() {
            title.push_str(&format!(" · via {}", c.via.join(" → ")));
        }
        marks.push(Mark {
            start: c.start,
            end: c.end,
            class: "f-claim",
            title,
            href: Some(format!("/articles/{}/claims/{i}", url_part(&article.id.0))),
        });
    }
    for e in &article.entities {
        let kind = e.kind.as_str();
        let mut title = format!("{kind} · {}", e.name);
        if let (Some(lat), Some(lon)) = (e.lat, e.lon) {
            title.push_str(&format!(" · {} ({lat:.2}, {lon:.2})", e.country.as_deref().unwrap_or("")));
        }
        marks.push(Mark {
            start: e.start,
            end: e.end,
            class: match kind {
                "person" => "f-person",
                "organization" => "f-org",
                "place" => "f-place",
                _ => "f-other",
            },
            title,
            href: Some(format!("/entities/{}", url_part(&e.name))),
        });
    }
    for q in &article.quantities {
        let mut parts = Vec::new();
        if let Some(v) = q.value {
            parts.push(format!("value {v}"));
        }
        if let Some(v) = q.low {
            parts.push(format!("at least {v}"));
        }
        if let Some(v) = q.high {
            parts.push(format!("at most {v}"));
        }
        if q.approx {
            parts.push("approximate".into());
        }
        if let Some(u) = &q.unit {
            parts.push(format!("unit {u}"));
        }
        if let Some(c) = &q.counted {
            parts.push(format!("counts {c}"));
        }
        marks.push(Mark { start: q.start, end: q.end, class: "f-number", title: parts.join(" · "), href: None });
    }
    for t in &article.times {
        marks.push(Mark {
            start: t.start,
            end: t.end,
            class: "f-time",
            title: format!("{} → {}", t.text, t.value),
            href: None,
        });
    }
    marks.retain(|m| m.start < m.end);
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));

    // Byte offset of every character boundary, so marks in characters can slice the text.
    let bounds: Vec<usize> =
        article.text.char_indices().map(|(i, _)| i).chain(std::iter::once(article.text.len())).collect();
    let byte = |c: usize| bounds[c.min(bounds.len() - 1)];
    let mut out = String::with_capacity(article.text.len() * 2);
    let mut open: Vec<(usize, bool)> = Vec::new(); // (end, is link)
    let mut at = 0usize; // characters written
    let close_until = |out: &mut String, open: &mut Vec<(usize, bool)>, at: &mut usize, upto: usize| {
        while let Some(&(end, link)) = open.last() {
            if end > upto {
                break;
            }
            out.push_str(&esc(&article.text[byte(*at)..byte(end)]));
            *at = end;
            out.push_str(if link { "</a>" } else { "</span>" });
            open.pop();
        }
    };
    for m in &marks {
        close_until(&mut out, &mut open, &mut at, m.start);
        if m.start < at || open.last().is_some_and(|&(end, _)| m.end > end) || m.end >= bounds.len() {
            continue; // overlaps what is already written or crosses an open mark
        }
        out.push_str(&esc(&article.text[byte(at)..byte(m.start)]));
        at = m.start;
        match &m.href {
            Some(href) => {
                let _ = write!(out, "<a class=\"f {}\" title=\"{}\" href=\"{}\">", m.class, esc(&m.title), esc(href));
            }
            None => {
                let _ = write!(out, "<span class=\"f {}\" title=\"{}\">", m.class, esc(&m.title));
            }
        }
        open.push((m.end, m.href.is_some()));
    }
    close_until(&mut out, &mut open, &mut at, usize::MAX);
    out.push_str(&esc(&article.text[byte(at)..]));
    out
}

/// A small line chart of `values`, as inline SVG.
pub(crate) fn sparkline(values: &[u64]) -> String {
    let (w, h) = (120.0, 24.0);
    if values.is_empty() {
        return String::new();
    }
    let max = *values.iter().max().unwrap_or(&1) as f64;
    let step = if values.len() > 1 { w / (values.len() - 1) as f64 } else { 0.0 };
    let points: Vec<String> = values
        .iter()
        .enumerate()
        .map(|(i, &v)| format!("{:.1},{:.1}", i as f64 * step, h - 2.0 - (v as f64 / max.max(1.0)) * (h - 4.0)))
        .collect();
    format!(
        "<svg class=\"spark\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"activity\">\
         <polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"{}\"/></svg>",
        points.join(" ")
    )
}

/// Counts per day (`YYYY-MM-DD`, count) gathered into at most `bins` equal periods between the
/// first day and the last.
pub(crate) fn activity(days: &[NameCount], bins: usize) -> Vec<u64> {
    let parsed: Vec<(chrono::NaiveDate, u64)> = days
        .iter()
        .filter_map(|d| Some((chrono::NaiveDate::parse_from_str(d.name.get(..10)?, "%Y-%m-%d").ok()?, d.count)))
        .collect();
    let (Some(first), Some(last)) = (parsed.iter().map(|d| d.0).min(), parsed.iter().map(|d| d.0).max()) else {
        return Vec::new();
    };
    let span = (last - first).num_days() as usize + 1;
    let n = bins.min(span).max(1);
    let mut out = vec![0u64; n];
    for (d, count) in &parsed {
        let i = ((*d - first).num_days() as usize * n / span).min(n - 1);
        out[i] += count;
    }
    out
}

/// A bar chart of labelled counts (mentions per month), as inline SVG.
pub(crate) fn bars(items: &[(String, u64)]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let (w, h, pad) = (640.0, 160.0, 18.0);
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1) as f64;
    let bw = w / items.len() as f64;
    let mut out =
        format!("<svg class=\"bars\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"mentions per month\">");
    for (i, (label, v)) in items.iter().enumerate() {
        let bh = (*v as f64 / max) * (h - 2.0 * pad);
        let x = i as f64 * bw;
        let _ = write!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bh:.1}\"><title>{}: {v}</title></rect>",
            x + 1.0,
            h - pad - bh,
            (bw - 2.0).max(1.0),
            esc(label)
        );
        if items.len() <= 24 || i % (items.len() / 12).max(1) == 0 {
            let _ = write!(out, "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>", x + 1.0, h - 4.0, esc(label));
        }
    }
    out.push_str("</svg>");
    out
}

/// Articles per outlet per day as a heatmap (SVG), empty days left blank so gaps show.
pub(crate) fn heatmap(coverage: &Coverage) -> String {
    let cell = 12.0;
    let label = 170.0;
    let w = label + cell * coverage.days.len() as f64 + 4.0;
    let h = 22.0 + cell * coverage.outlets.len() as f64;
    let max = coverage.outlets.iter().flat_map(|r| r.counts.iter()).copied().max().unwrap_or(1).max(1) as f64;
    let mut out = format!(
        "<svg class=\"heat\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"articles per outlet per day\">"
    );
    for (i, day) in coverage.days.iter().enumerate() {
        if day.ends_with("-01") || i == 0 {
            let _ = write!(out, "<text x=\"{:.1}\" y=\"12\">{}</text>", label + cell * i as f64, esc(&day[..7]));
        }
    }
    for (r, row) in coverage.outlets.iter().enumerate() {
        let y = 18.0 + cell * r as f64;
        let name: String = row.outlet.chars().take(26).collect();
        let _ = write!(out, "<text class=\"o\" x=\"0\" y=\"{:.1}\">{}</text>", y + cell - 2.0, esc(&name));
        for (i, &n) in row.counts.iter().enumerate() {
            let x = label + cell * i as f64;
            let opacity = if n == 0 { 0.0 } else { 0.2 + 0.8 * (n as f64).ln_1p() / max.ln_1p() };
            let class = if n == 0 { "gap" } else { "hit" };
            let _ = write!(
                out,
                "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill-opacity=\"{opacity:.2}\"><title>{} · {} · {n}</title></rect>",
                cell - 1.0,
                cell - 1.0,
                esc(&row.outlet),
                esc(&coverage.days[i])
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// Places on a plain longitude/latitude grid (no tiles, no network), sized by mentions.
pub(crate) fn map(places: &[(String, f64, f64, u64)]) -> String {
    if places.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<svg class=\"map\" viewBox=\"-180 -90 360 180\" role=\"img\" aria-label=\"places on a map\">\
         <rect x=\"-180\" y=\"-90\" width=\"360\" height=\"180\" class=\"sea\"/>",
    );
    for lon in (-150..=150).step_by(30) {
        let _ = write!(out, "<line class=\"grid\" x1=\"{lon}\" y1=\"-90\" x2=\"{lon}\" y2=\"90\"/>");
    }
    for lat in (-60..=60).step_by(30) {
        let _ = write!(out, "<line class=\"grid\" x1=\"-180\" y1=\"{lat}\" x2=\"180\" y2=\"{lat}\"/>");
    }
    let max = places.iter().map(|p| p.3).max().unwrap_or(1).max(1) as f64;
    for (name, lat, lon, n) in places {
        let r = 1.5 + 3.5 * (*n as f64 / max).sqrt();
        let _ = write!(
            out,
            "<a href=\"/entities/{}\"><circle cx=\"{lon:.2}\" cy=\"{:.2}\" r=\"{r:.1}\"><title>{} ({n})</title></circle>\
             <text x=\"{:.2}\" y=\"{:.2}\">{}</text></a>",
            url_part(name),
            -lat,
            esc(name),
            lon + r + 1.0,
            -lat + 2.0,
            esc(name)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::{ArticleId, Entity, EntityKind, TimeMention};

    #[test]
    fn highlight_escapes_text_and_nests_marks() {
        let text = "<b>Kim</b> met envoys last week & left.";
        let article = Article {
            id: ArticleId("a/1".into()),
            text: text.into(),
            entities: vec![Entity {
                text: "Kim".into(),
                name: "Kim Jong Un".into(),
                kind: EntityKind::Person,
                start: 3,
                end: 6,
                country: None,
                lat: None,
                lon: None,
            }],
            times: vec![TimeMention { text: "last week".into(), value: "2025-W33".into(), start: 22, end: 31 }],
            ..Article::default()
        };
        let html = highlight(&article);
        assert!(html.starts_with("&lt;b&gt;<a class=\"f f-person\" title=\"person · Kim Jong Un\""), "{html}");
        assert!(html.contains("href=\"/entities/Kim%20Jong%20Un\">Kim</a>&lt;/b&gt;"), "{html}");
        assert!(html.contains("title=\"last week → 2025-W33\">last week</span> &amp; left."), "{html}");
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn marks_out_of_range_or_crossing_are_dropped_not_panicking() {
        let article = Article {
            text: "Ünïcode text".into(),
            times: vec![
                TimeMention { text: "x".into(), value: "v".into(), start: 0, end: 7 },
                TimeMention { text: "y".into(), value: "v".into(), start: 5, end: 10 },
                TimeMention { text: "z".into(), value: "v".into(), start: 9, end: 400 },
            ],
            ..Article::default()
        };
        let html = highlight(&article);
        assert_eq!(html, "<span class=\"f f-time\" title=\"x → v\">Ünïcode</span> text");
    }

    #[test]
    fn snippets_mark_matches_and_escape_the_rest() {
        assert_eq!(snippet("a <i>[troops]</i> b"), "a &lt;i&gt;<mark>troops</mark>&lt;/i&gt; b");
    }

    #[test]
    fn activity_bins_days_between_first_and_last() {
        let day = |name: &str, count| NameCount { name: name.into(), count };
        let days = [day("2025-01-01", 2), day("2025-01-15", 1), day("2025-01-31", 1)];
        assert_eq!(activity(&days, 3), vec![2, 1, 1]);
        assert!(activity(&[], 3).is_empty());
    }
}
