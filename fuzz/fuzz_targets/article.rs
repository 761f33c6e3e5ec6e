//! The article loader (original and translation) on any text.
#![no_main]

#[path = "common.rs"]
mod common;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use loa::content::source::SourceFile;

static CONFIG: LazyLock<loa::config::Config> = LazyLock::new(common::config);

fuzz_target!(|text: &str| {
    let file = SourceFile {
        path: "content/articles/bai.md".into(),
        slug: "bai".into(),
        lang: None,
        text: text.to_string(),
    };
    let _ = loa::content::article::parse_original(&file, &CONFIG);
    let translation = SourceFile { lang: Some("tyz".into()), ..file };
    let _ = loa::content::article::parse_translation(&translation);
});
