//! `storyline-rust-peers PEER PAGE...`: runs one Rust extraction peer over pages and prints one JSON
//! object per page (`source`, `text`, `title`, `byline`, `published`), like `storyline analyze`.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((peer, pages)) = args.split_first() else {
        eprintln!("usage: storyline-rust-peers trafilatura|dom_smoothie PAGE...");
        std::process::exit(2);
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for page in pages {
        let bytes = std::fs::read(page).unwrap_or_default();
        let html = String::from_utf8_lossy(&bytes);
        // A peer that panics on a page gets an empty result for it, like one that errors.
        let result = std::panic::catch_unwind(|| extract(peer, &html));
        let (text, title, byline, date) = result.unwrap_or_default();
        let line =
            serde_json::json!({"source": page, "text": text, "title": title, "byline": byline, "published": date});
        writeln!(out, "{line}").ok();
    }
}

type Extracted = (String, Option<String>, Option<String>, Option<String>);

fn extract(peer: &str, html: &str) -> Extracted {
    match peer {
        "trafilatura" => match trafilatura::extract(html, &trafilatura::Options::default()) {
            Ok(r) => (
                r.content_text,
                Some(r.metadata.title),
                Some(r.metadata.author),
                r.metadata.date.map(|d| d.to_string()),
            ),
            Err(_) => (String::new(), None, None, None),
        },
        "dom_smoothie" => match dom_smoothie::Readability::new(html, None, None).and_then(|mut r| r.parse()) {
            Ok(a) => (a.text_content.to_string(), Some(a.title), a.byline, a.published_time),
            Err(_) => (String::new(), None, None, None),
        },
        other => {
            eprintln!("unknown peer {other}");
            std::process::exit(2);
        }
    }
}
