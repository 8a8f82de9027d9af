//! Publication dates: a calendar date, optionally with a time and a UTC offset.
//!
//! Inputs state dates in every shape (`2025-04-28`, `Mon, 28 Apr 2025 12:46:00 +0000`,
//! `28 Apr, 2025 12:46pm`, `26-FEB-1987 15:01:01.79`, `April 28, 2025`). We keep what was stated and
//! no more: a date without a time stays a date, so nothing is invented.

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// When an article was published, with the precision its source gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Published {
    /// The calendar date.
    pub date: NaiveDate,
    /// The time of day, if stated.
    pub time: Option<NaiveTime>,
    /// Offset from UTC in seconds, if stated.
    pub offset: Option<i32>,
}

impl Published {
    /// A bare date.
    pub fn from_date(date: NaiveDate) -> Published {
        Published { date, time: None, offset: None }
    }

    /// Parses the many ways inputs write a date. Returns `None` when the text holds no
    /// recognisable, valid date (the caller reports it).
    pub fn parse(text: &str) -> Option<Published> {
        let text = text.trim();
        if text.is_empty() || text.len() > 100 {
            return None;
        }
        if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(text) {
            return Some(Published::from_fixed(dt));
        }
        if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(text) {
            return Some(Published::from_fixed(dt));
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            return parse_all_digits(text);
        }
        // A machine timestamp whose time part is malformed ("2022-01-10T22:06:08:684Z") still
        // states its day.
        if let Some(day) = text.get(..10).filter(|_| text.as_bytes().get(10) == Some(&b'T'))
            && let Ok(date) = NaiveDate::parse_from_str(day, "%Y-%m-%d")
            && parse_tokens(text).is_none()
        {
            return plausible(date).map(Published::from_date);
        }
        parse_tokens(text)
            .or_else(|| parse_time_first(text))
            .or_else(|| {
                // A full date-time followed by stray letters ("26-FEB-1987 15:01:01.79 F", a crawl's
                // artefact) still states that date-time; prose with a date in it does not parse,
                // because its words come before the date.
                let last_digit = text.rfind(|c: char| c.is_ascii_digit())?;
                let prefix = &text[..=last_digit];
                (prefix.len() < text.len()).then(|| parse_tokens(prefix)).flatten().filter(|p| p.time.is_some())
            })
            .or_else(|| {
                // A stamp followed by another: "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov
                // 27, 2005 8:10 PM ET", "March 1, 2012 07:58 GMT (23:58 PST)". The first one.
                let first_digit = text.find(|c: char| c.is_ascii_digit())?;
                let lower = text.to_ascii_lowercase();
                let next = ["last updated", "updated", "edited", "modified", "("]
                    .iter()
                    .filter_map(|label| lower[first_digit..].find(label).map(|i| first_digit + i))
                    .min()?;
                let head = text[..next].trim_end_matches([' ', ',', '|', '-', '–', ';']);
                parse_tokens(head).or_else(|| parse_time_first(head))
            })
    }

    /// The date as `YYYY-MM-DD`.
    pub fn day(&self) -> String {
        self.date.format("%Y-%m-%d").to_string()
    }

    fn from_fixed(dt: chrono::DateTime<FixedOffset>) -> Published {
        Published {
            date: dt.date_naive(),
            time: Some(dt.time().with_nanosecond(0).unwrap_or(dt.time())),
            offset: Some(dt.offset().local_minus_utc()),
        }
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.date.year(), self.date.month(), self.date.day())?;
        if let Some(t) = self.time {
            write!(f, "T{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())?;
            match self.offset {
                Some(0) => f.write_str("Z")?,
                Some(off) => {
                    let sign = if off < 0 { '-' } else { '+' };
                    let off = off.unsigned_abs();
                    write!(f, "{sign}{:02}:{:02}", off / 3600, (off % 3600) / 60)?;
                }
                None => {}
            }
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Published, D::Error> {
        let s = String::deserialize(d)?;
        Published::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

/// `20250428`, or a Unix timestamp in seconds (10 digits) or milliseconds (13 digits).
fn parse_all_digits(text: &str) -> Option<Published> {
    match text.len() {
        8 => {
            let y = text[..4].parse().ok()?;
            let m = text[4..6].parse().ok()?;
            let d = text[6..].parse().ok()?;
            plausible(NaiveDate::from_ymd_opt(y, m, d)?).map(Published::from_date)
        }
        10 | 13 => {
            let n: i64 = text.parse().ok()?;
            let secs = if text.len() == 13 { n / 1000 } else { n };
            let dt = chrono::DateTime::from_timestamp(secs, 0)?;
            plausible(dt.date_naive())?;
            Some(Published { date: dt.date_naive(), time: Some(dt.time()), offset: Some(0) })
        }
        _ => None,
    }
}

/// A year written in two digits: "22" is 2022, "87" 1987.
fn full_year(yy: u32) -> i32 {
    if yy < 70 { 2000 + yy as i32 } else { 1900 + yy as i32 }
}

fn plausible(date: NaiveDate) -> Option<NaiveDate> {
    (1800..=2200).contains(&date.year()).then_some(date)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Num(&'a str),
    Word(&'a str),
    Sep(char),
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            out.push(Tok::Num(&text[start..i]));
        } else if text[i..].chars().next().is_some_and(char::is_alphabetic) {
            // Words may be non-ASCII: "März", "décembre".
            for c in text[i..].chars() {
                if !c.is_alphabetic() {
                    break;
                }
                i += c.len_utf8();
            }
            out.push(Tok::Word(&text[start..i]));
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if !c.is_whitespace() {
                out.push(Tok::Sep(c));
            }
        }
    }
    out
}

/// Month names and their usual abbreviations in the languages news is most often written in:
/// English, German, French, Spanish, Italian, Portuguese, Dutch.
const MONTH_NAMES: [&[&str]; 12] = [
    &["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
    &[
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "fév",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
    ],
    &["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"],
    &["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
    &["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
    &["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
    &["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
    &["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
    &["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"],
    &["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
    &["november", "nov", "novembre", "noviembre", "novembro"],
    &["december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
];

/// The month a name or abbreviation stands for, in any of [`MONTH_NAMES`]' languages ("März",
/// "sept", "décembre"), from 1.
pub fn month_of(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    MONTH_NAMES.iter().position(|names| names.contains(&w.as_str())).map(|i| i as u32 + 1)
}

/// Words allowed around a date: weekdays, "published", "updated", "on", time zones, am/pm.
fn ignorable_word(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    if WEEKDAYS.iter().any(|d| w.starts_with(d)) && w.len() <= 9 {
        return true;
    }
    matches!(
        w.as_str(),
        "t" | "z"
            | "on"
            | "de"
            | "del"
            | "le"
            | "um"
            | "uhr"
            | "den"
            | "el"
            | "il"
            | "at"
            | "of"
            | "the"
            | "published"
            | "first"
            | "created"
            | "story"
            | "time"
            | "release"
            | "released"
            | "edited"
            | "updated"
            | "posted"
            | "last"
            | "modified"
            | "date"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "am"
            | "pm"
            | "a"
            | "p"
            | "m"
            | "utc"
            | "gmt"
            | "est"
            | "edt"
            | "pst"
            | "pdt"
            | "et"
            | "ct"
            | "pt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "akdt"
            | "akst"
            | "hst"
            | "uk"
            | "cet"
            | "cest"
            | "bst"
            | "ist"
            | "pkt"
            | "hrs"
            | "h"
    )
}

/// General parser: finds a year, a month (name or number) and a day among the tokens, then an
/// optional time and offset. Refuses text with unexplained words, so prose is not a date.
fn parse_tokens(text: &str) -> Option<Published> {
    parse_tokens_zoned(text, false)
}

/// [`parse_tokens`], told whether an American time zone stands beside the date (before it, in
/// a stamp that gives the clock first).
fn parse_tokens_zoned(text: &str, american_zone: bool) -> Option<Published> {
    let toks = tokenize(text);
    let mut year: Option<i32> = None;
    let mut month: Option<u32> = None;
    let mut numbers: Vec<(usize, u32)> = Vec::new(); // (token index, value) not yet placed
    let mut time_start: Option<usize> = None;

    // The time begins at the first "H:MM" pair.
    for (i, w) in toks.windows(3).enumerate() {
        if let [Tok::Num(h), Tok::Sep(':'), Tok::Num(_)] = w
            && h.len() <= 2
        {
            time_start = Some(i);
            break;
        }
    }
    let date_end = time_start.unwrap_or(toks.len());
    for (i, tok) in toks[..date_end].iter().enumerate() {
        match *tok {
            Tok::Num(n) if n.len() == 4 && year.is_none() => year = n.parse().ok(),
            Tok::Num(n) if n.len() <= 2 => numbers.push((i, n.parse().ok()?)),
            Tok::Num(_) => return None,
            Tok::Word(w) => {
                if let Some(m) = month_of(w) {
                    if month.is_some() {
                        return None;
                    }
                    month = Some(m);
                } else if !ignorable_word(w) {
                    return None;
                }
            }
            Tok::Sep(_) => {}
        }
    }
    let (year, month, day) = if year.is_none()
        && month.is_none()
        && let [(_, d), (_, m), (_, y)] = numbers.as_slice()
        && toks[..date_end].iter().all(|t| matches!(t, Tok::Num(n) if n.len() <= 2) || *t == Tok::Sep('.'))
        && toks[..date_end].iter().rev().find_map(|t| if let Tok::Num(n) = t { Some(n.len()) } else { None }) == Some(2)
    {
        // German short form "23.09.22": day, month and a two-digit year, with dots only.
        (full_year(*y), *m, *d)
    } else if year.is_none()
        && month.is_none()
        && let [(_, m), (_, d), (_, y)] = numbers.as_slice()
        && (american_zone || toks.iter().any(is_american_zone))
        && toks[..date_end].iter().all(|t| matches!(t, Tok::Num(n) if n.len() <= 2) || *t == Tok::Sep('/'))
        && time_start.is_some()
    {
        // An American stamp with a clock and its zone writes a two-digit year after the month
        // and day: "12/16/08 1:30 AM EST".
        (full_year(*y), *m, *d)
    } else {
        let year = year?;
        match (month, numbers.as_slice()) {
            (Some(m), [(_, d)]) => (year, m, *d),
            (Some(_), []) => return None, // "April 2025": a month, not a publication date.
            (None, [(i, a), (_, b)]) => {
                // Numeric: year first means Y-M-D; otherwise D/M/Y unless the first cannot be a day
                // of month ordering (M/D/Y when the second number is over 12).
                let year_first = toks.iter().position(|t| matches!(t, Tok::Num(n) if n.len() == 4)) < Some(*i);
                // A stamp with slashes and an American time zone writes the month first:
                // "05/02/2013 at 11:00 AM EDT" is May 2.
                let american = toks.contains(&Tok::Sep('/')) && (american_zone || toks.iter().any(is_american_zone));
                if year_first || *b > 12 || american && *a <= 12 { (year, *a, *b) } else { (year, *b, *a) }
            }
            _ => return None,
        }
    };
    let date = plausible(NaiveDate::from_ymd_opt(year, month, day)?)?;
    let mut published = Published::from_date(date);
    if let Some(ts) = time_start {
        let (time, offset) = parse_time(&toks[ts..])?;
        published.time = Some(time);
        published.offset = offset;
    }
    Some(published)
}

/// A stamp that gives the time before the date: "12:52 p.m. EDT May 2, 2013", "8:13 AM PDT
/// 8/2/2013", "22:07 GMT, 7 July 2012". The date starts at the first month name or number after
/// the clock and its zone.
fn parse_time_first(text: &str) -> Option<Published> {
    // (After a label: "Published 12:17 am, Monday, September 16, 2013", "(10:27 am PDT, Jun 11th
    // 2012)", "posted at 10:04 am on May 14, 2013".)
    let toks = tokenize(text);
    let label =
        toks.iter().take_while(|t| matches!(t, Tok::Word(w) if ignorable_word(w)) || matches!(t, Tok::Sep(_))).count();
    let toks = &toks[label..];
    if !matches!(toks.get(..3), Some([Tok::Num(h), Tok::Sep(':'), Tok::Num(_)]) if h.len() <= 2) {
        return None;
    }
    let k = (3..toks.len()).find(|&k| match toks[k] {
        Tok::Word(w) => month_of(w).is_some(),
        Tok::Num(_) => !matches!(toks[k - 1], Tok::Sep(':' | '.')),
        Tok::Sep(_) => false,
    })?;
    let (Tok::Word(first) | Tok::Num(first)) = toks[k] else { return None };
    let at = first.as_ptr() as usize - text.as_ptr() as usize;
    // ("8:13 AM PDT 8/2/2013" is 2 August: the zone before the date tells the order.)
    let american = toks[..k].iter().any(is_american_zone);
    let mut published = parse_tokens_zoned(&text[at..], american).filter(|p| p.time.is_none())?;
    let (time, offset) = parse_time(&toks[..k])?;
    published.time = Some(time);
    published.offset = offset;
    Some(published)
}

/// A time zone of the United States ("EDT", "PT"): its stamps write the month first.
fn is_american_zone(t: &Tok<'_>) -> bool {
    matches!(t, Tok::Word(w) if ["EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "ET", "PT", "CT"].contains(w))
}

fn parse_time(toks: &[Tok<'_>]) -> Option<(NaiveTime, Option<i32>)> {
    let mut nums = Vec::new();
    let mut i = 0;
    // H:MM[:SS][.frac]
    while i < toks.len() {
        match toks[i] {
            Tok::Num(n) if nums.len() < 3 => {
                nums.push(n.parse::<u32>().ok()?);
                i += 1;
                if i < toks.len() && toks[i] == Tok::Sep(':') {
                    i += 1;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    if i < toks.len() && toks[i] == Tok::Sep('.') {
        i += 1;
        if matches!(toks.get(i), Some(Tok::Num(_))) {
            i += 1;
        }
    }
    let (mut h, m, s) = (nums[0], *nums.get(1)?, nums.get(2).copied().unwrap_or(0));
    let mut offset = None;
    while i < toks.len() {
        match toks[i] {
            Tok::Word(w) => {
                let w = w.to_ascii_lowercase();
                match w.as_str() {
                    "pm" | "p" if h < 12 => h += 12,
                    "am" | "a" if h == 12 => h = 0,
                    "z" | "utc" | "gmt" => offset = Some(0),
                    _ if ignorable_word(&w) => {}
                    _ => return None,
                }
                i += 1;
            }
            Tok::Sep(c @ ('+' | '-')) => {
                let sign = if c == '-' { -1 } else { 1 };
                let (oh, om, used) = match (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3)) {
                    (Some(Tok::Num(a)), Some(Tok::Sep(':')), Some(Tok::Num(b))) => {
                        (a.parse::<i32>().ok()?, b.parse::<i32>().ok()?, 4)
                    }
                    (Some(Tok::Num(a)), _, _) if a.len() == 4 => {
                        (a[..2].parse::<i32>().ok()?, a[2..].parse::<i32>().ok()?, 2)
                    }
                    (Some(Tok::Num(a)), _, _) if a.len() <= 2 => (a.parse::<i32>().ok()?, 0, 2),
                    _ => return None,
                };
                if oh > 14 || om > 59 {
                    return None;
                }
                offset = Some(sign * (oh * 3600 + om * 60));
                i += used;
            }
            Tok::Sep(_) => i += 1,
            Tok::Num(_) => return None,
        }
    }
    Some((NaiveTime::from_hms_opt(h, m, s)?, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: Option<&str>) {
        let got = Published::parse(input).map(|p| p.to_string());
        assert_eq!(got.as_deref(), expected, "input {input:?}");
    }

    #[test]
    fn iso_and_rfc_forms() {
        check("2025-04-28", Some("2025-04-28"));
        check("2025-04-28T12:46:00+05:00", Some("2025-04-28T12:46:00+05:00"));
        check("2025-04-28T12:46:00.123Z", Some("2025-04-28T12:46:00Z"));
        check("2025-04-28 12:46", Some("2025-04-28T12:46:00"));
        check("Mon, 28 Apr 2025 12:46:00 +0000", Some("2025-04-28T12:46:00Z"));
        check("2025/04/28", Some("2025-04-28"));
        check("20250428", Some("2025-04-28"));
        check("1745844360", Some("2025-04-28T12:46:00Z"));
    }

    #[test]
    fn newsroom_forms() {
        check("28 Apr, 2025 12:46pm", Some("2025-04-28T12:46:00"));
        check("April 28, 2025", Some("2025-04-28"));
        check("Published 28 April 2025", Some("2025-04-28"));
        check("26-FEB-1987 15:01:01.79", Some("1987-02-26T15:01:01"));
        check("Thursday, August 21, 2025 at 9:05 AM EDT", Some("2025-08-21T09:05:00"));
        check("21/08/2025", Some("2025-08-21"));
        check("08/21/2025", Some("2025-08-21"));
        // Slashes with an American time zone: the month first.
        check("05/03/2013 at 11:00 AM EDT", Some("2013-05-03T11:00:00"));
        check("05/03/2013", Some("2013-03-05"));
        check("18. Mai 2014", Some("2014-05-18"));
        check("3. März 2020, 14:05 Uhr", Some("2020-03-03T14:05:00"));
        check("le 2 décembre 2019", Some("2019-12-02"));
        check("18 de mayo de 2014", Some("2014-05-18"));
        check("18.05.2014", Some("2014-05-18"));
        check("23.09.22", Some("2022-09-23"));
        check("01.11.23 11:35", Some("2023-11-01T11:35:00"));
        check("2022-01-10T22:06:08:684Z", Some("2022-01-10"));
        check("Sept. 3, 2019", Some("2019-09-03"));
        check("27-MAR-1987 14:04:26.14F", Some("1987-03-27T14:04:26"));
        check("9-APR-1987 00:00:00.00    # date added by hand", Some("1987-04-09T00:00:00"));
        // The time first.
        check("12:52 p.m. EDT May 2, 2013", Some("2013-05-02T12:52:00"));
        check("7:15 a.m. Dec. 7, 2009", Some("2009-12-07T07:15:00"));
        check("22:07 GMT, 7 July 2012", Some("2012-07-07T22:07:00Z"));
        check("10:24 AM, MON 22 JUL 2013", Some("2013-07-22T10:24:00"));
        // An American zone before a date with slashes: the month first, as after one.
        check("8:13 AM PDT 8/2/2013", Some("2013-08-02T08:13:00"));
        check("8:13 AM BST 8/2/2013", Some("2013-02-08T08:13:00"));
        // A label before the clock, American zones spelt short, a second stamp after the first.
        check("Published 12:17 am, Monday, September 16, 2013", Some("2013-09-16T00:17:00"));
        check("posted at 10:04 am on May 14, 2013", Some("2013-05-14T10:04:00"));
        check("(10:27 am PDT, Jun 11th 2012)", Some("2012-06-11T10:27:00"));
        check("Updated: May 24, 2005, 3:23 PM ET", Some("2005-05-24T15:23:00"));
        check("7:00pm UK, Wednesday 05 May 2010", Some("2010-05-05T19:00:00"));
        check("Story Created: Aug 7, 2012 at 9:56 AM AKDT", Some("2012-08-07T09:56:00"));
        check("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", Some("2005-11-27T08:20:00"));
        check("March 1, 2012 - - 07:58 GMT (23:58 PST)", Some("2012-03-01T07:58:00Z"));
        check("Released 2013-09-28 05:08:35 GMT", Some("2013-09-28T05:08:35Z"));
        // Two digits of year, month first, in an American stamp with its clock and zone.
        check("12/16/08 1:30 AM EST", Some("2008-12-16T01:30:00"));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        check("", None);
        check("yesterday", None);
        check("Marching 3, 2019", None);
        check("Maienfeld 3 2019", None);
        check("April 2025", None);
        check("2025-13-01", None);
        check("2025-02-30", None);
        check("the meeting on 2025-04-28 was long", None);
        check("0", None);
        check("2025-04-28 was the day", None);
        check("31-MAR-1987 605:12:19.12", None);
        check("12345", None);
        check("23/09/22", None);
        check("12/16/08", None);
        check("12/16/08 1:30 AM", None);
        check("1.2.3", None);
        check("12:52 p.m. on the way home", None);
        check("10:24 and then 5 more", None);
        check("Published 12:17 am on the way home", None);
        check("the vote on May 14, 2013, updated the rules", None);
    }

    #[test]
    fn serde_round_trip() {
        let p = Published::parse("2025-04-28T12:46:00-03:30").unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, "\"2025-04-28T12:46:00-03:30\"");
        assert_eq!(serde_json::from_str::<Published>(&json).unwrap(), p);
    }
}
