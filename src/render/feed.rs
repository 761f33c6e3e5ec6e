//! Atom feeds: a language's latest articles, and each column's.

use crate::diagnostics::Diagnostic;
use crate::render::views::{FeedEntry, FeedView};
use crate::render::{FEED_ENTRIES, Renderer};
use crate::resolve::urls::Page;

impl Renderer<'_> {
    pub(super) fn feed(
        &self,
        lang: &str,
        column: Option<usize>,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let (members, list, feed, section) = match column {
            Some(column) => {
                let config = &self.site.config.columns[column];
                (
                    &self.lists.columns[column],
                    Page::Column(&config.id),
                    Page::Feed(Some(&config.id)),
                    Some(config.title.get(lang, self.languages).text),
                )
            }
            None => (&self.lists.all, Page::Home, Page::Feed(None), None),
        };
        let site_title = self.site.config.title.get(lang, self.languages).text;
        let entries: Vec<FeedEntry> = members
            .iter()
            .take(FEED_ENTRIES)
            .map(|index| {
                let article = &self.site.content.articles[*index];
                let (text_lang, text) = article.texts.resolve(lang, self.languages);
                let body = &self.site.bodies[&(article.slug.clone(), text_lang.to_string())];
                let root = self
                    .urls
                    .absolute_of(lang, "")
                    .trim_end_matches('/')
                    .to_string();
                Ok(FeedEntry {
                    title: text.title.clone(),
                    lang: text_lang.to_string(),
                    url: self.urls.absolute(lang, Page::Article(&article.slug)),
                    updated: format!("{}T00:00:00Z", article.date.iso()),
                    summary: text.summary.clone(),
                    authors: text.authors.clone(),
                    content: self.body_html(body, &root, text_lang, lang)?,
                })
            })
            .collect::<Result<_, Diagnostic>>()?;
        let view = FeedView {
            lang: lang.to_string(),
            title: match section {
                Some(section) => format!("{site_title} — {section}"),
                None => site_title.to_string(),
            },
            id: self.urls.absolute(lang, feed),
            self_url: self.urls.absolute(lang, feed),
            alternate_url: self.urls.absolute(lang, list),
            updated: entries
                .first()
                .map(|entry| entry.updated.clone())
                .unwrap_or_else(|| "1970-01-01T00:00:00Z".into()),
            entries,
        };
        self.output(&self.urls.file(lang, feed), "atom.xml", &view)
    }
}
