//! The notice left at the URL of an article whose `expiry_date` has passed, in every language:
//! printed and shared links lead to it rather than to a 404.

use crate::diagnostics::Diagnostic;
use crate::render::PageKind;
use crate::render::article::path_in;
use crate::render::context::Context;
use crate::render::incremental::Reads;
use crate::render::views::{ExpiredPage, Text};

/// The notice of one expired article, by slug (its `Debug` is its stable key), in one language.
#[derive(Debug, Clone)]
pub(super) struct Job {
    slug: String,
    lang: String,
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let expired = &cx.site.content.expired;
        expired
            .iter()
            .flat_map(|article| {
                cx.per_language(|lang| Job {
                    slug: article.slug.clone(),
                    lang,
                })
            })
            .collect()
    }

    /// The expired articles are part of the site's fingerprint: a change renders everything.
    fn reads(&self, _: &Context) -> Reads {
        Reads::nothing()
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let lang = &self.lang;
        let article = cx.site.content.expired.iter().find(|a| a.slug == self.slug);
        let article = article.expect("an expired article's job names one of them");
        let day = match article.timing {
            crate::load::content::article::Timing::Expired(day) => day,
            _ => article.date,
        };
        let (text_lang, text) = article.texts.resolve(lang, cx.languages);
        let heading = cx.ui(lang, "expired-title").text;
        let path = path_in(article, lang);
        let paths = |code: &str| path_in(article, code);
        let page = cx.page_view_at(lang, &heading, &paths, None);
        let view = ExpiredPage {
            page,
            title: Text::new(text.title.clone(), text_lang, lang),
            date: cx.site.formatter(lang).date(day),
            date_iso: day.iso(),
        };
        let file = cx.output(&cx.urls.file_in(lang, &path), "expired.html", &view);
        file.map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        Some(&self.lang)
    }

    fn budget_kind(&self) -> &'static str {
        "404"
    }
}
