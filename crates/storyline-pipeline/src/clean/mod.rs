//! Cleaning: the article's body and nothing else, with every removed line kept and labelled.
//!
//! HTML pages go through [`html`] (main-content extraction and page metadata), then every body,
//! from a page or from plain text, goes through [`text`] (line-level furniture: promos, tickers,
//! disclaimers, bylines, section labels, related headlines, tag lists, datelines, wire credits).

pub mod dom;
pub mod html;
pub mod text;

use chrono::{Datelike, NaiveDate};
use storyline_model::{Body, Dateline, Published, RawArticle, Removed};

/// Cleaning settings.
#[derive(Debug, Clone, PartialEq)]
pub struct CleanConfig {
    /// Lines of at most this many words with no closing punctuation, standing alone between
    /// body paragraphs, are taken for headlines of other articles.
    pub related_min_words: usize,
    /// Largest HTML page parsed, in bytes; bigger pages are cut (hostile input must not hang).
    pub max_html_bytes: usize,
}

impl CleanConfig {
    /// The shipped settings.
    pub fn standard() -> CleanConfig {
        CleanConfig { related_min_words: 5, max_html_bytes: 8 << 20 }
    }
}

/// What cleaning found: the body, the furniture, and the metadata the page itself states.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cleaned {
    /// Clean body: paragraphs separated by a blank line.
    pub text: String,
    /// Furniture removed.
    pub removed: Vec<Removed>,
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub byline: Option<String>,
    /// Publication date the page states.
    pub published: Option<Published>,
    /// Outlet the page names.
    pub outlet: Option<String>,
    /// Language the page declares.
    pub lang: Option<String>,
    /// Canonical URL the page declares (or the address a plain-text crawl opens with).
    pub url: Option<String>,
    /// Wire agencies credited.
    pub credits: Vec<String>,
    /// The dateline.
    pub dateline: Option<Dateline>,
    /// Trailing tag list.
    pub tags: Vec<String>,
}

/// A stamp's day and month read the other way round when that gives the day its address gives, or
/// the day after (a stamp of the update): "4/9/2007" read day first is 4 September, but the page
/// at `/2007-04-09-office-shooting` is of 9 April; "Updated 12/2/2010" at `/2010-12-01-…` is of
/// 2 December.
fn agreeing(published: Option<Published>, from_url: Option<Published>) -> Option<Published> {
    let (mut p, url) = match (published, from_url) {
        (Some(p), Some(u)) => (p, u.date),
        (p, _) => return p,
    };
    let d = p.date;
    let near = |day: NaiveDate| (0..=1).contains(&(day - url).num_days());
    if !near(d)
        && d.day() <= 12
        && let Some(swapped) = NaiveDate::from_ymd_opt(d.year(), d.day(), d.month()).filter(|&s| near(s))
    {
        p.date = swapped;
    }
    Some(p)
}

/// The text in Unicode's composed form (NFC): "é" is one character whether the page wrote it as
/// one or as "e" and a combining accent, so that copies, searches and names match however each
/// outlet's software encoded them. Text already composed (nearly all) is borrowed, not copied.
pub(crate) fn composed(text: &str) -> std::borrow::Cow<'_, str> {
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text)
}

/// Cleans a raw article's body, whatever its kind.
pub fn clean(config: &CleanConfig, raw: &RawArticle) -> Cleaned {
    let reference = raw.published.or(raw.fallback_date);
    match &raw.body {
        Body::Text(body) => {
            let mut cleaned = text::clean(config, &composed(body), reference, text::Layout::Flat);
            let from_url = raw.url.as_deref().or(cleaned.url.as_deref()).and_then(html::url_date);
            // A stamp the text prints wins; else the day its address gives (as for a page).
            cleaned.published = agreeing(cleaned.published, from_url).or(from_url);
            cleaned
        }
        Body::Html(page) => {
            let page = html::extract(config, &composed(page));
            let mut cleaned = text::clean(config, &page.text, reference.or(page.published), text::Layout::Page);
            cleaned.removed.splice(0..0, page.removed);
            cleaned.title = page.title.or(cleaned.title);
            cleaned.byline = page.byline.or(cleaned.byline);
            let from_url = page.url.as_deref().and_then(html::url_date);
            cleaned.published = agreeing(page.published.or(cleaned.published), from_url);
            cleaned.outlet = page.outlet;
            cleaned.lang = page.lang;
            cleaned.url = page.url;
            for credit in page.credits {
                if !cleaned.credits.contains(&credit) {
                    cleaned.credits.push(credit);
                }
            }
            cleaned
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(body: &str) -> Option<String> {
        let raw = RawArticle::new("test", Body::Text(body.to_string()));
        clean(&CleanConfig::standard(), &raw).published.map(|p| p.to_string())
    }

    #[test]
    fn accents_written_as_two_characters_are_composed() {
        // "Sé" and "Zoë" with combining marks (as some sites' software writes them), and the
        // Bengali "য়" that Unicode composes the other way: one form whatever the input's.
        let body = "The mayor of Se\u{300}te, Zoe\u{308} Marti\u{301}n, opened the new harbour wall on Monday morning.\n\n\
                    Her office said the work had cost less than the town had feared. \u{9df} is a letter.";
        let raw = RawArticle::new("test", Body::Text(body.to_string()));
        let text = clean(&CleanConfig::standard(), &raw).text;
        assert!(text.contains("Sète, Zoë Martín"), "{text}");
        assert!(text.contains("\u{9af}\u{9bc} is a letter"), "{text}");
        let page = format!(
            "<html><head><title>Zoe\u{308} opens the wall</title></head><body><article><p>{body}</p></article></body></html>"
        );
        let cleaned = clean(&CleanConfig::standard(), &RawArticle::new("test", Body::Html(page)));
        assert!(cleaned.text.contains("Sète, Zoë Martín"), "{}", cleaned.text);
        assert_eq!(cleaned.title.as_deref(), Some("Zoë opens the wall"));
    }

    #[test]
    fn a_stamp_read_the_way_its_address_dates_it() {
        let story = "The council voted on Monday to close the old pier until the spring, its chair said.

Repairs to the deck are expected to cost about twice what the town had set aside this year.

Anglers who use the pier at night were told to move to the beach for the months of the works.";
        // "4/9/2007" is 4 September read day first; the address says 9 April.
        let body = format!(
            "http://news.example.com/local/2007-04-09-pier-closes.htm\n\nPier to close for repairs\n\nUpdated 4/9/2007 6:04 PM\n\n{story}"
        );
        assert_eq!(published(&body).as_deref(), Some("2007-04-09T18:04:00"));
        // An address that gives another day altogether leaves the stamp as it is.
        let body = format!(
            "http://news.example.com/local/2007-05-01-pier-closes.htm\n\nPier to close for repairs\n\nUpdated 4/9/2007 6:04 PM\n\n{story}"
        );
        assert_eq!(published(&body).as_deref(), Some("2007-09-04T18:04:00"));
        // An update stamped the day after the address's day, month first.
        let body = format!(
            "http://news.example.com/local/2010-12-01-pier-closes.htm\n\nPier to close for repairs\n\nUpdated 12/2/2010 1:31 AM\n\n{story}"
        );
        assert_eq!(published(&body).as_deref(), Some("2010-12-02T01:31:00"));
        // Without a stamp, the address dates the text (as it dates a page).
        let body = format!("http://news.example.com/2007/apr/09/pier-closes\n\nPier to close for repairs\n\n{story}");
        assert_eq!(published(&body).as_deref(), Some("2007-04-09"));
        assert_eq!(published(&format!("Pier to close for repairs\n\n{story}")), None);
    }
}
