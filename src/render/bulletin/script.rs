//! The script of a bulletin in one language: the column's articles of the date range, oldest
//! first, each as it is read aloud (its `read_aloud:`, a segment's transcripts or its body,
//! numbers and abbreviations in words), with the syllables it takes and its reading time at the
//! bulletin's rate.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Problem};
use crate::languages::spoken::{self, Vocabulary};
use crate::load::content::article::{Article, ArticleText};
use crate::load::content::segment::TranscriptSource;
use crate::load::webvtt::Transcripts;
use crate::markdown::plain::plain_text;
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
    /// What its recordings say: their WebVTT transcripts in the text's language.
    Transcript,
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
                let (source, speech) = spoken_text(text, &self.site.transcripts);
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
/// it has one; for a segment whose recordings have WebVTT transcripts, what the recordings say
/// (the body of a segment introduces the recording and is not what is broadcast); else its body.
fn spoken_text(text: &ArticleText, transcripts: &Transcripts) -> (Source, Speech) {
    if let Some(read_aloud) = &text.read_aloud {
        return (Source::ReadAloud, speech(read_aloud));
    }
    match transcript_speech(text, transcripts) {
        Some(spoken) => (Source::Transcript, spoken),
        None => (Source::Body, speech(&text.body)),
    }
}

/// A segment's WebVTT transcripts as paragraphs, one a recording, their cue markup (`<v
/// Speaker>`, `<i>`) dropped. `None` for an article without them, and for a segment whose body
/// is its transcript (`transcript: body`).
fn transcript_speech(text: &ArticleText, transcripts: &Transcripts) -> Option<Speech> {
    let mut paragraphs = Vec::new();
    for version in &text.media {
        match &version.transcript {
            Some(TranscriptSource::WebVtt(path)) => {
                let lines = transcripts.get(path)?.iter().flat_map(|cue| &cue.lines);
                let said: Vec<&str> = lines.map(String::as_str).collect();
                let said = plain_text(&said.join(" "));
                paragraphs.push(said.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            Some(TranscriptSource::Body) => return None,
            None => {}
        }
    }
    (!paragraphs.is_empty()).then(|| Speech {
        paragraphs,
        ..Speech::default()
    })
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
