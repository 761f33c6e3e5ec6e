//! The files for crawlers: the sitemap (every page in every language it exists in, with its
//! alternates) and `robots.txt`, which points to it.

use crate::diagnostics::Diagnostic;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::views::{Alternate, RobotsView, SitemapUrl, SitemapView};
use crate::render::{PageKind, infographics, lessons, qrcorner};
use crate::urls::Page;

#[derive(Debug, Clone)]
pub(super) enum Job {
    Sitemap,
    Robots,
}

/// A page the sitemap lists: its site path, the languages it exists in, and for articles the
/// date.
type Entry<'c> = (String, Vec<&'c str>, Option<String>);

impl PageKind for Job {
    fn jobs(_: &Context) -> Vec<Job> {
        vec![Job::Sitemap, Job::Robots]
    }

    /// The sitemap reads the pages it lists; `robots.txt`, nothing but the base URL.
    fn reads(&self, cx: &Context) -> Reads {
        let inputs = match self {
            Job::Sitemap => hash_of(&entries(cx)),
            Job::Robots => hash_of(&()),
        };
        Reads {
            articles: Vec::new(),
            inputs,
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let file = match self {
            Job::Sitemap => sitemap(cx),
            Job::Robots => {
                let view = RobotsView {
                    sitemap: format!("{}/sitemap.xml", cx.urls.base_url()),
                };
                cx.output("/robots.txt", "robots.txt", &view)
            }
        };
        file.map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        None
    }

    fn budget_kind(&self) -> &'static str {
        ""
    }
}

/// Every page of the site, in the sitemap's order.
fn entries<'c>(cx: &Context<'c>) -> Vec<Entry<'c>> {
    let all_languages: Vec<&str> = cx.languages.codes().collect();
    let everywhere = |path: String| (path, all_languages.clone(), None);
    let mut entries = vec![
        everywhere(Page::Home.path()),
        everywhere(Page::ColumnIndex.path()),
    ];
    for column in &cx.site.config.columns {
        entries.push(everywhere(Page::Column(&column.id).path()));
    }
    entries.push(everywhere(Page::TagIndex.path()));
    for slug in cx.lists.tags.keys() {
        entries.push(everywhere(Page::Tag(slug).path()));
    }
    entries.extend(qrcorner::sitemap_paths(cx.site).into_iter().map(everywhere));
    for article in &cx.site.content.articles {
        let translated: Vec<&str> = article.texts.languages(cx.languages).collect();
        let path = Page::Article(&article.slug).path();
        entries.push((path, translated, Some(article.date.iso())));
    }
    let learning = lessons::lesson_urls(cx).into_iter();
    let learning = learning.chain(infographics::infographic_urls(cx));
    entries.extend(learning.map(|(path, langs)| (path, langs, None)));
    entries
}

fn sitemap(cx: &Context) -> Result<(String, Vec<u8>), Diagnostic> {
    let mut urls = Vec::new();
    for (path, langs, lastmod) in entries(cx) {
        let alternates: Vec<Alternate> = (langs.iter())
            .map(|code| Alternate {
                hreflang: code.to_string(),
                href: cx.urls.absolute_of(code, &path),
            })
            .chain(std::iter::once(Alternate {
                hreflang: "x-default".into(),
                href: cx.urls.absolute_of(cx.languages.default_code(), &path),
            }))
            .collect();
        for code in &langs {
            urls.push(SitemapUrl {
                loc: cx.urls.absolute_of(code, &path),
                lastmod: lastmod.clone(),
                alternates: alternates.clone(),
            });
        }
    }
    cx.output("/sitemap.xml", "sitemap.xml", &SitemapView { urls })
}
