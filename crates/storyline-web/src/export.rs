//! Exports: any search, story or timeline as JSONL (the API's objects, one per line) or CSV, with
//! no cap on the number of records.

use crate::api::SearchParams;
use crate::pages::PageFailure;
use crate::render::when;
use crate::{App, Failure};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// `format=jsonl` (default) or `format=csv`.
#[derive(Debug, Deserialize)]
pub(crate) struct Format {
    format: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Jsonl,
    Csv,
}

fn kind(format: Option<&str>) -> Result<Kind, Failure> {
    match format.unwrap_or("jsonl") {
        "jsonl" | "json" => Ok(Kind::Jsonl),
        "csv" => Ok(Kind::Csv),
        other => Err(Failure::bad_request(format!("unknown export format {other:?} (use jsonl or csv)"))),
    }
}

/// One CSV field: quoted when needed, and a leading `= + - @` neutralised so a spreadsheet never
/// runs a stored text as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn jsonl<T: Serialize>(items: &[T]) -> String {
    let mut out = String::new();
    for item in items {
        out.push_str(&serde_json::to_string(item).unwrap_or_default());
        out.push('\n');
    }
    out
}

fn download(kind: Kind, name: &str, body: String) -> Response {
    let (mime, ext) = match kind {
        Kind::Jsonl => ("application/x-ndjson; charset=utf-8", "jsonl"),
        Kind::Csv => ("text/csv; charset=utf-8", "csv"),
    };
    let name: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    (
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.{ext}\"")),
        ],
        body,
    )
        .into_response()
}

/// Every hit of a search (paging ignored).
pub(crate) async fn search(
    State(app): State<Arc<App>>,
    Query(p): Query<SearchParams>,
) -> Result<Response, PageFailure> {
    let kind = kind(p.format.as_deref())?;
    let mut query = p.query(usize::MAX, usize::MAX)?;
    (query.limit, query.offset) = (usize::MAX, 0);
    let hits = app.read(move |e| e.search(&query)).await?;
    let body = match kind {
        Kind::Jsonl => jsonl(&hits),
        Kind::Csv => csv(
            &["id", "title", "outlet", "published", "story", "score", "snippet"],
            hits.iter().map(|h| {
                vec![
                    h.id.0.clone(),
                    h.title.clone().unwrap_or_default(),
                    h.outlet.clone().unwrap_or_default(),
                    h.published.map(|p| p.to_string()).unwrap_or_default(),
                    h.story.clone().unwrap_or_default(),
                    format!("{:.4}", h.score),
                    h.snippet.clone(),
                ]
            }),
        ),
    };
    Ok(download(kind, "search", body))
}

/// A story's articles (copies included, with what they copy).
pub(crate) async fn story(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    Query(f): Query<Format>,
) -> Result<Response, PageFailure> {
    let kind = kind(f.format.as_deref())?;
    let story = app.read(move |e| e.story(&id)).await?;
    let body = match kind {
        Kind::Jsonl => jsonl(&story.articles),
        Kind::Csv => csv(
            &["id", "title", "outlet", "published", "duplicate_of", "similarity"],
            story.articles.iter().map(|a| {
                vec![
                    a.id.0.clone(),
                    a.title.clone().unwrap_or_default(),
                    a.outlet.clone().unwrap_or_default(),
                    a.published.map(|p| p.to_string()).unwrap_or_default(),
                    a.duplicate_of.as_ref().map(|d| d.0.clone()).unwrap_or_default(),
                    format!("{:.3}", a.similarity),
                ]
            }),
        ),
    };
    Ok(download(kind, &format!("story-{}", story.id), body))
}

/// A story's timeline entries, one per line (CSV: one row per entry and source).
pub(crate) async fn timeline(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    Query(f): Query<Format>,
) -> Result<Response, PageFailure> {
    let kind = kind(f.format.as_deref())?;
    let timeline = app.read(move |e| e.timeline(&id)).await?;
    let body = match kind {
        Kind::Jsonl => jsonl(&timeline.entries),
        Kind::Csv => csv(
            &[
                "date",
                "granularity",
                "text",
                "first_reported",
                "weight",
                "source_article",
                "source_outlet",
                "source_published",
                "via",
            ],
            timeline.entries.iter().flat_map(|t| {
                t.sources.iter().map(move |s| {
                    vec![
                        t.date.clone(),
                        t.granularity.clone(),
                        t.text.clone(),
                        t.first_reported.clone().unwrap_or_default(),
                        t.weight.to_string(),
                        s.article.0.clone(),
                        s.outlet.clone().unwrap_or_default(),
                        when(s.published),
                        s.via.join(" > "),
                    ]
                })
            }),
        ),
    };
    Ok(download(kind, &format!("timeline-{}", timeline.story), body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, \"b\"\nc"), "\"a, \"\"b\"\"\nc\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv(&["a", "b"], [vec!["1".into(), "x,y".into()]].into_iter()), "a,b\r\n1,\"x,y\"\r\n");
    }
}
