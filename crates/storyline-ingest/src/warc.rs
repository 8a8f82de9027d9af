//! WARC files (ISO 28500): `response` records holding HTTP responses with HTML, and `resource`
//! records holding HTML directly. `WARC-Target-URI` is the article's URL and `WARC-Date` a
//! fallback publication date. Request, metadata, warcinfo and revisit records are skipped.

use crate::{Error, Item, MAX_DOCUMENT_BYTES, decode};
use std::io::{BufRead, Read};
use storyline_model::{Body, Diagnostic, Published, RawArticle};

struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Reads every record; a record that holds no HTML is reported, and a broken file structure
/// ends the file with an error after everything before it was emitted.
pub fn read(name: &str, mut reader: impl BufRead, emit: &mut dyn FnMut(Item)) -> Result<(), Error> {
    let mut record_no = 0usize;
    let mut line = Vec::new();
    loop {
        // Find the version line, skipping the blank lines that end the previous record.
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        record_no += 1;
        if !line.starts_with(b"WARC/") {
            return Err(Error::Warc(format!(
                "record {record_no}: expected a WARC/1.x version line, found {:?}",
                String::from_utf8_lossy(&line[..line.len().min(40)])
            )));
        }
        let headers = read_headers(&mut reader)?;
        let length: u64 = headers
            .get("Content-Length")
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| Error::Warc(format!("record {record_no}: missing or bad Content-Length")))?;
        if length > MAX_DOCUMENT_BYTES {
            return Err(Error::TooLarge { size: length, limit: MAX_DOCUMENT_BYTES });
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut reader).take(length).read_to_end(&mut block)?;
        if (block.len() as u64) < length {
            return Err(Error::Warc(format!("record {record_no}: truncated ({} of {length} bytes)", block.len())));
        }
        let record_id = headers.get("WARC-Record-ID").unwrap_or("").trim_matches(['<', '>', ' ']);
        let source = if record_id.is_empty() { format!("{name}#{record_no}") } else { format!("{name}#{record_id}") };
        match headers.get("WARC-Type").map(str::trim).unwrap_or("") {
            "response" | "resource" => match article(&source, &headers, &block) {
                Ok(raw) => emit(Item::Article(raw)),
                Err(message) => {
                    let uri = headers.get("WARC-Target-URI").unwrap_or("?");
                    emit(Item::Problem(Diagnostic::error(
                        format!("{name}#{record_no}"),
                        format!("record for {uri}: {message}"),
                    )))
                }
            },
            _ => {}
        }
    }
}

fn read_headers(reader: &mut impl BufRead) -> Result<Headers, Error> {
    let mut headers = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Err(Error::Warc("file ends inside a record header".to_string()));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Ok(Headers(headers));
        }
        if headers.len() > 1000 {
            return Err(Error::Warc("too many header lines".to_string()));
        }
        match text.split_once(':') {
            Some((k, v)) => headers.push((k.trim().to_string(), v.trim().to_string())),
            // Continuation line (obsolete folding): append to the previous value.
            None => {
                if let Some(last) = headers.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(text.trim());
                }
            }
        }
    }
}

/// The HTML article in a response or resource record.
fn article(source: &str, headers: &Headers, block: &[u8]) -> Result<RawArticle, String> {
    let warc_type = headers.get("Content-Type").unwrap_or("").to_ascii_lowercase();
    let (content_type, payload) = if warc_type.starts_with("application/http") {
        let (status, http, body) = split_http(block)?;
        if !(200..300).contains(&status) {
            return Err(format!("HTTP status {status}, no HTML page"));
        }
        let body = decode_body(&http, body)?;
        (http.get("Content-Type").unwrap_or("").to_ascii_lowercase(), body)
    } else {
        (warc_type, block.to_vec())
    };
    let is_html = content_type.is_empty() || content_type.contains("html");
    if !is_html {
        return Err(format!("holds {}, not HTML", content_type.split(';').next().unwrap_or("")));
    }
    if payload.iter().all(u8::is_ascii_whitespace) {
        return Err("holds no HTML (empty payload)".to_string());
    }
    let charset = content_type.split(';').find_map(|p| p.trim().strip_prefix("charset=")).map(str::to_string);
    let html = decode::html_to_string(&payload, charset.as_deref());
    let mut raw = RawArticle::new(source, Body::Html(html));
    raw.url = headers.get("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string());
    raw.fallback_date = headers.get("WARC-Date").and_then(Published::parse);
    Ok(raw)
}

/// Splits an HTTP response into status, headers and body.
fn split_http(block: &[u8]) -> Result<(u16, Headers, &[u8]), String> {
    let (head_end, sep) = match find(block, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => find(block, b"\n\n").map(|i| (i, 2)).ok_or("HTTP headers never end")?,
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad HTTP status line {status_line:?}"))?;
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    Ok((status, Headers(headers), &block[head_end + sep..]))
}

/// Undoes chunked transfer encoding and gzip or deflate content encoding, which some crawlers
/// store as they came over the wire.
fn decode_body(http: &Headers, body: &[u8]) -> Result<Vec<u8>, String> {
    let mut body = body.to_vec();
    if http.get("Transfer-Encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        body = dechunk(&body).unwrap_or(body);
    }
    match http.get("Content-Encoding").map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        Some("gzip" | "x-gzip") => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .take(MAX_DOCUMENT_BYTES)
                .read_to_end(&mut out)
                .map_err(|e| format!("gzip body: {e}"))?;
            Ok(out)
        }
        Some("deflate") => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .take(MAX_DOCUMENT_BYTES)
                .read_to_end(&mut out)
                .map_err(|e| format!("deflate body: {e}"))?;
            Ok(out)
        }
        _ => Ok(body),
    }
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = find(data, b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..).unwrap_or(&[]);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
