//! Store tests: idempotence, replacement, search filters, schema checks, readers beside a writer.

use super::*;
use storyline_model::{Article, ArticleId, Published};

pub(crate) fn article(id: &str, outlet: &str, day: &str, title: &str, text: &str) -> Article {
    Article {
        source: format!("test/{id}"),
        id: ArticleId(id.to_string()),
        url: None,
        outlet: Some(outlet.to_string()),
        published: Published::parse(day),
        title: Some(title.to_string()),
        byline: None,
        lang: Some("en".to_string()),
        credits: vec![],
        dateline: None,
        tags: vec![],
        text: text.to_string(),
        removed: vec![],
        entities: vec![],
        quantities: vec![],
        times: vec![],
        claims: vec![],
    }
}

fn corpus() -> Vec<Article> {
    vec![
        article(
            "a",
            "Harbour Times",
            "2024-03-01",
            "Ferry strike halts crossings",
            "Ferry crews walked out on Friday, halting all crossings.",
        ),
        article(
            "b",
            "Valley News",
            "2024-03-15",
            "Strike talks resume",
            "Talks between the ferry company and crews resumed.",
        ),
        article(
            "c",
            "Harbour Times",
            "2024-04-02",
            "New bridge opens",
            "The bridge opened to traffic, ending years of delays.",
        ),
        article("d", "valley news", "2025-01-10", "Ferries return", "Ferry crossings returned to the full timetable."),
    ]
}

fn ids(hits: &[SearchHit]) -> Vec<&str> {
    let mut v: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    v.sort();
    v
}

#[test]
fn storing_twice_stores_once_and_updates_replace() {
    let mut store = Store::in_memory().unwrap();
    let docs = corpus();
    assert_eq!(store.put_batch(&docs).unwrap(), vec![Outcome::Stored; 4]);
    assert_eq!(store.put_batch(&docs).unwrap(), vec![Outcome::Unchanged; 4]);
    let mut changed = docs[0].clone();
    changed.text.push_str(" Updated at noon.");
    assert_eq!(store.put_batch(&[changed.clone()]).unwrap(), vec![Outcome::Replaced]);
    // An older version of the page arriving later does not overwrite the newer one.
    let mut older = docs[0].clone();
    older.published = Published::parse("2024-02-28");
    older.text = "An early draft.".into();
    assert_eq!(store.put_batch(&[older]).unwrap(), vec![Outcome::Older]);
    assert_eq!(store.count().unwrap(), 4);
    assert_eq!(store.get("a").unwrap().unwrap().text, changed.text);
    // The index follows the update: the new words are found, the record is found once.
    let hits = store.search(&SearchQuery::new("noon", 10)).unwrap();
    assert_eq!(ids(&hits), ["a"]);
}

#[test]
fn search_ranks_and_filters() {
    let mut store = Store::in_memory().unwrap();
    store.put_batch(&corpus()).unwrap();
    let all = store.search(&SearchQuery::new("ferry", 10)).unwrap();
    assert_eq!(ids(&all), ["a", "b", "d"]);
    // Title matches ("Ferry strike", "Ferries return": the stemmer joins them) rank first.
    assert_eq!(all[2].id.as_str(), "b");
    let a = all.iter().find(|h| h.id.as_str() == "a").unwrap();
    assert!(a.snippet.contains("[Ferry]"), "{}", a.snippet);
    // Words joined by an apostrophe or inside curly quotes are still marked.
    let mut odd = article("q", "Quay Post", "2024-05-01", "Notes", "The ferry’s crew spoke of “Ferry” days.");
    odd.title = None;
    let mut other = Store::in_memory().unwrap();
    other.put_batch(&[odd]).unwrap();
    let q = other.search(&SearchQuery::new("ferry", 10)).unwrap();
    let snippet = &q.iter().find(|h| h.id.as_str() == "q").unwrap().snippet;
    assert_eq!(snippet, "The [ferry]’s crew spoke of “[Ferry]” days.");
    // Stemming: "crossing" finds "crossings".
    assert_eq!(ids(&store.search(&SearchQuery::new("crossing", 10)).unwrap()), ["a", "d"]);

    let mut q = SearchQuery::new("ferry", 10);
    q.from = Some("2024-03-10".into());
    assert_eq!(ids(&store.search(&q).unwrap()), ["b", "d"]);
    q.to = Some("2024-03".into());
    assert_eq!(ids(&store.search(&q).unwrap()), ["b"]);
    let mut q = SearchQuery::new("ferry OR bridge", 10);
    q.outlet = Some("VALLEY NEWS".into());
    assert_eq!(ids(&store.search(&q).unwrap()), ["b", "d"]);
    q.outlet = Some("Harbour Times".into());
    assert_eq!(ids(&store.search(&q).unwrap()), ["a", "c"]);
    let mut q = SearchQuery::new("ferry -strike", 10);
    q.to = Some("2025".into());
    assert_eq!(ids(&store.search(&q).unwrap()), ["d"]);
    let mut q = SearchQuery::new("ferry", 1);
    q.offset = 1;
    assert_eq!(store.search(&q).unwrap().len(), 1);
}

#[test]
fn stats_count_outlets_and_dates() {
    let mut store = Store::in_memory().unwrap();
    store.put_batch(&corpus()).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.articles, 4);
    assert_eq!(stats.outlets, 2, "outlet names compare case-insensitively");
    assert_eq!(stats.first.as_deref(), Some("2024-03-01"));
    assert_eq!(stats.last.as_deref(), Some("2025-01-10"));
    assert_eq!(stats.top_outlets[0].count, 2);
}

#[test]
fn schema_version_is_checked_on_open() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    {
        let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(dir.path()).err().unwrap();
    assert!(matches!(err, Error::IncompatibleSchema { found: 99, expected: SCHEMA_VERSION, .. }), "{err}");
    let err = Store::open_read_only(&dir.path().join("nothing")).err().unwrap();
    assert!(matches!(err, Error::NotFound(_)));
}

#[test]
fn a_reader_sees_only_committed_batches_while_a_writer_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Store::open(dir.path()).unwrap();
    writer.put_batch(&corpus()[..2]).unwrap();
    let reader = Store::open_read_only(dir.path()).unwrap();
    assert_eq!(reader.count().unwrap(), 2);
    writer.put_batch(&corpus()[2..]).unwrap();
    assert_eq!(reader.count().unwrap(), 4);
    assert!(reader.integrity_check().unwrap());
}

fn with_entities(mut a: Article, names: &[(&str, storyline_model::EntityKind)]) -> Article {
    a.entities = names
        .iter()
        .map(|(name, kind)| storyline_model::Entity {
            text: name.to_string(),
            name: name.to_string(),
            kind: *kind,
            start: 0,
            end: 1,
            country: None,
            lat: None,
            lon: None,
        })
        .collect();
    a
}

#[test]
fn the_entity_index_follows_inserts_updates_and_upgrades_from_v2() {
    use storyline_model::EntityKind::{Organization, Place};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let [a, b, c, d] = corpus().try_into().unwrap();
    let a = with_entities(a, &[("Harbour Union", Organization), ("Dover", Place), ("Dover", Place)]);
    let b = with_entities(b, &[("harbour union", Organization)]);
    store.put_batch(&[a.clone(), b, c, d]).unwrap();
    let only = |store: &Store, entity: &str| {
        let mut q = SearchQuery::new("", 100);
        q.entity = Some(entity.to_string());
        ids(&store.search(&q).unwrap()).into_iter().map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(only(&store, "HARBOUR UNION"), ["a", "b"]);
    let report = store.entity("dover").unwrap().unwrap();
    assert_eq!((report.name.as_str(), report.kind, report.articles), ("Dover", Place, 1));
    assert_eq!(report.months[0].name, "2024-03");
    // Co-occurrence and entity facets read the names clustering keeps (none here; see the web tests).
    assert!(store.entity("Nowhere").unwrap().is_none());

    // An updated version of `a` drops Dover: the index follows.
    let mut newer = with_entities(a.clone(), &[("Harbour Union", Organization)]);
    newer.published = Published::parse("2024-03-02");
    newer.text.push_str(" Updated.");
    store.put_batch(&[newer]).unwrap();
    assert!(store.entity("Dover").unwrap().is_none());

    let facets = store.facets(&SearchQuery::new("ferry", 10)).unwrap();
    assert_eq!(facets.total, 3);
    assert_eq!(facets.outlets[0].count, 2);

    // A v2 store (no index) is upgraded on open and its index filled from the stored documents.
    store
        .conn
        .execute_batch(
            "DROP TABLE mentions; DROP TABLE timelines; DROP INDEX articles_lang; DROP INDEX articles_day_id;
             DROP INDEX members_story_day; ALTER TABLE members DROP COLUMN day; ALTER TABLE members DROP COLUMN outlet;
             DROP TABLE search_log; DROP TABLE search_meta; PRAGMA user_version = 2;",
        )
        .unwrap();
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(only(&store, "Harbour Union"), ["a", "b"]);
}

#[test]
fn a_v3_store_moves_its_words_from_fts5_to_the_search_index() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store.put_batch(&corpus()).unwrap();
    // What v3 had: an FTS5 table kept by triggers, no search log, no index directory.
    store
        .conn
        .execute_batch(
            "DROP TABLE search_log; DROP TABLE search_meta;
             CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
             CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
                 INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
             END;
             PRAGMA user_version = 3;",
        )
        .unwrap();
    drop(store);
    std::fs::remove_dir_all(dir.path().join(SEARCH_DIR)).unwrap();
    assert!(matches!(Store::open_read_only(dir.path()).err().unwrap(), Error::IncompatibleSchema { found: 3, .. }));
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(ids(&store.search(&SearchQuery::new("ferry", 10)).unwrap()), ["a", "b", "d"]);
    let fts: i64 = store
        .conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE name LIKE 'articles_%' AND type != 'index'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fts, 0, "FTS5 table and triggers dropped");
    drop(store);
    // Readers open the rebuilt index.
    let reader = Store::open_read_only(dir.path()).unwrap();
    assert_eq!(reader.search(&SearchQuery::new("crossing", 10)).unwrap().len(), 2);
}

#[test]
fn the_search_index_is_rebuilt_or_caught_up_from_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let [a, b, c, d] = corpus().try_into().unwrap();
    store.put_batch(&[a, b]).unwrap();
    // A crash after the database committed but before the index did: the log still holds the
    // rows, and the next writer applies them.
    {
        // Write c and d the way put_batch does, without the sync that follows it.
        let doc = |x: &Article| serde_json::to_string(x).unwrap();
        for x in [&c, &d] {
            store
                .conn
                .execute(
                    "INSERT INTO articles (id, source, outlet, published, day, title, text, hash, doc)
                     VALUES (?1, '', ?2, ?3, ?4, ?5, ?6, 'h', ?7)",
                    rusqlite::params![
                        x.id.0,
                        x.outlet,
                        x.published.map(|p| p.to_string()),
                        x.published.map(|p| p.day()),
                        x.title,
                        x.text,
                        doc(x)
                    ],
                )
                .unwrap();
            store.conn.execute(index::LOG, [store.conn.last_insert_rowid()]).unwrap();
        }
    }
    assert_eq!(ids(&store.search(&SearchQuery::new("ferry", 10)).unwrap()), ["a", "b"], "not yet indexed");
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(ids(&store.search(&SearchQuery::new("ferry", 10)).unwrap()), ["a", "b", "d"]);
    let pending: i64 = store.conn.query_row("SELECT count(*) FROM search_log", [], |r| r.get(0)).unwrap();
    assert_eq!(pending, 0, "applied rows are forgotten");
    drop(store);

    // An index left from another database in the same directory (a store deleted and created
    // again) is rebuilt, not trusted: its row numbers mean other articles.
    std::fs::remove_file(dir.path().join(DB_FILE)).unwrap();
    let _ = std::fs::remove_file(dir.path().join(format!("{DB_FILE}-wal")));
    let _ = std::fs::remove_file(dir.path().join(format!("{DB_FILE}-shm")));
    let mut store = Store::open(dir.path()).unwrap();
    assert!(store.search(&SearchQuery::new("ferry", 10)).unwrap().is_empty());
    store.put_batch(&corpus()[2..]).unwrap();
    assert_eq!(ids(&store.search(&SearchQuery::new("ferry", 10)).unwrap()), ["d"]);
    drop(store);

    // A damaged index is rebuilt by the next writer; a reader says what is wrong.
    std::fs::write(dir.path().join(SEARCH_DIR).join("meta.json"), b"{ not json").unwrap();
    let err = Store::open_read_only(dir.path()).err().unwrap();
    assert!(matches!(err, Error::Search { .. }), "{err}");
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(ids(&store.search(&SearchQuery::new("ferry", 10)).unwrap()), ["d"]);
}

#[test]
fn coverage_counts_articles_per_outlet_per_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store.put_batch(&corpus()).unwrap();
    let c = store.coverage(Some("2024-03-01"), Some("2024-03-15"), 60, 10).unwrap();
    assert_eq!(c.days.len(), 15);
    assert_eq!(c.outlets.len(), 2);
    let harbour = c.outlets.iter().find(|r| r.outlet == "Harbour Times").unwrap();
    assert_eq!((harbour.total, harbour.counts[0], harbour.counts[1]), (1, 1, 0));
    let recent = store.coverage(None, None, 7, 10).unwrap();
    assert_eq!(recent.to.as_deref(), Some("2025-01-10"));
    assert_eq!(recent.days.len(), 7);
    assert_eq!(recent.outlets[0].counts[6], 1);
    let all = store.coverage(None, None, 3000, 10).unwrap();
    assert_eq!(all.days.first().map(String::as_str), Some("2024-03-01"), "never before the first article");
}

/// A timeline saved before entries had a `weight` still reads (as 0); its stamp, without the
/// version that story stamps now start with, no longer matches (see the engine's tests).
#[test]
fn timelines_saved_before_weights_read_and_go_stale() {
    let store = Store::in_memory().unwrap();
    let old = r#"{"story":"s1","title":"Pier","entries":[{"date":"2025-03-01","granularity":"day",
        "text":"The pier closed.","sources":[],"first_reported":null,"mentions":2}],"disagreements":[]}"#;
    store.conn.execute("INSERT INTO timelines (story, stamp, doc) VALUES ('s1', '2:7', ?1)", [old]).unwrap();
    let (_, timeline) = store.saved_timeline("s1").unwrap().unwrap();
    assert_eq!(timeline.entries[0].weight, 0);
    assert_eq!(timeline.entries[0].mentions, 2);
}

#[test]
fn a_query_with_combining_accents_finds_the_composed_word() {
    // Articles are stored composed (NFC); a query typed or pasted with an accent as a separate
    // mark ("Zoe" and U+0308) finds them all the same, and the snippet marks the word.
    let mut store = Store::in_memory().unwrap();
    let a = article("z", "Quay Post", "2024-05-01", "Harbour", "The mayor Zoë Martín opened the harbour wall.");
    store.put_batch(&[a]).unwrap();
    let hits = store.search(&SearchQuery::new("Zoe\u{308} Marti\u{301}n", 10)).unwrap();
    assert_eq!(ids(&hits), ["z"]);
    assert!(hits[0].snippet.contains("[Zoë]"), "{}", hits[0].snippet);
}
