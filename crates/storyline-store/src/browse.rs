//! Queries for browsing a store (the web app's pages): search filters and facets, the entity
//! index, coverage per outlet and day, stories active in a period.

use crate::query::SearchQuery;
use crate::{Error, Result, Store};
use chrono::NaiveDate;
use foldhash::HashMap;
use rusqlite::{OptionalExtension, ToSql};
use storyline_model::{
    Coverage, CoverageRow, EntityKind, EntityReport, Facets, NameCount, StoryCount, StorySummary, Timeline,
};

/// Schema v3, on top of v2 (run once, when a store is created or upgraded): the entity index,
/// saved timelines, and each member's day and outlet (copied from its article, so that story lists
/// and activity never read the articles table).
///
/// The entity index: one row per canonical entity name and article, written with the
/// article in `put_batch` (the one write path). Keyed by name first (what every query asks); a
/// replaced article's rows are found through the names its stored document lists, so one B-tree
/// is enough.
pub(crate) const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS mentions (
        name TEXT NOT NULL COLLATE NOCASE, article TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (name, article)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS timelines (story TEXT PRIMARY KEY, stamp TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS articles_lang ON articles(lang);
    CREATE INDEX IF NOT EXISTS articles_day_id ON articles(day, id);
    ALTER TABLE members ADD COLUMN day TEXT;
    ALTER TABLE members ADD COLUMN outlet TEXT;
    UPDATE members SET day = (SELECT day FROM articles WHERE id = members.article),
                       outlet = (SELECT outlet FROM articles WHERE id = members.article);
    CREATE INDEX IF NOT EXISTS members_story_day ON members(story, day, duplicate_of, outlet);
";

/// Forgets an article's index rows, through the names its stored document lists.
pub(crate) const FORGET: &str = "
    DELETE FROM mentions WHERE article = ?1 AND name IN (
        SELECT json_extract(value, '$.name') FROM json_each((SELECT doc FROM articles WHERE id = ?1), '$.entities'))";

/// Adds one row of the index.
pub(crate) const REMEMBER: &str = "INSERT OR IGNORE INTO mentions (name, article, kind, n) VALUES (?1, ?2, ?3, ?4)";

/// An article's rows of the index: each canonical name once (without case), with its kind and
/// number of mentions.
pub(crate) fn mentions(article: &storyline_model::Article) -> Vec<(&str, &'static str, u64)> {
    let mut out: Vec<(&str, &'static str, u64)> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for e in &article.entities {
        let key = e.name.to_lowercase();
        match keys.iter().position(|k| *k == key) {
            Some(i) => out[i].2 += 1,
            None => {
                keys.push(key);
                out.push((&e.name, e.kind.as_str(), 1));
            }
        }
    }
    out
}

/// Fills the entity index from stored documents (the v2 → v3 upgrade).
pub(crate) const FILL: &str = "
    INSERT OR IGNORE INTO mentions (name, article, kind, n)
    SELECT json_extract(e.value, '$.name') AS name, a.id, json_extract(e.value, '$.kind'), count(*)
    FROM articles a, json_each(a.doc, '$.entities') e GROUP BY a.id, name COLLATE NOCASE;
";

/// A story's members counted for its summary.
#[derive(Default)]
struct Tally {
    reports: u64,
    articles: u64,
    outlets: HashMap<String, u64>,
    days: std::collections::BTreeMap<String, u64>,
}

/// A geocoded place as the store's articles give it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// The country it lies in.
    pub country: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// The `FROM ... WHERE ...` of a query without words (browsing latest first).
pub(crate) struct Filter {
    /// SQL naming the matching articles as `a`.
    pub from: String,
    /// Its parameters, `?1` first.
    pub args: Vec<Box<dyn ToSql>>,
}

impl Filter {
    pub(crate) fn of(query: &SearchQuery) -> Filter {
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        let mut from = String::from("FROM articles a WHERE 1");
        if let Some(from_day) = &query.from {
            args.push(Box::new(from_day.clone()));
            from.push_str(&format!(" AND substr(a.day, 1, {}) >= ?{}", from_day.len(), args.len()));
        }
        if let Some(to) = &query.to {
            args.push(Box::new(to.clone()));
            from.push_str(&format!(" AND substr(a.day, 1, {}) <= ?{}", to.len(), args.len()));
        }
        if let Some(outlet) = &query.outlet {
            args.push(Box::new(outlet.clone()));
            from.push_str(&format!(" AND a.outlet = ?{} COLLATE NOCASE", args.len()));
        }
        if let Some(entity) = &query.entity {
            args.push(Box::new(entity.clone()));
            from.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM mentions x WHERE x.article = a.id AND x.name = ?{})",
                args.len()
            ));
        }
        if let Some(story) = &query.story {
            args.push(Box::new(story.clone()));
            from.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM members s WHERE s.article = a.id AND s.story = ?{})",
                args.len()
            ));
        }
        Filter { from, args }
    }
}

/// Counts the names of members' name lists (JSON arrays), without case (the first spelling met is
/// shown), leaving out `except`.
fn count_names(lists: impl Iterator<Item = String>, except: Option<&str>) -> Vec<(String, u64)> {
    // Keyed by the lower-cased name: (spelling shown, count). One key buffer, so that only a
    // name met for the first time allocates.
    let mut counts: HashMap<String, (String, u64)> = HashMap::default();
    let except = except.map(str::to_lowercase);
    let mut key = String::new();
    let mut count = |name: &str| {
        key.clear();
        if name.is_ascii() {
            key.push_str(name);
            key.make_ascii_lowercase();
        } else {
            key.extend(name.chars().flat_map(char::to_lowercase));
        }
        if except.as_deref() == Some(key.as_str()) {
            return;
        }
        match counts.get_mut(key.as_str()) {
            Some((_, n)) => *n += 1,
            None => {
                counts.insert(key.clone(), (name.to_string(), 1));
            }
        }
    };
    for list in lists {
        // Names without escapes are read in place; any other list is decoded.
        match serde_json::from_str::<Vec<&str>>(&list) {
            Ok(names) => names.into_iter().for_each(&mut count),
            Err(_) => serde_json::from_str::<Vec<String>>(&list).unwrap_or_default().iter().for_each(|n| count(n)),
        }
    }
    counts.into_values().collect()
}

/// Facet lists are cut to this many names.
const FACET_LIMIT: usize = 12;

/// Facet lists count this many of the best matches.
pub const FACET_SAMPLE: usize = 500;

/// The `n` largest counts, largest first (ties by name).
fn top(counts: impl IntoIterator<Item = (String, u64)>, n: usize) -> Vec<NameCount> {
    let order = |a: &NameCount, b: &NameCount| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name));
    let mut v: Vec<NameCount> = counts.into_iter().map(|(name, count)| NameCount { name, count }).collect();
    // Only the first n need sorting: select them, then sort those.
    if v.len() > n && n > 0 {
        v.select_nth_unstable_by(n - 1, order);
        v.truncate(n);
    }
    v.sort_by(order);
    v.truncate(n);
    v
}

impl Store {
    /// How many articles match `query` (its limit and offset are ignored): what `facets` gives
    /// as `total`, without the lists.
    pub fn count_matches(&self, query: &SearchQuery) -> Result<u64> {
        if query.text.trim().is_empty() {
            let filter = Filter::of(query);
            let args = rusqlite::params_from_iter(filter.args.iter());
            return Ok(self.conn.query_row(&format!("SELECT count(*) {}", filter.from), args, |r| r.get(0))?);
        }
        let parsed = crate::query::parse(&query.text)?;
        match self.index_query(&parsed, query)? {
            None => Ok(0),
            Some(matches) => self.search.count(&*matches),
        }
    }

    /// Counts for filters over the articles matching `query` (its limit and offset are
    /// ignored): `total` counts every match; the lists count the best [`FACET_SAMPLE`] matches
    /// (all of them when there are fewer), which keeps a page fast on words every article has.
    pub fn facets(&self, query: &SearchQuery) -> Result<Facets> {
        type Row = (Option<String>, Option<String>, Option<String>, Option<String>);
        let row = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Row> { Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)) };
        let total = self.count_matches(query)?;
        let rows: Vec<Row> = if query.text.trim().is_empty() {
            let filter = Filter::of(query);
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT a.outlet, a.day, m.story, m.names FROM (SELECT a.rowid AS r {}
                   ORDER BY a.day DESC, a.id DESC LIMIT {FACET_SAMPLE}) t
                 JOIN articles a ON a.rowid = t.r LEFT JOIN members m ON m.article = a.id",
                filter.from
            ))?;
            stmt.query_map(rusqlite::params_from_iter(filter.args.iter()), row)?.collect::<Result<_, _>>()?
        } else {
            let parsed = crate::query::parse(&query.text)?;
            match self.index_query(&parsed, query)? {
                None => Vec::new(),
                Some(matches) => {
                    let best: Vec<i64> =
                        self.search.top(&*matches, 0, FACET_SAMPLE)?.into_iter().map(|(_, r)| r).collect();
                    let mut stmt = self.conn.prepare_cached(
                        "SELECT a.outlet, a.day, m.story, m.names FROM json_each(?1) t
                         JOIN articles a ON a.rowid = t.value LEFT JOIN members m ON m.article = a.id",
                    )?;
                    let list = serde_json::to_string(&best).unwrap_or_else(|_| "[]".into());
                    stmt.query_map([list], row)?.collect::<Result<_, _>>()?
                }
            }
        };
        // Outlet names compare without case, as the column does; the first spelling met is shown.
        let mut spelling: HashMap<String, String> = HashMap::default();
        let mut outlets: HashMap<String, u64> = HashMap::default();
        let mut months: HashMap<String, u64> = HashMap::default();
        let mut stories: HashMap<String, u64> = HashMap::default();
        for (outlet, day, story, _) in &rows {
            if let Some(o) = outlet {
                let shown = spelling.entry(o.to_lowercase()).or_insert_with(|| o.clone());
                *outlets.entry(shown.clone()).or_default() += 1;
            }
            if let Some(m) = day.as_deref().and_then(|d| d.get(..7)) {
                *months.entry(m.to_string()).or_default() += 1;
            }
            if let Some(s) = story {
                *stories.entry(s.clone()).or_default() += 1;
            }
        }
        let entities = top(count_names(rows.into_iter().filter_map(|(.., names)| names), None), FACET_LIMIT);
        let mut title = self.conn.prepare_cached("SELECT title FROM stories WHERE id = ?1")?;
        let stories = top(stories, FACET_LIMIT)
            .into_iter()
            .map(|nc| {
                let title: String = title.query_row([&nc.name], |r| r.get(0)).optional()?.unwrap_or_default();
                Ok(StoryCount { id: nc.name, title, count: nc.count })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut months: Vec<NameCount> = months.into_iter().map(|(name, count)| NameCount { name, count }).collect();
        months.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Facets {
            total,
            sampled: total.min(FACET_SAMPLE as u64),
            outlets: top(outlets, FACET_LIMIT),
            months,
            stories,
            entities,
        })
    }

    /// One entity across the store, by canonical name (case-insensitive); `None` if no article
    /// names it.
    pub fn entity(&self, name: &str) -> Result<Option<EntityReport>> {
        let head: Option<(String, String, u64)> = self
            .conn
            .query_row(
                "SELECT name, kind, (SELECT count(*) FROM mentions WHERE name = ?1) FROM mentions WHERE name = ?1
                 GROUP BY name, kind ORDER BY count(*) DESC, kind LIMIT 1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((name, kind, articles)) = head else { return Ok(None) };
        let kind = EntityKind::parse(&kind).unwrap_or(EntityKind::Other);
        let names = |sql: &str| -> Result<Vec<NameCount>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([&name], |r| Ok(NameCount { name: r.get(0)?, count: r.get(1)? }))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let months = names(
            "SELECT substr(a.day, 1, 7) AS m, count(*) FROM mentions x JOIN articles a ON a.id = x.article
             WHERE x.name = ?1 AND a.day IS NOT NULL GROUP BY m ORDER BY m",
        )?;
        let cooccurring = top(
            self.names_of(
                "SELECT m.names FROM mentions x JOIN members m ON m.article = x.article WHERE x.name = ?1",
                &name,
                Some(&name),
            )?,
            20,
        );
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.story, s.title, count(*) AS n FROM mentions x JOIN members m ON m.article = x.article
             JOIN stories s ON s.id = m.story WHERE x.name = ?1 GROUP BY m.story ORDER BY n DESC, m.story LIMIT 20",
        )?;
        let stories = stmt
            .query_map([&name], |r| Ok(StoryCount { id: r.get(0)?, title: r.get(1)?, count: r.get(2)? }))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut report =
            EntityReport { name, kind, articles, months, stories, cooccurring, country: None, lat: None, lon: None };
        if kind == EntityKind::Place
            && let Some(place) = self.place(&report.name)?
        {
            (report.country, report.lat, report.lon) = (place.country, Some(place.lat), Some(place.lon));
        }
        Ok(Some(report))
    }

    /// How many rows of `sql` (one parameter, one column: a member's `names` as JSON) name each
    /// person, organisation or place, names compared without case; `except` is left out.
    fn names_of(&self, sql: &str, param: &str, except: Option<&str>) -> Result<Vec<(String, u64)>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let lists = stmt.query_map([param], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
        Ok(count_names(lists.into_iter(), except))
    }

    /// A geocoded place by canonical name: its name, country and coordinates as an article that
    /// names it gives them (they come from the gazetteer, so any such article will do).
    pub fn place(&self, name: &str) -> Result<Option<Place>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT json_extract(e.value, '$.name'), json_extract(e.value, '$.country'),
                    json_extract(e.value, '$.lat'), json_extract(e.value, '$.lon')
             FROM (SELECT article FROM mentions WHERE name = ?1 AND kind = 'place' LIMIT 3) x
             JOIN articles a ON a.id = x.article, json_each(a.doc, '$.entities') e
             WHERE json_extract(e.value, '$.name') = ?1 COLLATE NOCASE AND json_extract(e.value, '$.lat') IS NOT NULL
             LIMIT 1",
        )?;
        let place =
            |r: &rusqlite::Row| Ok(Place { name: r.get(0)?, country: r.get(1)?, lat: r.get(2)?, lon: r.get(3)? });
        Ok(stmt.query_row([name], place).optional()?)
    }

    /// What a story's stored timeline must match to be current: its member count and latest
    /// member; `None` when there is no such story.
    pub fn story_stamp(&self, story: &str) -> Result<Option<String>> {
        let (n, last): (u64, Option<i64>) =
            self.conn.query_row("SELECT count(*), max(seq) FROM members WHERE story = ?1", [story], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        // The leading version changes when timelines gain a field or their entries change (t3: date
        // disagreements, months folded into their days): saved ones are then stale.
        Ok(last.map(|last| format!("t3:{n}:{last}")))
    }

    /// The timeline saved for a story, with the stamp it was computed at.
    pub fn saved_timeline(&self, story: &str) -> Result<Option<(String, Timeline)>> {
        let row: Option<(String, String)> = self
            .conn
            .query_row("SELECT stamp, doc FROM timelines WHERE story = ?1", [story], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(stamp, doc)| {
            serde_json::from_str(&doc)
                .map(|t| (stamp, t))
                .map_err(|source| Error::Corrupt { id: story.to_string(), source })
        })
        .transpose()
    }

    /// Saves timelines with their stamps, in one transaction.
    pub fn save_timelines(&mut self, timelines: &[(String, Timeline)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut put =
                tx.prepare_cached("INSERT OR REPLACE INTO timelines (story, stamp, doc) VALUES (?1, ?2, ?3)")?;
            for (stamp, t) in timelines {
                let doc = serde_json::to_string(t).map_err(|source| Error::Corrupt { id: t.story.clone(), source })?;
                put.execute(rusqlite::params![t.story, stamp, doc])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Articles per outlet per day between `from` and `to` (inclusive, `YYYY-MM-DD`), for the
    /// `outlets` largest outlets. Missing bounds default to the last `days` days up to the latest
    /// article, starting no earlier than the first.
    pub fn coverage(&self, from: Option<&str>, to: Option<&str>, days: usize, outlets: usize) -> Result<Coverage> {
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let (first, last): (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT (SELECT min(day) FROM articles WHERE day IS NOT NULL), (SELECT max(day) FROM articles)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let to_day = to.and_then(parse).or_else(|| last.as_deref().and_then(parse));
        let Some(to_day) = to_day else {
            return Ok(Coverage { from: None, to: None, days: Vec::new(), outlets: Vec::new() });
        };
        let span = days.clamp(1, 3660) as i64;
        let earliest = first.as_deref().and_then(parse).unwrap_or(to_day);
        let from_day = from.and_then(parse).unwrap_or((to_day - chrono::Duration::days(span - 1)).max(earliest));
        let from_day = from_day.max(to_day - chrono::Duration::days(3659)).min(to_day);
        let day_list: Vec<String> =
            from_day.iter_days().take_while(|d| *d <= to_day).map(|d| d.format("%Y-%m-%d").to_string()).collect();
        let (lo, hi) = (day_list[0].clone(), day_list[day_list.len() - 1].clone());
        let mut stmt = self.conn.prepare_cached(
            "SELECT outlet, count(*) AS n FROM articles WHERE day BETWEEN ?1 AND ?2 AND outlet IS NOT NULL
             GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?3",
        )?;
        let top = stmt
            .query_map(rusqlite::params![lo, hi, outlets as i64], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let index: std::collections::HashMap<&str, usize> =
            day_list.iter().enumerate().map(|(i, d)| (d.as_str(), i)).collect();
        let mut rows = Vec::new();
        let mut per_day = self.conn.prepare_cached(
            "SELECT day, count(*) FROM articles WHERE outlet = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY day",
        )?;
        for (outlet, total) in top {
            let mut counts = vec![0; day_list.len()];
            for row in per_day
                .query_map(rusqlite::params![outlet, lo, hi], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?)))?
            {
                let (day, n) = row?;
                if let Some(&i) = index.get(day.as_str()) {
                    counts[i] = n;
                }
            }
            rows.push(CoverageRow { outlet, total, counts });
        }
        Ok(Coverage { from: Some(lo), to: Some(hi), days: day_list, outlets: rows })
    }

    /// Summaries of the stories `ids`, in that order (unknown ids are left out).
    pub fn story_summaries(&self, ids: &[String]) -> Result<Vec<StorySummary>> {
        let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(
            "SELECT story, outlet, day, duplicate_of IS NULL FROM members
             WHERE story IN (SELECT value FROM json_each(?1))",
        )?;
        let mut by_story: HashMap<String, Tally> = HashMap::default();
        for row in stmt.query_map([&list], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, bool>(3)?,
            ))
        })? {
            let (story, outlet, day, original) = row?;
            let tally = by_story.entry(story).or_default();
            tally.reports += u64::from(original);
            tally.articles += 1;
            if let Some(o) = outlet {
                *tally.outlets.entry(o).or_default() += 1;
            }
            if let Some(d) = day {
                *tally.days.entry(d).or_default() += 1;
            }
        }
        let mut head = self.conn.prepare_cached("SELECT title, first, last FROM stories WHERE id = ?1")?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let Some((title, first, last)) =
                head.query_row([id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))).optional()?
            else {
                continue;
            };
            let Tally { reports, articles, outlets, days } = by_story.remove(id).unwrap_or_default();
            let outlets = top(outlets, 5).into_iter().map(|nc| nc.name).collect();
            let days = days.into_iter().map(|(name, count)| NameCount { name, count }).collect();
            out.push(StorySummary { id: id.clone(), title, reports, articles, outlets, first, last, days });
        }
        Ok(out)
    }

    /// Ids of the stories with the most distinct reports published between `from` and `to`
    /// (inclusive prefixes of `YYYY-MM-DD`; either may be open), most first.
    pub fn active_stories(&self, from: Option<&str>, to: Option<&str>, limit: usize) -> Result<Vec<String>> {
        if from.is_none() && to.is_none() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT story, count(*) AS n FROM members WHERE duplicate_of IS NULL
                 GROUP BY story ORDER BY n DESC, story LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit.min(i64::MAX as usize) as i64], |r| r.get::<_, String>(0))?;
            return Ok(rows.collect::<Result<_, _>>()?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT story, count(*) AS n FROM members
             WHERE duplicate_of IS NULL
               AND (?1 IS NULL OR substr(day, 1, length(?1)) >= ?1)
               AND (?2 IS NULL OR substr(day, 1, length(?2)) <= ?2)
             GROUP BY story ORDER BY n DESC, story LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(rusqlite::params![from, to, limit.min(i64::MAX as usize) as i64], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
