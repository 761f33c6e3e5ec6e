//! Site configuration: `loa.yaml` at the site root, read and validated into a [`Config`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::format::Date;
use crate::languages::{Language, Languages, Localized};
use crate::load::podcast::{PodcastSettings, RawPodcast};
use crate::load::urllock::Redirects;
use crate::markdown::{RawHtml, RawHtmlPolicy};
use crate::paths::CONFIG_FILE;
use crate::trust::TrustedDomains;
use crate::yaml;

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
    #[serde(default)]
    courses: Vec<RawColumn>,
    #[serde(default)]
    audiences: Vec<RawColumn>,
    #[serde(default)]
    tags: Vec<RawTag>,
    #[serde(default = "default_paginate")]
    paginate: usize,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    budgets: BTreeMap<String, f64>,
    #[serde(default)]
    javascript: bool,
    #[serde(default)]
    offline: bool,
    #[serde(default)]
    share_images: Option<String>,
    #[serde(default)]
    trusted_domains: Vec<String>,
    #[serde(default)]
    redirects: BTreeMap<String, String>,
    #[serde(default)]
    poster_date: Option<String>,
    #[serde(default)]
    raw_html: Option<RawHtmlSetting>,
    #[serde(default)]
    segments_without_transcripts: bool,
    #[serde(default)]
    bulletin: RawBulletin,
    #[serde(default)]
    podcast: RawPodcast,
}

/// `bulletin: {rate: 170}`: how `loa bulletin` times a script.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBulletin {
    #[serde(default)]
    rate: Option<u32>,
}

/// What `loa bulletin` reads from `loa.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulletinSettings {
    /// The reading rate in syllables a minute.
    pub rate: u32,
}

impl BulletinSettings {
    /// The default rate: about three quarters of VOV's news pace (~233 a minute), for a
    /// loudspeaker outdoors, its echo between poles, and elderly listeners (docs/broadcast.md).
    pub const DEFAULT_RATE: u32 = 170;
    /// The rates a reader can keep up: a slow dictation to a fast newsreader.
    pub const RATES: std::ops::RangeInclusive<u32> = 60..=400;

    /// Checks a reading rate; the message says what is expected.
    pub fn check_rate(rate: u32) -> Result<u32, String> {
        if Self::RATES.contains(&rate) {
            Ok(rate)
        } else {
            Err(format!(
                "the reading rate must be {} to {} syllables a minute, not {rate}",
                Self::RATES.start(),
                Self::RATES.end()
            ))
        }
    }
}

impl Default for BulletinSettings {
    fn default() -> Self {
        BulletinSettings {
            rate: Self::DEFAULT_RATE,
        }
    }
}

/// `raw_html: sanitize`, or `raw_html: {originals: allow, translations: sanitize}`; read as
/// plain text so a wrong value gets a message that lists the right ones.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawHtmlSetting {
    Everywhere(String),
    Split(BTreeMap<String, String>),
}

/// The policy a `raw_html` setting stands for; keys left out are `sanitize`.
fn raw_html_policy(setting: Option<RawHtmlSetting>) -> Result<RawHtmlPolicy, Vec<String>> {
    let value = |key: &str, text: &str| match text {
        "allow" => Ok(RawHtml::Allow),
        "sanitize" => Ok(RawHtml::Sanitize),
        "deny" => Ok(RawHtml::Deny),
        _ => Err(format!(
            "`{key}` must be allow, sanitize or deny, not `{text}`"
        )),
    };
    match setting {
        None => Ok(RawHtmlPolicy::default()),
        Some(RawHtmlSetting::Everywhere(text)) => value("raw_html", &text)
            .map(RawHtmlPolicy::everywhere)
            .map_err(|e| vec![e]),
        Some(RawHtmlSetting::Split(map)) => {
            let mut policy = RawHtmlPolicy::default();
            let mut problems = Vec::new();
            for (key, text) in &map {
                let slot = match key.as_str() {
                    "originals" => &mut policy.originals,
                    "translations" => &mut policy.translations,
                    _ => {
                        problems.push(format!(
                            "`raw_html` has the keys `originals` and `translations`, not `{key}`"
                        ));
                        continue;
                    }
                };
                match value(&format!("raw_html.{key}"), text) {
                    Ok(raw_html) => *slot = raw_html,
                    Err(problem) => problems.push(problem),
                }
            }
            if problems.is_empty() {
                Ok(policy)
            } else {
                Err(problems)
            }
        }
    }
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

/// A tag declared in `loa.yaml`: `{id, name: {lang: text}}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTag {
    id: String,
    name: BTreeMap<String, String>,
}

/// Something declared in `loa.yaml` with an id and a title per language.
#[derive(Debug, Clone)]
pub struct Named {
    pub id: String,
    pub title: Localized,
}

/// A named series that articles belong to ("Bình dân học vụ số").
pub type Column = Named;
/// A course: lessons taken in order ("Kỹ năng số cơ bản").
pub type Course = Named;
/// A target group of the campaign that lessons are written for (cadres, pupils, the elderly…).
pub type Audience = Named;
/// A tag declared with its name in each language (its `title`); a language without a name
/// shows its fallback's.
pub type Tag = Named;

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
    pub courses: Vec<Course>,
    pub audiences: Vec<Audience>,
    /// The declared tags (optional: a tag declared nowhere is a tag of its own language).
    pub tags: Vec<Tag>,
    pub paginate: usize,
    pub theme: String,
    /// Page-weight budgets by page kind, and whether pages may carry JavaScript.
    pub budgets: crate::budget::Budgets,
    /// Whether pages register the offline-pack service worker.
    pub offline: bool,
    /// The format of share images (`og:image`): PNG (default), SVG, or none.
    pub share_images: ShareImages,
    /// `segments_without_transcripts: true`: a segment may have no transcript (by default each
    /// recording needs one, for deaf and hard-of-hearing citizens).
    pub segments_without_transcripts: bool,
    /// The only domains printed QR codes and procedures' online links may use.
    pub trusted_domains: TrustedDomains,
    /// Printed short paths that moved, and where they now go.
    pub redirects: Redirects,
    /// The date printed on posters; without it, the newest date of each poster's data.
    pub poster_date: Option<Date>,
    /// `base_url` as written in `loa.yaml`, even when `--base-url` overrides it for a preview:
    /// posters always print the published address.
    pub published_url: String,
    /// The line of `base_url` in `loa.yaml`: errors about the printed addresses, found after
    /// loading, point at it.
    pub base_url_line: Option<usize>,
    /// What raw HTML in Markdown may do, in originals and in translations.
    pub raw_html: RawHtmlPolicy,
    /// `bulletin:`, the settings of `loa bulletin`.
    pub bulletin: BulletinSettings,
    /// `podcast:`, what the columns' podcast feeds say of themselves.
    pub podcast: PodcastSettings,
}

impl Config {
    pub fn path(&self) -> PathBuf {
        self.site_dir.join(CONFIG_FILE)
    }

    pub fn column(&self, id: &str) -> Option<&Column> {
        self.columns.iter().find(|column| column.id == id)
    }

    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|course| course.id == id)
    }

    pub fn audience(&self, id: &str) -> Option<&Audience> {
        self.audiences.iter().find(|audience| audience.id == id)
    }
}

/// Reads `loa.yaml` from `site_dir`.
pub fn load(site_dir: &Path, base_url_override: Option<&str>) -> Result<Config, Diagnostics> {
    let path = site_dir.join(CONFIG_FILE);
    let text = crate::load::content::source::read_text(&path)?;
    parse(site_dir, &text, base_url_override)
}

/// Validates the text of `loa.yaml`; pure, so tests and the dev server can call it on any text.
pub fn parse(
    site_dir: &Path,
    text: &str,
    base_url_override: Option<&str>,
) -> Result<Config, Diagnostics> {
    let path = site_dir.join(CONFIG_FILE);
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
    .map_err(|message| Diagnostics::from(at("languages", message, Problem::InvalidValue)))?;

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

    let mut named = |key: &str, raw: Vec<RawColumn>, required: bool| {
        let mut seen = BTreeSet::new();
        let mut errors = Vec::new();
        let mut list = Vec::new();
        for item in raw {
            if !is_identifier(&item.id) {
                errors.push(at(
                    key,
                    format!(
                        "`{key}`: the id `{}` must be lower-case ASCII letters, digits and hyphens",
                        item.id
                    ),
                    Problem::InvalidValue,
                ));
            }
            if !seen.insert(item.id.clone()) {
                errors.push(at(
                    key,
                    format!("`{key}`: `{}` is declared twice", item.id),
                    Problem::Duplicate,
                ));
            }
            let title = localized(key, item.title, required);
            list.push(Named { id: item.id, title });
        }
        (list, errors)
    };
    let (columns, mut errors) = named("columns", raw.columns, true);
    let (courses, more) = named("courses", raw.courses, true);
    errors.extend(more);
    let (audiences, more) = named("audiences", raw.audiences, true);
    errors.extend(more);
    let raw_tags = raw.tags.into_iter();
    let raw_tags = raw_tags.map(|tag| RawColumn {
        id: tag.id,
        title: tag.name,
    });
    let (tags, more) = named("tags", raw_tags.collect(), false);
    errors.extend(more);
    errors.extend(
        tag_name_clashes(&tags)
            .into_iter()
            .map(|message| at("tags", message, Problem::Duplicate)),
    );

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
    let published_url = raw.base_url.trim_end_matches('/').to_string();
    let trusted_domains = TrustedDomains::parse(&raw.trusted_domains).unwrap_or_else(|problems| {
        for problem in problems {
            diagnostics.push(at("trusted_domains", problem, Problem::InvalidValue));
        }
        TrustedDomains::default()
    });
    if !trusted_domains.is_empty()
        && let Err(problem) = trusted_domains.check(&format!("{published_url}/"))
    {
        diagnostics.push(at("base_url", problem, Problem::InvalidValue));
    }
    let redirects = Redirects::parse(
        &raw.redirects,
        &trusted_domains,
        yaml::key_line(text, "redirects"),
    )
    .unwrap_or_else(|problems| {
        for problem in problems {
            diagnostics.push(at("redirects", problem, Problem::InvalidValue));
        }
        Redirects::default()
    });
    let poster_date = raw.poster_date.and_then(|date| {
        date.parse::<Date>()
            .map_err(|message| {
                diagnostics.push(at(
                    "poster_date",
                    format!("`poster_date`: {message}"),
                    Problem::InvalidValue,
                ))
            })
            .ok()
    });
    if let Err(message) = crate::paths::check_name(&raw.theme) {
        diagnostics.push(at(
            "theme",
            format!("`theme`: {message}"),
            Problem::PathEscape,
        ));
    }
    let raw_html = raw_html_policy(raw.raw_html).unwrap_or_else(|problems| {
        for problem in problems {
            diagnostics.push(at("raw_html", problem, Problem::InvalidValue));
        }
        RawHtmlPolicy::default()
    });
    if raw.paginate == 0 {
        diagnostics.push(at(
            "paginate",
            "`paginate` must be at least 1".into(),
            Problem::InvalidValue,
        ));
    }
    let budgets =
        crate::budget::Budgets::new(raw.budgets, raw.javascript).unwrap_or_else(|problems| {
            diagnostics.extend(
                problems
                    .into_iter()
                    .map(|message| at("budgets", message, Problem::InvalidValue)),
            );
            crate::budget::Budgets::default()
        });
    let share_images = match raw.share_images.as_deref() {
        None => ShareImages::default(),
        Some(value) => ShareImages::parse(value).unwrap_or_else(|message| {
            diagnostics.push(at("share_images", message, Problem::InvalidValue));
            ShareImages::default()
        }),
    };
    let bulletin = match raw.bulletin.rate.map(BulletinSettings::check_rate) {
        None => BulletinSettings::default(),
        Some(Ok(rate)) => BulletinSettings { rate },
        Some(Err(message)) => {
            diagnostics.push(at(
                "bulletin",
                format!("`bulletin.rate`: {message}"),
                Problem::InvalidValue,
            ));
            BulletinSettings::default()
        }
    };
    let codes: Vec<&str> = languages.codes().collect();
    let podcast = crate::load::podcast::settings(raw.podcast, &codes).unwrap_or_else(|problems| {
        for problem in problems {
            diagnostics.push(at("podcast", problem, Problem::InvalidValue));
        }
        PodcastSettings::default()
    });
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
        courses,
        audiences,
        tags,
        paginate: raw.paginate,
        theme: raw.theme,
        budgets,
        offline: raw.offline,
        share_images,
        segments_without_transcripts: raw.segments_without_transcripts,
        trusted_domains,
        redirects,
        poster_date,
        published_url,
        base_url_line: yaml::key_line(text, "base_url"),
        raw_html,
        bulletin,
        podcast,
    })
}

/// Two declared tags whose names in one language make the same slug (the tag page's URL).
fn tag_name_clashes(tags: &[Tag]) -> Vec<String> {
    let mut seen: BTreeMap<(String, String), &str> = BTreeMap::new();
    let mut problems = Vec::new();
    for tag in tags {
        for (lang, name) in tag.title.values() {
            let key = (lang.to_string(), crate::slug::slugify(name));
            if let Some(other) = seen.insert(key, &tag.id)
                && other != tag.id
            {
                problems.push(format!(
                    "`tags`: `{}` and `{other}` have names in `{lang}` that make the same \
                     page (`{name}`); give one another name",
                    tag.id
                ));
            }
        }
    }
    problems
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

/// The format of share images, `share_images:` in `loa.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShareImages {
    /// PNG (rasterised from the SVG card): what Facebook, Zalo and Messenger show.
    #[default]
    Png,
    /// The SVG card only: light to build, but most social networks ignore SVG.
    Svg,
    /// No share images and no `og:image`.
    None,
}

impl ShareImages {
    pub const NAMES: [&'static str; 3] = ["png", "svg", "none"];

    /// Reads the value of `share_images:`; the error names the known values.
    pub fn parse(value: &str) -> Result<ShareImages, String> {
        match value {
            "png" => Ok(ShareImages::Png),
            "svg" => Ok(ShareImages::Svg),
            "none" => Ok(ShareImages::None),
            other => Err(format!(
                "`share_images` must be `png`, `svg` or `none`, not `{other}`{}",
                match crate::yaml::closest(&other.to_ascii_lowercase(), &Self::NAMES) {
                    Some(closest) => format!("; did you mean `{closest}`?"),
                    None => String::new(),
                }
            )),
        }
    }

    /// The file extension of the images pages point at, if any.
    pub fn extension(self) -> Option<&'static str> {
        match self {
            ShareImages::Png => Some("png"),
            ShareImages::Svg => Some("svg"),
            ShareImages::None => None,
        }
    }

    /// The media type of `og:image:type`.
    pub fn media_type(self) -> &'static str {
        match self {
            ShareImages::Png => "image/png",
            ShareImages::Svg => "image/svg+xml",
            ShareImages::None => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_image_settings_are_png_svg_or_none() {
        assert_eq!(ShareImages::default(), ShareImages::Png);
        assert_eq!(ShareImages::parse("svg"), Ok(ShareImages::Svg));
        assert_eq!(ShareImages::parse("none").unwrap().extension(), None);
        let error = ShareImages::parse("PNG").unwrap_err();
        assert!(error.contains("did you mean `png`"), "{error}");
        assert!(
            ShareImages::parse("jpg")
                .unwrap_err()
                .contains("`png`, `svg` or `none`")
        );
    }
}
