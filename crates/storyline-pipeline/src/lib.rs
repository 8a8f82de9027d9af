//! The pure stages: a raw article in, an analysed article out.
//!
//! **Invariant:** no IO, no async, no clock, no global state that changes. Every stage is a function
//! of its config and its input, and returns problems as data. The same input always gives the same
//! output, on any thread, which is what lets the engine run stages in parallel.

pub mod clean;
pub mod extract;
mod lang;

use storyline_model::{Article, Diagnostic, RawArticle};

/// Settings of the analysis stages. No `Default`: callers state their numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Cleaning settings.
    pub clean: clean::CleanConfig,
    /// Whether to read facts (entities, numbers, times, claims) after cleaning; without them an
    /// article has its text, what was removed and its metadata only.
    pub facts: bool,
}

impl Config {
    /// The settings storyline ships with.
    pub fn standard() -> Config {
        Config { clean: clean::CleanConfig::standard(), facts: true }
    }
}

/// Analyses one article: cleans the body, settles metadata (input first, then what the page
/// says), detects the language. Never fails: problems come back as diagnostics.
pub fn analyze(config: &Config, raw: &RawArticle) -> (Article, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let cleaned = clean::clean(&config.clean, raw);
    if cleaned.text.trim().is_empty() {
        diagnostics.push(Diagnostic::warning(raw.source.clone(), "no article text found"));
    }
    // The input's date wins; the page's own stamp refines it when it names the same day with a time.
    let published = match (raw.published, cleaned.published) {
        (Some(given), Some(page)) if given.date == page.date && given.time.is_none() => Some(page),
        (given, page) => given.or(page).or(raw.fallback_date),
    };
    // The input's language wins. A page's declared one is often its template's default ("en" over
    // a German blog): the text's own, when the detector is sure of 200 bytes or more, wins over it.
    // (The detector runs only when the input states no language.)
    let lang = raw.lang.clone().map(|l| l.to_ascii_lowercase()).or_else(|| {
        let detected = lang::detect(&cleaned.text);
        let declared = cleaned.lang.clone().filter(|declared| {
            let primary = declared.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            !(cleaned.text.len() >= 200 && detected.as_ref().is_some_and(|d| *d != primary))
        });
        declared.or(detected)
    });
    let url = raw.url.clone().or(cleaned.url);
    let outlet = raw.outlet.clone().or(cleaned.outlet).or_else(|| url.as_deref().and_then(host_of));
    // The facts' rules read English: in another language they would name every capitalised noun
    // and read "10.000" as ten. Such articles keep their clean text and metadata, without facts.
    let english = lang.as_deref().is_none_or(|l| l == "en") || lang::reads_as_english(&cleaned.text);
    let (times, quantities, claims, entities) = if config.facts && english {
        let entities = extract::entities::entities(&cleaned.text);
        (
            extract::times::times(&cleaned.text, published.map(|p| p.date)),
            extract::quantities::quantities(&cleaned.text),
            extract::claims::claims(&cleaned.text, &entities),
            entities,
        )
    } else {
        Default::default()
    };
    let mut id_source = raw.clone();
    id_source.url = url.clone();
    let article = Article {
        source: raw.source.clone(),
        id: id_source.stable_id(),
        url,
        outlet,
        published,
        title: raw.title.as_deref().map(|t| clean::composed(t).into_owned()).or(cleaned.title),
        byline: raw.byline.as_deref().map(|b| clean::composed(b).into_owned()).or(cleaned.byline),
        lang,
        credits: cleaned.credits,
        dateline: cleaned.dateline,
        tags: cleaned.tags,
        text: cleaned.text,
        removed: cleaned.removed,
        entities,
        quantities,
        times,
        claims,
    };
    (article, diagnostics)
}

/// The host of a URL without `www.`, as an outlet name of last resort.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}
