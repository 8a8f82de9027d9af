//! Any bytes as an input file (every format, compressed or not): must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = storyline_ingest::read_from("fuzz", data, &mut |_| {}, &mut |_| {});
});
