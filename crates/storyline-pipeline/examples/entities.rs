//! Tags entities in JSON Lines on stdin (`{"id", "text"}`), printing `{"id", "entities"}` per
//! line. Used by `bench/ecb_entities.py`.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let entities = storyline_pipeline::extract::entities::entities(doc["text"].as_str().unwrap_or(""));
        let row = serde_json::json!({"id": doc["id"], "entities": entities});
        writeln!(out, "{row}").ok();
    }
}
