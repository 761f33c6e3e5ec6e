//! Translation status: for every page and language, whether it is translated, missing, or stale
//! (made from an older version of the original).
//!
//! A translation records what it was made from: `translated_from:` in its front matter holds the
//! [`fingerprint`] of the original's body. When the original's body no longer has that
//! fingerprint, the translation is stale. Any content kind with translations plugs in by
//! implementing [`TranslatedText`] for its text type (and adding its pages to the report of
//! `loa translations`, [`crate::commands::translations::report`]).

use std::borrow::Cow;
use std::path::Path;

use serde::Serialize;

use crate::languages::Languages;
use crate::load::content::Translated;
use crate::load::content::article::ArticleText;
use crate::load::content::infographic::InfographicText;
use crate::load::content::lesson::LessonText;

/// Hex digits kept of the blake3 hash: enough to tell versions of one text apart.
const FINGERPRINT_LEN: usize = 12;

/// A short blake3 hash of a Markdown body with its whitespace normalised, so re-wrapping lines
/// or editing front matter does not make translations stale.
pub fn fingerprint(body: &str) -> String {
    let normalised = body.split_whitespace().collect::<Vec<_>>().join(" ");
    blake3::hash(normalised.as_bytes()).to_hex()[..FINGERPRINT_LEN].to_string()
}

/// The text of one language of a translated page.
pub trait TranslatedText {
    /// What a translation translates, which the [`fingerprint`] is taken of: the Markdown body
    /// of an article or lesson, the words of an infographic.
    fn body(&self) -> Cow<'_, str>;
    /// The fingerprint of the original this translation was made from, if recorded.
    fn translated_from(&self) -> Option<&str>;
    /// The file the text comes from.
    fn path(&self) -> &Path;
}

impl TranslatedText for ArticleText {
    fn body(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.body)
    }

    fn translated_from(&self) -> Option<&str> {
        self.translated_from.as_deref()
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

impl TranslatedText for LessonText {
    fn body(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.body)
    }

    fn translated_from(&self) -> Option<&str> {
        self.translated_from.as_deref()
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

impl TranslatedText for InfographicText {
    fn body(&self) -> Cow<'_, str> {
        Cow::Owned(self.words())
    }

    fn translated_from(&self) -> Option<&str> {
        self.translated_from.as_deref()
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

/// Where a page stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The page's own language.
    Original,
    /// Translated from the current original (or with no record of what it was made from).
    Translated,
    /// Made from an earlier version of the original.
    Stale,
    /// No translation: readers see the fallback.
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Original => "original",
            Status::Translated => "translated",
            Status::Stale => "stale",
            Status::Missing => "missing",
        }
    }
}

/// The status of `page` in `lang`.
pub fn status<T: TranslatedText>(
    page: &Translated<T>,
    lang: &str,
    languages: &Languages,
) -> Status {
    if languages.is_default(lang) {
        return Status::Original;
    }
    match page.get(lang) {
        None => Status::Missing,
        Some(text) if is_outdated(page, text) => Status::Stale,
        Some(_) => Status::Translated,
    }
}

/// Whether the text of `lang` is a translation made from an earlier original.
pub fn is_stale<T: TranslatedText>(
    page: &Translated<T>,
    lang: &str,
    languages: &Languages,
) -> bool {
    status(page, lang, languages) == Status::Stale
}

fn is_outdated<T: TranslatedText>(page: &Translated<T>, text: &T) -> bool {
    text.translated_from()
        .is_some_and(|recorded| recorded != fingerprint(&page.original().body()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_whitespace_only_changes() {
        let original = fingerprint("## Đăng ký\n\nMột đoạn\nvăn bản.\n");
        assert_eq!(
            original,
            fingerprint("## Đăng ký\n\n  Một đoạn văn bản.  \n\n")
        );
        assert_ne!(
            original,
            fingerprint("## Đăng ký\n\nMột đoạn văn bản mới.\n")
        );
        assert_eq!(original.len(), FINGERPRINT_LEN);
    }
}
