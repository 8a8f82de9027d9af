//! Throughput of the facts stage (entities, claims, quantities, time expressions) on one core, over the
//! `text` fields of a JSON Lines file: `cargo run --release --example facts_speed -- FILE.jsonl`.
//! Reports MB/s of text, the best and the median of five passes after a warm-up (which builds the
//! gazetteer and compiles the patterns once, as a long-running process does); used by
//! `bench/facts-speed.sh`. With `--stages`, also the seconds each extractor took in the fastest
//! pass.

use std::io::BufRead;
use std::time::Instant;

// The allocator the `storyline` binary runs the stage with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: facts_speed FILE.jsonl");
        std::process::exit(2);
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let texts: Vec<(String, Option<chrono::NaiveDate>)> = std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .map(|v| {
            let date =
                v["date"].as_str().and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
            (v["text"].as_str().unwrap_or("").to_string(), date)
        })
        .collect();
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let stages = std::env::args().any(|a| a == "--stages");
    // Seconds per extractor: entities, claims, quantities, times.
    let pass = |spent: &mut [f64; 4]| {
        let mut n_facts = 0usize;
        for (text, date) in &texts {
            let mut clock = Instant::now();
            let mut lap = |stage: usize| {
                if stages {
                    spent[stage] += clock.elapsed().as_secs_f64();
                    clock = Instant::now();
                }
            };
            let entities = storyline_pipeline::extract::entities::entities(text);
            lap(0);
            n_facts += storyline_pipeline::extract::claims::claims(text, &entities).len();
            lap(1);
            n_facts += entities.len();
            n_facts += storyline_pipeline::extract::quantities::quantities(text).len();
            lap(2);
            n_facts += storyline_pipeline::extract::times::times(text, *date).len();
            lap(3);
        }
        n_facts
    };
    pass(&mut [0.0; 4]);
    let mut times = Vec::new();
    let mut n_facts = 0;
    for _ in 0..5 {
        let mut spent = [0.0; 4];
        let started = Instant::now();
        n_facts = pass(&mut spent);
        times.push((started.elapsed().as_secs_f64(), spent));
    }
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    if stages {
        let [e, c, q, t] = times[0].1;
        println!("stages of the fastest pass: entities {e:.3} s, claims {c:.3} s, quantities {q:.3} s, times {t:.3} s");
    }
    let times: Vec<f64> = times.iter().map(|t| t.0).collect();
    let (secs, median) = (times[0], times[2]);
    println!(
        "{} articles, {:.1} MB of text, {} facts in {:.2} s: {:.2} MB/s on one core (median of 5 passes {:.2} MB/s)",
        texts.len(),
        bytes as f64 / 1e6,
        n_facts,
        secs,
        bytes as f64 / 1e6 / secs,
        bytes as f64 / 1e6 / median
    );
}
