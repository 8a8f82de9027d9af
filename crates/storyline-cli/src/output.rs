//! How results are printed: JSON lines for scripts, short aligned text for people.

use std::io::{self, Write};
use std::path::Path;
use storyline_engine::IngestReport;
use storyline_model::{Article, Event, SearchHit, Stats, Story, Timeline, TimelineSource};

fn json_line(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Ignores a closed pipe (`storyline search x | head`), reports any other write error.
fn finish(result: io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// One line per analysed article.
pub fn article_summary(out: &mut impl Write, a: &Article) -> io::Result<()> {
    writeln!(
        out,
        "{}  {}  {}  {}  ({} words, {} removed)  {}",
        a.id,
        a.published.map(|p| p.day()).unwrap_or_else(|| "----------".into()),
        a.outlet.as_deref().unwrap_or("-"),
        a.title.as_deref().unwrap_or("(no title)"),
        a.text.split_whitespace().count(),
        a.removed.len(),
        a.source,
    )
}

/// The ingest summary.
pub fn report(report: &IngestReport, json: bool, store: &Path) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish(if json {
        json_line(&mut out, report)
    } else {
        writeln!(
            out,
            "read {} articles from {} inputs: {} stored, {} duplicates, {} replaced, {} failed{}; {} clustered ({} copies) (store: {})",
            report.n_read,
            report.n_inputs,
            report.n_stored,
            report.n_duplicates,
            report.n_replaced,
            report.n_failed,
            if report.n_warnings > 0 { format!(", {} warnings", report.n_warnings) } else { String::new() },
            report.n_clustered,
            report.n_copies,
            store.display()
        )
    })
}

/// Search hits.
pub fn hits(hits: &[SearchHit], json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish((|| {
        for hit in hits {
            if json {
                json_line(&mut out, hit)?;
            } else {
                writeln!(
                    out,
                    "{}  {}  {}  {}\n    {}",
                    hit.id,
                    hit.published.map(|p| p.day()).unwrap_or_else(|| "----------".into()),
                    hit.outlet.as_deref().unwrap_or("-"),
                    hit.title.as_deref().unwrap_or("(no title)"),
                    hit.snippet
                )?;
            }
        }
        if hits.is_empty() && !json {
            writeln!(out, "no matches")?;
        }
        Ok(())
    })())
}

/// Store counts.
pub fn stats(stats: &Stats, json: bool, store: &Path) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish(if json {
        json_line(&mut out, stats)
    } else {
        (|| {
            writeln!(out, "store      {}", store.display())?;
            writeln!(out, "articles   {}", stats.articles)?;
            writeln!(out, "events     {}", stats.events)?;
            writeln!(out, "stories    {}", stats.stories)?;
            writeln!(out, "outlets    {}", stats.outlets)?;
            writeln!(
                out,
                "dates      {} to {} ({} undated)",
                stats.first.as_deref().unwrap_or("-"),
                stats.last.as_deref().unwrap_or("-"),
                stats.undated
            )?;
            let langs: Vec<String> = stats.languages.iter().map(|l| format!("{} {}", l.name, l.count)).collect();
            writeln!(out, "languages  {}", langs.join(", "))?;
            for o in &stats.top_outlets {
                writeln!(out, "  {:>6}  {}", o.count, o.name)?;
            }
            Ok(())
        })()
    })
}

/// One article in full.
pub fn article(a: &Article, json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish(if json {
        json_line(&mut out, a)
    } else {
        (|| {
            writeln!(out, "{}", a.title.as_deref().unwrap_or("(no title)"))?;
            writeln!(
                out,
                "{} | {} | {} | {}",
                a.outlet.as_deref().unwrap_or("-"),
                a.published.map(|p| p.to_string()).unwrap_or_else(|| "undated".into()),
                a.byline.as_deref().unwrap_or("-"),
                a.credits.join(", ")
            )?;
            writeln!(out, "{}\n", a.url.as_deref().unwrap_or(&a.source))?;
            writeln!(out, "{}\n", a.text)?;
            for r in &a.removed {
                writeln!(out, "[removed {}] {}", r.kind.as_str(), r.text)?;
            }
            Ok(())
        })()
    })
}

fn span(first: &Option<String>, last: &Option<String>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f == l => f.clone(),
        (Some(f), Some(l)) => format!("{f} to {l}"),
        _ => "undated".into(),
    }
}

/// Events, one block each.
pub fn events(events: &[Event], json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish((|| {
        for e in events {
            if json {
                json_line(&mut out, e)?;
            } else {
                writeln!(
                    out,
                    "{}  {}  ({} reports, {} articles; story {})",
                    e.id,
                    span(&e.first, &e.last),
                    e.reports,
                    e.articles.len(),
                    e.story
                )?;
                writeln!(out, "    {}", e.title)?;
            }
        }
        Ok(())
    })())
}

/// Stories, one block each.
pub fn stories(stories: &[Story], json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish((|| {
        for s in stories {
            if json {
                json_line(&mut out, s)?;
            } else {
                let names: Vec<&str> = s.entities.iter().take(5).map(|n| n.name.as_str()).collect();
                writeln!(
                    out,
                    "{}  {}  ({} reports, {} events, {} outlets)",
                    s.id,
                    span(&s.first, &s.last),
                    s.reports,
                    s.events.len(),
                    s.outlets.len()
                )?;
                writeln!(out, "    {}", s.title)?;
                if !names.is_empty() {
                    writeln!(out, "    {}", names.join(", "))?;
                }
            }
        }
        Ok(())
    })())
}

/// One story with its events and articles.
pub fn entity(e: &storyline_model::EntityReport, json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish(if json {
        json_line(&mut out, e)
    } else {
        (|| {
            writeln!(out, "{} ({}), named in {} articles", e.name, e.kind.as_str(), e.articles)?;
            if let (Some(lat), Some(lon)) = (e.lat, e.lon) {
                writeln!(out, "at {lat:.3}, {lon:.3} in {}", e.country.as_deref().unwrap_or("?"))?;
            }
            let months: Vec<String> = e.months.iter().map(|m| format!("{} {}", m.name, m.count)).collect();
            writeln!(out, "per month: {}", months.join(", "))?;
            for s in &e.stories {
                writeln!(out, "  {}  {} articles  {}", s.id, s.count, s.title)?;
            }
            let with: Vec<String> = e.cooccurring.iter().map(|n| format!("{} ({})", n.name, n.count)).collect();
            writeln!(out, "named with: {}", with.join(", "))
        })()
    })
}

pub fn story(story: &Story, events: &[Event], json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish(if json {
        json_line(&mut out, story)
    } else {
        (|| {
            writeln!(out, "{}  {}", story.id, story.title)?;
            writeln!(
                out,
                "{}; {} reports from {}",
                span(&story.first, &story.last),
                story.reports,
                story.outlets.join(", ")
            )?;
            let names: Vec<String> = story.entities.iter().map(|n| format!("{} ({})", n.name, n.count)).collect();
            writeln!(out, "about: {}\n", names.join(", "))?;
            let mut events: Vec<&Event> = events.iter().collect();
            events.sort_by(|a, b| (&a.first, &a.id).cmp(&(&b.first, &b.id)));
            for e in events {
                writeln!(out, "{}  {}  {}", e.id, span(&e.first, &e.last), e.title)?;
                for a in &e.articles {
                    writeln!(
                        out,
                        "    {}{}  {}  {}  {}",
                        if a.duplicate_of.is_some() { "copy of " } else { "" },
                        a.duplicate_of.as_ref().map(|d| format!("{d}: ")).unwrap_or_default(),
                        a.published.map(|p| p.day()).unwrap_or_else(|| "----------".into()),
                        a.outlet.as_deref().unwrap_or("-"),
                        a.title.as_deref().unwrap_or(&a.id.0)
                    )?;
                }
            }
            Ok(())
        })()
    })
}

/// The outlets (else article ids) of sources, comma-separated.
fn outlets(sources: &[TimelineSource]) -> String {
    let who: Vec<&str> = sources.iter().map(|s| s.outlet.as_deref().unwrap_or(&s.article.0)).collect();
    who.join(", ")
}

/// A timeline: dated entries with sources, then disagreements.
pub fn timeline(t: &Timeline, json: bool) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    finish(if json {
        json_line(&mut out, t)
    } else {
        (|| {
            writeln!(out, "{}  {}\n", t.story, t.title)?;
            for e in &t.entries {
                writeln!(out, "{:<10}  {}", e.date, e.text)?;
                let sources: Vec<String> = e
                    .sources
                    .iter()
                    .map(|s| {
                        let via =
                            if s.via.is_empty() { String::new() } else { format!(" via {}", s.via.join(" → ")) };
                        format!(
                            "{} {}{}",
                            s.outlet.as_deref().unwrap_or(&s.article.0),
                            s.published.map(|p| p.day()).unwrap_or_default(),
                            via
                        )
                    })
                    .collect();
                writeln!(out, "            sources: {}", sources.join("; "))?;
            }
            for d in &t.disagreements {
                let values: Vec<String> =
                    d.values.iter().map(|v| format!("{} ({})", v.text, outlets(&v.sources))).collect();
                writeln!(out, "disagreement on {}: {}", d.about, values.join(" vs "))?;
            }
            for d in &t.date_disagreements {
                let dates: Vec<String> =
                    d.dates.iter().map(|x| format!("{} ({})", x.date, outlets(&x.sources))).collect();
                writeln!(out, "dates disagree on: {}\n    {}", d.about, dates.join(" vs "))?;
            }
            Ok(())
        })()
    })
}
