//! Tests on real, externally made data from `../shared` (seeds and datasets). They skip with a
//! message when `../shared` is absent (a user's fresh clone) and run in CI, where it is present.
//! Nothing from these files is copied into the project: they are read at run time.

mod common;

use common::{json_lines, storyline};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: ../shared is not present beside the repository");
        None
    }
}

/// Unpacks the datasets (idempotent) into `target/shared-data` and returns that folder. One test
/// at a time: two `tar`s writing the same files trip over each other.
fn data() -> Option<PathBuf> {
    static UNPACK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let shared = shared()?;
    let _one_at_a_time = UNPACK.lock().unwrap_or_else(|e| e.into_inner());
    let dest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/shared-data");
    let status = Command::new(shared.join("data/unpack.sh")).arg(&dest).output().expect("run unpack.sh");
    assert!(status.status.success(), "unpack.sh failed: {}", String::from_utf8_lossy(&status.stderr));
    Some(dest)
}

fn kinds(article: &Value) -> Vec<String> {
    article["removed"].as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap().to_string()).collect()
}

#[test]
fn seeds_are_cleaned() {
    let Some(shared) = shared() else { return };
    let out = storyline(&["analyze", "--json", shared.join("seeds").to_str().unwrap()]);
    assert!(out.status.success());
    let articles = json_lines(&out);
    assert_eq!(articles.len(), 2);
    let wire = articles.iter().find(|a| a["published"] == "2025-08-21").expect("the August article");
    assert_eq!(wire["credits"], serde_json::json!(["ANI"]));
    assert_eq!(wire["dateline"]["date"], "2025-08-21");
    assert!(wire["dateline"]["place"].as_str().unwrap().starts_with("Pyongyang"));
    assert_eq!(kinds(wire), ["promo", "promo", "disclaimer"]);
    assert!(!wire["text"].as_str().unwrap().contains("Also Read"));
    assert!(wire["text"].as_str().unwrap().contains("more than 10,000"));

    let market = articles
        .iter()
        .find(|a| a["published"].as_str().unwrap().starts_with("2025-04-28"))
        .expect("the April article");
    let k = kinds(market);
    assert_eq!(k.iter().filter(|k| *k == "ticker").count(), 34);
    for kind in ["section", "title", "byline", "related", "tags"] {
        assert_eq!(k.iter().filter(|k| *k == kind).count(), 1, "{kind} in {k:?}");
    }
    assert_eq!(market["published"], "2025-04-28T12:46:00");
    assert_eq!(market["byline"], "AFP");
    assert_eq!(market["credits"], serde_json::json!(["AFP"]));
    assert_eq!(market["dateline"]["place"], "MOSCOW");
    assert!(market["title"].as_str().unwrap().starts_with("Vladimir Putin"));
    let tags: Vec<&str> = market["tags"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    assert!(tags.contains(&"Kim Jong Un") && tags.contains(&"Vladimir Putin"), "{tags:?}");
    assert!(market["text"].as_str().unwrap().contains("more than 10,000"));
    assert!(!market["text"].as_str().unwrap().contains("Decreased By"));
}

#[test]
fn seeds_make_one_story_with_its_timeline() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().to_str().unwrap();
    let out = storyline(&["--store", store, "ingest", shared.join("seeds").to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stories = json_lines(&storyline(&["--store", store, "stories", "--json"]));
    assert_eq!(stories.len(), 1, "the two seeds tell one story: {stories:#?}");
    let story = &stories[0];
    assert_eq!(story["articles"].as_array().unwrap().len(), 2);
    assert_eq!(story["events"].as_array().unwrap().len(), 2, "two happenings, four months apart");
    let names: Vec<&str> = story["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Kim Jong Un") && names.contains(&"Kursk"), "{names:?}");
    let id = story["id"].as_str().unwrap();
    let timeline = &json_lines(&storyline(&["--store", store, "timeline", id, "--json"]))[0];
    let entries = timeline["entries"].as_array().unwrap();
    let entry = |date: &str, word: &str| {
        entries
            .iter()
            .find(|e| e["date"] == date && e["text"].as_str().unwrap().contains(word))
            .unwrap_or_else(|| panic!("no {date} entry about {word:?} in {entries:#?}"))
    };
    // The 2024 deployment (told by both articles), the June 2024 treaty, the confirmation of
    // 2025-04-28 and Kim's praise of 2025-08-21, each with its sources.
    assert_eq!(entry("2024", "10,000")["sources"].as_array().unwrap().len(), 2);
    assert_eq!(entry("2024-06", "treaty")["granularity"], "month");
    let confirmed = entry("2025-04-28", "confirmed");
    assert_eq!(confirmed["granularity"], "day");
    // Both articles tell the confirmation: the later one says "in April", and its sentence joins
    // the day the earlier one gives (no April entry of its own).
    assert_eq!(confirmed["sources"].as_array().unwrap().len(), 2, "{confirmed:#}");
    assert!(!entries.iter().any(|e| e["date"] == "2025-04"), "{entries:#?}");
    assert_eq!(timeline["date_disagreements"], serde_json::json!([]));
    let praise = entry("2025-08-21", "Kim");
    let sources = praise["sources"].as_array().unwrap();
    assert!(!sources.is_empty());
    assert_eq!(sources[0]["published"], "2025-08-21");
    assert!(entries.iter().all(|e| !e["sources"].as_array().unwrap().is_empty()));
    // A date's weight: each article pointing at it counts 1, or 6 when it looks back from two
    // weeks or more later (both articles recall the 2024 deployment months after it).
    assert_eq!(entry("2024", "10,000")["weight"], 12);
    assert_eq!(entry("2025-04-28", "confirmed")["weight"], 1);
}

#[test]
fn news_datasets_ingest_without_failures() {
    let Some(data) = data() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    for (file, n) in [
        ("timeline17/timeline17_docs.jsonl", 4328),
        ("ecbplus-esc/ecbplus_docs.jsonl", 982),
        ("polnear/polnear_docs.jsonl", 924),
    ] {
        let out = storyline(&[
            "--store",
            store.to_str().unwrap(),
            "-q",
            "ingest",
            "--json",
            data.join(file).to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{file}: {}", String::from_utf8_lossy(&out.stderr));
        let report = &json_lines(&out)[0];
        assert_eq!(report["n_read"], n, "{file}");
        assert_eq!(report["n_failed"], 0, "{file}");
    }
    let stats = &json_lines(&storyline(&["--store", store.to_str().unwrap(), "stats", "--json"]))[0];
    assert_eq!(stats["articles"], 4328 + 982 + 924);
    let out = storyline(&[
        "--store",
        store.to_str().unwrap(),
        "search",
        "--json",
        "--from",
        "2010",
        "--to",
        "2010",
        "oil",
        "spill",
    ]);
    assert!(!json_lines(&out).is_empty());
}

#[test]
fn real_html_pages_give_text_and_never_crash() {
    let Some(data) = data() else { return };
    let pages = data.join("readability-test-pages");
    let out = storyline(&["analyze", "--json", "-q", pages.to_str().unwrap()]);
    let articles = json_lines(&out);
    let html: Vec<&Value> =
        articles.iter().filter(|a| a["source"].as_str().unwrap().ends_with("source.html")).collect();
    assert!(html.len() >= 120, "{} source pages analysed", html.len());
    let with_text = html.iter().filter(|a| a["text"].as_str().unwrap().split_whitespace().count() >= 50).count();
    assert!(with_text * 100 >= html.len() * 85, "{with_text} of {} pages have a body", html.len());
    let with_title = html.iter().filter(|a| a["title"].is_string()).count();
    assert!(with_title * 100 >= html.len() * 90, "{with_title} of {} pages have a title", html.len());
}

#[test]
fn republished_real_articles_are_copies_and_quoting_ones_are_not() {
    let Some(data) = data() else { return };
    // Twelve long PolNeAR articles, each republished a day later by a portal the ways wire copies
    // reach the web (bench/dedup.sh does the same at scale), and quoted by another article.
    let docs: Vec<Value> = std::fs::read_to_string(data.join("polnear/polnear_docs.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|d: &Value| d["text"].as_str().unwrap().split_whitespace().count() >= 400)
        .step_by(23)
        .take(24)
        .collect();
    assert_eq!(docs.len(), 24);
    let text = |d: &Value| d["text"].as_str().unwrap().to_string();
    let paragraphs =
        |d: &Value| text(d).split('\n').filter(|p| !p.trim().is_empty()).map(str::to_string).collect::<Vec<_>>();
    let mut lines = Vec::new();
    let mut record = |id: String, title: &str, body: String, date: &str| {
        lines.push(serde_json::json!({"id": id, "title": title, "text": body, "date": date}).to_string());
    };
    for (i, (d, other)) in docs[..12].iter().zip(&docs[12..]).enumerate() {
        let intro: String = text(other).split_whitespace().take(150).collect::<Vec<_>>().join(" ");
        let title = d["title"].as_str().unwrap_or("");
        record(format!("base-{i}"), title, text(d), "2016-03-01");
        let versions = [
            format!("Portal desk. A short note from our editors before the wire story.\n\n{}", text(d)),
            format!("{}\n\nAlso Read | Ten things to know today\nAlso Read | The week in pictures", text(d)),
            format!("{intro}\n\n{}", text(d)),
            // Cut to its first 60%.
            text(d).split(' ').take(text(d).split(' ').count() * 6 / 10).collect::<Vec<_>>().join(" "),
        ];
        for (k, body) in versions.into_iter().enumerate() {
            record(format!("copy-{i}-{k}"), "Republished", body, "2016-03-02");
        }
        // Sixty words of it, quoted in another article.
        let quoted = text(d).split(' ').skip(100).take(60).collect::<Vec<_>>().join(" ");
        record(
            format!("quote-{i}"),
            "Quoting",
            format!(
                "{}

As one report put it: {quoted}",
                paragraphs(other).join(
                    "

"
                )
            ),
            "2016-03-02",
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let store = dir.path().join("store");
    let out = storyline(&["--store", store.to_str().unwrap(), "-q", "ingest", input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let events = json_lines(&storyline(&["--store", store.to_str().unwrap(), "events", "--json"]));
    let original: std::collections::HashMap<String, Option<String>> = events
        .iter()
        .flat_map(|e| e["articles"].as_array().unwrap().iter())
        .map(|a| (a["id"].as_str().unwrap().to_string(), a["duplicate_of"].as_str().map(str::to_string)))
        .collect();
    for i in 0..12 {
        assert_eq!(original[&format!("base-{i}")], None);
        for k in 0..4 {
            assert_eq!(
                original[&format!("copy-{i}-{k}")].as_deref(),
                Some(format!("base-{i}").as_str()),
                "copy-{i}-{k}"
            );
        }
        assert_eq!(original[&format!("quote-{i}")], None, "quote-{i}");
    }
}
