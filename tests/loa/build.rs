//! Building: each front-matter key of an article reaches the page, drafts, pagination, the 404
//! page, the demo site (clean and deterministic).

use crate::support::{Output, Site, assert_same_tree, build_demo, shared_demo, tree};

const ARTICLE: &str = "articles/lop-ky-nang-so-cuoi-tuan/index.html";

fn all_keys() -> Output {
    Site::fixture("front-matter/all-keys").build()
}

#[test]
fn title_is_the_heading_and_the_page_title() {
    let page = all_keys().page(ARTICLE);
    let title = "Xã Thiệu Trung mở lớp kỹ năng số cuối tuần";
    assert_eq!(page.text("article h1"), title);
    assert!(
        page.text("title").starts_with(title),
        "{}",
        page.text("title")
    );
}

#[test]
fn date_is_machine_readable_and_written_for_the_reader() {
    let page = all_keys().page(ARTICLE);
    assert_eq!(page.attr("article header time", "datetime"), "2025-11-16");
    assert!(page.text("article header time").contains("16/11/2025"));
}

#[test]
fn column_links_to_its_page_which_lists_the_article() {
    let site = all_keys();
    let page = site.page(ARTICLE);
    assert_eq!(page.attr(".kicker a", "href"), "/columns/tin-tuc/");
    assert_eq!(page.text(".kicker a"), "Tin tức");
    let href = "/articles/lop-ky-nang-so-cuoi-tuan/";
    let listed = |list: &str| site.page(list).attrs(".card-title a", "href");
    assert_eq!(listed("columns/tin-tuc/index.html"), [href]);
    assert!(!listed("columns/huong-dan/index.html").contains(&href.to_string()));
}

#[test]
fn tags_link_to_tag_pages_that_list_the_article() {
    let site = all_keys();
    let page = site.page(ARTICLE);
    let names: Vec<String> = page
        .all("footer.tags a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(names, ["Kỹ năng số", "VNeID"]);
    assert_eq!(
        page.attrs("footer.tags a", "href"),
        ["/tags/ky-nang-so/", "/tags/vneid/"]
    );
    for tag in ["ky-nang-so", "vneid"] {
        let list = site.page(&format!("tags/{tag}/index.html"));
        assert_eq!(
            list.attrs(".card-title a", "href"),
            ["/articles/lop-ky-nang-so-cuoi-tuan/"]
        );
    }
}

#[test]
fn summary_is_the_lead_and_the_meta_description() {
    let page = all_keys().page(ARTICLE);
    let summary = "Mỗi sáng thứ Bảy, cán bộ xã hướng dẫn người cao tuổi cài định danh điện tử.";
    assert_eq!(page.text("p.lead"), summary);
    assert_eq!(page.attr(r#"meta[name="description"]"#, "content"), summary);
}

#[test]
fn authors_are_listed_in_order() {
    let page = all_keys().page(ARTICLE);
    assert!(
        page.text("article .meta")
            .contains("Nguyễn Văn An, Trần Thị Bình"),
        "{}",
        page.text("article .meta")
    );
}

#[test]
fn image_and_its_description_are_shown_and_the_file_is_copied() {
    let site = all_keys();
    let page = site.page(ARTICLE);
    assert_eq!(page.attr("img.hero", "src"), "/images/loa.svg");
    let alt = "Chiếc loa phát thanh màu cam trên cột";
    assert_eq!(page.attr("img.hero", "alt"), alt);
    assert!(site.exists("images/loa.svg"));
    // The English translation has no image_alt of its own: the original's is shown, marked as
    // Vietnamese for screen readers (this used to fail the whole build).
    let en = site.page(&format!("en/{ARTICLE}"));
    assert_eq!(en.attr("img.hero", "alt"), alt);
    assert_eq!(en.attr("img.hero", "lang"), "vi");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = Site::fixture("front-matter/all-keys");
    let published = site.build();
    for lang_prefix in ["", "en/"] {
        assert!(!published.exists(&format!("{lang_prefix}articles/ban-nhap/index.html")));
    }
    assert!(!published.exists("tags/nhap/index.html"));
    assert!(!published.read("index.html").contains("ban-nhap"));
    assert!(!published.read("sitemap.xml").contains("ban-nhap"));
    assert!(!published.read("atom.xml").contains("ban-nhap"));

    let drafts = site.build_ok("with-drafts", &["--drafts"]);
    let page = drafts.page("articles/ban-nhap/index.html");
    assert_eq!(page.text("article h1"), "Bản nháp chưa duyệt");
    assert_eq!(
        drafts
            .page("en/articles/ban-nhap/index.html")
            .text("article h1"),
        "Unreviewed draft"
    );
    assert!(drafts.exists("tags/nhap/index.html"));
    assert!(drafts.read("index.html").contains("/articles/ban-nhap/"));
}

#[test]
fn slug_from_front_matter_replaces_the_file_name() {
    let site = all_keys();
    assert!(site.exists(ARTICLE));
    assert!(site.exists(&format!("en/{ARTICLE}")));
    assert!(
        !site
            .files()
            .iter()
            .any(|path| path.contains("articles/day-du")),
        "the file name's slug must not be used"
    );
    let home = site.page("index.html");
    assert!(
        home.attrs(".card-title a", "href")
            .contains(&"/articles/lop-ky-nang-so-cuoi-tuan/".to_string())
    );
}

#[test]
fn pagination_splits_lists_and_links_pages() {
    let site = Site::fixture("pagination/five-articles").build();
    assert!(
        !site.exists("page/1/index.html"),
        "page 1 is the list itself"
    );
    assert!(!site.exists("page/4/index.html"));
    let pages = [
        (
            "index.html",
            None,
            Some("/page/2/"),
            ["bai-5", "bai-4"].as_slice(),
        ),
        (
            "page/2/index.html",
            Some("/"),
            Some("/page/3/"),
            &["bai-3", "bai-2"],
        ),
        ("page/3/index.html", Some("/page/2/"), None, &["bai-1"]),
    ];
    for (path, prev, next, slugs) in pages {
        let page = site.page(path);
        let expected: Vec<String> = slugs.iter().map(|s| format!("/articles/{s}/")).collect();
        assert_eq!(page.attrs(".card-title a", "href"), expected, "{path}");
        let link = |rel: &str| page.attrs(&format!(r#"nav.pagination a[rel="{rel}"]"#), "href");
        assert_eq!(link("prev"), prev.into_iter().collect::<Vec<_>>(), "{path}");
        assert_eq!(link("next"), next.into_iter().collect::<Vec<_>>(), "{path}");
    }
    // The same in another language, under its prefix, and for a column.
    let en = site.page("en/page/2/index.html");
    assert_eq!(en.attrs(r#"a[rel="prev"]"#, "href"), ["/en/"]);
    assert_eq!(en.attrs(r#"a[rel="next"]"#, "href"), ["/en/page/3/"]);
    let column = site.page("columns/tin-tuc/page/3/index.html");
    assert_eq!(
        column.attrs(r#"a[rel="prev"]"#, "href"),
        ["/columns/tin-tuc/page/2/"]
    );
}

#[test]
fn every_language_has_a_404_page() {
    let site = Site::fixture("languages/four-languages").build();
    for (path, lang, home) in [
        ("404.html", "vi", "/"),
        ("tyz/404.html", "tyz", "/tyz/"),
        ("km/404.html", "km", "/km/"),
        ("en/404.html", "en", "/en/"),
    ] {
        let page = site.page(path);
        assert_eq!(page.attr("html", "lang"), lang);
        assert!(!page.text("main h1").is_empty());
        assert!(
            page.attrs("main a", "href").contains(&home.to_string()),
            "{path}"
        );
    }
    assert_eq!(site.page("en/404.html").text("main h1"), "Page not found");
}

#[test]
fn demo_site_builds_without_missing_ui_message_warnings() {
    let demo = shared_demo();
    let run = &demo.run;
    run.assert_ok();
    let ftl_warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|line| line.starts_with("warning:") && line.contains(".ftl"))
        .collect();
    assert!(ftl_warnings.is_empty(), "{}", ftl_warnings.join("\n"));
    assert!(demo.exists("index.html") && demo.exists("en/index.html"));
}

#[test]
fn demo_site_builds_byte_for_byte_the_same_twice() {
    let first = build_demo();
    let second = build_demo();
    first.run.assert_ok();
    second.run.assert_ok();
    let files = tree(&first.dir);
    assert!(files.len() > 100, "the demo has {} files", files.len());
    assert_same_tree(&files, &tree(&second.dir));
}
