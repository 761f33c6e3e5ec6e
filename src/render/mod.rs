//! Rendering: the resolved site turned into files (pages, feeds, sitemap, static files).
//!
//! Each page is a pure function of the site and one language; pages render in parallel and go
//! straight to an output [`Sink`].

mod article;
mod body;
pub mod bulletin;
pub mod cache;
mod chapters;
pub mod chart;
mod context;
mod expired;
mod feed;
pub mod fonts;
pub mod images;
mod incremental;
mod infographics;
mod json_ld;
mod lessons;
mod list;
mod not_found;
pub mod offline;
mod page_log;
mod podcast;
pub mod poster;
mod prepared;
pub mod qrcorner;
mod reach;
pub mod search;
mod segment;
mod serde_hash;
pub mod share;
mod sitemap;
pub mod template_errors;
pub mod templates;
mod transcripts;
pub mod views;

pub use incremental::{Previous, RenderState};
pub use page_log::BudgetReport;
pub use share::png::ShareReport;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::resolve::lists::Lists;
use crate::resolve::site::Site;
use context::Context;
use incremental::Reads;

/// Receives rendered files. `path` is relative to the output root, with `/` separators.
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), Diagnostic>;

    /// Puts `bytes`, the same as those of the file already put at `same_as`: a sink that can
    /// keep one copy for both (a hard link) does.
    fn put_same(&self, path: &str, same_as: &str, bytes: Vec<u8>) -> Result<(), Diagnostic> {
        let _ = same_as;
        self.put(path, bytes)
    }
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
    let changed_statics: Vec<String> = (previous.as_ref())
        .map(|previous| previous.statics.iter().cloned().collect())
        .unwrap_or_default();
    // Only articles changed since the previous render (see `Previous`): its templates still hold.
    let tera = match previous.as_mut().and_then(|p| p.state.templates.take()) {
        Some(tera) => tera,
        None => {
            let mut tera = templates::compile(&site.theme, site.ui.clone())?;
            qrcorner::register_functions(&mut tera, &site.config.trusted_domains);
            tera
        }
    };
    let prepared = prepared::Prepared::new(site)?;
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
    let cx = Context::new(site, &tera, &prepared, &lists);
    let jobs = jobs.unwrap_or_else(|| all_jobs(&cx));
    let incremental::Plan {
        dirty,
        mut state,
        kept_pages,
        search: previous_search,
        same_jobs,
        previous_files,
    } = incremental::plan(&cx, &jobs, previous, same_layout, &places);
    let log = page_log::PageLog::new(site, &prepared, kept_pages);
    let is_card = |index: &usize| matches!(jobs[*index], Job::ShareCard(_));
    let cards = (0..jobs.len()).filter(is_card).count();
    let cards_made = dirty.iter().filter(|(index, _, _)| is_card(index)).count();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<Result<incremental::JobRecord, Diagnostic>> = dirty
        .par_iter()
        .map(|(index, _, inputs)| {
            let job = &jobs[*index];
            let files = job.render(&cx)?;
            // A landing page and its copy at the printed short path are the same bytes.
            let same_as_previous: Vec<bool> = std::iter::once(false)
                .chain(files.windows(2).map(|pair| pair[0].1 == pair[1].1))
                .collect();
            let mut paths: Vec<String> = Vec::with_capacity(files.len());
            for ((path, bytes), same) in files.into_iter().zip(same_as_previous) {
                log.record(
                    job.budget_kind(),
                    job.lang().unwrap_or_default(),
                    job.offline(),
                    &path,
                    &bytes,
                );
                match paths.last() {
                    Some(previous) if same => sink.put_same(&path, previous, bytes)?,
                    _ => sink.put(&path, bytes)?,
                }
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
    let reach = reach::reach_files(&cx, &log, previous_search, changed_positions.as_deref());
    paths.extend(reach.kept);
    state.search = reach.search;
    // With every card made, the cache keeps only theirs; else the other cards' PNGs stay.
    stats.share = prepared.share_pngs.report(cards_made, cards_made == cards);
    // While the globals hold, the theme's and the site's static files are those of the
    // previous render.
    let mut files: Vec<Result<(String, Vec<u8>), Diagnostic>> = reach.put;
    if globals_held {
        let theme = site.theme.under("static").map(|(path, _)| path);
        let statics = site.static_files.keys().map(String::as_str);
        paths.extend(theme.chain(statics).map(str::to_string));
        // But for those whose bytes changed (a transcript edited).
        let changed = (changed_statics.iter())
            .filter_map(|path| Some((path, site.static_files.get(path)?)))
            .map(|(path, file)| Ok((path.clone(), file.bytes.clone())));
        files.extend(changed);
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
    let diagnostics = template_errors::collapse(diagnostics);
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

/// A kind of output file: which files of it a site has, what each reads, how each is
/// rendered. What a job reads is declared beside the code that renders it, and both the full
/// render and the dev server's incremental one go through these functions alone (see
/// [`incremental`]), so that the two cannot drift apart.
trait PageKind: Sized {
    /// Every job of this kind in the site.
    fn jobs(cx: &Context) -> Vec<Self>;

    /// What the job reads besides the render's globals (see [`incremental`]).
    fn reads(&self, cx: &Context) -> Reads;

    /// The job's files: one, but for the QR corner's landing pages and posters.
    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic>;

    /// The language of the job's pages, which count in the per-language page totals.
    fn lang(&self) -> Option<&str>;

    /// The page kind budgets name (see [`crate::budget::KINDS`]); files that are not pages
    /// have none.
    fn budget_kind(&self) -> &'static str;

    /// Whether the page goes into its language's offline pack (see [`offline`]).
    fn offline(&self) -> bool {
        false
    }

    /// The job's name between renders, when its [`Job`]'s `Debug` would not stay the same
    /// while the job does: a job that names an article by its position names it by its slug.
    fn key(&self, _: &Context) -> Option<String> {
        None
    }
}

/// One job of a render: a job of one page kind.
#[derive(Debug, Clone)]
enum Job {
    Article(article::Job),
    List(list::Job),
    Feed(feed::Job),
    NotFound(not_found::Job),
    Expired(expired::Job),
    Lessons(lessons::Job),
    Infographics(infographics::Job),
    Sitemap(sitemap::Job),
    QrCorner(qrcorner::Job),
    ShareCard(share::cards::Job),
    Search(search::page::Job),
    Transcript(transcripts::Job),
    Podcast(podcast::Job),
    Chapters(chapters::Job),
}

/// Runs `$call` on the page kind's job inside a [`Job`].
macro_rules! each_kind {
    ($job:expr, $kind:ident => $call:expr) => {
        match $job {
            Job::Article($kind) => $call,
            Job::List($kind) => $call,
            Job::Feed($kind) => $call,
            Job::NotFound($kind) => $call,
            Job::Expired($kind) => $call,
            Job::Lessons($kind) => $call,
            Job::Infographics($kind) => $call,
            Job::Sitemap($kind) => $call,
            Job::QrCorner($kind) => $call,
            Job::ShareCard($kind) => $call,
            Job::Search($kind) => $call,
            Job::Transcript($kind) => $call,
            Job::Podcast($kind) => $call,
            Job::Chapters($kind) => $call,
        }
    };
}

/// Every job of the site, kind by kind.
fn all_jobs(cx: &Context) -> Vec<Job> {
    let mut jobs = Vec::new();
    jobs.extend(article::Job::jobs(cx).into_iter().map(Job::Article));
    jobs.extend(list::Job::jobs(cx).into_iter().map(Job::List));
    jobs.extend(feed::Job::jobs(cx).into_iter().map(Job::Feed));
    jobs.extend(not_found::Job::jobs(cx).into_iter().map(Job::NotFound));
    jobs.extend(expired::Job::jobs(cx).into_iter().map(Job::Expired));
    jobs.extend(lessons::Job::jobs(cx).into_iter().map(Job::Lessons));
    jobs.extend(
        infographics::Job::jobs(cx)
            .into_iter()
            .map(Job::Infographics),
    );
    jobs.extend(sitemap::Job::jobs(cx).into_iter().map(Job::Sitemap));
    jobs.extend(qrcorner::Job::jobs(cx).into_iter().map(Job::QrCorner));
    jobs.extend(share::cards::Job::jobs(cx).into_iter().map(Job::ShareCard));
    jobs.extend(search::page::Job::jobs(cx).into_iter().map(Job::Search));
    jobs.extend(transcripts::Job::jobs(cx).into_iter().map(Job::Transcript));
    jobs.extend(podcast::Job::jobs(cx).into_iter().map(Job::Podcast));
    jobs.extend(chapters::Job::jobs(cx).into_iter().map(Job::Chapters));
    jobs
}

impl Job {
    fn reads(&self, cx: &Context) -> Reads {
        each_kind!(self, job => job.reads(cx))
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        each_kind!(self, job => job.render(cx))
    }

    fn lang(&self) -> Option<&str> {
        each_kind!(self, job => job.lang())
    }

    fn budget_kind(&self) -> &'static str {
        each_kind!(self, job => job.budget_kind())
    }

    fn offline(&self) -> bool {
        each_kind!(self, job => job.offline())
    }

    /// The job's name that stays the same from one render to the next.
    fn key(&self, cx: &Context) -> String {
        let key = each_kind!(self, job => job.key(cx));
        key.unwrap_or_else(|| format!("{self:?}"))
    }
}
