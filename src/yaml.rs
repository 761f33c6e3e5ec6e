//! YAML reading: turns serde-saphyr's errors into located, friendly [`Diagnostic`]s.
//!
//! serde-saphyr replaces the archived serde_yaml: it never panics on hostile input, has no unsafe
//! code, enforces a budget against alias bombs, and knows the line and column of every value.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Problem};

mod typed;

/// Parses `text` (which starts at line `first_line` of the file at `path`) into `T`.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|error| {
        let location = error.location();
        let (problem, message) = match location.and_then(|at| typed::explain::<T>(text, &error, at))
        {
            Some(message) => (typed::problem(&error), message),
            None => explain(&error.without_snippet().to_string()),
        };
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
pub(crate) fn options() -> serde_saphyr::Options {
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

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Procedure {
        legal_basis: Vec<String>,
        #[serde(default)]
        documents: Vec<Document>,
        #[serde(default)]
        fee: Option<u32>,
        #[serde(default)]
        online: bool,
        #[serde(default)]
        level: Option<Level>,
        #[serde(default)]
        office: Option<Office>,
        #[serde(default)]
        steps: Vec<u32>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Document {
        name: String,
        #[serde(default)]
        copies: u32,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Office {
        address: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    #[allow(dead_code)]
    enum Level {
        Commune,
        Province,
    }

    fn type_error(yaml: &str) -> Diagnostic {
        parse::<Procedure>(yaml, Path::new("p.yaml"), 1).unwrap_err()
    }

    /// The message and, when given, the line of the error of `yaml`.
    fn assert_type_error(yaml: &str, line: Option<usize>, message: &str) {
        let error = type_error(yaml);
        assert_eq!(error.message, message);
        if line.is_some() {
            assert_eq!(error.line, line);
        }
    }

    #[test]
    fn a_string_for_a_list_of_strings_names_the_field_and_the_item_type() {
        assert_type_error(
            "legal_basis: Luật Cư trú 2020\n",
            None,
            "legal_basis: expected a list of strings, found a string",
        );
        let error = type_error("legal_basis: Luật Cư trú 2020\n");
        assert_eq!((error.problem, error.line), (Problem::Yaml, Some(1)));
    }

    #[test]
    fn a_number_for_a_list_of_numbers_says_numbers() {
        assert_type_error(
            "legal_basis: []\nsteps: 3\n",
            Some(2),
            "steps: expected a list of numbers, found the number 3",
        );
    }

    #[test]
    fn a_field_inside_a_list_of_maps_is_named_with_its_index() {
        let yaml =
            "legal_basis: []\ndocuments:\n  - name: CCCD\n  - name: Sổ hộ khẩu\n  - name: [a, b]\n";
        assert_type_error(
            yaml,
            Some(5),
            "documents[2].name: expected a string, found a list",
        );
    }

    #[test]
    fn a_word_for_a_number_says_a_whole_number() {
        let yaml = "legal_basis: []\ndocuments:\n  - name: CCCD\n    copies: hai\n";
        assert_type_error(
            yaml,
            Some(4),
            "documents[0].copies: expected a whole number, 0 or more, found `hai`",
        );
    }

    #[test]
    fn an_optional_number_names_the_number_type() {
        assert_type_error(
            "legal_basis: []\nfee: miễn phí\n",
            None,
            "fee: expected a whole number, 0 or more, found `miễn phí`",
        );
    }

    #[test]
    fn a_word_for_a_boolean_says_true_or_false() {
        assert_type_error(
            "legal_basis: []\nonline: có\n",
            None,
            "online: expected `true` or `false`, found `có`",
        );
    }

    #[test]
    fn an_unknown_enum_value_lists_the_allowed_ones() {
        let error = type_error("legal_basis: []\nlevel: provinse\n");
        assert_eq!(error.problem, Problem::InvalidValue);
        assert_eq!(
            error.message,
            "level: `provinse` is not an allowed value; expected one of `commune`, \
             `province`; did you mean `province`?"
        );
        assert_eq!(error.line, Some(2));
    }

    #[test]
    fn a_string_for_a_nested_struct_says_a_map_of_keys() {
        assert_type_error(
            "legal_basis: []\noffice: Ủy ban xã\n",
            None,
            "office: expected a map of keys, found a string",
        );
    }

    #[test]
    fn a_list_for_a_string_in_a_nested_struct_names_the_path() {
        assert_type_error(
            "legal_basis: []\noffice:\n  address:\n    - a\n",
            None,
            "office.address: expected a string, found a list",
        );
    }

    #[test]
    fn a_custom_message_gets_the_field_in_front() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Dated {
            #[serde(deserialize_with = "day")]
            date: String,
        }
        fn day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
            let text = String::deserialize(d)?;
            Err(serde::de::Error::custom(format!(
                "`{text}` is not a day of the calendar"
            )))
        }
        let error = parse::<Dated>("date: 2025-02-30\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(
            error.message,
            "date: `2025-02-30` is not a day of the calendar"
        );
        assert_eq!(error.line, Some(2));
    }

    #[test]
    fn key_line_finds_top_level_keys() {
        assert_eq!(key_line("a: 1\ncolumn: x\n", "column"), Some(2));
        assert_eq!(key_line("a: 1\n  column: x\n", "column"), None);
    }
}
