//! Front-matter splitting on any text: it must return, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = loa::load::content::frontmatter::split(text, std::path::Path::new("a.md"));
});
