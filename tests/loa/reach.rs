//! Citizens' reach, checked on built output: sharing tags and JSON-LD, fonts per script, image
//! sizes and copies, search indexes, offline workers, page-weight budgets, determinism.

use std::path::Path;

use loa::commands::build::{BuildOptions, build};
use loa::diagnostics::Problem;
use loa::resolve::site::SiteOptions;
use scraper::{Html, Selector};

use crate::support::{copy_tree, demo_site, fixture_path, shared_demo, tree};

fn options(site_dir: &Path, out_dir: &Path) -> BuildOptions {
    BuildOptions {
        site: SiteOptions {
            site_dir: site_dir.to_path_buf(),
            base_url: None,
            drafts: false,
            posters_for: None,
            ..SiteOptions::default()
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

/// The demo's output, built once for all tests.
fn demo() -> &'static Path {
    &shared_demo().dir
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
    assert!(image.ends_with("/km/articles/thieu-trung-nop-ho-so-truc-tuyen/share.png"));
    let svg = read("km/articles/thieu-trung-nop-ho-so-truc-tuyen/share.svg");
    assert!(svg.contains("width=\"1200\" height=\"630\"") && svg.contains("xml:lang=\"km\""));
    assert!(svg.contains("Noto Sans Khmer"));
}

const BASE_URL: &str = "https://binhdanhocvuso.example.vn";

/// The `content` of a page's `<meta property=…>` or `<meta name=…>`.
fn meta<'a>(html: &'a Html, key: &str) -> Option<&'a str> {
    select(html, &format!("meta[property='{key}'], meta[name='{key}']"))
        .first()
        .and_then(|meta| meta.attr("content"))
}

/// The output file an absolute URL of the demo points at.
fn local(url: &str) -> String {
    url.strip_prefix(BASE_URL)
        .unwrap_or_else(|| panic!("{url} is not on the demo site"))
        .trim_start_matches('/')
        .to_string()
}

/// Decodes a PNG of the demo output and checks it is a 1200×630 card.
fn card(path: &str) -> image::RgbImage {
    let bytes = std::fs::read(demo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!((image.width(), image.height()), (1200, 630), "{path}");
    image.to_rgb8()
}

/// The text of an SVG, tags dropped (share cards place Khmer cluster by cluster).
fn svg_text(svg: &str) -> String {
    svg.split('<')
        .filter_map(|part| part.split_once('>').map(|(_, text)| text))
        .collect()
}

/// Dark (text) pixels in the title area of a card, between the kicker and the branding band.
fn title_ink(card: &image::RgbImage) -> usize {
    (72..1128)
        .flat_map(|x| (140..510).map(move |y| (x, y)))
        .filter(|(x, y)| card.get_pixel(*x, *y).0.iter().all(|channel| *channel < 90))
        .count()
}

#[test]
fn share_images_are_png_cards_with_the_title_in_its_own_script() {
    let page = "km/articles/thieu-trung-nop-ho-so-truc-tuyen/index.html";
    let html = Html::parse_document(&read(page));
    assert_eq!(meta(&html, "og:image:type"), Some("image/png"));
    assert_eq!(meta(&html, "og:image:width"), Some("1200"));
    assert_eq!(meta(&html, "og:image:height"), Some("630"));
    let og = meta(&html, "og:image").unwrap();
    assert_eq!(meta(&html, "twitter:image"), Some(og));
    let png = card(&local(og));
    // The title is drawn: the km card holds the Khmer title (its SVG asks for the Khmer font,
    // in which src/render/share.rs's tests find every glyph), the vi card the Vietnamese one.
    let ink = title_ink(&png);
    assert!(
        ink > 5_000,
        "only {ink} dark pixels in the title area of {og}"
    );
    let svg = read(&local(og).replace(".png", ".svg"));
    assert!(
        svg.contains("xml:lang=\"km\" font-family=\"'Noto Sans Khmer'"),
        "{svg}"
    );
    let vi = card("articles/thieu-trung-nop-ho-so-truc-tuyen/share.png");
    assert!(title_ink(&vi) > 5_000);
    assert_ne!(vi, png, "the km card has its own title");
    // The site's own card, per language.
    let home = Html::parse_document(&read("km/index.html"));
    assert_eq!(
        meta(&home, "og:image"),
        Some(format!("{BASE_URL}/km/share.png").as_str())
    );
    card("km/share.png");
    card("share.png");
}

/// Landing pages of the demo's QR corner in the language whose pages live under `prefix`.
fn landing_pages(prefix: &str) -> Vec<String> {
    html_pages()
        .into_iter()
        .filter(|path| {
            path.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix("communes/"))
                .is_some_and(|rest| rest.matches('/').count() == 2)
        })
        .collect()
}

/// A JSON-LD text: a string in the data's language, or a value with its own `@language`.
fn ld_text(value: &serde_json::Value) -> &str {
    value
        .as_str()
        .or_else(|| {
            assert!(value["@language"].is_string(), "{value}");
            value["@value"].as_str()
        })
        .unwrap_or_else(|| panic!("not a text: {value}"))
}

#[test]
fn procedure_landing_pages_share_their_own_card_and_describe_the_service() {
    for prefix in ["", "km/"] {
        let pages = landing_pages(prefix);
        assert!(pages.len() >= 50, "{prefix}: {} landing pages", pages.len());
        for path in &pages {
            let text = read(path);
            let html = Html::parse_document(&text);
            let og = meta(&html, "og:image").unwrap_or_else(|| panic!("{path}: no og:image"));
            assert_eq!(
                og,
                format!("{BASE_URL}/{}", path.replace("index.html", "share.png"))
            );
            assert_eq!(meta(&html, "og:image:type"), Some("image/png"), "{path}");
            let (width, height) = image::ImageReader::open(demo().join(local(og)))
                .unwrap()
                .with_guessed_format()
                .unwrap()
                .into_dimensions()
                .unwrap();
            assert_eq!((width, height), (1200, 630), "{path}");

            let scripts = select(&html, "script[type='application/ld+json']");
            assert_eq!(scripts.len(), 1, "{path}");
            let json: String = scripts[0].text().collect();
            assert!(!json.contains(['<', '>']), "{path}: raw < or > in JSON-LD");
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(value["@type"], "WebPage", "{path}");
            let h1 = select(&html, "h1")[0];
            let name: String = h1.text().collect();
            let name_lang = h1
                .attr("lang")
                .or_else(|| select(&html, "html")[0].attr("lang"))
                .unwrap();
            assert_eq!(value["inLanguage"], name_lang, "{path}");
            assert_eq!(value["url"], meta(&html, "og:url").unwrap(), "{path}");
            let service = &value["mainEntity"];
            assert_eq!(service["@type"], "GovernmentService", "{path}");
            assert_eq!(service["name"], name.trim(), "{path}");
            assert_eq!(service["image"], og, "{path}");
            assert!(!ld_text(&service["serviceType"]).is_empty(), "{path}");
            let page_text: String = select(&html, "main")[0].text().collect();
            let provider = &service["provider"];
            assert_eq!(provider["@type"], "GovernmentOrganization", "{path}");
            for shown in [&provider["name"], &service["areaServed"]["name"]] {
                let shown = ld_text(shown);
                assert!(
                    page_text.contains(shown),
                    "{path}: {shown} is not on the page"
                );
            }
            assert_eq!(service["areaServed"]["@type"], "AdministrativeArea");
            assert_eq!(
                service["serviceOperator"]["@type"],
                "GovernmentOrganization"
            );
            assert_eq!(service["offers"]["@type"], "Offer", "{path}");
            let channels = service["availableChannel"].as_array().unwrap();
            let online: Vec<&str> = channels
                .iter()
                .filter_map(|channel| channel["serviceUrl"].as_str())
                .collect();
            let button: Vec<&str> = select(&html, "a.btn")
                .iter()
                .filter_map(|a| a.attr("href"))
                .collect();
            assert_eq!(
                online, button,
                "{path}: the online channel is the page's button"
            );
            assert!(
                channels
                    .iter()
                    .any(|channel| channel["serviceLocation"]["@type"] == "GovernmentOffice"),
                "{path}"
            );
        }
    }
    // The printed short path is the landing page in the poster's first language: same card.
    let short = Html::parse_document(&read("q/dien-khanh/1.001193/index.html"));
    assert_eq!(
        meta(&short, "og:image"),
        Some(format!("{BASE_URL}/communes/dien-khanh/1.001193/share.png").as_str())
    );
    let km = Html::parse_document(&read("km/communes/dien-khanh/1.001193/index.html"));
    let json: String = select(&km, "script[type='application/ld+json']")[0]
        .text()
        .collect();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["inLanguage"], "km");
    assert_eq!(value["mainEntity"]["name"], "ចុះបញ្ជីកំណើត");
    assert_eq!(value["mainEntity"]["offers"]["price"], 0);
    // The commune's data is written in Vietnamese: it says so on a Khmer page.
    assert_eq!(
        value["mainEntity"]["areaServed"]["name"],
        serde_json::json!({"@value": "Xã Diên Khánh", "@language": "vi"})
    );
    let svg = read("km/communes/dien-khanh/1.001193/share.svg");
    assert!(svg.contains("xml:lang=\"km\" font-family=\"'Noto Sans Khmer'"));
    assert!(svg_text(&svg).contains("ចុះបញ្ជីកំណើត"), "{svg}");
    assert!(title_ink(&card("km/communes/dien-khanh/1.001193/share.png")) > 2_000);
}

#[test]
fn images_in_article_bodies_get_sizes_lazy_loading_and_phone_sized_copies() {
    let html = Html::parse_document(&read(
        "articles/dien-bien-ngay-hoi-hoc-tap-so-10-10/index.html",
    ));
    let images = select(&html, ".body img");
    assert_eq!(images.len(), 1);
    let img = images[0];
    assert_eq!(
        img.attr("src"),
        Some("/images/canh-dong-loa-sang-som.800w.jpg")
    );
    assert_eq!(img.attr("width"), Some("2400"));
    assert_eq!(img.attr("height"), Some("1260"));
    assert_eq!(img.attr("loading"), Some("lazy"));
    assert_eq!(img.attr("decoding"), Some("async"));
    assert!(img.attr("alt").unwrap().starts_with("Ảnh minh họa"));
    assert!(img.attr("sizes").is_some());
    let srcset = img.attr("srcset").unwrap();
    for width in [480, 800, 1200] {
        let copy = format!("/images/canh-dong-loa-sang-som.{width}w.jpg {width}w");
        assert!(srcset.contains(&copy), "{srcset}");
    }
    assert!(
        !srcset.contains("sang-som.jpg "),
        "the original is never offered"
    );
    assert!(!read("articles/dien-bien-ngay-hoi-hoc-tap-so-10-10/index.html").contains("loa:image"));
    // Other languages show the fallback text with the same image.
    let km = Html::parse_document(&read(
        "km/articles/dien-bien-ngay-hoi-hoc-tap-so-10-10/index.html",
    ));
    assert_eq!(select(&km, ".body img")[0].attr("width"), Some("2400"));
    // Lesson screenshots (SVG) get their size, and no copies.
    let lesson = Html::parse_document(&read("km/lessons/cai-dat-vneid-kich-hoat-muc-2/index.html"));
    let shots = select(&lesson, ".step img");
    assert!(!shots.is_empty());
    for shot in shots {
        assert!(shot.attr("width").is_some() && shot.attr("height").is_some());
        assert_eq!(shot.attr("loading"), Some("lazy"));
        assert!(shot.attr("srcset").is_none());
    }
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
    let (temp, site) = demo_site();
    let out = temp.path().join("again");
    let report = build(&strict(&site, &out))
        .unwrap_or_else(|d| panic!("strict build of the demo failed: {d:?}"));
    assert!(report.stats.budget.warnings.is_empty());
    assert!(report.stats.budget.heaviest["article"].0 < 50 * 1024);
    let (a, b) = (tree(demo()), tree(&out));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

fn tiny_site(extra_config: &str) -> tempfile::TempDir {
    let temp = tempfile::tempdir().unwrap();
    let site = temp.path().join("site");
    loa::commands::init::init(&site).unwrap();
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

/// `loa build -v SITE -o OUT`, the real binary; returns its standard error.
fn build_verbose(site: &Path, out: &Path) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", "-v"])
        .arg(site)
        .arg("-o")
        .arg(out)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "build failed: {stderr}");
    stderr
}

/// (cards, rasterised, from cache) from `loa build -v`.
fn share_counts(stderr: &str) -> (usize, usize, usize) {
    let line = stderr
        .lines()
        .find(|line| line.starts_with("share images: "))
        .unwrap_or_else(|| panic!("no share images line in: {stderr}"));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1], numbers[2])
}

/// A temp copy of the QR-corner fixture: articles, communes and procedures in vi, km, hmn, en.
fn qr_fixture() -> tempfile::TempDir {
    let temp = tempfile::tempdir().unwrap();
    copy_tree(&fixture_path("qrcorner/site"), &temp.path().join("site"));
    temp
}

#[test]
fn share_pngs_are_cached_by_their_svg_and_a_cached_build_is_byte_identical() {
    let temp = qr_fixture();
    let site = temp.path().join("site");
    let cache = site.join(".loa-cache/share");
    let (cold, warm) = (temp.path().join("cold"), temp.path().join("warm"));

    let (cards, rasterised, cached) = share_counts(&build_verbose(&site, &cold));
    assert!(cards >= 20, "{cards} cards");
    // Languages that show their fallback's titles (hmn → vi) have the same cards: one PNG each.
    assert_eq!(cached, 0, "a first build rasterises every distinct card");
    assert!(
        rasterised > cards / 2 && rasterised < cards,
        "{rasterised} of {cards}"
    );
    let stored: Vec<String> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(stored.len(), rasterised);
    for name in &stored {
        let key = name
            .strip_suffix(".png")
            .unwrap_or_else(|| panic!("{name} in the cache"));
        assert!(
            key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit()),
            "{name}"
        );
    }

    assert_eq!(
        share_counts(&build_verbose(&site, &warm)),
        (cards, 0, rasterised)
    );
    let (a, b) = (tree(&cold), tree(&warm));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(
            bytes == &b[path],
            "{path} differs between an uncached and a cached build"
        );
    }
    let pngs = a.keys().filter(|path| path.ends_with("share.png")).count();
    assert_eq!(pngs, cards);
    for path in a.keys().filter(|path| path.ends_with("share.png")) {
        let image = image::load_from_memory(&a[path]).unwrap();
        assert_eq!((image.width(), image.height()), (1200, 630), "{path}");
    }

    // Renaming one procedure redraws only its cards: one per language, per commune showing it.
    let procedure = site.join("content/procedures/2.000815.yaml");
    let text = std::fs::read_to_string(&procedure).unwrap();
    let name = text.lines().find(|line| line.starts_with("name:")).unwrap();
    std::fs::write(
        &procedure,
        text.replace(name, "name: \"Thủ tục đã đổi tên\""),
    )
    .unwrap();
    let (_, redrawn, kept) = share_counts(&build_verbose(&site, &warm));
    assert!(
        redrawn > 0 && redrawn < rasterised / 2,
        "{redrawn} of {rasterised} redrawn"
    );
    assert_eq!(redrawn + kept, rasterised);
    // The renamed procedure's old cards leave the cache.
    let now = std::fs::read_dir(&cache).unwrap().count();
    assert_eq!(now, rasterised);
}

#[test]
fn share_images_can_be_svg_or_none_and_other_values_are_errors_on_their_line() {
    let temp = tiny_site("share_images: svg\n");
    let site = temp.path().join("site");
    let out = temp.path().join("svg");
    build_verbose(&site, &out);
    let home = Html::parse_document(&std::fs::read_to_string(out.join("index.html")).unwrap());
    assert!(meta(&home, "og:image").unwrap().ends_with("/share.svg"));
    assert_eq!(meta(&home, "og:image:type"), Some("image/svg+xml"));
    let files = tree(&out);
    assert!(files.keys().any(|path| path.ends_with("share.svg")));
    assert!(!files.keys().any(|path| path.ends_with(".png")));
    assert!(
        !site.join(".loa-cache/share").exists(),
        "svg builds rasterise nothing"
    );

    let config = site.join("loa.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("share_images: svg", "share_images: none"),
    )
    .unwrap();
    let out = temp.path().join("none");
    build_verbose(&site, &out);
    let home = Html::parse_document(&std::fs::read_to_string(out.join("index.html")).unwrap());
    assert_eq!(meta(&home, "og:image"), None);
    assert_eq!(meta(&home, "twitter:card"), Some("summary"));
    assert!(!tree(&out).keys().any(|path| path.contains("share.")));

    std::fs::write(
        &config,
        text.replace("share_images: svg", "share_images: jpeg"),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .arg("build")
        .arg(&site)
        .arg("-o")
        .arg(temp.path().join("jpeg"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = text
        .lines()
        .position(|line| line.starts_with("share_images:"))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!(
            "loa.yaml:{line}: `share_images` must be `png`, `svg` or `none`, not `jpeg`"
        )),
        "{stderr}"
    );
}

/// A card template of a site's own: a blue card, the campaign's name at the top, the title's
/// lines as loa laid them out.
const OWN_CARD: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="{{ card.width }}" height="{{ card.height }}">
<rect id="ground" width="{{ card.width }}" height="{{ card.height }}" fill="#0b3d91"/>
<text id="site" xml:lang="{{ card.site_title.lang }}" font-size="30" fill="#fff">{% for line in card.site_title.lines %}{% for run in line %}<tspan x="{{ run.x - 108 }}" y="60">{{ run.text }}</tspan>{% endfor %}{% endfor %}</text>
{%- if card.kicker %}<text id="kicker" xml:lang="{{ card.kicker.lang }}">{% for line in card.kicker.lines %}{% for run in line %}{{ run.text }}{% endfor %}{% endfor %}</text>{% endif %}
<text id="title" xml:lang="{{ card.title.lang }}" font-size="{{ card.title.size }}" fill="#fff">{% for line in card.title.lines %}{% for run in line %}<tspan x="{{ run.x }}" y="{{ run.y }}"{% if run.family %} font-family="{{ run.family }}"{% endif %}>{{ run.text }}</tspan>{% endfor %}{% endfor %}</text>
</svg>
"##;

#[test]
fn a_sites_own_share_card_template_overrides_the_themes_card() {
    let temp = qr_fixture();
    let site = temp.path().join("site");
    let config = site.join("loa.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text + "share_images: svg\n").unwrap();
    let template = site.join("themes/default/templates/share-card.svg");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    std::fs::write(&template, OWN_CARD).unwrap();
    let out = temp.path().join("out");
    build_verbose(&site, &out);

    let files = tree(&out);
    let cards: Vec<&String> = files
        .keys()
        .filter(|path| path.ends_with("share.svg"))
        .collect();
    assert!(cards.len() >= 20, "{} cards", cards.len());
    for path in &cards {
        let svg = std::str::from_utf8(&files[*path]).unwrap();
        let document = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{path}: {e}"));
        let by_id = |id: &str| {
            document
                .descendants()
                .find(|node| node.attribute("id") == Some(id))
                .unwrap_or_else(|| panic!("{path} has no #{id}: {svg}"))
        };
        assert_eq!(by_id("ground").attribute("fill"), Some("#0b3d91"), "{path}");
        // Nothing of the theme's card is left: no red band, no loudspeaker.
        assert!(
            !document
                .descendants()
                .any(|node| node.attribute("fill") == Some("#a4161a") || node.has_tag_name("g")),
            "{path}: {svg}"
        );
        // The site's name moved to the top, its runs kept apart.
        let site = by_id("site");
        assert!(site.children().all(|run| run.attribute("y") == Some("60")));
        assert!(site.children().count() >= 1, "{path}");
    }

    let text_of = |path: &str, id: &str| -> String {
        let svg = std::str::from_utf8(&files[path]).unwrap();
        let document = roxmltree::Document::parse(svg).unwrap();
        let node = document
            .descendants()
            .find(|node| node.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("{path} has no #{id}"));
        node.descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect()
    };
    assert_eq!(
        text_of("articles/goc-qr-xa-a/share.svg", "title").replace(' ', ""),
        "XãAmởGócQRthủtụchànhchính"
    );
    assert_eq!(
        text_of("articles/goc-qr-xa-a/share.svg", "kicker"),
        "Tin tức"
    );
    // A Khmer title keeps its clusters in their own runs, Latin ones in Noto Sans.
    let svg = std::str::from_utf8(&files["km/share.svg"]).unwrap();
    let document = roxmltree::Document::parse(svg).unwrap();
    let title = document
        .descendants()
        .find(|node| node.attribute("id") == Some("title"))
        .unwrap();
    let runs: Vec<(&str, Option<&str>)> = title
        .children()
        .map(|run| (run.text().unwrap_or_default(), run.attribute("font-family")))
        .collect();
    assert!(runs.contains(&("QR", Some("Noto Sans"))), "{runs:?}");
    assert!(runs.contains(&("ជ្រុ", None)), "{runs:?}");
    assert_eq!(
        text_of("km/share.svg", "site"),
        text_of("km/share.svg", "title")
    );
}
