//! The façade: input → pipeline → store, with progress. The CLI and the server call this crate and
//! never touch the stages or the database directly.
//!
//! ```no_run
//! use storyline_engine::{Engine, IngestOptions, SearchQuery};
//! # fn main() -> Result<(), storyline_engine::Error> {
//! let mut engine = Engine::open(std::path::Path::new("storyline-store"))?;
//! let report = engine.ingest(&IngestOptions::standard(), &["news.jsonl.gz".into()], &(), &mut |d| eprintln!("{d}"))?;
//! println!("stored {} of {} articles", report.n_stored, report.n_read);
//! for hit in engine.search(&SearchQuery::new("troops", 10))? {
//!     println!("{} {}", hit.id, hit.title.unwrap_or_default());
//! }
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use storyline_cluster::Doc;
use storyline_ingest::{Input, Item};
use storyline_model::{
    Article, ArticleId, Coverage, Diagnostic, EntityReport, Event, Facets, Provenance, RawArticle, SearchHit, Severity,
    Stats, Story, StorySummary, Timeline,
};

mod provenance;
use storyline_store::{Outcome, Store};

pub use storyline_pipeline::Config as PipelineConfig;
pub use storyline_store::{DB_FILE, Error as StoreError, Place, SEARCH_DIR, SearchQuery, parse_date_bound};

/// Everything that can go wrong in the engine. Bad input is not here: it is reported as
/// [`Diagnostic`]s and counted, and the run goes on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] storyline_store::Error),
    /// No article has this id.
    #[error("no article with id {0:?}")]
    ArticleNotFound(String),
    /// No story has this id.
    #[error("no story with id {0:?}")]
    StoryNotFound(String),
    /// No event has this id.
    #[error("no event with id {0:?}")]
    EventNotFound(String),
    /// No stored article names this entity.
    #[error("no article names {0:?}")]
    EntityNotFound(String),
    /// The article has no claim with this index.
    #[error("article {article:?} has no claim number {claim}")]
    ClaimNotFound {
        /// Article id.
        article: String,
        /// Claim index.
        claim: usize,
    },
    /// The thread that stores articles could not be started.
    #[error("starting the store writer: {0}")]
    Thread(std::io::Error),
}

/// Result with the engine's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A pipeline stage, in the order they run; progress reports name one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading input (progress in bytes).
    Read,
    /// Analysing and storing (progress in articles).
    Analyze,
    /// Folding copies and grouping articles into events and stories (progress in articles).
    Cluster,
}

/// Where progress goes: the CLI draws a bar, the server keeps the latest value, tests ignore it.
pub trait Progress: Send + Sync {
    /// `done` of `total` units of `stage` are finished (`total` is 0 when unknown).
    fn update(&self, stage: Stage, done: u64, total: u64);
}

impl Progress for () {
    fn update(&self, _: Stage, _: u64, _: u64) {}
}

/// Settings of an ingest or analyse run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Analysis settings.
    pub pipeline: PipelineConfig,
    /// Articles analysed in parallel and committed together; a crash loses at most the batch
    /// being written.
    pub batch_size: usize,
    /// Event and story settings.
    pub cluster: storyline_cluster::Config,
}

impl IngestOptions {
    /// The shipped settings.
    pub fn standard() -> IngestOptions {
        IngestOptions {
            pipeline: PipelineConfig::standard(),
            batch_size: 512,
            cluster: storyline_cluster::Config::standard(),
        }
    }
}

/// What an ingest run did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestReport {
    /// Inputs (files, stdin) read.
    pub n_inputs: u64,
    /// Articles read from the input.
    pub n_read: u64,
    /// New articles stored.
    pub n_stored: u64,
    /// Articles already stored with the same content (ingested before, or twice in this run), or
    /// older versions of a page whose newer version is stored.
    pub n_duplicates: u64,
    /// Articles already stored under the same id whose content changed: the new version replaced
    /// the old one.
    pub n_replaced: u64,
    /// Errors: files or records that could not be read, or were read only in part.
    pub n_failed: u64,
    /// Warnings (nothing lost).
    pub n_warnings: u64,
    /// Articles put into events and stories (new ones, and any stored earlier but not yet
    /// clustered).
    pub n_clustered: u64,
    /// Of those, copies of an earlier article.
    pub n_copies: u64,
}

impl IngestReport {
    fn count_outcomes(&mut self, outcomes: &[Outcome]) {
        for outcome in outcomes {
            match outcome {
                Outcome::Stored => self.n_stored += 1,
                Outcome::Unchanged | Outcome::Older => self.n_duplicates += 1,
                Outcome::Replaced => self.n_replaced += 1,
            }
        }
    }

    fn count(&mut self, diagnostic: &Diagnostic) {
        match diagnostic.severity {
            Severity::Error => self.n_failed += 1,
            Severity::Warning => self.n_warnings += 1,
        }
    }
}

/// An open store with the pipeline in front of it.
pub struct Engine {
    store: Store,
    dir: PathBuf,
}

impl Engine {
    /// Opens (creating if needed) the store in `dir` for reading and writing.
    pub fn open(dir: &Path) -> Result<Engine> {
        Ok(Engine { store: Store::open(dir)?, dir: dir.to_path_buf() })
    }

    /// Opens an existing store for reading only.
    pub fn open_read_only(dir: &Path) -> Result<Engine> {
        Ok(Engine { store: Store::open_read_only(dir)?, dir: dir.to_path_buf() })
    }

    /// An engine over a store in memory, for tests.
    pub fn in_memory() -> Result<Engine> {
        Ok(Engine { store: Store::in_memory()?, dir: PathBuf::from(":memory:") })
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Reads, analyses and stores every article under `paths`. Problems go to `on_problem` as
    /// they happen and are counted in the report; they never stop the run.
    pub fn ingest(
        &mut self,
        options: &IngestOptions,
        paths: &[PathBuf],
        progress: &dyn Progress,
        on_problem: &mut dyn FnMut(&Diagnostic),
    ) -> Result<IngestReport> {
        let _span = tracing::info_span!("ingest", n_paths = paths.len()).entered();
        let mut report = IngestReport::default();
        // Storing runs on its own thread, batch after batch in input order, while the next batch
        // is read and analysed: the two take about as long, and storing uses one core.
        let store = &mut self.store;
        let (batches, received) = std::sync::mpsc::sync_channel::<Vec<Article>>(1);
        let written = std::thread::scope(|scope| {
            let writer = std::thread::Builder::new().name("store-writer".into()).spawn_scoped(scope, move || {
                let mut counts = IngestReport::default();
                let mut docs: Vec<Doc> = Vec::new();
                let mut replaced: Vec<ArticleId> = Vec::new();
                for articles in received {
                    let outcomes = store.put_batch(&articles)?;
                    counts.count_outcomes(&outcomes);
                    // A page replaced later in the same run is clustered as its stored version.
                    let (changed, replaced_now) = changed(&articles, &outcomes);
                    docs.extend(changed);
                    replaced.extend(replaced_now);
                }
                Ok::<_, Error>((counts, docs, replaced))
            });
            let writer = writer.map_err(Error::Thread)?;
            // A send fails only once the writer has stopped on an error, which `join` returns.
            let mut sink = |articles: Vec<Article>, _: &mut IngestReport| {
                let _ = batches.send(articles);
            };
            run(options, paths, progress, on_problem, &mut report, &mut sink);
            drop(batches);
            writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        let (counts, docs, replaced) = written?;
        report.n_stored += counts.n_stored;
        report.n_duplicates += counts.n_duplicates;
        report.n_replaced += counts.n_replaced;
        let touched = self.cluster(options, docs, progress, &mut report)?;
        self.refresh_timelines(touched, &replaced)?;
        Ok(report)
    }

    /// Recomputes and saves the timelines of the stories in `touched` and of those holding a
    /// `replaced` article, so that reading a timeline is one row, not one pass over its articles.
    fn refresh_timelines(&mut self, mut touched: BTreeSet<String>, replaced: &[ArticleId]) -> Result<()> {
        let _span = tracing::info_span!("timelines", n = touched.len()).entered();
        for id in replaced {
            touched.extend(self.store.story_of(&id.0)?);
        }
        let ids: Vec<String> = touched.into_iter().collect();
        for chunk in ids.chunks(64) {
            // Read in order (one connection), decode and compute on all cores.
            let mut loaded = Vec::with_capacity(chunk.len());
            for id in chunk {
                if let (Some(stamp), Some(title)) = (self.store.story_stamp(id)?, self.store.story_title(id)?) {
                    loaded.push((id, title, stamp, self.store.story_report_docs(id)?));
                }
            }
            let done = loaded
                .into_par_iter()
                .map(|(id, title, stamp, docs)| {
                    let rows =
                        docs.into_iter().map(storyline_store::StoredReport::parse).collect::<Result<Vec<_>, _>>()?;
                    Ok((stamp, timeline_of(id, &title, &rows)))
                })
                .collect::<Result<Vec<_>>>()?;
            self.store.save_timelines(&done)?;
        }
        Ok(())
    }

    /// Clusters every stored article not in an event yet: `docs` holds those just analysed,
    /// others (left by an interrupted run or an upgrade) are read back from the store.
    fn cluster(
        &mut self,
        options: &IngestOptions,
        mut docs: Vec<Doc>,
        progress: &dyn Progress,
        report: &mut IngestReport,
    ) -> Result<BTreeSet<String>> {
        let _span = tracing::info_span!("cluster").entered();
        let pending = self.store.unclustered()?;
        if docs.is_empty() && pending.is_empty() {
            return Ok(BTreeSet::new());
        }
        let mut state = self.store.cluster_state()?;
        // Updated pages (stored under an id already clustered) keep their event and story, which
        // are weighed again from their reports, the updated ones in their new version.
        let mut updated: Vec<ArticleId> = docs.iter().filter(|d| state.contains(&d.id)).map(|d| d.id.clone()).collect();
        updated.sort();
        updated.dedup();
        let mut replaced = Vec::new();
        if !updated.is_empty() {
            let scope = state.replaced_scope(&updated);
            let mut scope_docs = Vec::with_capacity(scope.len());
            for chunk in scope.chunks(1024) {
                let articles = chunk.iter().map(|id| self.store.get(&id.0)).collect::<Result<Vec<_>, _>>()?;
                scope_docs.extend(
                    articles.into_iter().flatten().collect::<Vec<_>>().par_iter().map(Doc::of).collect::<Vec<_>>(),
                );
            }
            replaced = state.replace(&options.cluster, &updated, &scope_docs);
        }
        let have: std::collections::HashSet<ArticleId> = docs.iter().map(|d| d.id.clone()).collect();
        let missing: Vec<&ArticleId> = pending.iter().filter(|id| !have.contains(*id)).collect();
        for chunk in missing.chunks(1024) {
            let articles = chunk.iter().map(|id| self.store.get(&id.0)).collect::<Result<Vec<_>, _>>()?;
            docs.extend(articles.into_iter().flatten().collect::<Vec<_>>().par_iter().map(Doc::of).collect::<Vec<_>>());
        }
        let pending: std::collections::HashSet<ArticleId> = pending.into_iter().collect();
        docs.retain(|d| pending.contains(&d.id));
        // The last version read of an article is the one stored: keep only it.
        let mut last: std::collections::HashMap<ArticleId, usize> = std::collections::HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            last.insert(d.id.clone(), i);
        }
        let mut i = 0;
        docs.retain(|d| {
            i += 1;
            last[&d.id] == i - 1
        });
        if docs.is_empty() && replaced.is_empty() {
            return Ok(BTreeSet::new());
        }
        progress.update(Stage::Cluster, 0, docs.len() as u64);
        let assignments = tracing::debug_span!("assign").in_scope(|| state.assign(&options.cluster, docs));
        tracing::debug_span!("save").in_scope(|| self.store.save_clusters(&mut state, &assignments, &replaced))?;
        report.n_clustered += assignments.len() as u64;
        report.n_copies += assignments.iter().filter(|a| a.duplicate_of.is_some()).count() as u64;
        progress.update(Stage::Cluster, assignments.len() as u64, assignments.len() as u64);
        Ok(assignments.into_iter().chain(replaced).map(|a| a.story).collect())
    }

    /// Forgets every event and story and clusters the whole store again, as one batch.
    pub fn recluster(&mut self, options: &IngestOptions, progress: &dyn Progress) -> Result<IngestReport> {
        self.store.clear_clusters()?;
        let mut report = IngestReport::default();
        let touched = self.cluster(options, Vec::new(), progress, &mut report)?;
        self.refresh_timelines(touched, &[])?;
        Ok(report)
    }

    /// Events, latest first; `story` keeps one story's.
    pub fn events(&self, story: Option<&str>) -> Result<Vec<Event>> {
        Ok(self.store.events(story)?)
    }

    /// Stories, largest first.
    pub fn stories(&self) -> Result<Vec<Story>> {
        Ok(self.store.stories()?)
    }

    /// One story.
    pub fn story(&self, id: &str) -> Result<Story> {
        self.store.story(id)?.ok_or_else(|| Error::StoryNotFound(id.to_string()))
    }

    /// A story's timeline: the one saved when the story last changed, or computed now if the
    /// store has none that is current.
    pub fn timeline(&self, id: &str) -> Result<Timeline> {
        let stamp = self.store.story_stamp(id)?.ok_or_else(|| Error::StoryNotFound(id.to_string()))?;
        match self.store.saved_timeline(id)? {
            Some((saved, timeline)) if saved == stamp => Ok(timeline),
            _ => self.compute_timeline(id),
        }
    }

    fn compute_timeline(&self, id: &str) -> Result<Timeline> {
        let title = self.store.story_title(id)?.ok_or_else(|| Error::StoryNotFound(id.to_string()))?;
        Ok(timeline_of(id, &title, &self.store.story_reports(id)?))
    }

    /// Ingests one in-memory input (an upload, the demo corpus) named `name`.
    pub fn ingest_bytes(
        &mut self,
        options: &IngestOptions,
        name: &str,
        bytes: &[u8],
        on_problem: &mut dyn FnMut(&Diagnostic),
    ) -> Result<IngestReport> {
        let mut report = IngestReport { n_inputs: 1, ..IngestReport::default() };
        let mut raws = Vec::new();
        let result = storyline_ingest::read_from(name, bytes, &mut |_| {}, &mut |item| match item {
            Item::Article(raw) => raws.push(raw),
            Item::Problem(p) => {
                report.count(&p);
                on_problem(&p);
            }
        });
        if let Err(err) = result {
            let p = Diagnostic::error(name, err.to_string());
            report.count(&p);
            on_problem(&p);
        }
        report.n_read = raws.len() as u64;
        let articles = analyze_batch(&options.pipeline, &raws, &mut |p| {
            report.count(p);
            on_problem(p);
        });
        let outcomes = self.store.put_batch(&articles)?;
        report.count_outcomes(&outcomes);
        let (docs, replaced) = changed(&articles, &outcomes);
        let touched = self.cluster(options, docs, &(), &mut report)?;
        self.refresh_timelines(touched, &replaced)?;
        Ok(report)
    }

    /// Full-text search with filters.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        Ok(self.store.search(query)?)
    }

    /// Counts over the store.
    pub fn stats(&self) -> Result<Stats> {
        Ok(self.store.stats()?)
    }

    /// One stored article.
    pub fn article(&self, id: &str) -> Result<Article> {
        self.store.get(id)?.ok_or_else(|| Error::ArticleNotFound(id.to_string()))
    }

    /// Number of stored articles.
    pub fn count(&self) -> Result<u64> {
        Ok(self.store.count()?)
    }

    /// A story's title.
    pub fn story_title(&self, id: &str) -> Result<Option<String>> {
        Ok(self.store.story_title(id)?)
    }

    /// The story an article belongs to, once clustered.
    pub fn story_of(&self, article: &str) -> Result<Option<String>> {
        Ok(self.store.story_of(article)?)
    }

    /// One event.
    pub fn event(&self, id: &str) -> Result<Event> {
        let story = self.store.event_story(id)?.ok_or_else(|| Error::EventNotFound(id.to_string()))?;
        let events = self.store.events(Some(&story))?;
        events.into_iter().find(|e| e.id == id).ok_or_else(|| Error::EventNotFound(id.to_string()))
    }

    /// The stories with the most distinct reports published between `from` and `to` (inclusive
    /// `YYYY[-MM[-DD]]` bounds, either open), most first.
    pub fn active_stories(&self, from: Option<&str>, to: Option<&str>, limit: usize) -> Result<Vec<Story>> {
        let ids = self.store.active_stories(from, to, limit)?;
        ids.iter().map(|id| self.story(id)).collect()
    }

    /// Like [`Engine::active_stories`], as summaries (no article lists): what a list of stories shows.
    pub fn active_story_summaries(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<StorySummary>> {
        let ids = self.store.active_stories(from, to, limit)?;
        Ok(self.store.story_summaries(&ids)?)
    }

    /// How many articles match `query` (what `facets` gives as `total`, cheaply).
    pub fn count_matches(&self, query: &SearchQuery) -> Result<u64> {
        Ok(self.store.count_matches(query)?)
    }

    /// Counts over every article matching `query`, for filters.
    pub fn facets(&self, query: &SearchQuery) -> Result<Facets> {
        Ok(self.store.facets(query)?)
    }

    /// One entity across the store: mentions per month, stories, co-occurring entities.
    pub fn entity(&self, name: &str) -> Result<EntityReport> {
        self.store.entity(name)?.ok_or_else(|| Error::EntityNotFound(name.to_string()))
    }

    /// A geocoded place by canonical name.
    pub fn place(&self, name: &str) -> Result<Option<Place>> {
        Ok(self.store.place(name)?)
    }

    /// Articles per outlet per day (see [`Store::coverage`]).
    pub fn coverage(&self, from: Option<&str>, to: Option<&str>, days: usize, outlets: usize) -> Result<Coverage> {
        Ok(self.store.coverage(from, to, days, outlets)?)
    }

    /// Claim number `claim` of an article: the chain it travelled and every stored article that
    /// carries it, earliest first.
    pub fn provenance(&self, article: &str, claim: usize) -> Result<Provenance> {
        let article = self.article(article)?;
        let Some(wanted) = article.claims.get(claim) else {
            return Err(Error::ClaimNotFound { article: article.id.0.clone(), claim });
        };
        let mut candidates = vec![article.clone()];
        if let Some(text) = provenance::search_text(&wanted.text) {
            for hit in self.store.search(&SearchQuery::new(text, provenance::MAX_CANDIDATES))? {
                if hit.id != article.id
                    && let Some(other) = self.store.get(&hit.id.0)?
                {
                    candidates.push(other);
                }
            }
        }
        Ok(provenance::trace(&article, claim, &candidates))
    }
}

/// The timeline of story `id` from its articles (with their event and original).
fn timeline_of(id: &str, title: &str, rows: &[(Article, String, Option<ArticleId>)]) -> Timeline {
    let reports: Vec<storyline_cluster::timeline::Report> = rows
        .iter()
        .map(|(article, event, dup)| storyline_cluster::timeline::Report { article, event, duplicate_of: dup.as_ref() })
        .collect();
    storyline_cluster::timeline::timeline(id, title, &reports)
}

/// Keeps the `limit` entries of a timeline whose dates weigh most, then that most articles tell
/// (earlier dates first on ties), in date order.
pub fn keep_top_entries(timeline: &mut Timeline, limit: usize) {
    let mut ranked: Vec<usize> = (0..timeline.entries.len()).collect();
    let key = |i: usize| (timeline.entries[i].weight, timeline.entries[i].mentions);
    ranked.sort_by(|&a, &b| key(b).cmp(&key(a)).then(a.cmp(&b)));
    let keep: std::collections::HashSet<usize> = ranked.into_iter().take(limit).collect();
    let mut i = 0;
    timeline.entries.retain(|_| {
        i += 1;
        keep.contains(&(i - 1))
    });
}

/// Analyses every article under `paths` without storing anything, handing each to `on_article` in
/// input order.
pub fn analyze(
    options: &IngestOptions,
    paths: &[PathBuf],
    progress: &dyn Progress,
    on_problem: &mut dyn FnMut(&Diagnostic),
    on_article: &mut dyn FnMut(Article),
) -> IngestReport {
    let mut report = IngestReport::default();
    let mut sink = |articles: Vec<Article>, _: &mut IngestReport| articles.into_iter().for_each(&mut *on_article);
    run(options, paths, progress, on_problem, &mut report, &mut sink);
    report
}

/// The shared loop: discover inputs, read them, analyse in parallel batches, hand batches on.
fn run(
    options: &IngestOptions,
    paths: &[PathBuf],
    progress: &dyn Progress,
    on_problem: &mut dyn FnMut(&Diagnostic),
    report: &mut IngestReport,
    sink: &mut dyn FnMut(Vec<Article>, &mut IngestReport),
) {
    let (inputs, problems) = storyline_ingest::discover(paths);
    for p in &problems {
        report.count(p);
        on_problem(p);
    }
    let total_bytes: u64 = inputs.iter().map(|i| i.len).sum();
    let mut done_bytes = 0u64;
    let mut batch: Vec<RawArticle> = Vec::with_capacity(options.batch_size);
    for input in &inputs {
        report.n_inputs += 1;
        read_one(input, done_bytes, total_bytes, progress, &mut |item| match item {
            Item::Article(raw) => {
                report.n_read += 1;
                batch.push(raw);
                if batch.len() >= options.batch_size {
                    let articles = analyze_batch(&options.pipeline, &batch, &mut |p| {
                        report.count(p);
                        on_problem(p);
                    });
                    batch.clear();
                    sink(articles, report);
                    progress.update(Stage::Analyze, report.n_read, 0);
                }
            }
            Item::Problem(p) => {
                report.count(&p);
                on_problem(&p);
            }
        });
        done_bytes += input.len;
    }
    if !batch.is_empty() {
        let articles = analyze_batch(&options.pipeline, &batch, &mut |p| {
            report.count(p);
            on_problem(p);
        });
        sink(articles, report);
    }
    progress.update(Stage::Analyze, report.n_read, report.n_read);
}

fn read_one(input: &Input, base: u64, total: u64, progress: &dyn Progress, emit: &mut dyn FnMut(Item)) {
    let _span = tracing::debug_span!("read", input = %input.name).entered();
    let mut last = 0u64;
    storyline_ingest::read(
        input,
        &mut |n| {
            // Report every 256 KiB, not every read.
            if n - last >= 1 << 18 || n == input.len {
                last = n;
                progress.update(Stage::Read, base + n, total);
            }
        },
        emit,
    );
}

/// Analyses a batch on all cores; the result keeps input order whatever the thread count.
/// The pipeline never panics by design (a fuzz target holds it to that); should a bug slip
/// through, the one article is reported as an error, naming its file and record, and left out,
/// and the batch goes on.
fn analyze_batch(
    config: &PipelineConfig,
    raws: &[RawArticle],
    on_problem: &mut dyn FnMut(&Diagnostic),
) -> Vec<Article> {
    let results: Vec<Result<(Article, Vec<Diagnostic>), Diagnostic>> =
        raws.par_iter().map(|raw| contained(raw, || storyline_pipeline::analyze(config, raw))).collect();
    results
        .into_iter()
        .filter_map(|result| match result {
            Ok((article, problems)) => {
                problems.iter().for_each(&mut *on_problem);
                Some(article)
            }
            Err(problem) => {
                on_problem(&problem);
                None
            }
        })
        .collect()
}

/// Runs `analyze` on `raw`, turning a panic into an error naming the article's source.
fn contained(
    raw: &RawArticle,
    analyze: impl FnOnce() -> (Article, Vec<Diagnostic>),
) -> Result<(Article, Vec<Diagnostic>), Diagnostic> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(analyze)).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let why: String = why.chars().take(200).collect();
        Diagnostic::error(
            raw.source.clone(),
            format!("internal error while analysing this article, left out ({why}); please report it"),
        )
    })
}

/// What a stored batch changed: the articles stored or replaced, reduced for clustering (an
/// unchanged or older copy changes no cluster), and the ids of those replaced.
fn changed(articles: &[Article], outcomes: &[Outcome]) -> (Vec<Doc>, Vec<ArticleId>) {
    let kept: Vec<(&Article, &Outcome)> =
        articles.iter().zip(outcomes).filter(|(_, o)| matches!(o, Outcome::Stored | Outcome::Replaced)).collect();
    let replaced = kept.iter().filter(|(_, o)| **o == Outcome::Replaced).map(|(a, _)| a.id.clone()).collect();
    (kept.par_iter().map(|(a, _)| Doc::of(a)).collect(), replaced)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_analysing_is_an_error_naming_the_article() {
        let raw = RawArticle::new("feed.jsonl#7", storyline_model::Body::Text("Text.".into()));
        let fine = contained(&raw, || storyline_pipeline::analyze(&PipelineConfig::standard(), &raw));
        assert!(fine.is_ok());
        // (The default hook prints the panic; the test passes over it.)
        let failed = contained(&raw, || panic!("index out of bounds")).unwrap_err();
        assert_eq!(failed.source, "feed.jsonl#7");
        assert_eq!(failed.severity, storyline_model::Severity::Error);
        assert!(failed.message.contains("index out of bounds"), "{}", failed.message);
    }

    #[test]
    fn keep_top_entries_keeps_the_weightiest_in_date_order() {
        let entry = |date: &str, weight: u64| storyline_model::TimelineEntry {
            date: date.into(),
            granularity: "day".into(),
            text: String::new(),
            sources: Vec::new(),
            first_reported: None,
            mentions: 1,
            weight,
        };
        let mut t = Timeline {
            story: "s".into(),
            title: "t".into(),
            entries: vec![
                entry("2025-01-01", 1),
                entry("2025-01-02", 5),
                entry("2025-01-03", 2),
                entry("2025-01-04", 5),
            ],
            disagreements: Vec::new(),
            date_disagreements: Vec::new(),
        };
        keep_top_entries(&mut t, 3);
        let dates: Vec<&str> = t.entries.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2025-01-02", "2025-01-03", "2025-01-04"]);
    }

    #[test]
    fn ingest_bytes_counts_and_deduplicates() {
        let mut engine = Engine::in_memory().unwrap();
        let jsonl = b"{\"id\": \"1\", \"text\": \"The council met on Monday to approve the budget for the year.\", \"date\": \"2024-01-08\"}\n{\"id\": \"1\", \"text\": \"The council met on Monday to approve the budget for the year.\", \"date\": \"2024-01-08\"}\nnot json\n";
        let mut problems = Vec::new();
        let report = engine
            .ingest_bytes(&IngestOptions::standard(), "up.jsonl", jsonl, &mut |p| problems.push(p.clone()))
            .unwrap();
        assert_eq!((report.n_read, report.n_stored, report.n_duplicates, report.n_failed), (2, 1, 1, 1));
        assert_eq!(problems[0].source, "up.jsonl:3");
        assert_eq!(engine.article("1").unwrap().published.unwrap().to_string(), "2024-01-08");
        assert!(matches!(engine.article("2"), Err(Error::ArticleNotFound(_))));
    }

    #[test]
    fn timelines_are_saved_when_a_story_changes_and_follow_updated_pages() {
        let mut engine = Engine::in_memory().unwrap();
        let opts = IngestOptions::standard();
        let first = b"{\"id\": \"p1\", \"url\": \"https://example.org/p1\", \"date\": \"2024-03-05\", \"title\": \"Bridge closed after crack found\", \"text\": \"The city closed the river bridge on Monday after engineers found a crack in a main beam.\"}\n";
        engine.ingest_bytes(&opts, "a.jsonl", first, &mut |_| {}).unwrap();
        let story = engine.story_of("p1").unwrap().expect("clustered");
        let stamp = engine.store.story_stamp(&story).unwrap().unwrap();
        let (saved_stamp, saved) = engine.store.saved_timeline(&story).unwrap().expect("saved at ingest");
        assert_eq!(saved_stamp, stamp);
        assert!(
            stamp.starts_with("t3:"),
            "timelines saved before entries had weights or date disagreements go stale: {stamp}"
        );
        assert_eq!(saved, engine.compute_timeline(&story).unwrap());
        assert!(saved.entries.iter().any(|e| e.date == "2024-03-04"), "{saved:?}");

        // The same page, updated: its story's saved timeline is recomputed.
        let update = b"{\"id\": \"p1\", \"url\": \"https://example.org/p1\", \"date\": \"2024-03-06\", \"title\": \"Bridge closed after crack found\", \"text\": \"The city closed the river bridge on Monday after engineers found a crack. It will reopen in June.\"}\n";
        let report = engine.ingest_bytes(&opts, "b.jsonl", update, &mut |_| {}).unwrap();
        assert_eq!(report.n_replaced, 1);
        let timeline = engine.timeline(&story).unwrap();
        assert_eq!(timeline, engine.compute_timeline(&story).unwrap());
        assert!(timeline.entries.iter().any(|e| e.date == "2024-06"), "{timeline:?}");
        assert!(matches!(engine.timeline("nope"), Err(Error::StoryNotFound(_))));
    }

    #[test]
    fn an_updated_page_renames_its_event_and_is_compared_in_its_new_version() {
        let mut engine = Engine::in_memory().unwrap();
        let opts = IngestOptions::standard();
        let line = |id: &str, date: &str, title: &str, text: &str| {
            format!("{{\"id\": \"{id}\", \"date\": \"{date}\", \"title\": \"{title}\", \"text\": \"{text}\"}}\n")
        };
        let old_text = "Firefighters in Kelmouth were called to a warehouse on the harbour front on Thursday \
                        morning after neighbours reported smoke. Crews from three stations were at the scene.";
        let first = line("live", "2024-05-02", "Fire breaks out at harbour warehouse", old_text);
        engine.ingest_bytes(&opts, "a.jsonl", first.as_bytes(), &mut |_| {}).unwrap();
        let before = engine.events(None).unwrap();
        assert_eq!(before.len(), 1);
        assert_eq!(before[0].title, "Fire breaks out at harbour warehouse");

        // The same page, rewritten a day later under a new headline.
        let text = "Kelmouth's harbour warehouse was destroyed by a fire that burned through Thursday night, \
                    the fire service said on Friday. Nobody was hurt. The owner, Tarrant Shipping, said the \
                    building held grain and timber and had been insured. Investigators from the county \
                    will inspect the ruins on Monday to find how the fire started.";
        let update = line("live", "2024-05-03", "Harbour warehouse destroyed by overnight fire", text);
        let report = engine.ingest_bytes(&opts, "b.jsonl", update.as_bytes(), &mut |_| {}).unwrap();
        assert_eq!((report.n_replaced, report.n_clustered), (1, 0));
        let after = engine.events(None).unwrap();
        assert_eq!(after.len(), 1, "{after:?}");
        assert_eq!((after[0].id.as_str(), after[0].story.as_str()), (before[0].id.as_str(), before[0].story.as_str()));
        assert_eq!(after[0].title, "Harbour warehouse destroyed by overnight fire");
        assert_eq!((after[0].first.as_deref(), after[0].last.as_deref()), (Some("2024-05-03"), Some("2024-05-03")));
        assert_eq!(after[0].reports, 1);
        assert!(after[0].entities.iter().any(|e| e.name == "Tarrant Shipping"), "{:?}", after[0].entities);
        let story = engine.story(&after[0].story).unwrap();
        assert_eq!(story.title, "Harbour warehouse destroyed by overnight fire");

        // A republication of the new text is a copy of the page; the old text no longer is.
        let copy = line("copy", "2024-05-03", "Warehouse fire", &format!("{text} Read more local news."));
        let old = line("old", "2024-05-02", "Warehouse fire", old_text);
        engine.ingest_bytes(&opts, "c.jsonl", format!("{copy}{old}").as_bytes(), &mut |_| {}).unwrap();
        let refs: Vec<(String, Option<String>)> = engine
            .events(None)
            .unwrap()
            .into_iter()
            .flat_map(|e| e.articles)
            .map(|a| (a.id.0, a.duplicate_of.map(|d| d.0)))
            .collect();
        assert!(refs.contains(&("copy".into(), Some("live".into()))), "{refs:?}");
        assert!(refs.contains(&("old".into(), None)), "{refs:?}");
    }
}
