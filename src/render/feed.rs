//! Atom feeds: a language's latest articles, and each column's.

use crate::diagnostics::Diagnostic;
use crate::render::PageKind;
use crate::render::body;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::views::{FeedEntry, FeedView};
use crate::urls::Page;

/// How many of the newest articles a feed holds.
const FEED_ENTRIES: usize = 20;

/// A language's feed of the newest articles, or of a column's (by position in `loa.yaml`).
#[derive(Debug, Clone)]
pub(super) struct Job {
    lang: String,
    column: Option<usize>,
}

impl Job {
    /// The articles of the feed, newest first.
    fn entries<'c>(&self, cx: &Context<'c>) -> &'c [usize] {
        let members = match self.column {
            Some(column) => &cx.lists.columns[column],
            None => &cx.lists.all,
        };
        &members[..members.len().min(FEED_ENTRIES)]
    }
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let columns = 0..cx.site.config.columns.len();
        let feeds = std::iter::once(None).chain(columns.map(Some));
        let feeds: Vec<Option<usize>> = feeds.collect();
        (cx.languages.codes())
            .flat_map(|lang| {
                feeds.iter().map(|column| Job {
                    lang: lang.to_string(),
                    column: *column,
                })
            })
            .collect()
    }

    /// A feed reads its entries, with their bodies.
    fn reads(&self, cx: &Context) -> Reads {
        let shown = self.entries(cx);
        let articles = &cx.site.content.articles;
        let slugs: Vec<&str> = shown.iter().map(|i| articles[*i].slug.as_str()).collect();
        Reads {
            inputs: hash_of(&slugs),
            articles: shown.to_vec(),
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        feed(cx, self).map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        Some(&self.lang)
    }

    fn budget_kind(&self) -> &'static str {
        ""
    }
}

fn feed(cx: &Context, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    let lang = job.lang.as_str();
    let (list, feed, section) = match job.column {
        Some(column) => {
            let config = &cx.site.config.columns[column];
            (
                Page::Column(&config.id),
                Page::Feed(Some(&config.id)),
                Some(config.title.get(lang, cx.languages).text),
            )
        }
        None => (Page::Home, Page::Feed(None), None),
    };
    let site_title = cx.site.config.title.get(lang, cx.languages).text;
    let entries: Vec<FeedEntry> = (job.entries(cx).iter())
        .map(|index| {
            let article = &cx.site.content.articles[*index];
            let (text_lang, text) = article.texts.resolve(lang, cx.languages);
            let body = &cx.site.bodies[&(article.slug.clone(), text_lang.to_string())];
            let root = cx
                .urls
                .absolute_of(lang, "")
                .trim_end_matches('/')
                .to_string();
            Ok(FeedEntry {
                title: text.title.clone(),
                lang: text_lang.to_string(),
                url: cx.urls.absolute(lang, Page::Article(article.slug_in(lang))),
                updated: format!("{}T00:00:00Z", article.date.iso()),
                summary: text.summary.clone(),
                authors: text.authors.clone(),
                content: body::body_html(cx, body, &root, text_lang, lang)?,
            })
        })
        .collect::<Result<_, Diagnostic>>()?;
    let view = FeedView {
        lang: lang.to_string(),
        title: match section {
            Some(section) => format!("{site_title} — {section}"),
            None => site_title.to_string(),
        },
        id: cx.urls.absolute(lang, feed),
        self_url: cx.urls.absolute(lang, feed),
        alternate_url: cx.urls.absolute(lang, list),
        updated: entries
            .first()
            .map(|entry| entry.updated.clone())
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into()),
        entries,
    };
    cx.output(&cx.urls.file(lang, feed), "atom.xml", &view)
}
