//! Queries for browsing a store (the web app's pages): search filters and facets, the entity
//! index, coverage per outlet and day, stories active in a period.

use crate::query::{SearchQuery, to_fts5};
use crate::{Error, Result, Store};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, ToSql};
use storyline_model::{Coverage, CoverageRow, EntityKind, EntityReport, Facets, NameCount, StoryCount};

/// The entity index (schema v3): one row per article and canonical entity name, kept in step
/// with `articles` by triggers, so no code path can forget it.
pub(crate) const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS mentions (
        article TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, kind TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (article, name)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS mentions_name ON mentions(name);
    CREATE TRIGGER IF NOT EXISTS mentions_ai AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO mentions (article, name, kind, n)
        SELECT new.id, json_extract(e.value, '$.name') AS name, json_extract(e.value, '$.kind'), count(*)
        FROM json_each(new.doc, '$.entities') e GROUP BY name COLLATE NOCASE;
    END;
    CREATE TRIGGER IF NOT EXISTS mentions_au AFTER UPDATE OF doc ON articles BEGIN
        DELETE FROM mentions WHERE article = old.id;
        INSERT OR IGNORE INTO mentions (article, name, kind, n)
        SELECT new.id, json_extract(e.value, '$.name') AS name, json_extract(e.value, '$.kind'), count(*)
        FROM json_each(new.doc, '$.entities') e GROUP BY name COLLATE NOCASE;
    END;
    CREATE TRIGGER IF NOT EXISTS mentions_ad AFTER DELETE ON articles BEGIN
        DELETE FROM mentions WHERE article = old.id;
    END;
";

/// Fills the entity index from stored documents (the v2 → v3 upgrade).
pub(crate) const FILL: &str = "
    INSERT OR IGNORE INTO mentions (article, name, kind, n)
    SELECT a.id, json_extract(e.value, '$.name') AS name, json_extract(e.value, '$.kind'), count(*)
    FROM articles a, json_each(a.doc, '$.entities') e GROUP BY a.id, name COLLATE NOCASE;
";

/// The `FROM ... WHERE ...` part shared by search, facets and exports.
pub(crate) struct Filter {
    /// SQL naming the matching articles as `a` (and `articles_fts` when `fts`).
    pub from: String,
    /// Its parameters, `?1` first.
    pub args: Vec<Box<dyn ToSql>>,
    /// Whether the query has words (else every article passing the filters matches).
    pub fts: bool,
}

impl Filter {
    pub(crate) fn of(query: &SearchQuery) -> Result<Filter> {
        let fts = !query.text.trim().is_empty();
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        let mut from = if fts {
            args.push(Box::new(to_fts5(&query.text)?));
            String::from(
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?1",
            )
        } else {
            String::from("FROM articles a WHERE 1")
        };
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
        Ok(Filter { from, args, fts })
    }
}

/// FTS5 complaints are the user's query, not a broken store.
pub(crate) fn query_error(err: rusqlite::Error) -> Error {
    match err {
        rusqlite::Error::SqliteFailure(_, Some(msg)) if msg.contains("fts5") => Error::InvalidQuery(msg),
        other => Error::Sqlite(other),
    }
}

/// Facet lists are cut to this many names.
const FACET_LIMIT: usize = 12;

impl Store {
    /// Counts over every article matching `query` (its limit and offset are ignored).
    pub fn facets(&self, query: &SearchQuery) -> Result<Facets> {
        let filter = Filter::of(query)?;
        let hits = format!("WITH hits AS (SELECT a.id, a.outlet, a.day {})", filter.from);
        let args = rusqlite::params_from_iter(filter.args.iter());
        let total: u64 = self
            .conn
            .query_row(&format!("{hits} SELECT count(*) FROM hits"), args, |r| r.get(0))
            .map_err(query_error)?;
        let names = |sql: &str| -> Result<Vec<NameCount>> {
            let mut stmt = self.conn.prepare(&format!("{hits} {sql}"))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(filter.args.iter()), |r| {
                    Ok(NameCount { name: r.get(0)?, count: r.get(1)? })
                })
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
            rows.map_err(query_error)
        };
        let outlets = names(&format!(
            "SELECT outlet, count(*) AS n FROM hits WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT {FACET_LIMIT}"
        ))?;
        let months =
            names("SELECT substr(day, 1, 7) AS m, count(*) FROM hits WHERE day IS NOT NULL GROUP BY m ORDER BY m")?;
        let entities = names(&format!(
            "SELECT x.name, count(*) AS n FROM hits h JOIN mentions x ON x.article = h.id
             GROUP BY x.name ORDER BY n DESC, x.name LIMIT {FACET_LIMIT}"
        ))?;
        let mut stmt = self.conn.prepare(&format!(
            "{hits} SELECT m.story, s.title, count(*) AS n FROM hits h JOIN members m ON m.article = h.id
             JOIN stories s ON s.id = m.story GROUP BY m.story ORDER BY n DESC, m.story LIMIT {FACET_LIMIT}"
        ))?;
        let stories = stmt
            .query_map(rusqlite::params_from_iter(filter.args.iter()), |r| {
                Ok(StoryCount { id: r.get(0)?, title: r.get(1)?, count: r.get(2)? })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(query_error)?;
        Ok(Facets { total, outlets, months, stories, entities })
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
        let kind: EntityKind = serde_json::from_value(serde_json::Value::String(kind)).unwrap_or(EntityKind::Other);
        let names = |sql: &str| -> Result<Vec<NameCount>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([&name], |r| Ok(NameCount { name: r.get(0)?, count: r.get(1)? }))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let months = names(
            "SELECT substr(a.day, 1, 7) AS m, count(*) FROM mentions x JOIN articles a ON a.id = x.article
             WHERE x.name = ?1 AND a.day IS NOT NULL GROUP BY m ORDER BY m",
        )?;
        let cooccurring = names(
            "SELECT y.name, count(*) AS n FROM mentions x JOIN mentions y ON y.article = x.article AND y.name <> x.name
             WHERE x.name = ?1 GROUP BY y.name ORDER BY n DESC, y.name LIMIT 20",
        )?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.story, s.title, count(*) AS n FROM mentions x JOIN members m ON m.article = x.article
             JOIN stories s ON s.id = m.story WHERE x.name = ?1 GROUP BY m.story ORDER BY n DESC, m.story LIMIT 20",
        )?;
        let stories = stmt
            .query_map([&name], |r| Ok(StoryCount { id: r.get(0)?, title: r.get(1)?, count: r.get(2)? }))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut report =
            EntityReport { name, kind, articles, months, stories, cooccurring, country: None, lat: None, lon: None };
        if kind == EntityKind::Place {
            let place: Option<(Option<String>, Option<f64>, Option<f64>)> = self
                .conn
                .query_row(
                    "SELECT json_extract(e.value, '$.country'), json_extract(e.value, '$.lat'), json_extract(e.value, '$.lon')
                     FROM mentions x JOIN articles a ON a.id = x.article, json_each(a.doc, '$.entities') e
                     WHERE x.name = ?1 AND json_extract(e.value, '$.name') = ?1 COLLATE NOCASE
                       AND json_extract(e.value, '$.lat') IS NOT NULL
                     ORDER BY a.day DESC LIMIT 1",
                    [&report.name],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            if let Some((country, lat, lon)) = place {
                (report.country, report.lat, report.lon) = (country, lat, lon);
            }
        }
        Ok(Some(report))
    }

    /// Articles per outlet per day between `from` and `to` (inclusive, `YYYY-MM-DD`), for the
    /// `outlets` largest outlets. Missing bounds default to the last `days` days with articles.
    pub fn coverage(&self, from: Option<&str>, to: Option<&str>, days: usize, outlets: usize) -> Result<Coverage> {
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let last: Option<String> = self.conn.query_row("SELECT max(day) FROM articles", [], |r| r.get(0))?;
        let to_day = to.and_then(parse).or_else(|| last.as_deref().and_then(parse));
        let Some(to_day) = to_day else {
            return Ok(Coverage { from: None, to: None, days: Vec::new(), outlets: Vec::new() });
        };
        let span = days.clamp(1, 3660) as i64;
        let from_day = from.and_then(parse).unwrap_or(to_day - chrono::Duration::days(span - 1));
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

    /// Ids of the stories with the most distinct reports published between `from` and `to`
    /// (inclusive prefixes of `YYYY-MM-DD`; either may be open), most first.
    pub fn active_stories(&self, from: Option<&str>, to: Option<&str>, limit: usize) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.story, count(*) AS n FROM members m JOIN articles a ON a.id = m.article
             WHERE m.duplicate_of IS NULL
               AND (?1 IS NULL OR substr(a.day, 1, length(?1)) >= ?1)
               AND (?2 IS NULL OR substr(a.day, 1, length(?2)) <= ?2)
             GROUP BY m.story ORDER BY n DESC, m.story LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(rusqlite::params![from, to, limit.min(i64::MAX as usize) as i64], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
