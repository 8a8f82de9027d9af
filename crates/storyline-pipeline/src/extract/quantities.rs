//! Numbers and what they count: "more than 10,000 soldiers" is at least 10,000 of `soldiers`,
//! "about 600 killed" is approximately 600, "thousands more wounded" is a vague range, "$1.2
//! billion" is money. Years, dates, times of day, ages, ordinals and phone numbers are not counts.

use regex::Regex;
use std::sync::LazyLock;
use storyline_model::Quantity;

static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?P<qual>(?-u:\b)(?:more\s+than|over|at\s+least|nearly|almost|about|around|roughly|some|approximately|up\s+to|fewer\s+than|less\s+than|under|as\s+many\s+as|an\s+estimated|just\s+over|just\s+under|close\s+to|at\s+most|between)\s+)?
        (?P<cur>(?:[$€£¥]|US\$)\s?|Rs\.?\s?)?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?-u:\b)(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a\s+few|tens\s+of\s+(?:thousands|millions|billions)|hundreds\s+of\s+(?:thousands|millions|billions)|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|dozens|hundreds|thousands|millions|billions)(?-u:\b))
        (?P<range>(?:(?P<pct1>\s*(?:%|per\s*cent(?-u:\b)|percent(?-u:\b)))|(?P<scale1>\s+(?:thousand|million|billion|trillion)(?-u:\b)|\s*(?:mln|bln|bn)(?-u:\b)))?\s*(?P<conn>-|–|to|and)\s*(?P<cur2>(?:[$€£¥]|US\$)\s?)?(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\s+(?P<connw>to|and)\s+(?P<num2w>(?-u:\b)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?-u:\b)))?
        (?P<scale>\s+(?:dozen|hundred|thousand|million|billion|trillion)s?(?-u:\b)|\s+(?:mln|bln|bn|m)(?-u:\b)|(?:bn|bln|mln|tn|m)(?-u:\b))?
        (?P<pct>\s*(?:%|percentage\s+points?|per\s*cent|percent)|\s+pct(?-u:\b)|\s+basis\s+points?)?
        ",
    )
    .expect("quantity pattern")
});

/// Whether `before` ends with the letters of a code's name that a hyphen joins to a number: a
/// short run holding a capital ("F-16", "G-7", "Covid-19", a "Baa-2" rating), not a word
/// ("drive-33 hrs ago", "73-to-25").
fn is_code(before: &str) -> bool {
    let letters = before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
    (1..=5).contains(&letters) && before[before.len() - letters..].contains(|c: char| c.is_ascii_uppercase())
}

/// Phone numbers in their usual shapes: "+44 20 7946 0958", "(202) 555-0143", "1-800-555-0199",
/// "212.555.0143", "020 7946 0958", and a bare "555-1234" (group `bare`: a phone number unless a
/// plural noun follows it, "250-1000 workers").
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?)?(?:[\s.-]\d{2,4}){1,3}(?-u:\b)
        | \(\d{2,5}\)\s?\d{3,4}[\s.-]\d{4}(?-u:\b)
        | (?-u:\b)\d{1,3}[.-]\d{3}[.-]\d{3}[.-]\d{4}(?-u:\b)
        | (?-u:\b)\d{3}[.-]\d{3}[.-]\d{4}(?-u:\b)
        | (?-u:\b)0\d{2,4}\s\d{3,4}\s\d{3,4}(?-u:\b)
        | (?P<bare>(?-u:\b)\d{3}-\d{4}(?-u:\b))
        ",
    )
    .expect("phone pattern")
});

/// The byte spans of the phone numbers in `text`.
fn phone_numbers(text: &str) -> Vec<(usize, usize)> {
    PHONE
        .captures_iter(text)
        .filter_map(|cap| {
            let whole = cap.get(0)?;
            if cap.name("bare").is_some() {
                // ("250-1000 workers": a range before what it counts.)
                let next = text[whole.end()..].split_whitespace().next().unwrap_or("");
                let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
                if next.starts_with(char::is_lowercase) && (plural_noun(next) || COLLECTIVE.contains(&next)) {
                    return None;
                }
            }
            Some((whole.start(), whole.end()))
        })
        .collect()
}

/// Words that name a thing by its number ("Section 230", "Flight 370", "Route 66", "room 101"):
/// the number after them counts nothing.
const NUMBERED: &[&str] = &[
    "section",
    "article",
    "chapter",
    "clause",
    "paragraph",
    "rule",
    "resolution",
    "amendment",
    "proposition",
    "prop",
    "route",
    "highway",
    "interstate",
    "flight",
    "room",
    "gate",
    "terminal",
    "platform",
    "pier",
    "exit",
    "track",
    "suite",
    "apartment",
    "apt",
    "floor",
    "building",
    "ward",
    "precinct",
    "district",
    "page",
    "channel",
    "episode",
    "volume",
    "vol",
    "psalm",
    "exhibit",
    "item",
    "runway",
];

/// Units of measure written after a number, with their symbol: "10 km" is a distance, not ten
/// of something. (Amounts of a stuff, "7,300 tonnes", "2 million gallons", "1,000 barrels", stay
/// counted: sources dispute them like counts.)
fn measure_unit(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "mile" | "miles" => "mi",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" => "in",
        "yard" | "yards" => "yd",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "ha",
        "km/h" | "kph" | "kmh" => "km/h",
        "mph" => "mph",
        "knot" | "knots" => "kn",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kwh" => "kWh",
        "degree" | "degrees" => "°",
        _ => return None,
    })
}

/// A number `n` after the qualifier `qual` ("more than", "about"), lowercased with single spaces:
/// its value, low and high bounds, and whether it is approximate.
fn qualified(qual: Option<&str>, n: f64) -> (Option<f64>, Option<f64>, Option<f64>, bool) {
    match qual {
        Some("more than" | "over" | "at least" | "just over") => (None, Some(n), None, false),
        Some("up to" | "fewer than" | "less than" | "under" | "at most" | "just under") => (None, None, Some(n), false),
        Some("as many as") => (Some(n), None, Some(n), false),
        None => (Some(n), None, None, false),
        // ("between $60 million and …" whose second end is not read: about the first.)
        Some(_) => (Some(n), None, None, true),
    }
}

/// The qualifier ending `text[..start]` ("nearly one in three"), as [`qualified`] reads it, and
/// where it starts.
fn share_qualifier(text: &str, start: usize) -> (usize, Option<&'static str>) {
    const QUALIFIERS: &[&str] = &[
        "more than",
        "at least",
        "over",
        "fewer than",
        "less than",
        "at most",
        "up to",
        "under",
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "close to",
    ];
    let before = &text[..start];
    let trimmed = before.trim_end();
    let lower = trimmed.to_ascii_lowercase();
    for &words in QUALIFIERS {
        let Some(at) = lower.len().checked_sub(words.len()) else { continue };
        if lower.ends_with(words)
            && (at == 0 || !lower[..at].ends_with(|c: char| c.is_alphanumeric()))
            && trimmed.len() < before.len()
        {
            return (at, Some(words));
        }
    }
    (start, None)
}

/// The value of a small whole number written in digits or words ("five", "4"), for shares.
fn small_number(word: &str) -> Option<f64> {
    if word.bytes().all(|b| b.is_ascii_digit()) && (1..=4).contains(&word.len()) {
        return word.parse().ok();
    }
    word_value(word).filter(|_| !word.eq_ignore_ascii_case("a") && !word.eq_ignore_ascii_case("an"))
}

/// "one in five", "two out of three", "1 in 4": when `before` (the text before a number) ends
/// with the first number and "in" or "out of", that number and where it starts in `before`.
fn share_before(before: &str) -> Option<(f64, usize)> {
    let trimmed = before.trim_end();
    let rest = trimmed
        .strip_suffix(" in")
        .or_else(|| trimmed.strip_suffix(" In"))
        .or_else(|| trimmed.strip_suffix(" out of"))
        .or_else(|| trimmed.strip_suffix(" in every"))
        .or_else(|| trimmed.strip_suffix(" out of every"))?
        .trim_end();
    let word = rest.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    let start = rest.len() - word.len();
    let value = small_number(word)?;
    (start == 0 || !rest[..start].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ','))
        .then_some((value, start))
}

const MONTHS: [&str; 24] = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that may stand between a number and the noun it counts.
const SKIPPABLE: &[&str] = &["more", "of", "the", "other", "additional", "new", "extra", "and"];

/// Words that end the search for a counted noun.
const FUNCTION_WORDS: &[&str] = &[
    "or",
    "to",
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "per",
    "a",
    "an",
    "that",
    "which",
    "who",
    "than",
    "if",
    "but",
    "so",
    "it",
    "its",
    "this",
    "these",
    "those",
    // Verbs and adverbs after a vague amount ("Several have been held", "Tens of thousands still
    // marched"): the amount counts what was named before.
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "do",
    "does",
    "did",
    "still",
    "also",
    "already",
    "now",
    "then",
    "again",
    "even",
    "only",
    "just",
    "not",
    "never",
    "reportedly",
];

/// Adjectives that often stand between a number and what it counts.
const ADJECTIVES: &[&str] = &[
    // Participles that describe what is counted ("1,000 confirmed cases", "20 suspected cases").
    "confirmed",
    "suspected",
    "probable",
    "reported",
    "registered",
    "documented",
    "known",
    "estimated",
    "major",
    "minor",
    "big",
    "small",
    "large",
    "senior",
    "junior",
    "young",
    "former",
    "top",
    "key",
    "main",
    "armed",
    "foreign",
    "local",
    "military",
    "private",
    "public",
    "federal",
    "total",
    "separate",
    "different",
    "similar",
    "serious",
    "heavy",
    "wounded",
    "injured",
    "unarmed",
    "innocent",
    "suspected",
    "alleged",
    "elderly",
    "rival",
];

/// Plural nouns without a plural "s".
const COLLECTIVE: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "crew",
    "aircraft",
    "cattle",
    "sheep",
    "fish",
    "deer",
];

/// When `first`, the word after a number, is an adjective ("international", "major"), the plural
/// noun up to two words on in `after` (the text after `first`) that it describes, with the byte
/// end of that noun in `after`; when it is a singular noun, the plural noun right after it that it
/// modifies ("67,000 research staff", "500 police officers").
fn noun_after_adjectives<'a>(first: &str, after: &'a str) -> Option<(&'a str, usize)> {
    const SUFFIXES: &[&str] = &["al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian", "ish", "ese"];
    let adjective =
        |w: &str| ADJECTIVES.contains(&w) || SUFFIXES.iter().any(|s| w.len() > s.len() + 2 && w.ends_with(s));
    let modifier = first.len() > 2
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && !first.ends_with('s')
        && !["ed", "ing", "ly", "er"].iter().any(|s| first.ends_with(s))
        && !FUNCTION_WORDS.contains(&first)
        // ("one in five children lives": a plural of persons without "s" is the noun counted,
        // and the word after it a verb; "police officers" is a modifier and its noun.)
        && !matches!(first, "people" | "children" | "men" | "women")
        && !matches!(first, "while" | "most" | "than" | "per" | "each");
    // "52,160 laboratory-confirmed cases", "30 deep-water drilling rigs", "42,000 uniformed
    // personnel", "6,000 stranded migrant workers": a compound or a participle before its noun.
    let compound =
        first.contains('-') && !plural_noun(first) && first.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let participle = first.len() > 4 && first.ends_with("ed") && first.bytes().all(|b| b.is_ascii_lowercase());
    let reach = if adjective(first) || compound {
        3
    } else if participle {
        2
    } else if modifier {
        1
    } else {
        return None;
    };
    let mut at = 0;
    for token in after.split_inclusive(char::is_whitespace).take(reach) {
        let start = at;
        at += token.len();
        if token.trim().is_empty() {
            continue;
        }
        let word = token.trim_end();
        let clean = word.trim_end_matches([',', '.', ';', ':']);
        if !clean.starts_with(char::is_lowercase) || !clean.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let plural = plural_noun(clean) || COLLECTIVE.contains(&clean);
        // ("1987 net includes", "quake hits": after a noun, a verb in "-s" is no plural.)
        const VERBS: &[&str] = &[
            "includes", "excludes", "hits", "says", "rises", "falls", "gets", "makes", "takes", "shows", "comes",
            "goes", "seems", "remains", "means", "needs", "wants", "leads", "faces", "sees", "adds", "ends", "begins",
            "starts", "opens", "closes", "wins", "loses", "beats", "kills", "strikes", "calls", "cuts", "helps",
            "jumps", "drops",
        ];
        if plural && !FUNCTION_WORDS.contains(&clean) && !(reach == 1 && VERBS.contains(&clean)) {
            return Some((clean, start + clean.len()));
        }
        // ("several large government rallies": a noun may modify the counted one too.)
        if word.len() != clean.len()
            || FUNCTION_WORDS.contains(&clean)
            || clean.ends_with("ed")
            || clean.ends_with("ing")
        {
            return None;
        }
    }
    None
}

/// Time units: a number of them is a duration.
const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    // (Wire copy's abbreviations: "nine mths net".)
    "mths",
    "mth",
    "yrs",
    "hrs",
    "mins",
    "wks",
];

/// Whether `word` looks like a plural noun: "soldiers", not "class", "bonus", "this" or "was".
fn plural_noun(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        // ("the agency's": a possessive.)
        && !word.ends_with("'s")
        && !word.ends_with("’s")
        && !matches!(word, "was" | "has" | "does" | "this" | "thus" | "plus")
}

/// Currencies written as a word after the number, with what one of that word is worth in the
/// currency ("12 cts" is 0.12 USD). Wire copy abbreviates ("30 mln dlrs", "5 mln stg").
fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "dollars" | "dollar" | "dlrs" | "dlr" => ("USD", 1.0),
        "cents" | "cts" => ("USD", 0.01),
        "euros" | "euro" => ("EUR", 1.0),
        "pounds" | "stg" | "sterling" => ("GBP", 1.0),
        // ("298p", "311.9 p": a British share price in pence.)
        "pence" | "p" => ("GBP", 0.01),
        "yen" => ("JPY", 1.0),
        "francs" | "franc" => ("CHF", 1.0),
        "rupees" => ("INR", 1.0),
        "shillings" => ("KES", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "roubles" | "rubles" => ("RUB", 1.0),
        "riyals" => ("SAR", 1.0),
        "baht" => ("THB", 1.0),
        "ringgit" => ("MYR", 1.0),
        "rand" => ("ZAR", 1.0),
        "naira" => ("NGN", 1.0),
        "guilders" => ("NLG", 1.0),
        "lire" => ("ITL", 1.0),
        _ => return None,
    })
}

/// Words right after a number that count nothing ("Net 5.6 mln vs 3.3 mln", "19.6 mln
/// previously", "a few"): the number stands alone.
fn no_counted_noun(word: &str) -> bool {
    matches!(
        word,
        "vs" | "vs."
            | "versus"
            | "last"
            | "previous"
            | "previously"
            | "earlier"
            | "before"
            | "ago"
            | "said"
            | "says"
            | "told"
            | "according"
            | "you"
            | "out"
            // ("thousands of them": a pronoun names nothing counted here.)
            | "them"
            | "us"
            | "those"
            | "these"
            | "which"
            | "whom"
    ) || word.len() > 4 && word.ends_with("ly")
}

const NOT_COUNTED: &[&str] =
    &["year-old", "years-old", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "th", "st", "nd", "rd"];

fn word_value(w: &str) -> Option<f64> {
    // ("thirty-eight": the tens and the units.)
    if let Some((tens, units)) = w.split_once('-') {
        let (tens, units) = (word_value(tens)?, word_value(units)?);
        return ((20.0..=90.0).contains(&tens) && units < 10.0).then_some(tens + units);
    }
    Some(match w.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        _ => return None,
    })
}

/// A vague amount as a range: "thousands" is 2,000 to 9,999.
fn vague_range(w: &str) -> Option<(f64, Option<f64>)> {
    let w = w.to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "a few" => (2.0, Some(9.0)),
        "several" => (3.0, Some(9.0)),
        "dozens" => (24.0, Some(99.0)),
        "hundreds" => (200.0, Some(999.0)),
        "thousands" => (2_000.0, Some(9_999.0)),
        "tens of thousands" => (20_000.0, Some(99_999.0)),
        "hundreds of thousands" => (200_000.0, Some(999_999.0)),
        "tens of millions" => (2e7, Some(99_999_999.0)),
        "hundreds of millions" => (2e8, Some(999_999_999.0)),
        "tens of billions" => (2e10, Some(99_999_999_999.0)),
        "hundreds of billions" => (2e11, Some(999_999_999_999.0)),
        "millions" => (2e6, Some(9_999_999.0)),
        "billions" => (2e9, None),
        _ => return None,
    })
}

/// Verbs of change: "rose 5.3 billion to 205.0 billion" is a rise, then a level.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rising",
    "risen",
    "fell",
    "falling",
    "fallen",
    "up",
    "down",
    "increased",
    "decreased",
    "gained",
    "grew",
    "climbed",
    "declined",
    "dropped",
    "jumped",
    "slipped",
    "slid",
    "surged",
    "plunged",
    "lost",
];

fn scale_of(s: &str) -> f64 {
    // ("several thousands": the plural scales as the singular.)
    let s = s.trim().to_ascii_lowercase();
    match s.strip_suffix('s').filter(|w| w.len() > 3).unwrap_or(&s) {
        "dozen" => 12.0,
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "mln" | "m" => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" => 1e12,
        _ => 1.0,
    }
}

fn parse_number(s: &str) -> Option<f64> {
    s.replace(',', "").parse().ok()
}

/// Finds the quantities in `text`. Offsets are in characters.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let text = super::bounded(text, 2_000_000);
    let mut out = Vec::new();
    let offsets = super::CharOffsets::new(text);
    let char_at = |b: usize| offsets.char_at(b);
    let phones = phone_numbers(text);
    let mut at = 0;
    while let Some(found) = QUANTITY.find_at(text, at) {
        at = found.end();
        // A bare number word ("a", "one") counts only with a qualifier, a scale or a currency:
        // skip it before reading groups, the costly part of the search.
        // (Two and more may count a plural noun after them: see below.)
        if let Some(v) = word_value(found.as_str())
            && (v < 2.0 || !text[found.end()..].starts_with(' '))
        {
            continue;
        }
        let Some(cap) = QUANTITY.captures_at(text, found.start()) else { continue };
        let Some(whole) = cap.get(0) else { continue };
        let num = cap.name("num").map_or("", |m| m.as_str());
        let num_m = cap.name("num").expect("num is not optional");
        if phones.iter().any(|&(s, e)| s <= num_m.start() && num_m.start() < e) {
            continue;
        }
        // Numbers inside words or other numbers ("A4", "3.5.1", "1-876-499"), phone-like runs, and
        // codes ("F-16", "Covid-19", a "Baa-2" rating).
        let before = text[..whole.start()].chars().next_back();
        let before2 = text[..whole.start()].chars().rev().nth(1);
        if before == Some('-') && (before2.is_some_and(|c| c.is_ascii_digit()) || is_code(&text[..whole.start() - 1])) {
            continue;
        }
        let before = if cap.name("qual").is_some() || cap.name("cur").is_some() {
            before
        } else {
            text[..num_m.start()].chars().next_back()
        };
        let after = text[whole.end()..].chars().next();
        // ("+447624800100": a phone number.)
        let phone = before == Some('+') && num.len() >= 7;
        if phone
            || before.is_some_and(|c| c.is_alphanumeric() || c == '/' || c == ':')
            || after.is_some_and(|c| c.is_ascii_digit() || c == ':' || c == '/')
            || (after == Some('-') && text[whole.end() + 1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // Decades ("the 1960s", "the '90s", "1980's"): a time, not a count.
        let glued = &text[whole.end()..];
        let suffix = ["s", "'s", "’s"].iter().find(|s| glued.starts_with(*s)).map_or(0, |s| s.len());
        if suffix > 0 && !glued[suffix..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let is_digits = num.starts_with(|c: char| c.is_ascii_digit());
        let has_qual = cap.name("qual").is_some();
        let cur = cap.name("cur").map(|m| m.as_str().trim());
        // ("5.25%-5.5%": the sign may stand at both ends of a range.)
        let pct = cap.name("pct").or(cap.name("pct1")).map(|m| m.as_str().trim().to_ascii_lowercase());
        // "$20bn", "£3m": a scale glued to the number. An "m" is millions with a currency or
        // before a plural ("2m barrels", "2 m barrels"), else metres ("a 100m sprint", "5 m deep").
        let metres = cap.name("scale").is_some_and(|m| m.as_str().trim() == "m")
            && cap.name("cur").is_none()
            && !text[whole.end()..].split_whitespace().next().is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                (plural_noun(w) || COLLECTIVE.contains(&w)) && w.starts_with(char::is_lowercase)
            });
        let scale = cap.name("scale").filter(|_| !metres).map_or(1.0, |m| scale_of(m.as_str()));
        // Single words ("a", "one", "some") count only with a qualifier, a scale or a currency;
        // "a" and "an" not even with a qualifier ("about an end", "over a decade").
        // Two and more, in words, count what follows them when it is a plural noun ("three
        // soldiers were killed", not "two of them" or "one day").
        let article = num.eq_ignore_ascii_case("a") || num.eq_ignore_ascii_case("an");
        let word = word_value(num);
        let bare_word = !is_digits && word.is_some() && scale == 1.0 && cur.is_none() && pct.is_none();
        let needs_plural = bare_word && !has_qual && !article && word.is_some_and(|v| v >= 2.0);
        if bare_word && (!has_qual || article) && !needs_plural {
            continue;
        }
        let prev_word = text[..whole.start()].split_whitespace().next_back().unwrap_or("").to_ascii_lowercase();
        let prev_word = prev_word.trim_matches(|c: char| !c.is_alphanumeric());
        // The counted noun: the first lowercase word after the number, past a few modifiers.
        let rest = &text[whole.end()..];
        let mut counted: Option<(String, usize)> = None;
        let mut scanned = 0;
        // "Kasich 37. To secure …", "totalled 530, compared with …": punctuation right after the
        // number leaves it without a noun.
        let bare = rest.starts_with([',', '.', ';', ':', '!', '?', ')']);
        let mut line_ended = false;
        for (i, token) in rest.split_inclusive(char::is_whitespace).enumerate().take_while(|_| !bare) {
            // ("55 MLN TO 65 MLN DLRS" then a blank line: the paragraph after it counts nothing.)
            if line_ended && token.starts_with('\n') {
                break;
            }
            line_ended = token.ends_with('\n');
            scanned += token.len();
            if i >= 5 {
                break;
            }
            let word = token.trim().trim_end_matches(|c: char| !c.is_alphanumeric() && c != '-');
            if word.is_empty() {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            if NOT_COUNTED.contains(&lower.as_str()) || lower.ends_with("-year-old") || lower.ends_with("-old") {
                counted = None;
                scanned = usize::MAX;
                break;
            }
            // A date ("20 April", "20 April-Gas and oil": a headline glued to its dateline) or a
            // clock time with its zone ("16.40 BST").
            let head = lower.split('-').next().unwrap_or("");
            if MONTHS.contains(&head.trim_end_matches('.')) || super::entities::TIME_ZONES.contains(word) {
                scanned = usize::MAX;
                break;
            }
            // "2,000 Australians", "300 Kurds": a people counted.
            if super::entities::people_plural(word) {
                // (Not the stop after it: "80 million Egyptians.")
                let end_in_rest = scanned - (token.len() - token.trim_end().len());
                counted = Some((word.to_string(), end_in_rest - (token.trim_end().len() - word.len())));
                break;
            }
            // ("65 MLN DLRS": a currency in a headline's capitals; "30 billion U.S. Dlrs".)
            let capitalised_currency = word.bytes().all(|b| b.is_ascii_uppercase())
                || matches!(lower.as_str(), "dlrs" | "dollars" | "euros" | "yen" | "francs" | "cts" | "stg");
            if word.len() > 1
                && word.starts_with(char::is_uppercase)
                && capitalised_currency
                && currency_word(&lower).is_some()
            {
                let end_in_rest = scanned - (token.len() - token.trim_end().len());
                counted = Some((lower.clone(), end_in_rest - (token.trim_end().len() - word.len())));
                break;
            }
            if SKIPPABLE.contains(&lower.as_str()) || word.starts_with(char::is_uppercase) {
                // (The stop of "U.S." ends no sentence.)
                if token.trim_end().ends_with([',', '.', ';', ':'])
                    && !(word.contains('.') && token.trim_end().ends_with('.'))
                {
                    break;
                }
                continue;
            }
            // ("Hundreds and thousands of travellers": another amount, counted on its own.)
            if FUNCTION_WORDS.contains(&lower.as_str()) || no_counted_noun(&lower) || vague_range(&lower).is_some() {
                break;
            }
            if TIME_UNITS.contains(&lower.as_str()) {
                // "ten years", "48 hours": a duration, which the time tagger reads.
                scanned = usize::MAX;
                break;
            }
            if word.starts_with(|c: char| c.is_lowercase()) {
                let end_in_rest = scanned - (token.len() - token.trim_end().len());
                let trimmed = word.trim_end_matches('-');
                counted = Some((trimmed.to_string(), end_in_rest - (token.trim_end().len() - trimmed.len())));
                // "several international naval operations", "4 major hurricanes": past adjectives
                // to the plural noun they describe.
                let stops = token.trim_end().ends_with([',', '.', ';', ':', ')']);
                if let Some((noun, end)) = noun_after_adjectives(&lower, &rest[scanned..]).filter(|_| !stops) {
                    // "12 straight years": a duration, which the time tagger reads.
                    if TIME_UNITS.contains(&noun) {
                        scanned = usize::MAX;
                        break;
                    }
                    counted = Some((noun.to_string(), scanned + end));
                }
            }
            break;
        }
        if metres {
            counted = Some(("m".to_string(), 0));
        }
        let plural_counted = counted.as_ref().is_some_and(|(w, _)| plural_noun(w) || COLLECTIVE.contains(&w.as_str()));
        // "One in five children", "two out of three voters": a share, in percent, of what follows.
        let share = (cur.is_none() && pct.is_none() && !has_qual && cap.name("range").is_none() && scale == 1.0)
            .then(|| share_before(&text[..whole.start()]))
            .flatten()
            .and_then(|(part, start)| {
                let of = if is_digits { parse_number(num) } else { word_value(num) }?;
                (part < of && (2.0..=1000.0).contains(&of) && !num.contains([',', '.'])).then_some((part / of, start))
            });
        if scanned == usize::MAX || share.is_none() && needs_plural && !plural_counted {
            continue;
        }
        if let Some((fraction, start)) = share {
            let (start, qualifier) = share_qualifier(text, start);
            // ("Nearly one in three": the first number went out on its own with its qualifier.)
            if out.last().is_some_and(|q: &Quantity| q.end > char_at(start)) {
                out.pop();
            }
            let (value, low, high, approx) = qualified(qualifier, (fraction * 1000.0).round() / 10.0);
            let counted = counted.filter(|_| plural_counted);
            let end = whole.end() + counted.as_ref().map_or(0, |(_, end_in_rest)| *end_in_rest);
            out.push(Quantity {
                text: text[start..end].to_string(),
                value,
                low,
                high,
                approx,
                counted: counted.map(|(w, _)| w),
                unit: Some("%".to_string()),
                start: char_at(start),
                end: char_at(end),
            });
            continue;
        }
        // Dates and years: "April 28", "in 2024"; "Sept. 4, 2010" and "Sept. 4 , 2010" as a
        // tokeniser leaves it.
        if MONTHS.contains(&prev_word) {
            continue;
        }
        // "Section 230", "Flight 370", "No. 23": a number that names a thing, unless a plural
        // follows that it counts ("the flight 300 passengers boarded").
        // (Right before it: "on the floor. A few with sleeping bags" names no floor.)
        let prev_token = text[..whole.start()].split_whitespace().next_back().unwrap_or("");
        // (A whole number: "Ill. Track 1.49" is a price.)
        let labelled = (NUMBERED.contains(&prev_word) && prev_token.len() == prev_word.len()
            || prev_token == "No."
            || prev_token == "no.")
            && !num.contains('.');
        if labelled && !has_qual && cur.is_none() && pct.is_none() && !plural_counted {
            continue;
        }
        let mut words_before = text[..whole.start()]
            .split_whitespace()
            .rev()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
            .filter(|w| !w.is_empty());
        if let (Some(day), Some(month)) = (words_before.next(), words_before.next())
            && (1..=2).contains(&day.len())
            && day.bytes().all(|b| b.is_ascii_digit())
            && MONTHS.contains(&month.as_str())
            && text[..whole.start()].trim_end().ends_with(',')
        {
            continue;
        }
        if is_digits && cur.is_none() && pct.is_none() && scale == 1.0 && !has_qual {
            // "Ana Ruiz, 34, said": an age set off by commas after a name.
            let before_comma = text[..whole.start()].trim_end().strip_suffix(',').map(str::trim_end);
            let after_name = before_comma
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase));
            if after_name && num.len() <= 3 && text[whole.end()..].trim_start().starts_with(',') {
                continue;
            }
            // A clock time written in four digits from midnight ("at 0603 local time").
            if num.len() == 4 && num.starts_with('0') {
                continue;
            }
            let n = parse_number(num).unwrap_or(0.0);
            let plain_year = num.len() == 4 && (1800.0..=2100.0).contains(&n) && !num.contains(',');
            // ("in 2017 his decision", "by 2030 across its supply chain": a year after a time
            // preposition, and "his" or "across" are no plurals.)
            // ("the 1918 virus", "the disputed 2009 elections", "projected 2011 earnings": a year
            // before a singular, an event's plural, or after a determiner.)
            let plural_count = counted.as_ref().is_some_and(|(w, _)| {
                plural_noun(w)
                    && !w.ends_with("is")
                    && !w.ends_with("ions")
                    && !w.ends_with("ings")
                    && !FUNCTION_WORDS.contains(&w.as_str())
            }) && !matches!(
                prev_word,
                "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
                    | "disputed"
                    | "projected"
            );
            let dated = matches!(
                prev_word,
                "in" | "by"
                    | "late"
                    | "early"
                    | "since"
                    | "until"
                    | "till"
                    | "from"
                    | "to"
                    | "of"
                    | "before"
                    | "after"
                    | "during"
                    | "through"
            );
            if plain_year && (dated || !plural_count) {
                continue;
            }
            if counted.is_none() && num.len() <= 2 {
                // A bare small number ("chapter 3", "Article 5") says too little.
                continue;
            }
        }
        // "10 km", "300 metres", "45 degrees Celsius": a measure, with its unit.
        let mut measure =
            counted.as_ref().and_then(|(w, _)| measure_unit(w)).filter(|_| cur.is_none() && pct.is_none());
        if measure == Some("°")
            && let Some((_, end_in_rest)) = counted.as_mut()
        {
            let after = &text[whole.end() + *end_in_rest..];
            let scale = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let named = match scale {
                "Celsius" | "C" | "centigrade" => Some("°C"),
                "Fahrenheit" | "F" => Some("°F"),
                _ => None,
            };
            if let Some(named) = named {
                measure = Some(named);
                *end_in_rest += after.len() - after.trim_start().len() + scale.len();
            }
        }
        let unit = if let Some(m) = measure {
            Some(m)
        } else if let Some(c) = cur {
            Some(match c.trim_end_matches('.') {
                "$" | "US$" => "USD",
                "€" => "EUR",
                "£" => "GBP",
                "¥" => "JPY",
                _ => "INR",
            })
        } else if let Some(p) = &pct {
            Some(if p.contains("basis") {
                "bp"
            } else if p.contains("point") {
                "pp"
            } else {
                "%"
            })
        } else {
            counted.as_ref().and_then(|(w, _)| currency_word(w)).map(|(code, _)| code)
        };
        // "12 cts": a hundredth of the currency.
        let worth = if cur.is_none() && pct.is_none() {
            counted.as_ref().and_then(|(w, _)| currency_word(w)).map_or(1.0, |(_, worth)| worth)
        } else {
            1.0
        };
        let qual = cap.name("qual").map(|m| m.as_str().trim().to_ascii_lowercase());
        let qual = qual.as_deref().map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "));
        let (value, low, high, approx) = if let Some((lo, hi)) = vague_range(num) {
            // "several thousand", "a few hundred": the scale multiplies the range.
            (None, Some(lo * scale * worth), hi.map(|h| h * scale * worth), true)
        } else {
            let n = if is_digits { parse_number(num) } else { word_value(num) };
            // ("600,000 to 1.2 million gallons": a first end written out in full takes no scale.)
            // ("between 91 mln and 100 mln": each end with its own scale.)
            let scale1 = cap.name("scale1").map(|m| scale_of(m.as_str()));
            let first_scale = match scale1 {
                Some(s) => s,
                None if num.contains(',') && cap.name("range").is_some() => 1.0,
                None => scale,
            };
            let Some(n) = n.map(|n| n * first_scale * worth) else { continue };
            // ("between six and seven": the second end in words too, after "to" or "and"; a hyphen
            // before a word joins one number, "Thirty-eight".)
            let num2 = cap.name("num2").or(cap.name("num2w"));
            let n2 = num2
                .and_then(|m| parse_number(m.as_str()).or_else(|| word_value(m.as_str())))
                .map(|n| n * scale * worth);
            // "45-50,000 people" is 45,000 to 50,000: a small first number takes the thousands
            // the second one writes out.
            let n = match (n2, num2) {
                (Some(n2), Some(m)) if is_digits && n < 1000.0 && m.as_str().contains(',') && n * 1000.0 < n2 => {
                    n * 1000.0
                }
                _ => n,
            };
            // "$20 and $50", "3,036,000 and 28.5 mln", "from 1.25 percent to 1.0 percent", "1.3
            // percent to 43.28", "20 and five mln yen": two amounts, the first with its own unit;
            // "and" makes a range only after "between", "to" only up to a larger amount in the same
            // unit. The first stands alone; the search goes on from the second.
            let conn = cap.name("conn").or(cap.name("connw")).map(|c| c.as_str().to_ascii_lowercase());
            let unit_ends = cap.name("cur2").is_some() || cap.name("pct1").is_some() || scale1.is_some();
            // "rose 5.3 billion to 205.0 billion", "rising 792 mln to 12.92 billion": a change, then
            // the level it reached.
            let changed = unit_ends && conn.as_deref() == Some("to") && CHANGE_VERBS.contains(&prev_word);
            if let Some(m) = num2
                && (n2.is_some_and(|n2| n2 <= n) && (unit_ends || matches!(conn.as_deref(), Some("and" | "to")))
                    || conn.as_deref() == Some("and") && qual.as_deref() != Some("between")
                    || cap.name("pct1").is_some() && cap.name("pct").is_none()
                    || scale1.is_some_and(|s| s != scale)
                    || changed)
            {
                let end = cap.name("pct1").or(cap.name("scale1")).map_or(num_m.end(), |p| p.end());
                let first = if is_digits { parse_number(num) } else { word_value(num) };
                // "$20 and $50 million", "5 and 10 million": a smaller first amount written without
                // its scale shares the second's (not "3,036,000 and 28.5 mln", "20 and five mln").
                let raw2 = m.as_str();
                let raw2 = parse_number(raw2).or_else(|| word_value(raw2));
                // (Not "down 2 percent to $4.60 billion": the first has a unit of its own.)
                let same_unit = cap.name("pct1").is_none() && cur == cap.name("cur2").map(|c| c.as_str().trim());
                let shared =
                    same_unit && is_digits && !num.contains(',') && first.zip(raw2).is_some_and(|(a, b)| a < b);
                let alone = scale1.unwrap_or(if shared { scale } else { 1.0 });
                let Some(first) = first.map(|n| n * alone * worth) else { continue };
                // ("to 2.75 billion from 1.40 billion and 69.7 pct": the percent is the second's.)
                let unit = unit
                    .filter(|_| !(scale1.is_some() && cap.name("pct1").is_none() && cur.is_none() && pct.is_some()));
                let (value, low, high, approx) = qualified(qual.as_deref(), first);
                out.push(Quantity {
                    text: text[whole.start()..end].to_string(),
                    value,
                    low,
                    high,
                    approx,
                    counted: None,
                    unit: unit.map(str::to_string),
                    start: char_at(whole.start()),
                    end: char_at(end),
                });
                at = cap.name("cur2").map_or(m.start(), |c| c.start());
                continue;
            }
            // "the toll at 3,838 - 2,493 civilians and 1,345 police": a dash before a smaller
            // number sets off its parts, no range. The first number stands alone; the search goes
            // on from the second.
            if let (Some(n2), Some(m)) = (n2, num2)
                && n2 < n
                && cap.name("range").is_some_and(|r| r.as_str().contains(['-', '–']))
                && cap.name("qual").is_none_or(|q| !q.as_str().trim().eq_ignore_ascii_case("between"))
            {
                if qual.is_none() && cur.is_none() && pct.is_none() {
                    let (start, end) = (whole.start(), num_m.end());
                    out.push(Quantity {
                        text: text[start..end].to_string(),
                        value: Some(n),
                        low: None,
                        high: None,
                        approx: false,
                        counted: None,
                        unit: None,
                        start: char_at(start),
                        end: char_at(end),
                    });
                }
                at = m.start();
                continue;
            }
            match n2 {
                // ("around 1% to 4%", "roughly 30 to 40 families": an approximate range.)
                Some(n2) if n2 > n => {
                    (None, Some(n), Some(n2), qual.as_deref() != Some("between") && qualified(qual.as_deref(), n).3)
                }
                _ => qualified(qual.as_deref(), n),
            }
        };
        let end = match &counted {
            Some((_, end_in_rest)) if unit.is_none() || unit == Some("USD") && cur.is_none() => {
                whole.end() + end_in_rest
            }
            Some((_, end_in_rest)) if cur.is_none() && pct.is_none() => whole.end() + end_in_rest,
            _ => whole.end(),
        };
        let counted_word = counted.map(|(w, _)| w).filter(|_| pct.is_none() && cur.is_none());
        let counted_word = counted_word.filter(|w| currency_word(w).is_none() && measure.is_none());
        let start = whole.start();
        out.push(Quantity {
            text: text[start..end].trim_end().to_string(),
            value,
            low,
            high,
            approx,
            counted: counted_word,
            unit: unit.map(str::to_string),
            start: char_at(start),
            end: char_at(start) + text[start..end].trim_end().chars().count(),
        });
    }
    // "with 90 and 72 passengers", "3 or 4 soldiers": a bare first amount counts what the second
    // one counts.
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        let (first, second) = (&mut before[i - 1], &after[0]);
        if first.counted.is_none()
            && first.unit.is_none()
            && first.value.is_some()
            && second.unit.is_none()
            && second.counted.as_deref().is_some_and(plural_noun)
        {
            let gap = &text[offsets.byte_at(first.end, text.len())..offsets.byte_at(second.start, text.len())];
            if matches!(gap, " and " | " or ") {
                first.counted = second.counted.clone();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let found = quantities(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn counts_with_what_they_count() {
        let q = one("Officials said more than 10,000 soldiers were sent.");
        assert_eq!(
            (q.low, q.value, q.counted.as_deref(), q.text.as_str()),
            (Some(10_000.0), None, Some("soldiers"), "more than 10,000 soldiers")
        );
        let q = one("About 600 North Korean soldiers have been killed.");
        assert_eq!((q.value, q.approx, q.counted.as_deref()), (Some(600.0), true, Some("soldiers")));
        // A verb or an adverb after a vague amount is not what it counts.
        for text in ["Tens of thousands still marched.", "Several have been held."] {
            assert_eq!(one(text).counted, None, "{text}");
        }
        let q = one("and thousands more wounded while fighting");
        assert_eq!(
            (q.low, q.high, q.approx, q.counted.as_deref()),
            (Some(2_000.0), Some(9_999.0), true, Some("wounded"))
        );
        // Past adjectives to the noun they describe, not past a verb ("one official said").
        for (text, counted) in [
            ("They sent 30 international naval patrols.", "patrols"),
            ("Forecasters expect 4 major storms.", "storms"),
            ("Several large harbour rallies took place.", "rallies"),
            ("Only 1 official said so.", "official"),
            // Numbers in words count a plural noun after them.
            ("Three ferries sank.", "ferries"),
            ("Five people were rescued.", "people"),
            ("They found two F-16 jets.", "jets"),
            // A year is no count, even before a word in "-s"; 1,500 workers are.
            ("In 2017 his party won 1,500 seats.", "seats"),
            // A noun before the counted one modifies it.
            ("Some 67,000 research staff were on short contracts.", "staff"),
            ("Thousands of academic staff are on short contracts.", "staff"),
            ("They sent 500 police officers.", "officers"),
            ("Only 1 ferry sank.", "ferry"),
            ("It employs 40 harbour pilots.", "pilots"),
            // A people counted, capitalised.
            ("As many as 2000 Australians died.", "Australians"),
            ("About 300 Kurds fled.", "Kurds"),
        ] {
            assert_eq!(one(text).counted.as_deref(), Some(counted), "{text}");
        }
        // Years before a singular ("the 1918 virus"), an event's plural ("the disputed 2009
        // elections", "projected 2011 earnings") or after a determiner, and a date's year written
        // after its day ("Sept. 4, 2010"), are no counts.
        for text in [
            "We do not know where the 1918 virus came from.",
            "Protests followed the disputed 2009 elections.",
            "Shares trade at 27 times projected 2011 earnings.",
            "He planned the 1998 embassy bombings.",
            "A photo taken on Sept. 4, 2010 shows the valve.",
            "A photo taken on Sept. 4 , 2010 shows the valve.",
        ] {
            assert!(
                quantities(text).iter().all(|q| q.value.is_none_or(|v| v < 1000.0)),
                "{text}: {:?}",
                quantities(text)
            );
        }
        // Currencies written as words, wire copy's abbreviations too; cents are hundredths.
        for (text, value, unit) in [
            ("It paid 30 mln dlrs for the stake.", 30_000_000.0, "USD"),
            ("Profit was 87 cts a share.", 0.87, "USD"),
            ("It raised 5 mln stg.", 5_000_000.0, "GBP"),
            ("The loan is worth 2 billion yuan.", 2_000_000_000.0, "CNY"),
            ("Shares fell to 298p on Monday.", 2.98, "GBP"),
        ] {
            let q = one(text);
            assert_eq!((q.value, q.unit.as_deref(), q.counted.as_deref()), (Some(value), Some(unit), None), "{text}");
        }
        // A scale glued to the number ("$20bn", "£3m", "2m barrels"); a glued "m" without money or
        // a plural is metres.
        for (text, value, unit, counted) in [
            ("BP set aside $20bn for claims.", 20e9, Some("USD"), None),
            ("The council sought £3m from the firm.", 3e6, Some("GBP"), None),
            ("More than 2m barrels remain.", 2e6, None, Some("barrels")),
            ("More than 1.2m people fled.", 1.2e6, None, Some("people")),
            ("She ran the 100m final.", 100.0, Some("m"), None),
            ("The wall is 5 m high.", 5.0, Some("m"), None),
        ] {
            let q = quantities(text).into_iter().next().expect(text);
            assert_eq!(
                (q.value.or(q.low), q.unit.as_deref(), q.counted.as_deref()),
                (Some(value), unit, counted),
                "{text}"
            );
        }
        // An age after a name; participles before what they describe; "out of", "said".
        assert!(quantities("Marta Cortez, 21, said the pier was shut.").is_empty());
        assert_eq!(one("There were 1,200 confirmed cases.").counted.as_deref(), Some("cases"));
        // A compound or another participle before its noun.
        for (text, counted) in [
            ("The total stands at 52,160 laboratory-confirmed cases.", "cases"),
            ("Inspectors will visit all 30 deep-water platforms.", "platforms"),
            ("The agency has only 42,000 uniformed personnel.", "personnel"),
            ("The boat took 6,000 stranded migrant workers home.", "workers"),
            ("Of the new cases, 124 appeared in the west of the country.", "appeared"),
        ] {
            assert_eq!(one(text).counted.as_deref(), Some(counted), "{text}");
        }
        assert_eq!(one("The rebels laid thousands of them along the road.").counted, None);
        let found = quantities("In all, 8 out of 10 residents said yes.");
        assert_eq!(found.iter().map(|q| q.counted.as_deref()).collect::<Vec<_>>(), [Some("residents")]);
        // "vs", "previously": the number counts nothing after it.
        let found = quantities("Net 330,000 vs 19.6 mln previously.");
        assert!(found.iter().all(|q| q.counted.is_none()), "{found:?}");
        let q = one("They laid 155,221 bags of cocoa.");
        assert_eq!((q.value, q.counted.as_deref()), (Some(155_221.0), Some("bags")));
        let q = one("between 5,000 and 7,000 people could be moved");
        assert_eq!((q.low, q.high, q.counted.as_deref()), (Some(5_000.0), Some(7_000.0), Some("people")));
        let q = one("It cost two dozen eggs.");
        assert_eq!((q.value, q.counted.as_deref()), (Some(24.0), Some("eggs")));
    }

    #[test]
    fn money_and_percentages() {
        let q = one("The deal is worth $1.2 billion over ten years.");
        assert_eq!((q.value, q.unit.as_deref(), q.counted), (Some(1.2e9), Some("USD"), None));
        let q = one("the cost at nearly 150 million euros.");
        assert_eq!((q.value, q.approx, q.unit.as_deref()), (Some(1.5e8), true, Some("EUR")));
        let q = one("Inflation eased to 3.8% in May.");
        assert_eq!((q.value, q.unit.as_deref()), (Some(3.8), Some("%")));
        let q = one("a cut of 50 basis points");
        assert_eq!((q.value, q.unit.as_deref()), (Some(50.0), Some("bp")));
    }

    /// The "a" ending a word is no number: it took the next number with it ("Kenya and 400")
    /// before being thrown away.
    #[test]
    fn a_number_after_a_word_ending_in_a() {
        let q = one("It flew aid to Kenya and 400 tonnes to Ghana.");
        assert_eq!(q.value, Some(400.0));
        let q = one("owned by Seneca and 25 percent by Argo");
        assert_eq!((q.value, q.unit.as_deref()), (Some(25.0), Some("%")));
    }

    #[test]
    fn percentages_in_wire_style_and_numbers_before_punctuation() {
        let q = one("Sales rose 15.3 pct to a record.");
        assert_eq!((q.value, q.unit.as_deref(), q.counted), (Some(15.3), Some("%"), None));
        let found = quantities("Absences totalled 530, compared with 205 soldiers a year before.");
        let first = &found[0];
        assert_eq!((first.value, first.counted.as_deref()), (Some(530.0), None), "{found:#?}");
    }

    #[test]
    fn vague_numbers_in_several_words() {
        let all =
            quantities("Tens of thousands of people marched; hundreds of thousands of fans watched; a few boats sank.");
        let found: Vec<_> = all.iter().map(|q| (q.low, q.counted.as_deref())).collect();
        assert_eq!(
            found,
            [(Some(20_000.0), Some("people")), (Some(200_000.0), Some("fans")), (Some(2.0), Some("boats"))]
        );
    }

    #[test]
    fn vague_numbers_with_a_scale() {
        let all = quantities("Several thousand people marched and a few hundred boats waited.");
        let found: Vec<_> = all.iter().map(|q| (q.low, q.high, q.approx)).collect();
        assert_eq!(found, [(Some(3_000.0), Some(9_000.0), true), (Some(200.0), Some(900.0), true)]);
    }

    #[test]
    fn ranges_written_with_the_thousands_once() {
        let all = quantities("Between 45-50,000 people marched, and 100-1,000 boats waited.");
        let found: Vec<_> = all.iter().map(|q| (q.low, q.high, q.counted.as_deref())).collect();
        assert_eq!(
            found,
            [(Some(45_000.0), Some(50_000.0), Some("people")), (Some(100.0), Some(1_000.0), Some("boats"))]
        );
    }

    /// "Hundreds of millions", "tens of billions", "several thousands": vague amounts at scale.
    #[test]
    fn vague_amounts_at_scale() {
        let all = quantities("Hundreds of millions of viewers watched, and several thousands of people marched.");
        let found: Vec<_> = all.iter().map(|q| (q.low, q.high, q.counted.as_deref())).collect();
        assert_eq!(
            found,
            [(Some(2e8), Some(999_999_999.0), Some("viewers")), (Some(3_000.0), Some(9_000.0), Some("people"))]
        );
    }

    /// An amount after "and" is counted on its own, not what the first one counts.
    #[test]
    fn an_amount_after_and_is_no_counted_noun() {
        let all = quantities("Hundreds and thousands of travellers came.");
        let found: Vec<_> = all.iter().map(|q| (q.text.as_str(), q.counted.as_deref())).collect();
        assert_eq!(found, [("Hundreds", None), ("thousands of travellers", Some("travellers"))]);
    }

    /// A people counted ends at its name, not at the stop after it.
    #[test]
    fn a_people_counted_ends_at_its_name() {
        let q = one("I trust 80 million Egyptians. They voted.");
        assert_eq!((q.text.as_str(), q.counted.as_deref()), ("80 million Egyptians", Some("Egyptians")));
    }

    /// A range written in words ("between six and seven", "two to three dozen") is a range, and
    /// its second end is no counted noun.
    #[test]
    fn ranges_written_in_words() {
        for (text, low, high, counted) in [
            ("Talks lasted between six and seven rounds.", 6.0, 7.0, Some("rounds")),
            ("Between two and four ferries sail daily.", 2.0, 4.0, Some("ferries")),
            ("Police expect between one and two.", 1.0, 2.0, None),
        ] {
            let q = one(text);
            assert_eq!((q.low, q.high, q.counted.as_deref()), (Some(low), Some(high), counted), "{text}");
        }
        // A first end written out in full takes no scale: 600,000 to 1.2 million.
        let q = one("Between 600,000 to 1.2 million gallons leaked.");
        assert_eq!((q.low, q.high, q.counted.as_deref()), (Some(600_000.0), Some(1.2e6), Some("gallons")));
        // Tens and units written with a hyphen are one number ("Thirty-eight", not eight).
        let all = quantities("Thirty-eight people died and twenty-five students left; about forty-two boats sank.");
        let found: Vec<_> = all.iter().map(|q| (q.value, q.counted.as_deref())).collect();
        assert_eq!(found, [(Some(38.0), Some("people")), (Some(25.0), Some("students")), (Some(42.0), Some("boats"))]);
    }

    /// A dash before a smaller number sets off the parts of the first, no range.
    #[test]
    fn a_dash_before_a_smaller_number_is_no_range() {
        let all = quantities("The toll stood at 3,838 - 2,493 civilians and 1,345 police officers.");
        let found: Vec<_> = all.iter().map(|q| (q.text.as_str(), q.value, q.counted.as_deref())).collect();
        assert_eq!(
            found,
            [
                ("3,838", Some(3_838.0), None),
                ("2,493 civilians", Some(2_493.0), Some("civilians")),
                ("1,345 police officers", Some(1_345.0), Some("officers"))
            ]
        );
    }

    /// Phone numbers in their usual shapes are no counts; a range of one such shape before what
    /// it counts is still a range.
    #[test]
    fn phone_numbers_are_no_counts() {
        for text in [
            "For details call (202) 555-0143 today.",
            "Call 555-1234 for details.",
            "Reach the desk on 020 7946 0958 or +44 20 7946 0958.",
            "Dial 1-800-555-0199 or 212.555.0143 after noon.",
            "The hotline, 303-555-0172, opens at nine.",
        ] {
            assert!(quantities(text).is_empty(), "{text}: {:#?}", quantities(text));
        }
        let q = one("The firm hired 250-1000 workers.");
        assert_eq!((q.low, q.high, q.counted.as_deref()), (Some(250.0), Some(1_000.0), Some("workers")));
    }

    /// A range whose ends both carry the currency or the percent sign is one range; two amounts
    /// joined by "and" without "between" are two.
    #[test]
    fn ranges_with_the_unit_at_both_ends() {
        for (text, low, high, unit) in [
            ("Tickets cost between $20 and $50 each.", 20.0, 50.0, "USD"),
            ("Rates rose to 5.25%-5.5% in July.", 5.25, 5.5, "%"),
            ("Rooms cost €80 to €120 a night.", 80.0, 120.0, "EUR"),
            ("Growth of 2 percent to 3 percent is forecast.", 2.0, 3.0, "%"),
            // (A scale at both ends.)
            ("It expects a loss of between 91 mln and 100 mln dlrs.", 91e6, 100e6, "USD"),
            ("Sales of $2 billion to $3 billion are forecast.", 2e9, 3e9, "USD"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.low, q.high, q.value, q.approx, q.unit.as_deref()),
                (Some(low), Some(high), None, false, Some(unit)),
                "{text}"
            );
        }
        for (text, first, second) in [
            ("They paid $20 and $50 respectively.", ("$20", 20.0), ("$50", 50.0)),
            ("Rates fell from 1.25 percent to 1.0 percent.", ("1.25 percent", 1.25), ("1.0 percent", 1.0)),
            ("Shares rose 1.3 percent to 43.28 in trading.", ("1.3 percent", 1.3), ("43.28", 43.28)),
            ("It paid 20 and five mln yen.", ("20", 20.0), ("five mln yen", 5e6)),
            // A smaller first amount without its scale shares the second's; one written out in
            // full or with its own scale keeps it.
            ("They raised $20 and $50 million in all.", ("$20", 20e6), ("$50 million", 50e6)),
            ("It sold 3,036,000 and 28.5 mln shares.", ("3,036,000", 3_036_000.0), ("28.5 mln shares", 28.5e6)),
            ("It lost 91 mln and 100 mln dlrs.", ("91 mln", 91e6), ("100 mln dlrs", 100e6)),
            ("Profit was down 2 percent to $4.60 billion.", ("2 percent", 2.0), ("$4.60 billion", 4.6e9)),
            // A change, then the level it reached; two scales.
            ("Assets rose 5.3 billion to 205.0 billion.", ("5.3 billion", 5.3e9), ("205.0 billion", 205e9)),
            ("It paid 140 mln to 43.80 billion.", ("140 mln", 140e6), ("43.80 billion", 43.8e9)),
        ] {
            let all = quantities(text);
            let found: Vec<_> = all.iter().map(|q| (q.text.as_str(), q.value.unwrap_or(f64::NAN))).collect();
            assert_eq!(found, [first, second], "{text}");
        }
        // (The percent sign after the second amount is the second's.)
        let all = quantities("Miles rose to 2.75 billion from 1.40 billion and 69.7 pct in the year.");
        let units: Vec<_> = all.iter().map(|q| (q.text.as_str(), q.unit.as_deref())).collect();
        assert_eq!(units, [("2.75 billion", None), ("1.40 billion", None), ("69.7 pct", Some("%"))]);
        // A bare first amount counts what the second counts; a possessive counts nothing.
        let all = quantities(
            "Planes came with 90 and 72 passengers. In late 1983 and the agency's probe, 30 billion U.S. Dlrs.",
        );
        let found: Vec<_> = all.iter().map(|q| (q.text.as_str(), q.counted.as_deref(), q.unit.as_deref())).collect();
        assert_eq!(
            found,
            [
                ("90", Some("passengers"), None),
                ("72 passengers", Some("passengers"), None),
                ("30 billion U.S. Dlrs", None, Some("USD"))
            ]
        );
        // (Nothing counted past a blank line.)
        let q = one("COMPANY SEES 55 MLN TO 65 MLN DLRS\n\nBlah blah said today.");
        assert_eq!(
            (q.low, q.high, q.counted.as_deref(), q.unit.as_deref()),
            (Some(55e6), Some(65e6), None, Some("USD"))
        );
        let q = one("His rating fell twenty percentage points.");
        assert_eq!((q.text.as_str(), q.value, q.unit.as_deref()), ("twenty percentage points", Some(20.0), Some("pp")));
        let q = one("Support fell 0.5 percentage points.");
        assert_eq!((q.text.as_str(), q.value, q.unit.as_deref()), ("0.5 percentage points", Some(0.5), Some("pp")));
    }

    /// "One in five children" is a share of children, not five of them.
    #[test]
    fn shares_written_as_one_in_n() {
        for (text, share, value, counted) in [
            ("One in five children lives in poverty.", "One in five children", 20.0, Some("children")),
            ("Two out of three voters agreed.", "Two out of three voters", 66.7, Some("voters")),
            ("Now 1 in 4 adults smokes.", "1 in 4 adults", 25.0, Some("adults")),
            ("Nearly one in three say so.", "Nearly one in three", 33.3, None),
            ("One in three people believes it.", "One in three people", 33.3, Some("people")),
        ] {
            let q = one(text);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.counted.as_deref()),
                (share, Some(value), Some("%"), counted),
                "{text}"
            );
        }
        // A number "in" a year or a larger whole is no share.
        assert_eq!(one("Five in 2010 were freed, and 12 in 300 boats sank.").text, "12 in 300 boats");
    }

    /// Numbers that name things ("Section 230", "Flight 370", "Route 66") count nothing.
    #[test]
    fn numbers_that_name_things_are_no_counts() {
        for text in [
            "Section 230 of the act was cited.",
            "Flight 370 vanished over the sea.",
            "They drove Route 66 west to Interstate 405.",
            "The meeting is in room 101 of Building 7.",
            "Voters backed Proposition 208 and Amendment 4.",
            "He wore No. 23 for the club.",
        ] {
            assert!(quantities(text).is_empty(), "{text}: {:#?}", quantities(text));
        }
        // A count after such a word is still a count.
        assert_eq!(one("The flight 300 passengers boarded was late.").counted.as_deref(), Some("passengers"));
    }

    /// Distances, areas, speeds and temperatures have a unit; they count nothing. Amounts of a
    /// stuff are counted.
    #[test]
    fn measures_have_units() {
        for (text, measure, value, unit) in [
            ("The quake struck 10 km south of the city.", "10 km", 10.0, "km"),
            ("The plane flew 8,000 miles in a day.", "8,000 miles", 8_000.0, "mi"),
            ("The tower is 300 metres tall.", "300 metres", 300.0, "m"),
            ("The fire burned 1,200 acres of forest.", "1,200 acres", 1_200.0, "acre"),
            ("Winds reached 120 km/h overnight.", "120 km/h", 120.0, "km/h"),
            ("It hit 45 degrees Celsius on Friday.", "45 degrees Celsius", 45.0, "°C"),
            ("Snow fell, about 30 centimetres of it.", "about 30 centimetres", 30.0, "cm"),
        ] {
            let q = one(text);
            assert_eq!(
                (q.text.as_str(), q.value, q.unit.as_deref(), q.counted.as_deref()),
                (measure, Some(value), Some(unit), None),
                "{text}"
            );
        }
        let q = one("It weighs 7,300 tonnes.");
        assert_eq!((q.unit, q.counted.as_deref()), (None, Some("tonnes")));
    }

    #[test]
    fn not_counts() {
        for text in [
            "It happened on April 28 in 2024.",
            "The 33-year-old actress left at 12:46 on Monday.",
            "He was born in the 1960s and left in the '90s.",
            "Call 1-876-499-0169 or see chapter 3.",
            "He was the 4th to arrive in 1998.",
            "You may want a coffee.",
            "Two of them left one day, and the three were freed.",
            "The F-16 jets flew over the G-7 summit; Covid-19 cases rose and Baa-2 notes fell.",
            "It was seen by some as a demotion, about an end to the talks, over an increasingly wide area.",
            "Updated 16.40 BST An oil slick spread. Sent at 8 GMT the other ships returned.",
            "20 April-Gas and oil spilled from the well.",
            "Curfew runs from 7 p.m. to 8 a.m. each day.",
            "The quake struck at 0603 local time.",
            "Text them to +447624800100 from abroad.",
        ] {
            assert!(quantities(text).is_empty(), "{text}: {:#?}", quantities(text));
        }
    }
}
