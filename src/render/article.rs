//! Article pages: the text in the reader's language (or its fallback, marked as such), its
//! column, tags, image and reading time, and the view lists and feeds show of an article.

use crate::diagnostics::Diagnostic;
use crate::load::content::Article;
use crate::render::views::{ArticlePage, ArticleView, Text};
use crate::render::{Renderer, WORDS_PER_MINUTE};
use crate::resolve::urls::Page;
use crate::slug::slugify;

impl Renderer<'_> {
    pub(super) fn article_view(&self, article: &Article, lang: &str) -> ArticleView {
        let (text_lang, text) = article.texts.resolve(lang, self.languages);
        let body = &self.site.bodies[&(article.slug.clone(), text_lang.to_string())];
        let column = self
            .site
            .config
            .column(&article.column)
            .map(|column| self.column_link(column, lang))
            .expect("articles are loaded only with a declared column");
        let fallback = self.fallback(lang, text_lang, &Page::Article(&article.slug).path());
        ArticleView {
            slug: article.slug.clone(),
            href: self.urls.href(lang, Page::Article(&article.slug)),
            title: Text::new(text.title.clone(), text_lang, lang),
            summary: text
                .summary
                .as_ref()
                .map(|summary| Text::new(summary.clone(), text_lang, lang)),
            date_iso: article.date.iso(),
            date: self.site.formatter(lang).date(article.date),
            authors: text.authors.clone(),
            column,
            tags: article
                .tags
                .iter()
                .filter_map(|name| {
                    let slug = slugify(name);
                    self.lists
                        .tags
                        .get(&slug)
                        .map(|tag| self.tag_link(&slug, tag, lang))
                })
                .collect(),
            image: article
                .image
                .as_ref()
                .map(|image| format!("{}{image}", self.urls.site_root())),
            // The image is the original's: a translation without its own `image_alt` shows the
            // description of the next language of its chain that has one.
            image_alt: self.languages.chain(text_lang).iter().find_map(|code| {
                let alt = article.texts.get(code)?.image_alt.as_ref()?;
                Some(Text::new(alt.clone(), code, lang))
            }),
            image_info: article
                .image
                .as_deref()
                .and_then(|path| self.image_view(path)),
            reading_minutes: body.words.div_ceil(WORDS_PER_MINUTE).max(1),
            content_lang: text_lang.to_string(),
            fallback,
            stale: crate::resolve::translation::is_stale(&article.texts, text_lang, self.languages),
        }
    }

    pub(super) fn article_page(
        &self,
        index: usize,
        lang: &str,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let article = &self.site.content.articles[index];
        let view = self.article_view(article, lang);
        let path = Page::Article(&article.slug).path();
        let translated: Vec<&str> = article.texts.languages(self.languages).collect();
        let mut page = self.page_view(lang, &view.title.text, &path, Some(&translated));
        if view.fallback.is_some() {
            page.canonical = self.urls.absolute_of(&view.content_lang, &path);
        }
        let body = &self.site.bodies[&(article.slug.clone(), view.content_lang.clone())];
        let json_ld = self.article_reach(&mut page, &view);
        let context = ArticlePage {
            json_ld,
            body: self.body_html(body, &self.urls.root(lang), &view.content_lang, lang)?,
            page,
            headings: body.headings.clone(),
            has_code: body.has_code,
            article: view,
        };
        self.output(&self.urls.file_in(lang, &path), "article.html", &context)
    }
}
