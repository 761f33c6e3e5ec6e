//! The commune loader on any text.
#![no_main]

#[path = "common.rs"]
mod common;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CONFIG: LazyLock<loa::load::config::Config> = LazyLock::new(common::config);

fuzz_target!(|input: &str| {
    let (original, _) = common::original_and_translation("communes", "yaml", input);
    let _ = loa::load::content::commune::parse(&original, &CONFIG, None);
});
