//! Articles: `content/articles/<slug>.md` and their translations `<slug>.<code>.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;
use crate::languages::format::{Date, Moment};
use crate::load::config::Config;
use crate::load::content::chapters;
use crate::load::content::location::{self, Location};
use crate::load::content::segment::{self, MediaVersion};
use crate::load::content::{
    LoadOptions, Translated, check_static_path, check_title, frontmatter, group_all, repeated,
    source,
};
use crate::slug::slugify;
use crate::yaml;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginalFrontMatter {
    title: String,
    date: String,
    column: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    #[serde(default)]
    image: Option<String>,
    #[serde(default)]
    image_alt: Option<String>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    slug: Option<String>,
    #[serde(default)]
    poster: bool,
    #[serde(default)]
    read_aloud: Option<String>,
    /// When the article appears: a date (midnight, Vietnam time) or an RFC 3339 time; default
    /// `date`.
    #[serde(default)]
    publish_date: Option<String>,
    /// When the article is taken down: its page becomes a "no longer current" notice.
    #[serde(default)]
    expiry_date: Option<String>,
    #[serde(default)]
    media: Vec<segment::MediaEntry>,
    /// Where the article is about (see [`location`]).
    #[serde(default)]
    location: Option<serde_json::Value>,
}

/// A translation's own keys, and the original's keys it may repeat: those of [`SHARED_KEYS`]
/// only with the original's value (see [`repeated`]).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFrontMatter {
    title: String,
    /// The tags as this language writes them; without it, the original's.
    #[serde(default)]
    tags: Option<Vec<String>>,
    /// This language's own URL slug; without it, the original's.
    #[serde(default)]
    slug: Option<String>,
    /// The original's keys, compared by [`repeated::check`].
    #[serde(default, rename = "date")]
    _date: Option<IgnoredAny>,
    #[serde(default, rename = "column")]
    _column: Option<IgnoredAny>,
    #[serde(default, rename = "image")]
    _image: Option<IgnoredAny>,
    #[serde(default, rename = "poster")]
    _poster: Option<IgnoredAny>,
    #[serde(default, rename = "publish_date")]
    _publish_date: Option<IgnoredAny>,
    #[serde(default, rename = "expiry_date")]
    _expiry_date: Option<IgnoredAny>,
    #[serde(default, rename = "location")]
    _location: Option<IgnoredAny>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    #[serde(default)]
    image_alt: Option<String>,
    #[serde(default)]
    draft: bool,
    /// The fingerprint of the original's body this translation was made from
    /// (see [`crate::resolve::translation::fingerprint`]).
    #[serde(default)]
    translated_from: Option<String>,
    #[serde(default)]
    read_aloud: Option<String>,
    /// Item by item: this language's own recording, title or transcript.
    #[serde(default)]
    media: Vec<segment::MediaEntry>,
}

/// The keys of an article that are the same in every language: a translation may repeat them
/// only with the original's value. Its other keys are per language (docs/translating.md).
pub const SHARED_KEYS: &[&str] = &[
    "date",
    "column",
    "image",
    "poster",
    "publish_date",
    "expiry_date",
    "location",
];

/// An article of a column, in every language it is written in.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub slug: String,
    pub date: Date,
    pub column: String,
    pub tags: Vec<String>,
    /// A site path such as `/images/qr.svg`, from `static/`.
    pub image: Option<String>,
    /// `poster: true`: a printed A4 poster with a QR code leads to the article.
    pub poster: bool,
    pub texts: Translated<ArticleText>,
    /// The line of `slug:` in the original's front matter, when the slug is not the file name's.
    pub slug_line: Option<usize>,
    /// Where the build's time stands against the article's schedule.
    pub timing: Timing,
    /// `location:`, where the article is about.
    pub location: Option<Location>,
}

/// An article's schedule against the build's time (`loa build --now`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Timing {
    /// Published and not expired (or the build has no clock).
    #[default]
    Current,
    /// `publish_date` (or `date`) is still to come: left out unless `--future`.
    Scheduled(Date),
    /// `expiry_date` has passed: a notice at its URL unless `--expired`.
    Expired(Date),
}

impl Article {
    /// The article's slug in `lang`: its own translation's `slug:`, or the original's slug.
    pub fn slug_in(&self, lang: &str) -> &str {
        self.texts
            .get(lang)
            .and_then(|text| text.slug.as_ref())
            .map_or(self.slug.as_str(), |(slug, _)| slug.as_str())
    }

    /// The slugs its translations give their languages: (language, slug).
    pub fn translated_slugs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts
            .versions()
            .filter_map(|(lang, text)| Some((lang, text.slug.as_ref()?.0.as_str())))
    }
}

/// The words of an article in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleText {
    pub lang: String,
    pub path: PathBuf,
    pub title: String,
    pub summary: Option<String>,
    pub authors: Vec<String>,
    pub image_alt: Option<String>,
    pub body: String,
    /// The line of the file where the Markdown body starts, for error messages.
    pub body_line: usize,
    /// For a translation: the fingerprint of the original's body it was made from, if recorded.
    pub translated_from: Option<String>,
    /// `read_aloud:`, what the commune loudspeaker reads instead of the body (`loa bulletin`).
    pub read_aloud: Option<String>,
    /// For a translation: its tags as its language writes them, when it lists its own.
    pub tags: Option<Vec<String>>,
    /// For a translation: its own URL slug (folded), when it has one, and the line of `slug:`.
    pub slug: Option<(String, usize)>,
    /// The segment's media items as this language gives them (see [`segment`]): in the
    /// original every item, in a translation at most as many.
    pub media: Vec<MediaVersion>,
}

/// The folder of articles under `content/`, and their files' extension.
pub const DIR: &str = "articles";
pub const EXTENSION: &str = "md";

/// Loads `dir/*.md`.
pub fn load(
    dir: &Path,
    config: &Config,
    options: LoadOptions,
) -> Result<Vec<Article>, Diagnostics> {
    let (files, unreadable) =
        source::discover_all(&config.site_dir, dir, EXTENSION, &config.languages);
    assemble(files, unreadable, config, options)
}

/// Articles from files already read (pure): the dev server keeps them and rereads only what
/// changed.
pub fn from_files(
    files: Vec<source::SourceFile>,
    config: &Config,
    options: LoadOptions,
) -> Result<Vec<Article>, Diagnostics> {
    assemble(files, Diagnostics::default(), config, options)
}

/// Parses every file that can be parsed, even when others could not be read (`diagnostics`): a
/// build reports all problems.
fn assemble(
    files: Vec<source::SourceFile>,
    mut diagnostics: Diagnostics,
    config: &Config,
    options: LoadOptions,
) -> Result<Vec<Article>, Diagnostics> {
    let unreadable = diagnostics.has_errors();
    let (groups, found) = group_all(files);
    // A translation of an unreadable original would look orphaned: say so only once all is read.
    diagnostics.extend(
        found
            .into_iter()
            .filter(|d| !unreadable || d.problem != Problem::OrphanTranslation),
    );
    let parsed: Vec<Result<Option<Article>, Diagnostics>> = groups
        .into_par_iter()
        .map(|(original, translations)| parse_group(original, translations, config, options))
        .collect();
    let mut articles = Vec::new();
    for result in parsed {
        match result {
            Ok(article) => articles.extend(article),
            Err(found) => diagnostics.extend(found),
        }
    }
    diagnostics.extend(check_unique_slugs(
        &articles,
        &config.site_dir,
        &config.languages,
    ));
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    sort(&mut articles);
    Ok(articles)
}

/// Puts articles in the site's order: newest first, equal dates by slug.
pub fn sort(articles: &mut [Article]) {
    articles.sort_by(order);
}

/// Puts `article` into `articles`, which are in [`sort`]'s order, at its place in that order.
pub fn insert_sorted(articles: &mut Vec<Article>, article: Article) {
    let at = articles.partition_point(|other| order(other, &article).is_lt());
    articles.insert(at, article);
}

/// Newest first; articles of the same day by slug.
fn order(a: &Article, b: &Article) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug))
}

fn parse_group(
    original: source::SourceFile,
    translations: Vec<source::SourceFile>,
    config: &Config,
    options: LoadOptions,
) -> Result<Option<Article>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let parsed_original = parse_original(&original, config);
    let mut texts = BTreeMap::new();
    for translation in &translations {
        diagnostics.extend(repeated::check(
            &original,
            translation,
            SHARED_KEYS,
            &config.site_dir,
        ));
        match parse_translation(translation, config) {
            Ok((text, draft)) => {
                if !draft || options.drafts {
                    texts.insert(text.lang.clone(), text);
                }
            }
            Err(found) => diagnostics.extend(found),
        }
    }
    let original = match parsed_original {
        Ok(parsed) => parsed,
        Err(found) => {
            diagnostics.extend(found);
            return Err(diagnostics);
        }
    };
    for text in texts.values() {
        let (ours, theirs) = (chapter_lists(&original.text), chapter_lists(text));
        diagnostics.extend(chapters::check_translation(ours, theirs, &config.site_dir));
        if text.media.len() > original.text.media.len() {
            diagnostics.push(
                Diagnostic::error(
                    Problem::InvalidValue,
                    &text.path,
                    format!(
                        "`media` has {} items but the original has {}: a translation gives its \
                         own recording or transcript for the original's items, in their order",
                        text.media.len(),
                        original.text.media.len()
                    ),
                )
                .at_line(text.media[original.text.media.len()].line),
            );
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    if original.draft && !options.drafts {
        return Ok(None);
    }
    let timing = match options.now {
        Some(now) if original.publish.seconds > now => Timing::Scheduled(original.publish.day),
        Some(now) if original.expiry.is_some_and(|expiry| expiry.seconds <= now) => {
            Timing::Expired(original.expiry.map(|e| e.day).unwrap_or(original.date))
        }
        _ => Timing::Current,
    };
    if matches!(timing, Timing::Scheduled(_)) && !options.future {
        return Ok(None);
    }
    Ok(Some(Article {
        slug: original.slug,
        date: original.date,
        column: original.column,
        tags: original.tags,
        image: original.image,
        poster: original.poster,
        texts: Translated::new(original.text, texts, &config.languages),
        slug_line: original.slug_line,
        timing,
        location: original.location,
    }))
}

fn chapter_lists(text: &ArticleText) -> chapters::ChapterLists<'_> {
    chapters::lists(&text.path, text.media.iter().map(|item| &item.chapters))
}

/// What an original file gives: the article's own fields and its default-language text.
pub struct Original {
    pub slug: String,
    pub date: Date,
    pub column: String,
    pub tags: Vec<String>,
    pub image: Option<String>,
    pub draft: bool,
    pub poster: bool,
    /// When it appears: `publish_date`, else `date`.
    pub publish: Moment,
    pub expiry: Option<Moment>,
    pub text: ArticleText,
    /// The line of a `slug:` key, when the front matter sets the slug.
    pub slug_line: Option<usize>,
    pub location: Option<Location>,
}

/// Parses an original article file. Pure: the text is already read.
pub fn parse_original(file: &source::SourceFile, config: &Config) -> Result<Original, Diagnostics> {
    let split = frontmatter::split(&file.text, &file.path)?;
    let front: OriginalFrontMatter = yaml::parse(split.yaml, &file.path, split.yaml_line)?;
    let mut diagnostics = Diagnostics::default();
    let at = |key: &str, problem: Problem, message: String| {
        let diagnostic = Diagnostic::error(problem, &file.path, message);
        match yaml::key_line(split.yaml, key) {
            Some(line) => diagnostic.at_line(line + split.yaml_line - 1),
            None => diagnostic,
        }
    };
    let date = front
        .date
        .parse::<Date>()
        .map_err(|message| at("date", Problem::InvalidValue, format!("`date`: {message}")));
    if config.column(&front.column).is_none() {
        let known: Vec<&str> = config.columns.iter().map(|c| c.id.as_str()).collect();
        let hint = yaml::suggestion(&front.column, &known);
        diagnostics.push(at(
            "column",
            Problem::UnknownReference,
            format!(
                "`column: {}` is not a column declared in loa.yaml{hint}",
                front.column
            ),
        ));
    }
    if let Err((problem, message)) = check_title(&front.title) {
        diagnostics.push(at("title", problem, message));
    }
    if let Err(message) = check_read_aloud(front.read_aloud.as_deref()) {
        diagnostics.push(at("read_aloud", Problem::InvalidValue, message));
    }
    if let Some(image) = &front.image {
        if let Err(message) = check_static_path(image, &config.site_dir) {
            diagnostics.push(at(
                "image",
                Problem::BrokenLink,
                format!("`image`: {message}"),
            ));
        }
        if front
            .image_alt
            .as_deref()
            .is_none_or(|alt| alt.trim().is_empty())
        {
            diagnostics.push(at(
                "image",
                Problem::MissingField,
                "an article with `image` needs `image_alt`, the description a screen reader reads"
                    .into(),
            ));
        }
    }
    let slug = match &front.slug {
        Some(custom) => match check_slug(custom) {
            Ok(folded) => folded,
            Err((problem, message)) => {
                diagnostics.push(at("slug", problem, message));
                String::new()
            }
        },
        None => file.slug.clone(),
    };
    let moment = |key: &str, text: &str| {
        text.parse::<Moment>()
            .map_err(|message| at(key, Problem::InvalidValue, format!("`{key}`: {message}")))
    };
    let publish = match &front.publish_date {
        Some(text) => moment("publish_date", text),
        None => moment("date", &front.date),
    };
    let expiry = front
        .expiry_date
        .as_deref()
        .map(|text| moment("expiry_date", text))
        .transpose();
    let (publish, expiry) = match (publish, expiry) {
        (Ok(publish), Ok(expiry)) => {
            if expiry.is_some_and(|expiry| expiry <= publish) {
                diagnostics.push(at(
                    "expiry_date",
                    Problem::InvalidValue,
                    "`expiry_date` is not after the article is published (`publish_date`, or \
                     `date`): the article would never be shown"
                        .into(),
                ));
            }
            (Some(publish), expiry)
        }
        (publish, expiry) => {
            // A bad `date` is reported once, as `date`.
            if front.publish_date.is_some() {
                diagnostics.extend(publish.err());
            }
            diagnostics.extend(expiry.err());
            (None, None)
        }
    };
    let media = segment::parse(
        front.media,
        true,
        &file.path,
        split.yaml,
        split.yaml_line,
        config,
    )
    .map_err(|found| diagnostics.extend(found))
    .unwrap_or_default();
    let location = front.location.as_ref().and_then(|value| {
        location::parse(value, split.yaml, split.yaml_line)
            .map_err(|(line, message)| {
                let error = Diagnostic::error(Problem::InvalidValue, &file.path, message);
                diagnostics.push(error.at_line(line));
            })
            .ok()
    });
    let date = match date {
        Ok(date) => Some(date),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            None
        }
    };
    match date.zip(publish) {
        Some((date, publish)) if !diagnostics.has_errors() => Ok(Original {
            publish,
            expiry,
            slug,
            date,
            column: front.column,
            tags: clean_tags(front.tags),
            image: front.image,
            draft: front.draft,
            slug_line: front
                .slug
                .as_ref()
                .and(yaml::key_line(split.yaml, "slug"))
                .map(|line| line + split.yaml_line - 1),
            poster: front.poster,
            location,
            text: ArticleText {
                lang: config.languages.default_code().to_string(),
                path: file.path.clone(),
                title: front.title.trim().to_string(),
                summary: front.summary,
                authors: front.authors,
                image_alt: front.image_alt,
                body: split.body.to_string(),
                body_line: split.body_line,
                translated_from: None,
                read_aloud: front.read_aloud.map(|text| text.trim().to_string()),
                tags: None,
                slug: None,
                media,
            },
        }),
        _ => Err(diagnostics),
    }
}

/// Parses a translation file. Pure: the text is already read.
pub fn parse_translation(
    file: &source::SourceFile,
    config: &Config,
) -> Result<(ArticleText, bool), Diagnostics> {
    let split = frontmatter::split(&file.text, &file.path)?;
    let front: TranslationFrontMatter = yaml::parse(split.yaml, &file.path, split.yaml_line)?;
    let line = |key: &str| yaml::key_line(split.yaml, key).map(|l| l + split.yaml_line - 1);
    let media = segment::parse(
        front.media,
        false,
        &file.path,
        split.yaml,
        split.yaml_line,
        config,
    )?;
    if let Err((problem, message)) = check_title(&front.title) {
        return Err(Diagnostic::error(problem, &file.path, message)
            .at(line("title"), None)
            .into());
    }
    if let Err(message) = check_read_aloud(front.read_aloud.as_deref()) {
        return Err(
            Diagnostic::error(Problem::InvalidValue, &file.path, message)
                .at(line("read_aloud"), None)
                .into(),
        );
    }
    let slug = match front.slug.as_deref().map(check_slug) {
        None => None,
        Some(Ok(folded)) => Some((folded, line("slug").unwrap_or(1))),
        Some(Err((problem, message))) => {
            return Err(Diagnostic::error(problem, &file.path, message)
                .at(line("slug"), None)
                .into());
        }
    };
    Ok((
        ArticleText {
            lang: file.lang.clone().unwrap_or_default(),
            path: file.path.clone(),
            title: front.title.trim().to_string(),
            summary: front.summary,
            authors: front.authors,
            image_alt: front.image_alt,
            body: split.body.to_string(),
            body_line: split.body_line,
            translated_from: front.translated_from,
            read_aloud: front.read_aloud.map(|text| text.trim().to_string()),
            tags: front.tags.map(clean_tags),
            slug,
            media,
        },
        front.draft,
    ))
}

/// `read_aloud:`, when present, must say something: an empty one would silence the article.
fn check_read_aloud(read_aloud: Option<&str>) -> Result<(), String> {
    match read_aloud {
        Some(text) if text.trim().is_empty() => Err(
            "`read_aloud` is empty: write what the loudspeaker reads, or remove the key to read \
             the body"
                .into(),
        ),
        _ => Ok(()),
    }
}

/// Tags as written, trimmed, the empty ones left out.
fn clean_tags(tags: Vec<String>) -> Vec<String> {
    tags.into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// A `slug:` of the front matter, folded; it must be a plain name with letters or digits.
fn check_slug(custom: &str) -> Result<String, (Problem, String)> {
    let folded = slugify(custom);
    if let Err(message) = crate::paths::check_name(custom.trim()) {
        Err((Problem::PathEscape, format!("`slug`: {message}")))
    } else if folded.is_empty() {
        Err((
            Problem::InvalidValue,
            format!("`slug: {custom}` has no letters or digits"),
        ))
    } else {
        Ok(folded)
    }
}

/// Two articles with one slug in a language: the error goes to the one whose front matter sets
/// `slug:` (a translation's own slug first), at that line, and names the other file.
fn check_unique_slugs(articles: &[Article], site_dir: &Path, languages: &Languages) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    // A clash of two original slugs is one in every language: reported once.
    let mut reported: BTreeSet<(PathBuf, PathBuf)> = BTreeSet::new();
    // The file that sets an article's slug in a language, and its line, if one does.
    let setter = |article: &Article, lang: &str| -> Option<(PathBuf, usize)> {
        match article.texts.get(lang).and_then(|text| text.slug.as_ref()) {
            Some((_, line)) => Some((article.texts.get(lang)?.path.clone(), *line)),
            None => Some((article.texts.original().path.clone(), article.slug_line?)),
        }
    };
    for lang in languages.codes() {
        let mut seen: BTreeMap<&str, &Article> = BTreeMap::new();
        for article in articles {
            let slug = article.slug_in(lang);
            let Some(other) = seen.insert(slug, article) else {
                continue;
            };
            let (blamed, other) = if setter(article, lang).is_some() {
                (article, other)
            } else {
                (other, article)
            };
            let (path, line) = setter(blamed, lang)
                .map(|(path, line)| (path, Some(line)))
                .unwrap_or_else(|| (blamed.texts.original().path.clone(), None));
            let other_path = setter(other, lang)
                .map(|(path, _)| path)
                .unwrap_or_else(|| other.texts.original().path.clone());
            if !reported.insert((path.clone(), other_path.clone())) {
                continue;
            }
            let in_lang = if languages.default_code() == lang {
                String::new()
            } else {
                format!(" in `{lang}`")
            };
            diagnostics.push(
                Diagnostic::error(
                    Problem::Duplicate,
                    &path,
                    format!(
                        "this article and {} both have the slug `{slug}`{in_lang}",
                        other_path
                            .strip_prefix(site_dir)
                            .unwrap_or(&other_path)
                            .display(),
                    ),
                )
                .at(line, None),
            );
        }
    }
    diagnostics
}
