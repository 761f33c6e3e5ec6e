//! Content loading: the site's content folder read into plain values, one module per kind.
//!
//! Every kind follows the same shape: [`source::discover`] finds and reads its files, the kind's
//! pure `parse` functions turn each file into a value, and [`group`] pairs each original with its
//! translations (`<slug>.<code>.<ext>`). A new kind is one more module and one more field of
//! [`Content`].

pub mod article;
pub mod chapters;
pub mod commune;
pub mod frontmatter;
pub mod images;
pub mod infographic;
pub mod lesson;
pub mod location;
pub mod procedure;
pub mod repeated;
pub mod segment;
pub mod source;

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;
use crate::load::config::Config;
use source::SourceFile;

pub use article::Article;
pub use commune::Commune;
pub use infographic::Infographic;
pub use lesson::Lesson;
pub use procedure::Procedure;

/// Everything under `content/`, loaded and validated.
#[derive(Debug, Default)]
pub struct Content {
    /// Newest first; equal dates by slug.
    pub articles: Vec<Article>,
    /// By course (in the order of `loa.yaml`), then by order in the course.
    pub lessons: Vec<Lesson>,
    /// By slug.
    pub infographics: Vec<Infographic>,
    /// By code.
    pub procedures: Vec<Procedure>,
    /// By slug.
    pub communes: Vec<Commune>,
    /// The articles whose `expiry_date` has passed, newest first: each leaves a "no longer
    /// current" notice at its URL, and is in no list, feed, sitemap or search index.
    pub expired: Vec<Article>,
}

/// Options that change what is loaded.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    pub drafts: bool,
    /// The build's time (seconds since 1970, UTC) that `publish_date` and `expiry_date` are
    /// held against; `None` shows every article as current.
    pub now: Option<i64>,
    /// Keep the articles whose time has not come (`--future`).
    pub future: bool,
    /// Keep the expired articles as they were (`--expired`), instead of a notice.
    pub expired: bool,
}

/// Loads every content kind under `site_dir/content`.
pub fn load(config: &Config, options: LoadOptions) -> Result<Content, Diagnostics> {
    let content_dir = config.site_dir.join("content");
    let articles = article::load(&content_dir.join(article::DIR), config, options);
    let lessons_dir = content_dir.join("lessons");
    let lessons = lesson::load(&lessons_dir, config);
    let infographics = infographic::load(&content_dir.join("infographics"), config);
    // Procedures link to lessons by slug; without a lessons folder there is nothing to check.
    let lesson_titles = match &lessons {
        Ok(lessons) if lessons_dir.is_dir() => Some(procedure::lesson_titles(lessons)),
        _ => None,
    };
    let procedures = procedure::load(
        &content_dir.join("procedures"),
        config,
        lesson_titles.as_ref(),
    );
    let codes = procedures
        .as_ref()
        .ok()
        .map(|procedures| procedures.iter().map(|p| p.code.clone()).collect());
    let communes = commune::load(&content_dir.join("communes"), config, codes.as_ref());
    match (articles, lessons, infographics, procedures, communes) {
        (Ok(articles), Ok(lessons), Ok(infographics), Ok(procedures), Ok(communes)) => {
            let unknown = location::check_communes(&articles, &communes);
            if unknown.has_errors() {
                return Err(unknown);
            }
            let (expired, articles) = articles.into_iter().partition(|article: &Article| {
                !options.expired && matches!(article.timing, article::Timing::Expired(_))
            });
            Ok(Content {
                expired,
                articles,
                lessons,
                infographics,
                procedures,
                communes,
            })
        }
        (articles, lessons, infographics, procedures, communes) => {
            let mut diagnostics = Diagnostics::default();
            diagnostics.extend(articles.err().into_iter().flatten());
            diagnostics.extend(lessons.err().into_iter().flatten());
            diagnostics.extend(infographics.err().into_iter().flatten());
            diagnostics.extend(procedures.err().into_iter().flatten());
            diagnostics.extend(communes.err().into_iter().flatten());
            Err(diagnostics)
        }
    }
}

impl Content {
    pub fn procedure(&self, code: &str) -> Option<&Procedure> {
        self.procedures
            .binary_search_by(|p| p.code.as_str().cmp(code))
            .ok()
            .map(|index| &self.procedures[index])
    }
}

/// One page's texts: the original in the default language and its translations, by language.
#[derive(Debug, Clone, PartialEq)]
pub struct Translated<T> {
    versions: BTreeMap<String, T>,
    default_lang: String,
}

impl<T> Translated<T> {
    pub fn new(original: T, translations: BTreeMap<String, T>, languages: &Languages) -> Self {
        let mut versions = translations;
        versions.insert(languages.default_code().to_string(), original);
        Translated {
            versions,
            default_lang: languages.default_code().to_string(),
        }
    }

    pub fn original(&self) -> &T {
        &self.versions[&self.default_lang]
    }

    /// The version a reader of `lang` sees: their own, or the first of their fallback chain.
    pub fn resolve<'a>(&'a self, lang: &str, languages: &Languages) -> (&'a str, &'a T) {
        self.find(lang, languages, Some)
            .map(|(version, code)| (code, version))
            .unwrap_or((&self.default_lang, self.original()))
    }

    /// One part of the page in `lang`: from the first version along the fallback chain whose
    /// `pick` has it, with that version's language. For texts translated part by part.
    pub fn find<'a, R>(
        &'a self,
        lang: &str,
        languages: &Languages,
        pick: impl Fn(&'a T) -> Option<R>,
    ) -> Option<(R, &'a str)> {
        languages
            .chain(lang)
            .iter()
            .chain(std::iter::once(&self.default_lang))
            .find_map(|code| {
                let (code, version) = self.versions.get_key_value(code)?;
                pick(version).map(|found| (found, code.as_str()))
            })
    }

    pub fn get(&self, lang: &str) -> Option<&T> {
        self.versions.get(lang)
    }

    /// The languages that really have this page, default language first.
    pub fn languages<'a>(&'a self, languages: &'a Languages) -> impl Iterator<Item = &'a str> + 'a {
        languages
            .codes()
            .filter(|code| self.versions.contains_key(*code))
    }

    pub fn versions(&self) -> impl Iterator<Item = (&str, &T)> {
        self.versions
            .iter()
            .map(|(code, version)| (code.as_str(), version))
    }
}

/// A site path (`/images/x.svg`) must name a file of the site's `static/` folder.
pub fn check_static_path(site_path: &str, site_dir: &Path) -> Result<(), String> {
    let Some(relative) = site_path.strip_prefix('/') else {
        return Err(format!(
            "`{site_path}` must be a path from the site root, such as /images/photo.jpg"
        ));
    };
    if crate::paths::resolve(site_dir, "static", relative)?.is_file() {
        Ok(())
    } else {
        Err(format!(
            "`{site_path}` does not exist: expected the file static/{relative}"
        ))
    }
}

/// The longest title, in characters: titles go into every list, feed, poster and search
/// index, and a headline that does not fit on a phone's screen in a few lines is a mistake.
pub const MAX_TITLE_CHARS: usize = 300;

/// A title must have words and fit in [`MAX_TITLE_CHARS`].
pub fn check_title(title: &str) -> Result<(), (Problem, String)> {
    let length = title.trim().chars().count();
    if length == 0 {
        return Err((Problem::InvalidValue, "`title` is empty".into()));
    }
    if length > MAX_TITLE_CHARS {
        return Err((
            Problem::TooLarge,
            format!("`title` is {length} characters long; at most {MAX_TITLE_CHARS}"),
        ));
    }
    Ok(())
}

/// An original file and its translations.
pub type Group = (SourceFile, Vec<SourceFile>);

/// Parses each translation file with `parse`, keyed by its language; the errors of every file
/// are reported together.
pub fn translations<T>(
    files: &[SourceFile],
    parse: impl Fn(&SourceFile) -> Result<T, Diagnostics>,
) -> Result<BTreeMap<String, T>, Diagnostics> {
    let parsed = files.iter().map(|file| {
        let lang = file.lang.clone().unwrap_or_default();
        parse(file).map(|text| (lang, text))
    });
    Ok(crate::diagnostics::collect_all(parsed)?
        .into_iter()
        .collect())
}

/// Pairs each original file with its translations. A translation without an original, or two
/// files that fold to the same slug and language, are errors.
pub fn group(files: Vec<SourceFile>) -> Result<Vec<Group>, Diagnostics> {
    let (groups, diagnostics) = group_all(files);
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(groups)
    }
}

/// Like [`group`], but also returns the groups that are sound when others are not, so that their
/// own problems are reported in the same build.
pub fn group_all(files: Vec<SourceFile>) -> (Vec<Group>, Diagnostics) {
    let mut by_slug: BTreeMap<String, (Option<SourceFile>, Vec<SourceFile>)> = BTreeMap::new();
    let mut diagnostics = Diagnostics::default();
    for file in files {
        let entry = by_slug.entry(file.slug.clone()).or_default();
        let clash = match &file.lang {
            None => entry.0.as_ref().map(|other| other.path.clone()),
            Some(lang) => entry
                .1
                .iter()
                .find(|other| other.lang.as_deref() == Some(lang))
                .map(|other| other.path.clone()),
        };
        if let Some(other) = clash {
            diagnostics.push(
                Diagnostic::error(
                    Problem::Duplicate,
                    &file.path,
                    format!(
                        "this file and {} both make the page `{}`",
                        other.display(),
                        file.slug
                    ),
                )
                .at_line(1),
            );
            continue;
        }
        match file.lang {
            None => entry.0 = Some(file),
            Some(_) => entry.1.push(file),
        }
    }
    let mut groups = Vec::new();
    for (slug, (original, translations)) in by_slug {
        match original {
            Some(original) => groups.push((original, translations)),
            None => {
                for translation in translations {
                    diagnostics.push(Diagnostic::error(
                        Problem::OrphanTranslation,
                        &translation.path,
                        format!(
                            "this translation has no original: expected a file for `{slug}` without a language code in the same folder"
                        ),
                    )
                    .at_line(1));
                }
            }
        }
    }
    (groups, diagnostics)
}
