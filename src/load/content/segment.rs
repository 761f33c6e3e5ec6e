//! Segments: an article's `media:` list, the radio and TV recordings it carries. Each item names
//! its file (under `static/`, or at a trusted domain), an optional title and its transcript; a
//! translation's `media:` list gives, item by item, its own recording, title or transcript.
//! Measuring the files is [`crate::load::media`]'s; this module only parses and checks names.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::config::Config;
use crate::load::content::chapters::{self, Chapter};
use crate::load::content::check_static_path;

/// One `media:` item as written in front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MediaEntry {
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    transcript: Option<String>,
    /// The recording's chapters (see [`chapters`]).
    #[serde(default)]
    chapters: Option<Vec<chapters::ChapterEntry>>,
    /// A remote file's size in bytes (nothing is downloaded to measure it).
    #[serde(default)]
    length: Option<u64>,
    /// A remote file's MIME type.
    #[serde(default, rename = "type")]
    mime: Option<String>,
    /// A remote file's duration in seconds.
    #[serde(default)]
    duration: Option<f64>,
}

/// Where a recording is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MediaSource {
    /// A file of `static/`, by site path (`/media/x.mp3`).
    Static(String),
    /// A file at a trusted domain, with what front matter says of it.
    Remote {
        url: String,
        length: u64,
        mime: String,
        duration_ms: u64,
    },
}

impl MediaSource {
    /// The site path or URL: the key of the file's measurements.
    pub fn key(&self) -> &str {
        match self {
            MediaSource::Static(path) => path,
            MediaSource::Remote { url, .. } => url,
        }
    }
}

/// Where a transcript is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TranscriptSource {
    /// `transcript: body`: the text's Markdown body is the transcript.
    Body,
    /// A WebVTT file of `static/`, by site path.
    WebVtt(String),
}

/// One item of `media:` in one language: what that language's version gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MediaVersion {
    /// `None` in a translation: the recording of the language it falls back to.
    pub file: Option<MediaSource>,
    pub title: Option<String>,
    pub transcript: Option<TranscriptSource>,
    /// The recording's chapters; `None` in a translation: the titles of the language it falls
    /// back to (the starts are the same in every language).
    pub chapters: Option<Vec<Chapter>>,
    /// The line of the item's `file:` (or of the item, without one) in its text's file.
    pub line: usize,
}

/// Parses a text's `media:` list. `original`: the default language's file, where every item
/// needs its `file`. `yaml` and `yaml_line` locate the items for errors.
pub(super) fn parse(
    entries: Vec<MediaEntry>,
    original: bool,
    path: &Path,
    yaml: &str,
    yaml_line: usize,
    config: &Config,
) -> Result<Vec<MediaVersion>, Diagnostics> {
    let lines = item_lines(yaml, entries.len());
    let mut diagnostics = Diagnostics::default();
    let mut versions = Vec::new();
    for (entry, item_line) in entries.into_iter().zip(lines) {
        let line_of = |field: &str| field_line(yaml, item_line, field).unwrap_or(item_line);
        let error = |field: &str, problem: Problem, message: String| {
            Diagnostic::error(problem, path, format!("`media` item, `{field}`: {message}"))
                .at_line(line_of(field) + yaml_line - 1)
        };
        let file = match &entry.file {
            None if original => {
                diagnostics.push(error(
                    "file",
                    Problem::MissingField,
                    "every item needs `file`: a path under static/ such as \
                     /media/episode-1.mp3, or an https:// URL at a trusted domain"
                        .into(),
                ));
                None
            }
            None => None,
            Some(file) => match source(file, &entry, &config.site_dir, config) {
                Ok(source) => Some(source),
                Err((field, problem, message)) => {
                    diagnostics.push(error(field, problem, message));
                    None
                }
            },
        };
        let transcript_given = entry.transcript.is_some();
        let transcript = match entry.transcript.as_deref().map(str::trim) {
            None => None,
            Some("body") => Some(TranscriptSource::Body),
            Some(vtt) => match check_transcript(vtt, path, config) {
                Ok(()) => Some(TranscriptSource::WebVtt(vtt.to_string())),
                Err((problem, message)) => {
                    diagnostics.push(error("transcript", problem, message));
                    None
                }
            },
        };
        if original && !transcript_given && !config.segments_without_transcripts {
            diagnostics.push(error(
                "transcript",
                Problem::MissingField,
                "a segment needs a transcript, for deaf and hard-of-hearing citizens: \
                 `transcript: body` (the text below is what is said) or a WebVTT file such as \
                 /media/episode-1.vtt; `segments_without_transcripts: true` in loa.yaml allows \
                 segments without one"
                    .into(),
            ));
        }
        let chapters = entry.chapters.and_then(|entries| {
            let key_line = line_of("chapters");
            let lines: Vec<usize> = (chapters::list_lines(yaml, key_line).into_iter())
                .map(|line| field_line(yaml, line, "start").unwrap_or(line) + yaml_line - 1)
                .collect();
            let at = |line: usize, message: String| {
                Diagnostic::error(
                    Problem::InvalidValue,
                    path,
                    format!("`media` item, `chapters`: {message}"),
                )
                .at_line(line)
            };
            let lines = if lines.is_empty() {
                vec![key_line + yaml_line - 1]
            } else {
                lines
            };
            chapters::parse(entries, &lines, &at)
                .map_err(|found| diagnostics.extend(found))
                .ok()
        });
        versions.push(MediaVersion {
            file,
            title: entry.title.map(|t| t.trim().to_string()),
            transcript,
            chapters,
            line: line_of("file") + yaml_line - 1,
        });
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(versions)
    }
}

type FieldError = (&'static str, Problem, String);

fn source(
    file: &str,
    entry: &MediaEntry,
    site_dir: &Path,
    config: &Config,
) -> Result<MediaSource, FieldError> {
    let file = file.trim();
    if file.contains("://") {
        let url = config
            .trusted_domains
            .check(file)
            .map_err(|message| ("file", Problem::BrokenLink, message))?;
        let missing = |field: &'static str, what: &str| {
            (
                field,
                Problem::MissingField,
                format!(
                    "a recording at another host needs `{field}` ({what}): loa downloads \
                     nothing to measure it"
                ),
            )
        };
        let length = entry
            .length
            .ok_or_else(|| missing("length", "its size in bytes"))?;
        let mime = (entry.mime.clone()).ok_or_else(|| missing("type", "e.g. audio/mpeg"))?;
        let duration = (entry.duration).ok_or_else(|| missing("duration", "in seconds"))?;
        if !(mime.starts_with("audio/") || mime.starts_with("video/")) {
            return Err((
                "type",
                Problem::InvalidValue,
                format!("`{mime}` is not an audio/… or video/… MIME type"),
            ));
        }
        if !(duration.is_finite() && duration > 0.0) || length == 0 {
            return Err((
                "duration",
                Problem::InvalidValue,
                "`duration` and `length` must be more than zero".into(),
            ));
        }
        return Ok(MediaSource::Remote {
            url: url.to_string(),
            length,
            mime,
            duration_ms: (duration * 1000.0).round() as u64,
        });
    }
    for field in ["length", "type", "duration"] {
        let given = match field {
            "length" => entry.length.is_some(),
            "type" => entry.mime.is_some(),
            _ => entry.duration.is_some(),
        };
        if given {
            return Err((
                field,
                Problem::InvalidValue,
                format!(
                    "`{field}` is read from the file itself for a file under static/: remove it"
                ),
            ));
        }
    }
    check_static_path(file, site_dir).map_err(|message| ("file", Problem::BrokenLink, message))?;
    Ok(MediaSource::Static(file.to_string()))
}

/// A WebVTT transcript is a `.vtt` file of `static/`; a file named for a language
/// (`x.<code>.vtt`) must sit in that language's text.
fn check_transcript(vtt: &str, path: &Path, config: &Config) -> Result<(), (Problem, String)> {
    if !vtt.ends_with(".vtt") {
        return Err((
            Problem::InvalidValue,
            format!("`{vtt}`: expected `body` or the path of a WebVTT file (.vtt) under static/"),
        ));
    }
    check_static_path(vtt, &config.site_dir).map_err(|message| (Problem::BrokenLink, message))?;
    let languages = &config.languages;
    let known = |code: &&str| languages.contains(code);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let text_lang = (file_lang(name, "md").filter(known)).unwrap_or(languages.default_code());
    let vtt_name = vtt.rsplit('/').next().unwrap_or(vtt);
    match file_lang(vtt_name, "vtt").filter(known) {
        Some(vtt_lang) if vtt_lang != text_lang => Err((
            Problem::UnknownLanguage,
            format!(
                "`{vtt}` is named as a `{vtt_lang}` transcript but is given in the `{text_lang}` \
                 text: give it in that language's file (`<slug>.{vtt_lang}.md`, or the original \
                 for the default language)"
            ),
        )),
        _ => Ok(()),
    }
}

/// The language infix of `<name>.<code>.<ext>`, if the name has one.
fn file_lang<'a>(name: &'a str, ext: &str) -> Option<&'a str> {
    let stem = name.strip_suffix(ext)?.strip_suffix('.')?;
    let (_, code) = stem.rsplit_once('.')?;
    (!code.is_empty()
        && code.len() <= 12
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then_some(code)
}

/// The 1-based lines of the first `count` items (`- `) of the top-level `media:` list.
fn item_lines(yaml: &str, count: usize) -> Vec<usize> {
    let start = crate::yaml::key_line(yaml, "media").unwrap_or(1);
    let mut lines: Vec<usize> = (yaml.lines().enumerate().skip(start))
        .take_while(|(_, line)| line.is_empty() || line.starts_with([' ', '-', '#']))
        .filter(|(_, line)| line.trim_start().starts_with('-'))
        .map(|(index, _)| index + 1)
        .collect();
    lines.resize(count.max(lines.len()), start);
    lines.truncate(count);
    lines
}

/// The line of `field:` among the keys of the list item starting at `item_line` (not those of
/// lists nested in it), before the next item.
fn field_line(yaml: &str, item_line: usize, field: &str) -> Option<usize> {
    let key = format!("{field}:");
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let first = yaml.lines().nth(item_line.checked_sub(1)?)?;
    let dash = indent(first);
    // The column of the item's keys: after its `- `.
    let key_column = first.len() - first.trim_start_matches([' ', '-']).len();
    for (offset, line) in yaml.lines().skip(item_line - 1).enumerate() {
        let trimmed = line.trim_start();
        if offset > 0 && !trimmed.is_empty() && !trimmed.starts_with('#') && indent(line) <= dash {
            return None;
        }
        let column = if offset == 0 {
            key_column
        } else {
            indent(line)
        };
        if column == key_column
            && line
                .get(column..)
                .is_some_and(|text| text.starts_with(&key))
        {
            return Some(item_line + offset);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_their_fields_are_found_by_line() {
        let yaml = "title: x\nmedia:\n  - file: /a.mp3\n    title: A\n  - title: B\n    file: /b.mp3\ntags: []\n";
        assert_eq!(item_lines(yaml, 2), [3, 5]);
        assert_eq!(field_line(yaml, 3, "file"), Some(3));
        assert_eq!(field_line(yaml, 5, "file"), Some(6));
        assert_eq!(field_line(yaml, 3, "transcript"), None);
    }

    #[test]
    fn a_transcript_named_for_a_language_belongs_to_that_language() {
        assert_eq!(file_lang("x.tyz.vtt", "vtt"), Some("tyz"));
        assert_eq!(file_lang("x.vtt", "vtt"), None);
        assert_eq!(file_lang("ket-qua.en.md", "md"), Some("en"));
    }
}
