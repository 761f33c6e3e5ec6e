//! Slug folding: ASCII, stable and idempotent on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let slug = loa::slug::slugify(text);
    assert!(slug.is_ascii());
    assert_eq!(loa::slug::slugify(&slug), slug);
    let _ = loa::slug::fold_text(text);
});
