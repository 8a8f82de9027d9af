//! `storyline demo`: the built-in corpus (fiction written for storyline, in every input format),
//! ingested into a fresh store, then a tour of what was found.

use anyhow::{Context, bail};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use storyline_engine::{Engine, IngestOptions, IngestReport, SearchQuery};

/// The demo corpus, compiled into the binary so that `demo` works from any directory.
pub const CORPUS: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));

/// Runs the demo into `store` (or a fresh directory under the system's temp dir).
pub fn run(store: Option<PathBuf>, json: bool, quiet: bool) -> anyhow::Result<(ExitCode, PathBuf)> {
    let dir = match store {
        Some(dir) => {
            if dir.join(storyline_engine::DB_FILE).exists() {
                let engine = Engine::open_read_only(&dir)?;
                if engine.count()? > 0 {
                    bail!(
                        "store {} already holds articles; the demo needs a fresh store (leave out --store, or name an empty directory)",
                        dir.display()
                    );
                }
            }
            dir
        }
        None => {
            let dir = std::env::temp_dir().join("storyline-demo");
            for suffix in ["", "-wal", "-shm"] {
                let file = dir.join(format!("{}{suffix}", storyline_engine::DB_FILE));
                if file.exists() {
                    std::fs::remove_file(&file).with_context(|| format!("clearing {}", file.display()))?;
                }
            }
            let index = dir.join(storyline_engine::SEARCH_DIR);
            if index.exists() {
                std::fs::remove_dir_all(&index).with_context(|| format!("clearing {}", index.display()))?;
            }
            dir
        }
    };
    let mut engine = Engine::open(&dir).with_context(|| format!("opening store {}", dir.display()))?;
    let options = IngestOptions::standard();
    let mut total = IngestReport::default();
    for (name, bytes) in CORPUS {
        let report = engine.ingest_bytes(&options, name, bytes, &mut |d| {
            if !quiet {
                eprintln!("storyline: {d}");
            }
        })?;
        total.n_inputs += report.n_inputs;
        total.n_read += report.n_read;
        total.n_stored += report.n_stored;
        total.n_duplicates += report.n_duplicates;
        total.n_replaced += report.n_replaced;
        total.n_failed += report.n_failed;
        total.n_warnings += report.n_warnings;
    }
    let stats = engine.stats()?;
    let hits = engine.search(&SearchQuery::new("strike", 5))?;
    let stories = engine.stories()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        let summary = serde_json::json!({ "store": dir.display().to_string(), "ingest": total, "stats": stats, "search": { "query": "strike", "hits": hits } });
        writeln!(out, "{summary}")?;
    } else {
        writeln!(
            out,
            "storyline demo: {} inputs in every format, {} articles read, {} stored, {} duplicates, {} replaced by a newer version, {} failed",
            total.n_inputs, total.n_read, total.n_stored, total.n_duplicates, total.n_replaced, total.n_failed
        )?;
        writeln!(out, "store: {}\n", dir.display())?;
        writeln!(
            out,
            "{} articles from {} outlets, {} to {}",
            stats.articles,
            stats.outlets,
            stats.first.as_deref().unwrap_or("-"),
            stats.last.as_deref().unwrap_or("-")
        )?;
        writeln!(out, "\nsearch \"strike\":")?;
        for hit in &hits {
            writeln!(
                out,
                "  {}  {}  {}",
                hit.published.map(|p| p.day()).unwrap_or_default(),
                hit.outlet.as_deref().unwrap_or("-"),
                hit.title.as_deref().unwrap_or("(no title)")
            )?;
            writeln!(out, "      {}", hit.snippet)?;
        }
        writeln!(out, "\n{} stories, {} events; the largest:", stats.stories, stats.events)?;
        for story in stories.iter().take(3) {
            writeln!(out, "  {}  {} reports  {}", story.id, story.reports, story.title)?;
        }
        let store_flag = format!("--store {}", dir.display());
        writeln!(
            out,
            "\nnext:\n  storyline {store_flag} search flood --from 2025-03 --to 2025-03\n  storyline {store_flag} stories\n  storyline {store_flag} timeline {}\n  storyline {store_flag} stats\n  storyline analyze --json demo/corpus/seed/rotterdam-strike-market.txt",
            stories.first().map_or("STORY_ID", |s| s.id.as_str())
        )?;
        writeln!(out, "\nbrowse it:\n  storyline {store_flag} serve\n  then open http://127.0.0.1:8080/")?;
    }
    Ok((if total.n_failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }, dir))
}
