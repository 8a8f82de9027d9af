//! Search queries: what a user types, parsed into clauses for the search index.
//!
//! Users type words, "quoted phrases", `OR`, `-excluded` words and `prefix*`. Everything else is
//! treated as text, so punctuation in a query can never become syntax (or an error).

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

/// One thing to look for: a word or a phrase (its words in order), the last word possibly a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    /// The words as typed, split at anything not a letter or digit.
    pub words: Vec<String>,
    /// Whether the last word is a prefix (`deploy*`).
    pub prefix: bool,
}

/// A parsed query: every group must match (a group matches when any of its clauses does), and no
/// excluded clause may.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// Groups joined by AND; the clauses within a group by OR.
    pub all: Vec<Vec<Clause>>,
    /// Clauses that must not match.
    pub none: Vec<Clause>,
}

/// Parses a user's query: words, "quoted phrases", `OR` between two terms, `-excluded` terms,
/// `prefix*`. Anything else is text, so a query can never be syntax the index rejects.
pub(crate) fn parse(text: &str) -> Result<Parsed> {
    // Stored text is composed (NFC): so is the query, whatever the keyboard or the paste gave
    // ("Zoe" and a combining diaeresis finds "Zoë").
    let text = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text);
    let mut all: Vec<Vec<Clause>> = Vec::new();
    let mut none: Vec<Clause> = Vec::new();
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
        let clause = if chars.peek() == Some(&'"') {
            chars.next();
            let phrase: String = chars.by_ref().take_while(|&c| c != '"').collect();
            let prefix = chars.peek() == Some(&'*');
            if prefix {
                chars.next();
            }
            Clause { words: words(&phrase), prefix }
        } else {
            let token: String = chars.by_ref().take_while(|c| !c.is_whitespace()).collect();
            if token == "OR" && !negate {
                pending_or = !all.is_empty();
                continue;
            }
            Clause { words: words(&token), prefix: token.ends_with('*') }
        };
        if clause.words.is_empty() {
            continue;
        }
        if negate {
            none.push(clause);
        } else if pending_or {
            all.last_mut().expect("OR follows a term").push(clause);
            pending_or = false;
        } else {
            all.push(vec![clause]);
        }
    }
    if all.is_empty() {
        return Err(Error::InvalidQuery(format!("{text:?} has no words to search for")));
    }
    Ok(Parsed { all, none })
}

/// The searchable words of a token or phrase.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(words: &[&str], prefix: bool) -> Clause {
        Clause { words: words.iter().map(|w| w.to_string()).collect(), prefix }
    }

    #[test]
    fn parses_user_syntax() {
        let p = parse("kursk troops").unwrap();
        assert_eq!(p.all, [vec![clause(&["kursk"], false)], vec![clause(&["troops"], false)]]);
        let p = parse(r#""heroic army" kim"#).unwrap();
        assert_eq!(p.all, [vec![clause(&["heroic", "army"], false)], vec![clause(&["kim"], false)]]);
        let p = parse("putin OR kim").unwrap();
        assert_eq!(p.all, [vec![clause(&["putin"], false), clause(&["kim"], false)]]);
        let p = parse("troops -ukraine").unwrap();
        assert_eq!((p.all.len(), p.none), (1, vec![clause(&["ukraine"], false)]));
        assert_eq!(parse("deploy*").unwrap().all, [vec![clause(&["deploy"], true)]]);
        assert_eq!(parse(r#""heroic ar"*"#).unwrap().all, [vec![clause(&["heroic", "ar"], true)]]);
        // Punctuation is text, never syntax.
        let p = parse("U.S.-led AND (x").unwrap();
        assert_eq!(
            p.all,
            [vec![clause(&["U", "S", "led"], false)], vec![clause(&["AND"], false)], vec![clause(&["x"], false)]]
        );
        // A leading OR has nothing to join.
        assert_eq!(parse("OR kim").unwrap().all, [vec![clause(&["kim"], false)]]);
    }

    #[test]
    fn rejects_empty_queries() {
        assert!(matches!(parse("  "), Err(Error::InvalidQuery(_))));
        assert!(matches!(parse("-only"), Err(Error::InvalidQuery(_))));
        assert!(matches!(parse("\"\" ()"), Err(Error::InvalidQuery(_))));
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
