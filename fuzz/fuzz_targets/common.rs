//! What every fuzz target shares: a small valid site configuration.

use std::path::Path;

use loa::load::config::Config;
use loa::load::content::source::SourceFile;

pub const CONFIG: &str = r#"
title: {vi: "Thử", en: "Test"}
base_url: "https://example.vn"
default_language: vi
languages:
  - {code: vi, name: "Tiếng Việt"}
  - {code: tyz, name: "Tày", fallback: vi}
  - {code: km, name: "ខ្មែរ"}
  - {code: en, name: "English"}
columns:
  - {id: tin-tuc, title: {vi: "Tin tức"}}
courses:
  - {id: ky-nang-so-co-ban, title: {vi: "Kỹ năng số cơ bản"}}
audiences:
  - {id: nguoi-cao-tuoi, title: {vi: "Người cao tuổi"}}
"#;

pub fn config() -> Config {
    loa::load::config::parse(Path::new("/nonexistent-site"), CONFIG, None).expect("the fuzzing configuration is valid")
}

/// An original file and one translation into Tày from one fuzzer input: the part before the first
/// NUL byte is the original, the rest the translation (none without a NUL).
pub fn original_and_translation(
    folder: &str,
    extension: &str,
    input: &str,
) -> (SourceFile, Vec<SourceFile>) {
    let (original, translation) = match input.split_once('\0') {
        Some((original, translation)) => (original, Some(translation)),
        None => (input, None),
    };
    let original = SourceFile {
        path: format!("content/{folder}/muc.{extension}").into(),
        slug: "muc".into(),
        lang: None,
        text: original.to_string(),
    };
    let translations = translation
        .map(|text| SourceFile {
            path: format!("content/{folder}/muc.tyz.{extension}").into(),
            slug: "muc".into(),
            lang: Some("tyz".into()),
            text: text.to_string(),
        })
        .into_iter()
        .collect();
    (original, translations)
}
