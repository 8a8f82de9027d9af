//! End-to-end tests: the `storyline` binary run in temporary directories, as a user runs it.

mod common;

use common::{json_lines, storyline};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn demo_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo/corpus")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut child = Command::new("gzip").arg("-c").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("gzip");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    child.wait_with_output().unwrap().stdout
}

#[test]
fn analyze_json_has_the_contract_fields_for_every_format() {
    let out = storyline(&["analyze", "--json", demo_corpus().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let articles = json_lines(&out);
    assert_eq!(articles.len(), 28);
    for a in &articles {
        for field in [
            "source",
            "id",
            "url",
            "outlet",
            "published",
            "title",
            "byline",
            "lang",
            "text",
            "credits",
            "removed",
            "dateline",
            "tags",
            "entities",
            "quantities",
            "times",
            "claims",
        ] {
            assert!(a.get(field).is_some(), "{field} missing in {a}");
        }
        assert!(!a["text"].as_str().unwrap().is_empty());
    }
    let by_source =
        |suffix: &str| articles.iter().find(|a| a["source"].as_str().unwrap().ends_with(suffix)).unwrap().clone();
    // JSONL keeps the given id and names the line.
    let a = by_source("wire-desk.jsonl#4");
    assert_eq!(a["id"], "kenya-rates-0610");
    assert_eq!(a["published"], "2025-06-10");
    // WARC: the URL is the target URI, the date comes from the page's JSON-LD.
    let a = by_source("#urn:uuid:00000000-0000-4000-8000-000000000003");
    assert_eq!(a["url"], "https://harbourledger.example/ports/strike-ends");
    assert_eq!(a["published"], "2025-05-15T16:00:00+02:00");
    assert_eq!(a["byline"], "Pieter de Vries");
    // HTML: metadata from meta tags, no script date.
    let a = by_source("marseille-fire-contained.html");
    assert_eq!(a["title"], "Firefighters hold the line north of Marseille");
    assert_eq!(a["published"], "2025-07-09T07:15:00+02:00");
    assert!(!a["text"].as_str().unwrap().contains("cookies"));
    // zstd text in the seed format.
    let a = by_source("rotterdam-cost.txt.zst");
    assert_eq!(a["published"], "2025-05-20");
    // The market page: tickers, section, title, byline, related headline and tags removed.
    let a = by_source("rotterdam-strike-market.txt");
    let kinds: Vec<&str> = a["removed"].as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["ticker", "ticker", "ticker", "ticker", "section", "title", "byline", "related", "tags"]);
    assert_eq!(a["credits"], serde_json::json!(["Reuters"]));
    assert_eq!(a["published"], "2025-05-12T08:10:00");
}

#[test]
fn analyze_no_facts_cleans_only() {
    let path = demo_corpus().join("html/marseille-fire-contained.html");
    let full = &json_lines(&storyline(&["analyze", "--json", path.to_str().unwrap()]))[0];
    let out = storyline(&["analyze", "--json", "--no-facts", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let clean = &json_lines(&out)[0];
    // The same text and metadata; the fact lists are there, and empty.
    for field in ["text", "removed", "title", "published", "byline", "outlet", "lang", "id"] {
        assert_eq!(clean[field], full[field], "{field}");
    }
    for field in ["entities", "quantities", "times", "claims"] {
        assert!(!full[field].as_array().unwrap().is_empty(), "{field}");
        assert_eq!(clean[field], serde_json::json!([]), "{field}");
    }
}

#[test]
fn analyze_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(["analyze", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"date 2024-02-03 The lighthouse reopened to visitors on Saturday after two years of repairs.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let a = &json_lines(&out)[0];
    assert_eq!(a["source"], "-");
    assert_eq!(a["published"], "2024-02-03");
}

#[test]
fn ingest_is_idempotent_and_search_filters_work() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let store = store.to_str().unwrap();
    let corpus = demo_corpus();
    let out = storyline(&["--store", store, "ingest", "--json", corpus.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = &json_lines(&out)[0];
    let counts = |r: &Value, keys: [&str; 4]| keys.map(|k| r[k].as_u64().unwrap());
    // 28 records, one of them an older version of an updated page: 27 articles.
    assert_eq!(counts(report, ["n_read", "n_stored", "n_replaced", "n_failed"]), [28, 27, 1, 0]);

    let again = storyline(&["--store", store, "ingest", "--json", corpus.to_str().unwrap()]);
    let report = &json_lines(&again)[0];
    assert_eq!(counts(report, ["n_read", "n_stored", "n_duplicates", "n_replaced"]), [28, 0, 28, 0]);

    let search = |extra: &[&str]| {
        let mut args = vec!["--store", store, "search", "--json"];
        args.extend_from_slice(extra);
        let out = storyline(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let mut ids: Vec<String> = json_lines(&out).iter().map(|h| h["id"].as_str().unwrap().to_string()).collect();
        ids.sort();
        ids
    };
    assert_eq!(search(&["marseille", "fire"]).len(), 4);
    assert_eq!(search(&["marseille", "--from", "2025-07-09"]).len(), 2);
    assert_eq!(search(&["marseille", "--to", "2025-07-08"]), ["fire-ap-0708-a", "fire-ap-0708-b"]);
    assert_eq!(search(&["marseille", "--outlet", "daily globe"]), ["fire-ap-0708-a"]);
    assert_eq!(search(&["lithium", "--from", "2025-05", "--to", "2025-05"]), ["lithium-0515"]);

    let out = storyline(&["--store", store, "search", "x", "--from", "May"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a date"), "{}", stderr(&out));

    let hit = &json_lines(&storyline(&["--store", store, "search", "--json", "sandbags"]))[0];
    for field in ["id", "title", "outlet", "published", "snippet", "score", "story"] {
        assert!(hit.get(field).is_some(), "{field} missing in {hit}");
    }
    assert!(hit["snippet"].as_str().unwrap().contains("[sandbags]"));

    let stats = &json_lines(&storyline(&["--store", store, "stats", "--json"]))[0];
    assert_eq!(stats["articles"], 27);

    let article = &json_lines(&storyline(&["--store", store, "article", "--json", "lithium-0402"]))[0];
    assert_eq!(article["title"], "Chile signs lithium partnership with state miner");
    let missing = storyline(&["--store", store, "article", "nope"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no article with id \"nope\""));
}

#[test]
fn timeline_prints_the_numbers_and_dates_sources_disagree_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("storm.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id":"s1","outlet":"Coast Daily","date":"2025-02-11","title":"Storm floods port town","text":"The storm reached the coast on Sunday, flooding the old harbour, the fish market and the ferry sheds of the port town. About 40 boats sank in the harbour. Volunteers filled sandbags through the night."}"#,
            "\n",
            r#"{"id":"s2","outlet":"Harbour News","date":"2025-02-11","title":"Port town counts storm damage","text":"Insurers sent assessors to the port town. The storm reached the coast early Monday, flooding the old harbour, the fish market and the ferry sheds of the port town. Some 60 boats sank in the harbour."}"#,
            "\n"
        ),
    )
    .unwrap();
    let store = dir.path().join("store");
    let store = store.to_str().unwrap();
    assert!(storyline(&["--store", store, "ingest", input.to_str().unwrap()]).status.success());
    let story = json_lines(&storyline(&["--store", store, "stories", "--json"]))[0]["id"].as_str().unwrap().to_string();
    let out = storyline(&["--store", store, "timeline", &story]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("disagreement on boats: About 40 boats (Coast Daily) vs Some 60 boats (Harbour News)"),
        "{text}"
    );
    assert!(text.contains("2025-02-09 (Coast Daily) vs 2025-02-10 (Harbour News)"), "{text}");
}

#[test]
fn bad_input_is_reported_by_file_and_line_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("bad-utf8.txt"), b"date 2024-01-01 Caf\xe9 owners protest.").unwrap();
    std::fs::write(
        input.join("mixed.jsonl"),
        "{\"id\": \"ok-1\", \"text\": \"The bridge opened on Monday after years of work.\"}\n{\"id\": \"broken\", \"text\": \n{\"id\": \"ok-2\", \"text\": \"Ferries resumed on Tuesday.\", \"date\": \"the day after\"}\n",
    )
    .unwrap();
    let mut lines = String::new();
    for i in 0..3000 {
        lines.push_str(&format!(
            "{{\"id\": \"gz-{i}\", \"text\": \"Record {i} of a long export that was cut short.\"}}\n"
        ));
    }
    let gz = gzip(lines.as_bytes());
    std::fs::write(input.join("cut.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    let block = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG...";
    let warc = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/logo.png\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    );
    std::fs::write(input.join("crawl.warc"), warc).unwrap();
    std::fs::write(input.join("good.txt"), "date 2024-01-02 The museum reopened its east wing on Tuesday.").unwrap();

    let store = dir.path().join("store");
    let out = storyline(&["--store", store.to_str().unwrap(), "ingest", "--json", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "some input failed: exit code 1");
    let err = stderr(&out);
    for expected in [
        "bad-utf8.txt: invalid UTF-8 at line 1, column 20",
        "mixed.jsonl:2: invalid JSON",
        "mixed.jsonl#3: unknown date format \"the day after\"",
        "cut.jsonl.gz: gzip stream is truncated or corrupt",
        "crawl.warc#1: record for https://x.example/logo.png: holds image/png, not HTML",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let report = &json_lines(&out)[0];
    assert_eq!(report["n_failed"], 5);
    let stored = report["n_stored"].as_u64().unwrap();
    assert!(stored > 3 && stored < 3003, "good records and the readable part of the gzip are stored: {stored}");
    let stats = &json_lines(&storyline(&["--store", store.to_str().unwrap(), "stats", "--json"]))[0];
    assert_eq!(stats["articles"].as_u64(), Some(stored));
}

#[test]
fn a_killed_ingest_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    let mut body = String::new();
    let n_total = 40_000;
    for i in 0..n_total {
        body.push_str(&format!(
            "{{\"id\": \"k{i}\", \"title\": \"Council item {i}\", \"text\": \"The council discussed item {i} on Monday, and members voted to send it back to committee for more work.\", \"date\": \"2024-03-04\"}}\n"
        ));
    }
    std::fs::write(&input, body).unwrap();
    let store = dir.path().join("store");
    let store_arg = store.to_str().unwrap().to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(["--store", &store_arg, "-q", "ingest", input.to_str().unwrap()])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some batches are committed, note how many, then kill -9.
    let count = || -> Option<u64> {
        let out = storyline(&["--store", &store_arg, "stats", "--json"]);
        out.status.success().then(|| json_lines(&out)[0]["articles"].as_u64()).flatten()
    };
    let started = std::time::Instant::now();
    let mut seen = 0;
    while started.elapsed().as_secs() < 120 {
        if let Some(n) = count().filter(|n| *n > 0) {
            seen = n;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(seen > 0, "ingest committed nothing within the time limit");
    let after = count().expect("store opens after kill -9");
    assert!(after >= seen, "committed articles lost: saw {seen}, found {after}");
    assert!(after % 512 == 0 || after == n_total, "only whole batches are committed: {after}");

    // Re-running the same ingest completes the store, storing each article once.
    let out = storyline(&["--store", &store_arg, "ingest", "--json", input.to_str().unwrap()]);
    let report = &json_lines(&out)[0];
    assert_eq!(report["n_stored"].as_u64().unwrap() + report["n_duplicates"].as_u64().unwrap(), n_total);
    assert_eq!(count(), Some(n_total));
}

#[test]
fn demo_runs_into_a_fresh_store_and_refuses_a_used_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("demo-store");
    let out = storyline(&["--store", store.to_str().unwrap(), "demo", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = &json_lines(&out)[0];
    assert_eq!(summary["ingest"]["n_stored"], 27);
    assert!(!summary["search"]["hits"].as_array().unwrap().is_empty());
    assert!(summary["stats"]["stories"].as_u64().unwrap() >= 5, "{summary}");
    assert!(summary["stats"]["events"].as_u64().unwrap() >= summary["stats"]["stories"].as_u64().unwrap());
    // The text tour names the largest stories and how to see a timeline.
    let text = storyline(&["--store", dir.path().join("text-store").to_str().unwrap(), "demo"]);
    let shown = String::from_utf8_lossy(&text.stdout);
    assert!(shown.contains("stories,") && shown.contains(" timeline s"), "{shown}");
    assert!(shown.contains("serve") && shown.contains("http://127.0.0.1:8080/"), "{shown}");
    let again = storyline(&["--store", store.to_str().unwrap(), "demo"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already holds articles"));

    // Entities: one across the store, and search narrowed to the articles naming it.
    let s = store.to_str().unwrap();
    let entity = storyline(&["--store", s, "entity", "rotterdam", "--json"]);
    assert!(entity.status.success(), "{}", stderr(&entity));
    let entity = &json_lines(&entity)[0];
    for key in ["name", "kind", "articles", "months", "stories", "cooccurring", "country", "lat", "lon"] {
        assert!(entity.get(key).is_some(), "entity lacks {key}: {entity}");
    }
    assert_eq!(entity["name"], "Rotterdam");
    let hits =
        json_lines(&storyline(&["--store", s, "search", "--json", "--limit", "100", "--entity", "Rotterdam", "port"]));
    assert!(!hits.is_empty());
    assert!(hits.len() as u64 <= entity["articles"].as_u64().unwrap());
    let story = entity["stories"][0]["id"].as_str().unwrap();
    let in_story = json_lines(&storyline(&["--store", s, "search", "--json", "--story", story, "port"]));
    assert!(!in_story.is_empty() && in_story.iter().all(|h| h["story"] == story));
    let missing = storyline(&["--store", s, "entity", "Atlantis"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no article names"));
}

#[test]
fn events_and_stories_ignore_file_order_and_thread_count() {
    let mut files: Vec<String> = walk(&demo_corpus());
    files.sort();
    let run = |paths: &[String], threads: &str| -> (String, String) {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().to_str().unwrap();
        let mut args = vec!["--store", store, "ingest"];
        args.extend(paths.iter().map(String::as_str));
        let out = Command::new(env!("CARGO_BIN_EXE_storyline"))
            .args(&args)
            .env("RAYON_NUM_THREADS", threads)
            .env_remove("STORYLINE_STORE")
            .output()
            .unwrap();
        assert!(out.status.code().is_some_and(|c| c <= 1), "{}", stderr(&out));
        let events = storyline(&["--store", store, "events", "--json"]);
        let stories = storyline(&["--store", store, "stories", "--json"]);
        (String::from_utf8(events.stdout).unwrap(), String::from_utf8(stories.stdout).unwrap())
    };
    let expected = run(&files, "2");
    assert!(expected.1.lines().count() >= 5, "the demo tells several stories: {}", expected.1);
    // Permutations from a fixed pseudo-random sequence, with one and two threads.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for round in 0..4 {
        let mut shuffled = files.clone();
        for i in (1..shuffled.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            shuffled.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let threads = if round % 2 == 0 { "1" } else { "2" };
        assert_eq!(run(&shuffled, threads), expected, "order {shuffled:?}, {threads} thread(s)");
    }
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path.to_str().unwrap().to_string());
        }
    }
    out
}
