//! What every fuzz target shares: a small valid site configuration.

use std::path::Path;

use loa::config::Config;

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
"#;

pub fn config() -> Config {
    loa::config::parse(Path::new("/nonexistent-site"), CONFIG, None).expect("the fuzzing configuration is valid")
}
