//! A story's timeline: dated entries from the dates its articles mention (resolved against each
//! article's publication date), and the numbers and dates its sources disagree on.
//!
//! Each date an article mentions (a day, a month or a year) or publishes on is a candidate, with
//! the sentence that holds it (for the publication date, the article's title, else its first
//! sentence that gives no other date). The candidates of one date that tell one happening make
//! one entry: its text is the most central of their sentences (the one sharing most words with the
//! others), its sources the articles, `mentions` how many distinct articles tell it; the same
//! happening told by several articles is one entry with several sources, and a month's or a year's
//! entry that a day within it tells too joins that day's. A date's `weight`, on each of its
//! entries, counts the distinct articles pointing at it, those looking back from two weeks or more
//! later several times over. Copies are left out: a story counts reports, not reprints.

use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, HashSet};
use storyline_model::{
    Article, ArticleId, DateDisagreement, Disagreement, DisputedDate, DisputedValue, Timeline, TimelineEntry,
    TimelineSource,
};

/// One article of the story, with where clustering put it.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its event's id.
    pub event: &'a str,
    /// The article it copies, if any.
    pub duplicate_of: Option<&'a ArticleId>,
}

struct Candidate<'a> {
    granularity: &'static str,
    sentence: String,
    /// The time expression that gives the date ("on Monday"); none for the publication day.
    mention: Option<&'a str>,
    report: usize,
    via: Vec<String>,
    article: &'a Article,
}

/// Candidates scored per date: enough to pick a central sentence, bounded for huge stories.
const PER_DATE: usize = 60;
/// An article published this many days or more after the date it mentions looks back at it...
const LOOKBACK_DAYS: i64 = 14;
/// ...and counts this many times towards the date's weight. Chosen on Timeline17 by leaving one
/// story out: the other stories picked 6 and 14 days in every fold (BENCHMARKS.md).
const LOOKBACK_WEIGHT: u64 = 6;

/// Builds the timeline of a story from its reports.
pub fn timeline(story: &str, title: &str, reports: &[Report]) -> Timeline {
    let mut reports: Vec<&Report> = reports.iter().filter(|r| r.duplicate_of.is_none()).collect();
    reports.sort_by(|a, b| {
        (a.article.published.map(|p| p.date), &a.article.id).cmp(&(b.article.published.map(|p| p.date), &b.article.id))
    });
    let mut by_date: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
    for (i, report) in reports.iter().enumerate() {
        let article = report.article;
        let text: Vec<char> = article.text.chars().collect();
        let sentences = sentence_spans(&text);
        let sentence_at = |at: usize| -> String {
            let (s, e) = sentences.iter().copied().find(|&(s, e)| s <= at && at < e).unwrap_or((0, text.len()));
            text[s..e].iter().collect::<String>().trim().to_string()
        };
        let mut seen = HashSet::new();
        let mut seen_sentences = HashSet::new();
        for t in &article.times {
            let Some(granularity) = granularity(&t.value) else { continue };
            // "jobs guaranteed until 2032", "to cut emissions by 2030": the end of a span or a
            // deadline still to come, no day anything happened on.
            let word_before: String = {
                let head: String = text[..t.start.min(text.len())].iter().rev().take(8).collect();
                let head: String = head.chars().rev().collect();
                head.trim_end().rsplit([' ', '\n']).next().unwrap_or("").to_lowercase()
            };
            let to_come = first_day_of(&t.value).zip(article.published).is_some_and(|(d, p)| d > p.date);
            if to_come && matches!(word_before.as_str(), "until" | "till" | "by") {
                continue;
            }
            seen.insert(t.value.clone());
            let sentence = sentences.iter().position(|&(s, e)| s <= t.start && t.start < e);
            if !seen_sentences.insert((t.value.clone(), sentence)) {
                continue;
            }
            // Who it comes from: the claim that holds the date, else a claim of its sentence ("North
            // Korea in April confirmed …, Al Jazeera noted": the date is in the attribution).
            let bounds = sentence.map(|k| sentences[k]);
            let via = article
                .claims
                .iter()
                .find(|c| c.start <= t.start && t.start < c.end)
                .or_else(|| {
                    let (s, e) = bounds?;
                    article.claims.iter().find(|c| c.start < e && s < c.end)
                })
                .map(|c| c.speaker.iter().chain(&c.via).filter(|s| names_a_source(s)).cloned().collect())
                .unwrap_or_default();
            by_date.entry(t.value.clone()).or_default().push(Candidate {
                granularity,
                sentence: sentence_at(t.start),
                mention: Some(&t.text),
                report: i,
                via,
                article,
            });
        }
        // The publication day, when no sentence gives it, is told by the title (the news as of that
        // day), else by the first sentence that gives no other date ("The storm reached the coast
        // on Sunday" is Sunday's entry already, not the publication day's), else the first.
        let dated = |&(s, e): &(usize, usize)| {
            article.times.iter().any(|t| s <= t.start && t.start < e && granularity(&t.value).is_some())
        };
        let long = |&&(s, e): &&(usize, usize)| e - s > 20;
        let title = article.title.as_deref().map(str::trim).filter(|t| t.split_whitespace().count() >= 3);
        let told = || {
            title.map(str::to_string).or_else(|| {
                let &(s, e) =
                    sentences.iter().filter(long).find(|span| !dated(span)).or_else(|| sentences.iter().find(long))?;
                Some(text[s..e].iter().collect::<String>().trim().to_string())
            })
        };
        if let Some(day) = article.published.map(|p| p.date.format("%Y-%m-%d").to_string())
            && seen.insert(day.clone())
            && let Some(told) = told()
        {
            by_date.entry(day).or_default().push(Candidate {
                granularity: "day",
                sentence: told,
                mention: None,
                report: i,
                via: Vec::new(),
                article,
            });
        }
    }
    // Words numbered across the story, to compare groups of different dates.
    let mut vocabulary = Vocabulary::default();
    let mut groups: Vec<Group> = Vec::new();
    for (date, candidates) in by_date {
        let weight = date_weight(&date, &candidates);
        for candidates in happenings(candidates) {
            let words = vocabulary.content(&candidates[0].sentence);
            groups.push(Group { date: date.clone(), weight, words, candidates });
        }
    }
    let groups = fold_coarse(groups);
    let date_disagreements = date_disagreements(&groups, &reports, &mut vocabulary);
    let entries = groups
        .into_iter()
        .filter(|g| !g.candidates.is_empty())
        .map(|Group { date, weight, mut candidates, .. }| {
            // Every report counts towards the entry's mentions; only the first few are read for its
            // statement and sources.
            let mentions = candidates.iter().map(|c| c.report).collect::<HashSet<_>>().len() as u64;
            candidates.truncate(PER_DATE);
            let central = most_central(&candidates);
            let first_reported = candidates.iter().filter_map(|c| c.article.published).map(|p| p.day()).min();
            TimelineEntry {
                granularity: candidates[0].granularity.to_string(),
                date,
                text: candidates[central].sentence.clone(),
                sources: sources_of(&candidates),
                first_reported,
                mentions,
                weight,
            }
        })
        .collect();
    Timeline {
        story: story.to_string(),
        title: title.to_string(),
        entries,
        disagreements: disagreements(&reports),
        date_disagreements,
    }
}

/// Whether a claim's speaker can stand in a source's chain: not a phrase cut before its object
/// ("his acquittal on", "next one in"), which a reader could not take for anyone.
fn names_a_source(speaker: &str) -> bool {
    let last = speaker.rsplit(' ').next().unwrap_or(speaker);
    // (A pronoun the claims could not resolve names no one: "via I", "via they".)
    const PRONOUNS: &[&str] =
        &["I", "i", "we", "We", "you", "You", "they", "They", "he", "He", "she", "She", "it", "It", "one", "One"];
    !matches!(last, "on" | "of" | "in" | "at" | "for" | "by" | "with" | "to" | "from" | "about" | "against")
        && !PRONOUNS.contains(&speaker)
}

/// One happening at one date: what becomes an entry.
struct Group<'a> {
    date: String,
    weight: u64,
    /// The words of its first sentence (which candidates joining it were compared with) that do
    /// not say when, as [`Vocabulary`] numbers, sorted.
    words: Vec<u32>,
    candidates: Vec<Candidate<'a>>,
}

/// Words numbered in the order met.
#[derive(Default)]
struct Vocabulary(crate::Map<String, u32>);

impl Vocabulary {
    /// The numbers of a sentence's [`words`] that do not say when (not [`TIME_WORDS`], not
    /// numbers), sorted: what two sentences giving different dates compare.
    fn content(&mut self, sentence: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = words(sentence)
            .into_iter()
            .filter(|w| !TIME_WORDS.contains(&w.as_str()) && !w.bytes().all(|b| b.is_ascii_digit()))
            .map(|w| {
                let next = self.0.len() as u32;
                *self.0.entry(w).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        ids
    }
}

/// The articles of candidates, each once, in the candidates' order.
fn sources_of(candidates: &[Candidate]) -> Vec<TimelineSource> {
    let mut sources: Vec<TimelineSource> = Vec::new();
    for c in candidates {
        if !sources.iter().any(|s| s.article == c.article.id) {
            sources.push(source(c.article, c.via.clone()));
        }
    }
    sources
}

/// How many words (at least) and what share of them (Jaccard) a month's or a year's sentence
/// shares with a day's (or month's), leaving aside those that say when, to tell the same
/// happening. Sentences of one story often share a fifth of their words and tell different
/// things ("He would have turned 64 at the end of this month", "He would have been 100 years old
/// today"): read on Timeline17, about 7 in 10 of the 598 folds at a fifth and four words were
/// right, 9 in 10 of the 263 at a third (182 of them the same sentence giving both dates). The
/// seeds' confirmation ("in April", "on Monday") shares 9 of 30.
const FOLD_SHARED: usize = 4;
const FOLD_SIMILARITY: f32 = 0.3;

/// A month's or a year's happening that a day (or month) within it tells too joins that entry:
/// "North Korea in April confirmed …" and "North Korea on Monday confirmed …" (April 28) are one
/// happening, dated as precisely as its most precise source. It joins the most similar such entry
/// (first sentences sharing [`FOLD_SHARED`] words and [`FOLD_SIMILARITY`] of them, the words that
/// say when left aside; the earliest on ties); months are folded before years. Folded groups are
/// left empty; dates keep their weights.
///
/// Groups come in date order, so the finer groups of a month or a year follow its own: they are
/// indexed by their words once per month or year, and each coarse group is compared only with
/// those it shares a word with.
fn fold_coarse(mut groups: Vec<Group>) -> Vec<Group> {
    for coarse in ["month", "year"] {
        let mut i = 0;
        while i < groups.len() {
            if groups[i].candidates.first().is_none_or(|c| c.granularity != coarse) {
                i += 1;
                continue;
            }
            // The coarse groups of this date, then the finer groups within it.
            let date = groups[i].date.clone();
            let prefix = format!("{date}-");
            let coarse_end = i + groups[i..].iter().take_while(|g| g.date == date).count();
            let finer_end =
                coarse_end + groups[coarse_end..].iter().take_while(|g| g.date.starts_with(&prefix)).count();
            let mut postings: crate::Map<u32, Vec<usize>> = crate::Map::default();
            for (j, g) in groups.iter().enumerate().take(finer_end).skip(coarse_end) {
                if !g.candidates.is_empty() {
                    for &w in &g.words {
                        postings.entry(w).or_default().push(j);
                    }
                }
            }
            let mut shared: crate::Map<usize, usize> = crate::Map::default();
            for k in i..coarse_end {
                if groups[k].candidates.first().is_none_or(|c| c.granularity != coarse) {
                    continue;
                }
                shared.clear();
                for w in &groups[k].words {
                    for &j in postings.get(w).into_iter().flatten() {
                        *shared.entry(j).or_default() += 1;
                    }
                }
                let n = groups[k].words.len();
                let best = shared
                    .iter()
                    .filter(|&(_, &s)| s >= FOLD_SHARED)
                    .map(|(&j, &s)| (j, jaccard_of(s, n, groups[j].words.len())))
                    .filter(|&(_, similarity)| similarity >= FOLD_SIMILARITY)
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
                if let Some((j, _)) = best {
                    let moved = std::mem::take(&mut groups[k].candidates);
                    groups[j].candidates.extend(moved);
                }
            }
            i = coarse_end;
        }
    }
    groups
}

/// Words that say when, left out when comparing what two sentences tell.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "year",
    "years",
    "yesterday",
    "today",
    "tonight",
    "last",
    "early",
    "late",
    "morning",
    "night",
    "evening",
    "afternoon",
    "week",
    "weeks",
    "month",
    "months",
    "this",
    "next",
];

/// Two sentences tell one thing in nearly the same words, their dates left aside: at least half
/// of their words shared (Jaccard), and six or more of them. Sentences of one event often share a
/// fifth of their words and tell different things ("Allen said on Wednesday he was gung-ho for
/// the test" and "Allen said the test would begin on Thursday"); read on Timeline17, a disputed
/// date is told in the same words.
fn same_telling(a: &[u32], b: &[u32]) -> bool {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    shared >= 6 && jaccard_of(shared, a.len(), b.len()) >= 0.5
}

/// How far apart two dates of one granularity may be and still be one happening misdated by a
/// source: 3 days, 1 month, 1 year.
fn date_spread(granularity: &str) -> i64 {
    if granularity == "day" { 3 } else { 1 }
}

/// Steps of its granularity from year 0 to a calendar value: days, months or years.
fn steps(value: &str) -> Option<i64> {
    let parts: Vec<i64> = value.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match parts.as_slice() {
        [y] => Some(*y),
        [y, m] => Some(y * 12 + m - 1),
        [_, _, _] => last_day_of(value).map(|d| i64::from(d.num_days_from_ce())),
        _ => None,
    }
}

/// The first day of a calendar value (`2024`, `2024-06`, `2024-06-12`).
fn first_day_of(value: &str) -> Option<NaiveDate> {
    let mut parts = value.split('-').map(|p| p.parse::<u32>().ok());
    let year = i32::try_from(parts.next()??).ok()?;
    let month = parts.next().map_or(Some(1), |m| m)?;
    let day = parts.next().map_or(Some(1), |d| d)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Sources that give one happening of one event different dates: two entries of one granularity
/// at most [`date_spread`] apart and from different articles (an article whose sentence gives
/// both dates, "sealed on Thursday and cemented on Friday", is in both), each with a sentence
/// stating its date (the first such of the entry; not a publication date) where the two sentences
/// tell the same thing in nearly the same words ([`same_telling`]), in different time expressions
/// (the same "eight days ago" in an article republished a day later only moves with its
/// publication date), and the one giving the earlier date published on or after the later one (it knew that day and still
/// gave the earlier: "clashed on Friday" published on Friday and "clashed on Saturday" published on
/// Saturday are two days of clashes). Entries linked this way make one disagreement when all their
/// dates lie within the spread (a chain running longer is a happening that recurs).
fn date_disagreements<'a>(
    groups: &[Group<'a>],
    reports: &[&Report],
    vocabulary: &mut Vocabulary,
) -> Vec<DateDisagreement> {
    // Each group's first candidate that states its date (not a publication date): only such
    // groups can disagree.
    let stated: Vec<Option<&Candidate>> =
        groups.iter().map(|g| g.candidates.iter().find(|c| c.mention.is_some())).collect();
    // The groups of each event (comparisons stay within events).
    let mut by_event: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate().filter(|&(i, _)| stated[i].is_some()) {
        let mut events: Vec<&str> = g.candidates.iter().map(|c| reports[c.report].event).collect();
        events.sort_unstable();
        events.dedup();
        for e in events {
            by_event.entry(e).or_default().push(i);
        }
    }
    let steps: Vec<Option<i64>> = groups.iter().map(|g| steps(&g.date)).collect();
    // Each group's articles, gathered when first compared.
    let mut articles: Vec<Option<HashSet<&ArticleId>>> = vec![None; groups.len()];
    let articles_of = |articles: &mut [Option<HashSet<&'a ArticleId>>], i: usize| {
        if articles[i].is_none() {
            articles[i] = Some(groups[i].candidates.iter().map(|c| &c.article.id).collect());
        }
    };
    // Computed when first compared: most groups never are.
    let mut content: Vec<Option<Vec<u32>>> = vec![None; groups.len()];
    let mut content_of = |i: usize, vocabulary: &mut Vocabulary| -> Vec<u32> {
        content[i]
            .get_or_insert_with(|| {
                let sentence = stated[i].map_or("", |c| c.sentence.as_str());
                vocabulary.content(sentence)
            })
            .clone()
    };
    let granularity = |i: usize| groups[i].candidates.first().map(|c| c.granularity);
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut event_of: BTreeMap<usize, &str> = BTreeMap::new();
    for (&event, members) in &by_event {
        // The event's entries that state their dates, by granularity and date: each is compared
        // with the later ones within the spread.
        let mut members: Vec<(&str, i64, usize)> = members
            .iter()
            .filter(|&&i| stated[i].is_some())
            .filter_map(|&i| Some((granularity(i)?, steps[i]?, i)))
            .collect();
        members.sort_unstable();
        for (k, &(kind, sa, a)) in members.iter().enumerate() {
            for &(kind_b, sb, b) in &members[k + 1..] {
                if kind_b != kind || sb - sa > date_spread(kind) {
                    break;
                }
                if sa == sb {
                    continue;
                }
                articles_of(&mut articles, a);
                articles_of(&mut articles, b);
                if let (Some(x), Some(y)) = (&articles[a], &articles[b])
                    && !x.is_disjoint(y)
                {
                    continue;
                }
                if !same_telling(&content_of(a, vocabulary), &content_of(b, vocabulary)) {
                    continue;
                }
                let (Some(x), Some(y)) = (stated[a], stated[b]) else { continue };
                if x.mention.zip(y.mention).is_none_or(|(m, n)| m.eq_ignore_ascii_case(n)) {
                    continue;
                }
                // `a` has the earlier date.
                let knew = matches!(
                    (x.article.published, first_day_of(&groups[b].date)),
                    (Some(p), Some(l)) if p.date >= l
                );
                if !knew {
                    continue;
                }
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                if ra != rb {
                    parent[ra.max(rb)] = ra.min(rb);
                }
                event_of.entry(ra.min(rb)).or_insert(event);
            }
        }
    }
    let mut linked: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..groups.len() {
        let r = root(&mut parent, i);
        if r != i {
            linked.entry(r).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (r, mut members) in linked {
        members.insert(0, r);
        members.sort_unstable_by_key(|&i| (steps[i], i));
        members.dedup();
        let kind = granularity(members[0]).unwrap_or("day");
        let span = steps[members[members.len() - 1]].zip(steps[members[0]]).map(|(l, f)| l - f);
        if span.is_none_or(|s| s > date_spread(kind)) {
            continue;
        }
        let mut dates: Vec<DisputedDate> = Vec::new();
        for &i in &members {
            let g = &groups[i];
            match dates.last_mut() {
                Some(d) if d.date == g.date => {
                    for s in sources_of(&g.candidates) {
                        if !d.sources.iter().any(|x| x.article == s.article) {
                            d.sources.push(s);
                        }
                    }
                }
                _ => dates.push(DisputedDate {
                    date: g.date.clone(),
                    granularity: kind.to_string(),
                    text: stated[i].unwrap_or(&g.candidates[0]).sentence.clone(),
                    sources: sources_of(&g.candidates),
                }),
            }
        }
        let told = members
            .iter()
            .copied()
            .max_by_key(|&i| (articles[i].as_ref().map_or(0, HashSet::len), std::cmp::Reverse(i)));
        let about = told.and_then(|i| stated[i]).map(|c| c.sentence.clone()).unwrap_or_default();
        let event = event_of.get(&r).map(|e| e.to_string()).unwrap_or_default();
        out.push(DateDisagreement { about, event, dates });
    }
    out
}

/// The weight of a date from everything pointing at it: each distinct report counts 1, or
/// [`LOOKBACK_WEIGHT`] when published [`LOOKBACK_DAYS`] or more after the date's last day.
fn date_weight(date: &str, candidates: &[Candidate]) -> u64 {
    let last_day = last_day_of(date);
    let mut seen = HashSet::new();
    candidates
        .iter()
        .filter(|c| seen.insert(c.report))
        .map(|c| {
            let published = c.article.published.map(|p| p.date);
            match (published, last_day) {
                (Some(p), Some(last)) if (p - last).num_days() >= LOOKBACK_DAYS => LOOKBACK_WEIGHT,
                _ => 1,
            }
        })
        .sum()
}

/// The last day of a calendar value (`2024`, `2024-06`, `2024-06-12`).
fn last_day_of(value: &str) -> Option<NaiveDate> {
    let parts: Vec<i64> = value.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let ymd = |y: i64, m: i64, d: i64| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m as u32, d as u32);
    match parts.as_slice() {
        [y] => ymd(*y, 12, 31),
        [y, m] if (1..=12).contains(m) => {
            let (ny, nm) = if *m == 12 { (y + 1, 1) } else { (*y, m + 1) };
            ymd(ny, nm, 1)?.pred_opt()
        }
        [y, m, d] => ymd(*y, *m, *d),
        _ => None,
    }
}

/// A sentence's distinct words of more than three bytes, lowercased and sorted.
fn words(sentence: &str) -> Vec<String> {
    let mut words: Vec<String> =
        sentence.split(|ch: char| !ch.is_alphanumeric()).filter(|w| w.len() > 3).map(str::to_lowercase).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Sentences whose words overlap this much (Jaccard) tell one happening.
const SAME_HAPPENING: f32 = 0.2;

/// Jaccard similarity of two sets of sizes `a` and `b` sharing `shared` members.
fn jaccard_of(shared: usize, a: usize, b: usize) -> f32 {
    let union = (a + b - shared) as f32;
    if union == 0.0 { 0.0 } else { shared as f32 / union }
}

/// Jaccard similarity of two sorted, deduplicated word lists.
fn jaccard(a: &[String], b: &[String]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    jaccard_of(shared, a.len(), b.len())
}

/// Splits one date's candidates into distinct happenings: a sentence joins the first group whose
/// first sentence shares enough of its words, else opens a group ("Putin thanked Kim on Monday"
/// and "North Korea confirmed on Monday" are two entries of one day).
///
/// A date of a long story can have thousands of candidates, so words are numbered and each
/// group's first sentence is indexed by its words: a candidate is compared only with the groups
/// it shares a word with (the others have a Jaccard similarity of 0).
fn happenings(candidates: Vec<Candidate>) -> Vec<Vec<Candidate>> {
    let mut ids: crate::Map<String, u32> = crate::Map::default();
    let mut groups: Vec<(usize, Vec<Candidate>)> = Vec::new();
    let mut postings: Vec<Vec<u32>> = Vec::new();
    let mut shared: Vec<u32> = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    for c in candidates {
        let words: Vec<u32> = words(&c.sentence)
            .into_iter()
            .map(|w| {
                let next = ids.len() as u32;
                *ids.entry(w).or_insert(next)
            })
            .collect();
        postings.resize(ids.len(), Vec::new());
        for &w in &words {
            for &g in &postings[w as usize] {
                if shared[g as usize] == 0 {
                    touched.push(g);
                }
                shared[g as usize] += 1;
            }
        }
        let joins = touched
            .iter()
            .filter(|&&g| jaccard_of(shared[g as usize] as usize, groups[g as usize].0, words.len()) >= SAME_HAPPENING)
            .min()
            .copied();
        for g in touched.drain(..) {
            shared[g as usize] = 0;
        }
        match joins {
            Some(g) => groups[g as usize].1.push(c),
            None => {
                let g = groups.len() as u32;
                for &w in &words {
                    postings[w as usize].push(g);
                }
                groups.push((words.len(), vec![c]));
                shared.push(0);
            }
        }
    }
    groups.into_iter().map(|(_, members)| members).collect()
}

fn source(article: &Article, via: Vec<String>) -> TimelineSource {
    TimelineSource { article: article.id.clone(), outlet: article.outlet.clone(), published: article.published, via }
}

/// `year`, `month` or `day` for a calendar value; `None` for anything else (durations, weeks,
/// seasons, references like `PRESENT_REF`).
fn granularity(value: &str) -> Option<&'static str> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 && digits(y) => Some("year"),
        [y, m] if y.len() == 4 && digits(y) && m.len() == 2 && digits(m) => Some("month"),
        [y, m, d] if y.len() == 4 && digits(y) && m.len() == 2 && digits(m) && d.len() == 2 && digits(d) => Some("day"),
        _ => None,
    }
}

/// Sentence spans in character offsets.
fn sentence_spans(text: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for i in 0..text.len() {
        let end_here = text[i] == '\n'
            || (matches!(text[i], '.' | '!' | '?') && text.get(i + 1).is_none_or(|c| c.is_whitespace()));
        if end_here {
            if text[start..=i].iter().any(|c| c.is_alphanumeric()) {
                spans.push((start, i + 1));
            }
            start = i + 1;
        }
    }
    if start < text.len() && text[start..].iter().any(|c| c.is_alphanumeric()) {
        spans.push((start, text.len()));
    }
    spans
}

/// The candidate whose sentence shares most words with the others (the earliest on ties).
fn most_central(candidates: &[Candidate]) -> usize {
    let sets: Vec<Vec<String>> = candidates.iter().map(|c| words(&c.sentence)).collect();
    let score = |i: usize| -> f32 {
        sets.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, other)| jaccard(&sets[i], other)).sum()
    };
    (0..candidates.len()).map(|i| (i, score(i))).fold((0, f32::MIN), |b, c| if c.1 > b.1 { c } else { b }).0
}

/// Different numbers for the same counted thing in the same event, from different articles published
/// within a day of each other: values within a factor of two of each other are taken to measure the
/// same thing ("about 600 killed", "700 killed"); farther apart, they count different things
/// ("10,000 deployed", "600 killed").
/// A number as given: its value, its text, the article giving it and the range it allows.
type Given<'a> = (f64, String, &'a Article, (f64, f64));

/// The values a quantity allows: "260" only 260, "some 250" 5% either side, "more than 1,000" any
/// above, "thousands" 2,000 to 9,999. Two givens whose ranges meet do not disagree ("nearly five
/// million" and "an estimated 4.9m"; "more than 26,500" and "more than 27,700").
fn allowed(q: &storyline_model::Quantity) -> Option<(f64, f64)> {
    match (q.value, q.low, q.high) {
        (Some(v), _, _) if q.approx => Some((v * 0.95, v * 1.05)),
        (Some(v), _, _) => Some((v, v)),
        (None, Some(low), high) => Some((low, high.unwrap_or(f64::INFINITY))),
        _ => None,
    }
}

/// Units of measure: a distance or a weight ("12 miles" off which coast?) is no count of the
/// happening's people or things. (Sums of money carry a `unit` and are left out already.)
const MEASURES: &[&str] = &[
    "m",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "mile",
    "miles",
    "ft",
    "feet",
    "foot",
    "inches",
    "yards",
    "kg",
    "kilograms",
    "kilos",
    "lb",
    "lbs",
    "tonnes",
    "tons",
    "grams",
    "acres",
    "hectares",
    "degrees",
    "points",
    "mph",
    "kph",
    "knots",
];

/// A count of part of something, or of what was added to it ("14 more people", "four other
/// schools", "another 300", "403 new cases"): no total that other counts can dispute.
fn counts_a_part(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    words.iter().enumerate().any(|(i, w)| match w.as_str() {
        "more" => words.get(i + 1).is_none_or(|n| n != "than"),
        "other" | "another" | "additional" | "further" | "extra" | "new" => true,
        _ => false,
    })
}

fn disagreements(reports: &[&Report]) -> Vec<Disagreement> {
    let mut groups: BTreeMap<(String, String), Vec<Given>> = BTreeMap::new();
    for r in reports {
        for q in &r.article.quantities {
            let (Some(counted), Some(value), Some(range)) = (q.counted.as_deref(), q.value.or(q.low), allowed(q))
            else {
                continue;
            };
            if q.unit.is_some()
                || value <= 0.0
                || counts_a_part(&q.text)
                || MEASURES.contains(&counted.to_lowercase().as_str())
            {
                continue;
            }
            groups.entry((r.event.to_string(), counted.to_lowercase())).or_default().push((
                value,
                q.text.clone(),
                r.article,
                range,
            ));
        }
    }
    let mut out = Vec::new();
    for ((event, about), mut values) in groups {
        values.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.id.cmp(&b.2.id)));
        // Runs of values within a factor of two.
        let mut run: Vec<Given> = Vec::new();
        let mut flush = |run: &mut Vec<Given>| {
            let distinct: Vec<f64> = {
                let mut v: Vec<f64> = run.iter().map(|x| x.0).collect();
                v.dedup();
                v
            };
            let articles: HashSet<&ArticleId> = run.iter().map(|x| &x.2.id).collect();
            // Two of the values that cannot both be right, from articles published within a day of
            // each other (or undated):
            // a count that grows over the days of an event ("nearly 200 turtles" on May 28, "227
            // turtles" on May 30) is an update, not a disagreement.
            let day = |a: &Article| a.published.map(|p| p.date);
            let same_time = run.iter().any(|x| {
                run.iter().any(|y| {
                    (x.3.1 < y.3.0 || y.3.1 < x.3.0)
                        && x.2.id != y.2.id
                        && match (day(x.2), day(y.2)) {
                            (Some(a), Some(b)) => (a - b).num_days().abs() <= 1,
                            _ => true,
                        }
                })
            });
            if distinct.len() >= 2 && articles.len() >= 2 && same_time {
                let mut disputed: Vec<DisputedValue> = Vec::new();
                for (value, text, article, _) in run.iter() {
                    match disputed.iter_mut().find(|d| d.value == *value) {
                        Some(d) if !d.sources.iter().any(|s| s.article == article.id) => {
                            d.sources.push(source(article, Vec::new()))
                        }
                        Some(_) => {}
                        None => disputed.push(DisputedValue {
                            text: text.clone(),
                            value: *value,
                            sources: vec![source(article, Vec::new())],
                        }),
                    }
                }
                out.push(Disagreement { about: about.clone(), event: event.clone(), values: disputed });
            }
            run.clear();
        };
        for v in values {
            if run.first().is_some_and(|first| v.0 > first.0 * 2.0) {
                flush(&mut run);
            }
            run.push(v);
        }
        flush(&mut run);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::{Published, Quantity, TimeMention};

    fn article(id: &str, day: &str, text: &str, times: &[(&str, &str)]) -> Article {
        let times = times
            .iter()
            .map(|(phrase, value)| {
                let at = text.find(phrase).unwrap();
                let start = text[..at].chars().count();
                TimeMention {
                    text: phrase.to_string(),
                    value: value.to_string(),
                    start,
                    end: start + phrase.chars().count(),
                }
            })
            .collect();
        Article {
            id: ArticleId(id.into()),
            outlet: Some(format!("outlet-{id}")),
            published: Published::parse(day),
            text: text.into(),
            times,
            ..Article::default()
        }
    }

    #[test]
    fn happenings_group_like_comparing_every_first_sentence() {
        // Sentences over a small vocabulary, so that many share words and some share enough.
        let vocabulary = ["troops", "border", "leader", "praised", "army", "treaty", "signed", "soldiers", "killed"];
        let mut seed = 7u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let sentences: Vec<String> = (0..400)
            .map(|_| {
                let n = next() % 6;
                (0..n).map(|_| vocabulary[next() % vocabulary.len()]).collect::<Vec<_>>().join(" ")
            })
            .collect();
        let holder = article("a", "2025-01-01", "", &[]);
        let candidates = || {
            sentences.iter().enumerate().map(|(i, s)| Candidate {
                granularity: "day",
                sentence: s.clone(),
                mention: None,
                report: i,
                via: Vec::new(),
                article: &holder,
            })
        };
        // The plain way: each sentence against every group's first sentence, in order.
        let mut expected: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
        for c in candidates() {
            let w = words(&c.sentence);
            match expected.iter_mut().find(|(first, _)| jaccard(first, &w) >= SAME_HAPPENING) {
                Some((_, members)) => members.push(c.report),
                None => expected.push((w, vec![c.report])),
            }
        }
        let got: Vec<Vec<usize>> =
            happenings(candidates().collect()).iter().map(|g| g.iter().map(|c| c.report).collect()).collect();
        assert!(expected.len() > 5 && expected.len() < 300, "{} groups", expected.len());
        assert_eq!(got, expected.into_iter().map(|(_, m)| m).collect::<Vec<_>>());
    }

    /// A date in the attribution ("The port in April confirmed …, Harbour Radio noted") comes
    /// through the claim of its sentence; one in the content through the claim that holds it.
    #[test]
    fn sources_carry_the_chain_of_the_claim_around_the_date() {
        let text =
            "The port in April confirmed that the pier had closed, Harbour Radio noted. The ferry ran on Sunday.";
        let mut a = article("a", "2025-05-02", text, &[("April", "2025-04"), ("on Sunday", "2025-04-27")]);
        let start = text.find("the pier").unwrap();
        a.claims = vec![storyline_model::Claim {
            text: "the pier had closed".into(),
            speaker: Some("port".into()),
            cue: Some("confirmed".into()),
            quote: false,
            via: vec!["Harbour Radio".into()],
            start,
            end: start + "the pier had closed".len(),
        }];
        let reports = [Report { article: &a, event: "e1", duplicate_of: None }];
        let t = timeline("s1", "Port", &reports);
        let via = |date: &str| t.entries.iter().find(|e| e.date == date).unwrap().sources[0].via.clone();
        assert_eq!(via("2025-04"), ["port", "Harbour Radio"]);
        assert!(via("2025-04-27").is_empty(), "a sentence with no claim has no chain");
        // A speaker cut before its object ("his acquittal on") is no source.
        a.claims[0].speaker = Some("his acquittal on".into());
        let reports = [Report { article: &a, event: "e1", duplicate_of: None }];
        let t = timeline("s1", "Port", &reports);
        let via = t.entries.iter().find(|e| e.date == "2025-04").unwrap().sources[0].via.clone();
        assert_eq!(via, ["Harbour Radio"]);
        // So is a pronoun the claims could not resolve ("via I", "via they").
        for pronoun in ["I", "they", "We"] {
            a.claims[0].speaker = Some(pronoun.into());
            let reports = [Report { article: &a, event: "e1", duplicate_of: None }];
            let t = timeline("s1", "Port", &reports);
            let via = t.entries.iter().find(|e| e.date == "2025-04").unwrap().sources[0].via.clone();
            assert_eq!(via, ["Harbour Radio"], "{pronoun}");
        }
    }

    #[test]
    fn mentions_count_every_report_beyond_the_sources_kept() {
        let articles: Vec<Article> = (0..PER_DATE + 10)
            .map(|i| {
                article(
                    &format!("a{i:03}"),
                    "2025-03-03",
                    "The bridge reopened on Saturday after repairs.",
                    &[("on Saturday", "2025-03-01")],
                )
            })
            .collect();
        let reports: Vec<Report> =
            articles.iter().map(|a| Report { article: a, event: "e1", duplicate_of: None }).collect();
        let t = timeline("s1", "Bridge", &reports);
        let saturday = t.entries.iter().find(|e| e.date == "2025-03-01").unwrap();
        assert_eq!(saturday.mentions, (PER_DATE + 10) as u64);
        assert_eq!(saturday.sources.len(), PER_DATE);
    }

    /// A date still recalled two weeks later weighs more than one told only in the days around it;
    /// one article telling two happenings of a day counts once towards the day's weight.
    #[test]
    fn dates_recalled_weeks_later_weigh_more() {
        let a = article(
            "a",
            "2025-03-02",
            "The bridge closed on Saturday. The mayor resigned on Saturday, officials said.",
            &[("on Saturday", "2025-03-01"), ("on Saturday,", "2025-03-01")],
        );
        let b = article("b", "2025-03-03", "Ferries ran on Sunday for the first time.", &[("on Sunday", "2025-03-02")]);
        let c = article("c", "2025-03-04", "Ferries were full on Sunday.", &[("on Sunday", "2025-03-02")]);
        let later = article(
            "d",
            "2025-04-20",
            "Since the bridge closed on March 1, traffic has doubled.",
            &[("on March 1", "2025-03-01")],
        );
        let reports: Vec<Report> =
            [&a, &b, &c, &later].iter().map(|x| Report { article: x, event: "e1", duplicate_of: None }).collect();
        let t = timeline("s1", "Bridge", &reports);
        let weight = |date: &str| t.entries.iter().filter(|e| e.date == date).map(|e| e.weight).collect::<Vec<_>>();
        // Saturday: article a (once, though it tells two happenings of that day) and the look back
        // seven weeks later; Sunday: two articles of the following days, and a's publication day.
        assert_eq!(weight("2025-03-01"), [1 + LOOKBACK_WEIGHT, 1 + LOOKBACK_WEIGHT]);
        let sunday = weight("2025-03-02");
        assert!(!sunday.is_empty() && sunday.iter().all(|&w| w == 3), "{sunday:?}");
        assert_eq!(last_day_of("2024-02"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(last_day_of("2024"), NaiveDate::from_ymd_opt(2024, 12, 31));
        assert_eq!(last_day_of("2024-W05"), None);
    }

    #[test]
    fn one_entry_per_date_with_every_source() {
        let a = article(
            "a",
            "2025-03-02",
            "The bridge reopened on Saturday after repairs. The repairs began in June last year.",
            &[("on Saturday", "2025-03-01"), ("in June last year", "2024-06")],
        );
        let b = article(
            "b",
            "2025-03-03",
            "Traffic returned to the bridge, which reopened on Saturday. Work had started in 2024. It is now open.",
            &[("on Saturday", "2025-03-01"), ("in 2024", "2024"), ("now", "PRESENT_REF")],
        );
        let copy = article("c", "2025-03-04", "The bridge reopened on Saturday.", &[("on Saturday", "2025-03-01")]);
        let reports = [
            Report { article: &a, event: "e1", duplicate_of: None },
            Report { article: &b, event: "e1", duplicate_of: None },
            Report { article: &copy, event: "e1", duplicate_of: Some(&a.id) },
        ];
        let t = timeline("s1", "Bridge", &reports);
        let dates: Vec<(&str, &str)> = t.entries.iter().map(|e| (e.date.as_str(), e.granularity.as_str())).collect();
        assert_eq!(
            dates,
            [
                ("2024", "year"),
                ("2024-06", "month"),
                ("2025-03-01", "day"),
                ("2025-03-02", "day"),
                ("2025-03-03", "day")
            ]
        );
        let reopened = &t.entries[2];
        assert_eq!(reopened.mentions, 2);
        assert_eq!(reopened.sources.iter().map(|s| s.article.0.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(reopened.first_reported.as_deref(), Some("2025-03-02"));
        assert!(reopened.text.contains("reopened on Saturday"));
    }

    #[test]
    fn the_publication_day_is_told_by_the_title_or_a_sentence_without_another_date() {
        let text =
            "The storm reached the coast on Sunday, flooding the old harbour. About 40 boats sank in the harbour.";
        let mut titled = article("a", "2025-02-11", text, &[("on Sunday", "2025-02-09")]);
        titled.title = Some("Storm floods port town".into());
        let untitled = article("b", "2025-02-12", text, &[("on Sunday", "2025-02-09")]);
        let reports = [
            Report { article: &titled, event: "e1", duplicate_of: None },
            Report { article: &untitled, event: "e1", duplicate_of: None },
        ];
        let t = timeline("s1", "Storm", &reports);
        let entries: Vec<(&str, &str)> = t.entries.iter().map(|e| (e.date.as_str(), e.text.as_str())).collect();
        assert_eq!(
            entries,
            [
                ("2025-02-09", "The storm reached the coast on Sunday, flooding the old harbour."),
                ("2025-02-11", "Storm floods port town"),
                ("2025-02-12", "About 40 boats sank in the harbour.")
            ]
        );
    }

    /// "Jobs are guaranteed until 2032": the end of a span still to come dates nothing that
    /// happened; "the strike lasted until Thursday" does.
    #[test]
    fn the_end_of_a_span_to_come_is_no_entry() {
        let text = "The strike lasted until Thursday. Jobs are guaranteed until 2032 under the deal.";
        let a = article("a", "2025-05-16", text, &[("Thursday", "2025-05-15"), ("2032", "2032")]);
        let reports = [Report { article: &a, event: "e1", duplicate_of: None }];
        let t = timeline("s1", "Strike", &reports);
        let dates: Vec<&str> = t.entries.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2025-05-15", "2025-05-16"]);
    }

    #[test]
    fn a_month_that_tells_a_day_of_it_joins_that_day() {
        let a = article(
            "a",
            "2025-04-28",
            "The harbour board on Monday confirmed for the first time that it had closed the north pier.",
            &[("on Monday", "2025-04-28")],
        );
        let b = article(
            "b",
            "2025-08-21",
            "The harbour board in April confirmed for the first time that it had closed the north pier to ferries. \
             Its budget for April was cut.",
            &[("in April", "2025-04"), ("for April", "2025-04")],
        );
        let reports = [
            Report { article: &a, event: "e1", duplicate_of: None },
            Report { article: &b, event: "e2", duplicate_of: None },
        ];
        let t = timeline("s1", "Pier", &reports);
        let dates: Vec<(&str, usize)> = t.entries.iter().map(|e| (e.date.as_str(), e.sources.len())).collect();
        // The budget is another thing of April: it keeps its month.
        assert_eq!(dates, [("2025-04", 1), ("2025-04-28", 2), ("2025-08-21", 1)], "{:#?}", t.entries);
        assert!(t.entries[0].text.contains("budget"));
        let confirmed = &t.entries[1];
        assert_eq!(confirmed.granularity, "day");
        assert_eq!(confirmed.mentions, 2);
        assert_eq!(confirmed.sources.iter().map(|s| s.article.0.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        // Dates keep their weights: the day's counts its own report only.
        assert_eq!(t.entries[1].weight, 1);
    }

    #[test]
    fn different_dates_for_the_same_thing_are_a_disagreement() {
        let told = |id: &str, published: &str, when: &str, value: &str| {
            article(
                id,
                published,
                &format!(
                    "The storm reached the coast {when}, flooding the old harbour, the fish market and the ferry sheds."
                ),
                &[(when, value)],
            )
        };
        let a = told("a", "2025-03-04", "on Sunday", "2025-03-02");
        let b = told("b", "2025-03-04", "early Monday", "2025-03-03");
        let c = told("c", "2025-03-05", "early on Monday", "2025-03-03");
        let reports: Vec<Report> =
            [&a, &b, &c].iter().map(|x| Report { article: x, event: "e1", duplicate_of: None }).collect();
        let t = timeline("s1", "Storm", &reports);
        assert_eq!(t.date_disagreements.len(), 1, "{:#?}", t.date_disagreements);
        let d = &t.date_disagreements[0];
        assert_eq!(d.event, "e1");
        assert!(d.about.contains("storm reached the coast"), "{}", d.about);
        let dates: Vec<(&str, Vec<&str>)> = d
            .dates
            .iter()
            .map(|x| (x.date.as_str(), x.sources.iter().map(|s| s.article.0.as_str()).collect()))
            .collect();
        assert_eq!(dates, [("2025-03-02", vec!["a"]), ("2025-03-03", vec!["b", "c"])]);
        assert!(d.dates[0].text.contains("on Sunday") && d.dates[1].text.contains("early Monday"));
        assert!(d.dates.iter().all(|x| x.granularity == "day"));

        // The JSON keeps the field names of the contract.
        let json = serde_json::to_value(&t).unwrap();
        let first = &json["date_disagreements"][0];
        for key in ["about", "event", "dates"] {
            assert!(first.get(key).is_some(), "{key} in {first}");
        }
        for key in ["date", "granularity", "text", "sources"] {
            assert!(first["dates"][0].get(key).is_some(), "{key} in {first}");
        }
    }

    #[test]
    fn dates_that_differ_for_other_reasons_are_no_disagreement() {
        let text = |when: &str| {
            format!("Crews clashed with protesters {when} near the old harbour, the fish market and the ferry sheds.")
        };
        let case = |x: (&str, &str, &str, &str), y: (&str, &str, &str, &str), events: (&str, &str)| {
            let a = article("a", x.0, &text(x.1), &[(x.1, x.2)]);
            let mut b = article("b", y.0, &text(y.1), &[(y.1, y.2)]);
            if !y.3.is_empty() {
                // The second sentence also gives the first one's date.
                b.text = format!("{}, as they had {}.", b.text.trim_end_matches('.'), y.3);
                let at = b.text.rfind(y.3).unwrap();
                b.times.push(TimeMention { text: y.3.into(), value: x.2.into(), start: at, end: at + y.3.len() });
            }
            let reports = [
                Report { article: &a, event: events.0, duplicate_of: None },
                Report { article: &b, event: events.1, duplicate_of: None },
            ];
            timeline("s1", "Clashes", &reports).date_disagreements
        };
        let (one, two) = (("e1", "e1"), ("e1", "e2"));
        // The control: these do disagree.
        assert_eq!(
            case(("2025-03-04", "on Sunday", "2025-03-02", ""), ("2025-03-04", "on Monday", "2025-03-03", ""), one)
                .len(),
            1
        );
        // Each reported on its own day: two days of clashes.
        assert!(
            case(("2025-03-02", "on Sunday", "2025-03-02", ""), ("2025-03-03", "on Monday", "2025-03-03", ""), one)
                .is_empty()
        );
        // Different events.
        assert!(
            case(("2025-03-04", "on Sunday", "2025-03-02", ""), ("2025-03-04", "on Monday", "2025-03-03", ""), two)
                .is_empty()
        );
        // The same words, republished a day later.
        assert!(
            case(
                ("2025-03-04", "two days ago", "2025-03-02", ""),
                ("2025-03-05", "Two days ago", "2025-03-03", ""),
                one
            )
            .is_empty()
        );
        // Days too far apart for one happening misdated.
        assert!(
            case(("2025-03-12", "on March 2", "2025-03-02", ""), ("2025-03-12", "on March 9", "2025-03-09", ""), one)
                .is_empty()
        );
        // A sentence that gives both dates (its article is on both sides).
        assert!(
            case(
                ("2025-03-04", "on Sunday", "2025-03-02", ""),
                ("2025-03-04", "on Monday", "2025-03-03", "on Sunday"),
                one
            )
            .is_empty()
        );
    }

    #[test]
    fn numbers_that_can_both_be_right_are_no_disagreement() {
        let quantity = |text: &str, value: Option<f64>, low: Option<f64>, approx: bool, counted: &str| Quantity {
            text: text.into(),
            value,
            low,
            high: None,
            approx,
            counted: Some(counted.into()),
            unit: None,
            start: 0,
            end: 1,
        };
        let disputes = |a: Vec<Quantity>, b: Vec<Quantity>| {
            let mut x = article("a", "2025-03-02", "Oil spilled.", &[]);
            x.quantities = a;
            let mut y = article("b", "2025-03-02", "Oil spilled.", &[]);
            y.quantities = b;
            let reports = [
                Report { article: &x, event: "e1", duplicate_of: None },
                Report { article: &y, event: "e1", duplicate_of: None },
            ];
            timeline("s1", "Spill", &reports).disagreements.len()
        };
        // Estimates that meet, lower bounds, a count of more or other ones, a distance.
        let pairs = [
            (
                quantity("nearly five million barrels", Some(5e6), None, true, "barrels"),
                quantity("an estimated 4.9m barrels", Some(4.9e6), None, true, "barrels"),
            ),
            (
                quantity("more than 26,500 people", None, Some(26_500.0), false, "people"),
                quantity("more than 27,700 people", None, Some(27_700.0), false, "people"),
            ),
            (
                quantity("14 more people", Some(14.0), None, false, "people"),
                quantity("17 people", Some(17.0), None, false, "people"),
            ),
            (
                quantity("four other schools", Some(4.0), None, false, "schools"),
                quantity("three schools", Some(3.0), None, false, "schools"),
            ),
            (
                quantity("12 miles", Some(12.0), None, false, "miles"),
                quantity("18 miles", Some(18.0), None, false, "miles"),
            ),
        ];
        for (a, b) in pairs {
            let texts = (a.text.clone(), b.text.clone());
            assert_eq!(disputes(vec![a], vec![b]), 0, "{texts:?}");
        }
        // The controls: these cannot both be right.
        let low = quantity("at least 24 people", None, Some(24.0), false, "people");
        assert_eq!(disputes(vec![quantity("23 people", Some(23.0), None, false, "people")], vec![low]), 1);
        let some = quantity("some 250 observers", Some(250.0), None, true, "observers");
        assert_eq!(disputes(vec![quantity("300 observers", Some(300.0), None, false, "observers")], vec![some]), 1);
    }

    #[test]
    fn different_numbers_for_the_same_thing_are_a_disagreement() {
        let quantity = |text: &str, value: f64, counted: &str| Quantity {
            text: text.into(),
            value: Some(value),
            low: None,
            high: None,
            approx: false,
            counted: Some(counted.into()),
            unit: None,
            start: 0,
            end: 1,
        };
        let mut a = article("a", "2025-03-02", "About 600 soldiers were killed.", &[]);
        a.quantities = vec![quantity("about 600", 600.0, "soldiers"), quantity("10,000", 10_000.0, "soldiers")];
        let mut b = article("b", "2025-03-02", "Some 700 soldiers were killed.", &[]);
        b.quantities = vec![quantity("some 700", 700.0, "soldiers")];
        let reports = [
            Report { article: &a, event: "e1", duplicate_of: None },
            Report { article: &b, event: "e1", duplicate_of: None },
        ];
        let t = timeline("s1", "War", &reports);
        assert_eq!(t.disagreements.len(), 1, "{:#?}", t.disagreements);
        let d = &t.disagreements[0];
        assert_eq!(d.about, "soldiers");
        assert_eq!(d.values.iter().map(|v| v.value).collect::<Vec<_>>(), [600.0, 700.0]);

        // The same numbers four days apart: an updated count.
        b.published = Published::parse("2025-03-06");
        let reports = [
            Report { article: &a, event: "e1", duplicate_of: None },
            Report { article: &b, event: "e1", duplicate_of: None },
        ];
        assert!(timeline("s1", "War", &reports).disagreements.is_empty());
    }
}
