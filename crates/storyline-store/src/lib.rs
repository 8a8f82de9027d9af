//! The embedded store: one SQLite database (WAL mode) holding every analysed article, with an
//! FTS5 full-text index over title and text. The only crate that knows the disk format.
//!
//! Why SQLite: it is an embedded, crash-safe, transactional store with a built-in full-text index
//! (FTS5, BM25 ranking, snippets), many readers beside one writer (WAL), and twenty years of
//! durability testing. `rusqlite`'s bundled build needs no system library. See ARCHITECTURE.md.

mod browse;
mod clusters;
mod query;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::{Path, PathBuf};
use storyline_model::{Article, ArticleId, NameCount, Published, SearchHit, Stats};

pub use browse::Place;
pub use clusters::StoredReport;
pub use query::{SearchQuery, parse_date_bound};

/// The schema this build reads and writes. Bump it with a migration in `migrate`.
pub const SCHEMA_VERSION: u32 = 3;

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
}

impl Store {
    /// Opens the store in `dir` for reading and writing, creating it if needed.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| Error::CreateDir { path: dir.to_path_buf(), source })?;
        let conn = Connection::open(dir.join(DB_FILE))?;
        Store::init(conn, dir)
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
        let store = Store { conn };
        store.check_version(dir)?;
        Ok(store)
    }

    /// A store in memory, for tests.
    pub fn in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn init(conn: Connection, dir: &Path) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers never block the writer nor see a half-written batch. FULL sync: a
        // committed batch survives a power cut, not only a killed process.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let store = Store { conn };
        let version: u32 = store.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version == 0 {
            store.create_schema()?;
        } else if version < SCHEMA_VERSION {
            // v1 → v2: events, stories and what clustering remembers; v2 → v3: the entity index,
            // filled from the stored documents.
            let clusters = if version == 1 { clusters::SCHEMA } else { "" };
            store.conn.execute_batch(&format!(
                "BEGIN; {clusters} {mentions} {fill} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;",
                mentions = browse::SCHEMA,
                fill = browse::FILL
            ))?;
        }
        store.check_version(dir)?;
        Ok(store)
    }

    fn check_version(&self, dir: &Path) -> Result<()> {
        let found: u32 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found != SCHEMA_VERSION {
            return Err(Error::IncompatibleSchema { path: dir.to_path_buf(), found, expected: SCHEMA_VERSION });
        }
        Ok(())
    }

    fn create_schema(&self) -> Result<()> {
        self.conn.execute_batch(&format!(
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
             CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
                 title, text, content='articles', content_rowid='rowid',
                 tokenize='porter unicode61 remove_diacritics 2'
             );
             CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
                 INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
             END;
             CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
                 INSERT INTO articles_fts(articles_fts, rowid, title, text)
                 VALUES ('delete', old.rowid, old.title, old.text);
             END;
             CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
                 INSERT INTO articles_fts(articles_fts, rowid, title, text)
                 VALUES ('delete', old.rowid, old.title, old.text);
                 INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
             END;
             {clusters}
             {mentions}
             PRAGMA user_version = {SCHEMA_VERSION};
             COMMIT;",
            clusters = clusters::SCHEMA,
            mentions = browse::SCHEMA
        ))?;
        Ok(())
    }

    /// Stores a batch of articles in one transaction: either all of it is committed or none.
    /// Storing an article whose id is already present with the same content changes nothing.
    pub fn put_batch(&mut self, articles: &[Article]) -> Result<Vec<Outcome>> {
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(articles.len());
        {
            let mut existing = tx.prepare_cached("SELECT hash, published FROM articles WHERE id = ?1")?;
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
            for article in articles {
                let doc = serde_json::to_string(article)
                    .map_err(|source| Error::Corrupt { id: article.id.0.clone(), source })?;
                let hash = content_hash(article)?;
                let old: Option<(String, Option<String>)> =
                    existing.query_row([&article.id.0], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
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
                        Outcome::Stored
                    }
                    Some((old, _)) if old == hash => Outcome::Unchanged,
                    Some((_, stored)) if is_older(article.published, stored.as_deref()) => Outcome::Older,
                    Some(_) => {
                        forget.execute([&article.id.0])?;
                        update.execute(values)?;
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
        let filter = browse::Filter::of(query)?;
        let mut args = filter.args;
        args.push(Box::new(query.limit.min(i64::MAX as usize) as i64));
        args.push(Box::new(query.offset.min(i64::MAX as usize) as i64));
        let (limit, offset) = (args.len() - 1, args.len());
        let sql = if filter.fts {
            // Rank first, then read snippets and columns for the page of hits only: SQLite would
            // otherwise build a snippet for every match before sorting.
            let from = if filter.filtered { filter.from.clone() } else { browse::MATCH_ONLY.to_string() };
            format!(
                "WITH top AS (SELECT articles_fts.rowid AS r, bm25(articles_fts, 4.0, 1.0) AS score {from}
                              ORDER BY score, r LIMIT ?{limit} OFFSET ?{offset})
                 SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', '…', 24), -top.score,
                        (SELECT story FROM members m WHERE m.article = a.id)
                 FROM top CROSS JOIN articles_fts CROSS JOIN articles a
                 WHERE articles_fts.rowid = top.r AND a.rowid = top.r AND articles_fts MATCH ?1
                 ORDER BY top.score, top.r"
            )
        } else {
            format!(
                "SELECT a.id, a.title, a.outlet, a.published, substr(a.text, 1, 240) || '…', 0.0,
                        (SELECT story FROM members m WHERE m.article = a.id)
                 {from} ORDER BY a.day DESC, a.id DESC LIMIT ?{limit} OFFSET ?{offset}",
                from = filter.from
            )
        };
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
        });
        let rows = match rows {
            Ok(rows) => rows.collect::<Result<Vec<_>, _>>(),
            Err(err) => Err(err),
        };
        rows.map_err(browse::query_error)
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
