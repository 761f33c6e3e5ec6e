//! `loa.yaml` parsing and validation on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = loa::load::config::parse(std::path::Path::new("/nonexistent-site"), text, None);
});
