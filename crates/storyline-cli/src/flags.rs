//! Command-line flags: exactly what the user typed, nothing derived yet.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// The default store directory, relative to the working directory.
pub const DEFAULT_STORE: &str = "storyline-store";

/// storyline: news articles in, clean text, facts, stories and timelines out.
#[derive(Debug, Parser)]
#[command(name = "storyline", version, about, long_about = None)]
pub struct Args {
    /// Store directory [default: ./storyline-store].
    #[arg(long, global = true, env = "STORYLINE_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// More logging on stderr (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors on stderr, no progress bar.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

impl Args {
    /// The store directory to use.
    pub fn store_dir(&self) -> PathBuf {
        self.store.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_STORE))
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles without storing them: clean text, metadata and facts per article.
    Analyze(Analyze),
    /// Analyse articles and add them to the store.
    Ingest(Ingest),
    /// Full-text search over stored articles.
    Search(Search),
    /// Counts over the store.
    Stats(JsonOnly),
    /// Show one stored article.
    Article(ArticleCmd),
    /// Events (one happening each, with its reports), latest first.
    Events(EventsCmd),
    /// Stories (threads of events), largest first.
    Stories(ListCmd),
    /// One story: its events and articles.
    Story(StoryCmd),
    /// A story's timeline: dated entries with their sources, and disagreements.
    Timeline(TimelineCmd),
    /// Forget all events and stories and cluster the whole store again.
    Recluster(JsonOnly),
    /// Ingest the built-in demo corpus into a fresh store and show what was found.
    Demo(DemoCmd),
    /// One entity across the store: mentions per month, stories, co-occurring entities.
    Entity(EntityCmd),
    /// Open the store as a local web app (search, stories, timelines, articles) with a JSON API.
    Serve(ServeCmd),
}

/// `storyline demo`.
#[derive(Debug, clap::Args)]
pub struct DemoCmd {
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
    /// Then serve the demo store as a web app.
    #[arg(long)]
    pub serve: bool,
    /// Address to serve on (with --serve).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
}

/// `storyline entity`.
#[derive(Debug, clap::Args)]
pub struct EntityCmd {
    /// The entity's canonical name ("Kim Jong Un"), case-insensitive.
    pub name: String,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// `storyline serve`.
#[derive(Debug, clap::Args)]
pub struct ServeCmd {
    /// Address to listen on. The default only accepts connections from this machine.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
}

/// `storyline events`.
#[derive(Debug, clap::Args)]
pub struct EventsCmd {
    /// Only this story's events.
    #[arg(long)]
    pub story: Option<String>,
    /// At most this many (all when left out).
    #[arg(long)]
    pub limit: Option<usize>,
    /// One JSON object per event per line.
    #[arg(long)]
    pub json: bool,
}

/// `storyline stories`.
#[derive(Debug, clap::Args)]
pub struct ListCmd {
    /// At most this many (all when left out).
    #[arg(long)]
    pub limit: Option<usize>,
    /// One JSON object per story per line.
    #[arg(long)]
    pub json: bool,
}

/// `storyline story`.
#[derive(Debug, clap::Args)]
pub struct StoryCmd {
    /// The story's id (from `storyline stories`).
    pub id: String,
    /// Print the story as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// `storyline timeline`.
#[derive(Debug, clap::Args)]
pub struct TimelineCmd {
    /// The story's id (from `storyline stories`).
    pub id: String,
    /// Keep the N entries most articles point at (all when left out), still in date order.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Print the timeline as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// `storyline analyze`.
#[derive(Debug, clap::Args)]
pub struct Analyze {
    /// Files or directories (walked recursively); `-` reads standard input. Text, seed format,
    /// JSONL/JSON, HTML, WARC; gzip or zstd compressed or not.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// One JSON object per article per line.
    #[arg(long)]
    pub json: bool,
    /// Clean only: text, removed lines and metadata, without entities, numbers, times and claims
    /// (their lists are empty). About three times faster on HTML pages.
    #[arg(long)]
    pub no_facts: bool,
}

/// `storyline ingest`.
#[derive(Debug, clap::Args)]
pub struct Ingest {
    /// Files or directories (walked recursively); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the summary as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// `storyline search`.
#[derive(Debug, clap::Args)]
pub struct Search {
    /// Words, "quoted phrases", OR, -excluded, prefix*.
    #[arg(required = true)]
    pub query: Vec<String>,
    /// Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Published on or before (YYYY, YYYY-MM or YYYY-MM-DD; inclusive).
    #[arg(long)]
    pub to: Option<String>,
    /// Only this outlet (case-insensitive).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only articles naming this entity (its canonical name, case-insensitive).
    #[arg(long)]
    pub entity: Option<String>,
    /// Only articles of this story.
    #[arg(long)]
    pub story: Option<String>,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Skip this many hits.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// One JSON object per hit per line.
    #[arg(long)]
    pub json: bool,
}

/// Commands whose only flag is `--json`.
#[derive(Debug, clap::Args)]
pub struct JsonOnly {
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// `storyline article`.
#[derive(Debug, clap::Args)]
pub struct ArticleCmd {
    /// The article's id.
    pub id: String,
    /// Print the article as one JSON object.
    #[arg(long)]
    pub json: bool,
}
