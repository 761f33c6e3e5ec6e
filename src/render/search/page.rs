//! The search page of each language, whose answers come from the language's index
//! ([`super::index`]) in the browser.

use crate::diagnostics::Diagnostic;
use crate::render::PageKind;
use crate::render::context::Context;
use crate::render::incremental::Reads;
use crate::render::views::SearchPage;
use crate::urls::Page;

/// A language's search page.
#[derive(Debug, Clone)]
pub(in crate::render) struct Job {
    lang: String,
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        cx.per_language(|lang| Job { lang })
    }

    /// The page names its index, not what the index holds.
    fn reads(&self, _: &Context) -> Reads {
        Reads::nothing()
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let lang = &self.lang;
        let title = cx.ui(lang, "search-title").text;
        let view = SearchPage {
            page: cx.page_view(lang, &title, &Page::Search.path(), None),
            index: cx.urls.href(lang, Page::SearchIndex("")),
        };
        let page = cx.output(&cx.urls.file(lang, Page::Search), "search.html", &view);
        page.map(|page| vec![page])
    }

    fn lang(&self) -> Option<&str> {
        Some(&self.lang)
    }

    fn budget_kind(&self) -> &'static str {
        "search"
    }
}
