//! The files made from all pages at once, after them: each language's search index
//! ([`crate::render::search`], updated page by page after an edit) and offline-pack worker
//! ([`crate::render::offline`], from the page log), with the web fonts, image copies and the
//! code stylesheet that were prepared before the pages ([`crate::render::prepared`]).

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::render::article;
use crate::render::context::Context;
use crate::render::offline::{Manifest, WorkerView};
use crate::render::page_log::PageLog;
use crate::render::prepared::HIGHLIGHT_CSS;
use crate::render::search::index::Index;
use crate::render::search::{self, Document};
use crate::urls::Page;

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
    let view = article::article_view(cx, index, lang);
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
