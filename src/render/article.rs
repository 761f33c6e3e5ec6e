//! Article pages: the text in the reader's language (or its fallback, marked as such), its
//! column, tags, image and reading time, and the view lists and feeds show of an article.

use crate::diagnostics::Diagnostic;
use crate::load::content::Article;
use crate::load::content::article::Timing;
use crate::load::content::location::Location;
use crate::render::PageKind;
use crate::render::body;
use crate::render::context::{self, Context};
use crate::render::incremental::{Reads, hash_of};
use crate::render::json_ld::{self, NewsArticle};
use crate::render::segment;
use crate::render::views::{ArticlePage, ArticleView, LocationView, PageView, Text, TimingView};
use crate::urls::Page;

const WORDS_PER_MINUTE: usize = 200;

/// An article's page in one language.
#[derive(Debug, Clone)]
pub(super) struct Job {
    /// Position in `site.content.articles`.
    index: usize,
    lang: String,
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let articles = 0..cx.site.content.articles.len();
        (cx.languages.codes())
            .flat_map(|lang| {
                articles.clone().map(move |index| Job {
                    index,
                    lang: lang.to_string(),
                })
            })
            .collect()
    }

    fn reads(&self, _: &Context) -> Reads {
        Reads {
            articles: vec![self.index],
            inputs: hash_of(&()),
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        article_page(cx, self.index, &self.lang).map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        Some(&self.lang)
    }

    fn budget_kind(&self) -> &'static str {
        "article"
    }

    fn offline(&self) -> bool {
        true
    }

    fn key(&self, cx: &Context) -> Option<String> {
        let slug = &cx.site.content.articles[self.index].slug;
        Some(format!("article {slug} {}", self.lang))
    }
}

/// The view of the article at `index` of `site.content.articles` for readers of `lang`.
pub(super) fn article_view(cx: &Context, index: usize, lang: &str) -> ArticleView {
    let article = &cx.site.content.articles[index];
    let (text_lang, text) = article.texts.resolve(lang, cx.languages);
    let body = &cx.site.bodies[&(article.slug.clone(), text_lang.to_string())];
    let column = cx
        .site
        .config
        .column(&article.column)
        .map(|column| cx.column_link(column, lang))
        .expect("articles are loaded only with a declared column");
    let fallback = cx.fallback(lang, text_lang, &path_in(article, text_lang));
    ArticleView {
        slug: article.slug.clone(),
        href: cx.urls.href(lang, Page::Article(article.slug_in(lang))),
        title: Text::new(text.title.clone(), text_lang, lang),
        summary: text
            .summary
            .as_ref()
            .map(|summary| Text::new(summary.clone(), text_lang, lang)),
        date_iso: article.date.iso(),
        date: cx.site.formatter(lang).date(article.date),
        authors: text.authors.clone(),
        column,
        tags: (cx.lists.article_tags[index].get(lang).into_iter().flatten())
            .filter_map(|id| {
                let page = cx.lists.tags.get(id)?.pages.get(lang)?;
                Some(cx.tag_link(page, lang))
            })
            .collect(),
        image: article
            .image
            .as_ref()
            .map(|image| format!("{}{image}", cx.urls.site_root())),
        // The image is the original's: a translation without its own `image_alt` shows the
        // description of the next language of its chain that has one.
        image_alt: cx.languages.chain(text_lang).iter().find_map(|code| {
            let alt = article.texts.get(code)?.image_alt.as_ref()?;
            Some(Text::new(alt.clone(), code, lang))
        }),
        image_info: article
            .image
            .as_deref()
            .and_then(|path| context::image_view(cx, path)),
        reading_minutes: body.words.div_ceil(WORDS_PER_MINUTE).max(1),
        content_lang: text_lang.to_string(),
        fallback,
        stale: crate::resolve::translation::is_stale(&article.texts, text_lang, cx.languages),
        timing: match article.timing {
            Timing::Current => None,
            Timing::Scheduled(day) => Some(("scheduled", day)),
            Timing::Expired(day) => Some(("expired", day)),
        }
        .map(|(kind, day)| TimingView {
            kind,
            date: cx.site.formatter(lang).date(day),
            date_iso: day.iso(),
        }),
        media: segment::media_views(cx, article, lang, text_lang),
        location: location_view(cx, article, lang),
    }
}

/// Where the article is about: a commune's name and province, or the place front matter names
/// (written once, in the default language).
pub(super) fn location_view(cx: &Context, article: &Article, lang: &str) -> Option<LocationView> {
    let default = cx.languages.default_code();
    let (name, geo, osm) = match article.location.as_ref()? {
        Location::Commune { slug, .. } => {
            let communes = &cx.site.content.communes;
            let commune = communes.iter().find(|commune| commune.slug == *slug)?;
            (
                format!("{}, {}", commune.name, commune.province),
                None,
                None,
            )
        }
        Location::Place { name, geo, osm } => (name.clone(), geo.as_ref(), osm.clone()),
    };
    Some(LocationView {
        name: Text::new(name, default, lang),
        geo: geo.map(|geo| format!("geo:{geo}")),
        osm,
    })
}

fn article_page(cx: &Context, index: usize, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    let article = &cx.site.content.articles[index];
    let view = article_view(cx, index, lang);
    let path = path_in(article, lang);
    let translated: Vec<&str> = article.texts.languages(cx.languages).collect();
    let paths = |code: &str| path_in(article, code);
    let mut page = cx.page_view_at(lang, &view.title.text, &paths, Some(&translated));
    if view.fallback.is_some() {
        let original = path_in(article, &view.content_lang);
        page.canonical = cx.urls.absolute_of(&view.content_lang, &original);
    }
    let body = &cx.site.bodies[&(article.slug.clone(), view.content_lang.clone())];
    let json_ld = article_reach(cx, &mut page, &view, article.slug_in(lang));
    let context = ArticlePage {
        json_ld,
        body: body::body_html(cx, body, &cx.urls.root(lang), &view.content_lang, lang)?,
        page,
        headings: body.headings.clone(),
        has_code: body.has_code,
        article: view,
    };
    cx.output(&cx.urls.file_in(lang, &path), "article.html", &context)
}

/// The site path of an article's page in `lang`, at its slug in that language.
pub(super) fn path_in(article: &Article, lang: &str) -> String {
    Page::Article(article.slug_in(lang)).path()
}

/// Makes an article page's sharing data the article's own; returns its JSON-LD.
/// `slug` is the article's slug in the page's language.
pub(super) fn article_reach(
    cx: &Context,
    page: &mut PageView,
    article: &ArticleView,
    slug: &str,
) -> String {
    let reach = &mut page.reach;
    reach.og_type = "article";
    if let Some(summary) = &article.summary {
        reach.description = summary.text.clone();
    }
    reach.share_image = context::share_image(cx, &page.lang, Page::Article(slug));
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
