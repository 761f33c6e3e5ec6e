//! Citizens' reach, checked on built output: sharing tags and JSON-LD, fonts per script, image
//! sizes and copies, search indexes, offline workers, page-weight budgets, determinism.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use loa::build::{BuildOptions, build};
use loa::diagnostics::Problem;
use loa::site::SiteOptions;
use scraper::{Html, Selector};

fn options(site_dir: &Path, out_dir: &Path) -> BuildOptions {
    BuildOptions {
        site: SiteOptions {
            site_dir: site_dir.to_path_buf(),
            base_url: None,
            drafts: false,
        },
        out_dir: out_dir.to_path_buf(),
        strict: false,
    }
}

/// [`options`] of `loa build --strict`.
fn strict(site_dir: &Path, out_dir: &Path) -> BuildOptions {
    BuildOptions {
        strict: true,
        ..options(site_dir, out_dir)
    }
}

/// The demo site, built once for all tests of this file.
fn demo() -> &'static Path {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let temp = tempfile::tempdir().unwrap();
        let out = temp.path().join("site");
        build(&options(Path::new(env!("CARGO_MANIFEST_DIR")), &out)).unwrap();
        (temp, out)
    })
    .1
}

fn read(path: &str) -> String {
    std::fs::read_to_string(demo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

fn html_pages() -> Vec<String> {
    walkdir::WalkDir::new(demo())
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(demo())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn every_page_has_open_graph_and_twitter_tags() {
    for path in html_pages() {
        let html = Html::parse_document(&read(&path));
        for property in [
            "og:title",
            "og:description",
            "og:url",
            "og:locale",
            "og:image",
        ] {
            let found = select(&html, &format!("meta[property='{property}']"));
            assert_eq!(found.len(), 1, "{path}: {property}");
            assert!(
                !found[0].attr("content").unwrap().is_empty(),
                "{path}: {property}"
            );
        }
        assert_eq!(
            select(&html, "meta[name='twitter:card']")[0].attr("content"),
            Some("summary_large_image"),
            "{path}"
        );
    }
    let km = Html::parse_document(&read(
        "km/articles/thieu-trung-nop-ho-so-truc-tuyen/index.html",
    ));
    assert_eq!(
        select(&km, "meta[property='og:locale']")[0].attr("content"),
        Some("km_KH")
    );
    let image = select(&km, "meta[property='og:image']")[0]
        .attr("content")
        .unwrap();
    assert!(image.ends_with("/km/articles/thieu-trung-nop-ho-so-truc-tuyen/share.svg"));
    let svg = read("km/articles/thieu-trung-nop-ho-so-truc-tuyen/share.svg");
    assert!(svg.contains("width=\"1200\" height=\"630\"") && svg.contains("xml:lang=\"km\""));
    assert!(svg.contains("Noto Sans Khmer"));
}

#[test]
fn article_json_ld_parses_and_is_in_the_pages_language() {
    let mut checked = 0;
    for path in html_pages().iter().filter(|p| p.contains("articles/")) {
        let text = read(path);
        let html = Html::parse_document(&text);
        let scripts = select(&html, "script[type='application/ld+json']");
        assert_eq!(scripts.len(), 1, "{path}");
        let json: String = scripts[0].text().collect();
        assert!(!json.contains('<'), "{path}: a raw < in JSON-LD");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["@type"], "NewsArticle", "{path}");
        let body_lang = select(&html, ".body")[0]
            .attr("lang")
            .map(str::to_string)
            .unwrap_or_else(|| select(&html, "html")[0].attr("lang").unwrap().to_string());
        assert_eq!(value["inLanguage"], body_lang, "{path}");
        let h1: String = select(&html, "h1")[0].text().collect();
        assert_eq!(value["headline"], h1.trim(), "{path}");
        for key in ["datePublished", "author", "publisher", "image"] {
            assert!(!value[key].is_null(), "{path}: {key}");
        }
        checked += 1;
    }
    assert!(checked >= 50, "{checked}");
}

#[test]
fn only_pages_in_a_script_without_system_fonts_load_a_web_font() {
    let vi = read("index.html");
    assert!(!vi.contains(".woff2") && !vi.contains(".ttf") && !vi.contains("@font-face"));
    let km = read("km/index.html");
    let html = Html::parse_document(&km);
    let preload = select(&html, "link[rel='preload'][as='font']");
    assert_eq!(preload.len(), 1);
    let href = preload[0].attr("href").unwrap();
    assert!(href.starts_with("/fonts/NotoSansKhmer-Regular.") && href.ends_with(".woff2"));
    let font = std::fs::read(demo().join(href.trim_start_matches('/'))).unwrap();
    assert_eq!(&font[..4], b"wOF2");
    assert!(
        font.len() < 40_000,
        "the Khmer subset is {} bytes",
        font.len()
    );
    assert!(km.contains("unicode-range:U+1780-17FF"));
}

#[test]
fn photos_get_sizes_lazy_loading_and_phone_sized_copies() {
    let html = Html::parse_document(&read("articles/khong-de-ai-bi-bo-lai-phia-sau/index.html"));
    let img = select(&html, "img.hero")[0];
    assert_eq!(img.attr("width"), Some("2400"));
    assert_eq!(img.attr("height"), Some("1260"));
    assert_eq!(img.attr("loading"), Some("lazy"));
    let srcset = img.attr("srcset").unwrap();
    assert!(
        !srcset.contains("sang-som.jpg "),
        "the original is never offered: {srcset}"
    );
    for (width, path) in [(480, "480w"), (800, "800w"), (1200, "1200w")] {
        let file = format!("images/canh-dong-loa-sang-som.{path}.jpg");
        assert!(srcset.contains(&format!("/{file} {width}w")), "{srcset}");
        let bytes = std::fs::read(demo().join(&file)).unwrap();
        assert!(bytes.len() < 120_000, "{file}: {} bytes", bytes.len());
    }
    let svg = Html::parse_document(&read("articles/ha-tang-so-thanh-hoa/index.html"));
    let img = select(&svg, "img.hero")[0];
    assert!(img.attr("width").is_some() && img.attr("srcset").is_none());
}

#[test]
fn search_indexes_fold_vietnamese_and_cut_khmer() {
    let docs: serde_json::Value = serde_json::from_str(&read("search/index/docs.json")).unwrap();
    let urls: Vec<&str> = docs["docs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[0].as_str().unwrap())
        .collect();
    let doc = urls
        .iter()
        .position(|u| *u == "/articles/thieu-trung-nop-ho-so-truc-tuyen/")
        .unwrap() as u64;
    let d: serde_json::Value = serde_json::from_str(&read("search/index/d.json")).unwrap();
    let postings = d["dang"].as_array().unwrap();
    assert!(
        postings.chunks(2).any(|pair| pair[0] == doc),
        "{postings:?}"
    );
    // Khmer: "ការចុះ" is cut into pairs; its first pair is in the shard of "ក".
    let k: serde_json::Value = serde_json::from_str(&read("km/search/index/u1780.json")).unwrap();
    assert!(k.get("កា").is_some());
    let search = read("km/search/index.html");
    assert!(search.contains("<form") && search.contains("search.js"));
    assert!(
        !read("km/index.html").contains("search.js"),
        "search.js loads only on search pages"
    );
}

#[test]
fn offline_workers_precache_each_languages_home_and_articles() {
    let worker = read("km/sw.js");
    for url in [
        "\"/km/\"",
        "\"/km/articles/thieu-trung-nop-ho-so-truc-tuyen/\"",
        "\"/style.css\"",
        "/fonts/NotoSansKhmer-Regular.",
    ] {
        assert!(worker.contains(url), "{url} not in km/sw.js");
    }
    assert!(
        !worker.contains("\"/articles/"),
        "the km pack holds km pages only"
    );
    let page = read("km/index.html");
    let start = page.find("<script data-loa>").unwrap();
    let end = start + page[start..].find("</script>").unwrap() + "</script>".len();
    assert!(end - start <= 1024, "registration is {} bytes", end - start);
    assert!(page[start..end].contains("/km/sw.js"));
    assert!(read("sw.js").contains("\"/\""));
}

#[test]
fn pages_stay_within_the_demo_budgets_and_two_builds_are_identical() {
    let temp = tempfile::tempdir().unwrap();
    let out = temp.path().join("again");
    let report = build(&strict(Path::new(env!("CARGO_MANIFEST_DIR")), &out))
        .unwrap_or_else(|d| panic!("strict build of the demo failed: {d:?}"));
    assert!(report.stats.budget.warnings.is_empty());
    assert!(report.stats.budget.heaviest["article"].0 < 50 * 1024);
    let files = |root: &Path| -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path()
                        .strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    };
    let (a, b) = (files(demo()), files(&out));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

fn tiny_site(extra_config: &str) -> tempfile::TempDir {
    let temp = tempfile::tempdir().unwrap();
    let site = temp.path().join("site");
    loa::init::init(&site).unwrap();
    let config = site.join("loa.yaml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(extra_config);
    std::fs::write(&config, text).unwrap();
    temp
}

#[test]
fn over_budget_pages_warn_and_fail_a_strict_build() {
    let temp = tiny_site("budgets:\n  article: 1\n");
    let site = temp.path().join("site");
    let out = temp.path().join("out");
    let report = build(&options(&site, &out)).unwrap();
    let warning = report
        .warnings
        .iter()
        .find(|w| w.problem == Problem::Budget)
        .expect("an over-budget warning");
    assert!(warning.path.to_string_lossy().contains("articles/"));
    assert!(warning.message.contains("KB") && warning.message.contains("`article`"));
    std::fs::write(out.join("marker"), "old").unwrap();
    let errors = build(&strict(&site, &out)).unwrap_err();
    assert!(
        errors
            .0
            .iter()
            .all(|d| d.is_error() && d.problem == Problem::Budget)
    );
    assert!(
        out.join("marker").exists(),
        "a failed strict build leaves the output as it was"
    );
}

#[test]
fn scripts_are_warned_where_javascript_is_not_allowed() {
    let temp = tiny_site("");
    let site = temp.path().join("site");
    let template = site.join("themes/default/templates/404.html");
    let text = std::fs::read_to_string(&template).unwrap();
    std::fs::write(
        &template,
        text.replace(
            "{% block main %}",
            "{% block main %}<script>alert(1)</script>",
        ),
    )
    .unwrap();
    let report = build(&options(&site, &temp.path().join("out"))).unwrap();
    let warnings: Vec<_> = report
        .warnings
        .iter()
        .filter(|w| w.message.contains("<script>"))
        .collect();
    assert!(!warnings.is_empty());
    assert!(
        warnings
            .iter()
            .all(|w| w.path.to_string_lossy().ends_with("404.html"))
    );
}

#[test]
fn an_unknown_budget_kind_is_an_error_on_its_line() {
    let temp = tiny_site("budgets:\n  articel: 20\n");
    let site = temp.path().join("site");
    let errors = build(&options(&site, &temp.path().join("out"))).unwrap_err();
    let error = &errors.0[0];
    assert!(error.message.contains("did you mean `article`"), "{error}");
    assert!(error.line.is_some());
}
