//! Reading input: files, directories and standard input, in every format a user has, into
//! [`RawArticle`]s. The only crate that reads input.
//!
//! Formats are recognised by content, not by file name: gzip and zstd by their magic bytes, then
//! WARC (`WARC/1.x`), a JSON array (`[`), JSON Lines (`{`), HTML (`<`), the seed format
//! (`date YYYY-MM-DD` then text) and, failing all of those, plain text.
//!
//! A broken record is data, not a reason to stop: readers hand each article or [`Diagnostic`] to
//! a callback and carry on with the next record.

mod decode;
mod json;
mod text;
mod warc;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use storyline_model::{Diagnostic, RawArticle};

/// Everything that can go wrong while reading input. Each is reported as a [`Diagnostic`] naming
/// the file and, where there is one, the line or record.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{}", io_message(.0))]
    Io(#[from] io::Error),
    /// A gzip or zstd stream ended early or is corrupt.
    #[error("{format} stream is truncated or corrupt: {source}")]
    Decompress {
        /// `gzip` or `zstd`.
        format: &'static str,
        /// What the decoder said.
        source: io::Error,
    },
    /// Bytes that are not UTF-8 where UTF-8 is required.
    #[error("invalid UTF-8 at line {line}, column {column}")]
    InvalidUtf8 {
        /// 1-based line.
        line: usize,
        /// 1-based byte column.
        column: usize,
    },
    /// A JSON line or document that does not parse.
    #[error("invalid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A JSON record that is not an object or lacks text.
    #[error("{0}")]
    Record(String),
    /// A WARC file whose structure is broken.
    #[error("malformed WARC: {0}")]
    Warc(String),
    /// A document larger than the configured limit.
    #[error("document is {size} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// Size seen.
        size: u64,
        /// The limit.
        limit: u64,
    },
}

/// An IO error's message, unwrapping a decompressor's error so that it reads plainly.
fn io_message(err: &io::Error) -> String {
    match err.get_ref().and_then(|inner| inner.downcast_ref::<Error>()) {
        Some(inner) => inner.to_string(),
        None => format!("cannot read: {err}"),
    }
}

/// Largest single document (a text, HTML page or WARC record) read into memory.
pub const MAX_DOCUMENT_BYTES: u64 = 64 << 20;

/// One thing to read: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The file, or `None` for standard input.
    pub path: Option<PathBuf>,
    /// How the input is named in `source` and diagnostics.
    pub name: String,
    /// Size in bytes on disk (0 for standard input).
    pub len: u64,
}

/// What a reader hands back: an article, or a problem with a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A record read.
    Article(RawArticle),
    /// A record or file that could not be read (fully).
    Problem(Diagnostic),
}

/// Expands paths into inputs: directories are walked recursively in name order (hidden entries
/// skipped), `-` is standard input. Paths that do not exist are reported, not fatal.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<Diagnostic>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input { path: None, name: "-".to_string(), len: 0 });
            continue;
        }
        walk(path, 0, &mut inputs, &mut problems);
    }
    (inputs, problems)
}

fn walk(path: &Path, depth: usize, inputs: &mut Vec<Input>, problems: &mut Vec<Diagnostic>) {
    let name = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) => {
            problems.push(Diagnostic::error(name, format!("cannot open: {err}")));
            return;
        }
    };
    if meta.is_file() {
        inputs.push(Input { path: Some(path.to_path_buf()), name, len: meta.len() });
        return;
    }
    if !meta.is_dir() {
        problems.push(Diagnostic::error(name, "not a file or directory"));
        return;
    }
    if depth > 64 {
        problems.push(Diagnostic::error(name, "directories nested too deep (a symlink loop?)"));
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Diagnostic::error(name, format!("cannot list directory: {err}")));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    children.sort();
    for child in children {
        walk(&child, depth + 1, inputs, problems);
    }
}

/// Reads one input, handing every article and problem to `emit`. `progress` is told how many
/// bytes of the (possibly compressed) input have been consumed so far.
pub fn read(input: &Input, progress: &mut dyn FnMut(u64), emit: &mut dyn FnMut(Item)) {
    let result = match &input.path {
        Some(path) => match File::open(path) {
            Ok(file) => read_from(&input.name, file, progress, emit),
            Err(err) => Err(Error::Io(err)),
        },
        None => read_from(&input.name, io::stdin().lock(), progress, emit),
    };
    if let Err(err) = result {
        emit(Item::Problem(Diagnostic::error(input.name.clone(), err.to_string())));
    }
}

/// Reads articles from any byte stream named `name` (used for files, stdin and uploads).
/// Errors that end the stream early are returned; record-level problems go to `emit`.
pub fn read_from(
    name: &str,
    reader: impl Read,
    progress: &mut dyn FnMut(u64),
    emit: &mut dyn FnMut(Item),
) -> Result<(), Error> {
    let counted = Counting { inner: reader, n: 0, progress };
    let mut buffered = BufReader::with_capacity(1 << 16, counted);
    let magic = peek(&mut buffered, 4)?;
    if magic.starts_with(&[0x1f, 0x8b]) {
        let decoder = flate2::bufread::MultiGzDecoder::new(buffered);
        read_plain(name, Decompressed { inner: decoder, format: "gzip" }, emit)
    } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let decoder = zstd::stream::read::Decoder::with_buffer(buffered).map_err(Error::Io)?;
        read_plain(name, Decompressed { inner: decoder, format: "zstd" }, emit)
    } else {
        read_plain(name, buffered, emit)
    }
}

/// The detected format of a decompressed stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Warc,
    JsonArray,
    JsonLines,
    Html,
    Text,
}

fn detect(prefix: &[u8]) -> Format {
    let prefix = prefix.strip_prefix(b"\xef\xbb\xbf").unwrap_or(prefix);
    let start = prefix.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(prefix.len());
    let head = &prefix[start..];
    if head.starts_with(b"WARC/") {
        Format::Warc
    } else if head.starts_with(b"[") {
        Format::JsonArray
    } else if head.starts_with(b"{") {
        Format::JsonLines
    } else if head.starts_with(b"<") {
        Format::Html
    } else {
        Format::Text
    }
}

fn read_plain(name: &str, reader: impl Read, emit: &mut dyn FnMut(Item)) -> Result<(), Error> {
    let mut buffered = BufReader::with_capacity(1 << 16, reader);
    let prefix = peek(&mut buffered, 512)?;
    match detect(&prefix) {
        Format::Warc => warc::read(name, buffered, emit),
        Format::JsonLines => json::read_lines(name, buffered, emit),
        Format::JsonArray => json::read_document(name, read_all(buffered)?, emit),
        Format::Html => {
            let bytes = read_all(buffered)?;
            let html = decode::html_to_string(&bytes, None);
            emit(Item::Article(RawArticle::new(name, storyline_model::Body::Html(html))));
            Ok(())
        }
        Format::Text => text::read(name, &read_all(buffered)?, emit),
    }
}

/// Returns up to `n` bytes from the front of the stream without consuming them.
fn peek<R: Read>(reader: &mut BufReader<R>, n: usize) -> Result<Vec<u8>, Error> {
    let buf = reader.fill_buf()?;
    Ok(buf[..buf.len().min(n)].to_vec())
}

fn read_all(mut reader: impl Read) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    let n = (&mut reader).take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes)?;
    if n as u64 > MAX_DOCUMENT_BYTES {
        return Err(Error::TooLarge { size: n as u64, limit: MAX_DOCUMENT_BYTES });
    }
    Ok(bytes)
}

/// Counts bytes read from the raw input, for progress.
struct Counting<'a, R> {
    inner: R,
    n: u64,
    progress: &'a mut dyn FnMut(u64),
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let got = self.inner.read(buf)?;
        self.n += got as u64;
        (self.progress)(self.n);
        Ok(got)
    }
}

/// Marks errors from a decompressor so that they read as "truncated gzip", not a bare IO error.
struct Decompressed<R> {
    inner: R,
    format: &'static str,
}

impl<R: Read> Read for Decompressed<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|err| io::Error::other(Error::Decompress { format: self.format, source: err }))
    }
}

#[cfg(test)]
mod tests;
