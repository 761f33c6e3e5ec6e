//! The translators' edition (`tests/fixtures/translators/`, vi + tyz + pt + fr + en): copied
//! translations that repeat the original's keys, tags with a name per language, and
//! translations with their own URL slugs.

use std::collections::BTreeSet;

use crate::support::{Output, Site, page_language, squash};

const BASE: &str = "https://hocso.example.vn";
const PREFIXED: [&str; 4] = ["tyz", "pt", "fr", "en"];

fn translators() -> Output {
    Site::fixture("translators").build()
}

/// The absolute URL of a site path in a language.
fn url(lang: &str, path: &str) -> String {
    match lang {
        "vi" => format!("{BASE}{path}"),
        _ => format!("{BASE}/{lang}{path}"),
    }
}

/// The absolute URL of an output file (`pt/tags/x/index.html`).
fn url_of_file(file: &str) -> String {
    let (lang, path) = page_language(file, "vi", &PREFIXED);
    url(lang, &path)
}

/// The pages that take part in hreflang: every HTML page with alternates, but redirects.
fn pages_with_alternates(site: &Output) -> Vec<String> {
    site.html_files()
        .into_iter()
        .filter(|file| !site.page(file).alternates().is_empty())
        .collect()
}

#[test]
fn translated_slugs_give_each_language_its_own_url() {
    let site = translators();
    for file in [
        "articles/ky-nang-so-cho-moi-nguoi/index.html",
        "tyz/articles/ky-nang-so-cho-moi-nguoi/index.html",
        "pt/articles/competencias-digitais-para-todos/index.html",
        "fr/articles/competences-numeriques-pour-tous/index.html",
        "en/articles/digital-skills-for-everyone/index.html",
        "pt/articles/aula-vneid/index.html",
        // Without a translation, a language shows the original at the original's slug.
        "fr/articles/lop-hoc-vneid/index.html",
        "en/articles/thong-bao/index.html",
    ] {
        assert!(site.exists(file), "{file} is missing");
    }
    for gone in [
        "pt/articles/ky-nang-so-cho-moi-nguoi/index.html",
        "en/articles/ky-nang-so-cho-moi-nguoi/index.html",
        "pt/articles/lop-hoc-vneid/index.html",
    ] {
        assert!(
            !site.exists(gone),
            "{gone} should be at the translated slug"
        );
    }
    let pt = site.page("pt/articles/competencias-digitais-para-todos/index.html");
    assert_eq!(
        pt.attr(r#"link[rel="canonical"]"#, "href"),
        url("pt", "/articles/competencias-digitais-para-todos/")
    );
    // The language switcher leads to each language's own URL.
    let switcher = pt.attrs("a[hreflang]", "href");
    for expected in [
        "/articles/ky-nang-so-cho-moi-nguoi/",
        "/fr/articles/competences-numeriques-pour-tous/",
        "/en/articles/digital-skills-for-everyone/",
        "/tyz/articles/ky-nang-so-cho-moi-nguoi/",
    ] {
        assert!(
            switcher.iter().any(|href| href == expected),
            "{expected}: {switcher:?}"
        );
    }
}

#[test]
fn hreflang_pairs_are_symmetric_on_every_page() {
    let site = translators();
    let pages = pages_with_alternates(&site);
    assert!(pages.len() >= 40, "{} pages", pages.len());
    let by_url: std::collections::BTreeMap<String, String> = pages
        .iter()
        .map(|file| (url_of_file(file), file.clone()))
        .collect();
    let mut checked = 0;
    for file in &pages {
        let (lang, _) = page_language(file, "vi", &PREFIXED);
        let own = url_of_file(file);
        let alternates = site.page(file).alternates();
        let real: BTreeSet<(String, String)> = alternates
            .iter()
            .filter(|(hreflang, _)| hreflang != "x-default")
            .cloned()
            .collect();
        // A fallback page is no version of its own: it names the real ones only.
        if !real.contains(&(lang.to_string(), own.clone())) {
            assert!(
                real.iter().all(|(code, _)| code != lang),
                "{file}: {real:?}"
            );
            continue;
        }
        for (code, href) in &real {
            let other = by_url
                .get(href)
                .unwrap_or_else(|| panic!("{file}: the {code} alternate {href} is no page"));
            let (other_lang, _) = page_language(other, "vi", &PREFIXED);
            assert_eq!(other_lang, code, "{file}: {href} is not a {code} page");
            assert_eq!(
                site.page(other).alternates(),
                alternates,
                "{other} does not name the same versions as {file}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 100, "{checked} pairs checked");
}

#[test]
fn every_page_and_every_foreign_phrase_has_its_lang() {
    let site = translators();
    for file in site.html_files() {
        let (lang, _) = page_language(&file, "vi", &PREFIXED);
        assert_eq!(site.page(&file).attr("html", "lang"), lang, "{file}");
    }
    // A French reader of an article without a French (or English) version reads it in
    // Vietnamese, marked as such; its tag without a French name shows the English one.
    let fr = site.page("fr/articles/lop-hoc-vneid/index.html");
    assert_eq!(fr.attr("article h1", "lang"), "vi");
    let tags: Vec<(String, String, String)> = fr.all("footer.tags a").iter().map(link).collect();
    assert_eq!(
        tags,
        [
            (
                "Electronic identification".to_string(),
                "en".to_string(),
                "/fr/tags/electronic-identification/".to_string()
            ),
            (
                "Compétences numériques".to_string(),
                String::new(),
                "/fr/tags/competences-numeriques/".to_string()
            ),
        ]
    );
}

/// (text, lang, href) of a link.
fn link(a: &scraper::ElementRef) -> (String, String, String) {
    let attr = |name| a.value().attr(name).unwrap_or_default().to_string();
    (
        squash(&a.text().collect::<String>()),
        attr("lang"),
        attr("href"),
    )
}

/// (title, lang of the title, href) of each card of a list page.
fn cards(site: &Output, file: &str) -> Vec<(String, String, String)> {
    site.page(file)
        .all(".card-title a")
        .iter()
        .map(link)
        .collect()
}

#[test]
fn tag_pages_exist_per_language_at_its_slug_with_its_name_and_its_articles() {
    let site = translators();
    let pt = site.page("pt/tags/competencias-digitais/index.html");
    assert!(squash(&pt.text("main h1")).contains("Competências digitais"));
    let pt_cards = cards(&site, "pt/tags/competencias-digitais/index.html");
    assert_eq!(
        pt_cards
            .iter()
            .map(|(_, lang, href)| (href.as_str(), lang.as_str()))
            .collect::<Vec<_>>(),
        [
            ("/pt/articles/competencias-digitais-para-todos/", ""),
            ("/pt/articles/aula-vneid/", ""),
            // No Portuguese or English version: the Vietnamese original, marked.
            ("/pt/articles/thong-bao/", "vi"),
        ]
    );
    let vi = site.page("tags/ky-nang-so/index.html");
    assert!(squash(&vi.text("main h1")).contains("Kỹ năng số"));
    assert_eq!(cards(&site, "tags/ky-nang-so/index.html").len(), 3);
    assert!(site.exists("en/tags/digital-skills/index.html"));
    assert!(site.exists("fr/tags/competences-numeriques/index.html"));
    assert!(site.exists("tyz/tags/ky-nang-so/index.html"));
    assert!(!site.exists("pt/tags/ky-nang-so/index.html"));
    // The tag pages of one tag are each other's alternates.
    let alternates = pt.alternates();
    for (lang, path) in [
        ("vi", "/tags/ky-nang-so/"),
        ("tyz", "/tags/ky-nang-so/"),
        ("pt", "/tags/competencias-digitais/"),
        ("fr", "/tags/competences-numeriques/"),
        ("en", "/tags/digital-skills/"),
    ] {
        assert!(
            alternates.contains(&(lang.to_string(), url(lang, path))),
            "{lang}: {alternates:?}"
        );
    }
    // A tag declared nowhere and written only by the Portuguese translation is a tag of
    // Portuguese alone; one written in several languages is one tag with a page in each.
    assert_eq!(
        cards(&site, "pt/tags/lusofonia/index.html")[0].2,
        "/pt/articles/competencias-digitais-para-todos/"
    );
    assert!(!site.exists("tags/lusofonia/index.html"));
    assert!(!site.exists("en/tags/lusofonia/index.html"));
    assert!(site.exists("tags/ha-giang/index.html"));
    assert!(site.exists("pt/tags/ha-giang/index.html"));
    // The index of tags of a language lists its tags under its names.
    let index = site.page("pt/tags/index.html");
    let names: Vec<String> = index
        .all("main a")
        .iter()
        .map(|a| squash(&a.text().collect::<String>()))
        .collect();
    for name in [
        "Competências digitais",
        "Identificação eletrónica",
        "Lusofonia",
        "Hà Giang",
    ] {
        assert!(names.iter().any(|n| n.contains(name)), "{name}: {names:?}");
    }
}

#[test]
fn internal_links_go_to_each_languages_own_url() {
    let site = translators();
    let link = |file: &str| {
        site.page(file)
            .attrs("main .content a, main article a", "href")
    };
    let to_skills = |links: Vec<String>, expected: &str| {
        assert!(
            links.iter().any(|href| href == expected),
            "{expected}: {links:?}"
        );
    };
    to_skills(
        link("articles/lop-hoc-vneid/index.html"),
        "/articles/ky-nang-so-cho-moi-nguoi/",
    );
    to_skills(
        link("pt/articles/aula-vneid/index.html"),
        "/pt/articles/competencias-digitais-para-todos/",
    );
    // The English reader gets the Vietnamese text, its link to the English URL.
    to_skills(
        link("en/articles/lop-hoc-vneid/index.html"),
        "/en/articles/digital-skills-for-everyone/",
    );
    to_skills(
        link("pt/articles/competencias-digitais-para-todos/index.html"),
        "/pt/articles/aula-vneid/",
    );
}

#[test]
fn sitemap_feeds_and_search_use_translated_slugs() {
    let site = translators();
    let sitemap = site.read("sitemap.xml");
    for loc in [
        url("pt", "/articles/competencias-digitais-para-todos/"),
        url("en", "/articles/digital-skills-for-everyone/"),
        url("pt", "/tags/competencias-digitais/"),
        url("vi", "/tags/ky-nang-so/"),
    ] {
        assert!(sitemap.contains(&format!("<loc>{loc}</loc>")), "{loc}");
    }
    assert!(!sitemap.contains(&url("pt", "/articles/ky-nang-so-cho-moi-nguoi/")));
    assert!(!sitemap.contains(&url("pt", "/tags/ky-nang-so/")));
    let feed = site.xml("pt/atom.xml");
    let links: Vec<String> = feed
        .elements("entry")
        .map(|entry| {
            entry
                .child("link")
                .attr("href")
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        links,
        [
            url("pt", "/articles/competencias-digitais-para-todos/"),
            url("pt", "/articles/aula-vneid/"),
            url("pt", "/articles/thong-bao/"),
        ]
    );
    let search: String = site
        .files()
        .iter()
        .filter(|file| file.starts_with("pt/search/index/"))
        .map(|file| site.read(file))
        .collect();
    assert!(search.contains("/pt/articles/competencias-digitais-para-todos/"));
    assert!(!search.contains("/pt/articles/ky-nang-so-cho-moi-nguoi/"));
}

/// The `http-equiv="refresh"` target of a redirect page.
fn redirect_target(site: &Output, file: &str) -> String {
    let page = site.page(file);
    let content = page.attr(r#"meta[http-equiv="refresh"]"#, "content");
    content
        .split_once("url=")
        .map_or(content.clone(), |(_, url)| url.to_string())
}

#[test]
fn a_renamed_translated_slug_keeps_its_old_url_as_a_redirect_and_stays_locked() {
    let site = Site::fixture("translators");
    site.build_ok("first", &[]);
    let lock = || std::fs::read_to_string(site.dir.join("qr-lock.yaml")).unwrap();
    let first_lock = lock();
    assert!(
        first_lock.contains(&format!(
            "\"{}\": \"pt articles/lop-hoc-vneid\"",
            url("pt", "/articles/aula-vneid/")
        )),
        "{first_lock}"
    );
    let pt = site.dir.join("content/articles/lop-hoc-vneid.pt.md");
    let text = std::fs::read_to_string(&pt).unwrap();
    std::fs::write(&pt, text.replace("slug: aula-vneid", "slug: aula-de-vneid")).unwrap();
    let renamed = site.build_ok("second", &[]);
    assert!(renamed.exists("pt/articles/aula-de-vneid/index.html"));
    let old = "pt/articles/aula-vneid/index.html";
    assert_eq!(renamed.page(old).attr("html", "lang"), "pt");
    assert_eq!(
        redirect_target(&renamed, old),
        url("pt", "/articles/aula-de-vneid/")
    );
    assert!(
        lock().contains(&url("pt", "/articles/aula-vneid/")),
        "the old URL stays locked"
    );
    assert!(lock().contains(&url("pt", "/articles/aula-de-vneid/")));
    // Without its translation, the article's Portuguese page is at the original's slug: both
    // old addresses lead there.
    std::fs::remove_file(&pt).unwrap();
    let untranslated = site.build_ok("third", &[]);
    for old in [
        "pt/articles/aula-vneid/index.html",
        "pt/articles/aula-de-vneid/index.html",
    ] {
        assert_eq!(
            redirect_target(&untranslated, old),
            url("pt", "/articles/lop-hoc-vneid/")
        );
    }
    // Without the article, the lock refuses to drop the addresses and says how to keep them.
    std::fs::remove_file(site.dir.join("content/articles/lop-hoc-vneid.md")).unwrap();
    let links = site.dir.join("content/articles");
    for file in std::fs::read_dir(&links).unwrap().flatten() {
        let text = std::fs::read_to_string(file.path()).unwrap();
        let text = text.replace("@/articles/lop-hoc-vneid.md", "@/articles/thong-bao.md");
        std::fs::write(file.path(), text).unwrap();
    }
    let refused = site.build_into(&site.out_path("fourth"), &[]);
    refused.assert_code(1);
    let line = lock()
        .lines()
        .position(|line| line.trim() == format!("- \"{}\"", url("pt", "/articles/aula-vneid/")))
        .unwrap()
        + 1;
    refused.assert_error_at(
        "qr-lock.yaml",
        line,
        "/pt/articles/aula-vneid/ was published (a translation's `slug:` made it)",
    );
    assert!(
        refused
            .stderr
            .contains("    \"/pt/articles/aula-vneid/\": /pt/articles/<new slug>/"),
        "{}",
        refused.stderr
    );
    let config = site.dir.join("loa.yaml");
    let mut yaml = std::fs::read_to_string(&config).unwrap();
    yaml.push_str(
        "redirects:\n  \"/pt/articles/aula-vneid/\": /pt/articles/thong-bao/\n  \
         \"/pt/articles/aula-de-vneid/\": /pt/articles/thong-bao/\n",
    );
    std::fs::write(&config, yaml).unwrap();
    let kept = site.build_ok("fifth", &[]);
    assert_eq!(
        redirect_target(&kept, "pt/articles/aula-vneid/index.html"),
        url("pt", "/articles/thong-bao/")
    );
}

#[test]
fn a_copied_translation_may_repeat_equal_keys_and_a_different_one_names_both_files() {
    // The fixture's translations repeat `date`, `column` and `tags` and build.
    let site = Site::fixture("translators");
    let pt = site
        .dir
        .join("content/articles/ky-nang-so-cho-moi-nguoi.pt.md");
    let text = std::fs::read_to_string(&pt).unwrap();
    let text = text
        .replace("date: 2025-11-20", "date: 2025-11-21")
        .replace("column: tin-tuc", "column: tin-moi");
    std::fs::write(&pt, text).unwrap();
    let run = site.build_into(&site.out_path("public"), &[]);
    run.assert_code(1);
    let file = "content/articles/ky-nang-so-cho-moi-nguoi.pt.md";
    run.assert_error_at(
        file,
        3,
        "`date: 2025-11-21` differs from the original's `date: 2025-11-20` in \
         content/articles/ky-nang-so-cho-moi-nguoi.md:3",
    );
    run.assert_error_at(
        file,
        4,
        "`column: tin-moi` differs from the original's `column: tin-tuc` in \
         content/articles/ky-nang-so-cho-moi-nguoi.md:4",
    );
}

#[test]
fn loa_translations_reports_tag_names_missing_in_a_language_and_undeclared_tags() {
    let site = Site::fixture("translators");
    let loa = |args: &[&str]| crate::support::loa_in(&site.dir, args);
    let run = loa(&["translations", ".", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let tag = |id: &str| {
        report["tags"]
            .as_array()
            .unwrap()
            .iter()
            .find(|tag| tag["id"] == id)
            .unwrap_or_else(|| panic!("no tag {id}: {}", report["tags"]))
            .clone()
    };
    let skills = tag("ky-nang-so");
    assert_eq!(skills["declared"], true);
    assert_eq!(skills["names"]["pt"], "Competências digitais");
    assert_eq!(skills["missing"], serde_json::json!(["tyz"]));
    assert_eq!(
        tag("dinh-danh-dien-tu")["missing"],
        serde_json::json!(["tyz", "fr"])
    );
    let undeclared = tag("lusofonia");
    assert_eq!(undeclared["declared"], false);
    assert_eq!(undeclared["names"], serde_json::json!({"pt": "Lusofonia"}));
    assert_eq!(
        undeclared["missing"],
        serde_json::json!(["vi", "tyz", "fr", "en"])
    );
    let table = loa(&["translations", "."]);
    assert!(
        table.stdout.contains(
            "tag lusofonia (not declared in loa.yaml)  pt: Lusofonia; no name in vi, tyz, fr, en"
        ),
        "{}",
        table.stdout
    );
    let html = loa(&["translations", ".", "--format", "html"]);
    assert_eq!(html.code, Some(0), "{}", html.stderr);
    assert!(
        html.stdout
            .contains("<td class=\"translated\" lang=\"pt\">Lusofonia</td>")
    );
}

#[test]
fn a_tag_named_in_a_language_keeps_its_slug_there_before_one_shown_under_a_fallback_name() {
    let site = translators();
    // `lich-hoc-ban` is "Lịch học" in Tày; `lich-hoc` has no Tày name and shows its Vietnamese
    // one, "Lịch học", too: the tag named in Tày keeps the slug.
    let own = site.page("tyz/tags/lich-hoc/index.html");
    assert!(squash(&own.text("main h1")).contains("Lịch học"));
    assert_eq!(
        cards(&site, "tyz/tags/lich-hoc/index.html")[0].2,
        "/tyz/articles/ky-nang-so-cho-moi-nguoi/"
    );
    let fallback = "tyz/tags/lich-hoc-lich-hoc/index.html";
    assert_eq!(site.page(fallback).attr("main h1 span", "lang"), "vi");
    assert_eq!(cards(&site, fallback)[0].2, "/tyz/articles/thong-bao/");
    assert!(site.exists("tags/lich-hoc/index.html"));
}
