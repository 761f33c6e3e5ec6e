//! Scheduled and expiring articles (`publish_date`, `expiry_date`, `loa build --now`,
//! `--future`, `--expired`) on the editions fixture: `lich-tiem` appears on 2026-01-05 at 08:00
//! Vietnam time, `thong-bao-nop-ho-so` expires on 2025-12-31.

use crate::editions::FIXTURE;
use crate::support::{Output, Site, tree};

const SCHEDULED: &str = "lich-tiem";
const EXPIRING: &str = "thong-bao-nop-ho-so";
/// Before the scheduled article and before the expiry.
const DECEMBER: &str = "2025-12-01T00:00:00Z";
/// One minute before the scheduled article: 2026-01-05T00:59:00Z is 07:59 in Vietnam.
const JUST_BEFORE: &str = "2026-01-05T00:59:00Z";
const JANUARY: &str = "2026-01-10";

fn at(now: &str, extra: &[&str]) -> Output {
    let site = Site::fixture(FIXTURE);
    let mut args = vec!["--now", now];
    args.extend_from_slice(extra);
    site.build_ok("public", &args)
}

/// Whether `slug` is listed anywhere readers find articles: the home pages, feeds, sitemap and
/// search index of every language.
fn listed(site: &Output, slug: &str) -> Vec<String> {
    let needle = format!("/articles/{slug}/");
    site.files()
        .into_iter()
        .filter(|path| {
            let listing = path.ends_with("index.html") && !path.contains("/articles/")
                || path.ends_with(".xml")
                || path.contains("search") && path.ends_with(".json");
            listing && !path.contains(&format!("articles/{slug}/"))
        })
        .filter(|path| {
            std::fs::read(site.dir.join(path))
                .is_ok_and(|bytes| String::from_utf8_lossy(&bytes).contains(&needle))
        })
        .collect()
}

#[test]
fn a_scheduled_article_is_left_out_until_its_time_and_then_listed() {
    let before = at(JUST_BEFORE, &[]);
    assert!(!before.exists(&format!("articles/{SCHEDULED}/index.html")));
    assert!(!before.exists(&format!("pt/articles/{SCHEDULED}/index.html")));
    assert_eq!(listed(&before, SCHEDULED), Vec::<String>::new());

    let after = at(JANUARY, &[]);
    let page = after.page(&format!("pt/articles/{SCHEDULED}/index.html"));
    assert_eq!(
        page.text("h1"),
        "Calendário das aulas de competências digitais de janeiro"
    );
    assert!(!page.has(".badge"), "a published article has no badge");
    let found = listed(&after, SCHEDULED);
    for file in ["index.html", "pt/index.html", "atom.xml", "sitemap.xml"] {
        assert!(found.iter().any(|f| f == file), "{file} not in {found:?}");
    }
}

#[test]
fn an_expired_article_leaves_a_notice_in_every_language_and_no_listing() {
    let before = at(DECEMBER, &[]);
    assert!(!listed(&before, EXPIRING).is_empty());
    let after = at(JANUARY, &[]);
    assert_eq!(listed(&after, EXPIRING), Vec::<String>::new());
    let cases = [
        (
            "articles",
            "vi",
            "Trang này không còn hiệu lực",
            "31/12/2025",
        ),
        (
            "pt/articles",
            "pt",
            "Esta página não está mais em vigor",
            "31 de dez. de 2025",
        ),
        (
            "fr/articles",
            "fr",
            "Cette page n’est plus d’actualité",
            "31 déc. 2025",
        ),
        (
            "en/articles",
            "en",
            "This page is no longer current",
            "Dec 31, 2025",
        ),
    ];
    for (folder, lang, heading, date) in cases {
        let page = after.page(&format!("{folder}/{EXPIRING}/index.html"));
        assert_eq!(page.attr("html", "lang"), lang);
        assert_eq!(page.text("h1"), heading);
        assert!(page.text("main").contains(date), "{}", page.text("main"));
        assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
        // The article's own words are gone; its title says what the link was.
        assert!(!page.text("main").contains("30 tháng 12"));
    }
    // The title in the reader's language, or its fallback marked with its own `lang`.
    let fr = after.page(&format!("fr/articles/{EXPIRING}/index.html"));
    assert_eq!(
        fr.text(".expired-article"),
        "Date limite des demandes d’aide pour un smartphone"
    );
    let pt = after.page(&format!("pt/articles/{EXPIRING}/index.html"));
    assert_eq!(pt.attr(".expired-article", "lang"), "vi");
}

#[test]
fn future_and_expired_show_both_articles_with_a_badge() {
    let site = at(JANUARY, &["--expired"]);
    let page = site.page(&format!("pt/articles/{EXPIRING}/index.html"));
    assert_eq!(page.text(".badge-expired"), "Expirou em 31 de dez. de 2025");
    assert!(!listed(&site, EXPIRING).is_empty());

    let site = at(DECEMBER, &["--future"]);
    let page = site.page(&format!("fr/articles/{SCHEDULED}/index.html"));
    assert_eq!(
        page.text(".badge-scheduled"),
        "Programmé : paraît le 5 janv. 2026"
    );
}

#[test]
fn the_same_now_gives_the_same_output() {
    let first = at(JANUARY, &[]);
    let second = at(JANUARY, &[]);
    crate::support::assert_same_tree(&tree(&first.dir), &tree(&second.dir));
    let december = at(DECEMBER, &[]);
    assert_ne!(tree(&first.dir), tree(&december.dir));
}

/// A build into the same folder with the render cache: when the time of the scheduled article
/// comes and the other expires, the cached build still matches a clean one.
#[test]
fn a_cached_rebuild_follows_the_clock() {
    let site = Site::fixture(FIXTURE);
    let out = site.out_path("public");
    site.build_into(&out, &["--now", DECEMBER]).assert_ok();
    site.build_into(&out, &["--now", JANUARY]).assert_ok();
    let cached = tree(&out);
    let clean = Site::fixture(FIXTURE).build_ok("public", &["--now", JANUARY]);
    crate::support::assert_same_tree(&tree(&clean.dir), &cached);
    assert!(cached.contains_key(&format!("articles/{SCHEDULED}/index.html")));
}

#[test]
fn a_bad_schedule_is_an_error_on_its_line() {
    let site = Site::fixture(FIXTURE);
    let path = format!("content/articles/{EXPIRING}.md");
    let text = std::fs::read_to_string(site.dir.join(&path)).unwrap();
    std::fs::write(
        site.dir.join(&path),
        text.replace("expiry_date: 2025-12-31", "expiry_date: 2025-11-01"),
    )
    .unwrap();
    let run = site.build_into(&site.out_path("public"), &["--now", JANUARY]);
    run.assert_code(1);
    run.assert_error_at(
        &path,
        4,
        "`expiry_date` is not after the article is published",
    );
    std::fs::write(
        site.dir.join(&path),
        text.replace("expiry_date: 2025-12-31", "expiry_date: end of year"),
    )
    .unwrap();
    let run = site.build_into(&site.out_path("public2"), &["--now", JANUARY]);
    run.assert_error_at(
        &path,
        4,
        "`expiry_date`: `end of year` is not a date or time",
    );
    let run = site.build_into(&site.out_path("public3"), &["--now", "soon"]);
    run.assert_code(2);
}
