//! The files for crawlers: the sitemap (every page in every language it exists in, with its
//! alternates) and `robots.txt`, which points to it.

use crate::diagnostics::Diagnostic;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::views::{Alternate, RobotsView, SitemapUrl, SitemapView};
use crate::render::{PageKind, article, infographics, lessons, qrcorner};
use crate::urls::Page;

#[derive(Debug, Clone)]
pub(super) enum Job {
    Sitemap,
    Robots,
}

/// A page the sitemap lists: the languages it exists in with its site path in each, the
/// language and path of `x-default` (the default language's, or the first), and for articles
/// the date.
type Entry<'c> = (Vec<(&'c str, String)>, (&'c str, String), Option<String>);

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
    let at = |langs: &[&'c str], path: String| -> Entry<'c> {
        let paths = langs.iter().map(|code| (*code, path.clone())).collect();
        (paths, (cx.languages.default_code(), path), None)
    };
    let everywhere = |path: String| at(&all_languages, path);
    let mut entries = vec![
        everywhere(Page::Home.path()),
        everywhere(Page::ColumnIndex.path()),
    ];
    for column in &cx.site.config.columns {
        entries.push(everywhere(Page::Column(&column.id).path()));
    }
    entries.push(everywhere(Page::TagIndex.path()));
    for tag in cx.lists.tags.values() {
        let paths: Vec<(&str, String)> = (cx.languages.codes())
            .filter_map(|code| Some((code, Page::Tag(&tag.pages.get(code)?.slug).path())))
            .collect();
        let default = (paths.iter())
            .find(|(code, _)| *code == cx.languages.default_code())
            .unwrap_or(&paths[0])
            .clone();
        entries.push((paths, default, None));
    }
    entries.extend(qrcorner::sitemap_paths(cx.site).into_iter().map(everywhere));
    for article in &cx.site.content.articles {
        let paths = (article.texts.languages(cx.languages))
            .map(|code| (code, article::path_in(article, code)))
            .collect();
        let default = cx.languages.default_code();
        let default = (default, article::path_in(article, default));
        entries.push((paths, default, Some(article.date.iso())));
    }
    let learning = lessons::lesson_urls(cx).into_iter();
    let learning = learning.chain(infographics::infographic_urls(cx));
    entries.extend(learning.map(|(path, langs)| at(&langs, path)));
    entries
}

fn sitemap(cx: &Context) -> Result<(String, Vec<u8>), Diagnostic> {
    let mut urls = Vec::new();
    for (paths, default, lastmod) in entries(cx) {
        let alternates: Vec<Alternate> = (paths.iter())
            .map(|(code, path)| Alternate {
                hreflang: code.to_string(),
                href: cx.urls.absolute_of(code, path),
            })
            .chain(std::iter::once(Alternate {
                hreflang: "x-default".into(),
                href: cx.urls.absolute_of(default.0, &default.1),
            }))
            .collect();
        for (code, path) in &paths {
            urls.push(SitemapUrl {
                loc: cx.urls.absolute_of(code, path),
                lastmod: lastmod.clone(),
                alternates: alternates.clone(),
            });
        }
    }
    cx.output("/sitemap.xml", "sitemap.xml", &SitemapView { urls })
}
