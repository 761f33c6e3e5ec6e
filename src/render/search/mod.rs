//! Static search, one index per language, answered in the browser without a server.
//!
//! loa builds its own compact index rather than using Pagefind: Vietnamese readers type without
//! tones ("dang ky khai sinh" must find "Đăng ký khai sinh") and Khmer writes no spaces between
//! words; the index folds and cuts text the way [`tokens`] says, and `search.js` (about 4 KB,
//! loaded only on the search page) cuts the query the same way.
//!
//! Files, under `<language root>/search/index/`:
//! - `docs.json`: the pages (URL, title, summary, language), the shard names, and the folding table, so the
//!   browser folds exactly as loa did;
//! - `<shard>.json`: for each token starting with the shard's character, the pages holding it
//!   and a score (title words count more than summary words, which count more than body words).
//!
//! A query downloads `docs.json` once and one shard per distinct first character of its words.

pub mod index;
pub(super) mod page;
pub mod tokens;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A page to find.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    pub url: String,
    pub title: String,
    pub summary: String,
    /// The body as plain text.
    pub text: String,
    /// The language the texts are written in (a fallback's may differ from the index's).
    pub lang: String,
}

/// How much a token found in each field counts.
const TITLE_WEIGHT: u32 = 8;
const SUMMARY_WEIGHT: u32 = 3;
const BODY_WEIGHT: u32 = 1;
/// A word repeated in a long body should not outrank the title: scores stop here.
const MAX_SCORE: u32 = 60;

/// The folding loa applies, as the browser needs it: each folded letter with the letters that
/// fold to it (`{"a": "àáảãạ…"}`), and the marks that disappear under `""`.
fn fold_table() -> BTreeMap<String, String> {
    let mut table: BTreeMap<String, String> = BTreeMap::new();
    for c in '\u{C0}'..='\u{1EFF}' {
        let folded: String = crate::slug::fold_char(c).into_iter().collect();
        if folded != c.to_string() {
            table.entry(folded).or_default().push(c);
        }
    }
    table
}

pub use crate::markdown::plain::plain_text;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn doc(title: &str, text: &str) -> Document {
        Document {
            url: format!("/{title}/"),
            title: title.into(),
            summary: String::new(),
            text: text.into(),
            lang: "vi".into(),
        }
    }

    #[test]
    fn index_is_sharded_by_first_character_and_scores_titles_higher() {
        let index = index::Index::new(vec![
            doc("Đăng ký khai sinh", "Thủ tục trên VNeID."),
            doc("Thanh Hóa", "Người dân đăng ký tài khoản."),
        ]);
        let files = index.files();
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        assert!(
            names.contains(&"docs.json") && names.contains(&"d.json"),
            "{names:?}"
        );
        let d: Value = serde_json::from_str(&files["d.json"]).unwrap();
        assert_eq!(d["dang"], json!([0, TITLE_WEIGHT, 1, BODY_WEIGHT]));
        let meta: Value = serde_json::from_str(&files["docs.json"]).unwrap();
        assert!(meta["fold"]["d"].as_str().unwrap().contains('đ'));
        assert!(meta["fold"][""].as_str().unwrap().contains('\u{301}'));
        assert_eq!(meta["docs"][0][1], "Đăng ký khai sinh");
    }

    #[test]
    fn plain_text_drops_tags_and_decodes_entities() {
        assert_eq!(
            plain_text("<p>A &amp; B</p><p>C&lt;D</p>")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["A", "&", "B", "C<D"]
        );
    }
}
