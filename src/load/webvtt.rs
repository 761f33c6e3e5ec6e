//! WebVTT transcripts and captions, checked the way a broadcaster checks them: UTF-8, the
//! `WEBVTT` header, each cue's timing line (`00:01.000 --> 00:04.500`, hours optional, minutes
//! and seconds under 60, three-digit milliseconds), cues in order and not overlapping, no empty
//! cue, and no caption line over [`MAX_LINE_CHARS`] characters. `NOTE`, `STYLE` and `REGION`
//! blocks are skipped; cue settings after the timing are kept out of the text.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::content::Article;
use crate::load::content::segment::TranscriptSource;
use crate::load::statics::StaticFiles;
use crate::markdown::plain::strip_tags;

/// The longest caption line, in characters: the 42 of broadcasters' subtitle guidelines (two
/// lines of 42 fit a phone held upright and a television alike).
pub const MAX_LINE_CHARS: usize = 42;

/// One cue: its times in milliseconds and its lines, tags such as `<v Name>` taken out.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Cue {
    pub start_ms: u64,
    pub end_ms: u64,
    pub lines: Vec<String>,
}

/// Every WebVTT transcript the articles name, parsed, by site path.
pub type Transcripts = BTreeMap<String, Vec<Cue>>;

/// Parses every transcript file of every article's `media:` once; each problem is an error at
/// its line of the `.vtt` file.
pub fn load(articles: &[Article], statics: &StaticFiles) -> Result<Transcripts, Diagnostics> {
    let mut transcripts = Transcripts::new();
    let mut diagnostics = Diagnostics::default();
    let versions = (articles.iter()).flat_map(|article| article.texts.versions());
    for (_, text) in versions {
        for version in &text.media {
            let Some(TranscriptSource::WebVtt(path)) = &version.transcript else {
                continue;
            };
            if transcripts.contains_key(path) {
                continue;
            }
            // The article's checks made sure the file is in static/.
            let Some(file) = statics.get(path.trim_start_matches('/')) else {
                continue;
            };
            match parse(&file.bytes) {
                Ok(cues) => {
                    transcripts.insert(path.clone(), cues);
                }
                Err(problems) => {
                    for (line, message) in problems {
                        let diagnostic =
                            Diagnostic::error(Problem::InvalidValue, &file.origin, message);
                        diagnostics.push(match line {
                            0 => diagnostic,
                            line => diagnostic.at_line(line),
                        });
                    }
                }
            }
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(transcripts)
    }
}

/// Parses a WebVTT file; the problems by 1-based line (`0`: the whole file).
pub fn parse(bytes: &[u8]) -> Result<Vec<Cue>, Vec<(usize, String)>> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let line = bytes[..error.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        vec![(line, "a WebVTT file must be UTF-8".to_string())]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let header = lines.first().copied().unwrap_or("");
    let rest = header.strip_prefix("WEBVTT");
    if !rest.is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return Err(vec![(
            1,
            "a WebVTT file starts with the line `WEBVTT`".into(),
        )]);
    }
    let mut problems = Vec::new();
    let mut cues: Vec<Cue> = Vec::new();
    let mut at = 1;
    // Skip the header block.
    while at < lines.len() && !lines[at].trim().is_empty() {
        at += 1;
    }
    while at < lines.len() {
        while at < lines.len() && lines[at].trim().is_empty() {
            at += 1;
        }
        let block_start = at;
        while at < lines.len() && !lines[at].trim().is_empty() {
            at += 1;
        }
        let block = &lines[block_start..at];
        let Some(first) = block.first() else { break };
        if ["NOTE", "STYLE", "REGION"].iter().any(|k| {
            first
                .strip_prefix(k)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
        }) {
            continue;
        }
        // An optional cue identifier, then the timing line.
        let timing_at = usize::from(!first.contains("-->"));
        let line_no = block_start + timing_at + 1;
        let Some(timing) = block.get(timing_at) else {
            problems.push((
                line_no - 1,
                "a cue identifier without a timing line after it".into(),
            ));
            continue;
        };
        let (start, end) = match parse_timing(timing) {
            Ok(times) => times,
            Err(message) => {
                problems.push((line_no, message));
                continue;
            }
        };
        if end <= start {
            problems.push((
                line_no,
                format!(
                    "the cue ends ({}) before it starts ({})",
                    clock(end),
                    clock(start)
                ),
            ));
        }
        if let Some(previous) = cues.last() {
            if start < previous.start_ms {
                problems.push((
                    line_no,
                    format!(
                        "the cue starts at {} before the previous one ({}): cues must be in order",
                        clock(start),
                        clock(previous.start_ms)
                    ),
                ));
            } else if start < previous.end_ms {
                problems.push((line_no, format!("the cue starts at {} while the previous one lasts until {}: cues must not overlap", clock(start), clock(previous.end_ms))));
            }
        }
        let text_lines: Vec<String> = block[timing_at + 1..]
            .iter()
            .map(|l| strip_tags(l))
            .collect();
        if text_lines.iter().all(|l| l.trim().is_empty()) {
            problems.push((line_no, "the cue has no text".into()));
        }
        for (offset, line) in text_lines.iter().enumerate() {
            let chars = line.chars().count();
            if chars > MAX_LINE_CHARS {
                problems.push((line_no + 1 + offset, format!("a caption line of {chars} characters: at most {MAX_LINE_CHARS} fit the screen; break it")));
            }
        }
        cues.push(Cue {
            start_ms: start,
            end_ms: end,
            lines: text_lines,
        });
    }
    if cues.is_empty() && problems.is_empty() {
        problems.push((0, "the file has no cues".into()));
    }
    if problems.is_empty() {
        Ok(cues)
    } else {
        Err(problems)
    }
}

/// `00:01.000 --> 00:04.500 align:start` → the two times in milliseconds.
fn parse_timing(line: &str) -> Result<(u64, u64), String> {
    let expected = || format!("`{line}` is not a cue timing such as `00:01.000 --> 00:04.500`");
    let (start, rest) = line.split_once("-->").ok_or_else(expected)?;
    let end = rest.split_whitespace().next().ok_or_else(expected)?;
    Ok((
        timestamp(start.trim()).ok_or_else(expected)?,
        timestamp(end).ok_or_else(expected)?,
    ))
}

/// `hh:mm:ss.ttt` or `mm:ss.ttt`.
fn timestamp(text: &str) -> Option<u64> {
    let (clock, millis) = text.split_once('.')?;
    if millis.len() != 3 || !millis.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let number = |part: &str, width: usize| {
        (part.len() >= width && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u64>().ok())
            .flatten()
    };
    let (hours, minutes, seconds) = match parts.as_slice() {
        [m, s] if m.len() == 2 => (0, number(m, 2)?, number(s, 2)?),
        [h, m, s] if m.len() == 2 => (number(h, 2)?, number(m, 2)?, number(s, 2)?),
        _ => return None,
    };
    if minutes > 59 || seconds > 59 || parts.last()?.len() != 2 {
        return None;
    }
    Some(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis.parse::<u64>().ok()?)
}

/// `m:ss` (or `h:mm:ss`) for messages and the transcript on the page.
pub fn clock(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(usize, String)> {
        parse(text.as_bytes()).unwrap_err()
    }

    #[test]
    fn a_good_file_gives_its_cues_without_tags_or_settings() {
        let cues = parse(
            "\u{feff}WEBVTT - tin\n\nNOTE a comment\n\n1\n00:00.000 --> 00:02.500 align:start\n<v Phát thanh viên>Kính thưa bà con\n\n01:00:02.500 --> 01:00:04.000\nA &amp; B\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(cues.len(), 2);
        assert_eq!((cues[0].start_ms, cues[0].end_ms), (0, 2500));
        assert_eq!(cues[0].lines, ["Kính thưa bà con"]);
        assert_eq!(cues[1].start_ms, 3_602_500);
        assert_eq!(cues[1].lines, ["A & B"]);
    }

    #[test]
    fn every_broken_rule_is_reported_at_its_line() {
        assert_eq!(problems("WEBVT\n")[0].0, 1);
        assert!(
            problems(&"x".repeat(3))[0]
                .1
                .contains("starts with the line `WEBVTT`")
        );
        let found = problems(
            "WEBVTT\n\n00:02.000 --> 00:04.000\nHai\n\n00:01.000 --> 00:03.000\nMột\n\n00:05.000 --> 00:06.000\nBa\n\n00:05.500 --> 00:07.000\nBốn\n\n00:08.000 --> 00:07.000\nNăm\n\n00:9.000 --> 00:10.000\nSáu\n\n00:11.000 --> 00:12.000\nMột dòng phụ đề dài hơn bốn mươi hai ký tự thì không vừa\n",
        );
        let lines: Vec<usize> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [6, 12, 15, 18, 22], "{found:?}");
        assert!(found[0].1.contains("must be in order"));
        assert!(found[1].1.contains("must not overlap"));
        assert!(found[2].1.contains("ends (0:07) before it starts (0:08)"));
        assert!(found[3].1.contains("is not a cue timing"));
        assert!(found[4].1.contains("at most 42"));
        let latin1 = b"WEBVTT\n\n00:00.000 --> 00:01.000\nB\xe0 con\n";
        assert_eq!(
            parse(latin1).unwrap_err(),
            [(4, "a WebVTT file must be UTF-8".to_string())]
        );
        assert!(
            problems("WEBVTT\n\n00:00.000 --> 00:01.000\n\n")[0]
                .1
                .contains("has no text")
        );
        assert!(problems("WEBVTT\n")[0].1.contains("no cues"));
        assert!(
            problems("WEBVTT\n\n00:00.000 --> 00:61.000\nx\n")[0]
                .1
                .contains("not a cue timing")
        );
    }
}
