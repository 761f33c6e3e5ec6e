//! Feeds and files for machines: Atom per language and per column, `sitemap.xml` with hreflang
//! alternates, `robots.txt`.

use crate::support::{Element, Output, Site};

const BASE: &str = "https://hocso.example.vn";
const LANGUAGES: [&str; 4] = ["vi", "tyz", "km", "en"];

fn four_languages() -> Output {
    Site::fixture("languages/four-languages").build()
}

fn prefix(lang: &str) -> &str {
    match lang {
        "vi" => "",
        "tyz" => "/tyz",
        "km" => "/km",
        "en" => "/en",
        other => panic!("not a fixture language: {other}"),
    }
}

/// (xml:lang, title, link) of each entry of a feed, in order.
fn entries(feed: &Element) -> Vec<(String, String, String)> {
    feed.elements("entry")
        .map(|entry| {
            let link = entry.child("link");
            assert_eq!(link.attr("rel"), Some("alternate"));
            let href = link.attr("href").unwrap_or_default().to_string();
            assert_eq!(entry.child("id").text(), href, "an entry's id is its URL");
            (
                entry.attr("xml:lang").unwrap_or_default().to_string(),
                entry.child("title").text(),
                href,
            )
        })
        .collect()
}

/// Parses a feed and checks what every feed has: the Atom namespace, the language, absolute
/// links to itself and to its page.
#[track_caller]
fn feed(site: &Output, lang: &str, section: &str) -> Element {
    let path = format!("{}{section}atom.xml", prefix(lang));
    let feed = site.xml(path.trim_start_matches('/'));
    assert_eq!(feed.name, "feed");
    assert_eq!(feed.attr("xmlns"), Some("http://www.w3.org/2005/Atom"));
    assert_eq!(feed.attr("xml:lang"), Some(lang), "{path}");
    let links: Vec<(Option<&str>, Option<&str>)> = feed
        .elements("link")
        .map(|link| (link.attr("rel"), link.attr("href")))
        .collect();
    let page = format!("{BASE}{}{section}", prefix(lang));
    assert!(
        links.contains(&(Some("self"), Some(&format!("{BASE}{path}")))),
        "{path}: {links:?}"
    );
    assert!(
        links.contains(&(Some("alternate"), Some(&page))),
        "{path}: {links:?}"
    );
    assert!(feed.child("id").text().starts_with(BASE));
    feed
}

fn article(lang: &str, slug: &str) -> String {
    format!("{BASE}{}/articles/{slug}/", prefix(lang))
}

#[test]
fn each_language_has_a_feed_of_every_article_in_its_language_or_fallback() {
    let site = four_languages();
    let vi = feed(&site, "vi", "/");
    assert_eq!(
        entries(&vi),
        [
            (
                "vi".into(),
                "Thanh Hóa phát động Bình dân học vụ số".into(),
                article("vi", "da-dich")
            ),
            (
                "vi".into(),
                "Hướng dẫn cài định danh điện tử".into(),
                article("vi", "chua-dich")
            ),
            (
                "vi".into(),
                "Thông báo lịch học tháng 12".into(),
                article("vi", "thong-bao")
            ),
        ]
    );
    let en = feed(&site, "en", "/");
    assert_eq!(
        entries(&en),
        [
            (
                "en".into(),
                "Thanh Hóa launches Digital Education for All".into(),
                article("en", "da-dich")
            ),
            (
                "vi".into(),
                "Hướng dẫn cài định danh điện tử".into(),
                article("en", "chua-dich")
            ),
            (
                "vi".into(),
                "Thông báo lịch học tháng 12".into(),
                article("en", "thong-bao")
            ),
        ]
    );
    let first = en.elements("entry").next().unwrap();
    assert_eq!(first.child("updated").text(), "2025-11-16T00:00:00Z");
    // Internal links in the content are absolute, in the reader's language.
    let content = first.child("content");
    assert_eq!(content.attr("type"), Some("html"));
    assert!(
        content
            .text()
            .contains(&format!("href=\"{}\"", article("en", "chua-dich"))),
        "{}",
        content.text()
    );
    for lang in ["tyz", "km"] {
        let langs: Vec<String> = entries(&feed(&site, lang, "/"))
            .into_iter()
            .map(|e| e.0)
            .collect();
        let expected = if lang == "km" {
            ["km", "vi", "vi"]
        } else {
            ["vi", "vi", "vi"]
        };
        assert_eq!(langs, expected, "{lang}");
    }
}

#[test]
fn each_column_has_a_feed_per_language_with_only_its_articles() {
    let site = four_languages();
    for lang in LANGUAGES {
        let news = feed(&site, lang, "/columns/tin-tuc/");
        let links: Vec<String> = entries(&news).into_iter().map(|e| e.2).collect();
        assert_eq!(
            links,
            [article(lang, "da-dich"), article(lang, "thong-bao")],
            "{lang}"
        );
        let guides = feed(&site, lang, "/columns/huong-dan/");
        let links: Vec<String> = entries(&guides).into_iter().map(|e| e.2).collect();
        assert_eq!(links, [article(lang, "chua-dich")], "{lang}");
    }
}

#[test]
fn sitemap_lists_every_real_page_with_its_hreflang_alternates() {
    let site = four_languages();
    let sitemap = site.xml("sitemap.xml");
    assert_eq!(sitemap.name, "urlset");
    assert_eq!(
        sitemap.attr("xmlns"),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    assert_eq!(
        sitemap.attr("xmlns:xhtml"),
        Some("http://www.w3.org/1999/xhtml")
    );
    let mut locs = Vec::new();
    for url in sitemap.elements("url") {
        let loc = url.child("loc").text();
        // Every URL is a page of the output.
        let relative = loc
            .strip_prefix(BASE)
            .expect("absolute URL")
            .trim_start_matches('/');
        assert!(
            site.exists(&format!("{relative}index.html")),
            "{loc} is not a page"
        );
        let mut alternates: Vec<(String, String)> = url
            .elements("xhtml:link")
            .map(|link| {
                assert_eq!(link.attr("rel"), Some("alternate"));
                let attr = |name| link.attr(name).unwrap_or_default().to_string();
                (attr("hreflang"), attr("href"))
            })
            .collect();
        alternates.sort();
        assert!(
            alternates
                .iter()
                .any(|(lang, href)| lang == "x-default" && href.starts_with(BASE))
        );
        assert!(
            alternates.iter().any(|(_, href)| *href == loc),
            "{loc} is among its alternates"
        );
        locs.push((
            loc,
            alternates,
            url.elements("lastmod").map(Element::text).next(),
        ));
    }
    let find = |loc: &str| {
        locs.iter()
            .find(|(found, _, _)| found == loc)
            .unwrap_or_else(|| panic!("{loc} is not in the sitemap"))
    };
    let translated = ["vi", "km", "en"];
    let mut expected: Vec<(String, String)> = translated
        .iter()
        .map(|lang| (lang.to_string(), article(lang, "da-dich")))
        .collect();
    expected.push(("x-default".into(), article("vi", "da-dich")));
    expected.sort();
    for lang in translated {
        let (_, alternates, lastmod) = find(&article(lang, "da-dich"));
        assert_eq!(*alternates, expected, "{lang}");
        assert_eq!(lastmod.as_deref(), Some("2025-11-16"));
    }
    // A fallback page is not a page of its own language: only the original is listed.
    assert!(
        !locs
            .iter()
            .any(|(loc, _, _)| *loc == article("tyz", "da-dich"))
    );
    let (_, alternates, _) = find(&article("vi", "chua-dich"));
    assert_eq!(
        *alternates,
        [
            ("vi".to_string(), article("vi", "chua-dich")),
            ("x-default".to_string(), article("vi", "chua-dich")),
        ]
    );
    for lang in ["en", "km", "tyz"] {
        assert!(
            !locs
                .iter()
                .any(|(loc, _, _)| *loc == article(lang, "chua-dich"))
        );
    }
    for lang in LANGUAGES {
        find(&format!("{BASE}{}/", prefix(lang)));
        find(&format!("{BASE}{}/columns/tin-tuc/", prefix(lang)));
    }
}

#[test]
fn robots_txt_allows_crawling_and_names_the_sitemap() {
    let robots = four_languages().read("robots.txt");
    let lines: Vec<&str> = robots.lines().map(str::trim).collect();
    assert!(lines.contains(&"User-agent: *"), "{robots}");
    assert!(
        lines.contains(&format!("Sitemap: {BASE}/sitemap.xml").as_str()),
        "{robots}"
    );
    assert!(!lines.contains(&"Disallow: /"), "{robots}");
}
