//! Infographic pages (inline SVG chart and the same numbers as a table), the standalone SVG
//! file beside each page, the index of infographics, and infographics embedded in texts.

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::content::Infographic;
use crate::load::content::infographic::{Chart as Kind, Number, Unit};
use crate::render::Renderer;
use crate::render::chart::{self, Item};
use crate::render::views::{Fallback, PageView, Text};
use crate::resolve::urls::Page;

/// One infographic file to render.
#[derive(Debug, Clone)]
pub(super) enum InfographicJob {
    Page { index: usize, lang: String },
    Svg { index: usize, lang: String },
    Index { lang: String },
}

impl InfographicJob {
    /// The page kind that `budgets` in loa.yaml names; the standalone SVG is not a page.
    pub(super) fn kind(&self) -> &'static str {
        match self {
            InfographicJob::Page { .. } => "infographic",
            InfographicJob::Svg { .. } => "",
            InfographicJob::Index { .. } => "infographics",
        }
    }

    pub(super) fn lang(&self) -> &str {
        match self {
            InfographicJob::Page { lang, .. }
            | InfographicJob::Svg { lang, .. }
            | InfographicJob::Index { lang } => lang,
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

impl Renderer<'_> {
    pub(super) fn infographic_jobs(&self, lang: &str) -> Vec<InfographicJob> {
        let count = self.site.content.infographics.len();
        let lang = lang.to_string();
        let mut jobs = Vec::new();
        for index in 0..count {
            jobs.push(InfographicJob::Page {
                index,
                lang: lang.clone(),
            });
            jobs.push(InfographicJob::Svg {
                index,
                lang: lang.clone(),
            });
        }
        if count > 0 {
            jobs.push(InfographicJob::Index { lang });
        }
        jobs
    }

    pub(super) fn render_infographic_job(
        &self,
        job: &InfographicJob,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        match job {
            InfographicJob::Page { index, lang } => self.infographic_page(*index, lang),
            InfographicJob::Svg { index, lang } => {
                let infographic = &self.site.content.infographics[*index];
                let drawn = self.draw(infographic, lang)?;
                let path = self
                    .urls
                    .file(lang, Page::InfographicImage(&infographic.slug));
                let file = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}", drawn.svg);
                Ok((path, file.into_bytes()))
            }
            InfographicJob::Index { lang } => {
                let title = self.ui(lang, "nav-infographics").text;
                let view = InfographicIndex {
                    page: self.page_view(lang, &title, &Page::Infographics.path(), None),
                    infographics: (self.site.content.infographics.iter())
                        .map(|infographic| self.infographic_summary(infographic, lang))
                        .collect(),
                };
                self.output(
                    &self.urls.file(lang, Page::Infographics),
                    "infographics.html",
                    &view,
                )
            }
        }
    }

    /// Site paths of the infographic pages, with the languages they exist in, for the sitemap.
    pub(super) fn infographic_urls(&self) -> Vec<(String, Vec<&str>)> {
        let infographics = &self.site.content.infographics;
        let mut urls: Vec<(String, Vec<&str>)> = (infographics.iter())
            .map(|infographic| {
                let translated = infographic.texts.languages(self.languages).collect();
                (Page::Infographic(&infographic.slug).path(), translated)
            })
            .collect();
        if !infographics.is_empty() {
            let all = self.languages.codes();
            urls.push((Page::Infographics.path(), all.collect()));
        }
        urls
    }

    /// The embedded infographic `id`, drawn in `text_lang`, linking to its page under `root`.
    pub(super) fn infographic_embed(
        &self,
        id: &str,
        root: &str,
        text_lang: &str,
    ) -> Result<String, Diagnostic> {
        let infographic = (self.site.content.infographics.iter())
            .find(|infographic| infographic.slug == id)
            .ok_or_else(|| {
                Diagnostic::error(
                    Problem::BrokenLink,
                    "content/infographics",
                    format!("the infographic `{id}` does not exist"),
                )
            })?;
        let drawn = self.draw(infographic, text_lang)?;
        let view = EmbedView {
            lang: text_lang.to_string(),
            svg: drawn.svg,
            href: format!("{root}{}", Page::Infographic(id).path()),
        };
        let (_, bytes) = self.output("", "infographic-embed.html", &view)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    fn infographic_summary(&self, infographic: &Infographic, lang: &str) -> InfographicSummary {
        let (text_lang, text) = infographic.texts.resolve(lang, self.languages);
        InfographicSummary {
            slug: infographic.slug.clone(),
            svg_href: self
                .urls
                .href(lang, Page::InfographicImage(&infographic.slug)),
            href: self.urls.href(lang, Page::Infographic(&infographic.slug)),
            title: Text::new(text.title.clone(), text_lang, lang),
            summary: (text.summary.as_ref()).map(|s| Text::new(s.clone(), text_lang, lang)),
            date: self.site.formatter(lang).date(infographic.date),
            date_iso: infographic.date.iso(),
        }
    }

    fn infographic_page(&self, index: usize, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
        let infographic = &self.site.content.infographics[index];
        let (text_lang, text) = infographic.texts.resolve(lang, self.languages);
        let path = Page::Infographic(&infographic.slug).path();
        let translated: Vec<&str> = infographic.texts.languages(self.languages).collect();
        let drawn = self.draw(infographic, lang)?;
        let view = InfographicPage {
            page: self.translated_page_view(lang, &text.title, &path, &translated, text_lang),
            infographic: self.infographic_summary(infographic, lang),
            content_lang: drawn.text_lang.clone(),
            fallback: self.fallback(lang, text_lang, &path),
            stale: crate::resolve::translation::is_stale(
                &infographic.texts,
                text_lang,
                self.languages,
            ),
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
        self.output(&self.urls.file_in(lang, &path), "infographic.html", &view)
    }

    /// The figures of an infographic written for readers of `lang`, and its chart.
    fn draw(&self, infographic: &Infographic, lang: &str) -> Result<Drawn, Diagnostic> {
        let (text_lang, text) = infographic.texts.resolve(lang, self.languages);
        let foreign = (text_lang != lang).then_some(text_lang);
        let mut figures = Vec::new();
        let mut goals = Vec::new();
        let mut sentences = Vec::new();
        for (index, figure) in infographic.figures.iter().enumerate() {
            let label = text.labels.get(index).cloned().unwrap_or_default();
            let words = text.units.get(index).and_then(Option::as_deref);
            let value = self.figure_value(lang, &figure.value, figure.unit, words)?;
            let target = match infographic.chart {
                Kind::Progress => figure.goal(),
                Kind::Bar | Kind::Figures => None,
            };
            let target = (target.as_ref())
                .map(|goal| self.figure_value(lang, goal, figure.unit, words))
                .transpose()?;
            goals.push(
                (target.as_ref())
                    .map(|target| self.message(lang, "infographic-goal", &[("target", target)]))
                    .transpose()?,
            );
            sentences.push(match &target {
                Some(target) => self.message(
                    lang,
                    "infographic-desc-progress",
                    &[("label", &label), ("value", &value), ("target", target)],
                )?,
                None => self.message(
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
        let date = self.site.formatter(lang).date(infographic.date);
        let source = self.message(
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
        &self,
        lang: &str,
        number: &Number,
        unit: Unit,
        words: Option<&str>,
    ) -> Result<String, Diagnostic> {
        let formatter = self.site.formatter(lang);
        let bad = |message: String| Diagnostic::error(Problem::InvalidValue, "content", message);
        let (id, value) = match unit {
            Unit::Count => return formatter.compact(&number.plain).map_err(bad),
            Unit::Vnd => ("unit-vnd", formatter.compact(&number.plain)),
            Unit::Percent => ("unit-percent", formatter.number(&number.plain)),
            Unit::Per100 => ("unit-per100", formatter.number(&number.plain)),
            Unit::Text => ("unit-text", formatter.number(&number.plain)),
        };
        let value = value.map_err(bad)?;
        self.message(
            lang,
            id,
            &[("value", &value), ("unit", words.unwrap_or_default())],
        )
    }
}
