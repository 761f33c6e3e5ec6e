//! Languages: URLs per language, `lang` everywhere, fallback pages, hreflang alternates, the
//! language switcher, and dates and numbers written the way each language writes them.

use crate::support::{Output, Site, page_language, squash};

const BASE: &str = "https://hocso.example.vn";
/// The fixture's languages, default first, with their own names.
const LANGUAGES: [(&str, &str); 4] = [
    ("vi", "Tiếng Việt"),
    ("tyz", "Tày"),
    ("km", "ខ្មែរ"),
    ("en", "English"),
];
const PREFIXED: [&str; 3] = ["tyz", "km", "en"];
const ARTICLES: [&str; 3] = ["da-dich", "chua-dich", "thong-bao"];

fn four_languages() -> Output {
    Site::fixture("languages/four-languages").build()
}

/// The URL prefix of a language: "" for the default, "/en" for the others.
fn prefix(lang: &str) -> String {
    if lang == "vi" {
        String::new()
    } else {
        format!("/{lang}")
    }
}

/// The output file of a page in a language: `output_path("en", "articles/x/")` is
/// `en/articles/x/index.html`.
fn output_path(lang: &str, page: &str) -> String {
    format!("{}/{page}index.html", prefix(lang))
        .trim_start_matches('/')
        .to_string()
}

#[test]
fn default_language_is_at_the_root_and_the_others_under_their_code() {
    let site = four_languages();
    assert_eq!(site.page("index.html").attr("html", "lang"), "vi");
    for lang in PREFIXED {
        assert_eq!(
            site.page(&format!("{lang}/index.html"))
                .attr("html", "lang"),
            lang
        );
    }
    assert!(
        !site.files().iter().any(|path| path.starts_with("vi/")),
        "the default language has no /vi/ prefix"
    );
}

#[test]
fn every_html_page_says_its_language() {
    let site = four_languages();
    let pages = site.html_files();
    assert!(pages.len() >= 40, "{} pages", pages.len());
    for path in pages {
        let (lang, _) = page_language(&path, "vi", &PREFIXED);
        assert_eq!(site.page(&path).attr("html", "lang"), lang, "{path}");
    }
}

#[test]
fn every_article_exists_in_every_language() {
    let site = four_languages();
    for slug in ARTICLES {
        for (lang, _) in LANGUAGES {
            let path = output_path(lang, &format!("articles/{slug}/"));
            assert!(site.exists(&path), "{path} is missing");
        }
    }
}

#[test]
fn an_untranslated_article_is_its_fallback_with_a_notice_lang_and_canonical() {
    let site = four_languages();
    let original = format!("{BASE}/articles/chua-dich/");
    for lang in PREFIXED {
        let page = site.page(&format!("{lang}/articles/chua-dich/index.html"));
        assert_eq!(page.attr("html", "lang"), lang);
        let notice = page.one("aside.notice");
        let notice_text = squash(&notice.text().collect::<String>());
        let reader_language = LANGUAGES.iter().find(|(code, _)| *code == lang).unwrap().1;
        assert!(
            notice_text.contains(reader_language) && notice_text.contains("Tiếng Việt"),
            "{lang}: {notice_text}"
        );
        assert_eq!(page.attr("aside.notice a", "href"), "/articles/chua-dich/");
        assert_eq!(page.attr("div.body", "lang"), "vi");
        assert_eq!(page.attr("article h1", "lang"), "vi");
        assert_eq!(page.attr(r#"link[rel="canonical"]"#, "href"), original);
    }
}

#[test]
fn a_translated_article_has_no_notice_and_is_its_own_canonical() {
    let site = four_languages();
    for lang in ["vi", "km", "en"] {
        let page = site.page(&output_path(lang, "articles/da-dich/"));
        assert!(!page.has("aside.notice"), "{lang}");
        assert!(
            page.one("div.body").value().attr("lang").is_none(),
            "{lang}"
        );
        assert_eq!(
            page.attr(r#"link[rel="canonical"]"#, "href"),
            format!("{BASE}{}/articles/da-dich/", prefix(lang))
        );
    }
    let en = site.page("en/articles/da-dich/index.html");
    assert_eq!(
        en.text("article h1"),
        "Thanh Hóa launches Digital Education for All"
    );
}

#[test]
fn hreflang_alternates_are_exactly_the_real_translations_and_x_default() {
    let site = four_languages();
    let expect = |slug: &str, langs: &[&str]| {
        let mut expected: Vec<(String, String)> = langs
            .iter()
            .map(|lang| {
                (
                    lang.to_string(),
                    format!("{BASE}{}/articles/{slug}/", prefix(lang)),
                )
            })
            .collect();
        expected.push(("x-default".into(), format!("{BASE}/articles/{slug}/")));
        expected.sort();
        expected
    };
    for (lang, _) in LANGUAGES {
        let page = |slug: &str| site.page(&output_path(lang, &format!("articles/{slug}/")));
        assert_eq!(
            page("da-dich").alternates(),
            expect("da-dich", &["vi", "km", "en"]),
            "{lang}"
        );
        assert_eq!(
            page("chua-dich").alternates(),
            expect("chua-dich", &["vi"]),
            "{lang}"
        );
    }
    // List pages exist in every language.
    assert_eq!(site.page("km/index.html").alternates(), {
        let mut all: Vec<(String, String)> = LANGUAGES
            .iter()
            .map(|(lang, _)| (lang.to_string(), format!("{BASE}{}/", prefix(lang))))
            .collect();
        all.push(("x-default".into(), format!("{BASE}/")));
        all.sort();
        all
    });
}

#[test]
fn every_page_has_the_language_switcher_with_own_names_and_lang() {
    let site = four_languages();
    for path in site.html_files() {
        let (lang, page_path) = page_language(&path, "vi", &PREFIXED);
        let page = site.page(&path);
        let links = page.all("nav.languages a");
        let found: Vec<(String, String, String)> = links
            .iter()
            .map(|a| {
                let attr = |name| a.value().attr(name).unwrap_or_default().to_string();
                (
                    attr("lang"),
                    squash(&a.text().collect::<String>()),
                    attr("href"),
                )
            })
            .collect();
        let expected: Vec<(String, String, String)> = LANGUAGES
            .iter()
            .map(|(code, name)| {
                (
                    code.to_string(),
                    name.to_string(),
                    format!("{}{page_path}", prefix(code)),
                )
            })
            .collect();
        assert_eq!(found, expected, "{path}");
        let current: Vec<String> = page.attrs(r#"nav.languages a[aria-current="page"]"#, "lang");
        assert_eq!(current, [lang], "{path}");
    }
}

#[test]
fn dates_are_written_the_way_each_language_writes_them() {
    let site = four_languages();
    let date = |lang: &str| {
        let page = site.page(&output_path(lang, "articles/da-dich/"));
        assert_eq!(page.attr("article header time", "datetime"), "2025-11-16");
        page.text("article header time")
    };
    assert!(date("vi").contains("16/11/2025"), "{}", date("vi"));
    assert!(date("en").contains("Nov 16, 2025"), "{}", date("en"));
    // Khmer: the month's Khmer name (វិច្ឆិកា, November), day first.
    assert!(date("km").contains("16 វិច្ឆិកា 2025"), "{}", date("km"));
    // Tày has no CLDR data: it writes dates like its fallback, Vietnamese.
    assert!(date("tyz").contains("16/11/2025"), "{}", date("tyz"));
    // Lists use the same formats.
    let card = site.page("en/columns/tin-tuc/index.html");
    assert!(
        card.all(".card time")
            .iter()
            .any(|t| t.text().collect::<String>().contains("Nov 16, 2025"))
    );
}

#[test]
fn counts_follow_each_language_plural_rules() {
    let site = four_languages();
    let counts = |lang: &str| -> Vec<String> {
        site.page(&output_path(lang, "columns/"))
            .all("ul.index .count")
            .iter()
            .map(|count| squash(&count.text().collect::<String>()))
            .collect()
    };
    // Columns in loa.yaml order: tin-tuc (2 articles), huong-dan (1).
    assert_eq!(counts("en"), ["(2 articles)", "(1 article)"]);
    for lang in ["vi", "tyz", "km"] {
        let found = counts(lang);
        assert!(
            found[0].contains('2') && found[1].contains('1'),
            "{lang}: {found:?}"
        );
        assert!(
            !found.iter().any(|c| c.contains("article")),
            "{lang}: {found:?}"
        );
    }
    assert_eq!(counts("vi"), ["(2 bài viết)", "(1 bài viết)"]);
}
