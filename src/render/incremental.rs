//! Rendering again only what changed articles can change, for the dev server.
//!
//! Every file a job writes is a function of three things, and each page kind names them for
//! its jobs ([`crate::render::PageKind::reads`]), beside the code that renders them:
//! - the site's *globals*: everything but the articles (configuration, theme, UI strings,
//!   lessons, infographics, the QR corner's content), and what is derived from all articles at
//!   once but read by every page: tag names (a tag shows its first-seen spelling), web-font
//!   subsets and image sizes ([`globals`]);
//! - the articles it reads ([`Reads::articles`]): an article page reads its own article, a list
//!   page the articles it shows, the QR corner every poster article;
//! - its other inputs that depend on which articles exist and where they sort
//!   ([`Reads::inputs`]): the slugs a list page shows and its page count, a tag index's counts,
//!   the sitemap's URLs and dates.
//!
//! A job is rendered again when the globals changed, when it is new or its inputs changed, or
//! when one of the articles it reads changed (its `Article` value: every front-matter field and
//! text of every language; equal values have equal Markdown renderings). Any other job would
//! write the very bytes it wrote before, so they are kept. The files made from all pages at once
//! follow the same rule: search index files are updated page by page
//! ([`crate::render::search::index`]), page weights and offline manifests come from the page
//! log, which keeps the entries of kept pages.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use crate::languages::Languages;
use crate::load::content::Article;
use crate::load::content::segment::MediaVersion;
use crate::render::Job;
use crate::render::context::Context;
use crate::render::page_log::Pages;
use crate::render::search::index::Index;
use crate::resolve::lists::Lists;
use crate::resolve::site::Site;

/// The previous render, and the articles that changed since (by slug: edited, added or
/// removed). Only the articles may have changed: after any other edit, render everything.
pub struct Previous<'a> {
    pub state: RenderState,
    pub changed: &'a BTreeSet<String>,
    /// The site's static files whose bytes changed since (by output path; their paths are
    /// the same): copied again.
    pub statics: &'a BTreeSet<String>,
}

/// What a render leaves for the next incremental one.
#[derive(Default)]
pub struct RenderState {
    pub(super) globals: Option<blake3::Hash>,
    /// The layout of the articles, and what it decides.
    pub(super) layout: Option<Layout>,
    /// By job key (see [`crate::render::PageKind::key`]).
    pub(super) jobs: BTreeMap<String, JobRecord>,
    /// For each article (by position), the jobs that read it (by position in
    /// [`crate::render::jobs`]): with the same layout, the same jobs come in the same order.
    pub(super) readers: Vec<Vec<usize>>,
    /// Every HTML page written, by path.
    pub(super) pages: Pages,
    /// Each language's search index.
    pub(super) search: BTreeMap<String, Index>,
    /// The compiled templates, with loa's functions registered.
    pub(super) templates: Option<tera::Tera>,
    /// The files the jobs write, and the HTML pages among them per language.
    pub(super) job_files: BTreeSet<String>,
    pub(super) pages_per_language: BTreeMap<String, usize>,
    /// The other files: search indexes, fonts, static files…
    pub(super) other_files: BTreeSet<String>,
}

/// What decides the list of jobs and every job's inputs (see [`crate::render::PageKind::reads`]), besides the
/// globals: the articles' order, slugs, languages and dates, and which articles each column, tag
/// and poster wall holds. Each article's part of it is hashed on its own, so that a render after
/// an edit sees that the layout held by looking at the changed articles only; then the lists
/// and the jobs are those of the previous render.
pub(super) struct Layout {
    pub lists: Lists,
    pub jobs: Vec<Job>,
    /// By slug.
    pub places: Places,
}

/// Each article's place in the layout, by slug.
pub(super) type Places = BTreeMap<String, Place>;

/// An article's position in `site.content.articles`, and the hash of its part of the layout.
pub(super) struct Place {
    pub position: usize,
    layout: blake3::Hash,
}

/// What an article adds to the layout: its slug, languages and date (its place in the order,
/// its URLs and the sitemap's entry), its tags as written (which tag lists hold it, and each
/// tag's first-seen spelling), its column and whether it is on posters.
fn article_layout(article: &Article, languages: &Languages) -> blake3::Hash {
    let translated: Vec<&str> = article.texts.languages(languages).collect();
    // A text's recordings and transcripts make jobs of their own (SRT copies, podcast feeds).
    type Own<'a> = (
        &'a str,
        &'a Option<Vec<String>>,
        Option<&'a str>,
        &'a [MediaVersion],
    );
    let own: Vec<Own> = (article.texts.versions())
        .map(|(lang, text)| {
            let slug = text.slug.as_ref().map(|s| s.0.as_str());
            (lang, &text.tags, slug, text.media.as_slice())
        })
        .collect();
    hash_of(&(
        &article.slug,
        translated,
        own,
        article.date.iso(),
        &article.tags,
        &article.column,
        article.poster,
    ))
}

/// Every article's place in the layout.
pub(super) fn places(site: &Site) -> Places {
    let languages = &site.config.languages;
    site.content
        .articles
        .iter()
        .enumerate()
        .map(|(position, article)| {
            let layout = article_layout(article, languages);
            (article.slug.clone(), Place { position, layout })
        })
        .collect()
}

impl Layout {
    /// Whether this layout, of the previous render, is the layout of `site`, whose articles
    /// other than the `changed` ones are those of the previous render: it is when the site has
    /// as many articles and each changed one was there before, stays at its position and adds
    /// the same to the layout. Then every article keeps its position and the lists are equal.
    pub fn holds_for(&self, site: &Site, changed: &BTreeSet<String>) -> bool {
        let articles = &site.content.articles;
        articles.len() == self.places.len()
            && changed.iter().all(|slug| {
                self.places.get(slug).is_some_and(|place| {
                    articles.get(place.position).is_some_and(|article| {
                        article.slug == *slug
                            && article_layout(article, &site.config.languages) == place.layout
                    })
                })
            })
    }
}

/// The files a job wrote (most jobs write one; a commune's wall writes its posters and the
/// wall PDF), and the inputs they were written from.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(super) struct JobRecord {
    pub paths: Vec<String>,
    #[serde(with = "crate::render::serde_hash::one")]
    pub inputs: blake3::Hash,
    /// The language of the job's HTML pages, for the per-language page counts.
    pub page_lang: Option<String>,
}

impl JobRecord {
    /// How many HTML pages the job wrote.
    pub fn pages(&self) -> usize {
        self.paths
            .iter()
            .filter(|path| path.ends_with(".html"))
            .count()
    }
}

/// The jobs to render, and what the render starts from.
pub(super) struct Plan<'a> {
    /// Position in the jobs, key and inputs of each job to render.
    pub dirty: Vec<(usize, String, blake3::Hash)>,
    /// The records of the kept jobs; the caller adds the rendered ones.
    pub state: RenderState,
    /// The log entries of the kept pages.
    pub kept_pages: Pages,
    /// The previous search indexes and the changed articles, for updating the indexes; given
    /// when the previous render's globals still hold.
    pub search: Option<(BTreeMap<String, Index>, &'a BTreeSet<String>)>,
    /// Whether the jobs are those of the previous render: then `state` still lists their files.
    pub same_jobs: bool,
    /// The files of the previous render that this one may no longer write.
    pub previous_files: Vec<String>,
}

/// What a job reads besides the globals (see [`crate::render::PageKind::reads`]).
pub(super) struct Reads {
    /// Positions in `site.content.articles`.
    pub articles: Vec<usize>,
    pub inputs: blake3::Hash,
}

impl Reads {
    /// What a job reads that depends on no article: nothing but the globals.
    pub fn nothing() -> Reads {
        Reads {
            articles: Vec::new(),
            inputs: hash_of(&()),
        }
    }
}

/// Hashes inputs with BLAKE3, so that equal hashes mean equal inputs.
#[derive(Default)]
pub(super) struct InputHasher(blake3::Hasher);

impl Hasher for InputHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn finish(&self) -> u64 {
        unreachable!("inputs are compared by their full BLAKE3 hash")
    }
}

/// The BLAKE3 hash of a value's `Hash` feed.
pub(super) fn hash_of(value: &impl Hash) -> blake3::Hash {
    let mut hasher = InputHasher::default();
    value.hash(&mut hasher);
    hasher.0.finalize()
}

impl Previous<'_> {
    /// Whether `job` must be rendered again.
    pub(super) fn dirty(&self, renderer: &Context, key: &str, reads: &Reads) -> bool {
        let articles = &renderer.site.content.articles;
        match self.state.jobs.get(key) {
            Some(record) => {
                record.inputs != reads.inputs
                    || reads
                        .articles
                        .iter()
                        .any(|index| self.changed.contains(&articles[*index].slug))
            }
            None => true,
        }
    }
}

/// Plans a render of `jobs`: every job without a usable `previous` render, else the jobs
/// that [`Previous::dirty`] says. When the layout did not change either (`same_layout`:
/// `jobs` are those of the previous render, see [`Layout::holds_for`]), only the readers of
/// the changed articles can be dirty: they are found in the previous render's index instead
/// of by looking at every job, which keeps a rebuild of a large site after an edit
/// proportional to the edit.
pub(super) fn plan<'a>(
    cx: &Context,
    jobs: &[Job],
    previous: Option<Previous<'a>>,
    same_layout: bool,
    places: &Places,
) -> Plan<'a> {
    let globals = globals(cx);
    let mut previous = previous;
    let mut previous_files = Vec::new();
    if let Some(previous) = &mut previous {
        let state = &mut previous.state;
        previous_files.extend(std::mem::take(&mut state.other_files));
        if state.globals != Some(globals) || !same_layout {
            previous_files.extend(std::mem::take(&mut state.job_files));
        }
    }
    let mut previous = previous.filter(|previous| previous.state.globals == Some(globals));
    let search = previous
        .as_mut()
        .map(|previous| (std::mem::take(&mut previous.state.search), previous.changed));
    if let Some(previous) = previous.take_if(|_| same_layout) {
        let mut state = previous.state;
        let positions: BTreeSet<usize> = previous
            .changed
            .iter()
            .filter_map(|slug| places.get(slug))
            .flat_map(|place| state.readers[place.position].iter().copied())
            .collect();
        let dirty = positions
            .into_iter()
            .map(|i| (i, jobs[i].key(cx), jobs[i].reads(cx).inputs))
            .collect();
        let kept_pages = std::mem::take(&mut state.pages);
        return Plan {
            dirty,
            state,
            kept_pages,
            search,
            same_jobs: true,
            previous_files,
        };
    }
    let planned: Vec<(String, Reads, bool)> = jobs
        .par_iter()
        .map(|job| {
            let key = job.key(cx);
            let reads = job.reads(cx);
            let dirty = previous
                .as_ref()
                .is_none_or(|previous| previous.dirty(cx, &key, &reads));
            (key, reads, dirty)
        })
        .collect();
    let mut state = RenderState {
        globals: Some(globals),
        readers: vec![Vec::new(); cx.site.content.articles.len()],
        ..RenderState::default()
    };
    let mut kept_pages = Pages::default();
    let mut dirty = Vec::new();
    for (position, (key, reads, is_dirty)) in planned.into_iter().enumerate() {
        for article in &reads.articles {
            state.readers[*article].push(position);
        }
        match previous.as_mut().filter(|_| !is_dirty) {
            Some(previous) => {
                let record = previous
                    .state
                    .jobs
                    .remove(&key)
                    .expect("a kept job has a record");
                for path in &record.paths {
                    if let Some(page) = previous.state.pages.remove(path) {
                        kept_pages.insert(path.clone(), page);
                    }
                }
                state.jobs.insert(key, record);
            }
            None => dirty.push((position, key, reads.inputs)),
        }
    }
    Plan {
        dirty,
        state,
        kept_pages,
        search,
        same_jobs: false,
        previous_files,
    }
}

/// What every page may read that changes with the articles: tag names, web fonts, images.
fn globals(cx: &Context) -> blake3::Hash {
    // Every page shows its tags' names and links to their pages; article links carry the
    // slugs translations give their languages.
    type Names<'a> = Vec<(&'a String, &'a String, &'a String, &'a String)>;
    let names: Vec<(&String, Names)> = (cx.lists.tags.iter())
        .map(|(id, tag)| {
            let pages = tag.pages.iter();
            let pages = pages.map(|(lang, page)| (lang, &page.name, &page.name_lang, &page.slug));
            (id, pages.collect())
        })
        .collect();
    let slugs = &cx.lists.translated_slugs;
    let fonts: Vec<(&str, &str)> = cx
        .languages
        .all()
        .iter()
        .filter_map(|l| {
            let font = cx.prepared.fonts.for_lang(&l.code)?;
            Some((l.code.as_str(), font.path.as_str()))
        })
        .collect();
    let images = format!("{:?}", cx.prepared.images);
    hash_of(&(names, slugs, fonts, images))
}
