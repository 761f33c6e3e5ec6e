//! YAML reading: turns serde-saphyr's errors into located, friendly [`Diagnostic`]s.
//!
//! serde-saphyr replaces the archived serde_yaml: it never panics on hostile input, has no unsafe
//! code, enforces a budget against alias bombs, and knows the line and column of every value.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Problem};

/// Parses `text` (which starts at line `first_line` of the file at `path`) into `T`.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|error| {
        let location = error.location();
        let (problem, message) = explain(&error.without_snippet().to_string());
        Diagnostic::error(problem, path, message)
            .at(
                location.map(|l| l.line() as usize),
                location.map(|l| l.column() as usize),
            )
            .shifted(first_line.saturating_sub(1))
    })
}

/// serde-saphyr's default budget (a million parser events, 50,000 aliases), with alias replay
/// cut to what a site's files could ever need: an alias bomb (billion laughs) stops after
/// 100,000 replayed events with an error, long before it fills memory.
fn options() -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    options.alias_limits.max_total_replayed_events = 100_000;
    options
}

/// Classifies serde's message and rewrites the common ones for an editor, not a programmer.
fn explain(raw: &str) -> (Problem, String) {
    let message = strip_location(raw);
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split([',', ' ', '`'])
            .filter(|word| !word.is_empty() && *word != "or")
            .collect();
        let mut text = format!("unknown key `{key}`");
        if let Some(closest) = closest(key, &known) {
            text.push_str(&format!("; did you mean `{closest}`?"));
        } else if !known.is_empty() {
            text.push_str(&format!("; known keys: {}", known.join(", ")));
        }
        return (Problem::UnknownKey, text);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (
            Problem::MissingField,
            format!("missing required key `{key}`"),
        );
    }
    if message.starts_with("unknown variant") {
        return (Problem::InvalidValue, message.to_string());
    }
    (Problem::Yaml, message.to_string())
}

fn strip_location(message: &str) -> &str {
    let message = message.trim();
    match message.rfind(" at line ") {
        Some(index) => &message[..index],
        None => message,
    }
}

/// The known name closest to a misspelt one, if any is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (strsim::jaro_winkler(wrong, candidate), *candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// The end of a message about an unknown name: the likely intended one, or the known ones.
pub fn suggestion(wrong: &str, known: &[&str]) -> String {
    match closest(wrong, known) {
        Some(closest) => format!("; did you mean `{closest}`?"),
        None if known.is_empty() => "; none is declared".to_string(),
        None => format!("; known: {}", known.join(", ")),
    }
}

/// The 1-based line of a top-level `key:` in a YAML block, for errors found after parsing.
pub fn key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|line| {
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|index| index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        tags: Vec<String>,
    }

    #[test]
    fn unknown_key_suggests_the_closest_known_one() {
        let error =
            parse::<Doc>("title: a\ntags: []\ntitel: b\n", Path::new("x.yaml"), 1).unwrap_err();
        assert_eq!(error.problem, Problem::UnknownKey);
        assert!(
            error.message.contains("did you mean `title`"),
            "{}",
            error.message
        );
        assert_eq!(error.line, Some(3));
    }

    #[test]
    fn lines_are_shifted_to_the_file() {
        let error = parse::<Doc>("title: a\ntags: 3\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(error.problem, Problem::Yaml);
        assert_eq!(error.line, Some(3), "{error}");
    }

    #[test]
    fn missing_field_is_named() {
        let error = parse::<Doc>("tags: []\n", Path::new("x.yaml"), 1).unwrap_err();
        assert_eq!(error.problem, Problem::MissingField);
        assert!(error.message.contains("`title`"));
    }

    #[test]
    fn alias_bombs_stop_at_the_budget() {
        type Level3 = Vec<Vec<Vec<String>>>;
        type Level7 = Vec<Vec<Vec<Vec<Level3>>>>;
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Nested {
            bomb: Level7,
        }
        // Seven levels of ten aliases each: ten million strings once expanded.
        let mut anchors = vec!["&a0 [l, l, l, l, l, l, l, l, l, l]".to_string()];
        for level in 1..=6 {
            let items = vec![format!("*a{}", level - 1); 10].join(", ");
            anchors.push(format!("&a{level} [{items}]"));
        }
        let yaml = format!("defs: [{}]\nbomb: *a6\n", anchors.join(", "));
        let error = parse::<Nested>(&yaml, Path::new("x.yaml"), 1).unwrap_err();
        assert!(error.message.contains("alias"), "{error}");
    }

    #[test]
    fn key_line_finds_top_level_keys() {
        assert_eq!(key_line("a: 1\ncolumn: x\n", "column"), Some(2));
        assert_eq!(key_line("a: 1\n  column: x\n", "column"), None);
    }
}
