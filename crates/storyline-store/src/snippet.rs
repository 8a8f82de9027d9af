//! Snippets: the passage of a text where a query's words occur, each match in `[brackets]`.

/// Words (whitespace-separated chunks) shown in a snippet.
const WINDOW: usize = 24;

/// Words read at most when looking for the passage (a long text's later parts are not read).
const MAX_SCAN: usize = 4000;

/// The passage of `text` of [`WINDOW`] words holding the most distinct query terms (the earliest
/// such passage), matched words in `[...]`, and `…` where the text was cut. `matches(word)` gives
/// the number (below `n_terms`) of the query term a word (a run of letters and digits) matches,
/// if any. With no match in the text (the title matched), the text's first words. Reading stops
/// at the first passage holding every term.
pub(crate) fn snippet(text: &str, n_terms: usize, mut matches: impl FnMut(&str) -> Option<usize>) -> String {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    // (anchor chunk, distinct terms in its passage)
    let mut best: Option<(usize, usize)> = None;
    // One pass over the bytes: chunks end at ASCII whitespace, words are runs of ASCII letters
    // and digits or of any non-ASCII character (`matches` analyses those as the index does).
    let bytes = text.as_bytes();
    let (mut chunk, mut at, mut in_chunk) = (0usize, 0usize, false);
    while at < bytes.len() && chunk < MAX_SCAN {
        let b = bytes[at];
        if b.is_ascii_whitespace() {
            if in_chunk {
                chunk += 1;
                in_chunk = false;
            }
            at += 1;
            continue;
        }
        in_chunk = true;
        if !(b.is_ascii_alphanumeric() || b >= 0x80) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] >= 0x80) {
            at += 1;
        }
        // Runs start and end on ASCII bytes or the text's ends, so they are whole characters.
        let Some(term) = matches(&text[start..at]) else { continue };
        hits.push((chunk, term));
        // The passage ending here: the hits within the window before this one.
        let from = hits.iter().position(|&(c, _)| c + WINDOW - 4 > chunk).unwrap_or(0);
        let mut terms: Vec<usize> = hits[from..].iter().map(|&(_, t)| t).collect();
        terms.sort_unstable();
        terms.dedup();
        if best.is_none_or(|(_, n)| terms.len() > n) {
            best = Some((hits[from].0, terms.len()));
        }
        if terms.len() >= n_terms {
            break;
        }
    }
    let start = best.map_or(0, |(anchor, _)| anchor.saturating_sub(3));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut shown = text.split_ascii_whitespace().skip(start);
    for (n, chunk) in shown.by_ref().take(WINDOW).enumerate() {
        if n > 0 {
            out.push(' ');
        }
        if best.is_none() {
            out.push_str(chunk);
        } else {
            mark(chunk, &mut matches, &mut out);
        }
    }
    if shown.next().is_some() {
        out.push('…');
    }
    out
}

/// Copies `chunk` to `out` with each matching word in brackets.
fn mark(chunk: &str, matches: &mut impl FnMut(&str) -> Option<usize>, out: &mut String) {
    let mut rest = chunk;
    while let Some(begin) = rest.find(|c: char| c.is_alphanumeric()) {
        out.push_str(&rest[..begin]);
        rest = &rest[begin..];
        let len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        let word = &rest[..len];
        if matches(word).is_some() {
            out.push('[');
            out.push_str(word);
            out.push(']');
        } else {
            out.push_str(word);
        }
        rest = &rest[len..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snip(text: &str, list: &[&str]) -> String {
        snippet(text, list.len(), |w: &str| list.iter().position(|t| t.eq_ignore_ascii_case(w)))
    }

    #[test]
    fn marks_matches_inside_punctuation() {
        let s = snip("The (ferry, late) left at noon.", &["ferry", "noon"]);
        assert_eq!(s, "The ([ferry], late) left at [noon].");
    }

    #[test]
    fn picks_the_passage_with_most_distinct_terms() {
        let filler = "word ".repeat(40);
        let text = format!("ferry {filler} ferry strike today {filler} end");
        let s = snip(&text, &["ferry", "strike"]);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("[ferry] [strike] today"), "{s}");
        assert_eq!(s.split_whitespace().count(), WINDOW);
    }

    #[test]
    fn without_a_match_gives_the_first_words() {
        let text = "one two three ".repeat(20);
        let s = snip(&text, &["ferry"]);
        assert!(s.starts_with("one two three") && s.ends_with('…') && !s.contains('['), "{s}");
        assert_eq!(snip("", &["x"]), "");
        assert_eq!(snip("short text", &["text"]), "short [text]");
    }
}
