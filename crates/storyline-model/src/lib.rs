//! The vocabulary of storyline: the plain data types that flow between the stages.
//!
//! ```text
//! Source ─ingest→ RawArticle ─clean→ Article ─extract→ Article with facts ─store→ …
//!                                   (problems → Diagnostic)
//! ```
//!
//! Everything here is plain data with public fields and `serde` derives. The JSON these derives
//! produce is the contract that `--json` prints and `/api` returns (see `docs/json-contract.md`):
//! add fields freely, never rename or drop one.
#![deny(missing_docs)]

mod date;
mod id;

pub use date::{Published, month_of};
pub use id::ArticleId;

use serde::{Deserialize, Serialize};

/// The body of an input record, before cleaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "content")]
pub enum Body {
    /// Plain text: the seed format, a text file, a JSONL `text` field.
    Text(String),
    /// An HTML page, kept raw; the cleaning stage extracts text and metadata.
    Html(String),
}

impl Body {
    /// The raw content, whatever its kind.
    pub fn as_str(&self) -> &str {
        match self {
            Body::Text(s) | Body::Html(s) => s,
        }
    }
}

/// One article as the input gave it: metadata the input states, and the raw body.
///
/// Produced by `storyline-ingest`; nothing here has been cleaned or inferred yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawArticle {
    /// Where it came from: the path given, `path#line` for JSONL, `path#record` for WARC.
    pub source: String,
    /// The id the input gave, if any.
    pub id: Option<String>,
    /// The article's URL, if the input states one.
    pub url: Option<String>,
    /// Title or headline stated by the input.
    pub title: Option<String>,
    /// Publication date stated by the input.
    pub published: Option<Published>,
    /// A date to fall back on when nothing better is found (a WARC record's capture date).
    pub fallback_date: Option<Published>,
    /// Outlet (site or publisher name) stated by the input.
    pub outlet: Option<String>,
    /// Byline stated by the input.
    pub byline: Option<String>,
    /// Language code stated by the input.
    pub lang: Option<String>,
    /// The body.
    pub body: Body,
}

impl RawArticle {
    /// A raw article with only a source and a body.
    pub fn new(source: impl Into<String>, body: Body) -> RawArticle {
        RawArticle {
            source: source.into(),
            id: None,
            url: None,
            title: None,
            published: None,
            fallback_date: None,
            outlet: None,
            byline: None,
            lang: None,
            body,
        }
    }

    /// The stable id: the given id, else a hash of the URL, else a hash of the body.
    pub fn stable_id(&self) -> ArticleId {
        if let Some(id) = self.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            return ArticleId(id.to_string());
        }
        if let Some(url) = self.url.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            return ArticleId::from_url(url);
        }
        ArticleId::from_content(self.body.as_str())
    }
}

/// A line or block taken out of an article, with what kind of furniture it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The text removed, as it stood.
    pub text: String,
    /// `promo`, `ticker`, `disclaimer`, `byline`, `section`, `related`, `tags`, `nav`, `social`,
    /// `copyright`, `title`, `dateline`, `caption`, `boilerplate`.
    pub kind: RemovedKind,
}

/// Kinds of removed furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RemovedKind {
    /// "Also Read |", "READ MORE:", "Click here", "Subscribe".
    Promo,
    /// A stock or index strip.
    Ticker,
    /// A publisher's note about the story.
    Disclaimer,
    /// "AFP Published 28 Apr, 2025 12:46pm".
    Byline,
    /// A lone section label ("World").
    Section,
    /// A headline of another article standing alone.
    Related,
    /// A trailing tag or keyword list.
    Tags,
    /// Navigation links and breadcrumbs.
    Nav,
    /// Share and follow prompts.
    Social,
    /// Copyright and rights lines.
    Copyright,
    /// The article's own headline, moved to `title`.
    Title,
    /// A photo caption or credit.
    Caption,
    /// Anything else that is page furniture.
    Boilerplate,
}

impl RemovedKind {
    /// The name used in JSON: `promo`, `ticker`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::Promo => "promo",
            RemovedKind::Ticker => "ticker",
            RemovedKind::Disclaimer => "disclaimer",
            RemovedKind::Byline => "byline",
            RemovedKind::Section => "section",
            RemovedKind::Related => "related",
            RemovedKind::Tags => "tags",
            RemovedKind::Nav => "nav",
            RemovedKind::Social => "social",
            RemovedKind::Copyright => "copyright",
            RemovedKind::Title => "title",
            RemovedKind::Caption => "caption",
            RemovedKind::Boilerplate => "boilerplate",
        }
    }
}

/// Where and when the story was filed, as its dateline says: "MOSCOW:", "Pyongyang [North
/// Korea], August 21 (ANI):".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place named ("MOSCOW", "Pyongyang [North Korea]").
    pub place: String,
    /// The date it states, resolved against the publication date when possible (ISO 8601).
    pub date: Option<String>,
}

/// A named thing the article mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The words as they stand in the text.
    pub text: String,
    /// The canonical name within the article ("Kim" → "Kim Jong Un").
    pub name: String,
    /// `person`, `organization`, `place`, `group`, `other`.
    pub kind: EntityKind,
    /// Character offset of the first character in `text`.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// For places: the country it lies in.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// For places: latitude.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lat: Option<f64>,
    /// For places: longitude.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lon: Option<f64>,
}

/// Entity kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, government body, party.
    Organization,
    /// A country, region, city, landmark.
    Place,
    /// A nationality or demonym ("North Korean").
    Group,
    /// Anything else named.
    Other,
}

impl EntityKind {
    /// Every kind, in declaration order.
    pub const ALL: [EntityKind; 5] =
        [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Group, EntityKind::Other];

    /// The name used in JSON: `person`, `organization`, `place`, `group`, `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }

    /// The kind with this JSON name.
    pub fn parse(name: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A number and what it counts: "more than 10,000 soldiers".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The words as they stand.
    pub text: String,
    /// The value when one is stated.
    pub value: Option<f64>,
    /// Lower bound ("more than 10,000" → 10000).
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// "about", "nearly", "some".
    pub approx: bool,
    /// What is counted ("soldiers").
    pub counted: Option<String>,
    /// Unit for money and percentages ("USD", "GBP", "%", "bp"); a measure is what is counted
    /// ("24 km": `counted` "km").
    pub unit: Option<String>,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
}

/// A time expression with its TIMEX3 value resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeMention {
    /// The words as they stand.
    pub text: String,
    /// TIMEX3 value: `2025-08-21`, `2025-04`, `2025-W33`, `P1M`, `PRESENT_REF`.
    pub value: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
}

/// Who said what, and through whom it reached the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// What was said: the parts of a quote its attribution interrupts are joined by " … "
    /// (`start` and `end` span them all, the attribution between them too).
    pub text: String,
    /// Who said it (a canonical entity name when known).
    pub speaker: Option<String>,
    /// The cue word ("said", "according to").
    pub cue: Option<String>,
    /// True for a direct quote.
    pub quote: bool,
    /// The chain between speaker and article, nearest to the speaker first.
    pub via: Vec<String>,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
}

/// One analysed article: clean text, metadata, and the facts it states.
///
/// This is the object `storyline analyze --json` prints, one per line.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where it came from.
    pub source: String,
    /// Stable id.
    pub id: ArticleId,
    /// Canonical URL.
    pub url: Option<String>,
    /// Site or publisher name.
    pub outlet: Option<String>,
    /// Publication date or date-time.
    pub published: Option<Published>,
    /// Headline.
    pub title: Option<String>,
    /// Byline as printed.
    pub byline: Option<String>,
    /// Language code (ISO 639-1 where known).
    pub lang: Option<String>,
    /// Wire agencies credited ("ANI", "AFP").
    pub credits: Vec<String>,
    /// The dateline, if the text opens with one.
    pub dateline: Option<Dateline>,
    /// A trailing tag list.
    pub tags: Vec<String>,
    /// The clean body; paragraphs separated by a blank line.
    pub text: String,
    /// Furniture removed from the body.
    pub removed: Vec<Removed>,
    /// People, organisations, places.
    pub entities: Vec<Entity>,
    /// Numbers with what they count.
    pub quantities: Vec<Quantity>,
    /// Time expressions.
    pub times: Vec<TimeMention>,
    /// Attributed claims and quotes.
    pub claims: Vec<Claim>,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Input was lost or is wrong; the run's exit code reports failure.
    Error,
    /// Something was odd but nothing was lost.
    Warning,
}

/// A problem found in the input, reported as data rather than aborting the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Where: `path`, `path:line`, `path#record`.
    pub source: String,
    /// How bad.
    pub severity: Severity,
    /// What went wrong, in words a user can act on.
    pub message: String,
}

impl Diagnostic {
    /// An error at `source`.
    pub fn error(source: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { source: source.into(), severity: Severity::Error, message: message.into() }
    }

    /// A warning at `source`.
    pub fn warning(source: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { source: source.into(), severity: Severity::Warning, message: message.into() }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.source, self.message)
    }
}

/// A search hit, as `storyline search --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// Article id.
    pub id: ArticleId,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<Published>,
    /// A passage with the matched words between `[` and `]`.
    pub snippet: String,
    /// Relevance; higher is better.
    pub score: f64,
    /// The story the article belongs to, once stories exist.
    pub story: Option<String>,
}

/// Counts over a store, as `storyline stats --json` prints them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Articles stored.
    pub articles: u64,
    /// Events formed.
    pub events: u64,
    /// Stories formed.
    pub stories: u64,
    /// Distinct outlets.
    pub outlets: u64,
    /// Earliest publication date.
    pub first: Option<String>,
    /// Latest publication date.
    pub last: Option<String>,
    /// Articles with no publication date.
    pub undated: u64,
    /// Articles per language.
    pub languages: Vec<NameCount>,
    /// Articles per outlet, largest first (at most 20).
    pub top_outlets: Vec<NameCount>,
}

/// A name and how many times it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameCount {
    /// The name.
    pub name: String,
    /// How many.
    pub count: u64,
}

/// An article as a member of an event or story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRef {
    /// The article's id.
    pub id: ArticleId,
    /// Its title.
    pub title: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: Option<Published>,
    /// The earlier article it copies (a syndicated or republished copy), if any.
    pub duplicate_of: Option<ArticleId>,
    /// How close it is to its event (cosine similarity), or to its original when a copy.
    pub similarity: f32,
}

/// One happening, reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id (`e` and 12 hex digits).
    pub id: String,
    /// The story it belongs to.
    pub story: String,
    /// A headline for it: the title (or the opening sentence) of its most central article, one
    /// with a title before one without.
    pub title: String,
    /// Its articles, earliest first; copies name their original in `duplicate_of`.
    pub articles: Vec<ArticleRef>,
    /// Distinct reports: articles that are not copies.
    pub reports: u64,
    /// Outlets that reported it.
    pub outlets: Vec<String>,
    /// First publication day (YYYY-MM-DD).
    pub first: Option<String>,
    /// Last publication day.
    pub last: Option<String>,
    /// The people, organisations and places it is about, most mentioned first.
    pub entities: Vec<NameCount>,
}

/// A thread of events over weeks or months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id (`s` and 12 hex digits).
    pub id: String,
    /// A headline for it.
    pub title: String,
    /// Its events, earliest first.
    pub events: Vec<String>,
    /// Its articles, earliest first.
    pub articles: Vec<ArticleRef>,
    /// Distinct reports: articles that are not copies.
    pub reports: u64,
    /// Outlets that reported it.
    pub outlets: Vec<String>,
    /// First publication day (YYYY-MM-DD).
    pub first: Option<String>,
    /// Last publication day.
    pub last: Option<String>,
    /// The people, organisations and places it is about, most mentioned first.
    pub entities: Vec<NameCount>,
}

/// Where a timeline entry comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineSource {
    /// The article.
    pub article: ArticleId,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: Option<Published>,
    /// The chain a claim in it travelled before reaching the article (`via` of the claim), with its
    /// speaker first, when the entry's sentence is a claim.
    pub via: Vec<String>,
}

/// One dated happening in a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The date, as precise as the sources say: `2024`, `2024-06`, `2025-04-28`.
    pub date: String,
    /// `year`, `month` or `day`.
    pub granularity: String,
    /// What happened: the sentence that says it best.
    pub text: String,
    /// Articles that tell it, earliest first.
    pub sources: Vec<TimelineSource>,
    /// When it was first reported (the earliest source's publication day).
    pub first_reported: Option<String>,
    /// How many distinct articles tell it.
    pub mentions: u64,
    /// How strongly the story's coverage points at the date, the same for every entry of one
    /// date: each distinct article that mentions the date (or is published on it) counts 1, or 6
    /// when published two weeks or more after it (a date still recalled weeks later mattered).
    /// Timelines saved before it existed read as 0.
    #[serde(default)]
    pub weight: u64,
}

/// One value of a disputed number, with who gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisputedValue {
    /// As written ("about 600").
    pub text: String,
    /// The number (the lower bound of a range).
    pub value: f64,
    /// Articles that give it.
    pub sources: Vec<TimelineSource>,
}

/// Sources that give different numbers for the same thing in the same event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// What is counted ("soldiers").
    pub about: String,
    /// The event it belongs to.
    pub event: String,
    /// The different values.
    pub values: Vec<DisputedValue>,
}

/// One date given for a disputed happening, with who gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisputedDate {
    /// The date: `2025-04-27`, `2025-04` or `2025`.
    pub date: String,
    /// `year`, `month` or `day`.
    pub granularity: String,
    /// The sentence that tells it with this date.
    pub text: String,
    /// Articles that give this date.
    pub sources: Vec<TimelineSource>,
}

/// Sources that give different dates for one happening of one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateDisagreement {
    /// The happening, as its most told sentence says it.
    pub about: String,
    /// The event it belongs to.
    pub event: String,
    /// The different dates, earliest first.
    pub dates: Vec<DisputedDate>,
}

/// A story's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The story's id.
    pub story: String,
    /// The story's title.
    pub title: String,
    /// Dated entries, earliest first.
    pub entries: Vec<TimelineEntry>,
    /// Numbers the sources disagree on.
    pub disagreements: Vec<Disagreement>,
    /// Dates the sources disagree on (timelines saved before it existed read as none).
    #[serde(default)]
    pub date_disagreements: Vec<DateDisagreement>,
}

/// What a search's matches have in common, for filters in a UI: counts per outlet, month, story
/// and entity over the best matches (not only the page of hits shown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Facets {
    /// Number of matching articles.
    pub total: u64,
    /// How many of the best matches the lists below count (`total` when it is small).
    pub sampled: u64,
    /// Matches per outlet, largest first.
    pub outlets: Vec<NameCount>,
    /// Matches per publication month (`YYYY-MM`), in date order.
    pub months: Vec<NameCount>,
    /// Matches per story, largest first.
    pub stories: Vec<StoryCount>,
    /// Matching articles per entity name, largest first.
    pub entities: Vec<NameCount>,
}

/// A story and how many of some set of articles belong to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryCount {
    /// Story id.
    pub id: String,
    /// Story title.
    pub title: String,
    /// How many.
    pub count: u64,
}

/// One entity across the store, as `/api/entities/{name}` returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityReport {
    /// The canonical name.
    pub name: String,
    /// Its most frequent kind.
    pub kind: EntityKind,
    /// Articles that mention it.
    pub articles: u64,
    /// Articles that mention it per publication month (`YYYY-MM`), in date order.
    pub months: Vec<NameCount>,
    /// Stories it appears in, most mentions first.
    pub stories: Vec<StoryCount>,
    /// Entities named in the same articles, most shared articles first.
    pub cooccurring: Vec<NameCount>,
    /// For places: country and coordinates, from the latest article that geocoded it.
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// Articles per outlet per day, as `/api/coverage` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// First day shown (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Last day shown.
    pub to: Option<String>,
    /// Every day from `from` to `to`.
    pub days: Vec<String>,
    /// One row per outlet, most articles first; `counts[i]` is the number on `days[i]`.
    pub outlets: Vec<CoverageRow>,
}

/// One outlet's articles per day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageRow {
    /// Outlet name.
    pub outlet: String,
    /// Articles in the period.
    pub total: u64,
    /// Articles per day, aligned with [`Coverage::days`].
    pub counts: Vec<u64>,
}

/// A claim and where else it was carried, as `/api/articles/{id}/claims/{n}` returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The article the claim was read in.
    pub article: ArticleId,
    /// The claim.
    pub claim: Claim,
    /// The chain it travelled, from its first speaker to the outlet: speaker, `via` links, the
    /// article's wire credits, the outlet (repeats dropped).
    pub chain: Vec<String>,
    /// Every article carrying the same claim (this one included), earliest first.
    pub carriers: Vec<Carrier>,
}

/// An article that carries a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Carrier {
    /// Article id.
    pub article: ArticleId,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<Published>,
    /// The claim as this article words it.
    pub text: String,
    /// Its speaker there.
    pub speaker: Option<String>,
    /// Its index in that article's `claims`.
    pub claim: usize,
}

/// A story in a list: enough to show it, without its articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StorySummary {
    /// Story id.
    pub id: String,
    /// Story title.
    pub title: String,
    /// Distinct reports (articles that are not copies).
    pub reports: u64,
    /// Articles, copies included.
    pub articles: u64,
    /// Outlets, most articles first (at most five).
    pub outlets: Vec<String>,
    /// First day.
    pub first: Option<String>,
    /// Last day.
    pub last: Option<String>,
    /// Articles per publication day (`YYYY-MM-DD`), in date order.
    pub days: Vec<NameCount>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_kind_names_are_the_json_names() {
        for kind in EntityKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
            assert_eq!(EntityKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EntityKind::parse("Person"), None);
    }
}
