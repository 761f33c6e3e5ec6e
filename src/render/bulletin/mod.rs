//! The commune loudspeaker bulletin (`loa bulletin`): the articles of a column over a date
//! range, as a script to read aloud in each language — a plain UTF-8 text (`bulletin.txt`)
//! and an A4 PDF in large type (`bulletin.svg`, one page each, through the posters' SVG → PDF
//! path and fonts) —, each item with its reading time and a total. A pure function of the
//! site and the request, like the pages of a build; the command writes the files.

mod pages;
pub mod script;
pub mod speech;

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use serde::Serialize;
use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::format::Date;
use crate::languages::spoken::Vocabulary;
use crate::load::config::Column;
use crate::load::content::article::Article;
use crate::render::poster::{self, PdfMetadata};
use crate::render::views::{BulletinItemView, BulletinPageView, BulletinView, Text};
use crate::render::{Sink, templates};
use crate::resolve::lists::Lists;
use crate::resolve::site::Site;
use crate::urls::Bulletin;
use script::{Item, Script};

/// What to compile: validated options of `loa bulletin`.
#[derive(Debug, Clone)]
pub struct Request {
    /// The column's id (declared in `loa.yaml`).
    pub column: String,
    pub from: Date,
    pub to: Date,
    /// The languages to compile, in order.
    pub languages: Vec<String>,
    /// Reading rate in syllables a minute.
    pub rate: u32,
    /// Each language's spoken words.
    pub vocabularies: BTreeMap<String, Vocabulary>,
}

/// What a compiled bulletin holds, per language: how many items and how long it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub lang: String,
    pub items: usize,
    pub seconds: u64,
    pub pages: usize,
}

/// The articles of `column` dated from `from` to `to` (both included), oldest first, as they
/// are read: the order of the news.
pub fn articles<'a>(site: &'a Site, column: &str, from: Date, to: Date) -> Vec<&'a Article> {
    let Some(position) = site.config.columns.iter().position(|c| c.id == column) else {
        return Vec::new();
    };
    let lists = Lists::new(site);
    let mut articles: Vec<&Article> = lists.columns[position]
        .iter()
        .map(|&index| &site.content.articles[index])
        .filter(|article| (from..=to).contains(&article.date))
        .collect();
    articles.reverse();
    articles
}

/// The bulletin's files (through `sink`, named by [`Bulletin::file`]), a summary per
/// language, and warnings about what could not be read aloud.
pub fn render(
    site: &Site,
    request: &Request,
    sink: &dyn Sink,
) -> Result<(Vec<Summary>, Vec<Diagnostic>), Diagnostics> {
    let column = site.config.column(&request.column).ok_or_else(|| {
        Diagnostic::error(
            Problem::UnknownReference,
            site.config.path(),
            format!("`{}` is not a column of loa.yaml", request.column),
        )
    })?;
    let tera = templates::compile(&site.theme, site.ui.clone())?;
    let articles = articles(site, &request.column, request.from, request.to);
    let script = Script {
        site,
        articles: &articles,
        rate: request.rate,
        vocabularies: &request.vocabularies,
    };
    let (from, to) = (request.from.iso(), request.to.iso());
    let files = Bulletin {
        column: &request.column,
        from: &from,
        to: &to,
    };
    let mut summaries = Vec::new();
    let mut warnings = Vec::new();
    for lang in &request.languages {
        let (items, found) = script.items(lang);
        // The warnings are the same in every language that reads the same text.
        for warning in found {
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
        let view = Words {
            site,
            lang,
            column,
            request,
        }
        .view(&items);
        let text = output(
            site,
            &tera,
            "bulletin.txt",
            &TextContext { bulletin: &view },
        )?;
        let pages = pages::pages(&view);
        let svgs = pages
            .iter()
            .map(|page| output(site, &tera, "bulletin.svg", &PageContext { page }))
            .collect::<Result<Vec<String>, Diagnostic>>()?;
        let metadata = PdfMetadata {
            title: Some(format!("{} — {}", view.heading.text, view.column.text)),
            language: Some(lang.clone()),
        };
        let pdf = poster::posters_to_pdf(&svgs, &metadata).map_err(|e| {
            Diagnostic::error(
                Problem::Template,
                templates::origin(&site.theme, "bulletin.svg"),
                format!("{}: {e}", files.file(lang, "pdf")),
            )
        })?;
        sink.put(&files.file(lang, "txt"), text.into_bytes())?;
        sink.put(&files.file(lang, "pdf"), pdf)?;
        summaries.push(Summary {
            lang: lang.clone(),
            items: items.len(),
            seconds: items.iter().map(|item| item.seconds).sum(),
            pages: pages.len(),
        });
    }
    Ok((summaries, warnings))
}

#[derive(Serialize)]
struct TextContext<'a> {
    bulletin: &'a BulletinView,
}

#[derive(Serialize)]
struct PageContext<'a> {
    page: &'a BulletinPageView,
}

/// The words of one language's bulletin: UI strings with their values.
struct Words<'a> {
    site: &'a Site,
    lang: &'a str,
    column: &'a Column,
    request: &'a Request,
}

impl Words<'_> {
    fn message(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Text {
        match self.site.ui.message(self.lang, id, args) {
            Some(message) => Text::new(message.text, &message.lang, self.lang),
            None => Text::new(id, self.lang, self.lang),
        }
    }

    /// "2 phút 15 giây", or "45 giây" under a minute, as the language writes it.
    fn duration(&self, seconds: u64) -> String {
        let (minutes, seconds) = (seconds / 60, seconds % 60);
        let id = match minutes {
            0 => "bulletin-duration-seconds",
            _ => "bulletin-duration",
        };
        let args = [
            ("minutes", FluentValue::from(minutes)),
            ("seconds", FluentValue::from(seconds)),
        ];
        self.message(id, &args).text
    }

    fn view(&self, items: &[Item]) -> BulletinView {
        let site = self.site;
        let lang = self.lang;
        let languages = &site.config.languages;
        let formatter = site.formatter(lang);
        let column = self.column.title.get(lang, languages);
        let site_title = site.config.title.get(lang, languages);
        let total: u64 = items.iter().map(|item| item.seconds).sum();
        let language_name = |code: &str| {
            languages
                .get(code)
                .map_or_else(|| code.to_string(), |l| l.name.clone())
        };
        BulletinView {
            lang: lang.to_string(),
            heading: self.message("bulletin-heading", &[]),
            site_title: Text::new(site_title.text, site_title.lang, lang),
            column: self.message(
                "bulletin-column",
                &[("column", FluentValue::from(column.text.to_string()))],
            ),
            range: self.message(
                "bulletin-range",
                &[
                    ("from", FluentValue::from(formatter.date(self.request.from))),
                    ("to", FluentValue::from(formatter.date(self.request.to))),
                ],
            ),
            rate: self.message(
                "bulletin-rate",
                &[("rate", FluentValue::from(self.request.rate))],
            ),
            items: items
                .iter()
                .enumerate()
                .map(|(index, item)| BulletinItemView {
                    number: index + 1,
                    note: (item.lang != lang).then(|| {
                        self.message(
                            "bulletin-untranslated",
                            &[
                                ("language", FluentValue::from(language_name(lang))),
                                ("read", FluentValue::from(language_name(&item.lang))),
                            ],
                        )
                    }),
                    title: Text::new(item.title.clone(), &item.lang, lang),
                    paragraphs: item
                        .paragraphs
                        .iter()
                        .map(|p| Text::new(p.clone(), &item.lang, lang))
                        .collect(),
                    time: self.message(
                        "bulletin-item-time",
                        &[("time", FluentValue::from(self.duration(item.seconds)))],
                    ),
                })
                .collect(),
            total: self.message(
                "bulletin-total",
                &[
                    ("time", FluentValue::from(self.duration(total))),
                    ("count", FluentValue::from(items.len())),
                ],
            ),
            end: self.message("bulletin-end", &[]),
        }
    }
}

/// Renders `template` with `view`; errors name the template's file.
fn output<T: Serialize>(
    site: &Site,
    tera: &Tera,
    template: &str,
    view: &T,
) -> Result<String, Diagnostic> {
    let error = |message: String| {
        Diagnostic::error(
            Problem::Template,
            templates::origin(&site.theme, template),
            message,
        )
    };
    let context = tera::Context::from_serialize(view)
        .map_err(|e| error(format!("cannot pass the bulletin's data: {e}")))?;
    tera.render(template, &context)
        .map_err(|e| error(templates::error_chain(&e)))
}
