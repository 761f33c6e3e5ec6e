//! The `loa translations` report: every page's [translation status](crate::resolve::translation)
//! in every language, as a table, JSON or an HTML page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;
use crate::load::content::Translated;
use crate::load::content::segment::MediaVersion;
use crate::resolve::lists::Lists;
use crate::resolve::site::Site;
use crate::resolve::translation::{Status, TranslatedText, fingerprint, status};

/// One page in one language, in the report.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageStatus {
    pub status: Status,
    /// The translation's file, relative to the site folder.
    pub path: Option<PathBuf>,
    /// What the translation says it was made from.
    pub translated_from: Option<String>,
}

/// One page in every language.
#[derive(Debug, Clone, Serialize)]
pub struct PageStatus {
    pub kind: &'static str,
    pub slug: String,
    /// The original's file, relative to the site folder.
    pub original: PathBuf,
    /// The original's current fingerprint: what an up-to-date translation records.
    pub fingerprint: String,
    pub languages: BTreeMap<String, LanguageStatus>,
}

/// Counts for one language, of one content kind or of all.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub kind: String,
    pub language: String,
    pub pages: usize,
    pub translated: usize,
    pub stale: usize,
    pub missing: usize,
    /// Up-to-date translations as a share of pages, in percent (100 when there are no pages).
    pub coverage: f64,
}

/// A tag and its names: declared in `loa.yaml`, or written by texts of some languages only.
#[derive(Debug, Clone, Serialize)]
pub struct TagStatus {
    pub id: String,
    /// Whether `loa.yaml` declares it (`tags:`).
    pub declared: bool,
    /// Its name in each language that has one of its own.
    pub names: BTreeMap<String, String>,
    /// The site's languages without a name of their own, in the site's order: their readers
    /// see a fallback language's name, or no page of the tag.
    pub missing: Vec<String>,
}

/// The segments (articles with recordings) that one language hears or reads from another:
/// without a recording of its own, without a transcript of its own (for some item).
#[derive(Debug, Clone, Serialize)]
pub struct SegmentGaps {
    pub language: String,
    /// Slugs, in the order of the report's pages.
    pub without_recording: Vec<String>,
    pub without_transcript: Vec<String>,
}

/// The whole report: what `--format json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub default_language: String,
    /// Per language, every kind together; the default language is left out.
    pub languages: Vec<Summary>,
    /// Per content kind and language.
    pub kinds: Vec<Summary>,
    pub pages: Vec<PageStatus>,
    /// Every tag, declared ones first (in the order of `loa.yaml`), then the others by id.
    pub tags: Vec<TagStatus>,
    /// Per language that lacks some, the UI messages (`i18n/<code>.ftl`) shown from its fallback.
    pub ui_messages: Vec<UiMissing>,
    /// Per language other than the default one, the segments without its own recording or
    /// transcript; empty when the site has no segments.
    pub segments: Vec<SegmentGaps>,
}

/// The UI messages one language lacks.
#[derive(Debug, Clone, Serialize)]
pub struct UiMissing {
    pub language: String,
    pub missing: Vec<String>,
}

impl Report {
    /// The languages whose coverage is below `percent`.
    pub fn below(&self, percent: f64) -> Vec<&Summary> {
        self.languages
            .iter()
            .filter(|summary| summary.coverage < percent)
            .collect()
    }
}

/// The translation status of every page of the site.
pub fn report(site: &Site) -> Report {
    let languages = &site.config.languages;
    let site_dir = &site.config.site_dir;
    let content = &site.content;
    let mut pages = pages_of(
        "articles",
        content.articles.iter().map(|a| (a.slug.as_str(), &a.texts)),
        languages,
        site_dir,
    );
    pages.extend(pages_of(
        "lessons",
        content.lessons.iter().map(|l| (l.slug.as_str(), &l.texts)),
        languages,
        site_dir,
    ));
    pages.extend(pages_of(
        "infographics",
        content
            .infographics
            .iter()
            .map(|i| (i.slug.as_str(), &i.texts)),
        languages,
        site_dir,
    ));
    pages.sort_by(|a, b| (a.kind, &a.slug).cmp(&(b.kind, &b.slug)));
    let translations: Vec<&str> = languages.codes().skip(1).collect();
    let mut kinds: Vec<&'static str> = pages.iter().map(|page| page.kind).collect();
    kinds.dedup();
    let kind_rows = kinds
        .iter()
        .flat_map(|kind| {
            let pages = &pages;
            translations.iter().map(move |lang| {
                summarize(kind, lang, pages.iter().filter(|page| page.kind == *kind))
            })
        })
        .collect();
    let language_rows = translations
        .iter()
        .map(|lang| summarize("all", lang, pages.iter()))
        .collect();
    Report {
        default_language: languages.default_code().to_string(),
        languages: language_rows,
        kinds: kind_rows,
        pages,
        tags: tags(site),
        ui_messages: translations
            .iter()
            .filter(|lang| !site.ui.missing(lang).is_empty())
            .map(|lang| UiMissing {
                language: lang.to_string(),
                missing: site.ui.missing(lang).to_vec(),
            })
            .collect(),
        segments: translations
            .iter()
            .filter(|_| (content.articles.iter()).any(|a| !a.texts.original().media.is_empty()))
            .map(|lang| segment_gaps(site, lang))
            .collect(),
    }
}

/// The segments without a recording or a transcript of their own in `lang`: its text gives no
/// `file` (or no `transcript`) for one of the original's `media:` items, or there is no text
/// in `lang` at all.
fn segment_gaps(site: &Site, lang: &str) -> SegmentGaps {
    let mut gaps = SegmentGaps {
        language: lang.to_string(),
        without_recording: Vec::new(),
        without_transcript: Vec::new(),
    };
    let mut segments: Vec<_> = (site.content.articles.iter())
        .filter(|article| !article.texts.original().media.is_empty())
        .collect();
    segments.sort_by(|a, b| a.slug.cmp(&b.slug));
    for article in segments {
        let items = article.texts.original().media.len();
        let own = article.texts.get(lang).map(|text| &text.media);
        let lacks = |given: fn(&MediaVersion) -> bool| {
            own.is_none_or(|own| (0..items).any(|i| !own.get(i).is_some_and(given)))
        };
        if lacks(|version| version.file.is_some()) {
            gaps.without_recording.push(article.slug.clone());
        }
        if lacks(|version| version.transcript.is_some()) {
            gaps.without_transcript.push(article.slug.clone());
        }
    }
    gaps
}

/// The names of every tag, declared or written by the texts, and the languages without one.
fn tags(site: &Site) -> Vec<TagStatus> {
    let languages = &site.config.languages;
    let lists = Lists::new(site);
    let status = |id: &str, declared: bool, names: BTreeMap<String, String>| TagStatus {
        id: id.to_string(),
        declared,
        missing: (languages.codes())
            .filter(|code| !names.contains_key(*code))
            .map(str::to_string)
            .collect(),
        names,
    };
    let declared = site.config.tags.iter().map(|tag| {
        let names = tag.title.values();
        let names = names.map(|(lang, name)| (lang.to_string(), name.to_string()));
        status(&tag.id, true, names.collect())
    });
    let written = (lists.tags.values())
        .filter(|tag| tag.declared.is_none())
        .map(|tag| {
            // An undeclared tag's name in a language is the spelling its texts write there.
            let pages = tag.pages.iter();
            let names = pages.filter(|(lang, page)| page.name_lang == **lang);
            let names = names.map(|(lang, page)| (lang.clone(), page.name.clone()));
            status(&tag.id, false, names.collect())
        });
    declared.chain(written).collect()
}

/// The statuses of one content kind's pages.
pub fn pages_of<'a, T: TranslatedText + 'a>(
    kind: &'static str,
    items: impl Iterator<Item = (&'a str, &'a Translated<T>)>,
    languages: &Languages,
    site_dir: &Path,
) -> Vec<PageStatus> {
    let relative = |path: &Path| path.strip_prefix(site_dir).unwrap_or(path).to_path_buf();
    items
        .map(|(slug, page)| PageStatus {
            kind,
            slug: slug.to_string(),
            original: relative(page.original().path()),
            fingerprint: fingerprint(&page.original().body()),
            languages: languages
                .all()
                .iter()
                .skip(1)
                .map(|language| {
                    let text = page.get(&language.code);
                    let status = LanguageStatus {
                        status: status(page, &language.code, languages),
                        path: text.map(|text| relative(text.path())),
                        translated_from: text
                            .and_then(|text| text.translated_from())
                            .map(str::to_string),
                    };
                    (language.code.clone(), status)
                })
                .collect(),
        })
        .collect()
}

fn summarize<'a>(kind: &str, lang: &str, pages: impl Iterator<Item = &'a PageStatus>) -> Summary {
    let mut summary = Summary {
        kind: kind.to_string(),
        language: lang.to_string(),
        pages: 0,
        translated: 0,
        stale: 0,
        missing: 0,
        coverage: 100.0,
    };
    for page in pages {
        summary.pages += 1;
        match page.languages.get(lang).map(|status| status.status) {
            Some(Status::Translated | Status::Original) => summary.translated += 1,
            Some(Status::Stale) => summary.stale += 1,
            Some(Status::Missing) | None => summary.missing += 1,
        }
    }
    if summary.pages > 0 {
        let percent = summary.translated as f64 * 100.0 / summary.pages as f64;
        summary.coverage = (percent * 10.0).round() / 10.0;
    }
    summary
}

/// The report as a plain-text table: a summary per kind and language, then every page.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<12} {:<10} {:>9} {:>11} {:>6} {:>8} {:>6}\n",
        "kind", "language", "coverage", "translated", "stale", "missing", "pages"
    ));
    // With one content kind, the per-language totals would repeat its rows.
    let totals = if report.kinds.len() > report.languages.len() {
        report.languages.as_slice()
    } else {
        &[]
    };
    for row in report.kinds.iter().chain(totals) {
        out.push_str(&format!(
            "{:<12} {:<10} {:>8.1}% {:>11} {:>6} {:>8} {:>6}\n",
            row.kind, row.language, row.coverage, row.translated, row.stale, row.missing, row.pages
        ));
    }
    out.push('\n');
    for page in &report.pages {
        let statuses: Vec<String> = page
            .languages
            .iter()
            .map(|(lang, status)| format!("{lang}: {}", status.status.as_str()))
            .collect();
        out.push_str(&format!(
            "{}/{}  {}\n",
            page.kind,
            page.slug,
            statuses.join(", ")
        ));
    }
    if !report.tags.is_empty() {
        out.push('\n');
    }
    for tag in &report.tags {
        let names: Vec<String> = (tag.names.iter())
            .map(|(lang, name)| format!("{lang}: {name}"))
            .collect();
        let declared = if tag.declared {
            ""
        } else {
            " (not declared in loa.yaml)"
        };
        let missing = match tag.missing.is_empty() {
            true => String::new(),
            false => format!("; no name in {}", tag.missing.join(", ")),
        };
        out.push_str(&format!(
            "tag {}{declared}  {}{missing}\n",
            tag.id,
            names.join(", ")
        ));
    }
    let gaps = (report.segments.iter())
        .filter(|gaps| !gaps.without_recording.is_empty() || !gaps.without_transcript.is_empty());
    for (index, language) in gaps.enumerate() {
        if index == 0 {
            out.push_str("\nSegments heard or read in another language:\n");
        }
        for (what, slugs) in [
            ("no recording", &language.without_recording),
            ("no transcript", &language.without_transcript),
        ] {
            if !slugs.is_empty() {
                out.push_str(&format!(
                    "{} {what} ({}): {}\n",
                    language.language,
                    slugs.len(),
                    slugs.join(", ")
                ));
            }
        }
    }
    if !report.ui_messages.is_empty() {
        out.push_str(
            "\nUI messages missing (i18n/<code>.ftl), shown from the fallback language:\n",
        );
        for language in &report.ui_messages {
            out.push_str(&format!(
                "{} ({}): {}\n",
                language.language,
                language.missing.len(),
                language.missing.join(", ")
            ));
        }
    }
    out
}

/// The report as JSON, for tools.
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}

/// What the HTML report's template receives.
#[derive(Serialize)]
struct HtmlView<'a> {
    lang: &'a str,
    site_title: &'a str,
    report: &'a Report,
}

/// The template of the HTML report, in the theme.
const HTML_TEMPLATE: &str = "translations.html";

/// The report as an HTML page, from the theme's `translations.html`, in the default language.
pub fn html(report: &Report, site: &Site) -> Result<String, Diagnostics> {
    let tera = crate::render::templates::compile(&site.theme, site.ui.clone())?;
    let lang = site.config.languages.default_code();
    let view = HtmlView {
        lang,
        site_title: site.config.title.get(lang, &site.config.languages).text,
        report,
    };
    let context = tera::Context::from_serialize(&view).map_err(|e| {
        Diagnostic::error(
            Problem::Template,
            HTML_TEMPLATE,
            format!("cannot pass the report: {e}"),
        )
    })?;
    tera.render(HTML_TEMPLATE, &context).map_err(|error| {
        Diagnostic::error(
            Problem::Template,
            HTML_TEMPLATE,
            crate::render::template_errors::error_chain(&error),
        )
        .into()
    })
}
