//! Infographic pages (inline SVG chart and the same numbers as a table), the standalone SVG
//! file beside each page, the index of infographics, and infographics embedded in texts.

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::content::Infographic;
use crate::load::content::infographic::{Chart as Kind, Number, Unit};
use crate::render::PageKind;
use crate::render::chart::{self, Item};
use crate::render::context::Context;
use crate::render::incremental::Reads;
use crate::render::views::{Fallback, PageView, Text};
use crate::urls::Page;

/// One infographic file to render.
#[derive(Debug, Clone)]
pub(super) enum Job {
    Page { index: usize, lang: String },
    Svg { index: usize, lang: String },
    Index { lang: String },
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        cx.languages
            .codes()
            .flat_map(|lang| infographic_jobs(cx, lang))
            .collect()
    }

    /// Infographics are globals: their files read nothing else.
    fn reads(&self, _: &Context) -> Reads {
        Reads::nothing()
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        render_infographic_job(cx, self).map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        match self {
            Job::Page { lang, .. } | Job::Svg { lang, .. } | Job::Index { lang } => Some(lang),
        }
    }

    /// The standalone SVG is not a page.
    fn budget_kind(&self) -> &'static str {
        match self {
            Job::Page { .. } => "infographic",
            Job::Svg { .. } => "",
            Job::Index { .. } => "infographics",
        }
    }
}

/// A figure as the data table shows it: the same strings as the chart.
#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    pub label: Text,
    pub value: String,
    /// Progress charts: the goal, formatted like the value.
    pub target: Option<String>,
}

/// An infographic as listed and linked.
#[derive(Debug, Clone, Serialize)]
pub struct InfographicSummary {
    pub slug: String,
    pub href: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub date: String,
    pub date_iso: String,
    /// The standalone SVG file in the reader's language.
    pub svg_href: String,
}

/// An infographic page.
#[derive(Debug, Clone, Serialize)]
pub struct InfographicPage {
    pub page: PageView,
    pub infographic: InfographicSummary,
    pub content_lang: String,
    pub fallback: Option<Fallback>,
    /// Whether the text shown is a translation made from an earlier version of the original.
    pub stale: bool,
    /// `bar`, `figures` or `progress`.
    pub chart: &'static str,
    pub svg: String,
    pub figures: Vec<FigureView>,
    pub source: Text,
    pub source_url: Option<String>,
}

/// The index of infographics.
#[derive(Debug, Clone, Serialize)]
pub struct InfographicIndex {
    pub page: PageView,
    pub infographics: Vec<InfographicSummary>,
}

/// An infographic inside a text.
#[derive(Debug, Clone, Serialize)]
pub struct EmbedView {
    pub lang: String,
    pub svg: String,
    pub href: String,
}

/// Everything of an infographic written out in one language.
struct Drawn {
    text_lang: String,
    figures: Vec<FigureView>,
    svg: String,
}

fn infographic_jobs(cx: &Context, lang: &str) -> Vec<Job> {
    let count = cx.site.content.infographics.len();
    let lang = lang.to_string();
    let mut jobs = Vec::new();
    for index in 0..count {
        jobs.push(Job::Page {
            index,
            lang: lang.clone(),
        });
        jobs.push(Job::Svg {
            index,
            lang: lang.clone(),
        });
    }
    if count > 0 {
        jobs.push(Job::Index { lang });
    }
    jobs
}

fn render_infographic_job(cx: &Context, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    match job {
        Job::Page { index, lang } => infographic_page(cx, *index, lang),
        Job::Svg { index, lang } => {
            let infographic = &cx.site.content.infographics[*index];
            let drawn = draw(cx, infographic, lang)?;
            let path = cx
                .urls
                .file(lang, Page::InfographicImage(&infographic.slug));
            let file = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}", drawn.svg);
            Ok((path, file.into_bytes()))
        }
        Job::Index { lang } => {
            let title = cx.ui(lang, "nav-infographics").text;
            let view = InfographicIndex {
                page: cx.page_view(lang, &title, &Page::Infographics.path(), None),
                infographics: (cx.site.content.infographics.iter())
                    .map(|infographic| infographic_summary(cx, infographic, lang))
                    .collect(),
            };
            cx.output(
                &cx.urls.file(lang, Page::Infographics),
                "infographics.html",
                &view,
            )
        }
    }
}

/// Site paths of the infographic pages, with the languages they exist in, for the sitemap.
pub(super) fn infographic_urls<'c>(cx: &Context<'c>) -> Vec<(String, Vec<&'c str>)> {
    let infographics = &cx.site.content.infographics;
    let mut urls: Vec<(String, Vec<&str>)> = (infographics.iter())
        .map(|infographic| {
            let translated = infographic.texts.languages(cx.languages).collect();
            (Page::Infographic(&infographic.slug).path(), translated)
        })
        .collect();
    if !infographics.is_empty() {
        let all = cx.languages.codes();
        urls.push((Page::Infographics.path(), all.collect()));
    }
    urls
}

/// The embedded infographic `id`, drawn in `text_lang`, linking to its page under `root`.
pub(super) fn infographic_embed(
    cx: &Context,
    id: &str,
    root: &str,
    text_lang: &str,
) -> Result<String, Diagnostic> {
    let infographic = (cx.site.content.infographics.iter())
        .find(|infographic| infographic.slug == id)
        .ok_or_else(|| {
            Diagnostic::error(
                Problem::BrokenLink,
                "content/infographics",
                format!("the infographic `{id}` does not exist"),
            )
        })?;
    let drawn = draw(cx, infographic, text_lang)?;
    let view = EmbedView {
        lang: text_lang.to_string(),
        svg: drawn.svg,
        href: format!("{root}{}", Page::Infographic(id).path()),
    };
    let (_, bytes) = cx.output("", "infographic-embed.html", &view)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn infographic_summary(cx: &Context, infographic: &Infographic, lang: &str) -> InfographicSummary {
    let (text_lang, text) = infographic.texts.resolve(lang, cx.languages);
    InfographicSummary {
        slug: infographic.slug.clone(),
        svg_href: cx
            .urls
            .href(lang, Page::InfographicImage(&infographic.slug)),
        href: cx.urls.href(lang, Page::Infographic(&infographic.slug)),
        title: Text::new(text.title.clone(), text_lang, lang),
        summary: (text.summary.as_ref()).map(|s| Text::new(s.clone(), text_lang, lang)),
        date: cx.site.formatter(lang).date(infographic.date),
        date_iso: infographic.date.iso(),
    }
}

fn infographic_page(
    cx: &Context,
    index: usize,
    lang: &str,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let infographic = &cx.site.content.infographics[index];
    let (text_lang, text) = infographic.texts.resolve(lang, cx.languages);
    let path = Page::Infographic(&infographic.slug).path();
    let translated: Vec<&str> = infographic.texts.languages(cx.languages).collect();
    let drawn = draw(cx, infographic, lang)?;
    let view = InfographicPage {
        page: cx.translated_page_view(lang, &text.title, &path, &translated, text_lang),
        infographic: infographic_summary(cx, infographic, lang),
        content_lang: drawn.text_lang.clone(),
        fallback: cx.fallback(lang, text_lang, &path),
        stale: crate::resolve::translation::is_stale(&infographic.texts, text_lang, cx.languages),
        chart: infographic.chart.id(),
        svg: drawn.svg,
        figures: drawn.figures,
        source: Text::new(
            text.source_name.clone().unwrap_or_default(),
            text_lang,
            lang,
        ),
        source_url: infographic.source_url.clone(),
    };
    cx.output(&cx.urls.file_in(lang, &path), "infographic.html", &view)
}

/// The figures of an infographic written for readers of `lang`, and its chart.
fn draw(cx: &Context, infographic: &Infographic, lang: &str) -> Result<Drawn, Diagnostic> {
    let (text_lang, text) = infographic.texts.resolve(lang, cx.languages);
    let foreign = (text_lang != lang).then_some(text_lang);
    let mut figures = Vec::new();
    let mut goals = Vec::new();
    let mut sentences = Vec::new();
    for (index, figure) in infographic.figures.iter().enumerate() {
        let label = text.labels.get(index).cloned().unwrap_or_default();
        let words = text.units.get(index).and_then(Option::as_deref);
        let value = figure_value(cx, lang, &figure.value, figure.unit, words)?;
        let target = match infographic.chart {
            Kind::Progress => figure.goal(),
            Kind::Bar | Kind::Figures => None,
        };
        let target = (target.as_ref())
            .map(|goal| figure_value(cx, lang, goal, figure.unit, words))
            .transpose()?;
        goals.push(
            (target.as_ref())
                .map(|target| cx.message(lang, "infographic-goal", &[("target", target)]))
                .transpose()?,
        );
        sentences.push(match &target {
            Some(target) => cx.message(
                lang,
                "infographic-desc-progress",
                &[("label", &label), ("value", &value), ("target", target)],
            )?,
            None => cx.message(
                lang,
                "infographic-desc-figure",
                &[("label", &label), ("value", &value)],
            )?,
        });
        figures.push(FigureView {
            label: Text::new(label, text_lang, lang),
            value,
            target,
        });
    }
    let date = cx.site.formatter(lang).date(infographic.date);
    let source = cx.message(
        lang,
        "infographic-source",
        &[
            ("source", text.source_name.as_deref().unwrap_or_default()),
            ("date", &date),
        ],
    )?;
    sentences.push(source.clone());
    let id = format!("ig-{}", infographic.slug);
    let desc = sentences.join(" ");
    let chart = chart::Chart {
        kind: infographic.chart,
        id: &id,
        lang,
        title: &text.title,
        desc: &desc,
        source: &source,
        items: (figures.iter().zip(&infographic.figures).zip(&goals))
            .map(|((view, figure), goal)| Item {
                label: &view.label.text,
                label_lang: foreign,
                value: &view.value,
                amount: figure.value.value,
                goal: (figure.goal().map(|goal| goal.value)).zip(goal.as_deref()),
            })
            .collect(),
    };
    let svg = chart::svg(&chart);
    Ok(Drawn {
        text_lang: text_lang.to_string(),
        figures,
        svg,
    })
}

/// A value with its unit as readers of `lang` write it: `9.776`, `99,7 %`, `617 triệu đồng`.
fn figure_value(
    cx: &Context,
    lang: &str,
    number: &Number,
    unit: Unit,
    words: Option<&str>,
) -> Result<String, Diagnostic> {
    let formatter = cx.site.formatter(lang);
    let bad = |message: String| Diagnostic::error(Problem::InvalidValue, "content", message);
    let (id, value) = match unit {
        Unit::Count => return formatter.compact(&number.plain).map_err(bad),
        Unit::Vnd => ("unit-vnd", formatter.compact(&number.plain)),
        Unit::Percent => ("unit-percent", formatter.number(&number.plain)),
        Unit::Per100 => ("unit-per100", formatter.number(&number.plain)),
        Unit::Text => ("unit-text", formatter.number(&number.plain)),
    };
    let value = value.map_err(bad)?;
    cx.message(
        lang,
        id,
        &[("value", &value), ("unit", words.unwrap_or_default())],
    )
}
