//! The sitemap: every page in every language it exists in, with its alternates.

use crate::diagnostics::Diagnostic;
use crate::render::views::{Alternate, SitemapUrl, SitemapView};
use crate::render::{Renderer, qrcorner};
use crate::resolve::urls::Page;

impl Renderer<'_> {
    pub(super) fn sitemap(&self) -> Result<(String, Vec<u8>), Diagnostic> {
        let mut urls = Vec::new();
        let all_languages: Vec<&str> = self.languages.codes().collect();
        let mut add = |path: &str, langs: &[&str], lastmod: Option<String>| {
            let alternates: Vec<Alternate> = langs
                .iter()
                .map(|code| Alternate {
                    hreflang: code.to_string(),
                    href: self.urls.absolute_of(code, path),
                })
                .chain(std::iter::once(Alternate {
                    hreflang: "x-default".into(),
                    href: self.urls.absolute_of(self.languages.default_code(), path),
                }))
                .collect();
            for code in langs {
                urls.push(SitemapUrl {
                    loc: self.urls.absolute_of(code, path),
                    lastmod: lastmod.clone(),
                    alternates: alternates.clone(),
                });
            }
        };
        add(&Page::Home.path(), &all_languages, None);
        add(&Page::ColumnIndex.path(), &all_languages, None);
        for column in &self.site.config.columns {
            add(&Page::Column(&column.id).path(), &all_languages, None);
        }
        add(&Page::TagIndex.path(), &all_languages, None);
        for slug in self.lists.tags.keys() {
            add(&Page::Tag(slug).path(), &all_languages, None);
        }
        for path in qrcorner::sitemap_paths(self.site) {
            add(&path, &all_languages, None);
        }
        for article in &self.site.content.articles {
            let translated: Vec<&str> = article.texts.languages(self.languages).collect();
            add(
                &Page::Article(&article.slug).path(),
                &translated,
                Some(article.date.iso()),
            );
        }
        for (path, langs) in self
            .lesson_urls()
            .into_iter()
            .chain(self.infographic_urls())
        {
            add(&path, &langs, None);
        }
        self.output("/sitemap.xml", "sitemap.xml", &SitemapView { urls })
    }
}
