//! Any bytes, as an HTML page and as plain text, through the whole analysis: must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storyline_model::{Body, RawArticle};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let config = storyline_pipeline::Config::standard();
    for body in [Body::Html(text.clone()), Body::Text(text)] {
        let raw = RawArticle::new("fuzz", body);
        let _ = storyline_pipeline::analyze(&config, &raw);
    }
});
