//! Clusters analysed articles (`storyline analyze --json` output) with the settings given, printing
//! `id<TAB>event<TAB>story` per article: for tuning the settings in `bench/clusters.py --sweep`.
//! Usage: assign ANALYSED.jsonl [EVENT_THRESHOLD STORY_THRESHOLD EVENT_DAYS STORY_DAYS REFINE_ROUNDS]
//! [FEATURE_SEED] (features hashed under another seed: the batch placed in another order, for
//! `bench/clusters.py --seeds`). A setting given as `-` keeps its shipped value.

use std::io::{BufRead, Write};
use storyline_cluster::{Config, Doc, State};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seed: u64 = args.get(7).and_then(|a| a.parse().ok()).unwrap_or(0);
    let file = std::fs::File::open(&args[1]).expect("analysed articles");
    let docs: Vec<Doc> = std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str(&l).ok())
        .map(|a| Doc::seeded(&a, seed))
        .collect();
    let mut config = Config::standard();
    let num = |i: usize, default: f32| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    config.event_threshold = num(2, config.event_threshold);
    config.story_threshold = num(3, config.story_threshold);
    config.event_days = num(4, config.event_days);
    config.story_days = num(5, config.story_days);
    config.refine_rounds = num(6, config.refine_rounds as f32) as usize;
    let mut state = State::default();
    let out = std::io::stdout();
    let mut out = out.lock();
    for a in state.assign(&config, docs) {
        writeln!(out, "{}\t{}\t{}", a.article.0, a.event, a.story).ok();
    }
}
