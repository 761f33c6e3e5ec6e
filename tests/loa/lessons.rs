//! Lessons, courses and audiences: the real `loa` binary on `tests/fixtures/lessons/site`, and on
//! that site broken by each case of `tests/fixtures/lessons/errors/`.

use crate::support::{Fixture, attributes, texts};
use scraper::Selector;

#[test]
fn steps_are_numbered_and_anchored_in_every_language() {
    let site = Fixture::built("lessons");
    let vi = site.page("lessons/mot/index.html");
    assert_eq!(
        attributes(&vi, "li.step", "id"),
        ["step-1", "dang-nhap", "step-3"]
    );
    assert_eq!(
        texts(&vi, "li.step .step-number"),
        ["Bước 1", "Bước 2", "Bước 3"]
    );
    assert_eq!(
        attributes(&vi, "li.step h2 a", "href"),
        ["#step-1", "#dang-nhap", "#step-3"]
    );
    assert!(texts(&vi, ".intro").concat().contains("Lời giới thiệu."));
    let en = site.page("en/lessons/mot/index.html");
    assert_eq!(
        texts(&en, "li.step .step-number"),
        ["Step 1", "Step 2", "Step 3"]
    );
    assert_eq!(texts(&en, "li.step h2")[1], "Step 2 Log in");
}

#[test]
fn courses_list_lessons_in_order_and_lessons_link_their_neighbours() {
    let site = Fixture::built("lessons");
    let course = site.page("courses/co-ban/index.html");
    assert_eq!(
        attributes(&course, ".lesson-card h2 a", "href"),
        ["/lessons/mot/", "/lessons/hai/", "/lessons/ba/"]
    );
    let facts = texts(&course, ".lesson-card .lesson-facts");
    assert!(facts[1].contains("15 phút") && facts[1].contains("Học sinh"));

    let first = site.page("lessons/mot/index.html");
    assert!(attributes(&first, "a[rel=prev]", "href").is_empty());
    assert_eq!(attributes(&first, "a[rel=next]", "href"), ["/lessons/hai/"]);
    let second = site.page("en/lessons/hai/index.html");
    assert_eq!(
        attributes(&second, "a[rel=prev]", "href"),
        ["/en/lessons/mot/"]
    );
    assert_eq!(
        attributes(&second, "a[rel=next]", "href"),
        ["/en/lessons/ba/"]
    );
    assert_eq!(
        attributes(&second, ".prerequisites a", "href"),
        ["/en/lessons/mot/"]
    );

    let pupils = site.page("audiences/hoc-sinh/index.html");
    assert_eq!(
        attributes(&pupils, ".lesson-card h2 a", "href"),
        ["/lessons/hai/"]
    );
    let sitemap = site.read("sitemap.xml");
    for path in [
        "/lessons/mot/",
        "/km/lessons/mot/",
        "/courses/co-ban/",
        "/audiences/hoc-sinh/",
    ] {
        assert!(
            sitemap.contains(&format!("https://example.vn{path}<")),
            "{path}"
        );
    }
}

#[test]
fn readers_see_the_image_of_their_language_when_it_exists() {
    let site = Fixture::built("lessons");
    let src = |page: &str| attributes(&site.page(page), "li.step img", "src");
    assert_eq!(
        src("km/lessons/mot/index.html"),
        ["/images/man-hinh.km.png"]
    );
    assert_eq!(src("lessons/mot/index.html"), ["/images/man-hinh.png"]);
    assert_eq!(src("en/lessons/mot/index.html"), ["/images/man-hinh.png"]);
    assert_eq!(src("tyz/lessons/mot/index.html"), ["/images/man-hinh.png"]);
    // Each language's picture is measured: the Khmer screenshot is 40×30, the other 40×20.
    let height = |page: &str| attributes(&site.page(page), "li.step img", "height");
    assert_eq!(height("km/lessons/mot/index.html"), ["30"]);
    assert_eq!(height("lessons/mot/index.html"), ["20"]);
}

#[test]
fn the_handout_prints_steps_as_cards_on_a4_and_the_page_says_so() {
    let site = Fixture::built("lessons");
    let page = site.page("lessons/mot/index.html");
    assert_eq!(
        attributes(&page, "link[rel=stylesheet]", "href"),
        ["/style.css", "/learning.css"]
    );
    let hint = texts(&page, ".print-hint").concat();
    assert!(
        hint.starts_with("In hướng dẫn này") && hint.contains("A4"),
        "{hint}"
    );
    let css = site.read("learning.css");
    let print = &css[css.find("@media print").expect("a print stylesheet")..];
    assert!(print.contains("size: A4"));
    assert!(print.contains(".step {") && print.contains("break-inside: avoid"));
    for navigation in [".site-nav", ".languages", ".lesson-nav", ".print-hint"] {
        assert!(
            print.contains(navigation),
            "{navigation} is hidden in print"
        );
    }
}

#[test]
fn structured_data_is_a_how_to_in_the_page_language() {
    let site = Fixture::built("lessons");
    let json_ld = |page: &str| {
        let page = site.page(page);
        let selector = Selector::parse("script[type='application/ld+json']").unwrap();
        let script = page.select(&selector).next().expect("JSON-LD");
        let text: String = script.text().collect();
        serde_json::from_str::<serde_json::Value>(&text).expect("JSON-LD parses")
    };
    let vi = json_ld("lessons/mot/index.html");
    assert_eq!(vi["@type"], "HowTo");
    assert_eq!(vi["inLanguage"], "vi");
    assert_eq!(vi["totalTime"], "PT10M");
    let steps = vi["step"].as_array().expect("steps");
    assert_eq!(steps.len(), 3);
    assert_eq!(steps[1]["@type"], "HowToStep");
    assert_eq!(steps[1]["position"], 2);
    assert_eq!(steps[1]["name"], "Đăng nhập");
    assert_eq!(steps[1]["text"], "Nhập mật khẩu.");
    assert_eq!(steps[1]["url"], "https://example.vn/lessons/mot/#dang-nhap");

    // A title cannot end the script element: `</` is escaped, the text survives whole.
    let en = json_ld("en/lessons/mot/index.html");
    assert_eq!(en["name"], "Open the app </script><b>safely</b>");
    assert_eq!(en["inLanguage"], "en");
    assert_eq!(en["step"][0]["name"], "Open the app");
    let raw = site.read("en/lessons/mot/index.html");
    assert_eq!(raw.matches("</script>").count(), 1);

    // Tày has no translation: the Vietnamese text, marked as such.
    let tyz = json_ld("tyz/lessons/mot/index.html");
    assert_eq!(tyz["inLanguage"], "vi");
    assert_eq!(tyz["url"], "https://example.vn/tyz/lessons/mot/");
}

#[test]
fn an_unknown_course_is_an_error_at_its_line() {
    let site = Fixture::built("lessons");
    let stderr = site.fails_with("unknown-course", "content/lessons/ba.md:3");
    assert!(stderr.contains("did you mean `co-ban`"), "{stderr}");
}

#[test]
fn an_unknown_audience_is_an_error_at_its_line() {
    let site = Fixture::built("lessons");
    site.fails_with("unknown-audience", "content/lessons/ba.md:7");
}

#[test]
fn an_unknown_prerequisite_is_an_error_at_its_line() {
    let site = Fixture::built("lessons");
    site.fails_with("unknown-prerequisite", "content/lessons/ba.md:10");
}

#[test]
fn a_cycle_of_prerequisites_is_an_error() {
    let site = Fixture::built("lessons");
    let stderr = site.fails_with("prerequisite-cycle", "content/lessons/mot.md:8");
    assert!(stderr.contains("ba → hai → mot → ba"), "{stderr}");
}

#[test]
fn two_lessons_in_one_place_of_a_course_are_an_error() {
    let site = Fixture::built("lessons");
    let stderr = site.fails_with("duplicate-order", "content/lessons/hai.md:4");
    assert!(stderr.contains("ba.md"), "{stderr}");
}

/// The folders that hold lessons, audiences and communes are pages too: each lists every page
/// below it, in every language, and each of its links opens a page of the site.
#[test]
fn the_lessons_audiences_and_communes_folders_list_every_page_below_them() {
    let demo = crate::support::shared_demo();
    let files = demo.files();
    for prefix in ["", "en/", "km/", "tyz/", "hmn/"] {
        for (section, entries) in [
            ("lessons", "main .card-title a"),
            ("audiences", "main ul.index a"),
            ("communes", "main ul.index a"),
        ] {
            let folder = format!("{prefix}{section}/");
            let below: Vec<String> = files
                .iter()
                .filter_map(|file| {
                    let rest = file.strip_prefix(&folder)?.strip_suffix("/index.html")?;
                    (!rest.contains('/')).then(|| format!("/{folder}{rest}/"))
                })
                .collect();
            assert!(!below.is_empty(), "the demo has no pages under /{folder}");
            let index = demo.page(&format!("{folder}index.html"));
            let mut links = index.attrs(entries, "href");
            links.sort();
            assert_eq!(links, below, "/{folder} lists every page below it");
            let lang = index.attr("html", "lang");
            let expected = if prefix.is_empty() {
                "vi"
            } else {
                prefix.trim_end_matches('/')
            };
            assert_eq!(lang, expected, "/{folder}");
            assert!(!index.text("h1").is_empty(), "/{folder} has a heading");
            assert!(
                index.attrs("link[rel=alternate][hreflang]", "href").len() > 1,
                "/{folder} names its other languages"
            );
        }
    }
}
