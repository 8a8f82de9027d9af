//! JSON Lines, NDJSON and JSON arrays: one article per object, with the field names real
//! exports use (news-please, Common Crawl derivatives, GDELT-style dumps, newsroom CMS exports).

use crate::{Error, Item, decode};
use serde_json::{Map, Value};
use std::io::BufRead;
use storyline_model::{Body, Diagnostic, Published, RawArticle};

const ID: &[&str] = &["id", "_id", "doc_id", "doc", "article_id", "uuid"];
const URL: &[&str] = &["url", "link", "canonical_url", "uri"];
const TITLE: &[&str] = &["title", "headline"];
const TEXT: &[&str] = &["text", "maintext", "body", "content", "article", "story", "description"];
const HTML: &[&str] = &["html", "raw_html", "content_html"];
const DATE: &[&str] = &[
    "published",
    "date",
    "date_publish",
    "dct",
    "published_at",
    "publish_date",
    "datePublished",
    "pubdate",
    "timestamp",
];
const OUTLET: &[&str] = &["outlet", "source", "source_domain", "publisher", "site", "site_name", "domain"];
const BYLINE: &[&str] = &["byline", "author", "authors", "creator"];
const LANG: &[&str] = &["lang", "language"];
const FALLBACK_DATE: &[&str] = &["date_download", "date_crawled", "crawled_at", "fetched_at"];

/// Reads JSON Lines. A first line that is not a whole value (a pretty-printed object) makes the
/// file read as one JSON document holding one or more values.
pub fn read_lines(name: &str, mut reader: impl BufRead, emit: &mut dyn FnMut(Item)) -> Result<(), Error> {
    let mut line = Vec::new();
    let mut line_no = 0usize;
    let mut seen_record = false;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        let source = format!("{name}#{line_no}");
        let text = match decode::utf8(&line) {
            Ok(text) => text.trim(),
            Err(_) => {
                emit(Item::Problem(Diagnostic::error(format!("{name}:{line_no}"), "invalid UTF-8 in this line")));
                continue;
            }
        };
        if text.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(value) => {
                seen_record = true;
                record(&source, value, emit);
            }
            Err(err) if !seen_record && err.is_eof() => {
                // Not JSON Lines: a pretty-printed document. Read the rest and parse it whole.
                let mut rest = line.clone();
                reader.read_to_end(&mut rest)?;
                return read_document(name, rest, emit);
            }
            Err(err) => {
                emit(Item::Problem(Diagnostic::error(format!("{name}:{line_no}"), format!("invalid JSON: {err}"))))
            }
        }
    }
}

/// Reads a JSON document: an array of article objects, or one or more concatenated objects.
pub fn read_document(name: &str, bytes: Vec<u8>, emit: &mut dyn FnMut(Item)) -> Result<(), Error> {
    let text = decode::utf8(&bytes)?;
    let mut n_values = 0usize;
    for value in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        let value = value.map_err(Error::Json)?;
        match value {
            Value::Array(items) => {
                for item in items {
                    n_values += 1;
                    record(&format!("{name}#{n_values}"), item, emit);
                }
            }
            other => {
                n_values += 1;
                record(&format!("{name}#{n_values}"), other, emit);
            }
        }
    }
    Ok(())
}

/// Turns one JSON value into an article, reporting what is missing or malformed.
fn record(source: &str, value: Value, emit: &mut dyn FnMut(Item)) {
    let Value::Object(obj) = value else {
        emit(Item::Problem(Diagnostic::error(source, "record is not a JSON object")));
        return;
    };
    let body = if let Some(text) = string_field(&obj, TEXT).filter(|t| !t.trim().is_empty()) {
        Body::Text(text)
    } else if let Some(html) = string_field(&obj, HTML).filter(|t| !t.trim().is_empty()) {
        Body::Html(html)
    } else {
        emit(Item::Problem(Diagnostic::error(
            source,
            "record has no article text (expected one of: text, maintext, body, content, html)",
        )));
        return;
    };
    let mut raw = RawArticle::new(source, body);
    raw.id = string_field(&obj, ID);
    raw.url = string_field(&obj, URL);
    raw.title = string_field(&obj, TITLE);
    raw.outlet = string_field(&obj, OUTLET);
    raw.byline = string_field(&obj, BYLINE);
    raw.lang = string_field(&obj, LANG);
    if let Some(date) = string_field(&obj, DATE) {
        match Published::parse(&date) {
            Some(p) => raw.published = Some(p),
            None => emit(Item::Problem(Diagnostic::error(
                source,
                format!("unknown date format {date:?}; article kept without a date"),
            ))),
        }
    }
    raw.fallback_date = string_field(&obj, FALLBACK_DATE).and_then(|d| Published::parse(&d));
    emit(Item::Article(raw));
}

/// The first of `keys` present with a usable value: strings as they are, numbers as text,
/// arrays of strings joined with ", " (author lists), objects by their `name` (publishers).
fn string_field(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| obj.get(*key).and_then(as_text))
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(as_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(obj) => obj.get("name").and_then(as_text),
        _ => None,
    }
}
