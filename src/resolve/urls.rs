//! The URL scheme: where every page lives, in every language. A page's site path
//! ([`Page::path`]), its link ([`Urls::href`]), its absolute URL ([`Urls::absolute`]) and the
//! file it is written to ([`Urls::file`]) all come from here, so the scheme changes in one place.

use crate::languages::Languages;
use crate::load::config::Config;

/// A page of the site, in no language yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page<'a> {
    Home,
    Article(&'a str),
    ColumnIndex,
    Column(&'a str),
    TagIndex,
    /// By the tag's slug.
    Tag(&'a str),
    /// The index of courses and audiences.
    Courses,
    /// Every lesson.
    Lessons,
    Audiences,
    Course(&'a str),
    Audience(&'a str),
    Lesson(&'a str),
    Infographics,
    Infographic(&'a str),
    /// The drawing of an infographic, as a file of its own.
    InfographicImage(&'a str),
    Posters,
    Communes,
    Commune(&'a str),
    /// A procedure's landing page in a commune.
    Procedure {
        commune: &'a str,
        code: &'a str,
    },
    Search,
    /// A file of the search index (`""`: its folder).
    SearchIndex(&'a str),
    /// The service worker of a language's offline pack.
    OfflineWorker,
    NotFound,
    /// The Atom feed of every article, or of a column's.
    Feed(Option<&'a str>),
}

impl Page<'_> {
    /// The path under a language's root: `/articles/<slug>/`, `/404.html`.
    pub fn path(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::Article(slug) => format!("/articles/{slug}/"),
            Page::ColumnIndex => "/columns/".into(),
            Page::Column(id) => format!("/columns/{id}/"),
            Page::TagIndex => "/tags/".into(),
            Page::Tag(slug) => format!("/tags/{slug}/"),
            Page::Courses => "/courses/".into(),
            Page::Lessons => "/lessons/".into(),
            Page::Audiences => "/audiences/".into(),
            Page::Course(id) => format!("/courses/{id}/"),
            Page::Audience(id) => format!("/audiences/{id}/"),
            Page::Lesson(slug) => format!("/lessons/{slug}/"),
            Page::Infographics => "/infographics/".into(),
            Page::Infographic(slug) => format!("/infographics/{slug}/"),
            Page::InfographicImage(slug) => format!("/infographics/{slug}/{slug}.svg"),
            Page::Posters => "/posters/".into(),
            Page::Communes => "/communes/".into(),
            Page::Commune(slug) => format!("/communes/{slug}/"),
            Page::Procedure { commune, code } => format!("/communes/{commune}/{code}/"),
            Page::Search => "/search/".into(),
            Page::SearchIndex(name) => format!("/search/index/{name}"),
            Page::OfflineWorker => "/sw.js".into(),
            Page::NotFound => "/404.html".into(),
            Page::Feed(None) => "/atom.xml".into(),
            Page::Feed(Some(column)) => format!("/columns/{column}/atom.xml"),
        }
    }
}

/// The pages named by an id declared in `loa.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Columns,
    Courses,
    Audiences,
}

impl Section {
    pub fn page(self, id: &str) -> Page<'_> {
        match self {
            Section::Columns => Page::Column(id),
            Section::Courses => Page::Course(id),
            Section::Audiences => Page::Audience(id),
        }
    }
}

/// The path of page `number` of a list whose first page is at `path` (`/tags/x/page/2/`).
pub fn list_page(path: &str, number: usize) -> String {
    if number == 1 {
        path.to_string()
    } else {
        format!("{path}page/{number}/")
    }
}

/// The output file of a site path: a folder's `index.html`, or the file itself.
pub fn file_of(path: &str) -> String {
    let file = path.trim_start_matches('/');
    if file.is_empty() || file.ends_with('/') {
        format!("{file}index.html")
    } else {
        file.to_string()
    }
}

/// Where the site is published, and each language's root under it.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://host`, without the site's own path.
    origin: String,
    /// The site's own path under its host (`/sub`), or empty.
    root_path: String,
    base_url: String,
    languages: Languages,
}

impl Urls {
    pub fn new(config: &Config) -> Urls {
        let origin = config
            .base_url
            .strip_suffix(&config.root_path)
            .unwrap_or(&config.base_url);
        Urls {
            origin: origin.to_string(),
            root_path: config.root_path.clone(),
            base_url: config.base_url.clone(),
            languages: config.languages.clone(),
        }
    }

    /// A language's path prefix under the site root: empty for the default language, `/tyz`.
    pub fn prefix(&self, lang: &str) -> String {
        self.languages.url_prefix(lang)
    }

    /// Root path of a language's pages, including the site's own path (`/sub/tyz`).
    pub fn root(&self, lang: &str) -> String {
        format!("{}{}", self.root_path, self.prefix(lang))
    }

    /// The site's own path under its host (`/sub`), or empty: the root of files shared by every
    /// language (stylesheets, images, fonts).
    pub fn site_root(&self) -> &str {
        &self.root_path
    }

    /// `https://host`, without the site's own path.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The absolute URL of the site's root, without a final `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The link to a site path in a language (`/sub/tyz/articles/x/`).
    pub fn href_of(&self, lang: &str, path: &str) -> String {
        format!("{}{path}", self.root(lang))
    }

    /// The absolute URL of a site path in a language.
    pub fn absolute_of(&self, lang: &str, path: &str) -> String {
        format!("{}{}{path}", self.origin, self.root(lang))
    }

    /// The output file of a site path in a language (`tyz/articles/x/index.html`).
    pub fn file_in(&self, lang: &str, path: &str) -> String {
        file_of(&format!("{}{path}", self.prefix(lang)))
    }

    pub fn href(&self, lang: &str, page: Page) -> String {
        self.href_of(lang, &page.path())
    }

    pub fn absolute(&self, lang: &str, page: Page) -> String {
        self.absolute_of(lang, &page.path())
    }

    pub fn file(&self, lang: &str, page: Page) -> String {
        self.file_in(lang, &page.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_have_one_path_link_url_and_file_per_language() {
        let site = tempfile::tempdir().unwrap();
        std::fs::write(
            site.path().join("loa.yaml"),
            "title: {vi: T}\nbase_url: https://example.vn/sub\ndefault_language: vi\n\
             languages: [{code: vi, name: Tiếng Việt}, {code: tyz, name: Tày}]\n",
        )
        .unwrap();
        let config = crate::load::config::load(site.path(), None).unwrap();
        let urls = Urls::new(&config);
        let article = Page::Article("ket-qua");
        assert_eq!(article.path(), "/articles/ket-qua/");
        assert_eq!(urls.href("vi", article), "/sub/articles/ket-qua/");
        assert_eq!(urls.href("tyz", article), "/sub/tyz/articles/ket-qua/");
        assert_eq!(
            urls.absolute("tyz", article),
            "https://example.vn/sub/tyz/articles/ket-qua/"
        );
        assert_eq!(urls.file("vi", article), "articles/ket-qua/index.html");
        assert_eq!(urls.file("vi", Page::Home), "index.html");
        assert_eq!(urls.file("tyz", Page::Home), "tyz/index.html");
        assert_eq!(urls.file("tyz", Page::NotFound), "tyz/404.html");
        assert_eq!(
            urls.file("tyz", Page::Feed(Some("tin-tuc"))),
            "tyz/columns/tin-tuc/atom.xml"
        );
        assert_eq!(list_page("/tags/x/", 1), "/tags/x/");
        assert_eq!(list_page("/tags/x/", 3), "/tags/x/page/3/");
    }
}
