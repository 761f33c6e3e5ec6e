//! List pages: the home page, a column's and a tag's articles page by page, and the indexes of
//! columns and tags.

use crate::diagnostics::Diagnostic;
use crate::render::Renderer;
use crate::render::views::{IndexEntry, IndexPage, ListPage, Pagination, Text};
use crate::resolve::urls::{self, Page};

impl Renderer<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn list_page(
        &self,
        lang: &str,
        kind: &'static str,
        heading: Text,
        path: &str,
        members: &[usize],
        page_number: usize,
        feed: Option<String>,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let per_page = self.site.config.paginate;
        let total = members.len().div_ceil(per_page).max(1);
        let page_path = |number: usize| urls::list_page(path, number);
        let href = |number: usize| self.urls.href_of(lang, &page_path(number));
        let articles = members
            .iter()
            .skip((page_number - 1) * per_page)
            .take(per_page)
            .map(|index| self.article_view(&self.site.content.articles[*index], lang))
            .collect();
        let own_path = page_path(page_number);
        let title = if page_number == 1 {
            heading.text.clone()
        } else {
            format!("{} ({page_number}/{total})", heading.text)
        };
        let context = ListPage {
            page: self.page_view(lang, &title, &own_path, None),
            kind,
            heading,
            articles,
            pagination: Pagination {
                current: page_number,
                total,
                prev: (page_number > 1).then(|| href(page_number - 1)),
                next: (page_number < total).then(|| href(page_number + 1)),
            },
            feed,
        };
        self.output(&self.urls.file_in(lang, &own_path), "list.html", &context)
    }

    pub(super) fn index_page(
        &self,
        lang: &str,
        kind: &'static str,
        index: Page,
        title_id: &str,
        entries: Vec<IndexEntry>,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let title = self.ui(lang, title_id).text;
        let context = IndexPage {
            page: self.page_view(lang, &title, &index.path(), None),
            kind,
            entries,
        };
        self.output(&self.urls.file(lang, index), "index.html", &context)
    }
}
