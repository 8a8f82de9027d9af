//! Search queries: what a user types, made safe for FTS5.
//!
//! Users type words, "quoted phrases", `OR`, `-excluded` words and `prefix*`. Everything else is
//! treated as text, so punctuation in a query can never become FTS5 syntax (or an error).

use crate::{Error, Result};

/// A full-text query with filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// What the user typed.
    pub text: String,
    /// Earliest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Latest publication date, inclusive, same forms (`2025-04` includes all of April).
    pub to: Option<String>,
    /// Only this outlet (case-insensitive).
    pub outlet: Option<String>,
    /// Only articles naming this entity (its canonical name, case-insensitive).
    pub entity: Option<String>,
    /// Only articles of this story.
    pub story: Option<String>,
    /// At most this many hits.
    pub limit: usize,
    /// Skip this many hits (paging).
    pub offset: usize,
}

impl SearchQuery {
    /// A query for `text` with no filters and the first `limit` hits.
    pub fn new(text: impl Into<String>, limit: usize) -> SearchQuery {
        SearchQuery {
            text: text.into(),
            from: None,
            to: None,
            outlet: None,
            entity: None,
            story: None,
            limit,
            offset: 0,
        }
    }
}

/// Checks a date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a valid month and day.
pub fn parse_date_bound(text: &str) -> Result<String> {
    let t = text.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2) && storyline_model::Published::parse(t).is_some(),
        _ => false,
    };
    if ok {
        Ok(t.to_string())
    } else {
        Err(Error::InvalidQuery(format!("{text:?} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")))
    }
}

/// Translates a user's query into an FTS5 expression.
pub(crate) fn to_fts5(text: &str) -> Result<String> {
    let mut positive: Vec<String> = Vec::new();
    let mut negative: Vec<String> = Vec::new();
    let mut pending_or = false;
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let negate = c == '-';
        if negate {
            chars.next();
        }
        let term = if chars.peek() == Some(&'"') {
            chars.next();
            let phrase: String = chars.by_ref().take_while(|&c| c != '"').collect();
            words(&phrase).map(|w| format!("\"{w}\""))
        } else {
            let token: String = chars.by_ref().take_while(|c| !c.is_whitespace()).collect();
            if token == "OR" && !negate {
                pending_or = !positive.is_empty();
                continue;
            }
            let prefix = token.ends_with('*');
            words(&token).map(|w| if prefix { format!("\"{w}\"*") } else { format!("\"{w}\"") })
        };
        let Some(term) = term else { continue };
        if negate {
            negative.push(term);
        } else if pending_or {
            let last = positive.pop().unwrap_or_default();
            positive.push(format!("({last} OR {term})"));
            pending_or = false;
        } else {
            positive.push(term);
        }
    }
    if positive.is_empty() {
        return Err(Error::InvalidQuery(format!("{text:?} has no words to search for")));
    }
    let mut expr = positive.join(" AND ");
    for term in negative {
        expr = format!("({expr}) NOT {term}");
    }
    Ok(expr)
}

/// The searchable words of a token or phrase, joined by spaces (FTS5 phrase syntax), or `None`.
fn words(text: &str) -> Option<String> {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_user_syntax() {
        assert_eq!(to_fts5("kursk troops").unwrap(), r#""kursk" AND "troops""#);
        assert_eq!(to_fts5(r#""heroic army" kim"#).unwrap(), r#""heroic army" AND "kim""#);
        assert_eq!(to_fts5("putin OR kim").unwrap(), r#"("putin" OR "kim")"#);
        assert_eq!(to_fts5("troops -ukraine").unwrap(), r#"("troops") NOT "ukraine""#);
        assert_eq!(to_fts5("deploy*").unwrap(), r#""deploy"*"#);
        assert_eq!(to_fts5("U.S.-led AND (x").unwrap(), r#""U S led" AND "AND" AND "x""#);
    }

    #[test]
    fn rejects_empty_queries() {
        assert!(matches!(to_fts5("  "), Err(Error::InvalidQuery(_))));
        assert!(matches!(to_fts5("-only"), Err(Error::InvalidQuery(_))));
        assert!(matches!(to_fts5("\"\" ()"), Err(Error::InvalidQuery(_))));
    }

    #[test]
    fn date_bounds() {
        assert_eq!(parse_date_bound("2025").unwrap(), "2025");
        assert_eq!(parse_date_bound("2025-04").unwrap(), "2025-04");
        assert_eq!(parse_date_bound("2025-04-28").unwrap(), "2025-04-28");
        for bad in ["25", "2025-13", "2025-02-30", "April", "2025-4-1", ""] {
            assert!(parse_date_bound(bad).is_err(), "{bad}");
        }
    }
}
