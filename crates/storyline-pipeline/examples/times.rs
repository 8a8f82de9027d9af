//! Tags time expressions in JSON Lines on stdin (`{"id", "text", "dct"}`), printing
//! `{"id", "times"}` per line. Used by `bench/tbaq_times.py`.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = doc["text"].as_str().unwrap_or("");
        let dct =
            doc["dct"].as_str().and_then(|d| chrono::NaiveDate::parse_from_str(&d[..d.len().min(10)], "%Y-%m-%d").ok());
        let times = storyline_pipeline::extract::times::times(text, dct);
        let row = serde_json::json!({"id": doc["id"], "times": times});
        writeln!(out, "{row}").ok();
    }
}
