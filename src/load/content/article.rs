//! Articles: `content/articles/<slug>.md` and their translations `<slug>.<code>.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::format::Date;
use crate::load::config::Config;
use crate::load::content::segment::{self, MediaVersion};
use crate::load::content::{
    LoadOptions, Translated, check_static_path, check_title, frontmatter, group_all, source,
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
    media: Vec<segment::MediaEntry>,
}

/// A translation carries only the texts; date, column, tags and image belong to the original.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFrontMatter {
    title: String,
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
    /// Item by item: this language's own recording, title or transcript.
    #[serde(default)]
    media: Vec<segment::MediaEntry>,
}

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
    diagnostics.extend(check_unique_slugs(&articles, &config.site_dir));
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
    Ok(Some(Article {
        slug: original.slug,
        date: original.date,
        column: original.column,
        tags: original.tags,
        image: original.image,
        poster: original.poster,
        texts: Translated::new(original.text, texts, &config.languages),
        slug_line: original.slug_line,
    }))
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
    pub text: ArticleText,
    /// The line of a `slug:` key, when the front matter sets the slug.
    pub slug_line: Option<usize>,
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
        Some(custom) => {
            let folded = slugify(custom);
            if let Err(message) = crate::paths::check_name(custom.trim()) {
                diagnostics.push(at(
                    "slug",
                    Problem::PathEscape,
                    format!("`slug`: {message}"),
                ));
            } else if folded.is_empty() {
                diagnostics.push(at(
                    "slug",
                    Problem::InvalidValue,
                    format!("`slug: {custom}` has no letters or digits"),
                ));
            }
            folded
        }
        None => file.slug.clone(),
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
    let date = match date {
        Ok(date) => Some(date),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            None
        }
    };
    match date {
        Some(date) if !diagnostics.has_errors() => Ok(Original {
            slug,
            date,
            column: front.column,
            tags: front
                .tags
                .into_iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            image: front.image,
            draft: front.draft,
            slug_line: front
                .slug
                .as_ref()
                .and(yaml::key_line(split.yaml, "slug"))
                .map(|line| line + split.yaml_line - 1),
            poster: front.poster,
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
    let media = segment::parse(
        front.media,
        false,
        &file.path,
        split.yaml,
        split.yaml_line,
        config,
    )?;
    if let Err((problem, message)) = check_title(&front.title) {
        let line = yaml::key_line(split.yaml, "title").map(|l| l + split.yaml_line - 1);
        return Err(Diagnostic::error(problem, &file.path, message)
            .at(line, None)
            .into());
    }
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
            media,
        },
        front.draft,
    ))
}

/// Two articles with one slug: the error goes to the one whose front matter sets `slug:`, at
/// that line, and names the other file.
fn check_unique_slugs(articles: &[Article], site_dir: &Path) -> Diagnostics {
    let mut seen: BTreeMap<&str, &Article> = BTreeMap::new();
    let mut diagnostics = Diagnostics::default();
    for article in articles {
        let Some(other) = seen.insert(&article.slug, article) else {
            continue;
        };
        let (blamed, other) = if article.slug_line.is_some() {
            (article, other)
        } else {
            (other, article)
        };
        let other_path = &other.texts.original().path;
        diagnostics.push(
            Diagnostic::error(
                Problem::Duplicate,
                &blamed.texts.original().path,
                format!(
                    "this article and {} both have the slug `{}`",
                    other_path
                        .strip_prefix(site_dir)
                        .unwrap_or(other_path)
                        .display(),
                    article.slug
                ),
            )
            .at(blamed.slug_line, None),
        );
    }
    diagnostics
}
