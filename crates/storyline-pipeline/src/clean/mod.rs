//! Cleaning: the article's body and nothing else, with every removed line kept and labelled.
//!
//! HTML pages go through [`html`] (main-content extraction and page metadata), then every body,
//! from a page or from plain text, goes through [`text`] (line-level furniture: promos, tickers,
//! disclaimers, bylines, section labels, related headlines, tag lists, datelines, wire credits).

pub mod dom;
pub mod html;
pub mod text;

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

/// Cleans a raw article's body, whatever its kind.
pub fn clean(config: &CleanConfig, raw: &RawArticle) -> Cleaned {
    let reference = raw.published.or(raw.fallback_date);
    match &raw.body {
        Body::Text(body) => text::clean(config, body, reference, text::Layout::Flat),
        Body::Html(page) => {
            let page = html::extract(config, page);
            let mut cleaned = text::clean(config, &page.text, reference.or(page.published), text::Layout::Page);
            cleaned.removed.splice(0..0, page.removed);
            cleaned.title = page.title.or(cleaned.title);
            cleaned.byline = page.byline.or(cleaned.byline);
            cleaned.published = page.published.or(cleaned.published);
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
