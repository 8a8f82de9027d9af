//! Shared by the web tests: a store holding the demo corpus.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use storyline_engine::{Engine, IngestOptions};

/// The demo corpus's files, in name order.
pub fn demo_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo/corpus");
    let mut files = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("demo corpus") {
            let path = entry.expect("entry").path();
            if path.is_dir() { dirs.push(path) } else { files.push(path) }
        }
    }
    files.sort();
    files
}

/// A fresh store with the demo corpus ingested.
pub fn demo_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut engine = Engine::open(dir.path()).expect("store");
    let report = engine.ingest(&IngestOptions::standard(), &demo_files(), &(), &mut |_| {}).expect("ingest");
    assert!(report.n_stored > 20 && report.n_failed == 0, "{report:?}");
    dir
}

/// The app's router over the store in `dir`.
pub fn router(dir: &Path) -> axum::Router {
    storyline_web::router(storyline_web::App::open(dir).expect("open app"))
}
