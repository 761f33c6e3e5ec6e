//! Snapshots of representative output (insta, files in `snapshots/`): a page of each kind of
//! the demo site in Vietnamese, Khmer and English, and the feeds and sitemap of the four-language
//! fixture. A page's snapshot is its `<html>` attributes, the `<title>`, `<meta>` and `<link>`
//! elements of its head, and its `<main>`: what readers and crawlers get, without inline CSS and
//! scripts. A change of the output fails here with its diff; once reviewed, it is accepted with
//! `INSTA_UPDATE=always cargo test snapshots` (or `cargo insta review`). loa's output is
//! deterministic, so a snapshot is the same build after build.

use crate::support::{Output, Site, shared_demo};

/// The snapshot text of one HTML page, with the temporary folder redacted.
fn page_snapshot(site: &Output, relative: &str) -> String {
    let page = site.page(relative);
    let html = page.one("html");
    let mut lines = vec![format!(
        "<html lang={:?} dir={:?}>",
        html.value().attr("lang").unwrap_or_default(),
        html.value().attr("dir").unwrap_or_default()
    )];
    lines.extend(
        page.all("head > title, head > meta, head > link")
            .iter()
            .map(|element| element.html()),
    );
    lines.push(page.one("main").html());
    redact(site, &lines.join("\n"))
}

/// The output's temporary folder written as `[TMP]`.
fn redact(site: &Output, text: &str) -> String {
    let tmp = site.dir.parent().expect("the output has a parent");
    text.replace(&*tmp.to_string_lossy(), "[TMP]")
}

/// The demo's page `path` (relative to a language's root, `""` for the home page) in each
/// language of `languages`; Vietnamese, the default language, has no prefix.
#[track_caller]
fn assert_demo_pages(kind: &str, path: &str, languages: &[&str]) {
    let demo = shared_demo();
    for lang in languages {
        let prefix = if *lang == "vi" {
            String::new()
        } else {
            format!("{lang}/")
        };
        let relative = format!("{prefix}{path}");
        let name = format!("{kind}-{lang}");
        insta::assert_snapshot!(name, page_snapshot(demo, &relative), &relative);
    }
}

const LANGUAGES: [&str; 3] = ["vi", "km", "en"];

#[test]
fn home_pages_match_their_snapshots() {
    assert_demo_pages("home", "index.html", &LANGUAGES);
}

#[test]
fn translated_article_pages_match_their_snapshots() {
    assert_demo_pages(
        "article",
        "articles/thanh-hoa-phat-dong-binh-dan-hoc-vu-so/index.html",
        &LANGUAGES,
    );
}

#[test]
fn fallback_article_pages_match_their_snapshots() {
    // Written in Vietnamese only: the Khmer and English pages are fallbacks.
    assert_demo_pages(
        "fallback-article",
        "articles/khanh-hoa-thanh-toan-truc-tuyen-quy-3/index.html",
        &["km", "en"],
    );
}

#[test]
fn column_list_pages_match_their_snapshots() {
    assert_demo_pages(
        "column",
        "columns/binh-dan-hoc-vu-so/index.html",
        &LANGUAGES,
    );
}

#[test]
fn tag_list_pages_match_their_snapshots() {
    assert_demo_pages("tag", "tags/chuyen-doi-so/index.html", &LANGUAGES);
}

#[test]
fn lesson_pages_match_their_snapshots() {
    assert_demo_pages(
        "lesson",
        "lessons/thanh-toan-bang-ma-qr/index.html",
        &LANGUAGES,
    );
}

#[test]
fn course_pages_match_their_snapshots() {
    assert_demo_pages("course", "courses/ky-nang-so-co-ban/index.html", &LANGUAGES);
}

#[test]
fn infographic_pages_match_their_snapshots() {
    assert_demo_pages(
        "infographic",
        "infographics/ha-tang-so/index.html",
        &LANGUAGES,
    );
}

#[test]
fn procedure_landing_pages_match_their_snapshots() {
    assert_demo_pages(
        "procedure-landing",
        "communes/dien-khanh/1.001193/index.html",
        &LANGUAGES,
    );
}

#[test]
fn commune_pages_match_their_snapshots() {
    assert_demo_pages("commune", "communes/dien-khanh/index.html", &LANGUAGES);
}

#[test]
fn poster_index_pages_match_their_snapshots() {
    assert_demo_pages("poster-index", "posters/index.html", &LANGUAGES);
}

#[test]
fn not_found_pages_match_their_snapshots() {
    assert_demo_pages("404", "404.html", &LANGUAGES);
}

#[test]
fn feeds_and_the_sitemap_of_four_languages_match_their_snapshots() {
    let site = Site::fixture("languages/four-languages").build();
    for (name, relative) in [
        ("atom-vi", "atom.xml"),
        ("atom-tyz", "tyz/atom.xml"),
        ("atom-en", "en/atom.xml"),
        ("sitemap", "sitemap.xml"),
    ] {
        // Well-formed before it is compared.
        site.xml(relative);
        insta::assert_snapshot!(name, redact(&site, &site.read(relative)), relative);
    }
}
