//! Reader tests over small inputs written for these tests.

use super::*;
use std::io::Write;
use storyline_model::Body;

fn read_bytes(name: &str, bytes: &[u8]) -> (Vec<RawArticle>, Vec<Diagnostic>, Option<String>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    let result = read_from(name, bytes, &mut |_| {}, &mut |item| match item {
        Item::Article(a) => articles.push(a),
        Item::Problem(p) => problems.push(p),
    });
    (articles, problems, result.err().map(|e| e.to_string()))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

const JSONL: &str = r#"{"id": "a-1", "headline": "Dam opens", "maintext": "The new dam opened on Monday.", "date_publish": "2024-03-04 10:00:00", "source_domain": "river.example", "authors": ["Ana Ruiz", "Li Wei"], "language": "en"}
{"url": "https://b.example/x", "title": "Second", "body": "Body two.", "date": "2024-03-05"}

{"content": "Third body", "published": "Tuesday next"}
{"title": "no text here"}
{"text": "broken
[1, 2]
{"text": "last one", "publisher": {"name": "Example Post"}, "id": 77}
"#;

#[test]
fn jsonl_fields_ids_and_sources() {
    let (articles, problems, err) = read_bytes("in.jsonl", JSONL.as_bytes());
    assert_eq!(err, None);
    assert_eq!(articles.len(), 4);
    let a = &articles[0];
    assert_eq!(a.source, "in.jsonl#1");
    assert_eq!(a.stable_id().0, "a-1");
    assert_eq!(a.title.as_deref(), Some("Dam opens"));
    assert_eq!(a.outlet.as_deref(), Some("river.example"));
    assert_eq!(a.byline.as_deref(), Some("Ana Ruiz, Li Wei"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.published.unwrap().to_string(), "2024-03-04T10:00:00");
    assert_eq!(a.body, Body::Text("The new dam opened on Monday.".into()));
    assert_eq!(articles[1].source, "in.jsonl#2");
    assert_eq!(articles[1].stable_id(), storyline_model::ArticleId::from_url("https://b.example/x"));
    assert_eq!(articles[2].source, "in.jsonl#4");
    assert_eq!(articles[2].published, None);
    assert_eq!(articles[3].outlet.as_deref(), Some("Example Post"));
    assert_eq!(articles[3].stable_id().0, "77");

    let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert!(messages[0].starts_with("error: in.jsonl#4: unknown date format \"Tuesday next\""));
    assert!(messages[1].starts_with("error: in.jsonl#5: record has no article text"));
    assert!(messages[2].starts_with("error: in.jsonl:6: invalid JSON"));
    assert!(messages[3].starts_with("error: in.jsonl#7: record is not a JSON object"));
}

#[test]
fn jsonl_bad_utf8_line_is_reported_and_skipped() {
    let mut bytes = b"{\"text\": \"good\"}\n{\"text\": \"bad \xff\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"text\": \"good again\"}\n");
    let (articles, problems, _) = read_bytes("x.jsonl", &bytes);
    assert_eq!(articles.len(), 2);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].source, "x.jsonl:2");
    assert!(problems[0].message.contains("UTF-8"));
}

#[test]
fn json_array_and_pretty_object() {
    let (articles, problems, _) = read_bytes("a.json", br#" [ {"text": "one"}, {"text": "two", "id": "t"} ] "#);
    assert!(problems.is_empty());
    assert_eq!(articles.iter().map(|a| a.source.as_str()).collect::<Vec<_>>(), ["a.json#1", "a.json#2"]);
    let (articles, _, _) = read_bytes("p.json", b"{\n  \"title\": \"T\",\n  \"text\": \"pretty\"\n}\n");
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].title.as_deref(), Some("T"));
    let (_, _, err) = read_bytes("broken.json", b"[{\"text\": \"one\"}, {\"text\": ");
    assert!(err.unwrap().contains("invalid JSON"));
}

#[test]
fn seed_format_and_plain_text() {
    let (articles, problems, _) =
        read_bytes("seed.txt", b" date 2025-08-21 Town [Land], August 21 (WIRE): Body.\n\nMore.");
    assert!(problems.is_empty());
    assert_eq!(articles[0].published.unwrap().to_string(), "2025-08-21");
    assert_eq!(articles[0].body.as_str(), "Town [Land], August 21 (WIRE): Body.\n\nMore.");
    assert_eq!(articles[0].source, "seed.txt");
    let (articles, _, _) = read_bytes("plain.txt", b"No header here.\nSecond line.");
    assert_eq!(articles[0].published, None);
    assert_eq!(articles[0].stable_id(), storyline_model::ArticleId::from_content("No header here. Second line."));
    let (articles, problems, err) = read_bytes("bad.txt", b"ok\n\xc3\x28");
    assert!(articles.is_empty() && problems.is_empty());
    assert_eq!(err.unwrap(), "invalid UTF-8 at line 2, column 1");
}

#[test]
fn html_is_kept_raw_and_decoded() {
    let (articles, _, _) = read_bytes("p.html", b"\n<!doctype html><html><head><meta charset=windows-1252><title>T</title></head><body><p>caf\xe9</p></body></html>");
    match &articles[0].body {
        Body::Html(h) => assert!(h.contains("<p>caf\u{e9}</p>")),
        other => panic!("expected HTML, got {other:?}"),
    }
}

#[test]
fn gzip_and_zstd_by_content() {
    let (articles, _, _) = read_bytes("noext", &gzip(JSONL.as_bytes()));
    assert_eq!(articles.len(), 4);
    let zst = zstd::encode_all(&b"date 2024-01-01 Compressed seed."[..], 3).unwrap();
    let (articles, _, _) = read_bytes("x.zst", &zst);
    assert_eq!(articles[0].body.as_str(), "Compressed seed.");
    // Two gzip members back to back, as `cat a.gz b.gz` makes.
    let mut two = gzip(b"{\"text\": \"one\"}\n");
    two.extend(gzip(b"{\"text\": \"two\"}\n"));
    assert_eq!(read_bytes("two.gz", &two).0.len(), 2);
}

#[test]
fn truncated_gzip_keeps_what_came_before() {
    let mut body = String::new();
    for i in 0..2000 {
        body.push_str(&format!("{{\"id\": \"n{i}\", \"text\": \"record number {i} with some words to compress\"}}\n"));
    }
    let gz = gzip(body.as_bytes());
    let (articles, _, err) = read_bytes("cut.jsonl.gz", &gz[..gz.len() * 2 / 3]);
    assert!(!articles.is_empty() && articles.len() < 2000, "{}", articles.len());
    let err = err.expect("a truncated stream is an error");
    assert!(err.contains("gzip stream is truncated or corrupt"), "{err}");
}

fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\nWARC-Date: 2024-05-06T07:08:09Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

#[test]
fn warc_records() {
    let http = |ct: &str, body: &[u8]| {
        let mut v = format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\n\r\n").into_bytes();
        v.extend_from_slice(body);
        v
    };
    let gz_body = gzip(b"<html><body><p>zipped page</p></body></html>");
    let mut gz_http =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
            .to_vec();
    gz_http.extend(format!("{:x}\r\n", gz_body.len()).as_bytes());
    gz_http.extend(&gz_body);
    gz_http.extend(b"\r\n0\r\n\r\n");

    let mut warc = warc_record("warcinfo", "info", "application/warc-fields", b"software: test\r\n");
    warc.extend(warc_record(
        "request",
        "https://a.example/1",
        "application/http; msgtype=request",
        b"GET / HTTP/1.1\r\n\r\n",
    ));
    warc.extend(warc_record(
        "response",
        "https://a.example/1",
        "application/http; msgtype=response",
        &http("text/html; charset=utf-8", b"<html><title>One</title><p>first</p></html>"),
    ));
    warc.extend(warc_record(
        "response",
        "https://a.example/logo",
        "application/http; msgtype=response",
        &http("image/png", b"\x89PNG"),
    ));
    warc.extend(warc_record("response", "https://a.example/2", "application/http; msgtype=response", &gz_http));
    warc.extend(warc_record("resource", "https://a.example/3", "text/html", b"<p>resource page</p>"));

    let (articles, problems, err) = read_bytes("crawl.warc", &gzip(&warc));
    assert_eq!(err, None);
    assert_eq!(articles.len(), 3);
    assert_eq!(articles[0].url.as_deref(), Some("https://a.example/1"));
    assert_eq!(articles[0].source, "crawl.warc#urn:uuid:https://a.example/1");
    assert_eq!(articles[0].fallback_date.unwrap().to_string(), "2024-05-06T07:08:09Z");
    assert!(articles[1].body.as_str().contains("zipped page"));
    assert!(articles[2].body.as_str().contains("resource page"));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].source, "crawl.warc#4");
    assert!(problems[0].message.contains("https://a.example/logo") && problems[0].message.contains("not HTML"));

    // A file cut inside a record: the records before it are kept, the cut is an error.
    let cut = &warc[..warc.len() - 10];
    let (articles, _, err) = read_bytes("cut.warc", cut);
    assert_eq!(articles.len(), 2);
    assert!(err.unwrap().contains("truncated"));
}

#[test]
fn discover_walks_directories_in_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
    std::fs::write(dir.path().join("b/c/z.txt"), "z").unwrap();
    std::fs::write(dir.path().join("a.txt"), "a").unwrap();
    std::fs::write(dir.path().join(".hidden"), "h").unwrap();
    let missing = dir.path().join("missing.txt");
    let (inputs, problems) = discover(&[dir.path().to_path_buf(), missing, PathBuf::from("-")]);
    let names: Vec<&str> = inputs.iter().map(|i| i.name.rsplit('/').next().unwrap()).collect();
    assert_eq!(names, ["a.txt", "z.txt", "-"]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].source.ends_with("missing.txt") && problems[0].message.starts_with("cannot open"));
}
