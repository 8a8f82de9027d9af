//! Time expressions, with TIMEX3 values resolved against the publication date.
//!
//! "on Thursday" in an article of Thursday 2025-08-21 is `2025-08-21`, "in June last year" is
//! `2024-06`, "last week" is `2025-W33`, "three years" is `P3Y`, "now" is `PRESENT_REF`. Rules are
//! patterns over the text; relative expressions take their direction from the sentence's tense
//! ("will meet on Monday" is the next Monday). Without a publication date only absolute expressions
//! get a value.

use aho_corasick::AhoCorasick;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;
use storyline_model::TimeMention;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
/// A month's name as written in full and capitalised, not "May" (also a verb and a name).
const MONTH_NAME: &str = r"(?-i:January|February|March|April|June|July|August|September|October|November|December)";
const WEEKDAY: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const NUM: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-|\s+)(?:one|two|three|four|five|six|seven|eight|nine)|a\s+couple\s+of|couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|several|few|many|some|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)";
/// How the units of a stretch are counted, between its number and its unit: "eight trading days",
/// "three straight years", "two more weeks".
/// (In lower case: "a Business Week" is a magazine.)
const COUNTED_AS: &str = r"(?-i:more|trading|business|working|school|straight|consecutive|successive|full|calendar|additional|extra|long|short)";
const SPOKEN_TENS: &str = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const SPOKEN_UNITS: &str = r"(?:one|two|three|four|five|six|seven|eight|nine)";
const UNIT: &str = r"(?:second|minute|hour|day|week|month|year|decade|century|centuries)s?";

/// One pattern: its regex and what kind of expression it finds.
struct Rule {
    regex: Regex,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    FullDate,
    DayMonthYear,
    IsoDate,
    MonthYear,
    MonthDay,
    DayMonth,
    MonthRelYear,
    RelMonth,
    BareMonth,
    Weekday,
    Word,
    RelUnit,
    Ago,
    VagueAgo,
    PastDuration,
    Duration,
    Year,
    Decade,
    Quarter,
    Season,
    Holiday,
    ClockTime,
    ClockDay,
    Set,
    Vague,
    FollowingUnit,
    BareYear,
    ReportPeriod,
    Weekend,
    TheYear,
    YearQuarter,
    SpokenYear,
    NineEleven,
    Century,
    YearEnd,
    SlashDate,
    HalfYear,
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rule =
        |pattern: String, kind| Rule { regex: Regex::new(&format!("(?i){pattern}")).expect("time pattern"), kind };
    vec![
        rule(format!(r"(?-u:\b)(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s?,?\s+((?:1[89]|20)\d\d)(?-u:\b)"), Kind::FullDate),
        rule(format!(r"(?-u:\b)(?:{WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\s?,?\s+((?:1[89]|20)\d\d)(?-u:\b)"), Kind::DayMonthYear),
        rule(r"(?-u:\b)((?:1[89]|20)\d\d)-(\d\d)-(\d\d)(?-u:\b)".to_string(), Kind::IsoDate),
        rule(format!(r"(?-u:\b)({MONTH}),?\s+(?:of\s+)?((?:1[89]|20)\d\d)(?-u:\b)"), Kind::MonthYear),
        rule(format!(r"(?-u:\b)(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)"), Kind::MonthDay),
        rule(format!(r"(?-u:\b)(?:{WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})(?-u:\b)"), Kind::DayMonth),
        rule(format!(r"(?-u:\b)({MONTH})\s+(?:of\s+)?(last|next|this)\s+year(?-u:\b)"), Kind::MonthRelYear),
        rule(format!(r"(?-u:\b)(last|next|this|early|late|mid)(?:\s+|-|)({MONTH})(?-u:\b)"), Kind::RelMonth),
        rule(format!(r"(?-u:\b)(?:in|since|until|till|by|during|from|through|before|after|of)\s+({MONTH})(?-u:\b)"), Kind::BareMonth),
        // A month name as a modifier or a possessive: "a June agreement", "December's figures".
        rule(
            format!(r"(?-u:\b)(?:(?:the|a|an|for)\s+({MONTH_NAME})\s+\p{{Ll}}|({MONTH_NAME})'s(?-u:\b))"),
            Kind::BareMonth,
        ),
        rule(format!(r"(?-u:\b)(?:(noon|midnight)\s+)?(?:(last|next|this\s+coming|coming|this|on)\s+)?({WEEKDAY})(?:\s+(morning|afternoon|evening|night))?(?-u:\b)"), Kind::Weekday),
        rule(
            r"(?-u:\b)(today|yesterday|tomorrow|tonight|now|currently|recently|lately|nowadays|these days|right now|at the moment|the past|the future|in the future|last night|this morning|this afternoon|this evening|the present|current|the near future|the near term|midday|mid-?\s?afternoon)(?-u:\b)".to_string(),
            Kind::Word,
        ),
        rule(
            r"(?-u:\b)(?:(?:earlier|later|so far)\s+)?(this\s+past|this|last|next|the past|the last|the previous|the coming|the next|past|coming|previous)\s+(week|weekend|month|year|quarter|decade|century|summer|winter|spring|fall|autumn)(?-u:\b)".to_string(),
            Kind::RelUnit,
        ),
        rule(format!(r"(?-u:\b)({NUM})\s+({UNIT})\s+(?:or\s+so\s+)?(?:ago|earlier)(?-u:\b)"), Kind::Ago),
        // "a few years ago", "months earlier": some time before, no length.
        rule(
            r"(?-u:\b)(?:(?:a\s+few|several|many|some|a\s+couple\s+of)\s+)?(?:days|weeks|months|years|decades)\s+(?:ago|earlier)(?-u:\b)"
                .to_string(),
            Kind::VagueAgo,
        ),
        rule(r"(?-u:\b)(a)\s+(year)-earlier(?-u:\b)".to_string(), Kind::Ago),
        rule(format!(r"(?-u:\b)(?:the\s+)?(?:past|last|next|coming|previous|first|final)\s+({NUM})\s+(?:{COUNTED_AS}\s+)?({UNIT})(?-u:\b)"), Kind::PastDuration),
        rule(format!(r"(?-u:\b)({NUM})(\s+1/2|\s*½|\s+and\s+a\s+half)?(?:-|\s+)(?:{COUNTED_AS}\s+)?({UNIT})(?:-long)?(?-u:\b)(-old|\s+old)?(\s+and\s+a\s+half(?-u:\b))?"), Kind::Duration),
        rule(r"(?-u:\b)(?:(?:in\s+)?recent\s+)?(days|weeks|months|years|decades)(?-u:\b)".to_string(), Kind::Vague),
        rule(
            r"(?-u:\b)(?:in|since|by|of|until|till|from|to|through|during|before|after|early|late|mid-|around|fiscal|year|between|and|for)\s+((?:19|20)\d\d)(?-u:\b)".to_string(),
            Kind::Year,
        ),
        // (Not "the twenties", "the thirties", "the forties": ages and temperatures too.)
        rule(r"(?-u:\b)(?:the\s+)?((?:19|20)\d)0'?s(?-u:\b)|(?-u:\b)the\s+'(\d)0s(?-u:\b)|(?-u:\b)the\s+(?:nineteen[\s-]+)?(fifties|sixties|seventies|eighties|nineties)(?-u:\b)".to_string(), Kind::Decade),
        rule(r"(?-u:\b)(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]+century(?-u:\b)".to_string(), Kind::Century),
        rule(
            // ("this year's third quarter", "next year's first quarter": the year's word picks it.)
            r"(?-u:\b)(?:(this|last|next)\s+year(?:'s|’s)\s+)?(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|current|latest|this|next)\s+(?:fiscal\s+)?quarter(?:\s+of\s+((?:19|20)\d\d))?(?-u:\b)".to_string(),
            Kind::Quarter,
        ),
        rule(r"(?-u:\b)(this|last|next|early|late|the|in)\s+(summer|winter|spring|fall|autumn)(?:\s+of\s+((?:19|20)\d\d))?(?-u:\b)".to_string(), Kind::Season),
        rule(r"(?-u:\b)(?:(last|next|this)\s+)?(christmas(?:\s+(?:day|eve))?|new\s+year'?s\s+(?:day|eve)|thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|monday))?|halloween|valentine'?s\s+day|(?-i:Election\s+Day|Labor\s+Day|Memorial\s+Day))(?:,?\s+((?:19|20)\d\d))?(?-u:\b)".to_string(), Kind::Holiday),
        // "10:30 a.m.", and "2.05 pm" as British papers write it.
        rule(r"(?-u:\b)(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m(?-u:\b)\.?".to_string(), Kind::ClockTime),
        rule(format!(r"(?-u:\b)(\d{{1,2}})(?:[:.](\d\d))?\s*([ap])\.?m\.?(?:\s+(?:[ECMP][SD]T|GMT|local\s+time))?,?\s+(?:on\s+)?(?:({WEEKDAY})|({MONTH})\s+(\d{{1,2}}))(?-u:\b)"), Kind::ClockDay),
        rule(
            format!(r"(?-u:\b)(hourly|daily|weekly|monthly|annually|yearly|(?:every|each)\s+(?:day|week|month|year|quarter)|(?:every|each)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH_NAME})|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s(?:\s+(?:mornings|afternoons|evenings|nights))?|\s+(?:mornings|afternoons|evenings|nights)))(?-u:\b)"),
            Kind::Set,
        ),
        rule(
            r"(?-u:\b)(?:the\s+(following|previous|preceding|prior)\s+(day|week|month|year)|(?:(?:later|earlier)\s+)?(that)\s+(?:same\s+)?(month|year)|(?:later|earlier)\s+(that)\s+(?:same\s+)?(day))(?-u:\b)".to_string(),
            Kind::FollowingUnit,
        ),
        rule(
            r"(?-u:\b)(?:(this|last|next)\s+year(?:'s|’s)\s+)?(first|second|third|fourth)-quarter(?-u:\b)".to_string(),
            Kind::Quarter,
        ),
        rule(
            r"(?-u:\b)(?:(?:the\s+)?(latest|current|year-ago|year-earlier)\s+(?:quarter|period)|the\s+(quarter)|(?:the\s+)?(year-ago|year-earlier))(?-u:\b)".to_string(),
            Kind::ReportPeriod,
        ),
        rule(r"(?-u:\b)the\s+weekend(?-u:\b)".to_string(), Kind::Weekend),
        rule(
            r"(?-u:\b)the\s+((?:19|20)\d\d)\s+(?:(first|second|third|fourth)\s+)?(?:fiscal\s+)?(quarter|period)(?-u:\b)".to_string(),
            Kind::YearQuarter,
        ),
        rule(
            r"(?-u:\b)(?:(?:for|during|through|in|(?:months|rest|end|half|start|beginning|part)\s+of)\s+(the\s+(?:fiscal\s+)?year)|(?:for\s+)?(the\s+(?:full|whole|entire)\s+year))(\s+end(?:ed|ing))?(?-u:\b)".to_string(),
            Kind::TheYear,
        ),
        rule(r"(?:^|[^$\d,.])(?-u:\b)((?:19[5-9]|20[0-3])\d)(?-u:\b)(\s+[a-z]+)?".to_string(), Kind::BareYear),
        // Years as spoken in broadcast transcripts: "nineteen ninety-six", "January nineteen
        // ninety-seven", "the winter of nineteen ninety-four", "the year two thousand".
        rule(
            format!(
                r"(?-u:\b)(?:(?:the\s+)?(summer|winter|spring|fall|autumn)\s+of\s+|({MONTH})\s+|(the\s+year\s+))?(?:(nineteen)[\s-]+({SPOKEN_TENS})(?:[\s-]({SPOKEN_UNITS}))?|two\s+thousand(?:\s+and\s+({SPOKEN_UNITS}))?)(?-u:\b)"
            ),
            Kind::SpokenYear,
        ),
        // "by year-end", "since year-end": the last day of a year.
        rule(r"(?-u:\b)year-end(?-u:\b)".to_string(), Kind::YearEnd),
        // The 2001 attacks as news names them.
        rule(r"(?-u:\b)9/11(?-u:\b)".to_string(), Kind::NineEleven),
        // "3/4/2024", "12/25/23": month first, as American news writes it, unless the first
        // number cannot be a month ("25/12/2023").
        rule(r"(?-u:\b)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d|\d\d)(?-u:\b)".to_string(), Kind::SlashDate),
        // "the first half of 2023", "the second half of the year", "the last half of 1989".
        rule(
            r"(?-u:\b)(?:the\s+)?(first|second|last)\s+half\s+of\s+(?:(the\s+(?:fiscal\s+)?year|this\s+year)|(last|next)\s+year|((?:19|20)\d\d))(?-u:\b)".to_string(),
            Kind::HalfYear,
        ),
    ]
});

/// Finds the time expressions in `text`. `dct` is the publication date; relative expressions
/// need it. Offsets are in characters.
pub fn times(text: &str, dct: Option<NaiveDate>) -> Vec<TimeMention> {
    // Bound the work on absurd input: time expressions live in prose, not in megabytes of digits.
    let text = super::bounded(text, 2_000_000);
    // Every rule proposes; the longest expressions win, then the earlier rule.
    let mut candidates: Vec<(usize, usize, usize, String)> = Vec::new();
    // Every match of a rule holds one of its head words ("quarter", a month, "19"): one pass finds
    // the heads, and each rule reads only the text around its own.
    for (rule_idx, windows) in windows(text).into_iter().enumerate() {
        let rule = &RULES[rule_idx];
        for (from, to) in windows {
            let mut at = from;
            while let Some(cap) = rule.regex.captures_at(&text[..to], at) {
                let Some(whole) = cap.get(0) else { break };
                if !inside_number(text, whole.start())
                    && let Some(value) = resolve(rule.kind, &cap, text, whole.start(), dct)
                {
                    let (start, end) = trim_span(rule.kind, &cap, whole.start(), whole.end());
                    candidates.push((start, end, rule_idx, value));
                }
                at = if whole.is_empty() { text.ceil_char_boundary(whole.end() + 1) } else { whole.end() };
                if at >= to {
                    break;
                }
            }
        }
    }
    candidates.sort_by_key(|(start, end, rule_idx, _)| (std::cmp::Reverse(end - start), *start, *rule_idx));
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let mut following: Vec<usize> = Vec::new();
    // The spans kept, by start: they never overlap, so a candidate overlaps one only if it
    // overlaps the last kept span that starts before its end (a text may hold hundreds of
    // thousands of mentions).
    let mut kept: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for (start, end, rule_idx, value) in candidates {
        if kept.range(..end).next_back().is_none_or(|(_, &e)| e <= start) {
            kept.insert(start, end);
            if RULES[rule_idx].kind == Kind::FollowingUnit {
                following.push(start);
            }
            found.push((start, end, value));
        }
    }
    found.sort();
    following.sort_unstable();
    // "On May 22, 1995, he was promoted, and the following year …": the unit after the date the
    // text last gave (in the 1,500 bytes before), not after the publication date.
    for i in 1..found.len() {
        if following.binary_search(&found[i].0).is_err() {
            continue;
        }
        let (start, _, value) = &found[i];
        let paragraph = start.saturating_sub(1500);
        let Some((_, _, anchor)) = found[..i]
            .iter()
            .rev()
            // (Only the mentions in reach are read: a text may hold thousands.)
            .take_while(|(s, _, _)| *s >= paragraph)
            .find(|(_, _, v)| v.len() >= 4 && v[..4].bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        if let Some(moved) = step_from(anchor, value, &text[*start..found[i].1]) {
            found[i].2 = moved;
        }
    }
    // "January 17, 2023 at 3:58 a.m.": a clock time right after a date is on that date.
    for i in 1..found.len() {
        let (date_end, date) = (found[i - 1].1, found[i - 1].2.clone());
        let (start, _, value) = &mut found[i];
        let between = text[date_end..*start].trim();
        if date.len() == 10
            && matches!(between, "at" | "," | ", at" | "")
            && value.len() > 10
            && value.as_bytes()[10] == b'T'
        {
            value.replace_range(..10, &date);
        }
    }
    // "At 03:21 am on 16 Jun 2010": a clock time right before a date is on that date.
    for i in 1..found.len() {
        let (date_start, date) = (found[i].0, found[i].2.clone());
        let (_, end, value) = &mut found[i - 1];
        let between = text[*end..date_start].trim();
        if date.len() == 10
            && matches!(between, "on" | "," | ", on")
            && value.len() > 10
            && value.as_bytes()[10] == b'T'
        {
            value.replace_range(..10, &date);
        }
    }
    let offsets = super::CharOffsets::new(text);
    found
        .into_iter()
        .map(|(start, end, value)| TimeMention {
            text: text[start..end].to_string(),
            value,
            start: offsets.char_at(start),
            end: offsets.char_at(end),
        })
        .collect()
}

/// `value` (a "the following year" resolved against the publication date) resolved against
/// `anchor`, an earlier date of the text, when that date is at least as fine as the unit.
fn step_from(anchor: &str, value: &str, expression: &str) -> Option<String> {
    let lower = expression.to_ascii_lowercase();
    let step: i32 = if lower.contains("following") {
        1
    } else if lower.contains("that") {
        0
    } else {
        -1
    };
    let year: i32 = anchor.get(..4)?.parse().ok()?;
    let month = || -> Option<u32> { anchor.get(5..7)?.parse().ok().filter(|m| (1..=12).contains(m)) };
    let unit = lower.rsplit(' ').next()?;
    let moved = match unit {
        "year" => format!("{}", year + step),
        "month" => {
            let m0 = year * 12 + month()? as i32 - 1 + step;
            format!("{}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
        }
        "day" => {
            let date = NaiveDate::parse_from_str(anchor.get(..10)?, "%Y-%m-%d").ok()?;
            day(date + Duration::days(step as i64))
        }
        _ => return None,
    };
    (moved != value).then_some(moved)
}

/// Whether a match at `start` begins inside a larger number: "890 Year" in "3,688,890\n Year" (a
/// table's row) or "5 years" in "2.5 years" is no expression of its own.
fn inside_number(text: &str, start: usize) -> bool {
    let before = &text.as_bytes()[..start];
    text.as_bytes().get(start).is_some_and(u8::is_ascii_digit)
        && matches!(before, [.., d, b',' | b'.'] if d.is_ascii_digit())
}

/// How far a match reaches before the start of its head word and after its end, in bytes: the
/// longest shapes are "Wednesday, " before a month and "12:30 p.m. local time, on September 12"
/// after one.
const REACH_BEFORE: usize = 64;
const REACH_AFTER: usize = 96;

const MONTH_HEADS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const UNIT_HEADS: &[&str] = &["second", "minute", "hour", "day", "week", "month", "year", "decade", "centur"];
const YEAR_HEADS: &[&str] = &["18", "19", "20"];
/// Clock times: "[ap]m" after a digit or a space, never inside a word ("team", "Obama").
const CLOCK_HEADS: &[&str] = &["am", "pm", "a.m", "p.m"];

/// Substrings (any case) one of which every match of a rule holds.
fn heads(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::FullDate
        | Kind::DayMonthYear
        | Kind::MonthYear
        | Kind::MonthDay
        | Kind::DayMonth
        | Kind::MonthRelYear
        | Kind::BareMonth
        | Kind::RelMonth => MONTH_HEADS,
        Kind::IsoDate | Kind::Year | Kind::BareYear => YEAR_HEADS,
        Kind::Weekday => &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        Kind::Word => &[
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "now",
            "current",
            "recent",
            "lately",
            "these",
            "moment",
            "past",
            "future",
            "night",
            "morning",
            "afternoon",
            "evening",
            "present",
            "term",
            "midday",
        ],
        Kind::Ago | Kind::VagueAgo => &["ago", "earlier"],
        Kind::Holiday => {
            &["christmas", "year", "thanksgiving", "easter", "halloween", "valentine", "election", "labor", "memorial"]
        }
        Kind::Quarter => &["quarter"],
        Kind::ReportPeriod => &["quarter", "period", "year-"],
        Kind::YearQuarter => &["quarter", "period"],
        Kind::Weekend => &["weekend"],
        Kind::TheYear => &["year"],
        Kind::Season => &["summer", "winter", "spring", "fall", "autumn"],
        Kind::Set => &[
            "hourly",
            "daily",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "every",
            "each",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
            "day mornings",
            "day afternoons",
            "day evenings",
            "day nights",
        ],
        Kind::FollowingUnit => {
            &["following", "previous", "preceding", "prior", "that year", "that month", "that day", "that same"]
        }
        Kind::Vague => &["days", "weeks", "months", "years", "decades"],
        Kind::Decade => &["0s", "0's", "fifties", "sixties", "seventies", "eighties", "nineties"],
        Kind::Century => &["century"],
        Kind::ClockTime | Kind::ClockDay => CLOCK_HEADS,
        Kind::SpokenYear => &["nineteen", "thousand"],
        Kind::NineEleven => &["9/11"],
        Kind::YearEnd => &["year-end"],
        Kind::SlashDate => &["/"],
        Kind::HalfYear => &["half"],
        Kind::RelUnit => {
            &["week", "month", "year", "quarter", "decade", "century", "summer", "winter", "spring", "fall", "autumn"]
        }
        Kind::Duration | Kind::PastDuration => UNIT_HEADS,
    }
}

/// Where a head word may stand in a word for its rules to match there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Anywhere: a decade's "0s" ends a number, "afternoon" may follow "mid", "day nights" ends
    /// "Friday nights".
    Anywhere,
    /// Not after a letter: "10am", never "team".
    AfterNoLetter,
    /// At the start of a word (after no letter, digit or underscore), as the rules' `\b` or `\s`
    /// before it require: "day" in "two days", never in "Monday" or "today".
    WordStart,
    /// Anywhere, but completing a month's name or abbreviation: "mar" in "March", "Mar." or
    /// "midmarch", never in "market" or "primary".
    Month,
}

/// Every head word of every rule, with the rules (bits by index in [`RULES`]) it serves and
/// where it must stand.
static HEADS: LazyLock<(AhoCorasick, Vec<(u64, Place)>)> = LazyLock::new(|| {
    let mut words: Vec<&str> = Vec::new();
    let mut served: Vec<(u64, Place)> = Vec::new();
    for (idx, rule) in RULES.iter().enumerate() {
        for &word in heads(rule.kind) {
            let place = if CLOCK_HEADS.contains(&word) {
                Place::AfterNoLetter
            } else if MONTH_HEADS.contains(&word) {
                Place::Month
            } else if matches!(word, "0s" | "0's" | "afternoon" | "/") || word.starts_with("day ") {
                Place::Anywhere
            } else {
                Place::WordStart
            };
            let at = words.iter().position(|w| *w == word).unwrap_or_else(|| {
                words.push(word);
                served.push((0, place));
                words.len() - 1
            });
            // (A word two rules share stands where both let it.)
            assert!(served[at].1 == place, "head word {word:?} placed two ways");
            served[at].0 |= 1 << idx;
        }
    }
    // A DFA whatever the number of words (the builder's default falls back to a slower automaton
    // past about 100 of them, and every byte of every text goes through it).
    let searcher = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&words)
        .expect("time head words");
    (searcher, served)
});

/// A whole word that [`MONTH`] reads as a month ("Mar", "March", and the misspelt "Sepember" it
/// lets through), to tell a month's head from the same letters in "market" or "decided".
static MONTH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\A{MONTH}\z")).expect("month word pattern"));

/// The head words in `text`: byte span and the rules they serve. A head where its rules cannot
/// match opens no window (most of the cost is in running the rules over their windows).
fn head_words(text: &str) -> impl Iterator<Item = (usize, usize, u64)> + '_ {
    let (searcher, served) = &*HEADS;
    let bytes = text.as_bytes();
    searcher.find_overlapping_iter(text).filter_map(move |head| {
        let (rules, place) = served[head.pattern().as_usize()];
        let before = head.start().checked_sub(1).map(|i| bytes[i]);
        let fits = match place {
            Place::Anywhere => true,
            Place::AfterNoLetter => !before.is_some_and(|b| b.is_ascii_alphabetic()),
            Place::WordStart => !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_'),
            Place::Month => {
                let rest = bytes[head.end()..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                rest <= 6 && MONTH_WORD.is_match(&text[head.start()..head.end() + rest])
            }
        };
        fits.then_some((head.start(), head.end(), rules))
    })
}

/// For each rule, the byte ranges of `text` to search: around each of its head words, merged. A
/// range ends before a space (or at the end of the text), so that a word boundary there is one in
/// the whole text too.
fn windows(text: &str) -> Vec<Vec<(usize, usize)>> {
    assert!(RULES.len() <= 64, "rule sets are 64-bit masks");
    let mut windows: Vec<Vec<(usize, usize)>> = vec![Vec::new(); RULES.len()];
    let bytes = text.as_bytes();
    for (start, end, mut rules) in head_words(text) {
        let from = text.floor_char_boundary(start.saturating_sub(REACH_BEFORE));
        let to = (end + REACH_AFTER).min(text.len());
        // On to the next space, looked for over a bounded stretch (a text without spaces is cut).
        let limit = (to + 64).min(text.len());
        let to = text
            .ceil_char_boundary(bytes[to..limit].iter().position(u8::is_ascii_whitespace).map_or(limit, |i| to + i));
        while rules != 0 {
            windows[rules.trailing_zeros() as usize].push((from, to));
            rules &= rules - 1;
        }
    }
    for ranges in &mut windows {
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for &(from, to) in ranges.iter() {
            match merged.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => merged.push((from, to)),
            }
        }
        *ranges = merged;
    }
    windows
}

/// Drops a leading preposition that the pattern needed as context but is not part of the
/// expression ("in 2024" → "2024", "on Monday" → "Monday").
fn trim_span(kind: Kind, cap: &Captures<'_>, start: usize, end: usize) -> (usize, usize) {
    match kind {
        Kind::Year | Kind::BareMonth | Kind::BareYear | Kind::TheYear => cap
            .get(1)
            .or(cap.get(2).filter(|_| matches!(kind, Kind::BareMonth | Kind::TheYear)))
            .map_or((start, end), |m| (m.start(), m.end())),
        Kind::Weekday if cap.get(2).is_some_and(|m| m.as_str().eq_ignore_ascii_case("on")) => {
            cap.get(3).map_or((start, end), |m| (m.start(), end))
        }
        _ => (start, end),
    }
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    NAMES.iter().position(|n| w.starts_with(n)).map(|i| i as u32 + 1)
}

pub(crate) fn weekday_of(word: &str) -> Option<Weekday> {
    match word.to_ascii_lowercase().as_str() {
        "monday" => Some(Weekday::Mon),
        "tuesday" => Some(Weekday::Tue),
        "wednesday" => Some(Weekday::Wed),
        "thursday" => Some(Weekday::Thu),
        "friday" => Some(Weekday::Fri),
        "saturday" => Some(Weekday::Sat),
        "sunday" => Some(Weekday::Sun),
        _ => None,
    }
}

fn number(word: &str) -> Option<String> {
    let w = word.to_ascii_lowercase();
    // "twenty-four", "twenty four": the tens and the units.
    if let Some((tens, units)) = w.split_once(|c: char| c == '-' || c.is_whitespace())
        && !tens.is_empty()
        && tens.ends_with('y')
    {
        let tens: u32 = number(tens)?.parse().ok()?;
        let units: u32 = number(units.trim_start())?.parse().ok()?;
        return Some((tens + units).to_string());
    }
    let n = match w.as_str() {
        "a" | "an" | "one" => 1,
        w if w.ends_with("couple of") => 2,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "several" | "few" | "many" | "some" => return Some("X".to_string()),
        other => {
            return other
                .replace(',', "")
                .parse::<f64>()
                .ok()
                .filter(|n| *n > 0.0 && *n < 10_000.0)
                .map(|n| format!("{n}"));
        }
    };
    Some(n.to_string())
}

/// "one" to "nine".
fn spoken_unit(word: &str) -> Option<i32> {
    number(word)?.parse().ok().filter(|n| (1..=9).contains(n))
}

/// TIMEX3 duration unit letters.
fn unit_code(unit: &str) -> Option<(&'static str, bool)> {
    let u = unit.to_ascii_lowercase();
    let u = u.trim_end_matches('s');
    Some(match u {
        "second" => ("S", true),
        "minute" => ("M", true),
        "hour" => ("H", true),
        "day" => ("D", false),
        "week" => ("W", false),
        "month" => ("M", false),
        "year" => ("Y", false),
        "decade" => ("DE", false),
        "century" | "centurie" => ("CE", false),
        _ => return None,
    })
}

fn duration(n: &str, unit: &str) -> Option<String> {
    let n = number(n)?;
    let (code, clock) = unit_code(unit)?;
    // Decades count in years, as TimeBank writes them ("two decades" is `P20Y`).
    if code == "DE"
        && let Ok(n) = n.parse::<u32>()
    {
        return Some(format!("P{}Y", n * 10));
    }
    Some(if clock { format!("PT{n}{code}") } else { format!("P{n}{code}") })
}

/// A duration of a number and a half: the half in the next smaller unit ("5 1/2 hours" is
/// `PT5H30M`, "2 1/2 years" `P2Y6M`, "a day and a half" `P1DT12H`).
fn half_duration(n: &str, unit: &str) -> Option<String> {
    let n: u32 = number(n)?.parse().ok()?;
    let u = unit.to_ascii_lowercase();
    Some(match u.trim_end_matches('s') {
        "second" => format!("PT{n}.5S"),
        "minute" => format!("PT{n}M30S"),
        "hour" => format!("PT{n}H30M"),
        "day" => format!("P{n}DT12H"),
        "week" => format!("P{n}W3DT12H"),
        "month" => format!("P{n}M15D"),
        "year" => format!("P{n}Y6M"),
        "decade" => format!("P{}Y", n * 10 + 5),
        _ => return None,
    })
}

/// Which way a relative expression points, from the sentence around it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Past,
    Future,
}

/// The tense of the clause around an expression at `at..end`: the nearest tense word before it
/// ("said Tuesday", "will meet Tuesday"), else just after it ("on Tuesday announced"), else the
/// sentence's (any "will" in it). News defaults to the past.
fn direction(text: &str, at: usize, end: usize) -> Direction {
    // (The sentence as far as 600 bytes either side: a text without stops is not read whole at
    // every mention.)
    let from = text.floor_char_boundary(at.saturating_sub(600));
    let to = text.ceil_char_boundary((end + 600).min(text.len()));
    let sentence_start = text[from..at].rfind(['.', '!', '?', '\n']).map_or(from, |i| from + i + 1);
    let sentence_end = text[end..to].find(['.', '!', '?', '\n']).map_or(to, |i| end + i);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let before = words(&text[sentence_start..at]);
    // "as soon as Tuesday", "as early as next month": the earliest a thing may happen.
    if let [.., a, soon, b] = before.as_slice()
        && a == "as"
        && b == "as"
        && (soon == "soon" || soon == "early")
    {
        return Direction::Future;
    }
    let k = before.len();
    // "Until Thursday, they had not called him a suspect": "until" before a past perfect looks
    // back.
    let after = words(&text[end..sentence_end]);
    if before.last().is_some_and(|w| w == "until" || w == "till") && after.iter().take(3).any(|w| w == "had") {
        return Direction::Past;
    }
    // "on patrol since March": what began then began before now.
    let opens_with_since = text[at..end].split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("since"));
    if opens_with_since || before.last().is_some_and(|w| w == "since") {
        return Direction::Past;
    }
    let mut all = before;
    all.extend(after);
    let tense = |i: usize| tense_of(&all[i], i.checked_sub(1).map(|j| all[j].as_str()));
    let near = (k.saturating_sub(4)..k).rev().chain(k..all.len().min(k + 3));
    if let Some(dir) = near.filter_map(tense).next() {
        return dir;
    }
    // No tense word near it: any sign of the future in the sentence.
    let future = all.iter().any(|w| future_word(w));
    if future { Direction::Future } else { Direction::Past }
}

/// A word that points to the future: an auxiliary, a plan, "next", "until".
fn future_word(word: &str) -> bool {
    const FUTURE: &[&str] = &[
        "will",
        "shall",
        "won't",
        "going",
        "scheduled",
        "expected",
        "expects",
        "expect",
        "plans",
        "plan",
        "planned",
        "planning",
        "due",
        "payable",
        "upcoming",
        "next",
        "until",
        "till",
    ];
    FUTURE.contains(&word) || word.ends_with("'ll")
}

/// The tense a word marks, if it marks one: auxiliaries and plans for the future; reporting
/// verbs, past forms of "be" and "have", and past forms for the past, unless a passive's
/// "be" comes before them ("will be held", "to be finished").
fn tense_of(word: &str, previous: Option<&str>) -> Option<Direction> {
    const PAST: &[&str] = &["said", "told", "was", "were", "had", "did", "ago", "last", "earlier"];
    if future_word(word) {
        Some(Direction::Future)
    } else if PAST.contains(&word) || IRREGULAR_PAST.contains(&word) || (word.len() > 4 && word.ends_with("ed")) {
        let passive = matches!(previous, Some("be" | "been" | "being")) && word != "was" && word != "were";
        (!passive).then_some(Direction::Past)
    } else {
        None
    }
}

/// Past forms of irregular verbs that are no other form of the verb ("brought", not "put"), for
/// [`tense_of`]: "In January, the company brought in a new chief" is the January before.
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "arose",
    "ate",
    "became",
    "began",
    "bent",
    "bled",
    "bought",
    "bore",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "crept",
    "dealt",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "fought",
    "forbade",
    "foresaw",
    "forgot",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "kept",
    "knelt",
    "knew",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "overtook",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shook",
    "shot",
    "slept",
    "slid",
    "sold",
    "sought",
    "spent",
    "spoke",
    "sprang",
    "stole",
    "stood",
    "struck",
    "stuck",
    "swept",
    "swore",
    "swung",
    "taught",
    "thought",
    "threw",
    "took",
    "tore",
    "underwent",
    "upheld",
    "wept",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// A month and day without a year: the year that puts it closest to publication (news reports
/// the recent past and the near future); the tense decides within four months ("the year ended
/// March 31", written in November, is the March before).
fn month_day(dct: NaiveDate, month: u32, d: u32, dir: Direction) -> Option<NaiveDate> {
    nearest(
        dct,
        [dct.year() - 1, dct.year(), dct.year() + 1].into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, month, d)),
        dir,
    )
}

/// Of dates a name may mean (one per year), the closest to publication; one on the side the
/// tense does not point to counts 120 days farther.
fn nearest(dct: NaiveDate, dates: impl Iterator<Item = NaiveDate>, dir: Direction) -> Option<NaiveDate> {
    dates.min_by_key(|date| {
        let days = (*date - dct).num_days();
        let wrong_way = (dir == Direction::Past && days > 0) || (dir == Direction::Future && days < 0);
        days.abs() + if wrong_way { 120 } else { 0 }
    })
}

/// A weekday: "last" one strictly before publication, "next" one strictly after, else the one the
/// clause's tense points to (publication day itself included).
fn weekday_date(dct: NaiveDate, wd: Weekday, rel: &str, dir: impl FnOnce() -> Direction) -> NaiveDate {
    let offset = (wd.num_days_from_monday() as i64) - (dct.weekday().num_days_from_monday() as i64);
    match rel {
        // "this coming Sunday": the next one.
        "next" | "coming" | "this coming" => dct + Duration::days(if offset > 0 { offset } else { offset + 7 }),
        "last" => dct + Duration::days(if offset < 0 { offset } else { offset - 7 }),
        _ => match dir() {
            Direction::Past => dct + Duration::days(if offset <= 0 { offset } else { offset - 7 }),
            Direction::Future => dct + Duration::days(if offset >= 0 { offset } else { offset + 7 }),
        },
    }
}

/// The date of a holiday (its name lower case, as the rule matched it) in `year`: fixed days, the
/// United States' Thanksgiving (fourth Thursday of November) and Western Easter (the Gregorian
/// computus).
fn holiday(name: &str, year: i32) -> Option<NaiveDate> {
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ").replace('\'', "");
    match name.as_str() {
        "christmas" | "christmas day" => ymd(12, 25),
        "christmas eve" => ymd(12, 24),
        "new years day" => ymd(1, 1),
        "new years eve" => ymd(12, 31),
        "halloween" => ymd(10, 31),
        "valentines day" => ymd(2, 14),
        // United States: elections on the Tuesday after the first Monday of November, Labor Day
        // on the first Monday of September, Memorial Day on the last Monday of May.
        "election day" => {
            let first = ymd(11, 1)?;
            let to_monday = (7 - first.weekday().num_days_from_monday() as i64) % 7;
            Some(first + Duration::days(to_monday + 1))
        }
        "labor day" => {
            let first = ymd(9, 1)?;
            Some(first + Duration::days((7 - first.weekday().num_days_from_monday() as i64) % 7))
        }
        "memorial day" => {
            let last = ymd(5, 31)?;
            Some(last - Duration::days(last.weekday().num_days_from_monday() as i64))
        }
        "thanksgiving" | "thanksgiving day" => {
            let first = ymd(11, 1)?;
            let to_thursday = (7 + 3 - first.weekday().num_days_from_monday() as i64) % 7;
            Some(first + Duration::days(to_thursday + 21))
        }
        "easter" | "easter sunday" | "easter monday" => {
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            let (a, b, c) = (year % 19, year / 100, year % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 19 * l) / 433;
            let month = (h + l - 7 * m + 90) / 25;
            let dom = (h + l - 7 * m + 33 * month + 19) % 32;
            let sunday = NaiveDate::from_ymd_opt(year, month as u32, dom as u32)?;
            Some(if name.ends_with("monday") { sunday + Duration::days(1) } else { sunday })
        }
        _ => None,
    }
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn week(date: NaiveDate) -> String {
    let w = date.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// How many units "last" (−1), "next" (+1) or "this" (0) moves from the publication's.
fn relative_step(word: &str) -> i32 {
    match word {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

fn quarter_of(month: u32) -> u32 {
    (month - 1) / 3 + 1
}

fn season_code(word: &str) -> &'static str {
    match word.to_ascii_lowercase().as_str() {
        "summer" => "SU",
        "winter" => "WI",
        "spring" => "SP",
        _ => "FA",
    }
}

/// The month a season starts in (the northern hemisphere's meteorological seasons), if `word` is
/// one.
fn season_start(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

/// How far back a results report names its quarter ("third-quarter profit rose …").
const QUARTER_CONTEXT: usize = 1500;

static REPORTED_QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter(?-u:\b)")
        .expect("quarter pattern")
});

/// The quarter a results report is about: the last "third quarter" (or "third-quarter") written
/// shortly before `before`'s end.
fn reported_quarter(before: &str) -> Option<u32> {
    let from = before.floor_char_boundary(before.len().saturating_sub(QUARTER_CONTEXT));
    let cap = REPORTED_QUARTER.captures_iter(&before[from..]).last()?;
    quarter_number(cap.get(1)?.as_str())
}

/// The quarter an ordinal names ("third", "3rd", "final").
fn quarter_number(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" | "final" => Some(4),
        _ => None,
    }
}

/// Whether the words after "a second" make it an ordinal: a word that is no preposition,
/// conjunction or time word follows ("a second night", not "a second later", "for a second, …").
fn ordinal_before_noun(after: &str) -> bool {
    let Some(next) = after.strip_prefix(' ') else { return false };
    let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.starts_with(char::is_lowercase)
        && !matches!(
            word,
            "later"
                | "ago"
                | "earlier"
                | "after"
                | "before"
                | "or"
                | "and"
                | "to"
                | "of"
                | "in"
                | "at"
                | "on"
                | "when"
                | "while"
                | "as"
                | "than"
                | "the"
                | "a"
                | "too"
                | "longer"
                | "more"
        )
}

fn resolve(kind: Kind, cap: &Captures<'_>, text: &str, at: usize, dct: Option<NaiveDate>) -> Option<String> {
    let g = |i: usize| cap.get(i).map(|m| m.as_str());
    let end = at + cap.get(0).map_or(0, |m| m.len());
    match kind {
        Kind::FullDate => {
            let date = NaiveDate::from_ymd_opt(g(3)?.parse().ok()?, month_number(g(1)?)?, g(2)?.parse().ok()?)?;
            Some(day(date))
        }
        Kind::DayMonthYear => {
            let date = NaiveDate::from_ymd_opt(g(3)?.parse().ok()?, month_number(g(2)?)?, g(1)?.parse().ok()?)?;
            Some(day(date))
        }
        Kind::IsoDate => {
            let date = NaiveDate::from_ymd_opt(g(1)?.parse().ok()?, g(2)?.parse().ok()?, g(3)?.parse().ok()?)?;
            Some(day(date))
        }
        Kind::MonthYear => {
            if is_modal_may(g(1)?) {
                return None;
            }
            Some(format!("{}-{:02}", g(2)?, month_number(g(1)?)?))
        }
        Kind::MonthDay | Kind::DayMonth => {
            let (m, d) = if kind == Kind::MonthDay { (g(1)?, g(2)?) } else { (g(2)?, g(1)?) };
            if is_modal_may(m) {
                return None;
            }
            let (month, d): (u32, u32) = (month_number(m)?, d.parse().ok()?);
            if (month, d) == (9, 11) && names_the_attacks(&text[end..]) {
                return Some("2001-09-11".to_string());
            }
            // Without a publication date, the day of an unknown year ("XXXX-12-17", as TIMEX3
            // writes it): what an undated article says still names a day.
            let Some(dct) = dct else {
                return NaiveDate::from_ymd_opt(2000, month, d).map(|_| format!("XXXX-{month:02}-{d:02}"));
            };
            // "last Oct. 23" is the latest before publication, "next March 31" the first after
            // it, "this September 30" in the publication's year, whatever the tense. ("In this
            // May 22 photo": "this" is the photo's.)
            let dates = || (dct.year() - 1..=dct.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, month, d));
            let caption = || {
                let after = &text[end..text.ceil_char_boundary((end + 24).min(text.len()))];
                ["photo", "file", "image", "picture", "handout"].iter().any(|w| after.contains(w))
            };
            let date = match text[..at].trim_end().rsplit(char::is_whitespace).next().map(str::to_ascii_lowercase) {
                Some(w) if w == "last" => dates().filter(|&date| date < dct).max(),
                Some(w) if w == "next" => dates().filter(|&date| date > dct).min(),
                Some(w) if w == "this" && !caption() => NaiveDate::from_ymd_opt(dct.year(), month, d),
                _ => month_day(dct, month, d, direction(text, at, end)),
            };
            Some(day(date?))
        }
        Kind::MonthRelYear => {
            let year = dct?.year() + relative_step(&g(2)?.to_ascii_lowercase());
            Some(format!("{year}-{:02}", month_number(g(1)?)?))
        }
        Kind::RelMonth | Kind::BareMonth => {
            let (rel, m) = if kind == Kind::RelMonth {
                (g(1)?.to_ascii_lowercase(), g(2)?)
            } else {
                (String::new(), g(1).or(g(2))?)
            };
            if is_modal_may(m) {
                return None;
            }
            // "last Oct. 23": a day of the month follows; the month and day are the expression.
            let after = text[end..].trim_start_matches('.').trim_start();
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            // ("in mid-March 15 people died": after "mid", "early" or "late", a count.)
            if matches!(rel.as_str(), "last" | "next" | "this")
                && (1..=2).contains(&digits)
                && after.len() < text.len() - end
                && !after[digits..].starts_with(|c: char| c.is_alphanumeric() && !matches!(c, 's' | 'n' | 'r' | 't'))
            {
                return None;
            }
            let month = month_number(m)?;
            let dct = dct?;
            let year = match rel.as_str() {
                "last" => {
                    if month < dct.month() {
                        dct.year()
                    } else {
                        dct.year() - 1
                    }
                }
                "next" => {
                    if month > dct.month() {
                        dct.year()
                    } else {
                        dct.year() + 1
                    }
                }
                "this" => dct.year(),
                _ => {
                    // The closest such month to publication; one on the side the tense does not
                    // point to counts four months farther, as for a month and day ("In March, the
                    // company received an offer", written in October, is the March before).
                    let dir = direction(text, at, end);
                    let here = dct.year() * 12 + dct.month0() as i32;
                    [dct.year() - 1, dct.year(), dct.year() + 1]
                        .into_iter()
                        .min_by_key(|y| {
                            let diff = y * 12 + month as i32 - 1 - here;
                            let wrong_way =
                                (dir == Direction::Past && diff > 0) || (dir == Direction::Future && diff < 0);
                            diff.abs() + if wrong_way { 4 } else { 0 }
                        })
                        .unwrap_or(dct.year())
                }
            };
            Some(format!("{year}-{month:02}"))
        }
        Kind::Weekday => {
            // "Saturday Night Live", "Sunday Times", "Monday Night Football": a title, no day.
            let after = text[end..].trim_start();
            if ["Live", "Times", "Telegraph", "Express", "Mirror", "Football", "Herald", "Post", "Mail"]
                .iter()
                .any(|w| after.starts_with(w) && !after[w.len()..].starts_with(char::is_alphanumeric))
            {
                return None;
            }
            let rel = g(2).map(str::to_ascii_lowercase).unwrap_or_default();
            let weekday = weekday_of(g(3)?)?;
            let clock = g(1).map(str::to_ascii_lowercase);
            let part = match clock.as_deref().or(g(4)).map(str::to_ascii_lowercase).as_deref() {
                Some("noon") => "T12:00",
                Some("midnight") => "T24:00",
                Some("morning") => "TMO",
                Some("afternoon") => "TAF",
                Some("evening") => "TEV",
                Some("night") => "TNI",
                _ => "",
            };
            // Without a publication date, a day of an unknown week ("XXXX-WXX-3", as TIMEX3
            // writes it), as an undated article's month-days are of an unknown year.
            let Some(dct) = dct else {
                return Some(format!("XXXX-WXX-{}{part}", weekday.number_from_monday()));
            };
            let date = weekday_date(dct, weekday, &rel, || direction(text, at, end));
            Some(format!("{}{}", day(date), part))
        }
        Kind::Word => {
            let w = g(1)?.to_ascii_lowercase();
            let dated = |d: NaiveDate, part: &str| Some(format!("{}{part}", day(d)));
            match w.as_str() {
                "now" | "currently" | "nowadays" | "these days" | "right now" | "at the moment" | "the present" => {
                    Some("PRESENT_REF".to_string())
                }
                "current" => Some("PRESENT_REF".to_string()),
                // Not "previously" or "soon": they say how events follow each other, not when, and
                // TimeML annotators leave them out (on TBAQ 23 of 38 such tags were spurious).
                "recently" | "lately" | "the past" => Some("PAST_REF".to_string()),
                "the future" | "in the future" | "the near future" | "the near term" => Some("FUTURE_REF".to_string()),
                "midday" => dated(dct?, "T12:00"),
                w if w.starts_with("mid") && w.ends_with("afternoon") => dated(dct?, "TAF"),
                "today" => dated(dct?, ""),
                "yesterday" => dated(dct? - Duration::days(1), ""),
                "tomorrow" => dated(dct? + Duration::days(1), ""),
                "tonight" => dated(dct?, "TNI"),
                "last night" => dated(dct? - Duration::days(1), "TNI"),
                "this morning" => dated(dct?, "TMO"),
                "this afternoon" => dated(dct?, "TAF"),
                "this evening" => dated(dct?, "TEV"),
                _ => None,
            }
        }
        Kind::RelUnit => {
            let mut rel = g(1)?.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
            let unit = g(2)?.to_ascii_lowercase();
            // "this past spring": the latest spring before the publication date's season (in
            // October, the spring of the same year, where "last spring" is the year before's);
            // "this past week" is last week; "this past year", a stretch, is the past year.
            if rel == "this past" {
                if let Some(start) = season_start(&unit) {
                    let dct = dct?;
                    let year = if start >= dct.month() { dct.year() - 1 } else { dct.year() };
                    return Some(format!("{year}-{}", season_code(&unit)));
                }
                rel = if matches!(unit.as_str(), "year" | "decade" | "century") { "the past" } else { "last" }
                    .to_string();
            }
            // "the past year", "the coming decade": a stretch of time, not a calendar unit.
            if matches!(
                rel.as_str(),
                "the past" | "the last" | "the previous" | "the coming" | "the next" | "past" | "coming" | "previous"
            ) {
                let (code, _) = unit_code(&unit).unwrap_or(("Y", false));
                return match unit.as_str() {
                    "weekend" => Some("P1WE".to_string()),
                    "quarter" => Some("P3M".to_string()),
                    "summer" | "winter" | "spring" | "fall" | "autumn" => Some(format!("P1{}", season_code(&unit))),
                    "decade" => Some("P10Y".to_string()),
                    _ => Some(format!("P1{code}")),
                };
            }
            let dct = dct?;
            let step = relative_step(&rel);
            Some(match unit.as_str() {
                "week" => week(dct + Duration::weeks(step as i64)),
                "weekend" => format!("{}-WE", week(dct + Duration::weeks(step as i64))),
                "month" => {
                    let m0 = dct.year() * 12 + dct.month0() as i32 + step;
                    format!("{}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                "year" => format!("{}", dct.year() + step),
                "quarter" => {
                    let q0 = dct.year() * 4 + (quarter_of(dct.month()) as i32 - 1) + step;
                    format!("{}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1)
                }
                "decade" => format!("{}", (dct.year() / 10 + step) as i64),
                "century" => format!("{}", (dct.year() / 100 + step) as i64),
                season => {
                    let year = if step < 0 { dct.year() - 1 } else { dct.year() + step.max(0) };
                    format!("{year}-{}", season_code(season))
                }
            })
        }
        Kind::VagueAgo => Some("PAST_REF".to_string()),
        Kind::Ago => {
            let dct = dct?;
            let n: i64 = number(g(1)?)?.parse().ok()?;
            let (code, clock) = unit_code(g(2)?)?;
            if clock {
                return Some(day(dct));
            }
            Some(match code {
                "D" => day(dct - Duration::days(n)),
                "W" => week(dct - Duration::weeks(n)),
                "M" => {
                    let m0 = dct.year() * 12 + dct.month0() as i32 - n as i32;
                    format!("{}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                // In quarterly results, "profit rose from $3 million a year ago" compares the
                // quarter being reported with the same quarter a year before.
                "Y" => match reported_quarter(&text[..at]) {
                    Some(q) => format!("{:04}-Q{q}", dct.year() - n as i32),
                    None => format!("{:04}", dct.year() - n as i32),
                },
                "DE" => format!("{:03}", (dct.year() - 10 * n as i32) / 10),
                _ => format!("{:02}", dct.year() / 100 - n as i32),
            })
            // Before the year 1 TIMEX3 writes "BC…"; news hardly needs it.
            .filter(|value| !value.starts_with('-'))
        }
        Kind::PastDuration => duration(g(1)?, g(2)?),
        // "a 13-year-old" is an age, not a time.
        // (Groups: the number, "1/2", the unit, "-old", "and a half".)
        Kind::Duration if g(4).is_some() => None,
        // "a second night", "a second generation": the ordinal before a noun.
        Kind::Duration
            if g(1).is_some_and(|n| n.eq_ignore_ascii_case("a"))
                && g(3).is_some_and(|u| u.eq_ignore_ascii_case("second"))
                && ordinal_before_noun(&text[cap.get(0).map_or(at, |m| m.end())..]) =>
        {
            None
        }
        // "5 1/2 hours", "two and a half years", "a minute and a half".
        Kind::Duration if g(2).or(g(5)).is_some() => half_duration(g(1)?, g(3)?),
        // "the 1986/87 business year", "1987 full year sales": with a word between, a count of
        // more than one unit counts them in the plural ("20 business days", "a full year"). "It
        // was a long day" tells how it felt, not how long it lasted ("eight long years" does).
        Kind::Duration
            if g(2).is_none()
                && cap.get(1).zip(cap.get(3)).is_some_and(|(n, u)| {
                    let between = &text[n.end()..u.start()];
                    let one = number(n.as_str()).is_some_and(|n| n == "1");
                    between.contains(|c: char| c.is_alphabetic())
                        && (!one && !u.as_str().ends_with(['s', 'S'])
                            || one && (between.contains("long") || between.contains("short")))
                }) =>
        {
            None
        }
        // ("1985 year net includes …": a year, not 1,985 of them.)
        Kind::Duration
            if g(3)?.eq_ignore_ascii_case("year")
                && g(1)?.len() == 4
                && g(1)?.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y)) =>
        {
            Some(g(1)?.to_string())
        }
        Kind::Duration => duration(g(1)?, g(3)?),
        Kind::Vague => {
            let (code, _) = unit_code(g(1)?)?;
            Some(if code == "DE" { "PXY".to_string() } else { format!("PX{code}") })
        }
        Kind::Year => Some(g(1)?.to_string()),
        Kind::Decade => match (g(1), g(2), g(3)) {
            (Some(d), _, _) => Some(d.to_string()),
            (None, Some(d), _) => Some(format!("19{d}")),
            (None, None, Some(w)) => {
                let tens = ["fifties", "sixties", "seventies", "eighties", "nineties"];
                let at = tens.iter().position(|t| t.eq_ignore_ascii_case(w))?;
                Some(format!("19{}", at + 5))
            }
            _ => None,
        },
        // TIMEX3 writes a century as its first two digits: the 20th is "19".
        Kind::Century => {
            const ORDINALS: &[&str] = &[
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
                "twentieth",
                "twenty-first",
            ];
            let n = match (g(1), g(2)) {
                (Some(d), _) => d.parse::<u32>().ok()?,
                (None, Some(w)) => ORDINALS.iter().position(|o| o.eq_ignore_ascii_case(w))? as u32 + 1,
                _ => return None,
            };
            (1..=21).contains(&n).then(|| format!("{:02}", n - 1))
        }
        Kind::Quarter => {
            let which = g(2)?.to_ascii_lowercase();
            let explicit_year: Option<i32> = g(3).and_then(|y| y.parse().ok()).or_else(|| {
                let step = relative_step(&g(1)?.to_ascii_lowercase());
                quarter_number(&which).and(dct).map(|d| d.year() + step)
            });
            let q = match (quarter_number(&which), which.as_str()) {
                (Some(q), _) => q,
                (None, "last" | "latest") => {
                    let dct = dct?;
                    let q0 = dct.year() * 4 + quarter_of(dct.month()) as i32 - 2;
                    return Some(format!("{}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1));
                }
                (None, "next") => {
                    let dct = dct?;
                    let q0 = dct.year() * 4 + quarter_of(dct.month()) as i32;
                    return Some(format!("{}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1));
                }
                _ => quarter_of(dct?.month()),
            };
            let year = match explicit_year {
                Some(y) => y,
                // "the fourth quarter" read in January is the one just ended.
                None => {
                    let dct = dct?;
                    if q > quarter_of(dct.month()) && direction(text, at, end) == Direction::Past {
                        dct.year() - 1
                    } else {
                        dct.year()
                    }
                }
            };
            Some(format!("{year}-Q{q}"))
        }
        Kind::Holiday => {
            let name = g(2)?.to_ascii_lowercase();
            if let Some(year) = g(3) {
                return Some(day(holiday(&name, year.parse().ok()?)?));
            }
            let dct = dct?;
            let candidates = [dct.year() - 1, dct.year(), dct.year() + 1].into_iter().filter_map(|y| holiday(&name, y));
            let date = match g(1).map(str::to_ascii_lowercase).as_deref() {
                Some("last") => candidates.filter(|d| *d < dct).max()?,
                Some("next") => candidates.filter(|d| *d > dct).min()?,
                Some(_) => holiday(&name, dct.year())?,
                None => nearest(dct, candidates, direction(text, at, end))?,
            };
            Some(day(date))
        }
        Kind::SlashDate => {
            // (Not inside a longer run of numbers and strokes: "1/2/3/4", "2024/03/04/12".)
            let before = text.as_bytes()[..at].last();
            if before.is_some_and(|b| *b == b'/' || b.is_ascii_digit()) || text[end..].starts_with('/') {
                return None;
            }
            let (a, b): (u32, u32) = (g(1)?.parse().ok()?, g(2)?.parse().ok()?);
            let (month, day_of_month) = if a > 12 { (b, a) } else { (a, b) };
            let year: i32 = match g(3)? {
                y if y.len() == 4 => y.parse().ok()?,
                // "3/11/24": the century that puts it no later than a year after publication.
                y => {
                    let y: i32 = y.parse().ok()?;
                    let latest = dct.map_or(2030, |d| d.year() + 1);
                    if 2000 + y <= latest { 2000 + y } else { 1900 + y }
                }
            };
            Some(day(NaiveDate::from_ymd_opt(year, month, day_of_month)?))
        }
        Kind::HalfYear => {
            let half = if g(1)?.eq_ignore_ascii_case("first") { 1 } else { 2 };
            let year = match (g(2), g(3), g(4)) {
                (_, _, Some(y)) => y.parse().ok()?,
                (_, Some(rel), _) => dct?.year() + if rel.eq_ignore_ascii_case("next") { 1 } else { -1 },
                _ => dct?.year(),
            };
            Some(format!("{year}-H{half}"))
        }
        // "9/11" alone, not a date written "9/11/2014" or "1/9/11".
        Kind::NineEleven => {
            let before = text.as_bytes()[..at].last();
            let after = &text.as_bytes()[end..];
            let in_date = before == Some(&b'/') || matches!(after, [b'/', d, ..] if d.is_ascii_digit());
            (!in_date).then(|| "2001-09-11".to_string())
        }
        Kind::SpokenYear => {
            let year = match (g(4), g(5)) {
                (Some(_), Some(tens)) => {
                    1900 + number(tens)?.parse::<i32>().ok()? + g(6).map_or(Some(0), spoken_unit)?
                }
                // "two thousand" counts something unless it is named a year or dated.
                _ if g(1).is_some() || g(2).is_some() || g(3).is_some() => 2000 + g(7).map_or(Some(0), spoken_unit)?,
                _ => return None,
            };
            Some(match (g(1), g(2)) {
                (Some(season), _) => format!("{year}-{}", season_code(season)),
                (_, Some(month)) if !is_modal_may(month) => format!("{year}-{:02}", month_number(month)?),
                _ => year.to_string(),
            })
        }
        Kind::Season => {
            // "The fall of the regime", "the fall in prices" are no season, "in the fall" is one;
            // "the summer of 2008" is that year's.
            if g(3).is_none() && g(2)?.eq_ignore_ascii_case("fall") {
                let before = text[..at].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                let time_preposition = ["in", "during", "by", "until", "since", "through", "over", "this"]
                    .iter()
                    .any(|p| before.eq_ignore_ascii_case(p));
                let the_fall = g(1)?.eq_ignore_ascii_case("the");
                if text[end..].trim_start().starts_with("of ") || (the_fall && !time_preposition) {
                    return None;
                }
            }
            if let Some(year) = g(3) {
                return Some(format!("{year}-{}", season_code(g(2)?)));
            }
            let year = dct?.year() + relative_step(&g(1)?.to_ascii_lowercase());
            Some(format!("{year}-{}", season_code(g(2)?)))
        }
        Kind::ClockDay => {
            // "5 p.m. EST Nov. 9", "9 a.m. Tuesday": the time on that day.
            let dct = dct?;
            let date = match (g(4), g(5), g(6)) {
                (Some(w), ..) => weekday_date(dct, weekday_of(w)?, "", || direction(text, at, end)),
                (None, Some(m), Some(d)) => {
                    month_day(dct, month_number(m)?, d.parse().ok()?, direction(text, at, end))?
                }
                _ => return None,
            };
            let clock = resolve(Kind::ClockTime, cap, text, at, Some(date))?;
            Some(clock)
        }
        Kind::ClockTime => {
            let dct = dct?;
            let mut h: u32 = g(1)?.parse().ok()?;
            let m: u32 = g(2).map_or(Some(0), |m| m.parse().ok())?;
            if h > 12 || m > 59 {
                return None;
            }
            if g(3)?.eq_ignore_ascii_case("p") && h < 12 {
                h += 12;
            } else if g(3)?.eq_ignore_ascii_case("a") && h == 12 {
                h = 0;
            }
            Some(format!("{}T{h:02}:{m:02}", day(dct)))
        }
        // Results reports name their quarter once ("third-quarter net income …") and then say
        // "the quarter", "the latest period", "the year-ago quarter".
        Kind::ReportPeriod => {
            let dct = dct?;
            let q = reported_quarter(&text[..at]);
            let year_ago = g(1).or(g(3)).is_some_and(|w| w.to_ascii_lowercase().starts_with("year-"));
            match (q, year_ago) {
                (Some(q), false) => Some(format!("{}-Q{q}", dct.year())),
                (Some(q), true) => Some(format!("{}-Q{q}", dct.year() - 1)),
                (None, true) => Some(format!("{}", dct.year() - 1)),
                (None, false) => None,
            }
        }
        // "the 1988 third quarter"; "the 1988 quarter" or "period" in a results report is the
        // quarter it names.
        Kind::YearQuarter => {
            let year = g(1)?;
            let q = match g(2) {
                Some(ordinal) => quarter_number(ordinal)?,
                None => reported_quarter(&text[..at])?,
            };
            Some(format!("{year}-Q{q}"))
        }
        // "For the year" is the publication's year; "the year ended March 31" is a fiscal year, a
        // span of one year.
        // "In the year 2000" names its year: the year rule reads it.
        Kind::TheYear if text[end..].trim_start().starts_with(|c: char| c.is_ascii_digit()) => None,
        Kind::TheYear => match g(3) {
            Some(_) => Some("P1Y".to_string()),
            None => Some(format!("{}", dct?.year())),
        },
        // "By year-end" is this year's last day; "since year-end", "when year-end net was …" the
        // last one past. ("Year-end results", "a year-end bonus" name no day.)
        Kind::YearEnd => {
            let dct = dct?;
            let next = text[end..].trim_start().split(' ').next().unwrap_or("");
            if next.starts_with(|c: char| c.is_ascii_lowercase())
                && !matches!(next, "net" | "and" | "or" | "was" | "is" | "will")
            {
                return None;
            }
            let year = match direction(text, at, end) {
                Direction::Future => dct.year(),
                _ => dct.year() - 1,
            };
            Some(format!("{year}-12-31"))
        }
        // "Over the weekend": the last one, or the next one when the clause looks ahead.
        Kind::Weekend => {
            let dct = dct?;
            let saturday = match direction(text, at, end) {
                Direction::Future => dct + Duration::days((12 - dct.weekday().num_days_from_monday() as i64) % 7),
                _ => dct - Duration::days((dct.weekday().num_days_from_monday() as i64 + 2) % 7),
            };
            Some(format!("{}-WE", week(saturday)))
        }
        Kind::FollowingUnit => {
            // Relative to the date the text gave before (see `times`); with none, to the
            // publication date.
            let dct = dct?;
            let rel = g(1).or(g(3)).or(g(5))?.to_ascii_lowercase();
            let step: i64 = match rel.as_str() {
                "following" => 1,
                "that" => 0,
                _ => -1,
            };
            Some(match g(2).or(g(4)).or(g(6))?.to_ascii_lowercase().as_str() {
                "day" => day(dct + Duration::days(step)),
                "week" => week(dct + Duration::weeks(step)),
                "month" => {
                    let m0 = dct.year() * 12 + dct.month0() as i32 + step as i32;
                    format!("{}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                _ => format!("{}", dct.year() + step as i32),
            })
        }
        Kind::BareYear => {
            // "Resolution 1970", "Flight 2014", "Windows 2000": a number that names a thing.
            const NAMED_BY_NUMBER: &[&str] = &[
                "Resolution",
                "Resolutions",
                "Article",
                "Chapter",
                "Section",
                "Flight",
                "Route",
                "Highway",
                "Interstate",
                "Room",
                "Suite",
                "Apartment",
                "Bill",
                "No.",
                "Nos.",
                "Number",
                "Model",
                "Windows",
                "Form",
                "Rule",
                "Paragraph",
                "Clause",
                "Channel",
                "Platform",
                "Gate",
                "Terminal",
                "Unit",
                "Batch",
                "Code",
                "Line",
            ];
            let previous = text[..at].trim_end().rsplit([' ', '\n']).next().unwrap_or("");
            if NAMED_BY_NUMBER.contains(&previous) || previous.ends_with('#') {
                return None;
            }
            // "2000 soldiers" counts; "1990 budget" and "in 1990," name a year.
            let next = g(2).map(str::trim).unwrap_or("");
            if next.ends_with('s') && !matches!(next, "was" | "is" | "has" | "as" | "its" | "this" | "his" | "plus") {
                return None;
            }
            Some(g(1)?.to_string())
        }
        Kind::Set => {
            // "The New York Daily News", "Weekly Standard": a capitalised word inside a name.
            let word = g(1)?;
            let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
            let mut words = word.split_whitespace();
            let first = words.next()?.trim_end_matches('s');
            // "Sundays", "Tuesday nights": a weekday in the plural, or its part of the day, recurs.
            if let Some(day) = weekday_of(first) {
                let part = match words.next().map(str::to_ascii_lowercase).as_deref() {
                    Some("mornings") => "TMO",
                    Some("afternoons") => "TAF",
                    Some("evenings") => "TEV",
                    Some("nights") => "TNI",
                    _ => "",
                };
                return Some(format!("XXXX-WXX-{}{part}", day.number_from_monday()));
            }
            if capitalised(word)
                && (text[..at].trim_end().rsplit(' ').next().is_some_and(|w| capitalised(w) && !w.ends_with('.'))
                    || text[at + word.len()..].trim_start().split(' ').next().is_some_and(capitalised))
            {
                return None;
            }
            let last = g(1)?.split_whitespace().last()?;
            // "every Sunday": the seventh day of every week.
            if let Some(day) = weekday_of(last) {
                return Some(format!("XXXX-WXX-{}", day.number_from_monday()));
            }
            // "each July": the seventh month of every year.
            if let Some(month) = month_number(last).filter(|_| last.len() > 3) {
                return Some(format!("XXXX-{month:02}"));
            }
            Some(
                match last.to_ascii_lowercase().as_str() {
                    "hourly" => "PT1H",
                    "daily" | "day" => "P1D",
                    "weekly" | "week" => "P1W",
                    "monthly" | "month" => "P1M",
                    "quarter" => "P1Q",
                    _ => "P1Y",
                }
                .to_string(),
            )
        }
    }
}

/// "may" is a month only when written "May" and not opening a clause ("May I", "it may rain").
/// Whether the words after "September 11" name the 2001 attacks: "the September 11 attacks",
/// "11 September hijackers", "the Sept. 11 commission".
fn names_the_attacks(after: &str) -> bool {
    let next = after.trim_start_matches([',', ' ']).split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let next = next.to_ascii_lowercase();
    ["attack", "terror", "hijack", "commission", "bombing", "strikes"].iter().any(|w| next.starts_with(w))
}

fn is_modal_may(word: &str) -> bool {
    word.eq_ignore_ascii_case("may") && word != "May"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, dct: &str, expected: &[(&str, &str)]) {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let got: Vec<(String, String)> = times(text, dct).into_iter().map(|t| (t.text, t.value)).collect();
        let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, expected, "{text}");
    }

    /// Every match a rule finds in the whole text lies in one of the ranges searched for it, on a
    /// text that holds a match of every rule, and each match holds a head word of its rule.
    #[test]
    fn each_rule_is_searched_wherever_it_matches() {
        let text = "On Wednesday, September 12th, 2024, and on 3rd of March, 1999 (2023-04-05), in June 2020 \
            and on March 5 or 5 March, in April next year, by mid-May, until December, the June deal and \
            October's talks, last Thursday night, now, last night, recently, midafternoon, the past two \
            weeks, this year, three years ago, a year-earlier figure, the next five months, a 20-year-old \
            plan lasting six and a half years, in recent years, since 2019, the 1990s, the 1980's and the '80s, the nineties, the 20th century, the \
            third quarter of 2021, the first-quarter results, last summer, Christmas Day 2019, at 5pm, \
            at 10:30 a.m. EST on Monday, weekly and every year, each Friday, the following week, the latest quarter, \
            over the weekend, the 2019 fiscal quarter, for the year ended, 1997 figures, nineteen \
            ninety-six, the year two thousand, and shops at 9am, 2pm and 11 p.m. after 9/11, by year-end, later that year \
            and the full year, on Saturday nights, by Sepember 30, 1987, in midmarch and midafternoon, on \
            12/25/2023 and in the first half of 2022.";
        let heads: Vec<(usize, usize, u64)> = head_words(text).collect();
        let windows = windows(text);
        for (idx, rule) in RULES.iter().enumerate() {
            let matches: Vec<_> = rule.regex.find_iter(text).collect();
            assert!(!matches.is_empty(), "rule {idx} ({:?}) has no match in the test text", rule.kind);
            for m in matches {
                let held = heads.iter().any(|&(s, e, rules)| m.start() <= s && e <= m.end() && rules & (1 << idx) != 0);
                assert!(held, "rule {idx} ({:?}): {:?} holds none of its head words", rule.kind, m.as_str());
                assert!(
                    windows[idx].iter().any(|&(from, to)| from <= m.start() && m.end() <= to),
                    "rule {idx} ({:?}): {:?} is outside its ranges",
                    rule.kind,
                    m.as_str()
                );
            }
        }
    }

    /// A head word inside another word, where no rule of its can match, opens no window: most of
    /// the cost of the rules is running them over their windows.
    #[test]
    fn heads_inside_other_words_open_no_window() {
        let months = "Primary voters at the market decided to remark on the summary of the decree.";
        let units = "Today the holiday crowd met Sunday's heroes on Mayday.";
        let (month_windows, unit_windows) = (windows(months), windows(units));
        for (idx, rule) in RULES.iter().enumerate() {
            if heads(rule.kind) == MONTH_HEADS {
                assert_eq!(month_windows[idx], [], "rule {idx} ({:?}) in {months:?}", rule.kind);
            }
            if heads(rule.kind) == UNIT_HEADS {
                assert_eq!(unit_windows[idx], [], "rule {idx} ({:?}) in {units:?}", rule.kind);
            }
        }
        // A month's name or abbreviation still opens one, and its rules still read it.
        check("By Dec. 3 the market had decided.", "2010-06-04", &[("Dec. 3", "2009-12-03")]);
    }

    /// How the units are counted between the number and the unit, numbers of two words, and
    /// "this past".
    #[test]
    fn counted_units_compound_numbers_and_this_past() {
        check(
            "Shares fell for three straight days, and the offer stays open 20 business days.",
            "2010-06-04",
            &[("three straight days", "P3D"), ("20 business days", "P20D")],
        );
        check(
            "Over the last twenty-four hours the wind rose.",
            "2010-06-04",
            &[("the last twenty-four hours", "PT24H")],
        );
        check("Twenty-five years ago the crew boarded.", "2011-01-28", &[("Twenty-five years ago", "1986")]);
        check("Sixty one days later it was capped.", "2010-06-04", &[("Sixty one days", "P61D")]);
        // "This past spring", in October, is the spring of that year; "last spring" the year before's.
        check("This past spring the ferry ran late.", "1989-10-30", &[("This past spring", "1989-SP")]);
        check("This past weekend the ferry ran late.", "2011-03-01", &[("This past weekend", "2011-W08-WE")]);
        // A count of several units in the singular, a magazine, a long day: no stretch of time.
        check(
            "It expects 1987 full year sales to rise, as in the 1986/87 business year.",
            "1987-03-02",
            &[("1987", "1987"), ("1986", "1986")],
        );
        check("He read a Business Week article. It was a long day.", "1987-03-02", &[]);
    }

    /// "last", "next" and "this" before a month and its day: the month and day are the
    /// expression, and the word picks the year.
    #[test]
    fn last_next_and_this_before_a_month_and_day() {
        check(
            "The plant shut last April 26 and reopens next March 31.",
            "1987-04-10",
            &[("April 26", "1986-04-26"), ("March 31", "1988-03-31")],
        );
        check("The fiscal year ends this September 30.", "1987-03-10", &[("September 30", "1987-09-30")]);
        check("The duty was set last Oct. 23 on imports.", "1999-04-19", &[("Oct. 23", "1998-10-23")]);
        // A caption's "this" is the photo's; "mid-March" before a count stays a month.
        check("In this Dec. 28 photo, the ferry waits.", "2011-01-05", &[("Dec. 28", "2010-12-28")]);
        check("By mid-March 15 ferries ran.", "2011-05-05", &[("mid-March", "2011-03")]);
    }

    #[test]
    fn a_years_quarter_named_by_the_year() {
        // "last year's first quarter" is one expression, in last year (not "last year" and this
        // year's first quarter).
        check(
            "Profit fell from last year's first quarter and from this year's fourth-quarter forecast.",
            "1987-04-10",
            &[("last year's first quarter", "1986-Q1"), ("this year's fourth-quarter", "1987-Q4")],
        );
        check(
            "Sales should recover by next year’s second quarter.",
            "1989-11-02",
            &[("next year’s second quarter", "1990-Q2")],
        );
    }

    #[test]
    fn an_undated_articles_days_have_an_unknown_year() {
        // With no publication date a month and day is still a day, of year XXXX, and a weekday a
        // day of week XX; what only the publication date could place ("last month") is left out,
        // as is a day no month has.
        check(
            "Microsoft will release a patch on Dec. 17, it said on Wednesday; the flaw was found on 9 December, not Feb. 30, and last month.",
            "",
            &[("Dec. 17", "XXXX-12-17"), ("Wednesday", "XXXX-WXX-3"), ("9 December", "XXXX-12-09")],
        );
        check("The fire broke out on Friday night.", "", &[("Friday night", "XXXX-WXX-5TNI")]);
    }

    #[test]
    fn since_looks_back_and_a_month_of_a_year_is_one_expression() {
        // "since" points before publication whatever the clause's tense ("will be closed since
        // Sunday" is not the Sunday to come); "June of 2006" and "May of last year" are one
        // expression each, as "June 2006" and "May last year" are.
        check(
            "Prices are up 6 percent since Friday, and the beaches will stay closed as they have been since Sunday.",
            "2011-02-24",
            &[("Friday", "2011-02-18"), ("Sunday", "2011-02-20")],
        );
        check(
            "The bank has wanted out since February and expects a deal next month.",
            "2011-07-28",
            &[("February", "2011-02"), ("next month", "2011-08")],
        );
        check(
            "It was the first move since June of 2006; the deal will close in May of next year.",
            "2016-09-21",
            &[("June of 2006", "2006-06"), ("May of next year", "2017-05")],
        );
    }

    #[test]
    fn clock_times_with_a_dot_and_numbers_with_commas() {
        // British papers write "2.05 pm"; it is not "05 pm".
        check("At 2.05 pm the chief took questions.", "2010-06-04", &[("2.05 pm", "2010-06-04T14:05")]);
        check(
            "The show runs 9.30pm-1.00 am on Radio 5.",
            "2010-04-16",
            &[("9.30pm", "2010-04-16T21:30"), ("1.00 am", "2010-04-16T01:00")],
        );
        // Thousands with a comma are one number: "1,250 hours", not "250 hours".
        check("It ran for 1,250 hours before failing.", "2010-06-04", &[("1,250 hours", "PT1250H")]);
        check("It was 1,400 years ago.", "2010-06-04", &[("1,400 years ago", "0610")]);
        // A table's row ("Avg shrs 4,066,309 vs 3,688,890", then "Year") holds no duration.
        check("Avg shrs 4,066,309 vs 3,688,890\n    Year\n    Shr 37 cts", "1987-03-02", &[]);
    }

    /// A weekday before a date written day first is that date ("Wednesday 6 May 2009", a British
    /// stamp); "a second" before a noun is an ordinal ("a second night").
    #[test]
    fn weekdays_before_day_first_dates_and_ordinal_seconds() {
        check(
            "Last updated at 08.53 BST on Wednesday 6 May 2009",
            "2009-05-05",
            &[("Wednesday 6 May 2009", "2009-05-06")],
        );
        check("The fair opens on Friday 8 May.", "2009-05-05", &[("Friday 8 May", "2009-05-08")]);
        check("Thousands spent a second night in the open.", "2010-01-14", &[]);
        check("The lights came back a second later.", "2010-01-14", &[("a second", "PT1S")]);
    }

    /// Numbers and words that name things, not times: "Resolution 1970", "Saturday Night Live",
    /// "The New York Daily News"; and a date a tokeniser spaced ("April 4 , 2011").
    #[test]
    fn names_that_hold_time_words() {
        check("Point 9 of Resolution 1970 bans arms; it passed in 2011.", "2011-04-05", &[("2011", "2011")]);
        check("She hosted Saturday Night Live and the Sunday Times praised her.", "2011-04-05", &[]);
        check("The Harbour Daily News ran it, and prices rose daily.", "2011-04-05", &[("daily", "P1D")]);
        check("Posted April 4 , 2011 at noon.", "2011-04-05", &[("April 4 , 2011", "2011-04-04")]);
    }

    #[test]
    fn the_fall_as_a_season_and_as_a_decline() {
        check("Talks resume in the fall.", "2011-08-21", &[("the fall", "2011-FA")]);
        check("After the fall of the president, crowds left.", "2011-08-21", &[]);
        check("Analysts blamed the fall in prices.", "2011-08-21", &[]);
        check("He moved there in the summer of 2008.", "2011-08-21", &[("the summer of 2008", "2008-SU")]);
    }

    #[test]
    fn issue_examples() {
        // Thursday 2025-08-21.
        check("The agency said on Thursday that it had acted.", "2025-08-21", &[("Thursday", "2025-08-21")]);
        check("The country confirmed it in April.", "2025-08-21", &[("April", "2025-04")]);
        check("The treaty was signed in June last year.", "2025-08-21", &[("June last year", "2024-06")]);
        check("He praised them last week.", "2025-08-21", &[("last week", "2025-W33")]);
        check("They were sent in 2024.", "2025-08-21", &[("2024", "2024")]);
        // Monday 2025-04-28.
        check("The general hailed them on Saturday.", "2025-04-28", &[("Saturday", "2025-04-26")]);
        check(
            "The leaders will meet on Monday next week.",
            "2025-04-23",
            &[("Monday", "2025-04-28"), ("next week", "2025-W18")],
        );
    }

    #[test]
    fn spoken_years_and_month_modifiers() {
        // Broadcast transcripts spell years out.
        check(
            "Prices peaked in nineteen ninety-six and fell in January nineteen ninety seven.",
            "1998-02-27",
            &[("nineteen ninety-six", "1996"), ("January nineteen ninety seven", "1997-01")],
        );
        check(
            "It was colder in the winter of nineteen ninety-four.",
            "1998-02-23",
            &[("the winter of nineteen ninety-four", "1994-WI")],
        );
        check("Systems must be ready by the year two thousand.", "1998-02-05", &[("the year two thousand", "2000")]);
        // "two thousand" alone counts something.
        check("Some two thousand people marched.", "1998-02-05", &[]);
        // A month as a modifier or a possessive; "the march" in lower case is a walk.
        check(
            "Under a June agreement, and after December's figures, the march went on.",
            "1998-02-06",
            &[("June", "1997-06"), ("December", "1997-12")],
        );
        check("The talks collapsed in late-November.", "2000-01-28", &[("late-November", "1999-11")]);
        check("Rates will hold in the near future.", "1999-02-10", &[("the near future", "FUTURE_REF")]);
    }

    #[test]
    fn durations_references_and_parts() {
        check(
            "Talks lasted three years and ended now.",
            "2025-08-21",
            &[("three years", "P3Y"), ("now", "PRESENT_REF")],
        );
        // A year written before "year" is that year ("1985 year net"); "2000 years" still lasts.
        check(
            "1985 year net rose. It has 2000 years of history.",
            "1987-03-30",
            &[("1985 year", "1985"), ("2000 years", "P2000Y")],
        );
        check(
            "Prices rose recently, and 24 hours later fell.",
            "2025-08-21",
            &[("recently", "PAST_REF"), ("24 hours", "PT24H")],
        );
        check("Profit fell in the third quarter of 1997.", "1998-02-13", &[("the third quarter of 1997", "1997-Q3")]);
        // A weekday with "every" or "each" is a set, not a date.
        check(
            "The ferry runs every Sunday and the market opens each Thursday.",
            "2025-06-12",
            &[("every Sunday", "XXXX-WXX-7"), ("each Thursday", "XXXX-WXX-4")],
        );
        // So is a weekday in the plural, or with a part of the day in the plural.
        check(
            "On Saturdays the market opens early, and the ferry sails Tuesday nights. On Friday morning it broke.",
            "1998-02-13",
            &[("Saturdays", "XXXX-WXX-6"), ("Tuesday nights", "XXXX-WXX-2TNI"), ("Friday morning", "1998-02-13TMO")],
        );
        check(
            "It happened in the 1990s, not last summer.",
            "1998-02-13",
            &[("the 1990s", "199"), ("last summer", "1997-SU")],
        );
        // Decades in words (not "the twenties": ages and temperatures too), centuries as their
        // first two digits, sets of a month and of hours.
        check(
            "Fares doubled in the nineties; the pier dates from the 11th century, the hall from the twentieth century.",
            "1998-02-13",
            &[("the nineties", "199"), ("the 11th century", "10"), ("the twentieth century", "19")],
        );
        check("She moved there in her twenties.", "1998-02-13", &[]);
        // "The following year" after a date the text gave counts from it; with none before, from
        // the publication date.
        check(
            "On May 22, 1995, she was promoted, and the following year she left. In March the port shut; the following month it reopened.",
            "1998-04-18",
            &[
                ("May 22, 1995", "1995-05-22"),
                ("the following year", "1996"),
                ("March", "1998-03"),
                ("the following month", "1998-04"),
            ],
        );
        check("The fares rise the following month.", "1998-04-18", &[("the following month", "1998-05")]);
        check(
            "In 1995 she was promoted, and later that year she left. Profit rose for the full year.",
            "1998-04-18",
            &[("1995", "1995"), ("later that year", "1995"), ("the full year", "1998")],
        );
        check(
            "Sales rose for the fiscal year; in the fiscal year ended Jan. 31 they fell.",
            "1998-04-18",
            &[("the fiscal year", "1998"), ("the fiscal year", "P1Y"), ("Jan. 31", "1998-01-31")],
        );
        check(
            "She was arrested on Monday; earlier that day the pier closed.",
            "2025-08-21",
            &[("Monday", "2025-08-18"), ("earlier that day", "2025-08-18")],
        );
        // Year-end: this year's when still to come, the last one past otherwise; a modifier
        // names no day.
        check(
            "The deal will close by year-end. Shares are up 9% since year-end. Year-end bonuses fell.",
            "1989-11-02",
            &[("year-end", "1989-12-31"), ("year-end", "1988-12-31")],
        );
        check(
            "She was arrested on Monday and charged the following day.",
            "2025-08-21",
            &[("Monday", "2025-08-18"), ("the following day", "2025-08-19")],
        );
        // Decades as stretches of time count in years, as TimeBank writes them.
        check(
            "The pier stood two decades; the past decade was calm.",
            "1998-02-13",
            &[("two decades", "P20Y"), ("the past decade", "P10Y")],
        );
        check(
            "The fair returns each July, and buses leave hourly.",
            "1998-02-13",
            &[("each July", "XXXX-07"), ("hourly", "PT1H")],
        );
        check(
            "Rents rise each month and dividends are paid every quarter.",
            "1998-02-13",
            &[("each month", "P1M"), ("every quarter", "P1Q")],
        );
        check(
            "The vote is at 3 p.m. tomorrow.",
            "1998-02-13",
            &[("3 p.m.", "1998-02-13T15:00"), ("tomorrow", "1998-02-14")],
        );
        check("Two weeks ago the plant closed.", "1998-02-13", &[("Two weeks ago", "1998-W05")]);
        check("A week or so ago the plant closed.", "1998-02-13", &[("A week or so ago", "1998-W06")]);
        // A number and a half: the half in the next smaller unit.
        check(
            "The search took 5 1/2 hours, the repairs two and a half years, the vote a minute and a half.",
            "1998-02-13",
            &[("5 1/2 hours", "PT5H30M"), ("two and a half years", "P2Y6M"), ("a minute and a half", "PT1M30S")],
        );
        // "this coming Sunday" is the next one, whatever the tense.
        check("The ferry was moved to this coming Sunday.", "1998-02-13", &[("this coming Sunday", "1998-02-15")]);
        check("The mill reopened a year earlier.", "1989-11-02", &[("a year earlier", "1988")]);
        // Quarterly results compare a quarter with the same quarter a year before.
        check(
            "Third-quarter net income rose to $5 million from $3 million a year earlier, and sales fell from a \
             year-earlier peak.",
            "1989-11-02",
            &[("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("a year-earlier", "1988-Q3")],
        );
        check(
            "Third-quarter profit fell. Sales in the quarter rose, and costs were lower than in the year-ago \
             quarter.",
            "1989-11-02",
            &[("Third-quarter", "1989-Q3"), ("the quarter", "1989-Q3"), ("the year-ago quarter", "1988-Q3")],
        );
        // Without a results report around it, "the quarter" is not a date, and a quarter of
        // something is a share.
        check("Sales in the quarter rose, and a quarter of the staff left.", "1989-11-02", &[]);
        check(
            "Third-quarter sales rose from the 1988 quarter, helped by a gain in the 1988 second quarter.",
            "1989-11-02",
            &[("Third-quarter", "1989-Q3"), ("the 1988 quarter", "1988-Q3"), ("the 1988 second quarter", "1988-Q2")],
        );
        check(
            "The base stays for at least 20 more years, and prices will not change for a couple of years.",
            "1998-02-27",
            &[("20 more years", "P20Y"), ("a couple of years", "P2Y")],
        );
        check(
            "Profit for the year rose. For the year ended March 31, sales fell. She was named person of the year.",
            "1989-11-02",
            &[("the year", "1989"), ("the year", "P1Y"), ("March 31", "1989-03-31")],
        );
        check("The plan was drawn up in the year 2000.", "1989-11-02", &[("2000", "2000")]);
        // The weekend before a Monday, and the one ahead when the clause looks forward.
        check("Officials met over the weekend.", "1990-08-13", &[("the weekend", "1990-W32-WE")]);
        check("Traders will square positions ahead of the weekend.", "1989-10-30", &[("the weekend", "1989-W44-WE")]);
        check(
            "It was March 3, 1997, and Feb. 2 later.",
            "1998-02-13",
            &[("March 3, 1997", "1997-03-03"), ("Feb. 2", "1998-02-02")],
        );
    }

    #[test]
    fn the_clause_around_a_day_decides_its_direction() {
        // Wednesday 1989-11-01: "last Wednesday" is a week before, never the same day.
        check("The two said last Wednesday that they would merge.", "1989-11-01", &[("last Wednesday", "1989-10-25")]);
        // The reporting verb next to the day wins over a "will" later in the sentence.
        check("The minister said Tuesday the army will withdraw.", "2025-08-21", &[("Tuesday", "2025-08-19")]);
        // Plans point forward; so does "until".
        check("Protesters planned a march on Saturday.", "2025-08-21", &[("Saturday", "2025-08-23")]);
        check("Officials postponed any action until Tuesday.", "2025-08-21", &[("Tuesday", "2025-08-26")]);
        check("Until Tuesday, they had not named a suspect.", "2025-08-21", &[("Tuesday", "2025-08-19")]);
        check("The dividend is payable in July.", "1987-03-31", &[("July", "1987-07")]);
        // "as soon as" and "as early as" give the earliest day a thing may happen, whatever the
        // tense around them.
        check("The father could arrive as early as Tuesday.", "2025-08-21", &[("Tuesday", "2025-08-26")]);
        check("Trading resumed as soon as markets opened Monday.", "2025-08-21", &[("Monday", "2025-08-18")]);
        check("They said he would leave as soon as Monday.", "2025-08-21", &[("Monday", "2025-08-25")]);
        // A month alone: the closest to publication, but one against the tense counts four months
        // farther (the March seven months back, not the one five months ahead).
        check("In March, the company received an offer.", "1989-10-27", &[("March", "1989-03")]);
        check("The company expects an offer in March.", "1989-10-27", &[("March", "1990-03")]);
        check("The merger closed in September.", "1989-10-27", &[("September", "1989-09")]);
        // Irregular past forms mark the past as "-ed" does, before a "will" later in the sentence.
        check(
            "Rebels stole the ballots on Saturday, and the vote will be rerun.",
            "2025-08-21",
            &[("Saturday", "2025-08-16")],
        );
        check("In March, the firm brought in a chief who will stay on.", "1989-05-27", &[("March", "1989-03")]);
        // A passive's participle says nothing of when: its "will" does.
        check("The results will be announced Monday.", "2025-08-21", &[("Monday", "2025-08-25")]);
    }

    #[test]
    fn a_clock_time_takes_the_day_that_follows_it() {
        check("The offer runs until 5 p.m. EST Nov. 9.", "1989-11-02", &[("5 p.m. EST Nov. 9", "1989-11-09T17:00")]);
        check("Polls open at 9 a.m. Tuesday.", "2025-08-21", &[("9 a.m. Tuesday", "2025-08-19T09:00")]);
        check("Polls will open at 9 a.m. Tuesday.", "2025-08-21", &[("9 a.m. Tuesday", "2025-08-26T09:00")]);
        // Noon and midnight name the hour of the day they come with.
        check("Talks broke off at noon Thursday.", "2025-08-22", &[("noon Thursday", "2025-08-21T12:00")]);
        check("The offer expired at midnight Friday.", "2025-08-25", &[("midnight Friday", "2025-08-22T24:00")]);
    }

    #[test]
    fn a_clock_time_after_a_date_is_on_that_date() {
        check(
            "Updated: January 17, 2023 at 3:58 a.m.",
            "2023-01-16",
            &[("January 17, 2023", "2023-01-17"), ("3:58 a.m.", "2023-01-17T03:58")],
        );
        // And before a date, as comment stamps write it.
        check(
            "At 03:21 am on 16 Jun 2010, a reader wrote in.",
            "2010-06-15",
            &[("03:21 am", "2010-06-16T03:21"), ("16 Jun 2010", "2010-06-16")],
        );
    }

    /// A text of hundreds of thousands of mentions is read in one pass over them: each kept once,
    /// each "the following year" anchored on the nearest date (the overlap check read every
    /// mention kept before, 70 s for such a text at 2 MB in release), each weekday's tense read
    /// near it (a text without stops was read back to its start at every one).
    #[test]
    fn thousands_of_mentions_are_read_once() {
        let dct = NaiveDate::from_ymd_opt(2000, 1, 1);
        let text = format!("{} In 1995 it opened. And the following year it closed.", "now ".repeat(60_000));
        let found = times(&text, dct);
        assert_eq!(found.len(), 60_002);
        assert_eq!(found.last().map(|t| t.value.as_str()), Some("1996"));
        // Without a stop, a weekday's tense is read near it, not over the whole text before it.
        let found = times(&"they met on Monday ".repeat(20_000), dct);
        assert_eq!(found.len(), 20_000);
        assert!(found.iter().all(|t| t.value == "1999-12-27"), "{:?}", &found[..2]);
    }

    /// "a few years ago": some time before, no length of time.
    #[test]
    fn vague_spans_ago_are_the_past() {
        check("A few years ago the pier closed.", "2010-06-15", &[("A few years ago", "PAST_REF")]);
        check("The mill shut months earlier.", "2010-06-15", &[("months earlier", "PAST_REF")]);
    }

    #[test]
    fn holidays() {
        // Thursday 1999-11-18: the coming Thanksgiving; the past Christmas; years given.
        check("Families will gather on Thanksgiving Day.", "1999-11-18", &[("Thanksgiving Day", "1999-11-25")]);
        check("Sales fell after Christmas.", "2025-02-10", &[("Christmas", "2024-12-25")]);
        check("The treaty was signed on Easter Sunday, 2016.", "2025-02-10", &[("Easter Sunday, 2016", "2016-03-27")]);
        check("Crowds gathered on New Year's Eve.", "2025-01-02", &[("New Year's Eve", "2024-12-31")]);
        check("Markets reopen after Easter Monday.", "2024-03-25", &[("Easter Monday", "2024-04-01")]);
        check("He left last Halloween.", "2025-10-31", &[("last Halloween", "2024-10-31")]);
        // United States: 1998-11-03, 2025-09-01, 2025-05-26.
        check("Voters go to the polls on Election Day.", "1998-10-26", &[("Election Day", "1998-11-03")]);
        check("Parks close after Labor Day.", "2025-08-20", &[("Labor Day", "2025-09-01")]);
        check("Crowds came on Memorial Day.", "2025-06-02", &[("Memorial Day", "2025-05-26")]);
        check("Crowds gathered on New\nYear's Eve.", "2025-01-02", &[("New\nYear's Eve", "2024-12-31")]);
    }

    #[test]
    fn the_2001_attacks_keep_their_year() {
        check("The 11 September attacks changed the port.", "2014-05-02", &[("11 September", "2001-09-11")]);
        check("Since the Sept. 11 hijackings, checks are slow.", "2014-05-02", &[("Sept. 11", "2001-09-11")]);
        check("After 9/11, he joined the navy.", "2014-05-02", &[("9/11", "2001-09-11")]);
        // Other September 11ths, and dates written with slashes, are read as dates.
        check("The vote will be held on 11 September.", "2014-05-02", &[("11 September", "2014-09-11")]);
        let dated = times("The form dated 9/11/2013 was lost.", NaiveDate::from_ymd_opt(2014, 5, 2));
        assert!(dated.iter().all(|t| t.value != "2001-09-11"), "{dated:?}");
    }

    /// Dates written with strokes, month first unless the first number cannot be a month; two
    /// digits of year in the century that keeps the date at most a year after publication.
    #[test]
    fn dates_written_with_strokes() {
        check(
            "Signed 03/05/2024, filed 25/12/2023 and posted 3/11/24.",
            "2024-03-12",
            &[("03/05/2024", "2024-03-05"), ("25/12/2023", "2023-12-25"), ("3/11/24", "2024-03-11")],
        );
        check("The memo of 10/30/89 leaked.", "1990-01-05", &[("10/30/89", "1989-10-30")]);
        // A score, a fraction, a version, a run of strokes: no dates.
        check("It ended 3/4; see 1/2/3/4 and section 2/3.", "2024-03-12", &[]);
    }

    /// "The first half of 2023", "the second half of the year": a half year.
    #[test]
    fn halves_of_a_year() {
        check(
            "Sales fell in the first half of 2023 and will rise in the second half of the year.",
            "2024-03-12",
            &[("the first half of 2023", "2023-H1"), ("the second half of the year", "2024-H2")],
        );
        check(
            "Growth slowed in the last half of last year.",
            "2024-03-12",
            &[("the last half of last year", "2023-H2")],
        );
        check("They led in the second half of the game.", "2024-03-12", &[]);
    }

    #[test]
    fn not_times() {
        check("You may leave; he may not.", "2025-08-21", &[]);
        check("The 2000 soldiers left.", "2025-08-21", &[]);
        check(
            "Without a date, last month is unknown but 12 March 2020 is not.",
            "",
            &[("12 March 2020", "2020-03-12")],
        );
    }
}
