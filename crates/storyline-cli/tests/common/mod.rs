//! Helpers shared by the end-to-end tests: run the binary, read its JSON lines.

use serde_json::Value;
use std::process::{Command, Output};

/// Runs `storyline` with `args`, ignoring any `STORYLINE_STORE` in the environment.
pub fn storyline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(args)
        .env_remove("STORYLINE_STORE")
        .output()
        .expect("run storyline")
}

/// Parses stdout as one JSON object per line.
pub fn json_lines(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}
