//! Facts: what an article says, with character offsets into its clean text.
//!
//! Each extractor is a pure function of the text and the publication date.

pub mod claims;
pub mod entities;
pub mod quantities;
pub mod times;

/// Byte offsets to character offsets (the contract's `start` and `end` count characters).
pub(crate) struct CharOffsets {
    starts: Vec<usize>,
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> CharOffsets {
        CharOffsets { starts: text.char_indices().map(|(i, _)| i).collect() }
    }

    /// The character offset of byte offset `byte`.
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }

    /// The byte offset of character offset `char_idx` (the text's length past the end).
    pub(crate) fn byte_at(&self, char_idx: usize, text_len: usize) -> usize {
        self.starts.get(char_idx).copied().unwrap_or(text_len)
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
