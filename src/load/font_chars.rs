//! The characters a site's web fonts must draw, read from its sources before anything renders,
//! so a font's subset (and its hashed file name) is known before the pages that name it.

use std::collections::BTreeSet;

use crate::languages::Languages;
use crate::languages::scripts::script_font;
use crate::load::config::Config;
use crate::load::theme::Theme;

/// Every character of the site's sources when one of its languages needs a web font: `loa.yaml`,
/// `content/`, the UI strings (built-in and the site's) and the theme's templates, a superset of
/// what pages show. Empty when no language needs one: nothing is read then.
pub fn source_chars(config: &Config, theme: &Theme) -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    if !needs_web_font(&config.languages) {
        return chars;
    }
    let mut add = |text: &str| chars.extend(text.chars());
    let site_dir = &config.site_dir;
    if let Ok(text) = std::fs::read_to_string(config.path()) {
        add(&text);
    }
    // Problems of the walk are the content loader's to report.
    for (_, path) in crate::paths::walk(site_dir, &site_dir.join("content")).files {
        if let Ok(text) = std::fs::read_to_string(path) {
            add(&text);
        }
    }
    if let Ok(sources) = crate::load::theme::ftl_sources(site_dir) {
        for source in sources {
            add(&source.text);
        }
    }
    for (_, file) in theme.under("templates") {
        add(&String::from_utf8_lossy(&file.bytes));
    }
    chars
}

fn needs_web_font(languages: &Languages) -> bool {
    languages
        .all()
        .iter()
        .any(|l| script_font(&l.code).is_some())
}
