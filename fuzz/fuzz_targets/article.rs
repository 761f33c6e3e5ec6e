//! The article loader (original and translation) on any text.
#![no_main]

#[path = "common.rs"]
mod common;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CONFIG: LazyLock<loa::load::config::Config> = LazyLock::new(common::config);

fuzz_target!(|input: &str| {
    let (original, translations) = common::original_and_translation("articles", "md", input);
    let _ = loa::load::content::article::parse_original(&original, &CONFIG);
    for translation in &translations {
        let _ = loa::load::content::article::parse_translation(translation, &CONFIG);
    }
});
