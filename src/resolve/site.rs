//! The loaded site: configuration, theme, UI strings, formatters and content, resolved.
//!
//! `load` reads everything (the I/O edge); `resolve` is pure: it renders every Markdown text
//! once and checks its links, so rendering pages only has to assemble.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::format::Formatter;
use crate::languages::ui::UiStrings;
use crate::load::config::{self, Config, ShareImages};
use crate::load::content::article::ArticleText;
use crate::load::content::images::ImageVariants;
use crate::load::content::lesson::RenderedLesson;
use crate::load::content::{self, Article, Content, LoadOptions};
use crate::load::font_chars;
use crate::load::media::{self, MediaFiles};
use crate::load::render_cache::{self, LOA_BUILD};
use crate::load::share_cache::SharePngs;
use crate::load::statics::{self, StaticFiles};
use crate::load::theme::{self, Theme};
use crate::load::urllock::PublishedPage;
use crate::load::webvtt::{self, Transcripts};
use crate::markdown::{self, LinkTargets, Rendered};
use crate::urls::{Page, Urls};

/// Everything a build needs, loaded and checked.
pub struct Site {
    pub config: Config,
    pub theme: Theme,
    pub ui: Arc<UiStrings>,
    /// By site language code: the formatter of the language's locale (or its fallback's).
    pub formatters: BTreeMap<String, Formatter>,
    pub content: Content,
    /// The pages internal links may point at (see [`link_targets`]).
    pub link_targets: LinkTargets,
    /// Every Markdown text rendered once, by (article slug, language of the text).
    pub bodies: BTreeMap<(String, String), Rendered>,
    /// What the renderings were made with, and whether they differ from those the last
    /// build kept (see [`Site::keep_bodies`]).
    pub bodies_kept: BodiesKept,
    /// Every lesson text rendered once, by (lesson slug, language of the text).
    pub lessons: BTreeMap<(String, String), RenderedLesson>,
    /// The files of the site's `static/` folder, read and measured.
    pub static_files: StaticFiles,
    /// The articles' recordings, measured (see [`crate::load::media`]).
    pub media: MediaFiles,
    /// The segments' WebVTT transcripts, parsed and checked, by site path.
    pub transcripts: Transcripts,
    /// Static images with per-language variants.
    pub images: ImageVariants,
    /// Problems that do not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// The province whose communes get posters (`--posters-for`); `None`: every commune. Landing
    /// pages and printed addresses are made for every commune either way.
    pub posters_for: Option<String>,
    /// Where every page lives, in every language.
    pub urls: Urls,
    /// The characters the site's web fonts must draw (see [`font_chars::source_chars`]).
    pub source_chars: BTreeSet<char>,
    /// The share-card PNGs earlier builds rasterised; empty unless the site makes PNG cards.
    pub share_pngs: SharePngs,
}

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    pub site_dir: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// The build's time and `--future`/`--expired` (see [`LoadOptions`]).
    pub now: Option<i64>,
    pub future: bool,
    pub expired: bool,
    /// `loa build --posters-for`: make posters only for the communes of this province.
    pub posters_for: Option<String>,
}

impl Site {
    /// Reads and validates the whole site; every problem found is reported, not just the first.
    pub fn load(options: &SiteOptions) -> Result<Site, Diagnostics> {
        let config = config::load(&options.site_dir, options.base_url.as_deref())?;
        let mut diagnostics = Diagnostics::default();
        let theme = Theme::load(&config.site_dir, &config.theme);
        let ui = theme::ftl_sources(&config.site_dir)
            .and_then(|sources| UiStrings::new(&config.languages, sources));
        let content = content::load(
            &config,
            LoadOptions {
                drafts: options.drafts,
                now: options.now,
                future: options.future,
                expired: options.expired,
            },
        );
        let formatters = formatters(&config);
        let statics = statics::read(&config.site_dir);
        let (theme, ui, content, formatters, static_files) =
            match (theme, ui, content, formatters, statics) {
                (Ok(theme), Ok(ui), Ok(content), Ok(formatters), Ok(statics)) => {
                    (theme, ui, content, formatters, statics)
                }
                (theme, ui, content, formatters, statics) => {
                    diagnostics.extend(theme.err().into_iter().flatten());
                    diagnostics.extend(ui.err().into_iter().flatten());
                    diagnostics.extend(content.err().into_iter().flatten());
                    diagnostics.extend(formatters.err().into_iter().flatten());
                    diagnostics.extend(statics.err().into_iter().flatten());
                    return Err(diagnostics);
                }
            };
        let (ui, warnings) = ui;
        let media = media::measure(&content.articles, &static_files);
        let transcripts = webvtt::load(&content.articles, &static_files);
        let (media, transcripts) = match (media, transcripts) {
            (Ok(media), Ok(transcripts)) => (media, transcripts),
            (media, transcripts) => {
                diagnostics.extend(media.err().into_iter().flatten());
                diagnostics.extend(transcripts.err().into_iter().flatten());
                return Err(diagnostics);
            }
        };
        if let Some(province) = &options.posters_for {
            check_poster_province(&content, &config, province)?;
        }
        let link_targets = link_targets(&content);
        let kept = KeptBodies::read(&config, &link_targets);
        let bodies = resolve(&content, &config, &link_targets, &kept);
        let lessons = resolve_lessons(&content, &config, &link_targets);
        let (bodies, lessons) = match (bodies, lessons) {
            (Ok((bodies, rendered)), Ok(lessons)) => {
                let bodies_kept = BodiesKept {
                    context: kept.context,
                    changed: rendered > 0 || bodies.len() != kept.bodies.len(),
                };
                ((bodies, bodies_kept), lessons)
            }
            (bodies, lessons) => {
                diagnostics.extend(bodies.err().into_iter().flatten());
                diagnostics.extend(lessons.err().into_iter().flatten());
                return Err(diagnostics);
            }
        };
        let images =
            ImageVariants::find(static_files.keys().map(String::as_str), &config.languages);
        let urls = Urls::new(&config.base_url, &config.root_path, &config.languages);
        let source_chars = font_chars::source_chars(&config, &theme);
        let share_pngs = if config.share_images == ShareImages::Png {
            SharePngs::read(&config.site_dir)
        } else {
            SharePngs::default()
        };
        Ok(Site {
            config,
            theme,
            ui: Arc::new(ui),
            formatters,
            content,
            link_targets,
            bodies: bodies.0,
            bodies_kept: bodies.1,
            lessons,
            static_files,
            media,
            transcripts,
            images,
            warnings,
            posters_for: options.posters_for.clone(),
            urls,
            source_chars,
            share_pngs,
        })
    }

    /// A hash of everything loaded but the articles — the configuration (with the command
    /// line's base URL and `--posters-for`), theme, UI strings, lessons, infographics, the QR
    /// corner's content, static files and the characters the web fonts draw —, so that a site
    /// with the same fingerprint and the same articles (see [`Site::article_fingerprint`])
    /// renders the same files, with the same loa.
    pub fn fingerprint(&self) -> blake3::Hash {
        let mut hasher = Fingerprint::default();
        let content = &self.content;
        let values = (
            &self.config,
            &content.lessons,
            &content.infographics,
            &content.procedures,
            &content.communes,
            &content.expired,
            &self.posters_for,
            &self.source_chars,
        );
        hasher.debug(&values);
        for (path, file) in &self.theme.files {
            hasher.bytes(path.as_bytes());
            hasher.bytes(&file.bytes);
        }
        for (path, file) in &self.static_files {
            hasher.bytes(path.as_bytes());
            hasher.bytes(&file.bytes);
        }
        hasher.bytes(self.ui.fingerprint().as_bytes());
        hasher.0.finalize()
    }

    /// A hash of an article's value: every front-matter field and text of every language.
    /// Field by field, named in full so that a new field cannot be forgotten here: the texts
    /// are most of a site, and their `Debug` form escapes every character.
    pub fn article_fingerprint(article: &Article) -> blake3::Hash {
        let Article {
            slug,
            date,
            column,
            tags,
            image,
            poster,
            texts,
            slug_line,
            timing,
            location,
        } = article;
        let mut hasher = Fingerprint::default();
        hasher.debug(&(slug, date, column, tags, image, poster, slug_line, timing));
        hasher.debug(location);
        for (lang, text) in texts.versions() {
            let ArticleText {
                lang: text_lang,
                path,
                title,
                summary,
                authors,
                image_alt,
                body,
                body_line,
                translated_from,
                read_aloud,
                tags,
                slug,
                media,
            } = text;
            hasher.debug(&(lang, text_lang, path, summary, authors, image_alt));
            hasher.debug(&(body_line, translated_from, read_aloud, tags, slug, media));
            hasher.bytes(title.as_bytes());
            hasher.bytes(body.as_bytes());
        }
        hasher.0.finalize()
    }

    /// Whether the articles' renderings differ from those the last build kept.
    pub fn bodies_changed(&self) -> bool {
        self.bodies_kept.changed
    }

    /// Saves the articles' renderings for the next build into `out`.
    pub fn keep_bodies(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let articles = self.content.articles.iter();
        let texts = articles.flat_map(|article| {
            let texts = article.texts.versions();
            texts.map(|(lang, text)| (&article.slug, lang, text))
        });
        let saved = SavedBodies {
            build: Cow::Borrowed(LOA_BUILD),
            context: *self.bodies_kept.context.as_bytes(),
            bodies: texts
                .filter_map(|(slug, lang, text)| {
                    let body = self.bodies.get(&(slug.clone(), lang.to_string()))?;
                    Some((text_key(lang, text), Cow::Borrowed(body)))
                })
                .collect(),
        };
        postcard::to_io(&saved, out)
            .map(|_| ())
            .map_err(std::io::Error::other)
    }

    pub fn formatter(&self, lang: &str) -> &Formatter {
        self.formatters
            .get(lang)
            .or_else(|| self.formatters.get(self.config.languages.default_code()))
            .expect("a formatter exists for every site language")
    }
}

/// Hashes values by their `Debug` form (every field of loaded content derives it) and bytes
/// by their length and content, without building the texts.
#[derive(Default)]
struct Fingerprint(blake3::Hasher);

impl Fingerprint {
    fn debug(&mut self, value: &impl std::fmt::Debug) {
        use std::fmt::Write as _;
        // Writing into a hasher cannot fail.
        let _ = write!(self, "{value:?}");
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }
}

impl std::fmt::Write for Fingerprint {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0.update(text.as_bytes());
        Ok(())
    }
}

/// `--posters-for PROVINCE` must name the `province:` of at least one commune.
fn check_poster_province(
    content: &Content,
    config: &Config,
    province: &str,
) -> Result<(), Diagnostics> {
    let provinces: std::collections::BTreeSet<&str> = content
        .communes
        .iter()
        .map(|commune| commune.province.as_str())
        .collect();
    if provinces.contains(province) {
        return Ok(());
    }
    let known = if provinces.is_empty() {
        "none".to_string()
    } else {
        provinces.into_iter().collect::<Vec<_>>().join(", ")
    };
    Err(Diagnostic::error(
        Problem::UnknownReference,
        config.site_dir.join("content").join("communes"),
        format!(
            "`--posters-for {province}`: no commune has `province: {province}` (provinces: {known})"
        ),
    )
    .into())
}

fn formatters(config: &Config) -> Result<BTreeMap<String, Formatter>, Diagnostics> {
    config
        .languages
        .all()
        .iter()
        .map(|language| {
            let locale = config.languages.locale_code(&language.code);
            Formatter::new(locale)
                .map(|formatter| (language.code.clone(), formatter))
                .map_err(|message| {
                    Diagnostic::error(Problem::InvalidValue, config.path(), message).into()
                })
        })
        .collect()
}

impl Site {
    /// The published URL (under `base_url` as `loa.yaml` gives it) of every article page at a
    /// slug a translation gives its language, and which page it is: the URL lock keeps each one
    /// working.
    pub fn translated_slug_pages(&self) -> BTreeMap<String, PublishedPage> {
        let published = &self.config.published_url;
        (self.content.articles.iter())
            .flat_map(|article| {
                article.translated_slugs().map(move |(lang, slug)| {
                    let path = Page::Article(slug).path();
                    let url = format!("{published}{}{path}", self.urls.prefix(lang));
                    let page = PublishedPage {
                        lang: lang.to_string(),
                        article: article.slug.clone(),
                    };
                    (url, page)
                })
            })
            .collect()
    }

    /// Where the page of an article in a language is now (its site path with the language's
    /// prefix), if the site has that article and language.
    pub fn article_path(&self, page: &PublishedPage) -> Option<String> {
        let languages = &self.config.languages;
        languages.get(&page.lang)?;
        let article = (self.content.articles.iter()).find(|a| a.slug == page.article)?;
        let path = Page::Article(article.slug_in(&page.lang)).path();
        Some(format!("{}{path}", self.urls.prefix(&page.lang)))
    }
}

/// The pages internal links may point at.
pub fn link_targets(content: &Content) -> LinkTargets {
    // An expired article's URL keeps a notice: links to it stay good.
    let articles = content.articles.iter().chain(&content.expired);
    let articles = articles.map(article_target);
    let lessons = content.lessons.iter();
    let lessons = lessons.map(|lesson| target("lessons", &lesson.slug, Page::Lesson));
    let infographics = content.infographics.iter();
    let infographics = infographics.map(|i| target("infographics", &i.slug, Page::Infographic));
    articles.chain(lessons).chain(infographics).collect()
}

/// A page as `@/` links name it (`articles/<slug>`, as in `content/articles/<slug>.md`), and
/// its path under a language's root.
fn target<'a>(folder: &str, slug: &'a str, page: fn(&'a str) -> Page<'a>) -> (String, String) {
    (format!("{folder}/{slug}"), page(slug).path())
}

/// The link target of an article, and its path. An article whose translations give their
/// languages their own slugs has a path that names its slug with a marker, which each
/// reader's rendering turns into the slug of their language (see [`markdown::translate_slugs`]).
pub fn article_target(article: &Article) -> (String, String) {
    if article.translated_slugs().next().is_none() {
        return target("articles", &article.slug, Page::Article);
    }
    let marked = markdown::slug_marker(&article.slug);
    (
        format!("articles/{}", article.slug),
        Page::Article(&marked).path(),
    )
}

/// Renders every text of every lesson once, in parallel, checking links and embeds.
fn resolve_lessons(
    content: &Content,
    config: &Config,
    targets: &LinkTargets,
) -> Result<BTreeMap<(String, String), RenderedLesson>, Diagnostics> {
    let results: Vec<_> = content
        .lessons
        .par_iter()
        .flat_map_iter(|lesson| {
            lesson.texts.versions().map(move |(lang, text)| {
                let key = (lesson.slug.clone(), lang.to_string());
                let raw_html = config
                    .raw_html
                    .for_language(lang, config.languages.default_code());
                text.render(targets, raw_html)
                    .map(|rendered| (key, rendered))
            })
        })
        .collect();
    Ok(crate::diagnostics::collect_all(results)?
        .into_iter()
        .collect())
}

/// Rendered texts by (article slug, language of the text).
type Bodies = BTreeMap<(String, String), Rendered>;

/// A rendered text keyed by (article slug, language of the text).
type RenderedText = ((String, String), Rendered);

/// Renders every text of every article once, in parallel, checking links; a text whose
/// rendering the last build kept is not rendered again. Also says how many texts were.
fn resolve(
    content: &Content,
    config: &Config,
    targets: &LinkTargets,
    kept: &KeptBodies,
) -> Result<(Bodies, usize), Diagnostics> {
    let texts: Vec<(&str, &str, &crate::load::content::article::ArticleText)> = content
        .articles
        .iter()
        .flat_map(|article| {
            article
                .texts
                .versions()
                .map(move |(lang, text)| (article.slug.as_str(), lang, text))
        })
        .collect();
    let rendered = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<Result<RenderedText, Diagnostics>> = texts
        .into_par_iter()
        .map(|(slug, lang, text)| {
            let body = match kept.get(lang, text) {
                Some(body) => body.clone(),
                None => {
                    rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    render_article_text(config, lang, text, targets)?
                }
            };
            Ok(((slug.to_string(), lang.to_string()), body))
        })
        .collect();
    let bodies = crate::diagnostics::collect_all(results)?
        .into_iter()
        .collect();
    Ok((bodies, rendered.into_inner()))
}

/// The renderings of articles' texts that the last build kept, in
/// [`render_cache::markdown_file`]: a text renders the same when its language, file, first
/// line and Markdown are the same, and so are the raw HTML policy and the link targets (a
/// link to a page that is gone is an error, one to a new page no longer is), with the same
/// loa. A missing, damaged or other loa's file keeps nothing.
struct KeptBodies {
    /// The hash of the raw HTML policy and the link targets.
    context: blake3::Hash,
    /// By the key of the text ([`text_key`]).
    bodies: BTreeMap<[u8; 32], Rendered>,
}

/// What a site's Markdown renderings were made with (see [`KeptBodies`]), and whether they
/// differ from those the last build kept.
#[derive(Debug, Clone, Copy)]
pub struct BodiesKept {
    context: blake3::Hash,
    changed: bool,
}

/// The kept renderings as saved. Borrowed when saved, owned when read.
#[derive(serde::Serialize, serde::Deserialize)]
struct SavedBodies<'a> {
    build: Cow<'a, str>,
    context: [u8; 32],
    bodies: Vec<([u8; 32], Cow<'a, Rendered>)>,
}

/// What a text's rendering depends on besides the context of [`KeptBodies`].
fn text_key(lang: &str, text: &ArticleText) -> [u8; 32] {
    let mut hasher = Fingerprint::default();
    hasher.bytes(lang.as_bytes());
    hasher.debug(&(&text.path, text.body_line));
    hasher.bytes(text.body.as_bytes());
    *hasher.0.finalize().as_bytes()
}

impl KeptBodies {
    fn read(config: &Config, targets: &LinkTargets) -> KeptBodies {
        let mut context = Fingerprint::default();
        context.debug(&(&config.raw_html, config.languages.default_code(), targets));
        let context = context.0.finalize();
        let saved = render_cache::read_markdown(&config.site_dir)
            .and_then(|bytes| postcard::from_bytes::<SavedBodies>(&bytes).ok())
            .filter(|saved| saved.build == LOA_BUILD && saved.context == *context.as_bytes());
        let bodies = saved.into_iter().flat_map(|saved| saved.bodies);
        KeptBodies {
            context,
            bodies: bodies.map(|(key, body)| (key, body.into_owned())).collect(),
        }
    }

    fn get(&self, lang: &str, text: &ArticleText) -> Option<&Rendered> {
        self.bodies.get(&text_key(lang, text))
    }
}

/// Renders the body of an article's text in `lang`, under the site's raw HTML policy.
pub fn render_article_text(
    config: &Config,
    lang: &str,
    text: &crate::load::content::article::ArticleText,
    targets: &LinkTargets,
) -> Result<Rendered, Diagnostics> {
    let raw_html = config
        .raw_html
        .for_language(lang, config.languages.default_code());
    markdown::render(&text.body, &text.path, text.body_line, targets, raw_html).map_err(Diagnostics)
}
