//! The embedded store: one SQLite database (WAL mode) holding every analysed article, and beside
//! it a tantivy full-text index over title and text, derived from the database. The only crate
//! that knows the disk format.
//!
//! Why SQLite: it is an embedded, crash-safe, transactional store with many readers beside one
//! writer (WAL), and twenty years of durability testing. `rusqlite`'s bundled build needs no
//! system library. Why tantivy for words: see the `index` module. See ARCHITECTURE.md.

mod browse;
mod clusters;
mod index;
mod query;
mod snippet;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::{Path, PathBuf};
use storyline_model::{Article, ArticleId, NameCount, Published, SearchHit, Stats};

pub use browse::Place;
pub use clusters::StoredReport;
pub use index::DIR as SEARCH_DIR;
pub use query::{SearchQuery, parse_date_bound};

/// The schema this build reads and writes. Bump it with a migration in `init`.
pub const SCHEMA_VERSION: u32 = 4;

/// Bytes of the database file that readers map into memory (no copy per page read; the web app's
/// searches read a few pages of many articles). Writers read through the page cache, which keeps
/// an ingest's resident memory to what it uses.
const MMAP_SIZE: i64 = 1 << 30;

/// The database file inside a store directory.
pub const DB_FILE: &str = "storyline.db";

/// Everything that can go wrong in `storyline-store`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store on disk was written with another schema version.
    #[error("store at {path} has schema v{found}, this build reads v{expected}")]
    IncompatibleSchema {
        /// The store's directory.
        path: PathBuf,
        /// Version found on disk.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// There is no store at the path (when opening read-only).
    #[error("no store at {0} (run `storyline ingest` or `storyline demo` first)")]
    NotFound(PathBuf),
    /// The user's query or filter did not parse.
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    /// A stored document that no longer decodes.
    #[error("stored article {id} is unreadable: {source}")]
    Corrupt {
        /// Article id.
        id: String,
        /// Decoder's complaint.
        source: serde_json::Error,
    },
    /// The cluster tables name an event or story that is not there.
    #[error("cluster tables are inconsistent (missing {0}); run `storyline recluster`")]
    BrokenClusters(String),
    /// The full-text index could not be opened, read or written.
    #[error("search index at {path}: {message}")]
    Search {
        /// The index's directory.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The database reported an error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The store's directory could not be created.
    #[error("cannot create store directory {path}: {source}")]
    CreateDir {
        /// Directory.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
}

/// Result with this crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What storing one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new article.
    Stored,
    /// The same id with the same content was already stored: nothing changed.
    Unchanged,
    /// The same id with different content (an updated page): the new version replaced the old.
    Replaced,
    /// The same id with different content, but published before the stored version: an older
    /// copy of an updated page. The stored (newer) version is kept.
    Older,
}

/// An open store.
pub struct Store {
    conn: Connection,
    search: index::SearchIndex,
}

impl Store {
    /// Opens the store in `dir` for reading and writing, creating it if needed.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| Error::CreateDir { path: dir.to_path_buf(), source })?;
        let conn = Connection::open(dir.join(DB_FILE))?;
        Store::init(conn, Some(dir))
    }

    /// Opens an existing store for reading only; fails if there is none.
    pub fn open_read_only(dir: &Path) -> Result<Store> {
        let path = dir.join(DB_FILE);
        if !path.exists() {
            return Err(Error::NotFound(dir.to_path_buf()));
        }
        let conn =
            Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "mmap_size", MMAP_SIZE)?;
        let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        check_version(found, dir)?;
        let search = index::SearchIndex::open_read_only(dir)?;
        Ok(Store { conn, search })
    }

    /// A store in memory, for tests.
    pub fn in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, None)
    }

    fn init(conn: Connection, dir: Option<&Path>) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers never block the writer nor see a half-written batch. FULL sync: a
        // committed batch survives a power cut, not only a killed process.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version == 0 {
            create_schema(&conn)?;
        } else if version < SCHEMA_VERSION {
            // v1 → v2: events, stories and what clustering remembers; v2 → v3: the entity index,
            // filled from the stored documents; v3 → v4: words move from FTS5 to the search index
            // (rebuilt below from the articles, as its payload names no database yet).
            let clusters = if version == 1 { clusters::SCHEMA } else { "" };
            let (mentions, fill) = if version < 3 { (browse::SCHEMA, browse::FILL) } else { ("", "") };
            conn.execute_batch(&format!(
                "BEGIN; {clusters} {mentions} {fill} {drop_fts} {search} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;",
                drop_fts = index::DROP_FTS,
                search = index::SCHEMA,
            ))?;
        }
        let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        check_version(found, dir.unwrap_or(Path::new(":memory:")))?;
        let search = index::SearchIndex::open_for_writing(dir)?;
        search.sync(&conn)?;
        Ok(Store { conn, search })
    }

    /// Stores a batch of articles in one transaction: either all of it is committed or none.
    /// Storing an article whose id is already present with the same content changes nothing.
    pub fn put_batch(&mut self, articles: &[Article]) -> Result<Vec<Outcome>> {
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(articles.len());
        {
            let mut existing = tx.prepare_cached("SELECT hash, published, rowid FROM articles WHERE id = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO articles (id, source, url, outlet, published, day, title, lang, text, hash, doc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            let mut update = tx.prepare_cached(
                "UPDATE articles SET source = ?2, url = ?3, outlet = ?4, published = ?5, day = ?6,
                 title = ?7, lang = ?8, text = ?9, hash = ?10, doc = ?11 WHERE id = ?1",
            )?;
            let mut forget = tx.prepare_cached(browse::FORGET)?;
            let mut remember = tx.prepare_cached(browse::REMEMBER)?;
            let mut relabel = tx.prepare_cached("UPDATE members SET day = ?2, outlet = ?3 WHERE article = ?1")?;
            let mut log = tx.prepare_cached(index::LOG)?;
            for article in articles {
                let doc = serde_json::to_string(article)
                    .map_err(|source| Error::Corrupt { id: article.id.0.clone(), source })?;
                let hash = content_hash(article)?;
                let old: Option<(String, Option<String>, i64)> =
                    existing.query_row([&article.id.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()?;
                let values = params![
                    article.id.0,
                    article.source,
                    article.url,
                    article.outlet,
                    article.published.map(|p| p.to_string()),
                    article.published.map(|p| p.day()),
                    article.title,
                    article.lang,
                    article.text,
                    hash,
                    doc,
                ];
                let outcome = match old {
                    None => {
                        insert.execute(values)?;
                        log.execute([tx.last_insert_rowid()])?;
                        Outcome::Stored
                    }
                    Some((old, ..)) if old == hash => Outcome::Unchanged,
                    Some((_, stored, _)) if is_older(article.published, stored.as_deref()) => Outcome::Older,
                    Some((_, _, rowid)) => {
                        forget.execute([&article.id.0])?;
                        update.execute(values)?;
                        log.execute([rowid])?;
                        relabel.execute(params![article.id.0, article.published.map(|p| p.day()), article.outlet])?;
                        Outcome::Replaced
                    }
                };
                if matches!(outcome, Outcome::Stored | Outcome::Replaced) {
                    for (name, kind, n) in browse::mentions(article) {
                        remember.execute(params![name, article.id.0, kind, n])?;
                    }
                }
                outcomes.push(outcome);
            }
        }
        tx.commit()?;
        // The articles are safe; should indexing fail, the log keeps them for the next sync.
        self.search.sync(&self.conn)?;
        Ok(outcomes)
    }

    /// The article with this id.
    pub fn get(&self, id: &str) -> Result<Option<Article>> {
        let doc: Option<String> =
            self.conn.query_row("SELECT doc FROM articles WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        doc.map(|doc| serde_json::from_str(&doc).map_err(|source| Error::Corrupt { id: id.to_string(), source }))
            .transpose()
    }

    /// Number of articles stored.
    pub fn count(&self) -> Result<u64> {
        Ok(self.conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?)
    }

    /// Ids of every stored article, in id order.
    pub fn ids(&self) -> Result<Vec<ArticleId>> {
        let mut stmt = self.conn.prepare("SELECT id FROM articles ORDER BY id")?;
        let ids = stmt.query_map([], |r| r.get::<_, String>(0).map(ArticleId))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// Full-text search with filters, best matches first. An empty query text lists every
    /// article that passes the filters, latest first.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        if query.text.trim().is_empty() {
            return self.browse(query);
        }
        let parsed = query::parse(&query.text)?;
        let Some(matches) = self.index_query(&parsed, query)? else { return Ok(Vec::new()) };
        let top = self.search.top(&*matches, query.offset, query.limit)?;
        let (n_terms, mut matcher) = index::SearchIndex::matcher(&parsed);
        let mut row = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.outlet, a.published, a.text, (SELECT story FROM members m WHERE m.article = a.id)
             FROM articles a WHERE a.rowid = ?1",
        )?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, rowid) in top {
            let hit = row
                .query_row([rowid], |r| {
                    Ok(SearchHit {
                        id: ArticleId(r.get(0)?),
                        title: r.get(1)?,
                        outlet: r.get(2)?,
                        published: r.get::<_, Option<String>>(3)?.and_then(|p| Published::parse(&p)),
                        snippet: snippet::snippet(r.get_ref(4)?.as_str()?, n_terms, &mut matcher),
                        score: f64::from(score),
                        story: r.get(5)?,
                    })
                })
                .optional()?;
            // A row the index has but the database no longer has cannot be (articles are never
            // deleted); skip it rather than fail.
            hits.extend(hit);
        }
        Ok(hits)
    }

    /// The index query for `parsed` under the query's filters; `None` when the filters leave
    /// no article.
    pub(crate) fn index_query(
        &self,
        parsed: &query::Parsed,
        query: &SearchQuery,
    ) -> Result<Option<Box<dyn tantivy::query::Query>>> {
        let mut restrict = index::Restrict {
            days: (
                query.from.as_deref().and_then(|b| index::bound_number(b, false)),
                query.to.as_deref().and_then(|b| index::bound_number(b, true)),
            ),
            outlet: query.outlet.clone(),
            rowids: None,
        };
        let mut narrow = |sql: &str, key: &str| -> Result<()> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows: Vec<u64> = stmt.query_map([key], |r| r.get(0))?.collect::<Result<_, _>>()?;
            restrict.rowids = Some(match restrict.rowids.take() {
                None => rows,
                Some(before) => {
                    let rows: std::collections::HashSet<u64> = rows.into_iter().collect();
                    before.into_iter().filter(|r| rows.contains(r)).collect()
                }
            });
            Ok(())
        };
        if let Some(entity) = &query.entity {
            narrow("SELECT a.rowid FROM mentions x JOIN articles a ON a.id = x.article WHERE x.name = ?1", entity)?;
        }
        if let Some(story) = &query.story {
            narrow("SELECT a.rowid FROM members s JOIN articles a ON a.id = s.article WHERE s.story = ?1", story)?;
        }
        if restrict.rowids.as_ref().is_some_and(Vec::is_empty) {
            return Ok(None);
        }
        Ok(Some(self.search.query(parsed, &restrict)?))
    }

    /// Articles passing the filters, latest first (a query without words).
    fn browse(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        let filter = browse::Filter::of(query);
        let mut args = filter.args;
        args.push(Box::new(query.limit.min(i64::MAX as usize) as i64));
        args.push(Box::new(query.offset.min(i64::MAX as usize) as i64));
        let (limit, offset) = (args.len() - 1, args.len());
        let sql = format!(
            "SELECT a.id, a.title, a.outlet, a.published, substr(a.text, 1, 240) || '…', 0.0,
                    (SELECT story FROM members m WHERE m.article = a.id)
             {from} ORDER BY a.day DESC, a.id DESC LIMIT ?{limit} OFFSET ?{offset}",
            from = filter.from
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(SearchHit {
                id: ArticleId(r.get(0)?),
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get::<_, Option<String>>(3)?.and_then(|p| Published::parse(&p)),
                snippet: r.get::<_, String>(4)?.split_whitespace().collect::<Vec<_>>().join(" "),
                score: r.get(5)?,
                story: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Counts over the whole store.
    pub fn stats(&self) -> Result<Stats> {
        // Each count on its own so that it reads an index, never the articles themselves.
        let (articles, outlets, undated, first, last) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT outlet) FROM articles),
                    (SELECT count(*) FROM articles WHERE day IS NULL),
                    (SELECT min(day) FROM articles WHERE day IS NOT NULL), (SELECT max(day) FROM articles)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<u64>>(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let counts = |sql: &str| -> Result<Vec<NameCount>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok(NameCount { name: r.get(0)?, count: r.get(1)? }))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let (events, stories) = self.cluster_counts()?;
        Ok(Stats {
            articles,
            events,
            stories,
            outlets,
            first,
            last,
            undated: undated.unwrap_or(0),
            languages: counts(
                "SELECT lang, count(*) AS n FROM articles WHERE lang IS NOT NULL GROUP BY lang ORDER BY n DESC, lang",
            )?,
            top_outlets: counts(
                "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT 20",
            )?,
        })
    }

    /// Checks the database file's integrity (SQLite's `integrity_check`), for tests and `doctor`.
    pub fn integrity_check(&self) -> Result<bool> {
        let result: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(result == "ok")
    }
}

fn create_schema(conn: &Connection) -> Result<()> {
    conn.execute_batch(&format!(
        "BEGIN;
         CREATE TABLE IF NOT EXISTS articles (
             rowid INTEGER PRIMARY KEY,
             id TEXT NOT NULL UNIQUE,
             source TEXT NOT NULL,
             url TEXT,
             outlet TEXT COLLATE NOCASE,
             published TEXT,
             day TEXT,
             title TEXT,
             lang TEXT,
             text TEXT NOT NULL,
             hash TEXT NOT NULL,
             doc TEXT NOT NULL
         );
         CREATE INDEX IF NOT EXISTS articles_day ON articles(day);
         CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
         {clusters}
         {mentions}
         {search}
         PRAGMA user_version = {SCHEMA_VERSION};
         COMMIT;",
        clusters = clusters::SCHEMA,
        mentions = browse::SCHEMA,
        search = index::SCHEMA,
    ))?;
    Ok(())
}

fn check_version(found: u32, dir: &Path) -> Result<()> {
    if found != SCHEMA_VERSION {
        return Err(Error::IncompatibleSchema { path: dir.to_path_buf(), found, expected: SCHEMA_VERSION });
    }
    Ok(())
}

/// Whether `incoming` was published strictly before the stored version's date.
fn is_older(incoming: Option<Published>, stored: Option<&str>) -> bool {
    match (incoming, stored.and_then(Published::parse)) {
        (Some(new), Some(old)) => (new.date, new.time) < (old.date, old.time),
        _ => false,
    }
}

/// A hash of what an article says, not where it was read from: the same article read from two
/// files is one article, unchanged.
fn content_hash(article: &Article) -> Result<String> {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let without_source = Article { source: String::new(), ..article.clone() };
    let json =
        serde_json::to_vec(&without_source).map_err(|source| Error::Corrupt { id: article.id.0.clone(), source })?;
    hasher.update(&json);
    Ok(format!("{:016x}", hasher.digest()))
}

#[cfg(test)]
mod tests;
