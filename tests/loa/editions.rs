//! The foreign editions (`tests/fixtures/editions/`: vi, pt, fr, en): complete UI strings in
//! each language, the default fallback chains (a foreign edition falls back to English), and one
//! summary line per language that lacks UI messages.

use std::collections::BTreeSet;

use scraper::{ElementRef, Html, Node};

use crate::support::{Output, Site, fixture_path, repo_root};

pub const FIXTURE: &str = "editions/site";

fn editions() -> Output {
    Site::fixture(FIXTURE).build()
}

/// The plain (argument-free) values of a built-in `.ftl` file, by message id.
fn ftl_values(lang: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(repo_root().join(format!("i18n/{lang}.ftl"))).unwrap();
    text.lines()
        .filter(|line| !line.starts_with([' ', '#']))
        .filter_map(|line| line.split_once(" = "))
        .filter(|(_, value)| !value.contains('{') && !value.is_empty())
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

/// The UI strings of Vietnamese that the other language writes differently.
fn vietnamese_only(lang: &str) -> Vec<String> {
    let other: BTreeSet<String> = ftl_values(lang).into_iter().map(|(_, v)| v).collect();
    ftl_values("vi")
        .into_iter()
        .map(|(_, value)| value)
        .filter(|value| !other.contains(value))
        .collect()
}

/// The language an element is in: its own `lang` or its nearest ancestor's.
fn lang_of(element: ElementRef<'_>) -> Option<String> {
    std::iter::once(*element)
        .chain(element.ancestors())
        .filter_map(|node| node.value().as_element())
        .find_map(|e| e.attr("lang"))
        .map(str::to_string)
}

/// The texts and accessible attributes of a page that are marked as being in `lang`.
fn texts_in(page: &Html, lang: &str) -> Vec<String> {
    let mut found = Vec::new();
    for node in page.root_element().descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            if let Node::Text(text) = node.value() {
                let parent = node.parent().and_then(ElementRef::wrap);
                if parent.and_then(lang_of).as_deref() == Some(lang) {
                    found.push(text.to_string());
                }
            }
            continue;
        };
        if lang_of(element).as_deref() != Some(lang) {
            continue;
        }
        for name in ["aria-label", "title", "alt", "placeholder", "content"] {
            if let Some(value) = element.value().attr(name) {
                found.push(value.to_string());
            }
        }
    }
    found
}

#[test]
fn portuguese_and_french_pages_carry_no_vietnamese_ui_string() {
    let site = editions();
    for lang in ["pt", "fr"] {
        let vietnamese = vietnamese_only(lang);
        assert!(vietnamese.len() > 100, "{} strings", vietnamese.len());
        let pages: Vec<String> = site
            .html_files()
            .into_iter()
            .filter(|path| path.starts_with(&format!("{lang}/")))
            .collect();
        assert!(pages.len() >= 8, "{pages:?}");
        for path in pages {
            let html = Html::parse_document(&site.read(&path));
            let texts = texts_in(&html, lang).join("\n");
            assert!(texts.len() > 200, "{path}: {texts}");
            for value in &vietnamese {
                assert!(!texts.contains(value.as_str()), "{path} says `{value}`");
            }
        }
    }
    // The Portuguese home page speaks Portuguese: its UI strings are pt.ftl's.
    let home = site.page("pt/index.html");
    assert_eq!(home.attr("html", "lang"), "pt");
    assert_eq!(home.text(".skip-link"), "Ir para o conteúdo principal");
}

#[test]
fn an_untranslated_article_shows_the_english_edition_on_portuguese_and_french_pages() {
    let site = editions();
    for lang in ["pt", "fr"] {
        let page = site.page(&format!("{lang}/articles/huong-dan/index.html"));
        assert_eq!(page.text("h1"), "How to install VNeID");
        let english: String = page
            .all("article [lang=\"en\"]")
            .iter()
            .flat_map(|element| element.text())
            .collect();
        assert!(english.contains("follow the five steps"), "{english}");
    }
    // Dates as each language writes them.
    let pt = site.page("pt/articles/phat-dong/index.html");
    assert_eq!(pt.attr("time", "datetime"), "2025-11-16");
    assert_eq!(pt.text("time"), "Publicado em 16 de nov. de 2025");
    let fr = site.page("fr/articles/phat-dong/index.html");
    assert_eq!(fr.text("time"), "Publié le 16 nov. 2025");
}

/// Hungarian has no built-in UI strings: one line says so, once, and `loa translations` lists
/// every message it lacks.
#[test]
fn a_language_without_ui_strings_gets_one_summary_line_and_the_list_in_loa_translations() {
    let site = Site::fixture(FIXTURE);
    let config = std::fs::read_to_string(site.dir.join("loa.yaml")).unwrap();
    let config = config.replace(
        "  - code: en\n",
        "  - code: hu\n    name: \"Magyar\"\n  - code: en\n",
    );
    std::fs::write(site.dir.join("loa.yaml"), config).unwrap();
    let built = site.build();
    let stderr = built.run.stderr.clone();
    let stderr = stderr.as_str();
    let messages = ftl_values("vi").len();
    let summaries: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("UI message"))
        .collect();
    assert_eq!(summaries.len(), 1, "{stderr}");
    assert!(
        summaries[0].contains("UI messages missing in hu, shown in English; see loa translations"),
        "{stderr}"
    );
    let count: usize = summaries[0]
        .split_whitespace()
        .find_map(|word| word.parse().ok())
        .unwrap();
    assert!(count >= messages, "{count} < {messages}");
    assert!(
        !stderr.contains("nav-home"),
        "ids belong in loa translations: {stderr}"
    );

    let report = crate::support::loa_in(&site.dir, ["translations", "--format", "json"]);
    report.assert_ok();
    let json: serde_json::Value = serde_json::from_str(&report.stdout).unwrap();
    let ui = json["ui_messages"].as_array().unwrap();
    assert_eq!(ui.len(), 1, "{ui:?}");
    assert_eq!(ui[0]["language"], "hu");
    let ids: Vec<&str> = ui[0]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), count);
    assert!(ids.contains(&"nav-home") && ids.contains(&"expired-title"));
    let table = crate::support::loa_in(&site.dir, ["translations"]);
    assert!(
        table.stdout.contains(&format!("hu ({count}): ")),
        "{}",
        table.stdout
    );
    assert!(fixture_path(FIXTURE).join("loa.yaml").is_file());
}

/// Plain site-path links are checked by the build: one to a page of any kind or a file is fine,
/// one that leads nowhere is an error with file and line, and the last good output stays.
#[test]
fn a_plain_link_to_a_missing_page_fails_the_build_with_file_and_line() {
    let site = Site::fixture(FIXTURE);
    let out = site.out_path("public");
    site.build_into(&out, &[]).assert_ok();
    let before = crate::support::tree(&out);
    let path = "content/articles/huong-dan.en.md";
    let text = std::fs::read_to_string(site.dir.join(path)).unwrap();
    let good = "\nSee [the launch](/pt/articles/phat-dong/), [the feed](/atom.xml), \
                [topics](/en/tags/), [the style](/style.css) and [home](/fr/).\n";
    std::fs::write(site.dir.join(path), format!("{text}{good}")).unwrap();
    site.build_into(&out, &[]).assert_ok();
    let broken = "\n[gone](/articles/khong-co/)\n\n[also gone](/en/articles/khong-co/)\n";
    std::fs::write(site.dir.join(path), format!("{text}{good}{broken}")).unwrap();
    let lines = text.lines().count() + good.lines().count();
    let run = site.build_into(&out, &[]);
    run.assert_code(1);
    run.assert_error_at(
        path,
        lines + 2,
        "the link `/articles/khong-co/` leads to no page or file of the site",
    );
    run.assert_error_at(path, lines + 4, "`/en/articles/khong-co/`");
    assert_eq!(run.errors().len(), 2, "{}", run.stderr);
    let mut after = crate::support::tree(&out);
    // The good build before the broken one is what stays.
    after.retain(|file, _| before.contains_key(file));
    assert_eq!(after.len(), before.len());
}
