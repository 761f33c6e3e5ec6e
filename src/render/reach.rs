//! The citizen-reach part of rendering: what makes pages light, findable, shareable and
//! readable offline. Web fonts ([`crate::fonts`]) and image sizes ([`crate::images`]) are
//! prepared before pages render; every written page is logged ([`PageLog`]) and weighed against
//! its budget ([`crate::budget`]); after the pages come the files built from them: search pages
//! and indexes ([`crate::search`]), share images ([`crate::share`]) and offline-pack workers
//! ([`crate::offline`]).

use std::collections::BTreeMap;
use std::sync::Mutex;

use rayon::prelude::*;

use super::Renderer;
use super::views::*;
use crate::budget::{self, Budgets, Weight};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fonts::WebFonts;
use crate::images::Images;
use crate::offline::{Manifest, WorkerView};
use crate::search::{self, Document};
use crate::share::{self, NewsArticle, ShareCard, ShareImages, png};
use crate::site::Site;

/// What is prepared once, before any page renders.
pub(super) struct Prepared {
    pub fonts: WebFonts,
    pub images: Images,
    /// The site's stylesheets (path under the site root → bytes): the theme's, and the code
    /// highlighting one that only pages with code link.
    pub stylesheets: BTreeMap<String, Vec<u8>>,
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
            crate::markdown::highlight_css().into_bytes(),
        );
        match (fonts, images) {
            (Ok(fonts), Ok(images)) => Ok(Prepared {
                fonts,
                images,
                stylesheets,
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
struct LoggedPage {
    path: String,
    kind: &'static str,
    lang: String,
    offline: bool,
    hash: blake3::Hash,
    weight: Weight,
}

/// Every HTML page written, weighed against its budget as it is recorded.
pub(super) struct PageLog<'a> {
    budgets: &'a Budgets,
    stylesheet_sizes: BTreeMap<String, usize>,
    root_path: &'a str,
    pages: Mutex<Vec<LoggedPage>>,
    warnings: Mutex<Vec<Diagnostic>>,
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
    pub fn new(site: &'a Site, prepared: &Prepared) -> Self {
        PageLog {
            budgets: &site.config.budgets,
            stylesheet_sizes: prepared
                .stylesheets
                .iter()
                .map(|(path, bytes)| (path.clone(), bytes.len()))
                .collect(),
            root_path: &site.config.root_path,
            pages: Mutex::default(),
            warnings: Mutex::default(),
        }
    }

    /// Records a written file; HTML pages are weighed and checked.
    pub fn record(&self, kind: &'static str, lang: &str, offline: bool, path: &str, bytes: &[u8]) {
        if !path.ends_with(".html") {
            return;
        }
        let html = String::from_utf8_lossy(bytes);
        let weight = budget::weigh(&html, &self.stylesheet_sizes, self.root_path);
        let found = budget::check(self.budgets, kind, path, &html, weight);
        if !found.is_empty() {
            lock(&self.warnings).extend(found);
        }
        lock(&self.pages).push(LoggedPage {
            path: path.to_string(),
            kind,
            lang: lang.to_string(),
            offline,
            hash: blake3::hash(bytes),
            weight,
        });
    }

    /// The pages of `lang` that belong in its offline pack: (absolute path, hash).
    fn offline_pages(&self, lang: &str) -> Vec<(String, blake3::Hash)> {
        lock(&self.pages)
            .iter()
            .filter(|page| page.offline && page.lang == lang)
            .map(|page| {
                let url = format!("{}/{}", self.root_path, page.path);
                (url.trim_end_matches("index.html").to_string(), page.hash)
            })
            .collect()
    }

    pub fn finish(self) -> BudgetReport {
        let mut heaviest: BTreeMap<String, (usize, String)> = BTreeMap::new();
        for page in lock(&self.pages).iter() {
            let entry = heaviest
                .entry(page.kind.to_string())
                .or_insert((0, String::new()));
            let candidate = (page.weight.total(), page.path.clone());
            if (candidate.0, std::cmp::Reverse(&candidate.1))
                > (entry.0, std::cmp::Reverse(&entry.1))
            {
                *entry = candidate;
            }
        }
        let mut warnings = std::mem::take(&mut *lock(&self.warnings));
        warnings.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        BudgetReport { warnings, heaviest }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

type File = Result<(String, Vec<u8>), Diagnostic>;

/// A share card: the page folder it belongs to (`km/articles/x`, `` for the default language's
/// site card) and its SVG.
pub(super) struct Card {
    pub dir: String,
    pub svg: String,
}

/// What a render did with share images.
#[derive(Debug, Default, Clone)]
pub struct ShareReport {
    /// Cards made (one SVG each).
    pub cards: usize,
    /// Distinct PNGs rasterised in this build, and taken from `.loa-cache/share/` (cards with
    /// the same SVG share one).
    pub rasterised: usize,
    pub cached: usize,
}

impl Renderer<'_> {
    /// The sharing, font, search and offline parts of a page's view.
    pub(super) fn reach_view(&self, lang: &str) -> ReachView {
        let config = &self.site.config;
        let root_path = &config.root_path;
        ReachView {
            description: config
                .description
                .get(lang, self.languages)
                .text
                .to_string(),
            og_type: "website",
            og_locale: share::og_locale(lang),
            share_image: self.share_image(lang, ""),
            share_image_type: config.share_images.media_type(),
            share_image_alt: config.title.get(lang, self.languages).text.to_string(),
            font: self.prepared.fonts.for_lang(lang).map(|font| FontView {
                href: format!("{root_path}/{}", font.path),
                css: font.face_css(root_path),
            }),
            search: format!("{}/search/", self.root(lang)),
            offline_worker: config.offline.then(|| format!("{}/sw.js", self.root(lang))),
        }
    }

    /// Makes an article page's sharing data the article's own; returns its JSON-LD.
    pub(super) fn article_reach(&self, page: &mut PageView, article: &ArticleView) -> String {
        let reach = &mut page.reach;
        reach.og_type = "article";
        if let Some(summary) = &article.summary {
            reach.description = summary.text.clone();
        }
        reach.share_image = self.share_image(&page.lang, &format!("/articles/{}", article.slug));
        reach.share_image_alt = article.title.text.clone();
        let mut images: Vec<String> = reach.share_image.iter().cloned().collect();
        if let Some(image) = &article.image {
            images.push(format!("{}{}", self.origin(), image));
        }
        share::news_article_json_ld(&NewsArticle {
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

    /// The absolute URL of the share image of the page folder `dir` (`""`, `/articles/x`) in
    /// `lang`, if the site makes share images.
    pub(super) fn share_image(&self, lang: &str, dir: &str) -> Option<String> {
        let extension = self.site.config.share_images.extension()?;
        Some(self.absolute(lang, &format!("{dir}/share.{extension}")))
    }

    /// The size and copies of an article image (a site path from `static/`).
    pub(super) fn image_view(&self, path: &str) -> Option<ImageView> {
        let root_path = &self.site.config.root_path;
        self.prepared.images.get(path).map(|info| ImageView {
            src: format!("{root_path}{}", info.src),
            srcset: info.srcset_attr(root_path),
            width: info.width,
            height: info.height,
        })
    }

    /// The files built beside the pages: web fonts, image copies, the code stylesheet, and per
    /// language the search page and index, share images and the offline worker. Search pages
    /// are recorded in `log`; workers are built last, from what `log` holds.
    pub(super) fn reach_files(&self, log: &PageLog) -> (Vec<File>, ShareReport) {
        let mut files: Vec<File> = Vec::new();
        for font in self.prepared.fonts.all() {
            files.push(Ok((font.path.clone(), font.bytes.clone())));
        }
        files.extend(self.prepared.images.variants.iter().cloned().map(Ok));
        if let Some(css) = self.prepared.stylesheets.get(HIGHLIGHT_CSS) {
            files.push(Ok((HIGHLIGHT_CSS.to_string(), css.clone())));
        }
        let per_language: Vec<(Vec<Card>, Vec<File>)> = self
            .languages
            .all()
            .par_iter()
            .map(|language| {
                let lang = language.code.as_str();
                (self.share_cards(lang), self.search_files(lang, log))
            })
            .collect();
        let (cards, search): (Vec<Vec<Card>>, Vec<Vec<File>>) = per_language.into_iter().unzip();
        let (share_files, report) = self.share_files(cards.into_iter().flatten().collect());
        files.extend(share_files);
        files.extend(search.into_iter().flatten());
        if self.site.config.offline {
            for language in self.languages.all() {
                files.push(self.offline_worker(&language.code, log));
            }
        }
        (files, report)
    }

    /// The share cards of `lang`: the site's, each article's and each procedure landing
    /// page's (none when the site makes no share images).
    fn share_cards(&self, lang: &str) -> Vec<Card> {
        if self.site.config.share_images == ShareImages::None {
            return Vec::new();
        }
        let prefix = self.languages.url_prefix(lang);
        let site_title = self.site.config.title.get(lang, self.languages);
        let mut cards = vec![Card {
            dir: prefix.to_string(),
            svg: share::share_svg(&ShareCard {
                title: site_title.text,
                lang: site_title.lang,
                site_title: site_title.text,
                site_lang: site_title.lang,
                kicker: None,
            }),
        }];
        for article in &self.site.content.articles {
            let view = self.article_view(article, lang);
            cards.push(Card {
                dir: format!("{prefix}/articles/{}", article.slug),
                svg: share::share_svg(&ShareCard {
                    title: &view.title.text,
                    lang: &view.title.lang,
                    site_title: site_title.text,
                    site_lang: site_title.lang,
                    kicker: Some((&view.column.title.text, &view.column.title.lang)),
                }),
            });
        }
        cards.extend(self.procedure_cards(lang));
        cards
    }

    /// The share images of `cards`: the SVG of each, and with `share_images: png` its PNG,
    /// rasterised in parallel or taken from the site's cache.
    fn share_files(&self, cards: Vec<Card>) -> (Vec<File>, ShareReport) {
        let mut report = ShareReport {
            cards: cards.len(),
            ..ShareReport::default()
        };
        let file = |card: &Card, extension: &str| {
            format!("{}/share.{extension}", card.dir)
                .trim_start_matches('/')
                .to_string()
        };
        let mut files: Vec<File> = Vec::new();
        if self.site.config.share_images == ShareImages::Png {
            let cache = png::Cache::new(&self.site.config.site_dir);
            // Cards with the same SVG (a language that shows its fallback's titles) are
            // rasterised once.
            let keys: Vec<String> = cards
                .iter()
                .map(|card| png::Cache::key(&card.svg))
                .collect();
            let mut unique: BTreeMap<&str, &str> = BTreeMap::new();
            for (key, card) in keys.iter().zip(&cards) {
                unique.entry(key).or_insert(&card.svg);
            }
            // usvg has panicked on text it could not shape: one card must not take the build
            // down with it.
            let pngs: BTreeMap<&str, Result<png::Png, String>> = unique
                .par_iter()
                .map(|(key, svg)| {
                    let png = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        cache.png(svg).map_err(|error| error.to_string())
                    }))
                    .unwrap_or_else(|_| Err("the rasteriser panicked".to_string()));
                    (*key, png)
                })
                .collect();
            for png in pngs.values().flatten() {
                if png.cached {
                    report.cached += 1;
                } else {
                    report.rasterised += 1;
                }
            }
            for (key, card) in keys.iter().zip(&cards) {
                let path = file(card, "png");
                files.push(match &pngs[key.as_str()] {
                    Ok(png) => Ok((path, png.bytes.clone())),
                    Err(error) => Err(Diagnostic::error(
                        crate::diagnostics::Problem::Output,
                        path,
                        format!("cannot rasterise the share image: {error}"),
                    )),
                });
            }
            cache.prune(&keys.iter().cloned().collect());
        }
        for card in cards {
            let path = file(&card, "svg");
            files.push(Ok((path, card.svg.into_bytes())));
        }
        (files, report)
    }

    fn search_files(&self, lang: &str, log: &PageLog) -> Vec<File> {
        let prefix = self.languages.url_prefix(lang);
        let documents: Vec<Document> = self
            .site
            .content
            .articles
            .iter()
            .map(|article| {
                let view = self.article_view(article, lang);
                let body = &self.site.bodies[&(article.slug.clone(), view.content_lang.clone())];
                Document {
                    url: view.href,
                    title: view.title.text,
                    summary: view.summary.map(|s| s.text).unwrap_or_default(),
                    text: search::plain_text(&body.html),
                    lang: view.content_lang,
                }
            })
            .collect();
        let mut files: Vec<File> = search::build(&documents)
            .into_iter()
            .map(|(name, json)| {
                Ok((
                    format!("{prefix}/search/index/{name}")
                        .trim_start_matches('/')
                        .to_string(),
                    json.into_bytes(),
                ))
            })
            .collect();
        let title = self.ui(lang, "search-title").text;
        let view = SearchPage {
            page: self.page_view(lang, &title, "/search/", None),
            index: format!("{}/search/index/", self.root(lang)),
        };
        let page = self.output(&format!("{prefix}/search/index.html"), "search.html", &view);
        if let Ok((path, bytes)) = &page {
            log.record("search", lang, false, path, bytes);
        }
        files.push(page);
        files
    }

    fn offline_worker(&self, lang: &str, log: &PageLog) -> File {
        let root_path = &self.site.config.root_path;
        let mut entries = log.offline_pages(lang);
        for (path, bytes) in &self.prepared.stylesheets {
            entries.push((format!("{root_path}/{path}"), blake3::hash(bytes)));
        }
        if let Some(font) = self.prepared.fonts.for_lang(lang) {
            entries.push((
                format!("{root_path}/{}", font.path),
                blake3::hash(&font.bytes),
            ));
        }
        let manifest = Manifest::new(lang, entries);
        self.output(
            &format!("{}/sw.js", self.languages.url_prefix(lang)),
            "sw.js",
            &WorkerView::from(&manifest),
        )
    }
}
