//! The citizen-reach part of rendering: what makes pages light, findable, shareable and
//! readable offline. Web fonts ([`crate::render::fonts`]), image copies
//! ([`crate::render::images`]) and the share cards' layout and PNGs ([`crate::render::share`])
//! are prepared before pages render; every written page is logged ([`PageLog`]) and weighed
//! against its budget ([`crate::budget`]); after the pages come the files built from all of
//! them: search indexes ([`crate::render::search`]) and offline-pack workers
//! ([`crate::render::offline`]).

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::budget::{self, Budgets, Weight};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::article;
use crate::render::context::Context;
use crate::render::fonts::WebFonts;
use crate::render::images::Images;
use crate::render::json_ld::{self, NewsArticle};
use crate::render::offline::{Manifest, WorkerView};
use crate::render::search::index::Index;
use crate::render::search::{self, Document};
use crate::render::share;
use crate::render::share::cards::Pngs;
use crate::render::views::*;
use crate::resolve::site::Site;
use crate::urls::{self, Page};

/// What is prepared once, before any page renders.
pub(super) struct Prepared {
    pub fonts: WebFonts,
    pub images: Images,
    /// The site's stylesheets (path under the site root → bytes): the theme's, and the code
    /// highlighting one that only pages with code link.
    pub stylesheets: BTreeMap<String, Vec<u8>>,
    /// Draws the share cards: the lines it places are remembered for the whole render.
    pub cards: share::CardMaker,
    /// The share cards' PNGs, made once per distinct card.
    pub share_pngs: Pngs,
}

/// The stylesheet of highlighted code, linked only by pages that show code.
pub(super) const HIGHLIGHT_CSS: &str = "highlight.css";

impl Prepared {
    pub fn new(site: &Site) -> Result<Prepared, Diagnostics> {
        let (fonts, images) = rayon::join(|| WebFonts::prepare(site), || Images::prepare(site));
        let mut stylesheets: BTreeMap<String, Vec<u8>> = site
            .theme
            .under("static")
            .filter(|(path, _)| path.ends_with(".css"))
            .map(|(path, file)| (path.to_string(), file.bytes.clone()))
            .collect();
        stylesheets.insert(
            HIGHLIGHT_CSS.to_string(),
            crate::markdown::highlight::highlight_css().into_bytes(),
        );
        match (fonts, images) {
            (Ok(fonts), Ok(images)) => Ok(Prepared {
                fonts,
                images,
                stylesheets,
                cards: share::CardMaker::default(),
                share_pngs: Pngs::default(),
            }),
            (fonts, images) => {
                let mut diagnostics = Diagnostics::default();
                diagnostics.extend(fonts.err().into_iter().flatten());
                diagnostics.extend(images.err().into_iter().flatten());
                Err(diagnostics)
            }
        }
    }
}

/// One written page.
#[derive(Debug, Clone)]
pub(super) struct LoggedPage {
    kind: &'static str,
    lang: String,
    /// The hash of a page of the offline pack, for its manifest; other pages are not hashed.
    offline: Option<blake3::Hash>,
    weight: Weight,
    /// Over its budget, or with JavaScript where none is allowed.
    warnings: Vec<Diagnostic>,
}

/// Logged pages by path, with what the budget report needs kept up to date as pages come and
/// go, so that the report of a render after an edit does not look at every page.
#[derive(Default)]
pub(super) struct Pages {
    by_path: BTreeMap<String, LoggedPage>,
    /// Per page kind, each page's weight and path: the last one is the heaviest (of equal
    /// weights, the first path).
    weights: BTreeMap<&'static str, BTreeSet<(usize, Reverse<String>)>>,
    /// The pages with warnings.
    warned: BTreeSet<String>,
}

impl Pages {
    pub fn insert(&mut self, path: String, page: LoggedPage) {
        self.remove(&path);
        let weights = self.weights.entry(page.kind).or_default();
        weights.insert((page.weight.total(), Reverse(path.clone())));
        if !page.warnings.is_empty() {
            self.warned.insert(path.clone());
        }
        self.by_path.insert(path, page);
    }

    pub fn remove(&mut self, path: &str) -> Option<LoggedPage> {
        let page = self.by_path.remove(path)?;
        if let Some(weights) = self.weights.get_mut(page.kind) {
            weights.remove(&(page.weight.total(), Reverse(path.to_string())));
            if weights.is_empty() {
                self.weights.remove(page.kind);
            }
        }
        self.warned.remove(path);
        Some(page)
    }

    /// The budget report of these pages.
    fn report(&self) -> BudgetReport {
        let heaviest = self
            .weights
            .iter()
            .filter_map(|(kind, weights)| {
                let (weight, Reverse(path)) = weights.last()?;
                // A kind whose pages all weigh nothing names none.
                let path = if *weight == 0 { "" } else { path.as_str() };
                Some((kind.to_string(), (*weight, path.to_string())))
            })
            .collect();
        let mut warnings: Vec<Diagnostic> = self
            .warned
            .iter()
            .flat_map(|path| self.by_path[path].warnings.iter().cloned())
            .collect();
        warnings.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        BudgetReport { warnings, heaviest }
    }
}

/// Every HTML page written, weighed against its budget as it is recorded.
pub(super) struct PageLog<'a> {
    budgets: &'a Budgets,
    stylesheet_sizes: BTreeMap<String, usize>,
    root_path: &'a str,
    pages: Mutex<Pages>,
}

/// The budget report of a render.
#[derive(Debug, Default, Clone)]
pub struct BudgetReport {
    /// Pages over budget, or with JavaScript where none is allowed.
    pub warnings: Vec<Diagnostic>,
    /// The heaviest page of each kind: (weight in bytes, path).
    pub heaviest: BTreeMap<String, (usize, String)>,
}

impl<'a> PageLog<'a> {
    /// A log that starts with the `kept` pages of a previous render.
    pub fn new(site: &'a Site, prepared: &Prepared, kept: Pages) -> Self {
        PageLog {
            budgets: &site.config.budgets,
            stylesheet_sizes: prepared
                .stylesheets
                .iter()
                .map(|(path, bytes)| (path.clone(), bytes.len()))
                .collect(),
            root_path: &site.config.root_path,
            pages: Mutex::new(kept),
        }
    }

    /// Records a written file; HTML pages are weighed and checked.
    pub fn record(&self, kind: &'static str, lang: &str, offline: bool, path: &str, bytes: &[u8]) {
        if !path.ends_with(".html") {
            return;
        }
        let html = String::from_utf8_lossy(bytes);
        let weight = budget::weigh(&html, &self.stylesheet_sizes, self.root_path);
        let warnings = budget::check(self.budgets, kind, path, &html, weight);
        let page = LoggedPage {
            kind,
            lang: lang.to_string(),
            offline: offline.then(|| blake3::hash(bytes)),
            weight,
            warnings,
        };
        lock(&self.pages).insert(path.to_string(), page);
    }

    /// The pages of `lang` that belong in its offline pack: (absolute path, hash).
    fn offline_pages(&self, lang: &str) -> Vec<(String, blake3::Hash)> {
        lock(&self.pages)
            .by_path
            .iter()
            .filter(|(_, page)| page.lang == lang)
            .filter_map(|(path, page)| {
                let url = format!("{}/{path}", self.root_path);
                Some((
                    url.trim_end_matches("index.html").to_string(),
                    page.offline?,
                ))
            })
            .collect()
    }

    /// The budget report, and the log's pages for the next render.
    pub fn finish(self) -> (BudgetReport, Pages) {
        let pages = self
            .pages
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        (pages.report(), pages)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

type File = Result<(String, Vec<u8>), Diagnostic>;

/// The files built beside the pages.
pub(super) struct ReachFiles {
    /// Files written by this render.
    pub put: Vec<File>,
    /// Paths of files kept from the previous render.
    pub kept: Vec<String>,
    /// Each language's search index.
    pub search: BTreeMap<String, Index>,
}

/// One language's search files.
struct SearchFiles {
    put: Vec<File>,
    kept: Vec<String>,
    index: Index,
}

/// The sharing, font, search and offline parts of a page's view.
pub(super) fn reach_view(cx: &Context, lang: &str) -> ReachView {
    let config = &cx.site.config;
    let root_path = &config.root_path;
    ReachView {
        description: config.description.get(lang, cx.languages).text.to_string(),
        og_type: "website",
        og_locale: share::og_locale(lang),
        share_image: share_image(cx, lang, Page::Home),
        share_image_type: config.share_images.media_type(),
        share_image_alt: config.title.get(lang, cx.languages).text.to_string(),
        font: cx.prepared.fonts.for_lang(lang).map(|font| FontView {
            href: format!("{root_path}/{}", font.path),
            css: font.face_css(root_path),
        }),
        search: cx.urls.href(lang, Page::Search),
        offline_worker: config
            .offline
            .then(|| cx.urls.href(lang, Page::OfflineWorker)),
    }
}

/// Makes an article page's sharing data the article's own; returns its JSON-LD.
pub(super) fn article_reach(cx: &Context, page: &mut PageView, article: &ArticleView) -> String {
    let reach = &mut page.reach;
    reach.og_type = "article";
    if let Some(summary) = &article.summary {
        reach.description = summary.text.clone();
    }
    reach.share_image = share_image(cx, &page.lang, Page::Article(&article.slug));
    reach.share_image_alt = article.title.text.clone();
    let mut images: Vec<String> = reach.share_image.iter().cloned().collect();
    if let Some(image) = &article.image {
        images.push(format!("{}{}", cx.urls.origin(), image));
    }
    json_ld::news_article_json_ld(&NewsArticle {
        headline: &article.title.text,
        description: article.summary.as_ref().map(|s| s.text.as_str()),
        date_published: &article.date_iso,
        in_language: &article.content_lang,
        authors: &article.authors,
        publisher: &page.site_title.text,
        url: &page.url,
        images,
    })
}

/// The absolute URL of the share image of `page` in `lang`, if the site makes share images.
pub(super) fn share_image(cx: &Context, lang: &str, page: Page) -> Option<String> {
    let extension = cx.site.config.share_images.extension()?;
    Some(
        cx.urls
            .absolute_of(lang, &urls::share_card(page, extension)),
    )
}

/// The size and copies of an article image (a site path from `static/`).
pub(super) fn image_view(cx: &Context, path: &str) -> Option<ImageView> {
    let root_path = &cx.site.config.root_path;
    cx.prepared.images.get(path).map(|info| ImageView {
        src: format!("{root_path}{}", info.src),
        srcset: info.srcset_attr(root_path),
        width: info.width,
        height: info.height,
    })
}

/// The files built beside the pages: web fonts, image copies, the code stylesheet, and per
/// language the search index and the offline worker, built from what `log` holds. With the `previous` search indexes
/// and the articles changed since (given when the previous render's globals still hold),
/// indexes are updated page by page, and the fonts and image copies, which are globals, are
/// kept. `changed_positions`: where the changed articles are, when they are where they
/// were in the previous render (the layout held).
pub(super) fn reach_files(
    cx: &Context,
    log: &PageLog,
    previous: Option<(BTreeMap<String, Index>, &BTreeSet<String>)>,
    changed_positions: Option<&[usize]>,
) -> ReachFiles {
    let mut files: Vec<File> = Vec::new();
    let mut kept = Vec::new();
    let fonts = cx.prepared.fonts.all().iter();
    let fonts = fonts.map(|font| (&font.path, &font.bytes));
    let variants = cx.prepared.images.variants.iter();
    let variants = variants.map(|(path, bytes)| (path, bytes));
    let css = cx.prepared.stylesheets.get_key_value(HIGHLIGHT_CSS);
    for (path, bytes) in fonts.chain(variants).chain(css) {
        if previous.is_some() {
            kept.push(path.clone());
        } else {
            files.push(Ok((path.clone(), bytes.clone())));
        }
    }
    let (mut indexes, changed) = match previous {
        Some((indexes, changed)) => (indexes, Some(changed)),
        None => (BTreeMap::new(), None),
    };
    let previous: Vec<(&str, Option<Index>)> = cx
        .languages
        .all()
        .iter()
        .map(|language| (language.code.as_str(), indexes.remove(&language.code)))
        .collect();
    let per_language: Vec<(String, SearchFiles)> = previous
        .into_par_iter()
        .map(|(lang, previous)| {
            let changed = changed.map(|slugs| (slugs, changed_positions));
            (lang.to_string(), search_files(cx, lang, previous, changed))
        })
        .collect();
    for (lang, search) in per_language {
        files.extend(search.put);
        kept.extend(search.kept);
        indexes.insert(lang, search.index);
    }
    if cx.site.config.offline {
        for language in cx.languages.all() {
            files.push(offline_worker(cx, &language.code, log));
        }
    }
    ReachFiles {
        put: files,
        kept,
        search: indexes,
    }
}

/// An article as the search index of `lang` holds it.
fn search_document(cx: &Context, index: usize, lang: &str) -> Document {
    let article = &cx.site.content.articles[index];
    let view = article::article_view(cx, article, lang);
    let body = &cx.site.bodies[&(article.slug.clone(), view.content_lang.clone())];
    Document {
        url: view.href,
        title: view.title.text,
        summary: view.summary.map(|s| s.text).unwrap_or_default(),
        text: search::plain_text(&body.html),
        lang: view.content_lang,
    }
}

/// The search index of `lang`. With the `previous` index and the articles
/// `changed` since (by slug, and by position when the layout held), only the changed
/// articles are indexed again, when the articles are still the same pages in the same
/// order; only the index files that changed are put.
fn search_files(
    cx: &Context,
    lang: &str,
    previous: Option<Index>,
    changed: Option<(&BTreeSet<String>, Option<&[usize]>)>,
) -> SearchFiles {
    let index_path = |name: &str| cx.urls.file(lang, Page::SearchIndex(name));
    let articles = &cx.site.content.articles;
    let articles_root = format!("{}/articles/", cx.urls.root(lang));
    // Compared piece by piece: a rebuild should not format every article's URL.
    let is_page_of = |url: &str, index: usize| {
        url.strip_prefix(articles_root.as_str())
            .and_then(|rest| rest.strip_prefix(articles[index].slug.as_str()))
            == Some("/")
    };
    // The positions of the changed articles, when the index holds the same pages.
    let positions = |index: &Index| match changed? {
        (_, Some(positions)) => Some(positions.to_vec()),
        (slugs, None) => index.same_pages(articles.len(), is_page_of).then(|| {
            (0..articles.len())
                .filter(|i| slugs.contains(&articles[*i].slug))
                .collect::<Vec<usize>>()
        }),
    };
    let update = previous.and_then(|index| Some((positions(&index)?, index)));
    let (index, rewritten) = match update {
        Some((positions, mut index)) => {
            let documents = positions
                .into_iter()
                .map(|i| (i, search_document(cx, i, lang)))
                .collect();
            let rewritten = index.update(documents);
            (index, Some(rewritten))
        }
        None => {
            let documents = (0..articles.len())
                .into_par_iter()
                .map(|i| search_document(cx, i, lang))
                .collect();
            (Index::new(documents), None)
        }
    };
    let mut put: Vec<File> = Vec::new();
    let mut kept = Vec::new();
    for (name, json) in index.files() {
        if rewritten.as_ref().is_none_or(|names| names.contains(name)) {
            put.push(Ok((index_path(name), json.clone().into_bytes())));
        } else {
            kept.push(index_path(name));
        }
    }
    SearchFiles { put, kept, index }
}

fn offline_worker(cx: &Context, lang: &str, log: &PageLog) -> File {
    let root_path = &cx.site.config.root_path;
    let mut entries = log.offline_pages(lang);
    for (path, bytes) in &cx.prepared.stylesheets {
        entries.push((format!("{root_path}/{path}"), blake3::hash(bytes)));
    }
    if let Some(font) = cx.prepared.fonts.for_lang(lang) {
        entries.push((
            format!("{root_path}/{}", font.path),
            blake3::hash(&font.bytes),
        ));
    }
    let manifest = Manifest::new(lang, entries);
    cx.output(
        &cx.urls.file(lang, Page::OfflineWorker),
        "sw.js",
        &WorkerView::from(&manifest),
    )
}
