//! Bytes to text: strict UTF-8 for text formats (a bad byte is reported with its line), and
//! charset-aware decoding for HTML, whose pages still arrive in Latin-1, Shift JIS or GBK.

use crate::Error;
use encoding_rs::Encoding;

/// Decodes UTF-8 strictly, dropping a byte-order mark; reports the line and column of the first
/// bad byte.
pub fn utf8(bytes: &[u8]) -> Result<&str, Error> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|err| {
        let good = &bytes[..err.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        Error::InvalidUtf8 { line, column: good.len() - line_start + 1 }
    })
}

/// Decodes an HTML page: the byte-order mark, then the HTTP charset, then `<meta charset>` in
/// the first kilobytes, then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what
/// browsers assume for unlabelled Western pages). Never fails: undecodable bytes become U+FFFD.
///
/// A page whose bytes are valid UTF-8 with multi-byte characters in them is UTF-8 whatever it
/// declares: servers that label everything ISO-8859-1, and pages saved as UTF-8 that kept their
/// old `<meta charset=gb2312>`, are common, while Latin-1 or GBK text with non-ASCII letters is
/// almost never valid UTF-8 by chance.
pub fn html_to_string(bytes: &[u8], http_charset: Option<&str>) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0.into_owned();
    }
    let declared = http_charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]));
    let encoding = match declared {
        // Pages labelled Latin-1 or ASCII are decoded as Windows-1252 by every browser, and
        // pages that claim UTF-16 in a meta tag cannot be (the tag itself was ASCII).
        Some(enc) if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE => encoding_rs::UTF_8,
        Some(enc) if enc != encoding_rs::UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() => {
            encoding_rs::UTF_8
        }
        Some(enc) => enc,
        None if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Finds `charset=...` in a `<meta>` tag near the top of the page.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let tag_start = from + pos;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset=") {
            let value = &tag[c + 8..];
            let value = value.strip_prefix(b"\"").or(value.strip_prefix(b"'")).unwrap_or(value);
            let end =
                value.iter().position(|b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>')).unwrap_or(value.len());
            return Encoding::for_label(&value[..end]);
        }
        from = tag_end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_and_column_of_bad_utf8() {
        let err = utf8(b"fine\nalso fine\nbad \xff here").unwrap_err();
        assert_eq!(err.to_string(), "invalid UTF-8 at line 3, column 5");
        assert_eq!(utf8(b"\xef\xbb\xbfhello").unwrap(), "hello");
    }

    #[test]
    fn html_charsets() {
        let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><p>caf\xe9</p>";
        assert!(html_to_string(latin1, None).contains("caf\u{e9}"));
        let sjis = b"<meta http-equiv=Content-Type content='text/html; charset=shift_jis'>\x93\xfa\x96\x7b";
        assert!(html_to_string(sjis, None).contains("\u{65e5}\u{672c}"));
        assert!(html_to_string(b"<p>caf\xe9</p>", None).contains("caf\u{e9}"));
        assert!(html_to_string("<p>caf\u{e9}</p>".as_bytes(), None).contains("caf\u{e9}"));
        assert!(html_to_string(b"<p>\xe9</p>", Some("latin1")).contains('\u{e9}'));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_label() {
        // Saved as UTF-8, still labelled GBK ("日本" in UTF-8 read as GBK would be mojibake).
        let page = "<meta charset=gb2312><p>日本</p>";
        assert!(html_to_string(page.as_bytes(), None).contains("日本"));
        // A server that labels everything Latin-1.
        assert!(html_to_string("<p>café</p>".as_bytes(), Some("iso-8859-1")).contains("café"));
        // Real GBK bytes are not valid UTF-8 and keep their label.
        let gbk = b"<meta charset=gb2312><p>\xc8\xd5\xb1\xbe</p>";
        assert!(html_to_string(gbk, None).contains("日本"));
    }
}
