//! Hostile inputs written for this test: the analysis must return (never panic, never hang) and keep
//! its output bounded. `cargo fuzz` (see `fuzz/`) explores further from here.

use storyline_model::{Body, RawArticle};

fn analyze(body: Body) -> storyline_model::Article {
    storyline_pipeline::analyze(&storyline_pipeline::Config::standard(), &RawArticle::new("nasty", body)).0
}

fn nasty_pages() -> Vec<(&'static str, String)> {
    vec![
        ("deep nesting", "<div>".repeat(200_000) + "deep text" + &"</div>".repeat(200_000)),
        ("deep inline nesting", "<p>".to_string() + &"<b><i>".repeat(100_000) + "x"),
        ("huge attribute", format!("<p title=\"{}\">body</p>", "x".repeat(5_000_000))),
        ("many attributes", format!("<p {}>body</p>", (0..50_000).map(|i| format!("a{i}=1 ")).collect::<String>())),
        ("unterminated comment", "<p>before</p><!-- never closed ".to_string() + &"<p>x</p>".repeat(1000)),
        ("unterminated script", "<script>var a = '<div>';".to_string() + &"x".repeat(100_000)),
        ("unterminated tag", "<p class=\"a".to_string() + &"b".repeat(100_000)),
        ("only angle brackets", "<".repeat(100_000) + &">".repeat(100_000)),
        ("entity soup", "&#x110000;&#0;&#xD800;&amp&lt;&;&#;&#x;".repeat(10_000)),
        ("nul bytes and controls", "<p>\u{0}\u{1}\u{1b}[31m\u{7f}</p>".repeat(1_000)),
        ("replacement characters", "\u{fffd}".repeat(100_000)),
        ("right-to-left and joiners", "<p>\u{202e}abc\u{200d}\u{2066}def\u{feff}</p>".repeat(1_000)),
        ("json-ld bomb", format!("<script type=\"application/ld+json\">{}</script><p>t</p>", "[".repeat(100_000))),
        (
            "json-ld deep graph",
            format!(
                "<script type=\"application/ld+json\">{}{{}}{}</script>",
                "{\"@graph\":".repeat(5_000),
                "}".repeat(5_000)
            ),
        ),
        ("meta charset lies", "<meta charset=\"utf-16\"><p>text</p>".to_string()),
        ("table of links", format!("<table>{}</table>", "<tr><td><a href=x>link</a></td></tr>".repeat(20_000))),
    ]
}

#[test]
fn hostile_html_returns() {
    for (name, page) in nasty_pages() {
        let article = analyze(Body::Html(page.clone()));
        assert!(article.text.len() <= page.len(), "{name}: output larger than input");
    }
}

#[test]
fn hostile_text_returns() {
    let lines: Vec<(&str, String)> = vec![
        ("one long line of digits", "7".repeat(20_000_000)),
        ("one long line of quotes", "\"".repeat(5_000_000)),
        ("many short lines", "a\n".repeat(500_000)),
        ("ticker-like flood", "ABC 1.0 ▲ 0.1 (0.1%)\n".repeat(100_000)),
        ("byline-like flood", "By Someone Published 1 Jan, 2024\n\n".repeat(50_000)),
        ("nothing but whitespace", " \n\t\r\n".repeat(100_000)),
        ("dateline-like flood", "X (AP) - ".repeat(200_000)),
        ("sentence ends without spaces", "a.".repeat(1_000_000)),
        ("closing quotes without spaces", "x.\"".repeat(500_000)),
        ("cue words only", "said ".repeat(400_000)),
        ("attributions in a row", "A said, B said, ".repeat(100_000)),
        ("apostrophe quotes", "''a,'' said B, ".repeat(100_000)),
        ("colons after names", "Ana Ruiz: ".repeat(200_000)),
        ("inverted cues before clause links", "It fails, said the minister, and officials said it, ".repeat(20_000)),
        ("one said and a million commas", "Ana Ruiz said the list is ".to_string() + &"x, ".repeat(300_000)),
        (
            "coordinated cues in one sentence",
            "Ana Ruiz promised to stay ".to_string() + &"and said the pier is open ".repeat(40_000),
        ),
        (
            "transcript turns of many people",
            (0..50_000u32)
                .map(|i| {
                    // A name of letters for each number: "Baac", "Baad", …
                    let name: String = (0..4).map(|k| char::from(b'a' + (i / 26u32.pow(k) % 26) as u8)).collect();
                    let upper = name.to_uppercase();
                    format!("Ana B{name} met Tom.\n\nB{upper}: we will open the pier\n\n")
                })
                .collect(),
        ),
    ];
    for (name, text) in lines {
        let article = analyze(Body::Text(text.clone()));
        assert!(article.text.len() <= text.len() + 16, "{name}");
    }
}

/// Sentences built from the shapes the claim rules read (inverted cues, "that" clauses, quotes,
/// appositions, "according to", transcript labels) joined by the links that split clauses, with
/// random pieces dropped in: every rule meets neighbours it was not written for. A fixed seed, so
/// a failure repeats.
#[test]
fn claim_shapes_in_random_company_return() {
    const CONTENT: &[&str] =
        &["the harbour plan would fail in the vote", "it works", "“the pier is safe”", "cranes", ""];
    const SPEAKERS: &[&str] =
        &["the minister", "Ana Ruiz", "officials", "Police", "he", "people familiar with it", "It"];
    const CUES: &[&str] = &["said", "says", "told reporters", "noted", "praised", "was criticised for saying", "Says"];
    const LINKS: &[&str] = &[", and ", ", but ", "; ", ", while ", ". ", "\n", ", ", " and ", " — ", ""];
    const NOISE: &[&str] = &["\"", "''", "(", ")", ",", ":", "RUIZ: ", "é", "—", "on Monday", "who in 2010", "'s"];
    let mut state: u64 = 0x5eed;
    let mut next = |n: usize| {
        // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for _ in 0..3_000 {
        let mut text = String::new();
        for _ in 0..1 + next(5) {
            let (c, s, v) = (CONTENT[next(CONTENT.len())], SPEAKERS[next(SPEAKERS.len())], CUES[next(CUES.len())]);
            let clause = match next(8) {
                0 => format!("{c}, {v} {s}"),
                1 => format!("{s} {v} {c}"),
                2 => format!("{s} {v} that {c}"),
                3 => format!("\"{c},\" {s} {v}"),
                4 => format!("{c}, {s} {v}, {c}"),
                5 => format!("{}: {c}", s.to_uppercase()),
                6 => format!("{s}, a writer, {v} {c}"),
                _ => format!("{c}, according to {s}"),
            };
            text.push_str(&clause);
            if next(4) == 0 {
                text.push_str(NOISE[next(NOISE.len())]);
            }
            text.push_str(LINKS[next(LINKS.len())]);
        }
        let article = analyze(Body::Text(text.clone()));
        assert!(article.text.len() <= text.len() + 16, "{text:?}");
    }
}
