//! A segment's chapters: a `media:` item's `chapters:` list, each chapter its start in the
//! recording and its title. The starts are the same in every language (a translation gives its
//! own titles for the original's starts); that each lies within the recording is checked where
//! the recordings are measured ([`crate::load::media`]). Markdown `##` headings carry no times:
//! the list is the only source.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};

/// One chapter as written in front matter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChapterEntry {
    start: Start,
    title: String,
}

/// `start: 1:05` (a clock), `start: "65"` or `start: 65` (seconds).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Start {
    Seconds(f64),
    Clock(String),
}

/// A chapter of a recording.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Chapter {
    /// Milliseconds from the start of the recording.
    pub start_ms: u64,
    pub title: String,
    /// The line of its `start:` in its text's file.
    pub line: usize,
}

/// What a start is expected to be, for the errors.
const EXPECTED_START: &str = "expected a time such as 0:00, 1:05 or 01:02:03 (minutes and seconds \
     under 60 after the first number), or a number of seconds such as 65";

/// Parses a start: `m:ss`, `h:mm:ss` or seconds (`65`, `65.5`), into milliseconds.
pub fn parse_start(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let bad = || format!("`{text}`: {EXPECTED_START}");
    let number = |part: &str, max: Option<u64>| -> Result<u64, String> {
        let value =
            (!part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u64>().ok())
                .flatten()
                .ok_or_else(bad)?;
        match max {
            Some(max) if value >= max || part.len() != 2 => Err(bad()),
            _ => Ok(value),
        }
    };
    let parts: Vec<&str> = text.split(':').collect();
    let seconds = match parts.as_slice() {
        [seconds] => return seconds_of(seconds.parse::<f64>().map_err(|_| bad())?).ok_or_else(bad),
        [m, s] => number(m, None)? * 60 + number(s, Some(60))?,
        [h, m, s] => number(h, None)? * 3600 + number(m, Some(60))? * 60 + number(s, Some(60))?,
        _ => return Err(bad()),
    };
    Ok(seconds * 1000)
}

/// Seconds as a number: finite, not negative, under a day's worth of hours times a thousand.
fn seconds_of(seconds: f64) -> Option<u64> {
    (seconds.is_finite() && (0.0..1e9).contains(&seconds))
        .then(|| (seconds * 1000.0).round() as u64)
}

/// Parses an item's `chapters:`. `chapter_lines` are the lines (in the file) of each chapter's
/// `start:`; `error(line, message)` makes an error at a line of the file.
pub(super) fn parse(
    entries: Vec<ChapterEntry>,
    chapter_lines: &[usize],
    error: &dyn Fn(usize, String) -> Diagnostic,
) -> Result<Vec<Chapter>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let mut chapters: Vec<Chapter> = Vec::new();
    let fallback_line = chapter_lines.first().copied().unwrap_or(1);
    if entries.is_empty() {
        diagnostics.push(error(
            fallback_line,
            "`chapters` is empty: list each chapter's `start` and `title`, or remove it".into(),
        ));
    }
    for (index, entry) in entries.into_iter().enumerate() {
        let line = chapter_lines.get(index).copied().unwrap_or(fallback_line);
        let start = match &entry.start {
            Start::Seconds(seconds) => {
                seconds_of(*seconds).ok_or_else(|| format!("`{seconds}`: {EXPECTED_START}"))
            }
            Start::Clock(text) => parse_start(text),
        };
        let start_ms = match start {
            Ok(start_ms) => start_ms,
            Err(message) => {
                diagnostics.push(error(
                    line,
                    format!("chapter {}, `start`: {message}", index + 1),
                ));
                continue;
            }
        };
        if let Some(before) = chapters.last().filter(|before| before.start_ms >= start_ms) {
            diagnostics.push(error(
                line,
                format!(
                    "chapter {}, `start`: {} is not after the chapter before it ({}, line {}): \
                     expected the chapters in order, each starting later than the one before",
                    index + 1,
                    clock(start_ms),
                    clock(before.start_ms),
                    before.line
                ),
            ));
        }
        let title = entry.title.trim().to_string();
        if title.is_empty() {
            diagnostics.push(error(
                line,
                format!(
                    "chapter {}, `title`: expected the chapter's title, not an empty text",
                    index + 1
                ),
            ));
        }
        chapters.push(Chapter {
            start_ms,
            title,
            line,
        });
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(chapters)
    }
}

/// A start as editors write it: `1:05`, `1:02:03`, `0:07.5`.
pub fn clock(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let whole = if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    };
    match ms % 1000 {
        0 => whole,
        fraction => format!("{whole}.{}", format!("{fraction:03}").trim_end_matches('0')),
    }
}

/// A text's file and the chapters of each of its `media:` items.
pub type ChapterLists<'a> = (&'a Path, Vec<Option<&'a [Chapter]>>);

/// The [`ChapterLists`] of a text's file at `path` with these items' chapters.
pub fn lists<'a>(
    path: &'a Path,
    items: impl IntoIterator<Item = &'a Option<Vec<Chapter>>>,
) -> ChapterLists<'a> {
    (path, items.into_iter().map(Option::as_deref).collect())
}

/// A translation's chapters keep the original's starts, item by item: only the titles are
/// per language. Each difference is an error naming both files and lines.
pub fn check_translation(
    (original_path, original): ChapterLists,
    (translation_path, translation): ChapterLists,
    site_dir: &Path,
) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    let original_file = original_path
        .strip_prefix(site_dir)
        .unwrap_or(original_path)
        .display()
        .to_string();
    let error = |line: usize, item: usize, message: String| {
        Diagnostic::error(
            Problem::InvalidValue,
            translation_path,
            format!(
                "`media` item {item}, `chapters`: {message}; the chapters' starts are the same \
                 in every language: a translation gives only their titles"
            ),
        )
        .at_line(line)
    };
    for (index, (ours, theirs)) in translation.into_iter().zip(original).enumerate() {
        let Some(ours) = ours else {
            continue;
        };
        let first_line = ours.first().map_or(1, |chapter| chapter.line);
        let Some(theirs) = theirs else {
            diagnostics.push(error(
                first_line,
                index + 1,
                format!("the original's item (in {original_file}) has no chapters"),
            ));
            continue;
        };
        if ours.len() != theirs.len() {
            diagnostics.push(error(
                first_line,
                index + 1,
                format!(
                    "{} chapters, but the original has {} (in {original_file}:{})",
                    ours.len(),
                    theirs.len(),
                    theirs.first().map_or(1, |chapter| chapter.line)
                ),
            ));
            continue;
        }
        for (number, (our, their)) in ours.iter().zip(theirs).enumerate() {
            if our.start_ms != their.start_ms {
                diagnostics.push(error(
                    our.line,
                    index + 1,
                    format!(
                        "chapter {}: `start: {}` differs from the original's `start: {}` in \
                         {original_file}:{}",
                        number + 1,
                        clock(our.start_ms),
                        clock(their.start_ms),
                        their.line
                    ),
                ));
            }
        }
    }
    diagnostics
}

/// The 1-based lines of the `- ` entries of the list under `key:` at `key_line`, more
/// indented than the key (or at its indentation, as YAML allows): a flow list (`[…]`) gives
/// none.
pub(super) fn list_lines(yaml: &str, key_line: usize) -> Vec<usize> {
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let Some(key) = yaml.lines().nth(key_line - 1) else {
        return Vec::new();
    };
    // The column of the key itself, after an item's `- ` when it is the item's first key.
    let key_indent = key.len() - key.trim_start_matches([' ', '-']).len();
    let mut dash_indent = None;
    let mut lines = Vec::new();
    for (index, line) in yaml.lines().enumerate().skip(key_line) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let at = indent(line);
        let nested = at > key_indent || (at == key_indent && trimmed.starts_with('-'));
        if !nested {
            break;
        }
        if trimmed.starts_with('-') && *dash_indent.get_or_insert(at) == at {
            lines.push(index + 1);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_are_clocks_or_seconds() {
        assert_eq!(parse_start("0:00"), Ok(0));
        assert_eq!(parse_start("1:05"), Ok(65_000));
        assert_eq!(parse_start("01:02:03"), Ok(3_723_000));
        assert_eq!(parse_start("65"), Ok(65_000));
        assert_eq!(parse_start("2.5"), Ok(2_500));
        assert_eq!(parse_start(" 12:00 "), Ok(720_000));
        for bad in [
            "",
            "1:5",
            "1:60",
            "1:60:00",
            "a:00",
            "1:00:00:00",
            "-3",
            "1::00",
            "1:05.5",
        ] {
            assert!(parse_start(bad).is_err(), "{bad:?}");
        }
        let message = parse_start("1:75").unwrap_err();
        assert!(
            message.contains("`1:75`") && message.contains("1:05"),
            "{message}"
        );
    }

    #[test]
    fn starts_are_shown_as_editors_write_them() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(65_000), "1:05");
        assert_eq!(clock(3_723_000), "1:02:03");
        assert_eq!(clock(2_500), "0:02.5");
    }

    #[test]
    fn the_entries_of_a_nested_list_are_found_by_line() {
        let yaml = "media:\n  - file: /a.mp3\n    chapters:\n      - start: 0:00\n        title: A\n\n      - start: 0:03\n        title: B\n    transcript: body\n";
        assert_eq!(list_lines(yaml, 3), [4, 7]);
        let flush = "chapters:\n- start: 0\n  title: A\n- start: 1\n  title: B\nnext: 1\n";
        assert_eq!(list_lines(flush, 1), [2, 4]);
        assert!(list_lines("chapters: [{start: 0, title: A}]\n", 1).is_empty());
    }
}
