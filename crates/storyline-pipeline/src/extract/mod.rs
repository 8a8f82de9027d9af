//! Facts: what an article says, with character offsets into its clean text.
//!
//! Each extractor is a pure function of the text and the publication date.

pub mod claims;
pub mod entities;
pub mod quantities;
pub mod times;

/// Byte offsets to character offsets (the contract's `start` and `end` count characters). Only
/// the characters of more than one byte are kept, so an ASCII text costs nothing.
pub(crate) struct CharOffsets {
    /// Per multi-byte character: its byte offset, its character offset, and the extra bytes of
    /// all the multi-byte characters up to and including it.
    wide: Vec<(usize, usize, usize)>,
    chars: usize,
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> CharOffsets {
        let mut wide = Vec::new();
        let mut extra = 0;
        // Lead bytes of multi-byte characters, read as bytes (decoding every character costs
        // more than the rest of this table), past runs of ASCII eight bytes at a time.
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if let Some(chunk) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok())
                && u64::from_le_bytes(chunk) & 0x8080_8080_8080_8080 == 0
            {
                i += 8;
                continue;
            }
            let b = bytes[i];
            if b >= 0xC0 {
                let len = if b >= 0xF0 {
                    4
                } else if b >= 0xE0 {
                    3
                } else {
                    2
                };
                wide.push((i, i - extra, extra + len - 1));
                extra += len - 1;
            }
            i += 1;
        }
        CharOffsets { wide, chars: text.len() - extra }
    }

    /// The character offset of byte offset `byte` (inside a character: the next one's).
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        let k = self.wide.partition_point(|w| w.0 < byte);
        let Some(&(at, char_idx, extra)) = k.checked_sub(1).map(|k| &self.wide[k]) else { return byte.min(self.chars) };
        let len = extra - k.checked_sub(2).map_or(0, |j| self.wide[j].2) + 1;
        if byte < at + len { char_idx + 1 } else { (byte - extra).min(self.chars) }
    }

    /// The byte offset of character offset `char_idx` (the text's length past the end).
    pub(crate) fn byte_at(&self, char_idx: usize, text_len: usize) -> usize {
        if char_idx >= self.chars {
            return text_len;
        }
        let k = self.wide.partition_point(|w| w.1 < char_idx);
        char_idx + k.checked_sub(1).map_or(0, |k| self.wide[k].2)
    }
}

/// `text` cut to at most `max_bytes`, on a character boundary: extractors bound their work.
pub(crate) fn bounded(text: &str, max_bytes: usize) -> &str {
    let mut limit = text.len().min(max_bytes);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    &text[..limit]
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    /// The compact table gives what counting characters gives, at every byte and character.
    #[test]
    fn char_offsets_count_characters() {
        let runs = "plain ASCII run é, then 16 more bytes: abcdefghijklmnop🙂 and 北 after 7 bytes.";
        for text in ["", "plain ASCII", "“Né” — 北京 said ‘ok’ 🙂.", "ééé", "a🙂", "🙂a", runs, "1234567é", "12345678é"]
        {
            let offsets = CharOffsets::new(text);
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            for byte in 0..=text.len() + 2 {
                assert_eq!(offsets.char_at(byte), starts.partition_point(|&b| b < byte), "{text:?} byte {byte}");
            }
            for char_idx in 0..=starts.len() + 2 {
                let byte = starts.get(char_idx).copied().unwrap_or(text.len());
                assert_eq!(offsets.byte_at(char_idx, text.len()), byte, "{text:?} char {char_idx}");
            }
        }
    }
}
