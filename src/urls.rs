//! The URL scheme: where every page lives, in every language. A page's site path
//! ([`Page::path`]), its link ([`Urls::href`]), its absolute URL ([`Urls::absolute`]) and the
//! file it is written to ([`Urls::file`]) all come from here, so the scheme changes in one place;
//! so do the paths printed on posters ([`Printed`]), the poster files ([`Poster`]) and the share
//! card beside a page ([`share_card`]).

use crate::languages::Languages;

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
    /// A column's podcast feed of one medium (`audio`, `video`): apps take one kind of
    /// enclosure a feed.
    Podcast {
        column: &'a str,
        medium: &'a str,
    },
    /// The cover art of a column's podcast feeds.
    PodcastCover(&'a str),
    /// The JSON chapters (Podcasting 2.0) of a segment's recording: the article by its slug in
    /// the page's language, the item by its number in `media:`, from 1.
    Chapters {
        article: &'a str,
        item: usize,
    },
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
            Page::Podcast { column, medium } => format!("/columns/{column}/podcast-{medium}.xml"),
            Page::PodcastCover(column) => format!("/columns/{column}/podcast.jpg"),
            Page::Chapters { article, item } => format!("/articles/{article}/chapters-{item}.json"),
        }
    }
}

/// A path printed on a poster, after `base_url`: the same in every language, and forever (see
/// `qr-lock.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printed<'a> {
    /// A commune's procedure poster: `/q/<commune-short>/<code>/`. It depends only on the two
    /// ids, so reordering, renaming or adding procedures never changes it.
    Procedure {
        commune_short: &'a str,
        code: &'a str,
    },
    /// An article's poster (`poster: true`): `/q/a/<id>/`, `id` six base-32 characters of a
    /// hash of the slug, since slugs are too long to print.
    Article(&'a str),
}

impl Printed<'_> {
    pub fn path(&self) -> String {
        match self {
            Printed::Procedure {
                commune_short,
                code,
            } => format!("/q/{commune_short}/{code}/"),
            Printed::Article(slug) => hashed_path("articles", slug),
        }
    }
}

/// `/q/<k>/<id>/`: `k` the kind's first letter, `id` six characters of a hash of kind and slug.
fn hashed_path(kind: &str, slug: &str) -> String {
    // Letters and digits that cannot be misread for one another (no i, l, o, 0, 1).
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let hash = blake3::hash(format!("{kind}/{slug}").as_bytes());
    let id: String = hash.as_bytes()[..6]
        .iter()
        .map(|byte| ALPHABET[usize::from(*byte) % ALPHABET.len()] as char)
        .collect();
    format!("/q/{}/{id}/", kind.chars().next().unwrap_or('p'))
}

/// A poster's files, the same in every language (a poster carries its own languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poster<'a> {
    /// A procedure's poster on a commune's wall, by the commune's slug.
    Procedure { commune: &'a str, code: &'a str },
    /// An article's poster, by its slug.
    Article(&'a str),
    /// A commune's wall: every poster of it in one PDF.
    Wall(&'a str),
}

impl Poster<'_> {
    /// The poster's file in `format` (`svg`, `pdf`) under the site root: `posters/x/y.pdf`.
    pub fn file(&self, format: &str) -> String {
        match self {
            Poster::Procedure { commune, code } => format!("posters/{commune}/{code}.{format}"),
            Poster::Article(slug) => format!("posters/pages/{slug}.{format}"),
            Poster::Wall(commune) => format!("posters/{commune}/qr-corner.{format}"),
        }
    }
}

/// The site path of the share card of `page` in `format` (`svg`, `png`): `share.<format>` in
/// the page's folder.
pub fn share_card(page: Page, format: &str) -> String {
    format!("{}share.{format}", page.path())
}

/// A loudspeaker bulletin (`loa bulletin`): one column over a date range, in a folder of its
/// own in the bulletin output folder, a text file and a PDF per language:
/// `<column>_<from>_<to>/<column>_<from>_<to>.<lang>.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bulletin<'a> {
    pub column: &'a str,
    /// ISO dates, `2025-11-10`.
    pub from: &'a str,
    pub to: &'a str,
}

impl Bulletin<'_> {
    /// The bulletin's folder, replaced as a whole when it is compiled again.
    pub fn folder(&self) -> String {
        format!("{}_{}_{}", self.column, self.from, self.to)
    }

    /// A file of the bulletin in `lang` and `format` (`txt`, `pdf`), inside [`Self::folder`].
    pub fn file(&self, lang: &str, format: &str) -> String {
        format!("{}.{lang}.{format}", self.folder())
    }

    /// Whether a file of a folder may be one of this bulletin's: an earlier compilation of it.
    pub fn is_file(&self, name: &str) -> bool {
        name.strip_prefix(&self.folder())
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| rest.ends_with(".txt") || rest.ends_with(".pdf"))
    }
}

/// The site path of the SubRip (SRT) copy published beside a WebVTT transcript
/// (`/media/x.vtt` → `/media/x.srt`).
pub fn srt_beside(vtt: &str) -> String {
    let stem = vtt.strip_suffix(".vtt").unwrap_or(vtt);
    format!("{stem}.srt")
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
    /// The URLs of a site published at `base_url` (`https://host/sub`), whose own path under
    /// its host is `root_path` (`/sub`, or empty).
    pub fn new(base_url: &str, root_path: &str, languages: &Languages) -> Urls {
        let origin = base_url.strip_suffix(root_path).unwrap_or(base_url);
        Urls {
            origin: origin.to_string(),
            root_path: root_path.to_string(),
            base_url: base_url.to_string(),
            languages: languages.clone(),
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

    /// The link to a file shared by every language, by its path under the site root
    /// (`posters/x/y.pdf` → `/sub/posters/x/y.pdf`).
    pub fn shared_href(&self, file: &str) -> String {
        format!("{}/{file}", self.root_path)
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

    /// The absolute URL of the JSON chapters file of item `item` (from 1) of a segment, in
    /// `lang`, by the article's slug in that language: what a podcast feed's
    /// `<podcast:chapters url=…>` names.
    pub fn chapters_url(&self, lang: &str, article_slug: &str, item: usize) -> String {
        let page = Page::Chapters {
            article: article_slug,
            item,
        };
        self.absolute(lang, page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::Language;

    #[test]
    fn printed_paths_are_short_and_stable() {
        let procedure = Printed::Procedure {
            commune_short: "tt",
            code: "1.001193",
        };
        assert_eq!(procedure.path(), "/q/tt/1.001193/");
        let page = Printed::Article("goc-qr-dien-khanh").path();
        assert_eq!(page, Printed::Article("goc-qr-dien-khanh").path());
        assert_ne!(page, Printed::Article("goc-qr-dien-khanh-2").path());
        assert!(page.starts_with("/q/a/") && page.len() == 12, "{page}");
    }

    #[test]
    fn pages_have_one_path_link_url_and_file_per_language() {
        let language = |code: &str| Language::new(code.into(), code.into(), None);
        let languages = Languages::new(vec![language("vi"), language("tyz")], "vi").unwrap();
        let urls = Urls::new("https://example.vn/sub", "/sub", &languages);
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
        assert_eq!(
            urls.file_in("tyz", &share_card(article, "png")),
            "tyz/articles/ket-qua/share.png"
        );
        let podcast = Page::Podcast {
            column: "tin-tuc",
            medium: "video",
        };
        assert_eq!(
            urls.file("tyz", podcast),
            "tyz/columns/tin-tuc/podcast-video.xml"
        );
        assert_eq!(srt_beside("/media/tin.tyz.vtt"), "/media/tin.tyz.srt");
        let chapters = Page::Chapters {
            article: "ban-tin",
            item: 1,
        };
        assert_eq!(
            urls.file("tyz", chapters),
            "tyz/articles/ban-tin/chapters-1.json"
        );
        assert_eq!(
            urls.chapters_url("tyz", "ban-tin", 2),
            "https://example.vn/sub/tyz/articles/ban-tin/chapters-2.json"
        );
        assert_eq!(list_page("/tags/x/", 1), "/tags/x/");
        assert_eq!(list_page("/tags/x/", 3), "/tags/x/page/3/");
    }
}
