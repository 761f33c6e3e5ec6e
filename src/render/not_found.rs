//! The page a server shows for an address the site does not have, in every language.

use crate::diagnostics::Diagnostic;
use crate::render::PageKind;
use crate::render::context::Context;
use crate::render::incremental::Reads;
use crate::render::views::PlainPage;
use crate::urls::Page;

/// A language's `404.html`.
#[derive(Debug, Clone)]
pub(super) struct Job {
    lang: String,
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        cx.per_language(|lang| Job { lang })
    }

    fn reads(&self, _: &Context) -> Reads {
        Reads::nothing()
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let lang = &self.lang;
        let title = cx.ui(lang, "not-found-title").text;
        let page = cx.page_view(lang, &title, &Page::NotFound.path(), None);
        let file = cx.output(
            &cx.urls.file(lang, Page::NotFound),
            "404.html",
            &PlainPage { page },
        );
        file.map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        Some(&self.lang)
    }

    fn budget_kind(&self) -> &'static str {
        "404"
    }
}
