//! How results are printed: JSON lines for scripts, short aligned text for people.

use std::io::{self, Write};
use std::path::Path;
use storyline_engine::IngestReport;
use storyline_model::{Article, SearchHit, Stats};

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
            "read {} articles from {} inputs: {} stored, {} duplicates, {} replaced, {} failed{} (store: {})",
            report.n_read,
            report.n_inputs,
            report.n_stored,
            report.n_duplicates,
            report.n_replaced,
            report.n_failed,
            if report.n_warnings > 0 { format!(", {} warnings", report.n_warnings) } else { String::new() },
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
