//! Claim provenance: the chain a claim travelled, and the other articles that carry it.
//!
//! Candidates come from a full-text search for the claim's most telling words; a candidate
//! carries the claim when one of its own claims shares most of those words (syndicated copies
//! word it identically, rewrites mostly keep the nouns and numbers).

use std::collections::HashSet;
use storyline_model::{Article, Carrier, Provenance};

/// At most this many search hits are checked.
pub(crate) const MAX_CANDIDATES: usize = 200;

/// Share of the smaller claim's content words the two must have in common.
const MIN_OVERLAP: f64 = 0.6;

/// Words too common to tell one claim from another.
const STOP: &[&str] = &[
    "about", "after", "also", "been", "before", "being", "could", "does", "from", "have", "having", "into", "just",
    "more", "most", "much", "only", "other", "over", "said", "says", "some", "such", "than", "that", "their", "them",
    "then", "there", "these", "they", "this", "those", "very", "were", "what", "when", "where", "which", "while",
    "will", "with", "would", "your",
];

fn content_words(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit())
                || w.len() >= 2 && w.bytes().all(|b| b.is_ascii_digit())
        })
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

/// A search for articles that may carry a claim worded `text`: its six longest content words.
/// `None` when the claim is too short to tell apart.
pub(crate) fn search_text(text: &str) -> Option<String> {
    let mut words: Vec<(usize, String)> = content_words(text).into_iter().enumerate().collect();
    if words.len() < 3 {
        return None;
    }
    words.sort_by(|a, b| b.1.chars().count().cmp(&a.1.chars().count()).then(a.0.cmp(&b.0)));
    words.truncate(6);
    words.sort();
    Some(words.into_iter().map(|(_, w)| w).collect::<Vec<_>>().join(" "))
}

/// The provenance of `article.claims[claim]` among `candidates` (which may include the article).
pub(crate) fn trace(article: &Article, claim: usize, candidates: &[Article]) -> Provenance {
    let wanted = &article.claims[claim];
    let mut chain: Vec<String> = Vec::new();
    let links = wanted.speaker.iter().chain(&wanted.via).chain(&article.credits).chain(&article.outlet);
    for link in links {
        if !chain.iter().any(|c| c.eq_ignore_ascii_case(link)) {
            chain.push(link.clone());
        }
    }
    let words: HashSet<String> = content_words(&wanted.text).into_iter().collect();
    let mut carriers: Vec<Carrier> = Vec::new();
    let mut seen = HashSet::new();
    for other in candidates {
        if !seen.insert(&other.id) {
            continue;
        }
        let best = if other.id == article.id {
            Some((claim, 1.0))
        } else {
            other
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| (i, overlap(&words, &content_words(&c.text).into_iter().collect())))
                .filter(|&(_, o)| o >= MIN_OVERLAP)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        };
        if let Some((i, _)) = best {
            let c = &other.claims[i];
            carriers.push(Carrier {
                article: other.id.clone(),
                title: other.title.clone(),
                outlet: other.outlet.clone(),
                published: other.published,
                text: c.text.clone(),
                speaker: c.speaker.clone(),
                claim: i,
            });
        }
    }
    carriers.sort_by(|a, b| {
        (a.published.is_none(), a.published.map(|p| (p.date, p.time)), &a.article).cmp(&(
            b.published.is_none(),
            b.published.map(|p| (p.date, p.time)),
            &b.article,
        ))
    });
    Provenance { article: article.id.clone(), claim: wanted.clone(), chain, carriers }
}

/// Shared words over the smaller set, 0 when either has fewer than three.
fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let small = a.len().min(b.len());
    if small < 3 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / small as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::{ArticleId, Claim, Published};

    fn article(id: &str, day: &str, outlet: &str, claim: &str, via: &[&str]) -> Article {
        Article {
            id: ArticleId(id.into()),
            outlet: Some(outlet.into()),
            published: Published::parse(day),
            credits: vec!["ANI".into()],
            claims: vec![Claim {
                text: claim.into(),
                speaker: Some("Korean Central News Agency".into()),
                cue: Some("said".into()),
                quote: false,
                via: via.iter().map(|v| v.to_string()).collect(),
                start: 0,
                end: claim.chars().count(),
            }],
            ..Article::default()
        }
    }

    #[test]
    fn chain_runs_from_speaker_to_outlet_and_carriers_are_earliest_first() {
        let claim = "the leader praised the soldiers who fought in the Kursk region as heroes of the nation";
        let here = article("b", "2025-08-21", "Portal", claim, &["Al Jazeera"]);
        let earlier =
            article("a", "2025-08-20", "Wire", "The leader praised soldiers who fought in Kursk region as heroes", &[]);
        let unrelated = article("c", "2025-08-19", "Other", "the minister announced a new budget for schools", &[]);
        let p = trace(&here, 0, &[here.clone(), unrelated, earlier]);
        assert_eq!(p.chain, ["Korean Central News Agency", "Al Jazeera", "ANI", "Portal"]);
        let ids: Vec<&str> = p.carriers.iter().map(|c| c.article.0.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn search_text_keeps_the_longest_content_words_in_order() {
        assert_eq!(
            search_text("Pyongyang said that the deployment of troops was lawful").as_deref(),
            Some("pyongyang deployment troops lawful")
        );
        assert_eq!(search_text("he said it"), None);
    }
}
