//! The HTML pages. Each handler asks the engine for the data the API would return and renders a
//! template with it; failures render the error page with the status and a plain message.

use crate::api::{Period, SearchParams};
use crate::render::{self, esc, url_part, when};
use crate::{App, Failure};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use minijinja::Value;
use minijinja::value::Serde;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use storyline_engine::SearchQuery;
use storyline_model::{Article, ArticleRef, Story, StorySummary, TimelineSource};

/// A template context: every value goes in through serde (values built as safe HTML stay safe).
macro_rules! ctx {
    ($($key:ident => $value:expr),* $(,)?) => {{
        let mut map = std::collections::BTreeMap::<&str, Value>::new();
        $( map.insert(stringify!($key), v(&$value)); )*
        v(&map)
    }};
}

fn v<T: Serialize + ?Sized>(value: &T) -> Value {
    Value::from(Serde(value))
}

/// A failure shown as a page.
pub(crate) struct PageFailure(Failure);

impl From<Failure> for PageFailure {
    fn from(f: Failure) -> PageFailure {
        PageFailure(f)
    }
}

impl IntoResponse for PageFailure {
    fn into_response(self) -> Response {
        (self.0.status, Html(error_page(self.0.status, &self.0.message))).into_response()
    }
}

/// The error page, built without templates so it renders whatever else failed.
fn error_page(status: StatusCode, message: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{code} · storyline</title>\
         <link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><header class=\"top\"><a class=\"brand\" href=\"/\">storyline</a></header>\
         <main><h1>{code}</h1><p class=\"error\">{msg}</p><p><a href=\"/\">Back to search</a></p></main></body></html>",
        code = esc(&status.to_string()),
        msg = esc(message)
    )
}

type Page = Result<Html<String>, PageFailure>;

fn render(app: &App, name: &str, ctx: Value) -> Page {
    let template = app.templates.get_template(name).map_err(|e| Failure::internal(format!("template {name}: {e}")))?;
    template.render(ctx).map(Html).map_err(|e| Failure::internal(format!("rendering {name}: {e:#}")).into())
}

pub(crate) async fn not_found() -> PageFailure {
    PageFailure(Failure::not_found("There is no page at this address."))
}

/// A search hit as the page shows it.
#[derive(Serialize)]
struct HitView {
    id: String,
    href: String,
    title: String,
    outlet: Option<String>,
    date: String,
    snippet: Value,
    story: Option<(String, String)>,
}

pub(crate) async fn home(State(app): State<Arc<App>>, Query(p): Query<SearchParams>) -> Page {
    search(State(app), Query(p)).await
}

pub(crate) async fn search(State(app): State<Arc<App>>, Query(p): Query<SearchParams>) -> Page {
    let query = p.query(20, 200)?;
    let inline = if p.facets.as_deref() == Some("inline") { "inline" } else { "" };
    let key = format!("page{inline}{}", crate::api::key("search", &query));
    let page = Arc::clone(&app);
    let html = app.cached(key, move |e| search_page(&page, e, &p, &query)).await?;
    Ok(Html(html.as_str().to_owned()))
}

fn search_page(
    app: &App,
    e: &storyline_engine::Engine,
    p: &SearchParams,
    query: &SearchQuery,
) -> Result<String, Failure> {
    let browsing = p.q.trim().is_empty() && query.entity.is_none() && query.story.is_none() && query.outlet.is_none();
    let hits = e.search(query)?;
    // The facet lists cost more than the hits (they count the best 500 matches): the page shows
    // the hits and the total at once, and its script fetches the lists from /api/facets.
    let inline = p.facets.as_deref() == Some("inline");
    let facets = if inline { Some(e.facets(query)?) } else { None };
    let total = match &facets {
        Some(f) => f.total,
        None => e.count_matches(query)?,
    };
    let stats = if browsing { Some(e.stats()?) } else { None };
    let stories = if browsing { e.active_story_summaries(None, None, 8)? } else { Vec::new() };
    let mut titles: HashMap<String, String> = HashMap::new();
    for s in hits.iter().filter_map(|h| h.story.as_ref()) {
        if !titles.contains_key(s)
            && let Some(title) = e.story_title(s)?
        {
            titles.insert(s.clone(), title);
        }
    }
    let hits: Vec<HitView> = hits
        .into_iter()
        .map(|h| HitView {
            href: format!("/articles/{}", url_part(&h.id.0)),
            title: h.title.clone().unwrap_or_else(|| untitled(&h.snippet)),
            id: h.id.0,
            outlet: h.outlet,
            date: when(h.published),
            snippet: Value::from_safe_string(render::snippet(&h.snippet)),
            story: h.story.map(|s| {
                let title = titles.get(&s).cloned().unwrap_or_else(|| s.clone());
                (s, title)
            }),
        })
        .collect();
    let offset = p.offset.unwrap_or(0);
    let limit = p.limit.unwrap_or(20).min(200);
    let next_offset = (offset + limit < total as usize).then_some(offset + limit);
    render(
        app,
        "search.html",
        ctx! {
            title => if p.q.trim().is_empty() { "Search".to_string() } else { format!("{} · search", p.q.trim()) },
            p => p,
            hits => hits,
            total => total,
            facets => facets,
            stats => stats,
            stories => stories.iter().map(story_card).collect::<Vec<_>>(),
            next_offset => next_offset,
        },
    )
    .map(|Html(html)| html)
    .map_err(|PageFailure(f)| f)
}

/// A stand-in headline for an article without one: its first words.
fn untitled(snippet: &str) -> String {
    let words: String = snippet.replace(['[', ']'], "").split_whitespace().take(12).collect::<Vec<_>>().join(" ");
    let words = words.trim_start_matches('…').trim();
    if words.is_empty() { "(untitled)".to_string() } else { format!("{words}…") }
}

/// A story as a card in a list: its size, outlets, span and activity.
#[derive(Serialize)]
struct StoryCard {
    id: String,
    title: String,
    reports: u64,
    articles: usize,
    outlets: Vec<String>,
    first: Option<String>,
    last: Option<String>,
    spark: Value,
}

fn story_card(s: &StorySummary) -> StoryCard {
    StoryCard {
        id: s.id.clone(),
        title: s.title.clone(),
        reports: s.reports,
        articles: s.articles as usize,
        outlets: s.outlets.clone(),
        first: s.first.clone(),
        last: s.last.clone(),
        spark: Value::from_safe_string(render::sparkline(&render::activity(&s.days, 40))),
    }
}

/// A full story as a summary (the story page has it already).
fn summary(s: &Story) -> StorySummary {
    let mut days: std::collections::BTreeMap<String, u64> = BTreeMap::new();
    for a in &s.articles {
        if let Some(p) = a.published {
            *days.entry(p.day()).or_default() += 1;
        }
    }
    StorySummary {
        id: s.id.clone(),
        title: s.title.clone(),
        reports: s.reports,
        articles: s.articles.len() as u64,
        outlets: s.outlets.iter().take(5).cloned().collect(),
        first: s.first.clone(),
        last: s.last.clone(),
        days: days.into_iter().map(|(name, count)| storyline_model::NameCount { name, count }).collect(),
    }
}

pub(crate) async fn stories(State(app): State<Arc<App>>, Query(p): Query<Period>) -> Page {
    let (from, to) = p.bounds()?;
    let limit = p.limit.unwrap_or(30).min(500);
    let (f2, t2) = (from.clone(), to.clone());
    let stories = app.read(move |e| e.active_story_summaries(f2.as_deref(), t2.as_deref(), limit)).await?;
    render(
        &app,
        "stories.html",
        ctx! {
            title => "Stories",
            from => from, to => to,
            stories => stories.iter().map(story_card).collect::<Vec<_>>(),
        },
    )
}

/// An article in a list, with the copies folded under it.
#[derive(Serialize)]
struct ArticleRow {
    id: String,
    href: String,
    title: String,
    outlet: Option<String>,
    date: String,
    copies: Vec<ArticleRow>,
}

fn rows(articles: &[ArticleRef]) -> Vec<ArticleRow> {
    let row = |a: &ArticleRef| ArticleRow {
        id: a.id.0.clone(),
        href: format!("/articles/{}", url_part(&a.id.0)),
        title: a.title.clone().unwrap_or_else(|| a.id.0.clone()),
        outlet: a.outlet.clone(),
        date: when(a.published),
        copies: Vec::new(),
    };
    let mut out: Vec<ArticleRow> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for a in articles.iter().filter(|a| a.duplicate_of.is_none()) {
        index.insert(&a.id.0, out.len());
        out.push(row(a));
    }
    for a in articles.iter().filter(|a| a.duplicate_of.is_some()) {
        match a.duplicate_of.as_ref().and_then(|d| index.get(d.0.as_str())) {
            Some(&i) => out[i].copies.push(row(a)),
            None => out.push(row(a)),
        }
    }
    out
}

/// Timeline entries a story page shows unless asked for all (`?entries=all`): the most reported,
/// in date order. Large stories have thousands; the export has every one.
const PAGE_ENTRIES: usize = 300;

/// Disagreements a story page shows (those with the most sources).
const PAGE_DISAGREEMENTS: usize = 40;

#[derive(serde::Deserialize, Default)]
pub(crate) struct StoryParams {
    entries: Option<String>,
}

/// Links to the articles of a timeline's sources: `href`, `outlet`, `date` and `via`.
fn source_links(sources: &[TimelineSource]) -> Vec<Value> {
    sources
        .iter()
        .map(|s| {
            ctx! {
                href => format!("/articles/{}", url_part(&s.article.0)),
                outlet => s.outlet.clone().unwrap_or_else(|| s.article.0.clone()),
                date => when(s.published),
                via => s.via,
            }
        })
        .collect()
}

/// The indexes of the `n` items that weigh most by `weight` (the earliest on ties), in their own
/// (date) order.
fn most_reported<T, W: Ord>(items: &[T], n: usize, weight: impl Fn(&T) -> W) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    if items.len() > n {
        order.sort_by(|&a, &b| weight(&items[b]).cmp(&weight(&items[a])).then(a.cmp(&b)));
        order.truncate(n);
        order.sort_unstable();
    }
    order
}

pub(crate) async fn story(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    Query(params): Query<StoryParams>,
) -> Page {
    let (story, timeline, events, places) = app
        .read(move |e| {
            let story = e.story(&id)?;
            let timeline = e.timeline(&id)?;
            let events = e.events(Some(&id))?;
            // Places of the story's main entities, geocoded from the store's entity index.
            let mut places = Vec::new();
            for nc in story.entities.iter().take(40) {
                if let Some(p) = e.place(&nc.name)? {
                    places.push((p.name, p.lat, p.lon, nc.count));
                }
            }
            Ok::<_, storyline_engine::Error>((story, timeline, events, places))
        })
        .await?;
    // An entry is marked when its statement gives one of the numbers sources disagree on.
    // One automaton over every disputed value: large stories have thousands of entries and
    // hundreds of values.
    let mut disputed: Vec<&str> =
        timeline.disagreements.iter().flat_map(|d| d.values.iter().map(|v| v.text.as_str())).collect();
    disputed.sort_unstable();
    disputed.dedup();
    let disputed = aho_corasick::AhoCorasick::new(&disputed)
        .map_err(|e| PageFailure::from(Failure::internal(format!("disputed values: {e}"))))?;
    // And when one of its sources gives its date in a disagreement on dates.
    let disputed_dates: HashSet<(&str, &str)> = timeline
        .date_disagreements
        .iter()
        .flat_map(|d| d.dates.iter())
        .flat_map(|x| x.sources.iter().map(|s| (x.date.as_str(), s.article.0.as_str())))
        .collect();
    let all = params.entries.as_deref() == Some("all");
    let shown = if all { timeline.entries.len() } else { PAGE_ENTRIES };
    let picked = most_reported(&timeline.entries, shown, |t| (t.weight, t.sources.len(), t.mentions));
    let entries: Vec<Value> = picked
        .iter()
        .map(|&i| &timeline.entries[i])
        .map(|t| {
            ctx! {
                date => t.date, granularity => t.granularity, text => t.text, mentions => t.mentions,
                first_reported => t.first_reported,
                disputed => disputed.is_match(&t.text),
                disputed_date => t.sources.iter().any(|s| disputed_dates.contains(&(t.date.as_str(), s.article.0.as_str()))),
                sources => source_links(&t.sources),
            }
        })
        .collect();
    let picked = most_reported(&timeline.disagreements, PAGE_DISAGREEMENTS, |d| {
        d.values.iter().map(|v| v.sources.len()).sum::<usize>()
    });
    let disagreements: Vec<Value> = picked
        .iter()
        .map(|&i| &timeline.disagreements[i])
        .map(|d| {
            ctx! {
                about => d.about, event => d.event,
                values => d.values.iter().map(|v| ctx! {
                    text => v.text, value => v.value,
                    sources => source_links(&v.sources),
                }).collect::<Vec<_>>(),
            }
        })
        .collect();
    let picked = most_reported(&timeline.date_disagreements, PAGE_DISAGREEMENTS, |d| {
        d.dates.iter().map(|x| x.sources.len()).sum::<usize>()
    });
    let date_disagreements: Vec<Value> = picked
        .iter()
        .map(|&i| &timeline.date_disagreements[i])
        .map(|d| {
            ctx! {
                about => d.about, event => d.event,
                dates => d.dates.iter().map(|x| ctx! {
                    date => x.date, text => x.text,
                    sources => source_links(&x.sources),
                }).collect::<Vec<_>>(),
            }
        })
        .collect();
    let card = story_card(&summary(&story));
    render(
        &app,
        "story.html",
        ctx! {
            title => story.title,
            story => card,
            story_id => story.id,
            entries => entries,
            entries_total => timeline.entries.len(),
            disagreements => disagreements,
            disagreements_total => timeline.disagreements.len(),
            date_disagreements => date_disagreements,
            date_disagreements_total => timeline.date_disagreements.len(),
            events => events.iter().map(|e| ctx! {
                id => e.id, title => e.title, reports => e.reports, first => e.first, last => e.last,
            }).collect::<Vec<_>>(),
            entities => story.entities.iter().take(30).collect::<Vec<_>>(),
            map => Value::from_safe_string(render::map(&places)),
            articles => rows(&story.articles),
        },
    )
}

pub(crate) async fn event(State(app): State<Arc<App>>, Path(id): Path<String>) -> Page {
    let event = app.read(move |e| e.event(&id)).await?;
    render(
        &app,
        "event.html",
        ctx! {
            title => event.title,
            event => event,
            articles => rows(&event.articles),
        },
    )
}

pub(crate) async fn article(State(app): State<Arc<App>>, Path(id): Path<String>) -> Page {
    let (article, story) = app
        .read(move |e| {
            let article = e.article(&id)?;
            let story = match e.story_of(&article.id.0)? {
                Some(s) => Some(e.story(&s)?),
                None => None,
            };
            Ok::<_, storyline_engine::Error>((article, story))
        })
        .await?;
    render(&app, "article.html", article_context(&article, story.as_ref()))
}

fn article_context(a: &Article, story: Option<&Story>) -> Value {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &a.removed {
        *counts.entry(r.kind.as_str()).or_default() += 1;
    }
    ctx! {
        title => a.title.clone().unwrap_or_else(|| a.id.0.clone()),
        a => a,
        date => when(a.published),
        body => Value::from_safe_string(render::highlight(a)),
        removed => a.removed.iter().map(|r| ctx! { kind => r.kind.as_str(), text => r.text }).collect::<Vec<_>>(),
        removed_counts => counts,
        claims => a.claims.iter().enumerate().map(|(i, c)| ctx! {
            n => i, text => c.text, speaker => c.speaker, cue => c.cue, via => c.via, quote => c.quote,
        }).collect::<Vec<_>>(),
        story => story.map(|s| ctx! { id => s.id, title => s.title }),
        api => format!("/api/articles/{}", url_part(&a.id.0)),
        self_id => url_part(&a.id.0),
    }
}

pub(crate) async fn claim(State(app): State<Arc<App>>, Path((id, n)): Path<(String, usize)>) -> Page {
    let p = app.read(move |e| e.provenance(&id, n)).await?;
    render(
        &app,
        "claim.html",
        ctx! {
            title => "Claim provenance",
            p => p,
            article_href => format!("/articles/{}", url_part(&p.article.0)),
            carriers => p.carriers.iter().map(|c| ctx! {
                href => format!("/articles/{}", url_part(&c.article.0)),
                title => c.title.clone().unwrap_or_else(|| c.article.0.clone()),
                outlet => c.outlet, date => when(c.published), text => c.text, speaker => c.speaker,
                this => c.article == p.article,
            }).collect::<Vec<_>>(),
        },
    )
}

pub(crate) async fn entity(State(app): State<Arc<App>>, Path(name): Path<String>) -> Page {
    let report = app.read(move |e| e.entity(&name)).await?;
    let months: Vec<(String, u64)> = report.months.iter().map(|m| (m.name.clone(), m.count)).collect();
    let place = match (report.lat, report.lon) {
        (Some(lat), Some(lon)) => render::map(&[(report.name.clone(), lat, lon, 1)]),
        _ => String::new(),
    };
    render(
        &app,
        "entity.html",
        ctx! {
            title => report.name,
            e => report,
            kind => report.kind.as_str(),
            chart => Value::from_safe_string(render::bars(&months)),
            map => Value::from_safe_string(place),
        },
    )
}

pub(crate) async fn coverage(State(app): State<Arc<App>>, Query(p): Query<Period>) -> Page {
    let (from, to) = p.day_bounds()?;
    let days = p.days.unwrap_or(180);
    let coverage = app.read(move |e| e.coverage(from.as_deref(), to.as_deref(), days, 40)).await?;
    let empty_days =
        coverage.days.iter().enumerate().filter(|(i, _)| coverage.outlets.iter().all(|r| r.counts[*i] == 0)).count();
    render(
        &app,
        "coverage.html",
        ctx! {
            title => "Coverage",
            c => coverage,
            empty_days => empty_days,
            heat => Value::from_safe_string(render::heatmap(&coverage)),
        },
    )
}

pub(crate) async fn ingest(State(app): State<Arc<App>>) -> Page {
    let stats = app.read(|e| e.stats()).await?;
    render(
        &app,
        "ingest.html",
        ctx! { title => "Add articles", stats => stats, max => crate::MAX_UPLOAD / (1024 * 1024) },
    )
}

#[cfg(test)]
mod tests {
    use super::most_reported;

    #[test]
    fn a_long_timeline_shows_its_most_reported_entries_in_date_order() {
        // (sources, mentions) per entry, in date order.
        let entries = [(1, 1), (5, 2), (1, 9), (5, 2), (3, 0), (1, 1)];
        let w = |e: &(usize, u64)| *e;
        assert_eq!(most_reported(&entries, 3, w), [1, 3, 4], "most sources, then earliest on ties");
        assert_eq!(most_reported(&entries, 4, w), [1, 2, 3, 4], "then most mentions");
        assert_eq!(most_reported(&entries, 10, w), [0, 1, 2, 3, 4, 5], "short ones are shown whole");
    }
}
