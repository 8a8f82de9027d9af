//! The full-text index: tantivy over each article's title and text, beside the database.
//!
//! The database is the record; this index is derived from it and can always be rebuilt. Every
//! write of an article adds a row to `search_log` in the same transaction; [`SearchIndex::sync`]
//! applies the rows the index has not seen and commits the last row's number as the index's
//! payload, then forgets the applied rows. A crash between the two commits leaves rows to apply at
//! the next write; an index from another database (its `uid` differs), from another version of
//! this schema, or missing, is rebuilt from the articles.
//!
//! Why tantivy beside SQLite's FTS5: FTS5 scores every match with BM25 before it can sort, and
//! builds snippets by re-tokenising whole documents; tantivy's block-max WAND finds the best hits
//! without scoring them all. On 27,800 news articles a distinct two-word query went from ~5 ms of
//! CPU to well under one (BENCHMARKS.md, web search under load).

use crate::query::{Clause, Parsed};
use crate::{Error, Result};
use rusqlite::{Connection, OptionalExtension};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, EmptyQuery, Occur, PhrasePrefixQuery, PhraseQuery, Query, RangeQuery, TermQuery,
    TermSetQuery,
};
use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// The index's directory inside a store directory.
pub const DIR: &str = "search";

/// Names this index's layout in its payload; a different one is rebuilt.
const LAYOUT: &str = "storyline-search-1";

/// Tokenizer of titles and texts: words (letters and digits), lower case, accents folded, English
/// stems ("crossings" finds "crossing"), words over 40 bytes dropped.
const WORDS: &str = "storyline_words";
/// Tokenizer of outlet names: the whole name, lower case.
const NAME: &str = "storyline_name";

/// Title words weigh this much more than text words.
const TITLE_BOOST: f32 = 4.0;

/// Memory for the writer's buffer.
const WRITER_MEMORY: usize = 64 << 20;

/// Articles read from the database per step while syncing.
const SYNC_CHUNK: i64 = 2048;

/// The SQL side: the log of articles to (re)index and the database's identity.
pub(crate) const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS search_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, article INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS search_meta (uid TEXT NOT NULL);
    INSERT INTO search_meta (uid) SELECT lower(hex(randomblob(16))) WHERE NOT EXISTS (SELECT 1 FROM search_meta);
";

/// What the upgrade from FTS5 drops.
pub(crate) const DROP_FTS: &str = "
    DROP TRIGGER IF EXISTS articles_ai; DROP TRIGGER IF EXISTS articles_ad; DROP TRIGGER IF EXISTS articles_au;
    DROP TABLE IF EXISTS articles_fts;
";

/// Queues an article for the index (in the writing transaction).
pub(crate) const LOG: &str = "INSERT INTO search_log (article) VALUES (?1)";

#[derive(Clone, Copy)]
struct Fields {
    rowid: Field,
    title: Field,
    text: Field,
    day: Field,
    outlet: Field,
}

/// Filters applied inside the index.
#[derive(Default)]
pub(crate) struct Restrict {
    /// Publication day bounds as `YYYYMMDD`, inclusive.
    pub days: (Option<u64>, Option<u64>),
    /// Outlet name (any case).
    pub outlet: Option<String>,
    /// Only these articles (by rowid).
    pub rowids: Option<Vec<u64>>,
}

/// An open index.
pub(crate) struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Where it lives (`None` in memory).
    dir: Option<PathBuf>,
    /// The commit file's length and time when the reader last loaded it.
    seen: std::sync::Mutex<Option<(u64, std::time::SystemTime)>>,
}

fn words() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Words as [`words`] gives them, before stemming (for prefixes).
fn bare_words() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn names() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default()).filter(LowerCaser).build()
}

/// The tokens of `text` under `analyzer`.
fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text_options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_tokenizer(WORDS).set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let rowid = b.add_u64_field("rowid", INDEXED | FAST);
    let title = b.add_text_field("title", text_options.clone());
    let text = b.add_text_field("text", text_options);
    let day = b.add_u64_field("day", INDEXED | FAST);
    let outlet = b.add_text_field(
        "outlet",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer(NAME).set_index_option(IndexRecordOption::Basic),
        ),
    );
    (b.build(), Fields { rowid, title, text, day, outlet })
}

/// `YYYY-MM-DD` as the number `YYYYMMDD`.
pub(crate) fn day_number(day: &str) -> Option<u64> {
    let digits: String = day.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 8).then(|| digits.parse().ok()).flatten()
}

/// A date bound (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the first (`upper` false) or last day number it
/// covers.
pub(crate) fn bound_number(bound: &str, upper: bool) -> Option<u64> {
    let digits: String = bound.chars().filter(char::is_ascii_digit).collect();
    let n: u64 = digits.parse().ok()?;
    Some(match digits.len() {
        4 => n * 10_000 + if upper { 9999 } else { 0 },
        6 => n * 100 + if upper { 99 } else { 0 },
        _ => n,
    })
}

fn fail(dir: &Option<PathBuf>, err: impl std::fmt::Display) -> Error {
    Error::Search { path: dir.clone().unwrap_or_else(|| PathBuf::from(":memory:")), message: err.to_string() }
}

impl SearchIndex {
    /// Opens (creating or replacing it when unusable) the index of a store opened for writing:
    /// in `store_dir/search`, or in memory when `store_dir` is `None`.
    pub(crate) fn open_for_writing(store_dir: Option<&Path>) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let dir = store_dir.map(|d| d.join(DIR));
        let index = match &dir {
            None => Index::create_in_ram(schema),
            Some(path) => {
                std::fs::create_dir_all(path).map_err(|source| Error::CreateDir { path: path.clone(), source })?;
                let open = || -> tantivy::Result<Index> {
                    Index::open_or_create(tantivy::directory::MmapDirectory::open(path)?, schema.clone())
                };
                match open() {
                    Ok(index) => index,
                    Err(err) => {
                        // Another layout, or broken files: the index is derived, so start it over.
                        tracing::warn!("search index at {} is unusable ({err}); rebuilding it", path.display());
                        std::fs::remove_dir_all(path).map_err(|e| fail(&dir, e))?;
                        std::fs::create_dir_all(path)
                            .map_err(|source| Error::CreateDir { path: path.clone(), source })?;
                        open().map_err(|e| fail(&dir, e))?
                    }
                }
            }
        };
        SearchIndex::with(index, fields, dir)
    }

    /// Opens the index of a store opened for reading; it must exist.
    pub(crate) fn open_read_only(store_dir: &Path) -> Result<SearchIndex> {
        let path = store_dir.join(DIR);
        let dir = Some(path.clone());
        if !path.join("meta.json").exists() {
            return Err(Error::Search {
                path,
                message: "the search index is missing; open the store for writing once (for example \
                          `storyline ingest` of any file) to rebuild it"
                    .into(),
            });
        }
        let index = Index::open_in_dir(&path).map_err(|e| fail(&dir, e))?;
        let (_, fields) = schema();
        SearchIndex::with(index, fields, dir)
    }

    fn with(index: Index, fields: Fields, dir: Option<PathBuf>) -> Result<SearchIndex> {
        index.tokenizers().register(WORDS, words());
        index.tokenizers().register(NAME, names());
        let reader =
            index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(|e| fail(&dir, e))?;
        let index = SearchIndex { index, reader, fields, dir, seen: std::sync::Mutex::new(None) };
        index.seen_now();
        Ok(index)
    }

    fn meta_stamp(&self) -> Option<(u64, std::time::SystemTime)> {
        let meta = std::fs::metadata(self.dir.as_ref()?.join("meta.json")).ok()?;
        Some((meta.len(), meta.modified().ok()?))
    }

    fn seen_now(&self) {
        *self.seen.lock().unwrap_or_else(|e| e.into_inner()) = self.meta_stamp();
    }

    /// A searcher over the last commit, whichever process made it: like a database reader, the
    /// index shows every committed write at once (one `stat` per search tells).
    fn searcher(&self) -> Result<tantivy::Searcher> {
        let now = self.meta_stamp();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if now != *seen {
            self.reader.reload().map_err(|e| fail(&self.dir, e))?;
            *seen = now;
        }
        Ok(self.reader.searcher())
    }

    /// The payload of the last commit: the database's uid and the last log row applied.
    fn committed(&self) -> Result<Option<(String, i64)>> {
        let metas = self.index.load_metas().map_err(|e| fail(&self.dir, e))?;
        let Some(payload) = metas.payload else { return Ok(None) };
        let mut parts = payload.split(' ');
        match (parts.next(), parts.next(), parts.next().and_then(|s| s.parse().ok())) {
            (Some(LAYOUT), Some(uid), Some(seq)) => Ok(Some((uid.to_string(), seq))),
            _ => Ok(None),
        }
    }

    /// Takes the index's write lock, waiting (as SQLite does) while another process holds it.
    fn writer(&self) -> Result<IndexWriter> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            match self.index.writer_with_num_threads(1, WRITER_MEMORY) {
                Ok(writer) => return Ok(writer),
                Err(tantivy::TantivyError::LockFailure(..)) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(err) => return Err(fail(&self.dir, err)),
            }
        }
    }

    /// Brings the index up to date with the database: applies the logged articles it has not
    /// seen, or rebuilds it from every article when it belongs to another database or layout.
    /// Returns how many articles were (re)indexed.
    pub(crate) fn sync(&self, conn: &Connection) -> Result<u64> {
        let uid: String = conn.query_row("SELECT uid FROM search_meta", [], |r| r.get(0))?;
        let pending: Option<i64> = conn.query_row("SELECT max(seq) FROM search_log", [], |r| r.get(0))?;
        let committed = self.committed()?;
        let current = committed.as_ref().is_some_and(|(u, _)| *u == uid);
        let done = committed.as_ref().map_or(0, |(_, seq)| *seq);
        if current && pending.is_none_or(|p| p <= done) {
            return Ok(0);
        }
        let writer = self.writer()?;
        // Read again under the lock: another process may have synced meanwhile.
        let committed = self.committed()?;
        let rebuild = committed.as_ref().is_none_or(|(u, _)| *u != uid);
        let done = if rebuild { 0 } else { committed.map_or(0, |(_, seq)| seq) };
        let mut last = done;
        let mut n = 0u64;
        // One read transaction: the articles and the log as of one moment.
        let tx = conn.unchecked_transaction()?;
        // The last number handed out (AUTOINCREMENT keeps it after its row is deleted).
        let upto: i64 = tx
            .query_row("SELECT seq FROM sqlite_sequence WHERE name = 'search_log'", [], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        if rebuild {
            if self.dir.is_some() {
                tracing::info!("building the search index");
            }
            writer.delete_all_documents().map_err(|e| fail(&self.dir, e))?;
            let mut stmt = tx.prepare(
                "SELECT rowid, title, text, outlet, day FROM articles WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
            )?;
            let mut after = 0i64;
            loop {
                let rows = stmt
                    .query_map(rusqlite::params![after, SYNC_CHUNK], Row::read)?
                    .collect::<Result<Vec<Row>, _>>()?;
                let Some(end) = rows.last().map(|r| r.rowid) else { break };
                for row in rows {
                    writer.add_document(self.document(row)).map_err(|e| fail(&self.dir, e))?;
                    n += 1;
                }
                after = end;
            }
            last = upto;
        } else {
            let mut stmt = tx.prepare(
                "SELECT l.seq, l.article, a.rowid, a.title, a.text, a.outlet, a.day
                 FROM search_log l LEFT JOIN articles a ON a.rowid = l.article
                 WHERE l.seq > ?1 AND l.seq <= ?2 ORDER BY l.seq LIMIT ?3",
            )?;
            loop {
                let rows = stmt
                    .query_map(rusqlite::params![last, upto, SYNC_CHUNK], |r| {
                        let row = match r.get::<_, Option<i64>>(2)? {
                            Some(_) => Some(Row::read_from(r, 2)?),
                            None => None,
                        };
                        Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, row))
                    })?
                    .collect::<Result<Vec<_>, _>>()?;
                if rows.is_empty() {
                    break;
                }
                for (seq, article, row) in rows {
                    writer.delete_term(Term::from_field_u64(self.fields.rowid, article as u64));
                    if let Some(row) = row {
                        writer.add_document(self.document(row)).map_err(|e| fail(&self.dir, e))?;
                        n += 1;
                    }
                    last = seq;
                }
            }
            last = last.max(upto);
        }
        tx.finish()?;
        let mut writer = writer;
        let mut commit = writer.prepare_commit().map_err(|e| fail(&self.dir, e))?;
        commit.set_payload(&format!("{LAYOUT} {uid} {last}"));
        commit.commit().map_err(|e| fail(&self.dir, e))?;
        writer.wait_merging_threads().map_err(|e| fail(&self.dir, e))?;
        conn.execute("DELETE FROM search_log WHERE seq <= ?1", [last])?;
        self.reader.reload().map_err(|e| fail(&self.dir, e))?;
        self.seen_now();
        Ok(n)
    }

    fn document(&self, row: Row) -> TantivyDocument {
        let f = self.fields;
        let mut doc = TantivyDocument::new();
        doc.add_u64(f.rowid, row.rowid as u64);
        if let Some(title) = &row.title {
            doc.add_text(f.title, title);
        }
        doc.add_text(f.text, &row.text);
        if let Some(day) = row.day.as_deref().and_then(day_number) {
            doc.add_u64(f.day, day);
        }
        if let Some(outlet) = &row.outlet {
            doc.add_text(f.outlet, outlet);
        }
        doc
    }

    /// The index query for a parsed query and filters; an `InvalidQuery` error when no word of a
    /// required group survives analysis.
    pub(crate) fn query(&self, parsed: &Parsed, restrict: &Restrict) -> Result<Box<dyn Query>> {
        let mut analyzer = words();
        let mut bare = bare_words();
        let mut parts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for group in &parsed.all {
            let alternatives: Vec<Box<dyn Query>> =
                group.iter().filter_map(|c| self.clause(c, &mut analyzer, &mut bare)).collect();
            match alternatives.len() {
                0 => return Err(Error::InvalidQuery("the query has no words the index keeps".into())),
                1 => parts.extend(alternatives.into_iter().map(|q| (Occur::Must, q))),
                _ => parts.push((
                    Occur::Must,
                    Box::new(BooleanQuery::new(alternatives.into_iter().map(|q| (Occur::Should, q)).collect())),
                )),
            }
        }
        for clause in &parsed.none {
            if let Some(q) = self.clause(clause, &mut analyzer, &mut bare) {
                parts.push((Occur::MustNot, q));
            }
        }
        // Filters select without scoring.
        let f = self.fields;
        let mut filter = |q: Box<dyn Query>| parts.push((Occur::Must, Box::new(BoostQuery::new(q, 0.0))));
        if restrict.days != (None, None) {
            let term = |d: u64| Term::from_field_u64(f.day, d);
            let lower = restrict.days.0.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
            let upper = restrict.days.1.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
            filter(Box::new(RangeQuery::new(lower, upper)));
        }
        if let Some(outlet) = &restrict.outlet {
            let term = Term::from_field_text(f.outlet, &outlet.to_lowercase());
            filter(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
        }
        if let Some(rowids) = &restrict.rowids {
            if rowids.is_empty() {
                return Ok(Box::new(EmptyQuery));
            }
            filter(Box::new(TermSetQuery::new(rowids.iter().map(|&r| Term::from_field_u64(f.rowid, r)))));
        }
        Ok(Box::new(BooleanQuery::new(parts)))
    }

    /// One clause over title (boosted) and text.
    fn clause(&self, clause: &Clause, analyzer: &mut TextAnalyzer, bare: &mut TextAnalyzer) -> Option<Box<dyn Query>> {
        let stems: Vec<String> = clause_terms(clause, analyzer, bare).into_iter().map(|(t, _)| t).collect();
        if stems.is_empty() {
            return None;
        }
        let per_field = |field: Field| -> Box<dyn Query> {
            let terms: Vec<Term> = stems.iter().map(|s| Term::from_field_text(field, s)).collect();
            if clause.prefix {
                let mut q = PhrasePrefixQuery::new(terms);
                q.set_max_expansions(200);
                Box::new(q)
            } else if terms.len() == 1 {
                Box::new(TermQuery::new(terms.into_iter().next().expect("one term"), IndexRecordOption::WithFreqs))
            } else {
                Box::new(PhraseQuery::new(terms))
            }
        };
        Some(Box::new(BooleanQuery::new(vec![
            (Occur::Should, Box::new(BoostQuery::new(per_field(self.fields.title), TITLE_BOOST))),
            (Occur::Should, per_field(self.fields.text)),
        ])))
    }

    /// The best `limit` matches after skipping `offset`, best first: (score, rowid).
    pub(crate) fn top(&self, query: &dyn Query, offset: usize, limit: usize) -> Result<Vec<(f32, i64)>> {
        let searcher = self.searcher()?;
        let docs = searcher.num_docs() as usize;
        let limit = limit.min(docs.saturating_sub(offset));
        if limit == 0 {
            return Ok(Vec::new());
        }
        let found = searcher
            .search(query, &TopDocs::with_limit(limit).and_offset(offset).order_by_score())
            .map_err(|e| fail(&self.dir, e))?;
        let mut columns = std::collections::HashMap::new();
        let mut out = Vec::with_capacity(found.len());
        for (score, address) in found {
            let column = match columns.entry(address.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    searcher
                        .segment_reader(address.segment_ord)
                        .fast_fields()
                        .u64("rowid")
                        .map_err(|e| fail(&self.dir, e))?,
                ),
            };
            if let Some(rowid) = column.first(address.doc_id) {
                out.push((score, rowid as i64));
            }
        }
        Ok(out)
    }

    /// How many articles match.
    pub(crate) fn count(&self, query: &dyn Query) -> Result<u64> {
        let searcher = self.searcher()?;
        Ok(searcher.search(query, &Count).map_err(|e| fail(&self.dir, e))? as u64)
    }

    /// Tells which query term (by number, below the count returned first) a word of a text
    /// matches, for snippets: stems compare as the index compares them, prefixes against the
    /// unstemmed word.
    pub(crate) fn matcher(parsed: &Parsed) -> (usize, impl FnMut(&str) -> Option<usize>) {
        let mut analyzer = words();
        let mut bare = bare_words();
        let mut terms: Vec<(String, bool)> =
            parsed.all.iter().flatten().flat_map(|c| clause_terms(c, &mut analyzer, &mut bare)).collect();
        terms.sort();
        terms.dedup();
        // English stems keep their word's first two letters (stemming changes endings), so a word
        // whose first two letters start no term is never analysed: most words of a text.
        let n_terms = terms.len().max(1);
        let heads: Vec<Vec<u8>> = terms.iter().map(|(t, _)| t.bytes().take(2).collect()).collect();
        let matcher = move |word: &str| {
            let head = &word.as_bytes()[..word.len().min(2)];
            if head.is_ascii()
                && !heads.iter().any(|h| h.len() <= head.len() && h.eq_ignore_ascii_case(&head[..h.len()]))
            {
                return None;
            }
            // A word read by bytes may hold several ("ferry’s", "“Ferry"): any of them counts.
            let stems = tokens(&mut analyzer, word);
            let plains = tokens(&mut bare, word);
            stems.iter().zip(&plains).find_map(|(stem, plain)| {
                terms.iter().position(|(t, prefix)| if *prefix { plain.starts_with(t.as_str()) } else { t == stem })
            })
        };
        (n_terms, matcher)
    }
}

/// A clause's terms as the index holds them, each with whether it is a prefix: stemmed words,
/// and for `prefix*` the last word unstemmed.
fn clause_terms(clause: &Clause, analyzer: &mut TextAnalyzer, bare: &mut TextAnalyzer) -> Vec<(String, bool)> {
    let last = clause.words.len().saturating_sub(1);
    let mut out = Vec::new();
    for (i, word) in clause.words.iter().enumerate() {
        let prefix = clause.prefix && i == last;
        let analyzed = if prefix { tokens(bare, word) } else { tokens(analyzer, word) };
        out.extend(analyzed.into_iter().map(|t| (t, prefix)));
    }
    out
}

/// An article's indexed columns.
struct Row {
    rowid: i64,
    title: Option<String>,
    text: String,
    outlet: Option<String>,
    day: Option<String>,
}

impl Row {
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
        Row::read_from(r, 0)
    }

    fn read_from(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Row> {
        Ok(Row {
            rowid: r.get(at)?,
            title: r.get(at + 1)?,
            text: r.get(at + 2)?,
            outlet: r.get(at + 3)?,
            day: r.get(at + 4)?,
        })
    }
}
