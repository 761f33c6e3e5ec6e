//! The lesson loader on any original and translation text.
#![no_main]

#[path = "common.rs"]
mod common;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CONFIG: LazyLock<loa::load::config::Config> = LazyLock::new(common::config);

fuzz_target!(|input: &str| {
    let (original, translations) = common::original_and_translation("lessons", "md", input);
    let _ = loa::load::content::lesson::parse_group(&original, &translations, &CONFIG);
});
