//! List pages: the home page, a column's and a tag's articles page by page, and the indexes of
//! columns and tags.

use crate::diagnostics::Diagnostic;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::views::{IndexEntry, IndexPage, ListPage, Pagination, PodcastLink, Text};
use crate::render::{PageKind, article, podcast};
use crate::urls::{self, Page};

/// One page of a list, or an index.
#[derive(Debug, Clone)]
pub(super) enum Job {
    /// A page of the newest articles.
    Home {
        lang: String,
        page: usize,
    },
    /// A page of a column's articles; `column` is its position in `loa.yaml`.
    Column {
        lang: String,
        column: usize,
        page: usize,
    },
    /// A page of a tag's articles, the tag by id.
    Tag {
        lang: String,
        tag: String,
        page: usize,
    },
    ColumnIndex {
        lang: String,
    },
    TagIndex {
        lang: String,
    },
}

/// How many pages a list of `count` articles takes.
fn page_count(cx: &Context, count: usize) -> usize {
    count.div_ceil(cx.site.config.paginate).max(1)
}

/// The articles (positions in `site.content.articles`) on page `number` of a list.
fn page_members<'m>(cx: &Context, members: &'m [usize], number: usize) -> &'m [usize] {
    let per_page = cx.site.config.paginate;
    let start = ((number - 1) * per_page).min(members.len());
    &members[start..(start + per_page).min(members.len())]
}

impl Job {
    /// The articles the list of this job holds, all its pages together.
    fn members<'c>(&self, cx: &Context<'c>) -> Option<&'c [usize]> {
        match self {
            Job::Home { .. } => Some(&cx.lists.all),
            Job::Column { column, .. } => Some(&cx.lists.columns[*column]),
            Job::Tag { tag, lang, .. } => Some(&cx.lists.tags[tag].pages[lang].articles),
            Job::ColumnIndex { .. } | Job::TagIndex { .. } => None,
        }
    }
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let mut jobs = Vec::new();
        for lang in cx.languages.codes() {
            let lang = lang.to_string();
            let pages = |count: usize| 1..=page_count(cx, count);
            for page in pages(cx.lists.all.len()) {
                jobs.push(Job::Home {
                    lang: lang.clone(),
                    page,
                });
            }
            for (column, members) in cx.lists.columns.iter().enumerate() {
                for page in pages(members.len()) {
                    jobs.push(Job::Column {
                        lang: lang.clone(),
                        column,
                        page,
                    });
                }
            }
            for (tag, members) in cx.lists.tags_in(&lang) {
                for page in pages(members.articles.len()) {
                    jobs.push(Job::Tag {
                        lang: lang.clone(),
                        tag: tag.id.clone(),
                        page,
                    });
                }
            }
            jobs.push(Job::ColumnIndex { lang: lang.clone() });
            jobs.push(Job::TagIndex { lang });
        }
        jobs
    }

    /// A list page reads the articles it shows and how many pages there are; an index, the
    /// number of articles of each column or tag (whose names are globals).
    fn reads(&self, cx: &Context) -> Reads {
        let articles = &cx.site.content.articles;
        match self {
            Job::Home { page, .. } | Job::Column { page, .. } | Job::Tag { page, .. } => {
                let members = self.members(cx).expect("a list has members");
                let shown = page_members(cx, members, *page);
                let slugs: Vec<&str> = shown.iter().map(|i| articles[*i].slug.as_str()).collect();
                // A tag's page names its pages in the other languages that have as many.
                let others: Vec<(&str, usize)> = match self {
                    Job::Tag { tag, .. } => (cx.lists.tags[tag].pages.iter())
                        .map(|(code, other)| (code.as_str(), page_count(cx, other.articles.len())))
                        .collect(),
                    _ => Vec::new(),
                };
                // A column's page links its podcast feeds, one a medium its segments have.
                let podcasts: Vec<&str> = match self {
                    Job::Column { column, lang, .. } => (podcast::links(cx, *column, lang)
                        .into_iter())
                    .map(|link| link.medium)
                    .collect(),
                    _ => Vec::new(),
                };
                Reads {
                    inputs: hash_of(&(slugs, page_count(cx, members.len()), others, podcasts)),
                    articles: shown.to_vec(),
                }
            }
            Job::ColumnIndex { .. } => Reads {
                articles: Vec::new(),
                inputs: hash_of(&cx.lists.columns.iter().map(Vec::len).collect::<Vec<_>>()),
            },
            Job::TagIndex { lang } => Reads {
                articles: Vec::new(),
                inputs: hash_of(
                    &(cx.lists.tags_in(lang))
                        .map(|(tag, page)| (&tag.id, &page.slug, page.articles.len()))
                        .collect::<Vec<_>>(),
                ),
            },
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let file = match self {
            Job::Home { lang, page } => {
                let heading = cx.ui(lang, "latest-articles");
                let feed = cx.urls.href(lang, Page::Feed(None));
                let list = List {
                    kind: "home",
                    heading,
                    members: &cx.lists.all,
                    feed: Some(feed),
                    podcasts: Vec::new(),
                };
                list_page(cx, lang, list, &|_| Page::Home.path(), None, *page)
            }
            Job::Column { lang, column, page } => {
                let config = &cx.site.config.columns[*column];
                let found = config.title.get(lang, cx.languages);
                let heading = Text::new(found.text, found.lang, lang);
                let path = Page::Column(&config.id).path();
                let feed = cx.urls.href(lang, Page::Feed(Some(&config.id)));
                let list = List {
                    kind: "column",
                    heading,
                    members: &cx.lists.columns[*column],
                    feed: Some(feed),
                    podcasts: podcast::links(cx, *column, lang),
                };
                list_page(cx, lang, list, &|_| path.clone(), None, *page)
            }
            Job::Tag { lang, tag, page } => {
                let tag = &cx.lists.tags[tag];
                let members = &tag.pages[lang];
                let heading = Text::new(members.name.clone(), &members.name_lang, lang);
                let list = List {
                    kind: "tag",
                    heading,
                    members: &members.articles,
                    feed: None,
                    podcasts: Vec::new(),
                };
                // Each language's page of the tag, at its slug there; a language without one
                // (or with fewer pages of it) links to its index of tags.
                let translated: Vec<&str> = (tag.pages.iter())
                    .filter(|(_, other)| page_count(cx, other.articles.len()) >= *page)
                    .map(|(code, _)| code.as_str())
                    .collect();
                let paths = |code: &str| match tag.pages.get(code) {
                    Some(other) if translated.contains(&code) => Page::Tag(&other.slug).path(),
                    _ => Page::TagIndex.path(),
                };
                list_page(cx, lang, list, &paths, Some(&translated), *page)
            }
            Job::ColumnIndex { lang } => {
                let entries = (cx.site.config.columns.iter())
                    .zip(&cx.lists.columns)
                    .map(|(column, members)| IndexEntry {
                        link: cx.column_link(column, lang),
                        count: members.len(),
                    })
                    .collect();
                index_page(
                    cx,
                    lang,
                    "columns",
                    Page::ColumnIndex,
                    "nav-columns",
                    entries,
                )
            }
            Job::TagIndex { lang } => {
                let entries = (cx.lists.tags_in(lang))
                    .map(|(_, page)| IndexEntry {
                        link: cx.tag_link(page, lang),
                        count: page.articles.len(),
                    })
                    .collect();
                index_page(cx, lang, "tags", Page::TagIndex, "all-tags", entries)
            }
        };
        file.map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        match self {
            Job::Home { lang, .. }
            | Job::Column { lang, .. }
            | Job::Tag { lang, .. }
            | Job::ColumnIndex { lang }
            | Job::TagIndex { lang } => Some(lang),
        }
    }

    fn budget_kind(&self) -> &'static str {
        match self {
            Job::Home { .. } => "home",
            Job::Column { .. } => "column",
            Job::Tag { .. } => "tag",
            Job::ColumnIndex { .. } => "columns",
            Job::TagIndex { .. } => "tags",
        }
    }

    /// The first page of the newest articles is the entry of the offline pack.
    fn offline(&self) -> bool {
        matches!(self, Job::Home { page: 1, .. })
    }
}

/// What a list shows: its kind (for the template), heading, articles and feed.
struct List<'a> {
    kind: &'static str,
    heading: Text,
    members: &'a [usize],
    feed: Option<String>,
    podcasts: Vec<PodcastLink>,
}

/// Page `page_number` of a list whose first page is at `path_in(lang)` in each language; it
/// exists in the `translated` languages (`None`: in all).
fn list_page(
    cx: &Context,
    lang: &str,
    list: List,
    path_in: &dyn Fn(&str) -> String,
    translated: Option<&[&str]>,
    page_number: usize,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let List {
        kind,
        heading,
        members,
        feed,
        podcasts,
    } = list;
    let total = page_count(cx, members.len());
    let path = path_in(lang);
    let page_path = |number: usize| urls::list_page(&path, number);
    let href = |number: usize| cx.urls.href_of(lang, &page_path(number));
    let articles = (page_members(cx, members, page_number).iter())
        .map(|index| article::article_view(cx, *index, lang))
        .collect();
    let own_path = page_path(page_number);
    let title = if page_number == 1 {
        heading.text.clone()
    } else {
        format!("{} ({page_number}/{total})", heading.text)
    };
    // A language without this page of the list gets `path_in`'s page (an index) as it is.
    let has = |code: &str| translated.is_none_or(|codes| codes.contains(&code));
    let paths = |code: &str| match has(code) {
        true => urls::list_page(&path_in(code), page_number),
        false => path_in(code),
    };
    let context = ListPage {
        page: cx.page_view_at(lang, &title, &paths, translated),
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
        podcasts,
    };
    cx.output(&cx.urls.file_in(lang, &own_path), "list.html", &context)
}

fn index_page(
    cx: &Context,
    lang: &str,
    kind: &'static str,
    index: Page,
    title_id: &str,
    entries: Vec<IndexEntry>,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let title = cx.ui(lang, title_id).text;
    let context = IndexPage {
        page: cx.page_view(lang, &title, &index.path(), None),
        kind,
        entries,
    };
    cx.output(&cx.urls.file(lang, index), "index.html", &context)
}
