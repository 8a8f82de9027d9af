//! Facts: what an article says, with character offsets into its clean text.
//!
//! Each extractor is a pure function of the text and the publication date.

pub mod claims;
pub mod entities;
pub mod quantities;
pub mod times;
