//! A story's timeline: dated entries from the dates its articles mention (resolved against each
//! article's publication date), and the numbers its sources disagree on.
//!
//! Each date an article mentions (a day, a month or a year) or publishes on is a candidate, with
//! the sentence that holds it (for the publication date, the article's opening sentence). All
//! candidates of one date make one entry: its text is the most central of their sentences (the one
//! sharing most words with the others), its sources the articles, `mentions` how many distinct
//! articles tell it; the same happening told by several articles is one entry with several
//! sources. A date's `weight`, on each of its entries, counts the distinct articles pointing at it,
//! those looking back from two weeks or more later several times over. Copies are left out: a
//! story counts reports, not reprints.

use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};
use storyline_model::{Article, ArticleId, Disagreement, DisputedValue, Timeline, TimelineEntry, TimelineSource};

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
                .map(|c| c.speaker.iter().cloned().chain(c.via.iter().cloned()).collect())
                .unwrap_or_default();
            by_date.entry(t.value.clone()).or_default().push(Candidate {
                granularity,
                sentence: sentence_at(t.start),
                report: i,
                via,
                article,
            });
        }
        if let Some(day) = article.published.map(|p| p.date.format("%Y-%m-%d").to_string())
            && seen.insert(day.clone())
            && let Some(&(s, e)) = sentences.iter().find(|(s, e)| e - s > 20)
        {
            by_date.entry(day).or_default().push(Candidate {
                granularity: "day",
                sentence: text[s..e].iter().collect::<String>().trim().to_string(),
                report: i,
                via: Vec::new(),
                article,
            });
        }
    }
    let entries = by_date
        .into_iter()
        .flat_map(|(date, candidates)| {
            let weight = date_weight(&date, &candidates);
            happenings(candidates).into_iter().map(move |c| (date.clone(), weight, c))
        })
        .map(|(date, weight, mut candidates)| {
            // Every report counts towards the entry's mentions; only the first few are read for its
            // statement and sources.
            let mentions = candidates.iter().map(|c| c.report).collect::<HashSet<_>>().len() as u64;
            candidates.truncate(PER_DATE);
            let central = most_central(&candidates);
            let mut sources: Vec<TimelineSource> = Vec::new();
            for c in &candidates {
                if !sources.iter().any(|s| s.article == c.article.id) {
                    sources.push(source(c.article, c.via.clone()));
                }
            }
            let first_reported = candidates.iter().filter_map(|c| c.article.published).map(|p| p.day()).min();
            TimelineEntry {
                granularity: candidates[0].granularity.to_string(),
                date,
                text: candidates[central].sentence.clone(),
                sources,
                first_reported,
                mentions,
                weight,
            }
        })
        .collect();
    Timeline { story: story.to_string(), title: title.to_string(), entries, disagreements: disagreements(&reports) }
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

/// Different numbers for the same counted thing in the same event, from different articles: values
/// within a factor of two of each other are taken to measure the same thing ("about 600 killed",
/// "700 killed"); farther apart, they count different things ("10,000 deployed", "600 killed").
/// A number as given: its value, its text and the article giving it.
type Given<'a> = (f64, String, &'a Article);

fn disagreements(reports: &[&Report]) -> Vec<Disagreement> {
    let mut groups: BTreeMap<(String, String), Vec<Given>> = BTreeMap::new();
    for r in reports {
        for q in &r.article.quantities {
            let (Some(counted), Some(value)) = (q.counted.as_deref(), q.value.or(q.low)) else { continue };
            if q.unit.is_some() || value <= 0.0 {
                continue;
            }
            groups.entry((r.event.to_string(), counted.to_lowercase())).or_default().push((
                value,
                q.text.clone(),
                r.article,
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
            if distinct.len() >= 2 && articles.len() >= 2 {
                let mut disputed: Vec<DisputedValue> = Vec::new();
                for (value, text, article) in run.iter() {
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
    }
}
