//! What an article is about, as weighted features: its words (the title's count three times), the
//! canonical names of its people, organisations and places (not its outlet's own), and (for
//! events) its numbers and dates. Weights are TF-IDF, with document frequencies from everything
//! clustered so far.

use std::collections::HashMap;
use storyline_model::{Article, EntityKind};
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

/// A sparse vector: (feature, weight) sorted by feature.
pub type Vector = Vec<(u64, f32)>;

/// Features kept per article vector.
pub const ARTICLE_FEATURES: usize = 80;

/// Feature counts of one article, before weighting.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// (feature, count) of words and names, sorted by feature.
    pub counts: Vec<(u64, f32)>,
    /// (feature, count) of the numbers it gives with their units and of the dates it mentions,
    /// sorted by feature: events weigh them, stories do not (a story's numbers and dates change
    /// from one event to the next).
    pub numbers: Vec<(u64, f32)>,
    /// Canonical names of the people, organisations and places it mentions (each once).
    pub names: Vec<String>,
    /// The people it mentions, by surname (the last word of the canonical name, so "Dirk
    /// Kempthorne" and "Dirk A. Kempthorne" are one), with their mentions, sorted by surname.
    pub people: Vec<(String, u32)>,
}

impl Profile {
    /// The profile of an analysed article.
    pub fn of(article: &Article) -> Profile {
        Profile::seeded(article, 0)
    }

    /// [`Profile::of`] with features hashed under `seed` (0: the features every store holds).
    /// Batches are placed in an order their feature hashes set (see `State::assign`): other seeds
    /// give the orders other hash functions would, to measure how much a result owes to one.
    pub fn seeded(article: &Article, seed: u64) -> Profile {
        let feature = |kind, text: &str| feature(seed, kind, text);
        let mut counts: HashMap<u64, f32, foldhash::fast::FixedState> = HashMap::default();
        for word in words(&article.text) {
            *counts.entry(feature(b'w', &word)).or_default() += 1.0;
        }
        for word in article.title.as_deref().map(words).into_iter().flatten() {
            *counts.entry(feature(b'w', &word)).or_default() += 3.0;
        }
        // The outlet's own name ("told CNN", "CNN's Arwa Damon") says who published, not what
        // happened: in every article of the outlet, it would pull its stories together.
        let squeeze = |name: &str| name.to_lowercase().replace([' ', '-', '.'], "");
        let outlet = article.outlet.as_deref().map(|o| {
            let o = o.trim_start_matches("www.");
            squeeze(o.split_once('.').map_or(o, |(host, _)| host))
        });
        let own_outlet = |name: &str| {
            outlet.as_deref().is_some_and(|o| !o.is_empty() && squeeze(name.strip_prefix("The ").unwrap_or(name)) == o)
        };
        let mut names = Vec::new();
        let mut people: HashMap<&str, u32, foldhash::fast::FixedState> = HashMap::default();
        for e in &article.entities {
            if e.kind == EntityKind::Person {
                *people.entry(e.name.rsplit(' ').next().unwrap_or(&e.name)).or_default() += 1;
            }
            // (An acronym of no organisation names a thing the story is about: "SARS", "WMD".)
            let acronym = e.kind == EntityKind::Other
                && (2..=6).contains(&e.name.len())
                && e.name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            if (acronym || matches!(e.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place))
                && !own_outlet(&e.name)
            {
                *counts.entry(feature(b'e', &e.name.to_lowercase())).or_default() += 1.0;
                if !names.contains(&e.name) {
                    names.push(e.name.clone());
                }
            }
        }
        // Numbers tell look-alike happenings apart (a 6.1 and a 7.0 earthquake, an offer of $160
        // million and one of $200 million): each value with its unit is a feature of its own.
        let mut numbers: HashMap<u64, f32, foldhash::fast::FixedState> = HashMap::default();
        for q in &article.quantities {
            let Some(value) = q.value.or(q.low).filter(|v| *v >= 2.0) else { continue };
            let key = format!("{value}|{}", q.unit.as_deref().unwrap_or(""));
            *numbers.entry(feature(b'n', &key)).or_default() += 1.0;
        }
        // And ordinals, written either way ("his sixth title defence", "the 6th"): the fifth and
        // the sixth of a series are different happenings.
        for word in article.text.split(|c: char| !c.is_alphanumeric()) {
            if let Some(n) = ordinal(word) {
                *numbers.entry(feature(b'o', &n.to_string())).or_default() += 1.0;
            }
        }
        // So do the dates it mentions: the month and the day of each resolved date ("on Monday" in
        // a dated article, "September 18, 2013"), two Internet Explorer patches five years apart.
        for t in &article.times {
            for date in month_and_day(&t.value) {
                *numbers.entry(feature(b't', date)).or_default() += 1.0;
            }
        }
        let mut numbers: Vec<(u64, f32)> = numbers.into_iter().collect();
        numbers.sort_unstable_by_key(|&(f, _)| f);
        let mut counts: Vec<(u64, f32)> = counts.into_iter().collect();
        counts.sort_unstable_by_key(|&(f, _)| f);
        let mut people: Vec<(String, u32)> = people.into_iter().map(|(n, c)| (n.to_string(), c)).collect();
        people.sort_unstable();
        Profile { counts, numbers, names, people }
    }

    /// How often it mentions the person of this surname.
    pub fn mentions(&self, surname: &str) -> u32 {
        self.people.binary_search_by(|(n, _)| n.as_str().cmp(surname)).map_or(0, |i| self.people[i].1)
    }

    /// The TF-IDF vector of words and names, unit length, keeping the strongest features (what
    /// stories compare).
    pub fn vector(&self, idf: impl Fn(u64) -> f32) -> Vector {
        weigh(self.counts.iter().copied(), idf)
    }

    /// [`Profile::vector`] with the numbers too (what events compare).
    pub fn event_vector(&self, idf: impl Fn(u64) -> f32) -> Vector {
        weigh(self.counts.iter().chain(&self.numbers).copied(), idf)
    }

    /// Every feature, for document frequencies.
    pub fn features(&self) -> impl Iterator<Item = u64> + '_ {
        self.counts.iter().chain(&self.numbers).map(|&(f, _)| f)
    }
}

/// The month (`2013-09`) and, when it has one, the day (`2013-09-18`) of a TIMEX3 date value;
/// nothing for years, weeks, quarters, durations and references ("PRESENT_REF").
fn month_and_day(value: &str) -> impl Iterator<Item = &str> {
    let b = value.as_bytes();
    let month =
        b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[5..7].iter().all(u8::is_ascii_digit);
    let day = month && b.len() >= 10 && b[7] == b'-' && b[8..10].iter().all(u8::is_ascii_digit);
    [month.then(|| &value[..7]), day.then(|| &value[..10])].into_iter().flatten()
}

fn weigh(counts: impl Iterator<Item = (u64, f32)>, idf: impl Fn(u64) -> f32) -> Vector {
    let mut v: Vector = counts.map(|(f, n)| (f, (1.0 + n.ln()) * idf(f))).collect();
    keep_strongest(&mut v, ARTICLE_FEATURES);
    normalize(&mut v);
    v
}

/// The top bit of a feature says whether it is an entity's name.
pub const ENTITY_BIT: u64 = 1 << 63;

fn feature(seed: u64, kind: u8, text: &str) -> u64 {
    let mut bytes = Vec::with_capacity(text.len() + 1);
    bytes.push(kind);
    bytes.extend_from_slice(text.as_bytes());
    let hash = if seed == 0 { xxh3_64(&bytes) } else { xxh3_64_with_seed(&bytes, seed) } & !ENTITY_BIT;
    if kind == b'e' { hash | ENTITY_BIT } else { hash }
}

/// The number an ordinal stands for ("sixth", "Sixth", "6th"), from the second to the hundredth:
/// "first" is in every text. Called on every word of an article, it allocates nothing.
fn ordinal(word: &str) -> Option<u32> {
    const WORDS: &[&str] =
        &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
    if word.len() < 3 || word.len() > 8 {
        return None;
    }
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return WORDS.iter().position(|w| w.eq_ignore_ascii_case(word)).map(|i| i as u32 + 2);
    }
    let (digits, suffix) = word.split_at_checked(word.len() - 2)?;
    let n: u32 = digits.parse().ok()?;
    (["st", "nd", "rd", "th"].iter().any(|s| s.eq_ignore_ascii_case(suffix)) && (2..=100).contains(&n)).then_some(n)
}

/// Lower-cased content words, with a plural `s` dropped.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") { w[..w.len() - 1].to_string() } else { w })
}

/// Keeps the `n` heaviest features (ties broken by feature), sorted by feature.
pub fn keep_strongest(v: &mut Vector, n: usize) {
    if v.len() > n {
        v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(n);
    }
    v.sort_unstable_by_key(|&(f, _)| f);
}

/// Scales to unit length.
pub fn normalize(v: &mut Vector) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
}

/// Cosine similarity (the vectors need not be unit length), in one walk over both.
pub fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j) = (0, 0);
    let (mut dot, mut na, mut nb) = (0.0f32, 0.0f32, 0.0f32);
    while i < a.len() && j < b.len() {
        let (fa, wa) = a[i];
        let (fb, wb) = b[j];
        if fa < fb {
            na += wa * wa;
            i += 1;
        } else if fb < fa {
            nb += wb * wb;
            j += 1;
        } else {
            dot += wa * wb;
            na += wa * wa;
            nb += wb * wb;
            i += 1;
            j += 1;
        }
    }
    na += a[i..].iter().map(|(_, w)| w * w).sum::<f32>();
    nb += b[j..].iter().map(|(_, w)| w * w).sum::<f32>();
    if na == 0.0 || nb == 0.0 { 0.0 } else { dot / (na.sqrt() * nb.sqrt()) }
}

/// Cosine over the entity features alone: in a feature-sorted vector, those with the top bit set
/// are the last ones.
pub fn entity_cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    cosine(entity_features(a), entity_features(b))
}

fn entity_features(v: &[(u64, f32)]) -> &[(u64, f32)] {
    &v[v.partition_point(|&(f, _)| f & ENTITY_BIT == 0)..]
}

/// `a += b * scale`, both feature-sorted.
pub fn add(a: &mut Vector, b: &[(u64, f32)], scale: f32) {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push((b[j].0, b[j].1 * scale));
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1 * scale));
            i += 1;
            j += 1;
        }
    }
    *a = out;
}

/// Words too common in news to tell stories apart.
const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "with",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "this",
    "from",
    "but",
    "not",
    "his",
    "her",
    "its",
    "their",
    "they",
    "them",
    "she",
    "him",
    "who",
    "whom",
    "which",
    "what",
    "when",
    "where",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "been",
    "being",
    "also",
    "than",
    "then",
    "there",
    "here",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "after",
    "before",
    "while",
    "said",
    "says",
    "say",
    "told",
    "added",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "more",
    "most",
    "other",
    "some",
    "such",
    "only",
    "just",
    "all",
    "any",
    "each",
    "both",
    "few",
    "many",
    "much",
    "very",
    "our",
    "out",
    "off",
    "did",
    "does",
    "done",
    "how",
    "why",
    "you",
    "your",
    "yours",
    "we",
    "last",
    "first",
    "new",
    "year",
    "years",
    "time",
    "people",
    "like",
    "now",
    "week",
    "day",
    "days",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "according",
    "since",
    "because",
    "these",
    "those",
    "between",
    "against",
    "during",
    "without",
    "within",
    "through",
    "per",
    "cent",
    "percent",
    "mr",
    "mrs",
    "ms",
    "including",
    "however",
    "among",
    "around",
    "still",
    "even",
    "well",
    "back",
    "made",
    "make",
    "get",
    "got",
    "going",
    "way",
    "told",
    "report",
    "reported",
    "news",
    "reuters",
    "associated",
    "press",
    "afp",
    "ani",
    "pti",
    "ians",
    "upi",
    "copyright",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_are_unit_length_and_sorted() {
        let article = Article {
            title: Some("Harbour pier closes for repairs".into()),
            text: "The harbour authority closed the northern pier for repairs. Ferries use the south.".into(),
            ..Article::default()
        };
        let v = Profile::of(&article).vector(|_| 1.0);
        assert!((v.iter().map(|(_, w)| w * w).sum::<f32>() - 1.0).abs() < 1e-4);
        assert!(v.windows(2).all(|p| p[0].0 < p[1].0));
        assert!((cosine(&v, &v) - 1.0).abs() < 1e-4);
    }

    #[test]
    fn dates_give_their_month_and_day() {
        fn of(v: &str) -> Vec<&str> {
            month_and_day(v).collect()
        }
        assert_eq!(of("2013-09-18"), ["2013-09", "2013-09-18"]);
        assert_eq!(of("2013-09-18T14:00"), ["2013-09", "2013-09-18"]);
        assert_eq!(of("2013-09"), ["2013-09"]);
        for none in ["2013", "2025-W33", "2025-Q1", "2025-SU", "P1M", "PRESENT_REF", "XXXX-09-18", "199"] {
            assert!(of(none).is_empty(), "{none}");
        }
    }

    /// "sixth" and "6th" are one feature; the fifth of a series is another; "first" is none.
    #[test]
    fn ordinals_are_numbers_of_their_own() {
        assert_eq!(ordinal("sixth"), Some(6));
        assert_eq!(ordinal("Sixth"), Some(6));
        assert_eq!(ordinal("6th"), Some(6));
        assert_eq!(ordinal("22nd"), Some(22));
        for none in ["first", "1st", "6", "month", "5x", "th", "1000th", "fifths", "6thx", "101st", "6aé", "7é"] {
            assert_eq!(ordinal(none), None, "{none}");
        }
        let of = |text: &str| {
            Profile::of(&Article { text: text.into(), ..Article::default() })
                .numbers
                .iter()
                .map(|n| n.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(of("He won his sixth title defence."), of("It was his 6th defence."));
        assert_ne!(of("He won his sixth title defence."), of("He won his fifth title defence."));
        assert!(of("For the first time, the pier closed.").is_empty());
    }

    /// Two reports in the same words of offers of different sizes: events see the numbers apart,
    /// stories do not see them at all.
    #[test]
    fn an_outlets_own_name_is_no_feature_of_its_articles() {
        let org = |name: &str| storyline_model::Entity {
            text: name.into(),
            name: name.into(),
            kind: EntityKind::Organization,
            start: 0,
            end: name.chars().count(),
            country: None,
            lat: None,
            lon: None,
        };
        let article = |outlet: &str| Article {
            outlet: Some(outlet.into()),
            text: "Harbour Press and the Port Authority spoke to the crews.".into(),
            entities: vec![org("Harbour Press"), org("Port Authority")],
            ..Article::default()
        };
        for outlet in ["harbourpress", "www.harbourpress.com", "Harbour Press"] {
            assert_eq!(Profile::of(&article(outlet)).names, ["Port Authority"], "{outlet}");
        }
        assert_eq!(Profile::of(&article("tidewatch")).names, ["Harbour Press", "Port Authority"]);
    }

    /// An acronym of no organisation ("SARS") names what a story is about; other things of no
    /// known kind do not count.
    #[test]
    fn acronyms_of_things_are_features() {
        let entity = |name: &str, kind: EntityKind| storyline_model::Entity {
            text: name.into(),
            name: name.into(),
            kind,
            start: 0,
            end: name.chars().count(),
            country: None,
            lat: None,
            lon: None,
        };
        let article = Article {
            text: "SARS spread as Crowds gathered near the Port Authority.".into(),
            entities: vec![
                entity("SARS", EntityKind::Other),
                entity("Crowds", EntityKind::Other),
                entity("Port Authority", EntityKind::Organization),
            ],
            ..Article::default()
        };
        assert_eq!(Profile::of(&article).names, ["SARS", "Port Authority"]);
    }

    #[test]
    fn events_weigh_numbers_and_stories_do_not() {
        let offer = |amount: f64, text: &str| {
            let text = format!("The club offered the first baseman an eight-year contract worth {text}.");
            let start = text.find('$').unwrap();
            Article {
                text: text.clone(),
                quantities: vec![storyline_model::Quantity {
                    text: text[start..text.len() - 1].to_string(),
                    value: Some(amount),
                    low: None,
                    high: None,
                    approx: false,
                    counted: None,
                    unit: Some("USD".into()),
                    start,
                    end: text.len() - 1,
                }],
                ..Article::default()
            }
        };
        let a = Profile::of(&offer(160e6, "$160 million"));
        let b = Profile::of(&offer(200e6, "$200 million"));
        let same = Profile::of(&offer(160e6, "$160 million"));
        assert_eq!(a.numbers.len(), 1);
        let idf = |_| 1.0;
        let events = cosine(&a.event_vector(idf), &b.event_vector(idf));
        assert!(events < 0.95, "{events}");
        assert!((cosine(&a.event_vector(idf), &same.event_vector(idf)) - 1.0).abs() < 1e-4);
        assert!((cosine(&a.vector(idf), &b.vector(idf)) - 1.0).abs() < 1e-4, "stories ignore the numbers");
        // "one" of something is no number worth telling events apart.
        let mut single = offer(1.0, "$1");
        single.quantities[0].unit = None;
        assert!(Profile::of(&single).numbers.is_empty());
    }

    #[test]
    fn add_merges_sorted_vectors() {
        let mut a = vec![(1, 1.0), (3, 1.0)];
        add(&mut a, &[(2, 1.0), (3, 1.0)], 2.0);
        assert_eq!(a, vec![(1, 1.0), (2, 2.0), (3, 3.0)]);
    }
}
