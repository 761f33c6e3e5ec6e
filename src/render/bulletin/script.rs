//! The script of a bulletin in one language: the column's articles of the date range, oldest
//! first, each as it is read aloud (its `read_aloud:` or its body, numbers and abbreviations in
//! words), with the syllables it takes and its reading time at the bulletin's rate.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Problem};
use crate::languages::spoken::{self, Vocabulary};
use crate::load::content::article::{Article, ArticleText};
use crate::render::bulletin::speech::{Speech, speech};
use crate::resolve::site::Site;

/// One article as the loudspeaker reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub slug: String,
    /// The language of the text read (the bulletin's, or the one it falls back to).
    pub lang: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub source: Source,
    pub syllables: usize,
    /// The reading time, rounded up to the second.
    pub seconds: u64,
}

/// Which text of an article is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Its `read_aloud:` front matter.
    ReadAloud,
    /// Its Markdown body.
    Body,
}

/// What a script is made of.
pub struct Script<'a> {
    pub site: &'a Site,
    /// The articles, in reading order.
    pub articles: &'a [&'a Article],
    /// Reading rate in syllables a minute.
    pub rate: u32,
    /// Each language's spoken words (`spoken/<lang>.yaml`); a language without one has none.
    pub vocabularies: &'a BTreeMap<String, Vocabulary>,
}

impl Script<'_> {
    /// The items of the bulletin in `lang`, and warnings about what could not be read aloud.
    pub fn items(&self, lang: &str) -> (Vec<Item>, Vec<Diagnostic>) {
        let languages = &self.site.config.languages;
        let mut warnings = Vec::new();
        let items = self
            .articles
            .iter()
            .map(|article| {
                let (text_lang, text) = article.texts.resolve(lang, languages);
                let (source, speech) = spoken_text(text);
                warnings.extend(left_out(text, &speech));
                self.item(article, text_lang, text, source, speech)
            })
            .collect();
        (items, warnings)
    }

    fn item(
        &self,
        article: &Article,
        lang: &str,
        text: &ArticleText,
        source: Source,
        speech: Speech,
    ) -> Item {
        let empty = Vocabulary::default();
        let vocabulary = self.vocabularies.get(lang).unwrap_or(&empty);
        let say = |written: &str| spoken::read_aloud(lang, written, vocabulary);
        let title = say(&text.title);
        let paragraphs: Vec<String> = speech.paragraphs.iter().map(|p| say(p)).collect();
        let syllables = spoken::syllables(lang, &title)
            + paragraphs
                .iter()
                .map(|p| spoken::syllables(lang, p))
                .sum::<usize>();
        Item {
            slug: article.slug.clone(),
            lang: lang.to_string(),
            title,
            paragraphs,
            source,
            syllables,
            seconds: reading_seconds(syllables, self.rate),
        }
    }
}

/// What the loudspeaker reads of one language version of an article: its `read_aloud:` where
/// it has one, else its body.
///
/// A segment (an article with `media:`, issue 18) is read from its transcript: when articles
/// carry media, a transcript in this language comes here, before the body, as a third
/// [`Source`].
fn spoken_text(text: &ArticleText) -> (Source, Speech) {
    match &text.read_aloud {
        Some(read_aloud) => (Source::ReadAloud, speech(read_aloud)),
        None => (Source::Body, speech(&text.body)),
    }
}

/// Warnings about the tables and code blocks of a body that the bulletin leaves out.
fn left_out(text: &ArticleText, speech: &Speech) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut warn = |count: usize, what: &str| {
        if count > 0 {
            warnings.push(
                Diagnostic::warning(
                    Problem::Accessibility,
                    &text.path,
                    format!(
                        "{count} {what} left out of the loudspeaker bulletin: write `read_aloud:` \
                         to say in words what {} shows",
                        if count == 1 { "it" } else { "they" }
                    ),
                )
                .at_line(text.body_line),
            );
        }
    };
    warn(
        speech.tables,
        if speech.tables == 1 {
            "table"
        } else {
            "tables"
        },
    );
    warn(
        speech.code_blocks,
        if speech.code_blocks == 1 {
            "code block"
        } else {
            "code blocks"
        },
    );
    warnings
}

/// Seconds to read `syllables` at `rate` a minute, rounded up.
pub fn reading_seconds(syllables: usize, rate: u32) -> u64 {
    (syllables as u64 * 60).div_ceil(u64::from(rate.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_rounds_up_to_the_second() {
        assert_eq!(reading_seconds(170, 170), 60);
        assert_eq!(reading_seconds(171, 170), 61);
        assert_eq!(reading_seconds(0, 170), 0);
        assert_eq!(reading_seconds(233, 233), 60);
    }
}
