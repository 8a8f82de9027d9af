//! Duplicates, events, stories and timelines: pure functions over analysed articles, no IO.
//!
//! [`State`] is everything clustering remembers between runs (document frequencies, sketches,
//! events and stories with their centroids); the store loads and saves it. [`State::assign`] takes
//! a batch of new articles and, one by one in a fixed order (publication day, then strongest
//! feature, then id), marks each copy of an earlier article, puts each report in the most similar
//! recent event or opens one, and puts each new event in the most similar story or opens one;
//! refinement rounds then compare each new report with the events the whole batch built, and a
//! story opened in the batch may fold into a larger one. The same input therefore gives the same
//! events and stories whatever the order of files or the number of threads. [`State::replace`]
//! takes in new versions of clustered articles (updated pages), which keep their event and story.
//!
//! Similarity is the cosine of TF-IDF vectors over words and entity names (and, for events,
//! numbers and dates mentioned; see [`profile`]), discounted by the days between an article and
//! the event or story: a happening is reported over days, a story runs for months. A later report
//! that names an earlier day is as near an event as that day ("the shooting of September 10, 2010",
//! told at the trial two years on).

pub mod profile;
pub mod sketch;
pub mod timeline;

use chrono::NaiveDate;
use profile::{Profile, Vector};
use rayon::prelude::*;
use sketch::Sketch;
use std::collections::{HashMap, HashSet};
use storyline_model::{Article, ArticleId};

type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Tunable settings; [`Config::standard`] is what ships.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Lowest similarity for an article to join an event.
    pub event_threshold: f32,
    /// Lowest similarity for a new event to join a story.
    pub story_threshold: f32,
    /// Days over which an event's pull halves.
    pub event_days: f32,
    /// Days over which a story's pull halves.
    pub story_days: f32,
    /// Story vectors weigh each feature by its IDF raised to this power (events use the full IDF).
    /// A story's own words ("spill", "BP" in a store of oil-spill news) are in most of its articles:
    /// at full IDF they weigh nothing, and a store that holds one story falls apart into dozens.
    pub story_idf_power: f32,
    /// At most this many times, each new report of a batch is compared again with the batch's
    /// events once all of it has been placed; rounds stop early once no report moves (0: one
    /// pass, each report placed once, in order).
    pub refine_rounds: usize,
    /// An event of the batch splits in two when two people are each named at least twice in at
    /// least this many of its reports and seldom in the same one: two happenings of one kind
    /// (0: never).
    pub split_reports: usize,
    /// Two new events of the batch, each with most of its reports dated, their days at most
    /// `event_days` apart, whose centroids are at least this similar are one happening (a report
    /// left alone joins at `event_threshold`, lowered for a brief; above 1: no joins at all).
    pub merge_threshold: f32,
}

impl Config {
    /// The shipped settings.
    pub fn standard() -> Config {
        Config {
            event_threshold: 0.27,
            story_threshold: 0.12,
            event_days: 7.0,
            story_days: 365.0,
            story_idf_power: 0.5,
            refine_rounds: 3,
            split_reports: 4,
            merge_threshold: 0.3,
        }
    }
}

/// One article, reduced to what clustering needs.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The article's id.
    pub id: ArticleId,
    /// Its publication day.
    pub day: Option<NaiveDate>,
    /// Earlier days it names ("the September 10, 2010 shooting"): a later report of a happening
    /// is pulled to the happening's event as if published on the day it recalls.
    pub recalls: Vec<NaiveDate>,
    /// The days of the week its opening names (see [`weekdays`]), for a dated report those of
    /// the week before its publication: the happening's weekday, which an event of other days (a
    /// dated event of a few days, or undated reports naming other weekdays) is unlikely to be.
    /// ECB+ pairs an earthquake "on Sunday" with one on a Thursday years later, the first
    /// reports undated.
    pub weekdays: u8,
    /// A headline: its title, or its first sentence.
    pub headline: String,
    /// Whether the headline is the article's title (not its first sentence).
    pub titled: bool,
    /// Its features.
    pub profile: Profile,
    /// Its near-duplicate sketch.
    pub sketch: Sketch,
}

impl Doc {
    /// Reduces an analysed article.
    pub fn of(article: &Article) -> Doc {
        Doc::seeded(article, 0)
    }

    /// [`Doc::of`] with features hashed under `seed` (see [`Profile::seeded`]): for benchmarks.
    pub fn seeded(article: &Article, seed: u64) -> Doc {
        Doc {
            id: article.id.clone(),
            day: article.published.map(|p| p.date),
            recalls: recalls(article),
            weekdays: weekdays(article),
            headline: headline(article),
            titled: article.title.as_deref().is_some_and(|t| !t.trim().is_empty()),
            profile: Profile::seeded(article, seed),
            sketch: Sketch::of(&article.text),
        }
    }
}

/// The days before its publication that an article names, each stated to the day (at most
/// [`MAX_RECALLS`], the latest, in order). Days of the week before it are left out: the time
/// discount already allows them.
fn recalls(article: &Article) -> Vec<NaiveDate> {
    let Some(published) = article.published.map(|p| p.date) else { return Vec::new() };
    let mut days: Vec<NaiveDate> = article
        .times
        .iter()
        .filter_map(|t| {
            let day = t.value.get(..10).filter(|_| t.value.len() == 10 || t.value.as_bytes()[10] == b'T')?;
            NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
        })
        .filter(|&d| d < published - chrono::Days::new(7))
        .collect();
    days.sort_unstable();
    days.dedup();
    // (An anniversary's day long past, "the attacks of September 11, 2001", weighs least.)
    days.split_off(days.len().saturating_sub(MAX_RECALLS))
}

/// The days of the week an article's opening names ("on Sunday morning"), one bit a day from
/// Monday (bit 0): its happening's weekday. An undated article's are days of an unknown week
/// (`XXXX-WXX-7TMO`); a dated one's count when they fall in the week before its publication.
fn weekdays(article: &Article) -> u8 {
    use chrono::Datelike;
    let lead_end = article.text.char_indices().nth(LEAD_CHARS).map_or(article.text.len(), |(i, _)| i);
    let named = article.times.iter().filter(|t| t.start < lead_end);
    let Some(published) = article.published.map(|p| p.date) else {
        let days = named.filter_map(|t| t.value.strip_prefix("XXXX-WXX-")?.bytes().next());
        return days.filter(|d| (b'1'..=b'7').contains(d)).fold(0, |mask, d| mask | 1 << (d - b'1'));
    };
    // ("on Sunday", "Tue.": chrono reads the names; a date without its weekday is not one.)
    let weekday_named =
        |text: &str| text.split(|c: char| !c.is_alphabetic()).any(|w| w.parse::<chrono::Weekday>().is_ok());
    let days = named.filter(|t| weekday_named(&t.text)).filter_map(|t| {
        NaiveDate::parse_from_str(t.value.get(..10)?, "%Y-%m-%d")
            .ok()
            .filter(|&d| d <= published && published - d <= chrono::TimeDelta::days(6))
    });
    days.fold(0, |mask, d| mask | 1 << d.weekday().num_days_from_monday())
}

/// How much of an undated article's opening is read for its weekdays: its first paragraph or two.
const LEAD_CHARS: usize = 400;

/// The time discount of an event for a report whose weekdays are none of its days: a dated
/// event of a few days for an undated report, an event of undated reports for a dated one.
const WEEKDAY_MISS: f32 = 0.5;

/// [`WEEKDAY_MISS`] when a dated report names weekdays (`weekdays`, see [`Doc::weekdays`]) and
/// the undated reports of an event (`theirs`, 0 when it has dated ones) name others; else 1.
fn undated_event_pull(day: Option<NaiveDate>, weekdays: u8, theirs: u8) -> f32 {
    if day.is_some() && weekdays != 0 && theirs != 0 && weekdays & theirs == 0 { WEEKDAY_MISS } else { 1.0 }
}

/// Most earlier days a report recalls.
const MAX_RECALLS: usize = 8;

/// A title a person would write: the article's title, else its first sentence (cut at a word
/// boundary).
fn headline(article: &Article) -> String {
    if let Some(title) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
        return title.trim().to_string();
    }
    let first = article.text.split_inclusive(['.', '!', '?', '\n']).find(|s| s.split_whitespace().count() >= 4);
    let first = first.unwrap_or(&article.text).trim();
    // (A wire's credit may follow a date rather than a place: "Sept 21 (Reuters) - Here is …".)
    let credited = |s: &str| s[..s.floor_char_boundary(40)].contains(") - ");
    let first = if article.dateline.is_some() || credited(first) { after_dateline(first) } else { first };
    if first.chars().count() <= 140 {
        return first.to_string();
    }
    let cut: String = first.chars().take(140).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a))
}

/// A sentence without the dateline the cleaner found before it ("Marseille, July 15 (AFP): ",
/// "MOSCOW: "): a headline does not start with one.
fn after_dateline(sentence: &str) -> &str {
    let head = &sentence[..sentence.floor_char_boundary(100)];
    let cut = ["): ", ") - ", ") – ", ") — "].iter().filter_map(|sep| head.find(sep).map(|i| i + sep.len())).min();
    let cut = cut.or_else(|| {
        // A capitalised place and a colon: "MOSCOW: ".
        let (place, _) = head.split_once(": ")?;
        (place.len() <= 40 && place.chars().all(|c| c.is_uppercase() || c == ' ' || c == ',' || c == '.'))
            .then_some(place.len() + 2)
    });
    match cut {
        Some(i) if sentence[i..].split_whitespace().count() >= 4 => sentence[i..].trim_start(),
        _ => sentence,
    }
}

/// How much more central a report without a title must be than one with a title to name a
/// cluster: a headline its writer gave beats a first sentence cut to length.
const TITLE_BONUS: f32 = 0.1;

fn title_bonus(doc: &Doc) -> f32 {
    if doc.titled { TITLE_BONUS } else { 0.0 }
}

/// An event or a story as clustering sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Stable id: `e` or `s` and the first 12 hex digits of a hash of the article that opened it.
    pub id: String,
    /// For an event, the index of its story in [`State::stories`]; unused for stories.
    pub story: usize,
    /// Its headline and how central the article it came from is.
    pub title: String,
    /// Cosine of the title's article to the centroid when chosen.
    pub title_score: f32,
    /// First and last publication days of its reports.
    pub first: Option<NaiveDate>,
    /// See `first`.
    pub last: Option<NaiveDate>,
    /// Reports (not copies) in it.
    pub n: u32,
    /// Sum of its reports' vectors, pruned to the strongest features.
    pub centroid: Vector,
    /// Changed since loaded: the store writes it back.
    pub dirty: bool,
}

/// Features kept in a centroid.
const CENTROID_FEATURES: usize = 200;
/// Features of a centroid indexed for candidate search.
const INDEXED_FEATURES: usize = 30;
/// Members kept per LSH bucket.
const BUCKET_CAP: usize = 64;
/// Candidates scored exactly per article.
const CANDIDATES: usize = 60;
/// Features of an article looked up in the event index to find candidate events (stories, whose
/// vectors weigh features more evenly, look up all of them).
const EVENT_QUERY_FEATURES: usize = 24;
/// Postings read per feature, the latest: a feature shared by every event of a templated batch
/// ("Council item 1", "Council item 2", …) would otherwise make each search read them all, and a
/// batch cost the square of its size. An event that gains a report goes back to the end (a state
/// loaded from the store indexes its events in the order they opened, so a run's result depends
/// only on the store and the batch).
const POSTINGS_READ: usize = 512;

impl Cluster {
    fn new(prefix: char, doc: &Doc, vector: &Vector, story: usize) -> Cluster {
        let hash = xxhash_rust::xxh3::xxh3_64(doc.id.0.as_bytes());
        Cluster {
            id: format!("{prefix}{:012x}", hash >> 16),
            story,
            title: doc.headline.clone(),
            title_score: 1.0 + title_bonus(doc),
            first: doc.day,
            last: doc.day,
            n: 1,
            centroid: vector.clone(),
            dirty: true,
        }
    }

    fn add(&mut self, doc: &Doc, vector: &Vector) {
        profile::add(&mut self.centroid, vector, 1.0);
        profile::keep_strongest(&mut self.centroid, CENTROID_FEATURES);
        self.n += 1;
        self.first = min_day(self.first, doc.day);
        self.last = max_day(self.last, doc.day);
        // The most central report names the cluster (the first one keeps it on ties), one with a
        // title before one without.
        let (cosine, bonus) = (profile::cosine(vector, &self.centroid), title_bonus(doc));
        if self.n == 2 {
            // Two reports are as central as each other: the title goes to the titled one, else
            // the first (whose score `new` set to 1 and its bonus).
            let first_bonus = self.title_score - 1.0;
            if bonus > first_bonus {
                self.title = doc.headline.clone();
            }
            self.title_score = cosine + bonus.max(first_bonus);
        } else if cosine + bonus > self.title_score + 0.05 {
            self.title = doc.headline.clone();
            self.title_score = cosine + bonus;
        }
        self.dirty = true;
    }

    /// The cluster made again from its reports and their vectors (in the order they joined):
    /// centroid, count, span, and the title of the most central report (the first on ties).
    /// Without reports, it keeps what it had.
    fn rebuild(&mut self, reports: &[(&Doc, Vector)]) {
        if reports.is_empty() {
            return;
        }
        let mut centroid = Vector::new();
        for (_, v) in reports {
            profile::add(&mut centroid, v, 1.0);
        }
        profile::keep_strongest(&mut centroid, CENTROID_FEATURES);
        let (mut title, mut title_score) = (&reports[0].0.headline, f32::MIN);
        for (doc, v) in reports {
            let score = profile::cosine(v, &centroid) + title_bonus(doc);
            if score > title_score {
                (title, title_score) = (&doc.headline, score);
            }
        }
        self.title = title.clone();
        self.title_score = title_score;
        self.centroid = centroid;
        self.n = reports.len() as u32;
        self.first = reports.iter().map(|(d, _)| d.day).fold(None, min_day);
        self.last = reports.iter().map(|(d, _)| d.day).fold(None, max_day);
        self.dirty = true;
    }

    /// Days between `day` and the cluster's span (0 inside it, or when either is undated).
    fn gap(&self, day: Option<NaiveDate>) -> f32 {
        match (day, self.first, self.last) {
            (Some(d), Some(first), Some(last)) => {
                if d < first {
                    (first - d).num_days() as f32
                } else if d > last {
                    (d - last).num_days() as f32
                } else {
                    0.0
                }
            }
            _ => 0.0,
        }
    }

    /// The time discount of a report of `day`: 1 inside the cluster's span, halved
    /// `half_life_days` away from it.
    fn pull(&self, day: Option<NaiveDate>, half_life_days: f32) -> f32 {
        1.0 / (1.0 + self.gap(day) / half_life_days)
    }

    /// [`Cluster::pull`] of a report of `day` that recalls the days `recalls`: the nearest of them.
    fn pull_recalling(&self, day: Option<NaiveDate>, recalls: &[NaiveDate], half_life_days: f32) -> f32 {
        recalls.iter().fold(self.pull(day, half_life_days), |p, &r| p.max(self.pull(Some(r), half_life_days)))
    }

    /// [`Cluster::pull_recalling`], halved for an undated report that names days of the week
    /// (`weekdays`, see [`Doc::weekdays`]) none of which is a day of a dated cluster of a few
    /// days or one of the two days before it (its reports name the happening's day).
    fn pull_when(&self, day: Option<NaiveDate>, recalls: &[NaiveDate], weekdays: u8, half_life_days: f32) -> f32 {
        let pull = self.pull_recalling(day, recalls, half_life_days);
        let (None, Some(first), Some(last)) = (day, self.first, self.last) else { return pull };
        if weekdays == 0 || (last - first).num_days() >= 5 {
            return pull;
        }
        let from = first.checked_sub_days(chrono::Days::new(2)).unwrap_or(first);
        let days = from.iter_days().take_while(|&d| d <= last);
        let named = days.fold(0u8, |mask, d| mask | 1 << chrono::Datelike::weekday(&d).num_days_from_monday());
        if named & weekdays == 0 { pull * WEEKDAY_MISS } else { pull }
    }

    /// Whether a report of `day` could reach `threshold` at all: the time discount alone keeps a
    /// cluster far enough away below it, whatever the words (searches skip such clusters).
    fn within_reach(&self, day: Option<NaiveDate>, recalls: &[NaiveDate], half_life_days: f32, threshold: f32) -> bool {
        self.pull_recalling(day, recalls, half_life_days) >= threshold
    }
}

fn min_day(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_day(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Where one article went.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    /// The article.
    pub article: ArticleId,
    /// Its event's id.
    pub event: String,
    /// Its story's id.
    pub story: String,
    /// The earlier article it copies, if it is a copy.
    pub duplicate_of: Option<ArticleId>,
    /// Its similarity to its event (or, for a copy, its containment in the original).
    pub similarity: f32,
    /// The people, organisations and places it names.
    pub names: Vec<String>,
}

/// A stored article's sketch and where it went, as the store keeps them.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The article.
    pub article: ArticleId,
    /// Its sketch.
    pub sketch: Sketch,
    /// Index of its event in [`State::events`].
    pub event: usize,
    /// The original, when it is a copy.
    pub duplicate_of: Option<ArticleId>,
}

/// Everything clustering remembers between runs.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// Articles clustered so far.
    pub n_docs: u64,
    /// Document frequency of each feature.
    pub df: Map<u64, u32>,
    /// Features whose frequency changed since loaded.
    pub df_dirty: HashSet<u64>,
    /// Every clustered article.
    pub members: Vec<Member>,
    /// Events, in the order they opened.
    pub events: Vec<Cluster>,
    /// Stories, in the order they opened.
    pub stories: Vec<Cluster>,
    // Indexes, rebuilt on load.
    bands: Map<(u8, u64), Vec<u32>>,
    member_of: Map<ArticleId, u32>,
    event_index: Map<u64, Vec<u32>>,
    story_index: Map<u64, Vec<u32>>,
}

impl State {
    /// A state from what the store saved (indexes are rebuilt here).
    pub fn from_parts(
        n_docs: u64,
        df: Map<u64, u32>,
        members: Vec<Member>,
        events: Vec<Cluster>,
        stories: Vec<Cluster>,
    ) -> State {
        let mut state = State { n_docs, df, members, events, stories, ..State::default() };
        for i in 0..state.members.len() {
            state.index_member(i as u32);
        }
        for i in 0..state.events.len() {
            index_cluster(&mut state.event_index, &state.events[i].centroid, i as u32);
        }
        for i in 0..state.stories.len() {
            index_cluster(&mut state.story_index, &state.stories[i].centroid, i as u32);
        }
        state
    }

    fn index_member(&mut self, i: u32) {
        let member = &self.members[i as usize];
        self.member_of.insert(member.article.clone(), i);
        for (band, key) in member.sketch.bands().enumerate() {
            // Templated texts ("Council item 1", "Council item 2", …) all share buckets: a bucket
            // keeps its earliest members only, so that finding copies stays linear.
            let bucket = self.bands.entry((band as u8, key)).or_default();
            if bucket.len() < BUCKET_CAP {
                bucket.push(i);
            }
        }
    }

    /// Whether an article has been clustered.
    pub fn contains(&self, id: &ArticleId) -> bool {
        self.member_of.contains_key(id)
    }

    /// A clustered article's index in [`State::members`], and its sketch and place.
    pub fn member(&self, id: &ArticleId) -> Option<(usize, &Member)> {
        self.member_of.get(id).map(|&i| (i as usize, &self.members[i as usize]))
    }

    fn idf(&self, feature: u64) -> f32 {
        let df = self.df.get(&feature).copied().unwrap_or(0) as f32;
        ((self.n_docs as f32 + 1.0) / (df + 1.0)).ln() + 1.0
    }

    /// Clusters a batch of new articles (already clustered ones are skipped), the most similar
    /// to another report of the batch first (copies of a report published before them last),
    /// then by strongest feature, then by day and id, and says where each went.
    ///
    /// One pass places each report in turn, so the first reports of an event join or open events
    /// before the rest of the batch is seen. Then, in rounds until no report moves (at most
    /// `refine_rounds`), every new report is compared with the events as the whole batch left
    /// them (without itself) and moves to the closest, or opens its own event when none is close
    /// enough; finally the batch is placed again from the state before it, each report going
    /// where the rounds put it. Events and stories saved by earlier runs only gain reports.
    pub fn assign(&mut self, config: &Config, mut docs: Vec<Doc>) -> Vec<Assignment> {
        docs.retain(|d| !self.contains(&d.id));
        docs.sort_by(|a, b| (a.day.is_none(), a.day, &a.id).cmp(&(b.day.is_none(), b.day, &b.id)));
        docs.dedup_by(|a, b| a.id == b.id);
        // Document frequencies first, so that the whole batch is weighed alike.
        for doc in &docs {
            self.n_docs += 1;
            for f in doc.profile.features() {
                *self.df.entry(f).or_default() += 1;
                self.df_dirty.insert(f);
            }
        }
        // Among reports equally close to their nearest neighbour, articles go by their strongest
        // feature, then day and id: reports that share their main subject meet one another first,
        // whatever the articles are called.
        let keyed = self.event_vectors(docs);
        // Most similar to another report of the batch first, whatever its day: events start from
        // reports that surely belong together, and the doubtful come when the events they choose
        // between have formed (in any other order, the first reports of two look-alike happenings
        // may open one event; in publication order, an undated report, or one of a day with few
        // reports, would find only the events of other days to join). The time discount still
        // keeps reports days apart in events of their own.
        // A report that copies one of the batch published before it comes after the rest: the
        // first version is the original, the copies join its event.
        let (nearest, later) = (nearest_in_batch(&keyed), later_copies(&keyed));
        let day_and_id = |d: &Doc| (d.day.is_none(), d.day, d.id.clone());
        let mut order: Vec<usize> = (0..keyed.len()).collect();
        order.sort_by(|&i, &j| {
            let ((ki, a, _), (kj, b, _)) = (&keyed[i], &keyed[j]);
            later[i]
                .cmp(&later[j])
                .then(nearest[j].total_cmp(&nearest[i]))
                .then(ki.cmp(kj))
                .then_with(|| day_and_id(a).cmp(&day_and_id(b)))
        });
        let mut keyed: Vec<Option<(u64, Doc, Vector)>> = keyed.into_iter().map(Some).collect();
        let keyed = order.into_iter().filter_map(|i| keyed[i].take());
        let (docs, vectors): (Vec<Doc>, Vec<Vector>) = keyed.map(|(_, d, v)| (d, v)).unzip();
        let first_new_story = self.stories.len();
        let mut out: Vec<Assignment> = if config.refine_rounds == 0 || docs.len() < 2 {
            docs.iter().map(|doc| self.assign_one(config, doc, None, None)).collect()
        } else {
            let mut undo = Undo { members: self.members.len(), events: self.events.len(), ..Undo::default() };
            let first_new_event = self.events.len();
            let placed: Vec<Assignment> =
                docs.iter().map(|doc| self.assign_one(config, doc, None, Some(&mut undo))).collect();
            let index_of: Map<&str, usize> = self.events.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
            let mut labels: Vec<Option<Label>> = placed
                .iter()
                .map(|a| {
                    let e = index_of[a.event.as_str()];
                    a.duplicate_of.is_none().then_some(if e < first_new_event {
                        Label::Old(e)
                    } else {
                        Label::New(e - first_new_event)
                    })
                })
                .collect();
            self.roll_back(undo);
            for _ in 0..config.refine_rounds {
                let next = self.refine(config, &docs, &vectors, &labels);
                if next == labels {
                    break;
                }
                labels = next;
            }
            merge_near_events(config, &docs, &vectors, &mut labels);
            split_lookalikes(&docs, &mut labels, config.split_reports);
            let mut opened: Map<usize, usize> = Map::default();
            docs.iter()
                .zip(labels)
                .map(|(doc, label)| {
                    let choice = label.map(|label| match label {
                        Label::Old(e) => Choice::Join(e),
                        Label::New(g) => match opened.get(&g) {
                            Some(&e) => Choice::Join(e),
                            None => {
                                opened.insert(g, self.events.len());
                                Choice::Open
                            }
                        },
                    });
                    self.assign_one(config, doc, choice, None)
                })
                .collect()
        };
        self.fold_stories(config, first_new_story, &mut out);
        out
    }

    /// Each report with its event vector, weighed once the batch is counted (the weights hold
    /// for the whole call), and that vector's strongest feature.
    fn event_vectors(&self, docs: Vec<Doc>) -> Vec<(u64, Doc, Vector)> {
        docs.into_iter()
            .map(|d| {
                let vector = d.profile.event_vector(|f| self.idf(f));
                (strongest_feature(&vector), d, vector)
            })
            .collect()
    }

    /// One round of refinement: where each new report (`None`: a copy) goes when compared with the
    /// events as `labels` leave them. `self` is the state before the batch.
    fn refine(
        &self,
        config: &Config,
        docs: &[Doc],
        vectors: &[Vector],
        labels: &[Option<Label>],
    ) -> Vec<Option<Label>> {
        // The events the batch touches: an earlier event with the reports that joined it, or a
        // new event of this batch's reports.
        let mut groups: Vec<Cluster> = Vec::new();
        let mut group_of: Map<Label, usize> = Map::default();
        for ((doc, vector), label) in docs.iter().zip(vectors).zip(labels) {
            let Some(label) = *label else { continue };
            match group_of.get(&label) {
                Some(&g) => groups[g].add(doc, vector),
                None => {
                    let mut group = match label {
                        Label::Old(e) => self.events[e].clone(),
                        Label::New(_) => Cluster::new('e', doc, vector, 0),
                    };
                    if let Label::Old(_) = label {
                        group.add(doc, vector);
                    }
                    group_of.insert(label, groups.len());
                    groups.push(group);
                }
            }
        }
        let mut index: Map<u64, Vec<u32>> = Map::default();
        for (g, group) in groups.iter().enumerate() {
            index_cluster(&mut index, &group.centroid, g as u32);
        }
        let keys: Vec<Label> = {
            let mut keys = vec![Label::New(usize::MAX); groups.len()];
            group_of.iter().for_each(|(&label, &g)| keys[g] = label);
            keys
        };
        // The weekdays the undated reports of the batch in each event name, and its dated reports
        // (an earlier event's count as one when it had any).
        let mut theirs = vec![0u8; groups.len()];
        let mut dated: Vec<usize> =
            keys.iter().map(|k| usize::from(matches!(k, Label::Old(e) if self.events[*e].first.is_some()))).collect();
        for (doc, label) in docs.iter().zip(labels) {
            if let Some(label) = label {
                let g = group_of[label];
                match doc.day {
                    Some(_) => dated[g] += 1,
                    None => theirs[g] |= doc.weekdays,
                }
            }
        }
        // The weekdays of an event's undated reports when it holds no dated one but `doc`.
        let undated_weekdays = |g: usize, doc: &Doc, own: usize| {
            let others = dated[g] - usize::from(g == own && doc.day.is_some());
            if others == 0 { theirs[g] } else { 0 }
        };
        let fresh = labels.iter().flatten().filter_map(|l| if let Label::New(g) = l { Some(g + 1) } else { None });
        let fresh = fresh.max().unwrap_or(0);
        // Each report is compared with the same groups: on all cores, in input order.
        (0..docs.len())
            .into_par_iter()
            .map(|i| {
                let (doc, vector) = (&docs[i], &vectors[i]);
                let label = labels[i]?;
                let own = group_of[&label];
                let group = &groups[own];
                // Its own event without it (nothing, when it is the only report of a new event).
                let stay = (group.n > 1 || matches!(label, Label::Old(_))).then(|| {
                    let mut rest = group.centroid.clone();
                    profile::add(&mut rest, vector, -1.0);
                    rest.retain(|&(_, w)| w > 1e-6);
                    profile::cosine(vector, &rest)
                        * group.pull_when(doc.day, &doc.recalls, doc.weekdays, config.event_days)
                        * undated_event_pull(doc.day, doc.weekdays, undated_weekdays(own, doc, own))
                });
                let reach = |g: usize| {
                    g != own && groups[g].within_reach(doc.day, &doc.recalls, config.event_days, config.event_threshold)
                };
                let other = best_candidate(&index, vector, EVENT_QUERY_FEATURES, reach, |g| {
                    let group = &groups[g];
                    let time = group.pull_when(doc.day, &doc.recalls, doc.weekdays, config.event_days);
                    let theirs = undated_weekdays(g, doc, own);
                    profile::cosine(vector, &group.centroid) * time * undated_event_pull(doc.day, doc.weekdays, theirs)
                });
                let choice = match (stay, other) {
                    (Some(s), Some((g, o))) if o > s => (keys[g], o),
                    (Some(s), _) => (label, s),
                    (None, Some((g, o))) => (keys[g], o),
                    (None, None) => (label, 0.0),
                };
                Some(if choice.1 >= config.event_threshold {
                    choice.0
                } else if stay.is_none() {
                    label
                } else {
                    Label::New(fresh + i)
                })
            })
            .collect()
    }

    /// The reports (not copies) of the stories that hold any of `updated`, and `updated`
    /// themselves: what [`State::replace`] needs to weigh those stories and their events again.
    pub fn replaced_scope(&self, updated: &[ArticleId]) -> Vec<ArticleId> {
        let updated: HashSet<&ArticleId> = updated.iter().collect();
        let stories: HashSet<usize> = updated
            .iter()
            .filter_map(|id| self.member_of.get(*id))
            .map(|&i| self.events[self.members[i as usize].event].story)
            .collect();
        self.members
            .iter()
            .filter(|m| {
                m.duplicate_of.is_none() && stories.contains(&self.events[m.event].story)
                    || updated.contains(&m.article)
            })
            .map(|m| m.article.clone())
            .collect()
    }

    /// Takes in new versions of clustered articles (an updated page, stored under its old id):
    /// each keeps its event and story, whose centroids, titles and spans are computed again
    /// from `docs` (the reports of [`State::replaced_scope`], the updated ones in their new
    /// version), and its sketch becomes the new text's. A copy whose new text no longer copies
    /// its original becomes a report of its own. Says where each updated article is; ids that
    /// are not clustered are skipped.
    pub fn replace(&mut self, config: &Config, updated: &[ArticleId], docs: &[Doc]) -> Vec<Assignment> {
        let doc_of: Map<&ArticleId, &Doc> = docs.iter().map(|d| (&d.id, d)).collect();
        let mut out = Vec::new();
        let mut events = Vec::new();
        for id in updated {
            let (Some(&i), Some(doc)) = (self.member_of.get(id), doc_of.get(id)) else { continue };
            let i = i as usize;
            self.members[i].sketch = doc.sketch.clone();
            self.index_member(i as u32);
            let original = self.members[i].duplicate_of.as_ref().and_then(|r| self.member_of.get(r));
            if original.is_some_and(|&r| doc.sketch.copy_of(&self.members[r as usize].sketch).is_none()) {
                self.members[i].duplicate_of = None;
            }
            events.push(self.members[i].event);
            out.push(i);
        }
        events.sort_unstable();
        events.dedup();
        let mut stories: Vec<usize> = events.iter().map(|&e| self.events[e].story).collect();
        stories.sort_unstable();
        stories.dedup();
        // Each cluster from its reports, in the order they were clustered.
        let mut reports: Map<usize, Vec<&Doc>> = Map::default();
        let mut story_reports: Map<usize, Vec<&Doc>> = Map::default();
        for m in self.members.iter().filter(|m| m.duplicate_of.is_none()) {
            let Some(doc) = doc_of.get(&m.article) else { continue };
            if events.binary_search(&m.event).is_ok() {
                reports.entry(m.event).or_default().push(doc);
            }
            let story = self.events[m.event].story;
            if stories.binary_search(&story).is_ok() {
                story_reports.entry(story).or_default().push(doc);
            }
        }
        for &e in &events {
            let vectors: Vec<(&Doc, Vector)> =
                reports.get(&e).into_iter().flatten().map(|d| (*d, d.profile.event_vector(|f| self.idf(f)))).collect();
            self.events[e].rebuild(&vectors);
            index_cluster(&mut self.event_index, &self.events[e].centroid, e as u32);
        }
        for &s in &stories {
            let vectors: Vec<(&Doc, Vector)> = story_reports
                .get(&s)
                .into_iter()
                .flatten()
                .map(|d| (*d, d.profile.vector(|f| self.idf(f).powf(config.story_idf_power))))
                .collect();
            self.stories[s].rebuild(&vectors);
            index_cluster(&mut self.story_index, &self.stories[s].centroid, s as u32);
        }
        out.into_iter()
            .map(|i| {
                let member = &self.members[i];
                let doc = doc_of[&member.article];
                let event = &self.events[member.event];
                let similarity = match &member.duplicate_of {
                    Some(r) => {
                        self.member_of.get(r).and_then(|&r| doc.sketch.copy_of(&self.members[r as usize].sketch))
                    }
                    None => Some(profile::cosine(&doc.profile.event_vector(|f| self.idf(f)), &event.centroid)),
                };
                Assignment {
                    article: member.article.clone(),
                    event: event.id.clone(),
                    story: self.story_id(event.story),
                    duplicate_of: member.duplicate_of.clone(),
                    similarity: similarity.unwrap_or(0.0),
                    names: doc.profile.names.clone(),
                }
            })
            .collect()
    }

    /// A story opened in this batch joins the most similar larger story if their centroids reach
    /// the story threshold: its first reports were below it when they came, one by one, but the
    /// whole batch seen, a story may prove to be another's part (one war told by two outlets in
    /// their own words). Stories saved by earlier runs never move.
    fn fold_stories(&mut self, config: &Config, first_new: usize, out: &mut [Assignment]) {
        let mut target: Vec<usize> = (0..self.stories.len()).collect();
        for s in first_new..self.stories.len() {
            let story = &self.stories[s];
            let best = (0..self.stories.len())
                .filter(|&t| t != s && target[t] == t && self.stories[t].n > story.n)
                .map(|t| {
                    let other = &self.stories[t];
                    let days = config.story_days;
                    let time = match (story.first, story.last) {
                        (Some(f), Some(l)) => other.pull(Some(f), days).max(other.pull(Some(l), days)),
                        _ => 1.0,
                    };
                    (t, story_similarity(&story.centroid, &other.centroid) * time)
                })
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            if let Some((t, _)) = best.filter(|&(_, sim)| sim >= config.story_threshold) {
                let (centroid, n, first, last) =
                    (self.stories[s].centroid.clone(), self.stories[s].n, self.stories[s].first, self.stories[s].last);
                let into = &mut self.stories[t];
                profile::add(&mut into.centroid, &centroid, 1.0);
                profile::keep_strongest(&mut into.centroid, CENTROID_FEATURES);
                into.n += n;
                into.first = min_day(into.first, first);
                into.last = max_day(into.last, last);
                into.dirty = true;
                target[s] = t;
            }
        }
        if target.iter().enumerate().all(|(i, &t)| i == t) {
            return;
        }
        // Drop the folded stories, renumber the rest, and point events and assignments at them.
        let mut new_index = vec![usize::MAX; self.stories.len()];
        let mut kept = Vec::new();
        for (i, story) in std::mem::take(&mut self.stories).into_iter().enumerate() {
            if target[i] == i {
                new_index[i] = kept.len();
                kept.push(story);
            }
        }
        let resolve = |mut i: usize| {
            while target[i] != i {
                i = target[i];
            }
            new_index[i]
        };
        for event in &mut self.events {
            event.story = resolve(event.story);
        }
        self.stories = kept;
        let story_of: Map<&str, usize> = self.events.iter().map(|e| (e.id.as_str(), e.story)).collect();
        for a in out.iter_mut() {
            if let Some(&story) = story_of.get(a.event.as_str()) {
                a.story = self.stories[story].id.clone();
            }
        }
        self.story_index = Map::default();
        for i in 0..self.stories.len() {
            index_cluster(&mut self.story_index, &self.stories[i].centroid, i as u32);
        }
    }

    /// Places one article: a copy with its original, a report in `choice` or in the most similar
    /// event, and a new event in a story. With `first_pass`, events only (a pass whose work is
    /// rolled back): new events get no story and assignments no story id, and what changes is
    /// written down in the undo log.
    fn assign_one(
        &mut self,
        config: &Config,
        doc: &Doc,
        choice: Option<Choice>,
        mut first_pass: Option<&mut Undo>,
    ) -> Assignment {
        let stories = first_pass.is_none();
        let vector = doc.profile.event_vector(|f| self.idf(f));
        // A copy joins its original's event and changes nothing else.
        if let Some((original, containment)) = self.original_of(doc) {
            let event = self.members[original].event;
            let root = self.members[original].duplicate_of.clone().unwrap_or(self.members[original].article.clone());
            self.members.push(Member {
                article: doc.id.clone(),
                sketch: doc.sketch.clone(),
                event,
                duplicate_of: Some(root.clone()),
            });
            self.index_member(self.members.len() as u32 - 1);
            let story = self.events[event].story;
            return Assignment {
                article: doc.id.clone(),
                event: self.events[event].id.clone(),
                story: self.story_id(story),
                duplicate_of: Some(root),
                similarity: containment,
                names: doc.profile.names.clone(),
            };
        }
        let story_vector =
            if stories { doc.profile.vector(|f| self.idf(f).powf(config.story_idf_power)) } else { Vec::new() };
        let best_event = match choice {
            None => {
                let events = &self.events;
                let reach =
                    |e: usize| events[e].within_reach(doc.day, &doc.recalls, config.event_days, config.event_threshold);
                best_where(events, &self.event_index, Query::event(&vector, doc, config), reach)
                    .filter(|&(_, s)| s >= config.event_threshold)
            }
            Some(Choice::Join(e)) => {
                let time = self.events[e].pull_when(doc.day, &doc.recalls, doc.weekdays, config.event_days);
                Some((e, profile::cosine(&vector, &self.events[e].centroid) * time))
            }
            Some(Choice::Open) => None,
        };
        let (event, similarity) = match best_event {
            Some((e, s)) => {
                if let Some(undo) = first_pass.as_deref_mut()
                    && e < undo.events
                {
                    undo.touched.entry(e).or_insert_with(|| self.events[e].clone());
                }
                self.events[e].add(doc, &vector);
                if stories {
                    let story = self.events[e].story;
                    self.stories[story].add(doc, &story_vector);
                }
                let pushed = index_cluster(&mut self.event_index, &self.events[e].centroid, e as u32);
                if let Some(undo) = first_pass {
                    undo.postings.extend(pushed);
                }
                (e, s)
            }
            None if !stories => {
                self.events.push(Cluster::new('e', doc, &vector, usize::MAX));
                let e = self.events.len() - 1;
                let pushed = index_cluster(&mut self.event_index, &self.events[e].centroid, e as u32);
                if let Some(undo) = first_pass {
                    undo.postings.extend(pushed);
                }
                (e, 1.0)
            }
            None => {
                // The story: the most similar story centroid, or the story of the most similar
                // event whatever its date (a new development of an old event's thread).
                let by_story = best(&self.stories, &self.story_index, Query::story(&story_vector, doc.day, config));
                let by_event = best(&self.events, &self.event_index, Query::story(&vector, doc.day, config))
                    .map(|(e, s)| (self.events[e].story, s));
                let best_story = [by_story, by_event]
                    .into_iter()
                    .flatten()
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                    .filter(|&(_, s)| s >= config.story_threshold);
                let story = match best_story {
                    Some((s, _)) => {
                        self.stories[s].add(doc, &story_vector);
                        s
                    }
                    None => {
                        self.stories.push(Cluster::new('s', doc, &story_vector, 0));
                        self.stories.len() - 1
                    }
                };
                index_cluster(&mut self.story_index, &self.stories[story].centroid, story as u32);
                self.events.push(Cluster::new('e', doc, &vector, story));
                let e = self.events.len() - 1;
                index_cluster(&mut self.event_index, &self.events[e].centroid, e as u32);
                (e, 1.0)
            }
        };
        self.members.push(Member { article: doc.id.clone(), sketch: doc.sketch.clone(), event, duplicate_of: None });
        self.index_member(self.members.len() as u32 - 1);
        let story = self.events[event].story;
        Assignment {
            article: doc.id.clone(),
            event: self.events[event].id.clone(),
            story: self.story_id(story),
            duplicate_of: None,
            similarity,
            names: doc.profile.names.clone(),
        }
    }

    /// Puts the state back as it was before a first pass, from its undo log: the members and
    /// events it added go, the events it changed are restored, and the index postings it pushed
    /// (each the last of its list when pushed) are popped, newest first.
    fn roll_back(&mut self, undo: Undo) {
        for feature in undo.postings.into_iter().rev() {
            if let Some(postings) = self.event_index.get_mut(&feature) {
                postings.pop();
                if postings.is_empty() {
                    self.event_index.remove(&feature);
                }
            }
        }
        while self.members.len() > undo.members {
            let i = self.members.len() as u32 - 1;
            let Some(member) = self.members.pop() else { break };
            self.member_of.remove(&member.article);
            for (band, key) in member.sketch.bands().enumerate() {
                let Some(bucket) = self.bands.get_mut(&(band as u8, key)) else { continue };
                if bucket.last() == Some(&i) {
                    bucket.pop();
                    if bucket.is_empty() {
                        self.bands.remove(&(band as u8, key));
                    }
                }
            }
        }
        self.events.truncate(undo.events);
        for (e, event) in undo.touched {
            self.events[e] = event;
        }
    }

    /// A story's id; empty for an event placed without stories.
    fn story_id(&self, story: usize) -> String {
        self.stories.get(story).map(|s| s.id.clone()).unwrap_or_default()
    }

    /// The clustered article this one copies most closely (the earliest among equals), with the
    /// containment. A member that is itself a copy counts only if this one copies its original
    /// too: copies of copies would chain articles that share nothing (a story, a digest holding
    /// it and another story, that other story).
    fn original_of(&self, doc: &Doc) -> Option<(usize, f32)> {
        let mut seen = HashSet::new();
        let mut best: Option<(usize, f32)> = None;
        for (band, key) in doc.sketch.bands().enumerate() {
            for &i in self.bands.get(&(band as u8, key)).into_iter().flatten() {
                if !seen.insert(i) {
                    continue;
                }
                let member = &self.members[i as usize];
                let Some(c) = doc.sketch.copy_of(&member.sketch) else { continue };
                let root = member.duplicate_of.as_ref().and_then(|r| self.member_of.get(r));
                if root.is_some_and(|&r| doc.sketch.copy_of(&self.members[r as usize].sketch).is_none()) {
                    continue;
                }
                if best.is_none_or(|(b, bc)| c > bc || c == bc && (i as usize) < b) {
                    best = Some((i as usize, c));
                }
            }
        }
        best
    }
}

/// What a first pass changed, so that it can be undone without copying the whole state (which
/// grows with the store, not the batch).
#[derive(Debug, Default)]
struct Undo {
    /// How many members and events there were before the pass.
    members: usize,
    events: usize,
    /// Events saved before the pass, as they were before it first changed them.
    touched: Map<usize, Cluster>,
    /// The features whose event postings the pass pushed to, in order.
    postings: Vec<u64>,
}

/// Which reports of `docs` copy one published before them (by day, undated last, then id),
/// found through the sketches' bands as the store finds copies (a band keeps its first
/// [`BUCKET_CAP`] reports, so that templated batches stay linear).
fn later_copies(docs: &[(u64, Doc, Vector)]) -> Vec<bool> {
    let key = |i: usize| {
        let d = &docs[i].1;
        (d.day.is_none(), d.day, &d.id)
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| key(a).cmp(&key(b)));
    let mut bands: Map<(u8, u64), Vec<u32>> = Map::default();
    let mut out = vec![false; docs.len()];
    let mut seen = HashSet::new();
    for &i in &order {
        let sketch = &docs[i].1.sketch;
        seen.clear();
        out[i] = sketch.bands().enumerate().any(|(band, key)| {
            bands
                .get(&(band as u8, key))
                .into_iter()
                .flatten()
                .any(|&j| seen.insert(j) && sketch.copy_of(&docs[j as usize].1.sketch).is_some())
        });
        for (band, key) in sketch.bands().enumerate() {
            let bucket = bands.entry((band as u8, key)).or_default();
            if bucket.len() < BUCKET_CAP {
                bucket.push(i as u32);
            }
        }
    }
    out
}

/// Each report's cosine to its nearest neighbour among the other reports in `docs`
/// (`(strongest feature, doc, vector)`), found through the reports' strongest features as events
/// are (0 for a report alone).
fn nearest_in_batch(docs: &[(u64, Doc, Vector)]) -> Vec<f32> {
    // (Indexed in id order: which neighbours a long posting list keeps must not hang on the
    // input's order.)
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| docs[a].1.id.cmp(&docs[b].1.id));
    let mut index: Map<u64, Vec<u32>> = Map::default();
    for (k, &i) in order.iter().enumerate() {
        index_cluster(&mut index, &docs[i].2, k as u32);
    }
    let nearest: Vec<f32> = order
        .par_iter()
        .enumerate()
        .map(|(k, &i)| {
            let vector = &docs[i].2;
            let score = |c: usize| profile::cosine(vector, &docs[order[c]].2);
            best_candidate(&index, vector, EVENT_QUERY_FEATURES, |c| c != k, score).map_or(0.0, |(_, s)| s)
        })
        .collect();
    let mut out = vec![0.0; docs.len()];
    for (&i, score) in order.iter().zip(nearest) {
        out[i] = score;
    }
    out
}

/// The feature that weighs most in a vector (ties: the lower feature).
fn strongest_feature(vector: &[(u64, f32)]) -> u64 {
    vector.iter().max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0))).map_or(0, |&(f, _)| f)
}

/// Where refinement puts a new report: an event saved before the batch (its index), or the n-th
/// new event of the batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Label {
    Old(usize),
    New(usize),
}

/// Joins the new events of the batch that tell one happening: refinement moves reports one at a
/// time, and two halves of an event (a singer checks into one clinic, then into another) can each
/// hold their reports, every report nearer its own half. Two events whose centroids reach
/// `merge_threshold` become one (each joins the most similar such event before it, in the order
/// they opened) when their reports are mostly dated and their days lie at most `event_days` apart
/// (the joined event spanning at most `event_days`), or when neither has a dated report (words
/// alone decide, as they do for an undated report). A dated event and an undated one are left
/// apart: nothing in the undated one says its happening is the dated one's.
///
/// A report left alone joins at the bar of a report joining an event (`event_threshold`), lower
/// when it is short: a brief of k features ("Dr Mark Vinar, 43, is presumed dead after
/// disappearing off Zurbriggens Ridge") compared with an event of m reaches at most about
/// √(k / m) of the cosine a full report of the same happening would (m counted up to
/// [`profile::ARTICLE_FEATURES`]), so the bar is scaled by that ratio (down to half the bar).
fn merge_near_events(config: &Config, docs: &[Doc], vectors: &[Vector], labels: &mut [Option<Label>]) {
    if config.merge_threshold > 1.0 {
        return;
    }
    // Each new event: its label, its reports gathered, how many are dated.
    let mut groups: std::collections::BTreeMap<usize, (Cluster, usize)> = Default::default();
    for ((doc, vector), label) in docs.iter().zip(vectors).zip(labels.iter()) {
        let Some(Label::New(g)) = *label else { continue };
        match groups.get_mut(&g) {
            Some((group, dated)) => {
                group.add(doc, vector);
                *dated += usize::from(doc.day.is_some());
            }
            None => {
                groups.insert(g, (Cluster::new('e', doc, vector, 0), usize::from(doc.day.is_some())));
            }
        }
    }
    let keys: Vec<usize> = groups.keys().copied().collect();
    let (clusters, dated): (Vec<Cluster>, Vec<usize>) = groups.into_values().unzip();
    let mut index: Map<u64, Vec<u32>> = Map::default();
    for (g, cluster) in clusters.iter().enumerate() {
        index_cluster(&mut index, &cluster.centroid, g as u32);
    }
    let mostly_dated = |g: usize| 2 * dated[g] >= clusters[g].n as usize && clusters[g].first.is_some();
    // Days apart: the gap between the two spans (none when they overlap).
    let apart = |a: &Cluster, b: &Cluster| match (a.first, a.last, b.first, b.last) {
        (Some(af), Some(al), Some(bf), Some(bl)) => (af.max(bf) - al.min(bl)).num_days().max(0) as f32,
        _ => f32::INFINITY,
    };
    let mut root: Vec<usize> = (0..clusters.len()).collect();
    // The days each joined event spans, by its root: a join may not stretch it past `event_days`
    // (chains of joins would make one event of a month's coverage).
    let mut span: Vec<(Option<NaiveDate>, Option<NaiveDate>)> = clusters.iter().map(|c| (c.first, c.last)).collect();
    // (Each lookup points the events it passes at their root: chains stay short.)
    let find = |root: &mut [usize], g: usize| {
        let mut top = g;
        while root[top] != top {
            top = root[top];
        }
        let mut g = g;
        while root[g] != top {
            (root[g], g) = (top, root[g]);
        }
        top
    };
    // Whether two events may be one happening by their days: both mostly dated and at most
    // `event_days` apart, or neither dated at all (their words alone decide, as for a report).
    let timely = |g: usize, h: usize| match (mostly_dated(g), mostly_dated(h)) {
        (true, true) => apart(&clusters[g], &clusters[h]) <= config.event_days,
        _ => dated[g] == 0 && dated[h] == 0,
    };
    // Two events join at `merge_threshold`; a lone report at the bar of a report, scaled by its
    // brevity.
    let bar = |a: &Cluster, b: &Cluster| {
        let lone = a.n == 1 || b.n == 1;
        brevity(a, b) * if lone { config.event_threshold } else { config.merge_threshold }
    };
    for g in 0..clusters.len() {
        let cluster = &clusters[g];
        let near = best_candidate(
            &index,
            &cluster.centroid,
            EVENT_QUERY_FEATURES,
            |h| h < g && timely(g, h),
            |h| profile::cosine(&cluster.centroid, &clusters[h].centroid),
        );
        if let Some((h, similarity)) = near
            && similarity >= bar(&clusters[g], &clusters[h])
        {
            let (a, b) = (find(&mut root, g), find(&mut root, h));
            let joined = (min_day(span[a].0, span[b].0), max_day(span[a].1, span[b].1));
            let fits = match joined {
                (Some(first), Some(last)) => (last - first).num_days() as f32 <= config.event_days,
                (first, last) => first.is_none() && last.is_none(),
            };
            if a != b && fits {
                root[a.max(b)] = a.min(b);
                span[a.min(b)] = joined;
            }
        }
    }
    for label in labels.iter_mut() {
        if let Some(Label::New(g)) = label {
            let k = keys.binary_search(g).expect("every new label has a group");
            *g = keys[find(&mut root, k)];
        }
    }
}

/// How much lower the bar is for two events one of which is a lone short report: the square root
/// of its features over the other's (counted up to a full report's): 1 for two events of several
/// reports, for a lone report of full length, or for two briefs of one length; never below one
/// half (a line of a word or two says too little to be placed by it).
fn brevity(a: &Cluster, b: &Cluster) -> f32 {
    let features = |c: &Cluster| c.centroid.len().min(profile::ARTICLE_FEATURES) as f32;
    let ratio = |lone: &Cluster, other: &Cluster| (lone.n == 1).then(|| features(lone) / features(other).max(1.0));
    let ratio = [ratio(a, b), ratio(b, a)].into_iter().flatten().min_by(f32::total_cmp);
    ratio.map_or(1.0, |r| r.sqrt().clamp(0.5, 1.0))
}

/// Splits each new event of the batch that tells two happenings of one kind: "Klitschko stops
/// Rahman" and, four years on, "Klitschko stops Thompson"; an interior secretary's ruling and his
/// successor's reversal. Two people, each named at least twice in at least `min_reports` of the
/// event's reports, named together in at most a third of the fewer's reports (the most-named
/// such pair, by surname in order on ties), and not two spellings of one name ("Gaddafi",
/// "Gadhafi": each outlet keeps its own): the reports that name the second more than the first
/// become an event of their own. Events saved by earlier runs are left whole.
fn split_lookalikes(docs: &[Doc], labels: &mut [Option<Label>], min_reports: usize) {
    if min_reports == 0 {
        return;
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (i, label) in labels.iter().enumerate() {
        if let Some(Label::New(g)) = label {
            groups.entry(*g).or_default().push(i);
        }
    }
    let mut fresh = groups.keys().next_back().map_or(0, |g| g + 1);
    for reports in groups.values().filter(|r| r.len() >= 2 * min_reports) {
        let mut naming: std::collections::BTreeMap<&str, usize> = Default::default();
        for &i in reports {
            for (name, _) in docs[i].profile.people.iter().filter(|(_, n)| *n >= 2) {
                *naming.entry(name).or_default() += 1;
            }
        }
        let people: Vec<(&str, usize)> = naming.into_iter().filter(|&(_, n)| n >= min_reports).collect();
        let mut best: Option<(usize, &str, &str)> = None;
        for (k, &(x, nx)) in people.iter().enumerate() {
            for &(y, ny) in &people[k + 1..] {
                let together = reports
                    .iter()
                    .filter(|&&i| docs[i].profile.mentions(x) > 0 && docs[i].profile.mentions(y) > 0)
                    .count();
                if 3 * together <= nx.min(ny)
                    && !spellings_of_one_name(x, y)
                    && best.is_none_or(|(score, _, _)| nx + ny > score)
                {
                    best = Some((nx + ny, x, y));
                }
            }
        }
        if let Some((_, x, y)) = best {
            for &i in reports {
                if docs[i].profile.mentions(y) > docs[i].profile.mentions(x) {
                    labels[i] = Some(Label::New(fresh));
                }
            }
            fresh += 1;
        }
    }
}

/// Whether two surnames are spellings of one name: at most two letters apart (Levenshtein), and
/// one apart below six letters ("Gaddafi", "Gadhafi", "Qaddafi"; "Brandt", "Brant").
fn spellings_of_one_name(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.to_lowercase().chars().collect(), b.to_lowercase().chars().collect());
    let allowed = if a.len().min(b.len()) < 6 { 1 } else { 2 };
    if a.len().abs_diff(b.len()) > allowed {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()] <= allowed
}

/// Where a report goes when its event is already decided.
#[derive(Debug, Clone, Copy)]
enum Choice {
    Join(usize),
    Open,
}

/// Adds a cluster's strongest features to an inverted index (once each); returns the features
/// whose postings it pushed to.
fn index_cluster(index: &mut Map<u64, Vec<u32>>, centroid: &Vector, i: u32) -> Vec<u64> {
    let mut top = centroid.clone();
    profile::keep_strongest(&mut top, INDEXED_FEATURES);
    let mut pushed = Vec::new();
    for (f, _) in top {
        let postings = index.entry(f).or_default();
        // Within the postings searches read, each cluster once.
        if postings.last() != Some(&i) && !latest(postings).contains(&i) {
            postings.push(i);
            pushed.push(f);
        }
    }
    pushed
}

/// The postings of a feature that searches read: the latest [`POSTINGS_READ`].
fn latest(postings: &[u32]) -> &[u32] {
    &postings[postings.len().saturating_sub(POSTINGS_READ)..]
}

type Similarity = fn(&[(u64, f32)], &[(u64, f32)]) -> f32;

/// What a search for the most similar cluster compares.
#[derive(Clone, Copy)]
struct Query<'a> {
    vector: &'a Vector,
    day: Option<NaiveDate>,
    /// Earlier days the report names (events only).
    recalls: &'a [NaiveDate],
    /// Days of the week the report names (events only; see [`Doc::weekdays`]).
    weekdays: u8,
    /// Days over which a cluster's pull halves.
    half_life_days: f32,
    similarity: Similarity,
    /// How many of the vector's strongest features find candidates.
    features: usize,
}

impl<'a> Query<'a> {
    /// An event for a report: word cosine, days-long discount.
    fn event(vector: &'a Vector, doc: &'a Doc, config: &Config) -> Query<'a> {
        Query {
            vector,
            day: doc.day,
            recalls: &doc.recalls,
            weekdays: doc.weekdays,
            half_life_days: config.event_days,
            similarity: profile::cosine,
            features: EVENT_QUERY_FEATURES,
        }
    }

    /// A story for a new event: words and names, months-long discount.
    fn story(vector: &'a Vector, day: Option<NaiveDate>, config: &Config) -> Query<'a> {
        Query {
            vector,
            day,
            recalls: &[],
            weekdays: 0,
            half_life_days: config.story_days,
            similarity: story_similarity,
            features: usize::MAX,
        }
    }
}

/// A story is held together by its actors and places as much as by its words: half the
/// similarity is the cosine over entity names alone.
fn story_similarity(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    0.5 * profile::cosine(a, b) + 0.5 * profile::entity_cosine(a, b)
}

/// The most similar cluster, time-discounted: candidates share strong features with the vector.
fn best(clusters: &[Cluster], index: &Map<u64, Vec<u32>>, query: Query) -> Option<(usize, f32)> {
    best_where(clusters, index, query, |_| true)
}

/// [`best`] among the clusters `keep` accepts.
fn best_where(
    clusters: &[Cluster],
    index: &Map<u64, Vec<u32>>,
    query: Query,
    keep: impl Fn(usize) -> bool,
) -> Option<(usize, f32)> {
    let Query { vector, day, recalls, weekdays, half_life_days, similarity, features } = query;
    best_candidate(index, vector, features, keep, |c| {
        let cluster = &clusters[c];
        similarity(vector, &cluster.centroid) * cluster.pull_when(day, recalls, weekdays, half_life_days)
    })
}

thread_local! {
    /// [`best_candidate`]'s sums of shared weight, by entry, and the entries they hold.
    static SHARED: std::cell::RefCell<(Vec<f32>, Vec<u32>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// The best by `score` of the entries of `index` that share one of the `features` strongest
/// features of `vector` and that `keep` accepts; ties go to the lower entry.
fn best_candidate(
    index: &Map<u64, Vec<u32>>,
    vector: &Vector,
    features: usize,
    keep: impl Fn(usize) -> bool,
    score: impl Fn(usize) -> f32,
) -> Option<(usize, f32)> {
    // Candidates share one of the vector's strongest features (the rest would mostly bring
    // entries that the exact score rejects, at the cost of long posting lists).
    let strongest;
    let looked_up: &[(u64, f32)] = if vector.len() > features {
        let mut v = vector.clone();
        profile::keep_strongest(&mut v, features);
        strongest = v;
        &strongest
    } else {
        vector
    };
    // The weight each entry shares, summed in a buffer kept per thread (a map per search cost a
    // tenth of clustering); weights are positive, so an entry at zero is not touched yet.
    let mut candidates: Vec<(u32, f32)> = SHARED.with_borrow_mut(|(shared, touched)| {
        for &(f, w) in looked_up {
            for &c in index.get(&f).map_or(&[][..], |p| latest(p)) {
                let c = c as usize;
                if c >= shared.len() {
                    shared.resize(c + 1, 0.0);
                }
                if shared[c] == 0.0 {
                    touched.push(c as u32);
                }
                shared[c] += w;
            }
        }
        let hits = touched.iter().map(|&c| (c, shared[c as usize])).filter(|&(c, _)| keep(c as usize)).collect();
        for &c in touched.iter() {
            shared[c as usize] = 0.0;
        }
        touched.clear();
        hits
    });
    // The entries sharing the most weight are scored exactly (the order among them does not
    // matter: the best is chosen by score, then index).
    if candidates.len() > CANDIDATES {
        candidates.select_nth_unstable_by(CANDIDATES - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(CANDIDATES);
    }
    candidates
        .into_iter()
        .map(|(c, _)| (c as usize, score(c as usize)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

#[cfg(test)]
mod tests;
