//! Site configuration: `loa.yaml` at the site root, read and validated into a [`Config`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::{Language, Languages, Localized};
use crate::yaml;

pub const FILE_NAME: &str = "loa.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: BTreeMap<String, String>,
    #[serde(default)]
    description: BTreeMap<String, String>,
    base_url: String,
    default_language: String,
    languages: Vec<RawLanguage>,
    #[serde(default)]
    columns: Vec<RawColumn>,
    #[serde(default = "default_paginate")]
    paginate: usize,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    budgets: Budgets,
}

/// Page-weight budgets that `loa check` holds pages to (`budgets:` in loa.yaml).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budgets {
    /// An article page's HTML and linked CSS, in KB (1024 bytes).
    #[serde(default = "default_article_kb")]
    pub article_kb: usize,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            article_kb: default_article_kb(),
        }
    }
}

fn default_article_kb() -> usize {
    50
}

fn default_paginate() -> usize {
    10
}

fn default_theme() -> String {
    "default".to_string()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    name: String,
    #[serde(default)]
    fallback: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumn {
    id: String,
    title: BTreeMap<String, String>,
}

/// A named series that articles belong to ("Bình dân học vụ số").
#[derive(Debug, Clone)]
pub struct Column {
    pub id: String,
    pub title: Localized,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The folder that holds `loa.yaml`.
    pub site_dir: PathBuf,
    pub title: Localized,
    pub description: Localized,
    /// The absolute URL of the site, without a trailing slash.
    pub base_url: String,
    /// The path part of `base_url` ("" at a domain's root), put before every link.
    pub root_path: String,
    pub languages: Languages,
    pub columns: Vec<Column>,
    pub paginate: usize,
    pub theme: String,
    pub budgets: Budgets,
}

impl Config {
    pub fn path(&self) -> PathBuf {
        self.site_dir.join(FILE_NAME)
    }

    pub fn column(&self, id: &str) -> Option<&Column> {
        self.columns.iter().find(|column| column.id == id)
    }
}

/// Reads `loa.yaml` from `site_dir`.
pub fn load(site_dir: &Path, base_url_override: Option<&str>) -> Result<Config, Diagnostics> {
    let path = site_dir.join(FILE_NAME);
    let text = crate::content::source::read_text(&path)?;
    parse(site_dir, &text, base_url_override)
}

/// Validates the text of `loa.yaml`; pure, so tests and the dev server can call it on any text.
pub fn parse(
    site_dir: &Path,
    text: &str,
    base_url_override: Option<&str>,
) -> Result<Config, Diagnostics> {
    let path = site_dir.join(FILE_NAME);
    let raw: RawConfig = yaml::parse(text, &path, 1)?;
    let at = |key: &str, message: String, problem: Problem| {
        let diagnostic = Diagnostic::error(problem, &path, message);
        match yaml::key_line(text, key) {
            Some(line) => diagnostic.at_line(line),
            None => diagnostic,
        }
    };
    let mut diagnostics = Diagnostics::default();

    let languages = Languages::new(
        raw.languages
            .into_iter()
            .map(|l| Language::new(l.code, l.name, l.fallback))
            .collect(),
        &raw.default_language,
    )
    .map_err(|message| at("languages", message, Problem::InvalidValue));
    let languages = languages?;

    let mut localized = |key: &str, values: BTreeMap<String, String>, required: bool| {
        let found = check_languages(key, &values, required, &languages);
        diagnostics.extend(
            found
                .into_iter()
                .map(|(problem, message)| at(key, message, problem)),
        );
        Localized::new(values)
    };
    let title = localized("title", raw.title, true);
    let description = localized("description", raw.description, false);

    let mut seen = BTreeSet::new();
    let mut errors = Vec::new();
    let mut columns = Vec::new();
    for column in raw.columns {
        if !is_identifier(&column.id) {
            errors.push(at(
                "columns",
                format!(
                    "column id `{}` must be lower-case ASCII letters, digits and hyphens",
                    column.id
                ),
                Problem::InvalidValue,
            ));
        }
        if !seen.insert(column.id.clone()) {
            errors.push(at(
                "columns",
                format!("column `{}` is declared twice", column.id),
                Problem::Duplicate,
            ));
        }
        let title = localized("columns", column.title, true);
        columns.push(Column {
            id: column.id,
            title,
        });
    }

    diagnostics.extend(errors);
    let base_url = base_url_override
        .unwrap_or(&raw.base_url)
        .trim_end_matches('/')
        .to_string();
    let root_path = match url::Url::parse(&base_url) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host_str().is_some() => {
            url.path().trim_end_matches('/').to_string()
        }
        _ => {
            diagnostics.push(at(
                "base_url",
                format!("`base_url` must be an absolute http(s) URL such as https://example.vn, not `{base_url}`"),
                Problem::InvalidValue,
            ));
            String::new()
        }
    };
    if raw.paginate == 0 {
        diagnostics.push(at(
            "paginate",
            "`paginate` must be at least 1".into(),
            Problem::InvalidValue,
        ));
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(Config {
        site_dir: site_dir.to_path_buf(),
        title,
        description,
        base_url,
        root_path,
        languages,
        columns,
        paginate: raw.paginate,
        theme: raw.theme,
        budgets: raw.budgets,
    })
}

/// Problems with a per-language text map: codes that are not site languages, and a missing
/// default-language text when one is required.
fn check_languages(
    key: &str,
    values: &BTreeMap<String, String>,
    required: bool,
    languages: &Languages,
) -> Vec<(Problem, String)> {
    let mut problems: Vec<(Problem, String)> = values
        .keys()
        .filter(|code| !languages.contains(code))
        .map(|code| {
            (
                Problem::UnknownLanguage,
                format!("`{key}` has a text for `{code}`, which is not in `languages`"),
            )
        })
        .collect();
    if required && !values.contains_key(languages.default_code()) {
        problems.push((
            Problem::MissingField,
            format!(
                "`{key}` needs a text in the default language `{}`",
                languages.default_code()
            ),
        ));
    }
    problems
}

/// Ids used in URLs: lower-case ASCII, digits and inner hyphens.
pub fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
