//! Infographics: `content/infographics/<slug>.yaml` (translations `<slug>.<code>.yaml`), a few
//! published figures drawn as a chart. Values live in the original only: a translation gives the
//! title, summary, source name and figure labels, and one that changes a value is an error.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_saphyr::{Location, Spanned};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem, collect_all};
use crate::languages::format::Date;
use crate::load::config::Config;
use crate::load::content::{Translated, group, repeated, source};
use crate::yaml;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginalFile {
    title: String,
    #[serde(default)]
    summary: Option<String>,
    source: RawSource,
    date: String,
    chart: Chart,
    figures: Vec<Spanned<RawFigure>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: String,
    #[serde(default)]
    url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    label: String,
    #[serde(default)]
    value: Option<Spanned<String>>,
    #[serde(default)]
    unit: Option<Spanned<RawUnit>>,
    #[serde(default)]
    target: Option<Spanned<String>>,
}

/// `count`, `percent`, `vnd`, `per100`, or `{text: "trạm"}` for a unit in words.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum RawUnit {
    Name(String),
    Text { text: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    title: String,
    /// The original's keys, compared by [`repeated::check`].
    #[serde(default, rename = "date")]
    _date: Option<IgnoredAny>,
    #[serde(default, rename = "chart")]
    _chart: Option<IgnoredAny>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    source: Option<RawSource>,
    figures: Vec<Spanned<RawFigure>>,
    /// The fingerprint of the original's words this translation was made from
    /// (see [`InfographicText::words`]).
    #[serde(default)]
    translated_from: Option<String>,
}

/// How the figures are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Chart {
    /// One bar per figure, on one scale: the figures share a unit.
    Bar,
    /// Big numbers with their labels.
    Figures,
    /// The share of its target each figure has reached.
    Progress,
}

impl Chart {
    /// The name written in the file, for templates and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            Chart::Bar => "bar",
            Chart::Figures => "figures",
            Chart::Progress => "progress",
        }
    }
}

/// What a value counts. The words of a [`Unit::Text`] unit are in each text's `units`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    Percent,
    /// Vietnamese đồng.
    Vnd,
    /// Per 100 people.
    Per100,
    Text,
}

const UNIT_NAMES: &[&str] = &["count", "percent", "vnd", "per100"];

impl Unit {
    fn from_name(name: &str) -> Option<Unit> {
        Some(match name {
            "count" => Unit::Count,
            "percent" => Unit::Percent,
            "vnd" => Unit::Vnd,
            "per100" => Unit::Per100,
            _ => return None,
        })
    }
}

/// A number as the author wrote it (plain digits, `.` before decimals) and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub plain: String,
    pub value: f64,
}

impl FromStr for Number {
    type Err = String;

    fn from_str(text: &str) -> Result<Number, String> {
        let plain = text.trim();
        let numeric = !plain.is_empty()
            && plain.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && plain.bytes().filter(|b| *b == b'.').count() <= 1
            && !plain.starts_with('.')
            && !plain.ends_with('.');
        match plain.parse::<f64>() {
            Ok(value) if numeric => Ok(Number {
                plain: plain.to_string(),
                value,
            }),
            _ => Err(format!(
                "`{text}` is not a number: write plain digits with `.` before decimals, without thousands separators or units (9776, 99.7)"
            )),
        }
    }
}

/// One figure: its value and unit; its label is in each text.
#[derive(Debug, Clone)]
pub struct Figure {
    pub value: Number,
    pub unit: Unit,
    /// The value aimed at (progress charts); a percentage aims at 100 when none is given.
    pub target: Option<Number>,
}

impl Figure {
    /// The value a progress chart measures against: the target, or 100 for a percentage.
    pub fn goal(&self) -> Option<Number> {
        match (&self.target, self.unit) {
            (Some(target), _) => Some(target.clone()),
            (None, Unit::Percent) => Some(Number {
                plain: "100".into(),
                value: 100.0,
            }),
            (None, _) => None,
        }
    }
}

/// An infographic, in every language it is written in.
#[derive(Debug, Clone)]
pub struct Infographic {
    pub slug: String,
    pub date: Date,
    pub chart: Chart,
    pub source_url: Option<String>,
    pub figures: Vec<Figure>,
    pub texts: Translated<InfographicText>,
}

/// The words of an infographic in one language.
#[derive(Debug, Clone)]
pub struct InfographicText {
    pub lang: String,
    pub path: PathBuf,
    pub title: String,
    pub summary: Option<String>,
    /// Always given by the original; a translation without one reads the original's.
    pub source_name: Option<String>,
    /// One label per figure.
    pub labels: Vec<String>,
    /// One per figure: the words of a [`Unit::Text`] unit.
    pub units: Vec<Option<String>>,
    /// For a translation: the fingerprint of the original's words it was made from, if recorded.
    pub translated_from: Option<String>,
}

impl InfographicText {
    /// Every word a translation translates, one item a line: title, summary, source name, the
    /// figures' labels and unit words. The values are the original's alone and not among them.
    pub fn words(&self) -> String {
        let mut words = vec![self.title.as_str()];
        words.extend(self.summary.as_deref());
        words.extend(self.source_name.as_deref());
        for (label, unit) in self.labels.iter().zip(&self.units) {
            words.push(label);
            words.extend(unit.as_deref());
        }
        words.join("\n")
    }
}

/// Loads `dir/*.yaml`.
pub fn load(dir: &Path, config: &Config) -> Result<Vec<Infographic>, Diagnostics> {
    let files = source::discover(&config.site_dir, dir, "yaml", &config.languages)?;
    let groups = group(files)?;
    let parsed: Vec<Result<Infographic, Diagnostics>> = groups
        .into_par_iter()
        .map(|(original, translations)| parse_group(&original, &translations, config))
        .collect();
    collect_all(parsed)
}

/// What only the original gives.
struct Values {
    date: Date,
    chart: Chart,
    source_url: Option<String>,
    figures: Vec<Figure>,
}

/// The keys of an infographic that are the same in every language (docs/translating.md).
pub const SHARED_KEYS: &[&str] = &["date", "chart"];

/// Parses one infographic with its translations. Pure.
pub fn parse_group(
    original: &source::SourceFile,
    translations: &[source::SourceFile],
    config: &Config,
) -> Result<Infographic, Diagnostics> {
    let repeated = repeated::check_all(original, translations, SHARED_KEYS, &config.site_dir);
    let (values, mut text) = parse_original(original)?;
    if repeated.has_errors() {
        return Err(repeated);
    }
    text.lang = config.languages.default_code().to_string();
    let mut texts = crate::load::content::translations(translations, |file| {
        parse_translation(file, &values.figures)
    })?;
    // What a translation leaves out is read in the original's words.
    for translated in texts.values_mut() {
        if translated.source_name.is_none() {
            translated.source_name.clone_from(&text.source_name);
        }
        for (words, original) in translated.units.iter_mut().zip(&text.units) {
            if words.is_none() {
                words.clone_from(original);
            }
        }
    }
    Ok(Infographic {
        slug: original.slug.clone(),
        date: values.date,
        chart: values.chart,
        source_url: values.source_url,
        figures: values.figures,
        texts: Translated::new(text, texts, &config.languages),
    })
}

/// Reports problems at lines of one YAML file.
struct Reporter<'a> {
    path: &'a Path,
    diagnostics: Diagnostics,
}

impl Reporter<'_> {
    fn error(&mut self, line: Option<usize>, problem: Problem, message: String) {
        self.diagnostics
            .push(Diagnostic::error(problem, self.path, message).at(line, None));
    }

    fn number(&mut self, key: &str, value: &Spanned<String>) -> Option<Number> {
        match value.value.parse::<Number>() {
            Ok(number) => Some(number),
            Err(message) => {
                self.error(
                    line(&value.referenced),
                    Problem::InvalidValue,
                    format!("`{key}`: {message}"),
                );
                None
            }
        }
    }
}

/// The line of a located value, when known.
fn line(location: &Location) -> Option<usize> {
    Some(location.line() as usize).filter(|line| *line > 0)
}

/// Parses an original infographic file. Pure.
fn parse_original(file: &source::SourceFile) -> Result<(Values, InfographicText), Diagnostics> {
    let raw: OriginalFile = yaml::parse(&file.text, &file.path, 1)?;
    let mut report = Reporter {
        path: &file.path,
        diagnostics: Diagnostics::default(),
    };
    let key_line = |key: &str| yaml::key_line(&file.text, key);
    let date = raw.date.parse::<Date>().map_err(|message| {
        Diagnostic::error(
            Problem::InvalidValue,
            &file.path,
            format!("`date`: {message}"),
        )
        .at(key_line("date"), None)
    });
    if let Some(url) = &raw.source.url
        && !matches!(url::Url::parse(url), Ok(u) if matches!(u.scheme(), "http" | "https"))
    {
        report.error(
            key_line("source"),
            Problem::InvalidValue,
            format!("`source.url` must be an http(s) address, not `{url}`"),
        );
    }
    if raw.figures.is_empty() {
        report.diagnostics.push(
            Diagnostic::error(
                Problem::MissingField,
                &file.path,
                "`figures` needs at least one figure",
            )
            .at(key_line("figures"), None),
        );
    }
    let mut figures = Vec::new();
    let mut labels = Vec::new();
    let mut units = Vec::new();
    for figure in &raw.figures {
        let at = line(&figure.referenced);
        let RawFigure {
            label,
            value,
            unit,
            target,
        } = &figure.value;
        let value = match value {
            Some(value) => report.number("value", value),
            None => {
                report.error(
                    at,
                    Problem::MissingField,
                    format!("the figure `{label}` has no `value`"),
                );
                None
            }
        };
        let target = target.as_ref().and_then(|t| report.number("target", t));
        if target.is_some() && raw.chart != Chart::Progress {
            report.error(
                at,
                Problem::InvalidValue,
                format!("the figure `{label}` has a `target`, which only a progress chart shows"),
            );
        }
        let (unit, words) = match unit.as_ref().map(|u| (&u.value, &u.referenced)) {
            None => (Some(Unit::Count), None),
            Some((RawUnit::Text { text }, _)) => (Some(Unit::Text), Some(text.clone())),
            Some((RawUnit::Name(name), location)) => {
                let unit = Unit::from_name(name);
                if unit.is_none() {
                    report.error(
                        line(location),
                        Problem::InvalidValue,
                        format!(
                            "unknown unit `{name}`{}; a unit in words is written `unit: {{text: \"…\"}}`",
                            yaml::suggestion(name, UNIT_NAMES)
                        ),
                    );
                }
                (unit, None)
            }
        };
        if let (Some(value), Some(unit)) = (value, unit) {
            let figure_value = Figure {
                value,
                unit,
                target,
            };
            if raw.chart == Chart::Progress
                && figure_value.goal().is_none_or(|goal| goal.value <= 0.0)
            {
                report.error(
                    at,
                    Problem::MissingField,
                    format!(
                        "the figure `{label}` of a progress chart needs a `target` above 0 (a percentage aims at 100 without one)"
                    ),
                );
            }
            if raw.chart == Chart::Bar
                && let Some(first) = figures.first().map(|f: &Figure| f.unit)
                && first != unit
            {
                report.error(
                    at,
                    Problem::InvalidValue,
                    format!(
                        "the bars of a bar chart share one scale: the figure `{label}` has another unit than the first"
                    ),
                );
            }
            figures.push(figure_value);
        }
        labels.push(label.trim().to_string());
        units.push(words);
    }
    if let Err((problem, message)) = crate::load::content::check_title(&raw.title) {
        report.error(key_line("title"), problem, message);
    }
    let date = match date {
        Ok(date) => Some(date),
        Err(diagnostic) => {
            report.diagnostics.push(diagnostic);
            None
        }
    };
    match date {
        Some(date) if !report.diagnostics.has_errors() => Ok((
            Values {
                date,
                chart: raw.chart,
                source_url: raw.source.url,
                figures,
            },
            InfographicText {
                lang: String::new(),
                path: file.path.clone(),
                title: raw.title.trim().to_string(),
                summary: raw.summary,
                source_name: Some(raw.source.name),
                labels,
                units,
                translated_from: None,
            },
        )),
        _ => Err(report.diagnostics),
    }
}

/// Parses a translation: its figures give labels in order; a value, target or unit that differs
/// from the original's is an error. Pure.
fn parse_translation(
    file: &source::SourceFile,
    originals: &[Figure],
) -> Result<InfographicText, Diagnostics> {
    let raw: TranslationFile = yaml::parse(&file.text, &file.path, 1)?;
    let mut report = Reporter {
        path: &file.path,
        diagnostics: Diagnostics::default(),
    };
    if raw.figures.len() != originals.len() {
        report.diagnostics.push(
            Diagnostic::error(
                Problem::InvalidValue,
                &file.path,
                format!(
                    "the original has {} figure(s) and this translation {}: give a label for each, in the same order",
                    originals.len(),
                    raw.figures.len()
                ),
            )
            .at(yaml::key_line(&file.text, "figures"), None),
        );
    }
    let mut units = Vec::new();
    for (figure, original) in raw.figures.iter().zip(originals) {
        let changed = |key: &str, was: &str| {
            format!(
                "a translation cannot change a figure's {key}; the original says `{was}` (change it there, for every language)"
            )
        };
        let same = |given: &Spanned<String>, was: &Number| {
            given
                .value
                .parse::<Number>()
                .is_ok_and(|n| n.value == was.value)
        };
        if let Some(value) = &figure.value.value
            && !same(value, &original.value)
        {
            report.error(
                line(&value.referenced),
                Problem::InvalidValue,
                changed("value", &original.value.plain),
            );
        }
        if let Some(target) = &figure.value.target
            && !original
                .target
                .as_ref()
                .is_some_and(|was| same(target, was))
        {
            let was = original
                .target
                .as_ref()
                .map_or("none", |t| t.plain.as_str());
            report.error(
                line(&target.referenced),
                Problem::InvalidValue,
                changed("target", was),
            );
        }
        let words = match figure
            .value
            .unit
            .as_ref()
            .map(|u| (&u.value, &u.referenced))
        {
            Some((RawUnit::Text { text }, _)) if original.unit == Unit::Text => Some(text.clone()),
            Some((RawUnit::Name(name), _)) if Unit::from_name(name) == Some(original.unit) => None,
            Some((_, location)) => {
                report.error(
                    line(location),
                    Problem::InvalidValue,
                    "a translation cannot change a figure's unit; only the words of a `{text: …}` unit are translated".into(),
                );
                None
            }
            None => None,
        };
        units.push(words);
    }
    if let Err((problem, message)) = crate::load::content::check_title(&raw.title) {
        report.error(yaml::key_line(&file.text, "title"), problem, message);
    }
    if report.diagnostics.has_errors() {
        return Err(report.diagnostics);
    }
    Ok(InfographicText {
        lang: file.lang.clone().unwrap_or_default(),
        path: file.path.clone(),
        title: raw.title.trim().to_string(),
        summary: raw.summary,
        source_name: raw.source.map(|s| s.name),
        labels: raw
            .figures
            .into_iter()
            .map(|f| f.value.label.trim().to_string())
            .collect(),
        units,
        translated_from: raw.translated_from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain_digits() {
        assert_eq!("99.7".parse::<Number>().unwrap().value, 99.7);
        assert_eq!("9776".parse::<Number>().unwrap().plain, "9776");
        for bad in ["9.776,5", "nhiều", "", "99,7", "1e3", "-3", "12 %"] {
            assert!(bad.parse::<Number>().is_err(), "{bad}");
        }
    }

    #[test]
    fn percentages_aim_at_100() {
        let figure = Figure {
            value: "73".parse().unwrap(),
            unit: Unit::Percent,
            target: None,
        };
        assert_eq!(figure.goal().map(|goal| goal.value), Some(100.0));
    }
}
