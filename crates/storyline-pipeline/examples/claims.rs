//! Finds claims in JSON Lines on stdin (`{"id", "text"}`), printing `{"id", "claims"}` per line,
//! each claim with its speaker mention as written (`source_start`, `source_end`). Used by
//! `bench/polnear_claims.py`.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = doc["text"].as_str().unwrap_or("");
        let entities = storyline_pipeline::extract::entities::entities(text);
        let claims: Vec<serde_json::Value> = storyline_pipeline::extract::claims::claims_with_sources(text, &entities)
            .into_iter()
            .map(|(claim, source)| {
                let mut row = serde_json::to_value(&claim).unwrap_or_default();
                row["source_start"] = source.map(|s| s.0).into();
                row["source_end"] = source.map(|s| s.1).into();
                row
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"id": doc["id"], "claims": claims})).ok();
    }
}
