//! The Markdown renderer with loa's extensions (internal links, anchors, highlighting).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let targets = ["articles/bai".to_string()].into();
    let _ = loa::markdown::render(text, std::path::Path::new("a.md"), 1, &targets);
});
