//! Loading UI strings from any `.ftl` text, then formatting every message it defines.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use loa::languages::ui::{FtlSource, UiStrings};

fuzz_target!(|text: &str| {
    let config = common::config();
    let source = FtlSource {
        lang: "tyz".into(),
        path: "i18n/tyz.ftl".into(),
        text: text.to_string(),
    };
    if let Ok((ui, _)) = UiStrings::new(&config.languages, vec![source]) {
        for id in text.lines().filter_map(|line| line.split_once('=')).map(|(id, _)| id.trim()) {
            let _ = ui.message("tyz", id, &[("n", 3.into())]);
        }
    }
});
