//! The JSON API: the same shapes as the CLI's `--json` (docs/json-contract.md), one JSON value per
//! response (lists are arrays of the objects the CLI prints one per line).

use crate::{App, Failure};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use storyline_engine::{IngestOptions, IngestReport, SearchQuery, parse_date_bound};
use storyline_model::{
    Article, Coverage, Diagnostic, EntityReport, Event, Facets, Provenance, SearchHit, Stats, Story, Timeline,
};

/// A failure as the API reports it: `{"error": "..."}` with the status.
pub(crate) struct ApiFailure(Failure);

impl From<Failure> for ApiFailure {
    fn from(f: Failure) -> ApiFailure {
        ApiFailure(f)
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        (self.0.status, Json(serde_json::json!({ "error": self.0.message }))).into_response()
    }
}

type ApiResult<T> = Result<Json<T>, ApiFailure>;

/// Search filters, shared by the search page, the API and exports. Empty values mean "no filter".
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub(crate) struct SearchParams {
    #[serde(default)]
    pub q: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub outlet: Option<String>,
    pub entity: Option<String>,
    pub story: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
    /// Exports only: `jsonl` or `csv`.
    pub format: Option<String>,
    /// Search page only: `inline` renders the facet lists in the page (without script); else
    /// the page's script fetches them from `/api/facets` once the hits are shown.
    pub facets: Option<String>,
}

fn some(v: &Option<String>) -> Option<String> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// A date bound (`YYYY[-MM[-DD]]`), or none when empty.
fn date(v: &Option<String>) -> Result<Option<String>, Failure> {
    some(v).map(|d| parse_date_bound(&d).map_err(|e| Failure::bad_request(e.to_string()))).transpose()
}

impl SearchParams {
    /// The store query these parameters ask for, with `limit` capped at `max_limit`.
    pub(crate) fn query(&self, default_limit: usize, max_limit: usize) -> Result<SearchQuery, Failure> {
        let mut query = SearchQuery::new(self.q.trim(), self.limit.unwrap_or(default_limit).min(max_limit));
        query.from = date(&self.from)?;
        query.to = date(&self.to)?;
        query.outlet = some(&self.outlet);
        query.entity = some(&self.entity);
        query.story = some(&self.story);
        query.offset = self.offset.unwrap_or(0);
        Ok(query)
    }
}

/// Date bounds and a limit for lists.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Period {
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<usize>,
    pub days: Option<usize>,
    pub story: Option<String>,
}

impl Period {
    pub(crate) fn bounds(&self) -> Result<(Option<String>, Option<String>), Failure> {
        Ok((date(&self.from)?, date(&self.to)?))
    }

    /// Bounds that must be whole days (`YYYY-MM-DD`), for coverage.
    pub(crate) fn day_bounds(&self) -> Result<(Option<String>, Option<String>), Failure> {
        let (from, to) = self.bounds()?;
        for d in from.iter().chain(&to) {
            if d.len() != 10 {
                return Err(Failure::bad_request(format!("{d:?} is not a day (use YYYY-MM-DD)")));
            }
        }
        Ok((from, to))
    }
}

/// A JSON body already serialized (a cached answer).
pub(crate) struct RawJson(pub Arc<String>);

impl IntoResponse for RawJson {
    fn into_response(self) -> Response {
        ([(axum::http::header::CONTENT_TYPE, "application/json")], self.0.as_str().to_owned()).into_response()
    }
}

/// The cache key of a query: every field that changes its answer.
pub(crate) fn key(kind: &str, q: &SearchQuery) -> String {
    format!(
        "{kind}\u{1}{}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{}\u{1}{}",
        q.text, q.from, q.to, q.outlet, q.entity, q.story, q.limit, q.offset
    )
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// Hits, as `storyline search --json` prints them (answers to repeated queries are kept until
/// the store changes).
pub(crate) async fn search(State(app): State<Arc<App>>, Query(p): Query<SearchParams>) -> Result<RawJson, ApiFailure> {
    let query = p.query(20, 1000)?;
    let answer = app
        .cached(key("search", &query), move |e| Ok::<_, Failure>(to_json::<Vec<SearchHit>>(&e.search(&query)?)))
        .await?;
    Ok(RawJson(answer))
}

pub(crate) async fn facets(State(app): State<Arc<App>>, Query(p): Query<SearchParams>) -> Result<RawJson, ApiFailure> {
    let query = p.query(20, 1000)?;
    let answer =
        app.cached(key("facets", &query), move |e| Ok::<_, Failure>(to_json::<Facets>(&e.facets(&query)?))).await?;
    Ok(RawJson(answer))
}

pub(crate) async fn stats(State(app): State<Arc<App>>) -> ApiResult<Stats> {
    Ok(Json(app.read(|e| e.stats()).await?))
}

pub(crate) async fn stories(State(app): State<Arc<App>>, Query(p): Query<Period>) -> ApiResult<Vec<Story>> {
    let (from, to) = p.bounds()?;
    let limit = p.limit.unwrap_or(50).min(10_000);
    Ok(Json(app.read(move |e| e.active_stories(from.as_deref(), to.as_deref(), limit)).await?))
}

pub(crate) async fn story(State(app): State<Arc<App>>, Path(id): Path<String>) -> ApiResult<Story> {
    Ok(Json(app.read(move |e| e.story(&id)).await?))
}

pub(crate) async fn timeline(State(app): State<Arc<App>>, Path(id): Path<String>) -> ApiResult<Timeline> {
    Ok(Json(app.read(move |e| e.timeline(&id)).await?))
}

pub(crate) async fn events(State(app): State<Arc<App>>, Query(p): Query<Period>) -> ApiResult<Vec<Event>> {
    let limit = p.limit.unwrap_or(100);
    let story = some(&p.story);
    let mut events = app.read(move |e| e.events(story.as_deref())).await?;
    events.truncate(limit);
    Ok(Json(events))
}

pub(crate) async fn event(State(app): State<Arc<App>>, Path(id): Path<String>) -> ApiResult<Event> {
    Ok(Json(app.read(move |e| e.event(&id)).await?))
}

pub(crate) async fn article(State(app): State<Arc<App>>, Path(id): Path<String>) -> ApiResult<Article> {
    Ok(Json(app.read(move |e| e.article(&id)).await?))
}

pub(crate) async fn provenance(
    State(app): State<Arc<App>>,
    Path((id, n)): Path<(String, usize)>,
) -> ApiResult<Provenance> {
    Ok(Json(app.read(move |e| e.provenance(&id, n)).await?))
}

pub(crate) async fn entity(State(app): State<Arc<App>>, Path(name): Path<String>) -> ApiResult<EntityReport> {
    Ok(Json(app.read(move |e| e.entity(&name)).await?))
}

pub(crate) async fn coverage(State(app): State<Arc<App>>, Query(p): Query<Period>) -> ApiResult<Coverage> {
    let (from, to) = p.day_bounds()?;
    let days = p.days.unwrap_or(180);
    let outlets = p.limit.unwrap_or(30).min(500);
    Ok(Json(app.read(move |e| e.coverage(from.as_deref(), to.as_deref(), days, outlets)).await?))
}

/// What an upload did: the ingest report (as `storyline ingest --json` prints it) and every
/// problem found, each naming the file and line or record.
#[derive(Debug, Serialize)]
pub(crate) struct Uploaded {
    pub name: String,
    pub report: IngestReport,
    pub problems: Vec<Diagnostic>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct UploadName {
    name: Option<String>,
}

/// `POST /api/ingest?name=FILE` with the file's bytes as the body.
pub(crate) async fn ingest(
    State(app): State<Arc<App>>,
    Query(p): Query<UploadName>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<Uploaded>), ApiFailure> {
    // Only the last path component is kept: the name labels diagnostics, it is never opened.
    let name = p.name.unwrap_or_default();
    let name = name.rsplit(['/', '\\']).next().unwrap_or("").trim().to_string();
    let name = if name.is_empty() { "upload".to_string() } else { name };
    let label = format!("upload:{name}");
    let uploaded = app
        .write(move |engine| {
            let mut problems = Vec::new();
            let report =
                engine.ingest_bytes(&IngestOptions::standard(), &label, &body, &mut |d| problems.push(d.clone()))?;
            Ok(Uploaded { name, report, problems })
        })
        .await?;
    let status = if uploaded.report.n_failed > 0 { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, Json(uploaded)))
}

pub(crate) async fn not_found() -> ApiFailure {
    ApiFailure(Failure::not_found("no such API endpoint (see /api/openapi.yaml)"))
}
