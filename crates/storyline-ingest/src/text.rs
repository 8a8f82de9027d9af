//! Plain text and the seed format: optional whitespace, `date YYYY-MM-DD`, then the article's
//! text, whose first line may run straight on after the date. A file may hold several such
//! records, each starting on a new line with its own `date` header.

use crate::{Error, Item, decode};
use storyline_model::{Body, Diagnostic, Published, RawArticle};

/// Reads a text file: one article, or several when it holds several `date` headers.
pub fn read(name: &str, bytes: &[u8], emit: &mut dyn FnMut(Item)) -> Result<(), Error> {
    let text = decode::utf8(bytes)?;
    let records = split_records(text);
    let several = records.len() > 1;
    for (idx, (line, date, body)) in records.into_iter().enumerate() {
        let source = if several { format!("{name}#{}", idx + 1) } else { name.to_string() };
        if body.trim().is_empty() {
            emit(Item::Problem(Diagnostic::error(format!("{name}:{line}"), "no article text after the date header")));
            continue;
        }
        let mut raw = RawArticle::new(source, Body::Text(body.to_string()));
        if let Some(date) = date {
            match Published::parse(date) {
                Some(p) => raw.published = Some(p),
                None => emit(Item::Problem(Diagnostic::error(
                    format!("{name}:{line}"),
                    format!("unknown date {date:?} in the date header (expected YYYY-MM-DD)"),
                ))),
            }
        }
        emit(Item::Article(raw));
    }
    Ok(())
}

/// Splits text into `(line number, date, body)` records at `date YYYY-MM-DD` headers that start
/// a line. Text before the first header (or with none) is one record without a date.
fn split_records(text: &str) -> Vec<(usize, Option<&str>, &str)> {
    let mut headers: Vec<(usize, usize, &str, usize)> = Vec::new(); // (line, header start, date, body start)
    let mut offset = 0;
    for (line_idx, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        if let Some((date, rest_at)) = header(trimmed) {
            headers.push((line_idx + 1, offset, date, offset + lead + rest_at));
        }
        offset += line.len();
    }
    if headers.is_empty() {
        return vec![(1, None, text)];
    }
    let mut records = Vec::new();
    let first_start = headers[0].1;
    if !text[..first_start].trim().is_empty() {
        records.push((1, None, &text[..first_start]));
    }
    for (i, &(line, _, date, body_start)) in headers.iter().enumerate() {
        let end = headers.get(i + 1).map_or(text.len(), |h| h.1);
        records.push((line, Some(date), &text[body_start..end]));
    }
    records
}

/// Recognises `date <token>` at the start of a line, where the token looks like a date
/// (digits and dashes). Returns the token and where the body starts.
fn header(line: &str) -> Option<(&str, usize)> {
    let rest = line.strip_prefix("date ")?;
    let token_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let token = &rest[..token_len];
    let looks_like_date = token.len() >= 8
        && token.len() <= 25
        && token.starts_with(|c: char| c.is_ascii_digit())
        && token.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.' | ':' | '+'));
    if !looks_like_date {
        return None;
    }
    let after = &rest[token_len..];
    // The body runs on after one space, or starts on the next line.
    let skip = after.len() - after.trim_start_matches([' ', '\t']).len();
    let skip = if after[skip..].starts_with("\r\n") {
        skip + 2
    } else if after[skip..].starts_with('\n') {
        skip + 1
    } else {
        skip
    };
    Some((token, 5 + token_len + skip))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<(usize, Option<&str>, &str)> {
        split_records(text)
    }

    #[test]
    fn seed_header_runs_on() {
        assert_eq!(
            records(" date 2025-08-21 Town, May 1: Rain.\n\nMore."),
            vec![(1, Some("2025-08-21"), "Town, May 1: Rain.\n\nMore.")]
        );
        assert_eq!(records("date 2025-04-28\nTICK 1.0\nBody"), vec![(1, Some("2025-04-28"), "TICK 1.0\nBody")]);
    }

    #[test]
    fn no_header_is_one_undated_record() {
        assert_eq!(
            records("Just a story.\nThe date 2025 was set."),
            vec![(1, None, "Just a story.\nThe date 2025 was set.")]
        );
    }

    #[test]
    fn several_headers_make_several_records() {
        let got = records("date 2024-01-02 One.\n date 2024-01-03\nTwo.\n");
        assert_eq!(got, vec![(1, Some("2024-01-02"), "One.\n"), (2, Some("2024-01-03"), "Two.\n")]);
    }

    #[test]
    fn bad_date_is_reported_and_article_kept() {
        let mut items = Vec::new();
        read("f.txt", b"date 2024-99-99 Body text.", &mut |i| items.push(i)).unwrap();
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[0], Item::Problem(d) if d.source == "f.txt:1" && d.message.contains("2024-99-99")));
        assert!(matches!(&items[1], Item::Article(a) if a.published.is_none()));
    }
}
