//! `loa check`: builds the site in memory, writing nothing, and reports what a reader would trip
//! over, with file and line: anchors and site paths that lead nowhere, missing images, images
//! without alt text, UI messages missing per language, and pages over their weight budget or
//! with JavaScript where none is allowed (the warnings of `loa build`, from [`crate::budget`]).
//! Errors that stop a build (unknown front-matter keys, links to missing pages…) are reported
//! too.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::content::Article;
use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::markdown::{self, Rendered};
use crate::output::MemorySink;
use crate::render;
use crate::serve::paths::{self, Lookup};
use crate::site::{Site, SiteOptions};

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
    for article in &site.content.articles {
        for (lang, text) in article.texts.versions() {
            let Some(body) = site.bodies.get(&(article.slug.clone(), lang.to_string())) else {
                continue;
            };
            let at = |line: usize| (text.path.clone(), line);
            diagnostics.extend(check_links(&site, article, lang, body, &files, at));
            diagnostics.extend(check_images(body, &files, at));
        }
    }
    diagnostics.sorted()
}

/// Anchors of internal links and same-page links, and site paths, that lead nowhere.
fn check_links(
    site: &Site,
    article: &Article,
    lang: &str,
    body: &Rendered,
    files: &BTreeMap<String, Vec<u8>>,
    at: impl Fn(usize) -> (PathBuf, usize),
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for link in &body.links {
        let (path, line) = at(link.line);
        let broken =
            |message: String| Diagnostic::error(Problem::BrokenLink, &path, message).at_line(line);
        if let Some((page, Some(anchor))) = markdown::internal_target(&link.url) {
            let missing_in = missing_anchor(site, article, lang, page, anchor);
            if !missing_in.is_empty() {
                found.push(broken(format!(
                    "the link `{}` points at `#{anchor}`, which is no heading of `{page}` as read in {}",
                    link.url,
                    missing_in.join(", ")
                )));
            }
        } else if let Some(anchor) = link.url.strip_prefix('#') {
            if !body.headings.iter().any(|heading| heading.id == anchor) {
                found.push(broken(format!(
                    "the link `{}` points at no heading of this text",
                    link.url
                )));
            }
        } else if paths::is_site_path(&link.url)
            && matches!(
                paths::lookup(files, &link.url),
                Ok(Lookup::Missing) | Err(_)
            )
        {
            found.push(broken(format!(
                "the link `{}` leads to no page or file of the site",
                link.url
            )));
        }
    }
    found
}

/// The languages in which readers of the text `lang` of `article` would follow a link to
/// `page#anchor` and find no such heading. Only articles have headings known here.
fn missing_anchor(
    site: &Site,
    article: &Article,
    lang: &str,
    page: &str,
    anchor: &str,
) -> Vec<String> {
    let languages = &site.config.languages;
    let Some(target) = page.strip_prefix("articles/").and_then(|slug| {
        site.content
            .articles
            .iter()
            .find(|candidate| candidate.slug == slug)
    }) else {
        return Vec::new();
    };
    languages
        .all()
        .iter()
        .map(|language| language.code.as_str())
        .filter(|reader| article.texts.resolve(reader, languages).0 == lang)
        .filter(|reader| {
            let (shown, _) = target.texts.resolve(reader, languages);
            site.bodies
                .get(&(target.slug.clone(), shown.to_string()))
                .is_none_or(|body| !body.headings.iter().any(|h| h.id == anchor))
        })
        .map(str::to_string)
        .collect()
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
