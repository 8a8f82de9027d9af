//! The `storyline` command: parse flags, set up logging, hand off to the engine.
//!
//! Results go to stdout (`--json`: one JSON object per line), everything else to stderr. Exit
//! code 0: all went well; 1: some input could not be read (the rest was processed); 2: the run
//! itself failed (bad flags, unusable store).

mod demo;
mod flags;
mod output;

use anyhow::Context;
use clap::Parser;
use flags::{Args, Command};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use storyline_engine::{Engine, IngestOptions, IngestReport, Progress, SearchQuery, Stage};
use storyline_model::Diagnostic;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Args::parse();
    run(args).unwrap_or_else(|err| {
        eprintln!("storyline: {err:#}");
        ExitCode::from(2)
    })
}

fn serve(store: &std::path::Path, addr: std::net::SocketAddr) -> anyhow::Result<()> {
    if !addr.ip().is_loopback() {
        eprintln!("storyline: warning: {addr} accepts connections from other machines; the app has no login");
    }
    storyline_web::serve(store, addr, |bound| {
        eprintln!("storyline: serving {} at http://{bound}/ (Ctrl-C stops)", store.display());
    })
    .with_context(|| format!("serving {}", store.display()))
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    init_logging(args.verbose, args.quiet);
    let store = args.store_dir();
    match args.command {
        Command::Analyze(cmd) => {
            let progress = Bar::new(args.quiet);
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut write_error = None;
            let mut options = IngestOptions::standard();
            options.pipeline.facts = !cmd.no_facts;
            let report = storyline_engine::analyze(
                &options,
                &cmd.paths,
                &progress,
                &mut |d| progress.problem(d),
                &mut |article| {
                    if write_error.is_none() {
                        let result = if cmd.json {
                            serde_json::to_writer(&mut out, &article)
                                .map_err(std::io::Error::from)
                                .and_then(|_| out.write_all(b"\n"))
                        } else {
                            output::article_summary(&mut out, &article)
                        };
                        write_error = result.err();
                    }
                },
            );
            progress.finish();
            if let Some(err) = write_error.filter(|e| e.kind() != std::io::ErrorKind::BrokenPipe) {
                return Err(err).context("writing results");
            }
            out.flush().ok();
            Ok(exit_code(&report))
        }
        Command::Ingest(cmd) => {
            let mut engine = Engine::open(&store).with_context(|| format!("opening store {}", store.display()))?;
            let progress = Bar::new(args.quiet);
            let report = engine
                .ingest(&IngestOptions::standard(), &cmd.paths, &progress, &mut |d| progress.problem(d))
                .context("ingesting")?;
            progress.finish();
            output::report(&report, cmd.json, &store)?;
            Ok(exit_code(&report))
        }
        Command::Search(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            let mut query = SearchQuery::new(cmd.query.join(" "), cmd.limit);
            query.from = cmd.from.as_deref().map(storyline_engine::parse_date_bound).transpose()?;
            query.to = cmd.to.as_deref().map(storyline_engine::parse_date_bound).transpose()?;
            query.outlet = cmd.outlet;
            query.entity = cmd.entity;
            query.story = cmd.story;
            query.offset = cmd.offset;
            let hits = engine.search(&query)?;
            output::hits(&hits, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            output::stats(&engine.stats()?, cmd.json, &store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Article(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            let article = engine.article(&cmd.id)?;
            output::article(&article, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Events(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            let mut events = engine.events(cmd.story.as_deref())?;
            events.truncate(cmd.limit.unwrap_or(usize::MAX));
            output::events(&events, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stories(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            let mut stories = engine.stories()?;
            stories.truncate(cmd.limit.unwrap_or(usize::MAX));
            output::stories(&stories, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Story(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            let story = engine.story(&cmd.id)?;
            let events = engine.events(Some(&cmd.id))?;
            output::story(&story, &events, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Timeline(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            let mut timeline = engine.timeline(&cmd.id)?;
            if let Some(limit) = cmd.limit {
                storyline_engine::keep_top_entries(&mut timeline, limit);
            }
            output::timeline(&timeline, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Recluster(cmd) => {
            let mut engine = Engine::open(&store).with_context(|| format!("opening store {}", store.display()))?;
            let progress = Bar::new(args.quiet);
            let report = engine.recluster(&IngestOptions::standard(), &progress).context("re-clustering")?;
            progress.finish();
            output::report(&report, cmd.json, &store)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo(cmd) => {
            let (code, dir) = demo::run(args.store.clone(), cmd.json, args.quiet)?;
            if cmd.serve {
                serve(&dir, cmd.addr)?;
            }
            Ok(code)
        }
        Command::Entity(cmd) => {
            let engine = Engine::open_read_only(&store)?;
            output::entity(&engine.entity(&cmd.name)?, cmd.json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(cmd) => {
            serve(&store, cmd.addr)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn exit_code(report: &IngestReport) -> ExitCode {
    if report.n_failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn init_logging(verbose: u8, quiet: bool) {
    let default = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("STORYLINE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // Closing spans (ingest, cluster, timelines) print their time at -v.
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::stderr().is_terminal())
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .init();
}

/// A progress bar on stderr when it is a terminal; nothing when piped.
pub struct Bar {
    bar: Option<indicatif::ProgressBar>,
}

impl Bar {
    fn new(quiet: bool) -> Bar {
        if quiet || !std::io::stderr().is_terminal() {
            return Bar { bar: None };
        }
        let bar = indicatif::ProgressBar::new(0);
        let style = indicatif::ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}) {msg}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        bar.set_style(style);
        Bar { bar: Some(bar) }
    }

    /// Prints a problem without tearing the bar.
    fn problem(&self, d: &Diagnostic) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("storyline: {d}")),
            None => eprintln!("storyline: {d}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn update(&self, stage: Stage, done: u64, total: u64) {
        let Some(bar) = &self.bar else { return };
        match stage {
            Stage::Read => {
                if total > 0 {
                    bar.set_length(total);
                }
                bar.set_position(done);
            }
            Stage::Analyze => bar.set_message(format!("{done} articles")),
            Stage::Cluster => bar.set_message(format!("clustering {total} articles")),
        }
    }
}
