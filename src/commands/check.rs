//! `loa check`: builds the site in memory, writing nothing, and reports what a reader would trip
//! over in articles and lessons, with file and line: anchors and site paths that lead nowhere, missing images, images
//! without alt text, UI messages missing per language, and pages over their weight budget or
//! with JavaScript where none is allowed (the warnings of `loa build`, from [`crate::budget`]).
//! Errors that stop a build (unknown front-matter keys, links to missing pages…) are reported
//! too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::commands::serve::paths::{self, Lookup};
use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;
use crate::load::content::Translated;
use crate::load::content::lesson::{LessonText, RenderedLesson};
use crate::markdown::{self, Rendered};
use crate::render;
use crate::resolve::site::{Site, SiteOptions};
use crate::write::MemorySink;

/// Validated options of `loa check`.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub site: SiteOptions,
}

/// Checks the site; returns every problem found, sorted, errors and warnings together.
pub fn check(options: &CheckOptions) -> Diagnostics {
    let site = match Site::load(&options.site) {
        Ok(site) => site,
        Err(diagnostics) => return diagnostics.sorted(),
    };
    let sink = MemorySink::default();
    let mut diagnostics = Diagnostics::default();
    match render::render_site(&site, &sink) {
        Ok(stats) => diagnostics.extend(stats.budget.warnings),
        Err(found) => diagnostics.extend(found),
    }
    let files = sink.into_files();
    diagnostics.extend(site.warnings.iter().cloned());
    diagnostics.extend(missing_site_links(&site, &files));
    let languages = &site.config.languages;
    for article in &site.content.articles {
        for (lang, text) in article.texts.versions() {
            let Some(body) = site.bodies.get(&(article.slug.clone(), lang.to_string())) else {
                continue;
            };
            let page = Page {
                path: &text.path,
                anchors: heading_ids([body]),
                readers: readers(&article.texts, lang, languages),
            };
            diagnostics.extend(check_text(&site, &page, body, &files));
        }
    }
    for lesson in &site.content.lessons {
        for (lang, text) in lesson.texts.versions() {
            let Some(rendered) = site.lessons.get(&(lesson.slug.clone(), lang.to_string())) else {
                continue;
            };
            let page = Page {
                path: &text.path,
                anchors: lesson_anchors(text, rendered),
                readers: readers(&lesson.texts, lang, languages),
            };
            for part in std::iter::once(&rendered.intro).chain(&rendered.steps) {
                diagnostics.extend(check_text(&site, &page, part, &files));
            }
        }
    }
    diagnostics.sorted()
}

/// One text of a page, as its links are checked.
struct Page<'a> {
    /// The file the text comes from.
    path: &'a Path,
    /// The anchors of the page that shows the text.
    anchors: BTreeSet<String>,
    /// The languages whose readers are shown this text.
    readers: Vec<String>,
}

/// The languages whose readers are shown the `lang` version of `texts`.
fn readers<T>(texts: &Translated<T>, lang: &str, languages: &Languages) -> Vec<String> {
    languages
        .all()
        .iter()
        .map(|language| language.code.clone())
        .filter(|reader| texts.resolve(reader, languages).0 == lang)
        .collect()
}

fn heading_ids<'a>(bodies: impl IntoIterator<Item = &'a Rendered>) -> BTreeSet<String> {
    bodies
        .into_iter()
        .flat_map(|body| body.headings.iter().map(|heading| heading.id.clone()))
        .collect()
}

/// A lesson page's anchors: its steps' and the headings inside its texts.
fn lesson_anchors(text: &LessonText, rendered: &RenderedLesson) -> BTreeSet<String> {
    let mut anchors = heading_ids(std::iter::once(&rendered.intro).chain(&rendered.steps));
    anchors.extend(text.steps.iter().map(|step| step.anchor.clone()));
    anchors
}

/// The problems of one rendered Markdown text of `page`.
fn check_text(
    site: &Site,
    page: &Page,
    body: &Rendered,
    files: &BTreeMap<String, Vec<u8>>,
) -> Vec<Diagnostic> {
    let at = |line: usize| (page.path.to_path_buf(), line);
    let mut found = check_links(site, page, body, at);
    found.extend(check_images(body, files, at));
    found
}

/// Anchors of internal links and same-page links that lead nowhere.
fn check_links(
    site: &Site,
    page: &Page,
    body: &Rendered,
    at: impl Fn(usize) -> (PathBuf, usize),
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for link in &body.links {
        let (path, line) = at(link.line);
        let broken =
            |message: String| Diagnostic::error(Problem::BrokenLink, &path, message).at_line(line);
        if let Some((target, Some(anchor))) = markdown::internal_target(&link.url) {
            let missing_in: Vec<&str> = page
                .readers
                .iter()
                .map(String::as_str)
                .filter(|reader| {
                    anchors_of(site, target, reader).is_some_and(|known| !known.contains(anchor))
                })
                .collect();
            if !missing_in.is_empty() {
                found.push(broken(format!(
                    "the link `{}` points at `#{anchor}`, which is no heading of `{target}` as read in {}",
                    link.url,
                    missing_in.join(", ")
                )));
            }
        } else if let Some(anchor) = link.url.strip_prefix('#')
            && !page.anchors.contains(anchor)
        {
            found.push(broken(format!(
                "the link `{}` points at no heading of this text",
                link.url
            )));
        }
    }
    found
}

/// Links written as site paths (`/articles/x/`, `/en/lessons/y/`, `/images/z.png`) that lead
/// to no file of the output `files` — no page of any kind, no file of `static/` —, in every
/// text of articles and lessons, with file and line. `loa build` fails on them too.
pub fn missing_site_links<T>(site: &Site, files: &BTreeMap<String, T>) -> Vec<Diagnostic> {
    let articles = site.content.articles.iter().flat_map(|article| {
        article.texts.versions().filter_map(|(lang, text)| {
            let body = site.bodies.get(&(article.slug.clone(), lang.to_string()))?;
            Some((text.path.as_path(), vec![body]))
        })
    });
    let lessons = site.content.lessons.iter().flat_map(|lesson| {
        lesson.texts.versions().filter_map(|(lang, text)| {
            let rendered = site.lessons.get(&(lesson.slug.clone(), lang.to_string()))?;
            let parts = std::iter::once(&rendered.intro).chain(&rendered.steps);
            Some((text.path.as_path(), parts.collect()))
        })
    });
    let mut found = Vec::new();
    for (path, bodies) in articles.chain(lessons) {
        for link in bodies.iter().flat_map(|body| &body.links) {
            if paths::is_site_path(&link.url)
                && matches!(
                    paths::lookup(files, &link.url),
                    Ok(Lookup::Missing) | Err(_)
                )
            {
                found.push(
                    Diagnostic::error(
                        Problem::BrokenLink,
                        path,
                        format!(
                            "the link `{}` leads to no page or file of the site",
                            link.url
                        ),
                    )
                    .at_line(link.line),
                );
            }
        }
    }
    found
}

/// The anchors of the page `target` (`articles/x`, `lessons/y`) as readers of `reader` see it;
/// `None` for pages whose anchors are not known here (and pages that do not exist, which the
/// build reports).
fn anchors_of(site: &Site, target: &str, reader: &str) -> Option<BTreeSet<String>> {
    let languages = &site.config.languages;
    if let Some(slug) = target.strip_prefix("articles/") {
        let article = site.content.articles.iter().find(|a| a.slug == slug)?;
        let (shown, _) = article.texts.resolve(reader, languages);
        let body = site.bodies.get(&(article.slug.clone(), shown.to_string()));
        return Some(heading_ids(body));
    }
    if let Some(slug) = target.strip_prefix("lessons/") {
        let lesson = site.content.lessons.iter().find(|l| l.slug == slug)?;
        let (shown, text) = lesson.texts.resolve(reader, languages);
        let rendered = site.lessons.get(&(lesson.slug.clone(), shown.to_string()));
        return Some(rendered.map_or_else(BTreeSet::new, |r| lesson_anchors(text, r)));
    }
    None
}

/// Images with site paths that are not in the output, and images without alt text.
fn check_images(
    body: &Rendered,
    files: &BTreeMap<String, Vec<u8>>,
    at: impl Fn(usize) -> (PathBuf, usize),
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for image in &body.images {
        let (path, line) = at(image.line);
        if paths::is_site_path(&image.url)
            && !matches!(paths::lookup(files, &image.url), Ok(Lookup::File(_)))
        {
            found.push(
                Diagnostic::error(
                    Problem::BrokenLink,
                    &path,
                    format!(
                        "the image `{}` does not exist: expected the file static{}",
                        image.url,
                        image.url.split(['?', '#']).next().unwrap_or_default()
                    ),
                )
                .at_line(line),
            );
        }
        if image.alt.trim().is_empty() {
            found.push(
                Diagnostic::warning(
                    Problem::Accessibility,
                    &path,
                    format!(
                        "the image `{}` has no alt text: write what it shows between the brackets, ![like this]({})",
                        image.url, image.url
                    ),
                )
                .at_line(line),
            );
        }
    }
    found
}
