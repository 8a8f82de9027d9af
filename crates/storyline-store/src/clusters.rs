//! Events, stories and what clustering remembers between runs: the tables behind
//! `storyline-cluster`'s [`State`], and the queries behind `events`, `stories` and `timeline`.

use crate::{Error, Result, Store};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use std::collections::{BTreeMap, HashMap};
use storyline_cluster::sketch::Sketch;
use storyline_cluster::{Assignment, Cluster, Member, State};
use storyline_model::{Article, ArticleId, ArticleRef, Event, NameCount, Published, Story};

/// The cluster tables (schema v2).
pub(crate) const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS cluster_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS cluster_df (feature INTEGER PRIMARY KEY, n INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS stories (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, title_score REAL NOT NULL,
        first TEXT, last TEXT, n INTEGER NOT NULL, centroid BLOB NOT NULL
    );
    CREATE TABLE IF NOT EXISTS events (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, story TEXT NOT NULL, title TEXT NOT NULL,
        title_score REAL NOT NULL, first TEXT, last TEXT, n INTEGER NOT NULL, centroid BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS events_story ON events(story);
    CREATE TABLE IF NOT EXISTS members (
        seq INTEGER PRIMARY KEY, article TEXT NOT NULL UNIQUE, event TEXT NOT NULL, story TEXT NOT NULL,
        duplicate_of TEXT, similarity REAL NOT NULL, n_shingles INTEGER NOT NULL, minhash BLOB NOT NULL,
        names TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS members_event ON members(event);
    CREATE INDEX IF NOT EXISTS members_story ON members(story);
";

fn vector_blob(v: &[(u64, f32)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.len() * 12);
    for (f, w) in v {
        out.extend_from_slice(&f.to_le_bytes());
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

fn blob_vector(b: &[u8]) -> Vec<(u64, f32)> {
    b.chunks_exact(12)
        .map(|c| {
            let f = u64::from_le_bytes(c[..8].try_into().unwrap_or_default());
            let w = f32::from_le_bytes(c[8..].try_into().unwrap_or_default());
            (f, w)
        })
        .collect()
}

fn day(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

fn day_text(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

impl Store {
    /// Loads what clustering remembers.
    pub fn cluster_state(&self) -> Result<State> {
        let n_docs: u64 = self
            .conn
            .query_row("SELECT value FROM cluster_meta WHERE key = 'n_docs'", [], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        let mut df = HashMap::default();
        let mut stmt = self.conn.prepare("SELECT feature, n FROM cluster_df")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, u32>(1)?)))? {
            let (f, n) = row?;
            df.insert(f, n);
        }
        let load = |sql: &str, with_story: bool| -> Result<Vec<(Cluster, String)>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| {
                let story: String = if with_story { r.get(8)? } else { String::new() };
                Ok((
                    Cluster {
                        id: r.get(0)?,
                        story: 0,
                        title: r.get(1)?,
                        title_score: r.get(2)?,
                        first: day(r.get(3)?),
                        last: day(r.get(4)?),
                        n: r.get(5)?,
                        centroid: blob_vector(&r.get::<_, Vec<u8>>(6)?),
                        dirty: false,
                    },
                    story,
                ))
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let stories: Vec<Cluster> =
            load("SELECT id, title, title_score, first, last, n, centroid, seq FROM stories ORDER BY seq", false)?
                .into_iter()
                .map(|(c, _)| c)
                .collect();
        let story_index: HashMap<&str, usize> = stories.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let mut events = Vec::new();
        for (mut event, story) in
            load("SELECT id, title, title_score, first, last, n, centroid, seq, story FROM events ORDER BY seq", true)?
        {
            event.story = *story_index.get(story.as_str()).ok_or_else(|| Error::BrokenClusters(story.clone()))?;
            events.push(event);
        }
        let event_index: HashMap<&str, usize> = events.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
        let mut stmt =
            self.conn.prepare("SELECT article, event, duplicate_of, n_shingles, minhash FROM members ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, Vec<u8>>(4)?,
            ))
        })?;
        let mut members = Vec::new();
        for row in rows {
            let (article, event, duplicate_of, n_shingles, minhash) = row?;
            let minhash =
                minhash.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default())).collect();
            members.push(Member {
                article: ArticleId(article),
                sketch: Sketch { n_shingles, minhash },
                event: *event_index.get(event.as_str()).ok_or_else(|| Error::BrokenClusters(event.clone()))?,
                duplicate_of: duplicate_of.map(ArticleId),
            });
        }
        Ok(State::from_parts(n_docs, df, members, events, stories))
    }

    /// Saves what a clustering run changed, in one transaction: `assignments` are the members
    /// it added (the last of `state.members`), `replaced` those it took in a new version of
    /// (see `State::replace`).
    pub fn save_clusters(
        &mut self,
        state: &mut State,
        assignments: &[Assignment],
        replaced: &[Assignment],
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            tx.execute(
                "INSERT INTO cluster_meta (key, value) VALUES ('n_docs', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [state.n_docs as i64],
            )?;
            let mut df = tx.prepare_cached(
                "INSERT INTO cluster_df (feature, n) VALUES (?1, ?2) ON CONFLICT(feature) DO UPDATE SET n = excluded.n",
            )?;
            let mut dirty: Vec<u64> = state.df_dirty.drain().collect();
            dirty.sort_unstable();
            for f in dirty {
                df.execute(params![f as i64, state.df.get(&f).copied().unwrap_or(0)])?;
            }
            let mut story = tx.prepare_cached(
                "INSERT OR REPLACE INTO stories (seq, id, title, title_score, first, last, n, centroid)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for (seq, s) in state.stories.iter_mut().enumerate().filter(|(_, s)| s.dirty) {
                story.execute(params![
                    seq as i64,
                    s.id,
                    s.title,
                    s.title_score,
                    day_text(s.first),
                    day_text(s.last),
                    s.n,
                    vector_blob(&s.centroid)
                ])?;
                s.dirty = false;
            }
            let mut event = tx.prepare_cached(
                "INSERT OR REPLACE INTO events (seq, id, story, title, title_score, first, last, n, centroid)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let story_ids: Vec<String> = state.stories.iter().map(|s| s.id.clone()).collect();
            for (seq, e) in state.events.iter_mut().enumerate().filter(|(_, e)| e.dirty) {
                event.execute(params![
                    seq as i64,
                    e.id,
                    story_ids[e.story],
                    e.title,
                    e.title_score,
                    day_text(e.first),
                    day_text(e.last),
                    e.n,
                    vector_blob(&e.centroid)
                ])?;
                e.dirty = false;
            }
            // New members are appended (the state's members end with them); a replaced one keeps
            // its row and place.
            let mut member = tx.prepare_cached(
                "INSERT INTO members (seq, article, event, story, duplicate_of, similarity, n_shingles, minhash, names, day, outlet)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                         (SELECT day FROM articles WHERE id = ?2), (SELECT outlet FROM articles WHERE id = ?2))
                 ON CONFLICT(article) DO UPDATE SET duplicate_of = excluded.duplicate_of, similarity = excluded.similarity,
                     n_shingles = excluded.n_shingles, minhash = excluded.minhash, names = excluded.names",
            )?;
            let first_new = state.members.len() - assignments.len();
            let new = assignments
                .iter()
                .zip(&state.members[first_new..])
                .enumerate()
                .map(|(k, (a, m))| (first_new + k, a, m));
            let replaced = replaced.iter().filter_map(|a| state.member(&a.article).map(|(seq, m)| (seq, a, m)));
            for (seq, a, m) in new.chain(replaced) {
                let minhash: Vec<u8> = m.sketch.minhash.iter().flat_map(|h| h.to_le_bytes()).collect();
                let names = serde_json::to_string(&a.names).unwrap_or_else(|_| "[]".into());
                member.execute(params![
                    seq as i64,
                    a.article.0,
                    a.event,
                    a.story,
                    a.duplicate_of.as_ref().map(|d| d.0.clone()),
                    a.similarity,
                    m.sketch.n_shingles,
                    minhash,
                    names
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Forgets every event and story (before a full re-clustering), in one transaction.
    pub fn clear_clusters(&mut self) -> Result<()> {
        self.conn.execute_batch(
            "BEGIN; DELETE FROM members; DELETE FROM events; DELETE FROM stories; DELETE FROM cluster_df;
             DELETE FROM cluster_meta; DELETE FROM timelines; COMMIT;",
        )?;
        Ok(())
    }

    /// Events, the latest first (by last day, then id); `story` keeps one story's.
    pub fn events(&self, story: Option<&str>) -> Result<Vec<Event>> {
        let members = self.members(story.map(|s| ("story", s)))?;
        let mut stmt = match story {
            Some(_) => self.conn.prepare_cached(
                "SELECT id, story, title, first, last FROM events WHERE story = ?1 ORDER BY last DESC, id",
            )?,
            None => self.conn.prepare_cached(
                "SELECT id, story, title, first, last FROM events WHERE ?1 IS NULL ORDER BY last DESC, id",
            )?,
        };
        let rows = stmt.query_map([story], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get(4)?))
        })?;
        let mut by_event: HashMap<String, Vec<&MemberRow>> = HashMap::new();
        for m in &members {
            by_event.entry(m.event.clone()).or_default().push(m);
        }
        let mut out = Vec::new();
        for row in rows {
            let (id, story, title, first, last) = row?;
            let ms = by_event.remove(&id).unwrap_or_default();
            let (articles, reports, outlets, entities) = summarize(&ms);
            out.push(Event { id, story, title, articles, reports, outlets, first, last, entities });
        }
        Ok(out)
    }

    /// Stories, the largest first (by distinct reports, then id).
    pub fn stories(&self) -> Result<Vec<Story>> {
        self.stories_where(None)
    }

    /// One story.
    pub fn story(&self, id: &str) -> Result<Option<Story>> {
        Ok(self.stories_where(Some(id))?.into_iter().next())
    }

    fn stories_where(&self, only: Option<&str>) -> Result<Vec<Story>> {
        let members = self.members(only.map(|s| ("story", s)))?;
        let mut events_of: HashMap<String, Vec<(Option<String>, String)>> = HashMap::new();
        // Two statements, not `?1 IS NULL OR ...`, so that one story's lookup uses the index.
        let mut stmt = match only {
            Some(_) => self.conn.prepare_cached("SELECT story, id, first FROM events WHERE story = ?1")?,
            None => self.conn.prepare_cached("SELECT story, id, first FROM events WHERE ?1 IS NULL")?,
        };
        for row in stmt.query_map([only], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)))? {
            let (story, id, first) = row?;
            events_of.entry(story).or_default().push((first, id));
        }
        let mut by_story: HashMap<String, Vec<&MemberRow>> = HashMap::new();
        for m in &members {
            by_story.entry(m.story.clone()).or_default().push(m);
        }
        let mut stmt = match only {
            Some(_) => self.conn.prepare_cached("SELECT id, title, first, last FROM stories WHERE id = ?1")?,
            None => {
                self.conn.prepare_cached("SELECT id, title, first, last FROM stories WHERE ?1 IS NULL ORDER BY seq")?
            }
        };
        let rows =
            stmt.query_map([only], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, title, first, last) = row?;
            let ms = by_story.remove(&id).unwrap_or_default();
            let (articles, reports, outlets, entities) = summarize(&ms);
            let mut events = events_of.remove(&id).unwrap_or_default();
            events.sort();
            let events = events.into_iter().map(|(_, e)| e).collect();
            out.push(Story { id, title, events, articles, reports, outlets, first, last, entities });
        }
        out.sort_by(|a, b| b.reports.cmp(&a.reports).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// A story's articles with their event and original, for its timeline.
    pub fn story_reports(&self, story: &str) -> Result<Vec<(Article, String, Option<ArticleId>)>> {
        self.story_report_docs(story)?.into_iter().map(StoredReport::parse).collect()
    }

    /// Like [`Store::story_reports`], with the articles still as stored (JSON), so that callers
    /// can decode many stories' articles in parallel.
    pub fn story_report_docs(&self, story: &str) -> Result<Vec<StoredReport>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.doc, m.event, m.duplicate_of FROM members m JOIN articles a ON a.id = m.article
             WHERE m.story = ?1 ORDER BY m.seq",
        )?;
        let rows = stmt.query_map([story], |r| {
            Ok(StoredReport { id: r.get(0)?, doc: r.get(1)?, event: r.get(2)?, duplicate_of: r.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stored articles that are in no event yet (new ones, or all of them after a schema upgrade or
    /// `clear_clusters`), in id order.
    pub fn unclustered(&self) -> Result<Vec<ArticleId>> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM articles WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.article = articles.id) ORDER BY id",
        )?;
        let ids = stmt.query_map([], |r| r.get::<_, String>(0).map(ArticleId))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// A story's title.
    pub fn story_title(&self, story: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT title FROM stories WHERE id = ?1", [story], |r| r.get(0)).optional()?)
    }

    /// The story an event belongs to.
    pub fn event_story(&self, event: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT story FROM events WHERE id = ?1", [event], |r| r.get(0)).optional()?)
    }

    /// The story each article belongs to.
    pub fn story_of(&self, article: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT story FROM members WHERE article = ?1", [article], |r| r.get(0)).optional()?)
    }

    /// Number of events and stories.
    pub(crate) fn cluster_counts(&self) -> Result<(u64, u64)> {
        Ok(self.conn.query_row("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM stories)", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?)
    }

    fn members(&self, filter: Option<(&str, &str)>) -> Result<Vec<MemberRow>> {
        let sql = format!(
            "SELECT m.article, m.event, m.story, m.duplicate_of, m.similarity, m.names, a.title, a.outlet, a.published
             FROM members m JOIN articles a ON a.id = m.article {}
             ORDER BY a.day IS NULL, a.day, m.article",
            match filter {
                Some(("story", _)) => "WHERE m.story = ?1",
                _ => "WHERE ?1 IS NULL",
            }
        );
        let value = filter.map(|(_, v)| v);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([value], |r| {
            Ok(MemberRow {
                article: r.get(0)?,
                event: r.get(1)?,
                story: r.get(2)?,
                duplicate_of: r.get(3)?,
                similarity: r.get(4)?,
                names: r.get(5)?,
                title: r.get(6)?,
                outlet: r.get(7)?,
                published: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// A story's article as stored: its JSON, its event and the article it copies.
pub struct StoredReport {
    id: String,
    doc: String,
    event: String,
    duplicate_of: Option<String>,
}

impl StoredReport {
    /// Decodes the article.
    pub fn parse(self) -> Result<(Article, String, Option<ArticleId>)> {
        let article: Article =
            serde_json::from_str(&self.doc).map_err(|source| Error::Corrupt { id: self.id, source })?;
        Ok((article, self.event, self.duplicate_of.map(ArticleId)))
    }
}

struct MemberRow {
    article: String,
    event: String,
    story: String,
    duplicate_of: Option<String>,
    similarity: f32,
    names: String,
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
}

/// Articles (earliest first), distinct reports, outlets and the most mentioned names of a cluster.
fn summarize(members: &[&MemberRow]) -> (Vec<ArticleRef>, u64, Vec<String>, Vec<NameCount>) {
    let articles: Vec<ArticleRef> = members
        .iter()
        .map(|m| ArticleRef {
            id: ArticleId(m.article.clone()),
            title: m.title.clone(),
            outlet: m.outlet.clone(),
            published: m.published.as_deref().and_then(Published::parse),
            duplicate_of: m.duplicate_of.clone().map(ArticleId),
            similarity: m.similarity,
        })
        .collect();
    let reports = members.iter().filter(|m| m.duplicate_of.is_none()).count() as u64;
    let mut outlets: Vec<String> = members.iter().filter_map(|m| m.outlet.clone()).collect();
    outlets.sort();
    outlets.dedup();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for m in members.iter().filter(|m| m.duplicate_of.is_none()) {
        for name in serde_json::from_str::<Vec<String>>(&m.names).unwrap_or_default() {
            *counts.entry(name).or_default() += 1;
        }
    }
    let mut entities: Vec<NameCount> = counts.into_iter().map(|(name, count)| NameCount { name, count }).collect();
    entities.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    entities.truncate(12);
    (articles, reports, outlets, entities)
}
