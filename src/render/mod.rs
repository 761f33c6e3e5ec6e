//! Rendering: the resolved site turned into files (pages, feeds, sitemap, static files).
//!
//! Each page is a pure function of the site and one language; pages render in parallel and go
//! straight to an output [`Sink`].

mod article;
pub mod chart;
mod feed;
pub mod fonts;
pub mod images;
mod incremental;
mod infographics;
mod json_ld;
mod lessons;
mod list;
mod localized;
pub mod offline;
pub mod poster;
pub mod qrcorner;
mod reach;
pub mod search;
pub mod share;
mod sitemap;
pub mod templates;
pub mod views;

pub use incremental::{Previous, RenderState};
pub use reach::{BudgetReport, ShareReport};

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;
use crate::resolve::lists::{Lists, Tag};
use crate::resolve::site::Site;
use crate::resolve::urls::{Page, Section, Urls};
use views::*;

const FEED_ENTRIES: usize = 20;
const WORDS_PER_MINUTE: usize = 200;

/// Receives rendered files. `path` is relative to the output root, with `/` separators.
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), Diagnostic>;
}

/// The error of two files written to one path.
pub fn duplicate(path: &str) -> Diagnostic {
    Diagnostic::error(
        Problem::Output,
        path,
        "two pages would be written to this same file",
    )
}

/// Counts of what a render wrote.
#[derive(Debug, Default, Clone)]
pub struct RenderStats {
    /// HTML pages per language code.
    pub pages: BTreeMap<String, usize>,
    pub files: usize,
    pub budget: BudgetReport,
    pub share: ShareReport,
}

/// Renders the whole site into `sink`.
pub fn render_site(site: &Site, sink: &dyn Sink) -> Result<RenderStats, Diagnostics> {
    render_site_with_progress(site, sink, &|_, _| {})
}

/// [`render_site`], calling `progress(done, total)` as pages are rendered (from many threads).
pub fn render_site_with_progress(
    site: &Site,
    sink: &dyn Sink,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<RenderStats, Diagnostics> {
    render_changes(site, sink, None, progress).map(|rendered| rendered.stats)
}

/// What [`render_changes`] did, beside the files it put into its sink.
pub struct Rendered {
    pub stats: RenderStats,
    /// The files of the previous render that the site no longer has.
    pub gone: Vec<String>,
    /// Files rendered again (put into the sink) over files of the site.
    pub rendered: usize,
    /// For the next incremental render.
    pub state: RenderState,
}

/// Renders the site into `sink`; with `previous`, only the files that the changed articles can
/// change (see [`incremental`]): every other file of the site keeps the bytes of the previous
/// render, and [`Rendered::gone`] says which of its files the site no longer has.
pub fn render_changes(
    site: &Site,
    sink: &dyn Sink,
    previous: Option<Previous>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Rendered, Diagnostics> {
    let mut previous = previous;
    // Only articles changed since the previous render (see `Previous`): its templates still hold.
    let tera = match previous.as_mut().and_then(|p| p.state.templates.take()) {
        Some(tera) => tera,
        None => {
            let mut tera = templates::compile(&site.theme, site.ui.clone())?;
            qrcorner::register_functions(&mut tera, &site.config.trusted_domains);
            tera
        }
    };
    let prepared = reach::Prepared::new(site)?;
    // The previous render's layout holds when the changed articles keep their places in it
    // (see `Layout::holds_for`): then its lists and jobs are this render's.
    let kept_layout = previous.as_mut().and_then(|previous| {
        let layout = previous.state.layout.take()?;
        layout.holds_for(site, previous.changed).then_some(layout)
    });
    let same_layout = kept_layout.is_some();
    let (lists, jobs, places) = match kept_layout {
        Some(layout) => (layout.lists, Some(layout.jobs), layout.places),
        None => (Lists::new(site), None, incremental::places(site)),
    };
    let renderer = Renderer::new(site, &tera, &prepared, &lists);
    let jobs = jobs.unwrap_or_else(|| renderer.jobs());
    let incremental::Plan {
        dirty,
        mut state,
        kept_pages,
        search: previous_search,
        same_jobs,
        previous_files,
    } = renderer.plan(&jobs, previous, same_layout, &places);
    let log = reach::PageLog::new(site, &prepared, kept_pages);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<Result<incremental::JobRecord, Diagnostic>> = dirty
        .par_iter()
        .map(|(index, _, inputs)| {
            let job = &jobs[*index];
            let files = renderer.render(job)?;
            let mut paths = Vec::with_capacity(files.len());
            for (path, bytes) in files {
                log.record(
                    job.kind(),
                    job.lang().unwrap_or_default(),
                    job.offline(),
                    &path,
                    &bytes,
                );
                sink.put(&path, bytes)?;
                paths.push(path);
            }
            let count = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            progress(count, dirty.len());
            Ok(incremental::JobRecord {
                page_lang: job.lang().map(str::to_string),
                paths,
                inputs: *inputs,
            })
        })
        .collect();
    let mut diagnostics = Diagnostics::default();
    let mut rendered = 0;
    for ((_, key, _), result) in dirty.into_iter().zip(results) {
        match result {
            Ok(record) => {
                rendered += record.paths.len();
                state.jobs.insert(key, record);
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    if !same_jobs {
        let mut files = BTreeSet::new();
        let mut pages = BTreeMap::new();
        for record in state.jobs.values() {
            for path in &record.paths {
                if !files.insert(path.clone()) {
                    diagnostics.push(duplicate(path));
                }
            }
            if let Some(lang) = &record.page_lang {
                *pages.entry(lang.clone()).or_default() += record.pages();
            }
        }
        state.job_files = files;
        state.pages_per_language = pages;
    }
    let mut stats = RenderStats {
        pages: state.pages_per_language.clone(),
        ..RenderStats::default()
    };
    let mut paths = BTreeSet::new();
    // Given when the previous render's globals still hold (see `Plan::search`): then so do the
    // theme's and the site's static files, which only a full load reads again.
    let globals_held = previous_search.is_some();
    let changed_positions: Option<Vec<usize>> =
        previous_search.as_ref().and_then(|(_, changed)| {
            same_layout.then(|| {
                let places = changed.iter().filter_map(|slug| places.get(slug));
                places.map(|place| place.position).collect()
            })
        });
    let reach = renderer.reach_files(&log, previous_search, changed_positions.as_deref());
    paths.extend(reach.kept);
    state.search = reach.search;
    stats.share = reach.share;
    // Share cards alone are one file per page: written in parallel, like the pages. While the
    // globals hold, the theme's and the site's static files are those of the previous render.
    let mut files: Vec<Result<(String, Vec<u8>), Diagnostic>> = reach.put;
    if globals_held {
        let theme = site.theme.under("static").map(|(path, _)| path);
        let statics = site.static_files.keys().map(String::as_str);
        paths.extend(theme.chain(statics).map(str::to_string));
    } else {
        let theme = site.theme.under("static");
        files.extend(theme.map(|(path, file)| Ok((path.to_string(), file.bytes.clone()))));
        let statics = site.static_files.iter();
        files.extend(statics.map(|(path, file)| Ok((path.clone(), file.bytes.clone()))));
    }
    let written: Vec<Result<String, Diagnostic>> = files
        .into_par_iter()
        .map(|file| {
            let (path, bytes) = file?;
            sink.put(&path, bytes)?;
            Ok(path)
        })
        .collect();
    for file in written {
        match file {
            Ok(path) => {
                paths.insert(path);
                rendered += 1;
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    let (budget, pages) = log.finish();
    stats.budget = budget;
    state.pages = pages;
    state.templates = Some(tera);
    stats.files = state.job_files.len() + paths.len();
    let gone = previous_files
        .into_iter()
        .filter(|file| !state.job_files.contains(file) && !paths.contains(file))
        .collect();
    state.other_files = paths;
    state.layout = Some(incremental::Layout {
        lists,
        jobs,
        places,
    });
    if diagnostics.has_errors() {
        Err(diagnostics.sorted())
    } else {
        Ok(Rendered {
            stats,
            gone,
            rendered,
            state,
        })
    }
}

/// One file to render.
#[derive(Debug, Clone)]
enum Job {
    Article {
        index: usize,
        lang: String,
    },
    Home {
        lang: String,
        page: usize,
    },
    Column {
        lang: String,
        column: usize,
        page: usize,
    },
    Tag {
        lang: String,
        tag: String,
        page: usize,
    },
    ColumnIndex {
        lang: String,
    },
    TagIndex {
        lang: String,
    },
    Feed {
        lang: String,
        column: Option<usize>,
    },
    NotFound {
        lang: String,
    },
    Lessons(lessons::LessonJob),
    Infographics(infographics::InfographicJob),
    Sitemap,
    Robots,
    QrCorner(qrcorner::Job),
}

impl Job {
    fn lang(&self) -> Option<&str> {
        match self {
            Job::Article { lang, .. }
            | Job::Home { lang, .. }
            | Job::Column { lang, .. }
            | Job::Tag { lang, .. }
            | Job::ColumnIndex { lang }
            | Job::TagIndex { lang }
            | Job::Feed { lang, .. }
            | Job::NotFound { lang } => Some(lang),
            Job::Lessons(job) => Some(job.lang()),
            Job::Infographics(job) => Some(job.lang()),
            Job::Sitemap | Job::Robots => None,
            Job::QrCorner(job) => job.lang(),
        }
    }

    /// The page kind budgets name (see [`crate::budget::KINDS`]); files that are not pages
    /// have none.
    fn kind(&self) -> &'static str {
        match self {
            Job::Article { .. } => "article",
            Job::Home { .. } => "home",
            Job::Column { .. } => "column",
            Job::Tag { .. } => "tag",
            Job::ColumnIndex { .. } => "columns",
            Job::TagIndex { .. } => "tags",
            Job::NotFound { .. } => "404",
            Job::Lessons(job) => job.kind(),
            Job::Infographics(job) => job.kind(),
            Job::QrCorner(job) => job.kind(),
            Job::Feed { .. } | Job::Sitemap | Job::Robots => "",
        }
    }

    /// Whether the page goes into its language's offline pack (see [`crate::render::offline`]).
    fn offline(&self) -> bool {
        matches!(
            self,
            Job::Article { .. }
                | Job::Home { page: 1, .. }
                | Job::Lessons(
                    lessons::LessonJob::Lesson { .. } | lessons::LessonJob::Course { .. }
                )
        )
    }
}

struct Renderer<'a> {
    site: &'a Site,
    tera: &'a Tera,
    prepared: &'a reach::Prepared,
    languages: &'a Languages,
    urls: &'a Urls,
    lists: &'a Lists,
}

impl<'a> Renderer<'a> {
    fn new(
        site: &'a Site,
        tera: &'a Tera,
        prepared: &'a reach::Prepared,
        lists: &'a Lists,
    ) -> Self {
        Renderer {
            site,
            tera,
            prepared,
            languages: &site.config.languages,
            urls: &site.urls,
            lists,
        }
    }

    fn jobs(&self) -> Vec<Job> {
        let mut jobs = Vec::new();
        let per_page = self.site.config.paginate;
        let pages = |count: usize| count.div_ceil(per_page).max(1);
        for language in self.languages.all() {
            let lang = language.code.clone();
            for index in 0..self.site.content.articles.len() {
                jobs.push(Job::Article {
                    index,
                    lang: lang.clone(),
                });
            }
            for page in 1..=pages(self.site.content.articles.len()) {
                jobs.push(Job::Home {
                    lang: lang.clone(),
                    page,
                });
            }
            for (column, members) in self.lists.columns.iter().enumerate() {
                for page in 1..=pages(members.len()) {
                    jobs.push(Job::Column {
                        lang: lang.clone(),
                        column,
                        page,
                    });
                }
                jobs.push(Job::Feed {
                    lang: lang.clone(),
                    column: Some(column),
                });
            }
            for (tag, members) in &self.lists.tags {
                for page in 1..=pages(members.articles.len()) {
                    jobs.push(Job::Tag {
                        lang: lang.clone(),
                        tag: tag.clone(),
                        page,
                    });
                }
            }
            jobs.push(Job::ColumnIndex { lang: lang.clone() });
            jobs.push(Job::TagIndex { lang: lang.clone() });
            jobs.push(Job::Feed {
                lang: lang.clone(),
                column: None,
            });
            jobs.extend(self.lesson_jobs(&lang).into_iter().map(Job::Lessons));
            let infographics = self.infographic_jobs(&lang).into_iter();
            jobs.extend(infographics.map(Job::Infographics));
            jobs.push(Job::NotFound { lang });
        }
        jobs.push(Job::Sitemap);
        jobs.push(Job::Robots);
        jobs.extend(qrcorner::jobs(self.site).into_iter().map(Job::QrCorner));
        jobs
    }

    /// The files of a job: one, but for the QR corner's posters.
    fn render(&self, job: &Job) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let file = match job {
            Job::Article { index, lang } => self.article_page(*index, lang),
            Job::Home { lang, page } => {
                let heading = self.ui(lang, "latest-articles");
                self.list_page(
                    lang,
                    "home",
                    heading,
                    "/",
                    &self.lists.all,
                    *page,
                    Some(self.urls.href(lang, Page::Feed(None))),
                )
            }
            Job::Column { lang, column, page } => {
                let config = &self.site.config.columns[*column];
                let found = config.title.get(lang, self.languages);
                let heading = Text::new(found.text, found.lang, lang);
                let path = Page::Column(&config.id).path();
                let feed = self.urls.href(lang, Page::Feed(Some(&config.id)));
                self.list_page(
                    lang,
                    "column",
                    heading,
                    &path,
                    &self.lists.columns[*column],
                    *page,
                    Some(feed),
                )
            }
            Job::Tag { lang, tag, page } => {
                let members = &self.lists.tags[tag];
                let default = self.languages.default_code();
                let heading = Text::new(members.name.clone(), default, lang);
                self.list_page(
                    lang,
                    "tag",
                    heading,
                    &Page::Tag(tag).path(),
                    &members.articles,
                    *page,
                    None,
                )
            }
            Job::ColumnIndex { lang } => {
                let entries = self
                    .site
                    .config
                    .columns
                    .iter()
                    .zip(&self.lists.columns)
                    .map(|(column, members)| IndexEntry {
                        link: self.column_link(column, lang),
                        count: members.len(),
                    })
                    .collect();
                self.index_page(lang, "columns", Page::ColumnIndex, "nav-columns", entries)
            }
            Job::TagIndex { lang } => {
                let entries = self
                    .lists
                    .tags
                    .iter()
                    .map(|(slug, tag)| IndexEntry {
                        link: self.tag_link(slug, tag, lang),
                        count: tag.articles.len(),
                    })
                    .collect();
                self.index_page(lang, "tags", Page::TagIndex, "all-tags", entries)
            }
            Job::Feed { lang, column } => self.feed(lang, *column),
            Job::NotFound { lang } => {
                let page = self.page_view(
                    lang,
                    &self.ui(lang, "not-found-title").text,
                    &Page::NotFound.path(),
                    None,
                );
                self.output(
                    &self.urls.file(lang, Page::NotFound),
                    "404.html",
                    &PlainPage { page },
                )
            }
            Job::Lessons(job) => self.render_lesson_job(job),
            Job::Infographics(job) => self.render_infographic_job(job),
            Job::Sitemap => self.sitemap(),
            Job::QrCorner(job) => return self.qrcorner(job),
            Job::Robots => {
                let view = RobotsView {
                    sitemap: format!("{}/sitemap.xml", self.urls.base_url()),
                };
                self.output("/robots.txt", "robots.txt", &view)
            }
        };
        file.map(|file| vec![file])
    }

    fn ui(&self, lang: &str, id: &str) -> Text {
        match self.site.ui.message(lang, id, &[]) {
            Some(message) => Text::new(message.text, &message.lang, lang),
            None => Text::new(id, lang, lang),
        }
    }

    fn column_link(&self, column: &crate::load::config::Column, lang: &str) -> Link {
        self.named_link(column, Section::Columns, lang)
    }

    fn tag_link(&self, slug: &str, tag: &Tag, lang: &str) -> Link {
        Link {
            title: Text::new(tag.name.clone(), self.languages.default_code(), lang),
            href: self.urls.href(lang, Page::Tag(slug)),
        }
    }

    /// The common part of every page. `translated_in` lists the languages that really have the
    /// page (`None`: all do, as for lists).
    fn page_view(
        &self,
        lang: &str,
        title: &str,
        path: &str,
        translated_in: Option<&[&str]>,
    ) -> PageView {
        let config = &self.site.config;
        let language = self.languages.get(lang).unwrap_or(self.languages.default());
        let has = |code: &str| translated_in.is_none_or(|codes| codes.contains(&code));
        let mut alternates: Vec<Alternate> = self
            .languages
            .all()
            .iter()
            .filter(|l| has(&l.code))
            .map(|l| Alternate {
                hreflang: l.code.clone(),
                href: self.urls.absolute_of(&l.code, path),
            })
            .collect();
        alternates.push(Alternate {
            hreflang: "x-default".into(),
            href: self.urls.absolute_of(self.languages.default_code(), path),
        });
        let site_title = config.title.get(lang, self.languages);
        let description = config.description.get(lang, self.languages);
        PageView {
            lang: lang.to_string(),
            lang_name: language.name.clone(),
            dir: "ltr",
            root: self.urls.root(lang),
            site_root: self.urls.site_root().to_string(),
            base_url: self.urls.base_url().to_string(),
            site_title: Text::new(site_title.text, site_title.lang, lang),
            site_description: (!description.text.is_empty())
                .then(|| Text::new(description.text, description.lang, lang)),
            title: title.to_string(),
            url: self.urls.absolute_of(lang, path),
            canonical: self.urls.absolute_of(lang, path),
            alternates,
            languages: self
                .languages
                .all()
                .iter()
                .map(|l| LanguageLink {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    href: self.urls.href_of(&l.code, path),
                    current: l.code == lang,
                    translated: has(&l.code),
                })
                .collect(),
            columns: config
                .columns
                .iter()
                .map(|column| self.column_link(column, lang))
                .collect(),
            learning: self.learning_links(lang),
            feed: self.urls.href(lang, Page::Feed(None)),
            generator: concat!("loa ", env!("CARGO_PKG_VERSION")),
            reach: self.reach_view(lang),
        }
    }

    fn output<T: Serialize>(
        &self,
        path: &str,
        template: &str,
        view: &T,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let context = Context::from_serialize(view).map_err(|e| {
            Diagnostic::error(
                Problem::Template,
                template,
                format!("cannot pass the page data: {e}"),
            )
        })?;
        let html = self.tera.render(template, &context).map_err(|error| {
            Diagnostic::error(
                Problem::Template,
                self.template_origin(template),
                format!(
                    "rendering /{}: {}",
                    path.trim_start_matches('/'),
                    templates::error_chain(&error)
                ),
            )
        })?;
        Ok((path.trim_start_matches('/').to_string(), html.into_bytes()))
    }

    /// The file a template comes from (the site's own, or the built-in theme's).
    fn template_origin(&self, template: &str) -> std::path::PathBuf {
        self.site
            .theme
            .files
            .get(&format!("templates/{template}"))
            .map(|file| file.origin.clone())
            .unwrap_or_else(|| template.into())
    }
}
