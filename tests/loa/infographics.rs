//! Infographics: the real `loa` binary on `tests/fixtures/infographics/site`, and on that site
//! broken by each case of `tests/fixtures/infographics/errors/`.

use crate::support::{Fixture, attributes, texts};
use scraper::{Html, Selector};

/// The values of the data table of an infographic page.
fn table_values(page: &Html) -> Vec<String> {
    texts(page, "table.data tbody td")
}

#[test]
fn the_chart_is_an_svg_with_a_title_and_a_description_that_reads_the_figures() {
    let site = Fixture::built("infographics");
    let page = site.page("infographics/so-lieu/index.html");
    assert_eq!(attributes(&page, "figure.chart svg", "role"), ["img"]);
    assert_eq!(
        attributes(&page, "figure.chart svg", "aria-labelledby"),
        ["ig-so-lieu-title ig-so-lieu-desc"]
    );
    assert_eq!(
        texts(&page, "svg title#ig-so-lieu-title"),
        ["Số liệu <hạ tầng> & thanh toán"]
    );
    let desc = texts(&page, "svg desc#ig-so-lieu-desc").concat();
    for sentence in [
        "Trạm BTS: 9.776.",
        "Thôn, bản có sóng: 99,7 %.",
        "Giá trị thanh toán: 617 triệu đồng.",
        "Nguồn: Bộ Khoa học và Công nghệ, 16/11/2025",
    ] {
        assert!(desc.contains(sentence), "{sentence} in {desc}");
    }
    assert!(
        site.read("infographics/so-lieu/index.html")
            .contains("&lt;hạ tầng&gt; &amp;")
    );
}

#[test]
fn numbers_are_written_the_way_each_language_writes_them() {
    let site = Fixture::built("infographics");
    let values = |page: &str| table_values(&site.page(page));
    assert_eq!(
        values("infographics/so-lieu/index.html"),
        [
            "9.776",
            "99,7 %",
            "2,73 triệu",
            "74,1 trên 100 dân",
            "617 triệu đồng",
            "9.700 giao dịch"
        ]
    );
    assert_eq!(
        values("en/infographics/so-lieu/index.html"),
        [
            "9,776",
            "99.7%",
            "2.73 million",
            "74.1 per 100 people",
            "617 million VND",
            "9,700 payments"
        ]
    );
    // Tày has no locale data: Vietnamese conventions, Tày words where the UI has them.
    let tay = values("tyz/infographics/so-lieu/index.html");
    assert_eq!(tay[..3], ["9.776", "99,7 %", "2,73 triệu"]);
    assert_eq!(tay[4], "617 triệu đồng");
    let khmer = values("km/infographics/so-lieu/index.html");
    assert_eq!(khmer[..2], ["9,776", "99.7%"]);
    assert_eq!(khmer[2], "2.73 លាន");
    assert_eq!(khmer[4], "617 លាន ដុង");
}

#[test]
fn the_table_shows_the_numbers_of_the_chart() {
    let site = Fixture::built("infographics");
    for lang in ["", "tyz/", "km/", "en/"] {
        for slug in ["so-lieu", "muc-tieu", "tap-huan"] {
            let page = site.page(&format!("{lang}infographics/{slug}/index.html"));
            let drawn = texts(&page, "figure.chart svg text");
            let table = table_values(&page);
            assert!(!table.is_empty());
            for value in &table {
                assert!(
                    drawn.iter().any(|text| text.ends_with(value.as_str())),
                    "{lang}{slug}: {value} is not drawn in {drawn:?}"
                );
            }
            let labels = texts(&page, "table.data tbody th");
            assert_eq!(
                labels.len(),
                table.len() / if slug == "muc-tieu" { 2 } else { 1 }
            );
            for label in labels {
                assert!(drawn.contains(&label), "{lang}{slug}: {label}");
            }
        }
    }
}

#[test]
fn progress_charts_show_each_target_and_bar_charts_one_bar_per_figure() {
    let site = Fixture::built("infographics");
    let progress = site.page("infographics/muc-tieu/index.html");
    assert_eq!(texts(&progress, "table.data thead th").len(), 3);
    assert_eq!(
        table_values(&progress),
        ["65 %", "100 %", "96.000", "120.000"]
    );
    let drawn = texts(&progress, "figure.chart svg text");
    assert!(
        drawn.contains(&"Mục tiêu: 120.000".to_string()),
        "{drawn:?}"
    );
    let bars = site.page("infographics/tap-huan/index.html");
    assert_eq!(attributes(&bars, "figure", "class"), ["chart chart-bar"]);
    assert_eq!(table_values(&bars), ["51.900 người", "11.000 người"]);
}

#[test]
fn every_language_gets_a_standalone_svg_file_beside_the_page() {
    let site = Fixture::built("infographics");
    let vi = site.read("infographics/so-lieu/so-lieu.svg");
    assert!(vi.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
    ));
    assert!(vi.contains("<title id=\"ig-so-lieu-title\">") && vi.contains(">9.776</text>"));
    let en = site.read("en/infographics/so-lieu/so-lieu.svg");
    assert!(en.contains(">9,776</text>") && en.contains("lang=\"en\""));
    let page = site.page("en/infographics/so-lieu/index.html");
    assert_eq!(
        attributes(&page, ".download a", "href"),
        ["/en/infographics/so-lieu/so-lieu.svg"]
    );
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.vn/km/infographics/so-lieu/</loc>"));
}

#[test]
fn articles_embed_an_infographic_that_links_to_its_page() {
    let site = Fixture::built("infographics");
    let embed = |page: &str| {
        let page = site.page(page);
        let selector = Selector::parse("figure.infographic-embed").unwrap();
        assert_eq!(page.select(&selector).count(), 1, "one embed");
        (
            attributes(&page, "figure.infographic-embed figcaption a", "href"),
            texts(&page, "figure.infographic-embed svg text"),
        )
    };
    let (href, drawn) = embed("articles/bai/index.html");
    assert_eq!(href, ["/infographics/so-lieu/"]);
    assert!(drawn.contains(&"9.776".to_string()));
    let (href, drawn) = embed("en/articles/bai/index.html");
    assert_eq!(href, ["/en/infographics/so-lieu/"]);
    assert!(drawn.contains(&"9,776".to_string()));
    // A Khmer reader of the Vietnamese article sees the chart in the article's language.
    let (href, drawn) = embed("km/articles/bai/index.html");
    assert_eq!(href, ["/km/infographics/so-lieu/"]);
    assert!(drawn.contains(&"9.776".to_string()));
    assert!(!site.read("articles/bai/index.html").contains("{{"));
}

#[test]
fn a_figure_without_a_value_is_an_error_at_its_line() {
    let site = Fixture::built("infographics");
    site.fails_with("missing-value", "content/infographics/tap-huan.yaml:9");
}

#[test]
fn a_value_that_is_not_a_number_is_an_error_at_its_line() {
    let site = Fixture::built("infographics");
    site.fails_with("non-numeric-value", "content/infographics/tap-huan.yaml:8");
}

#[test]
fn an_unknown_unit_is_an_error_at_its_line() {
    let site = Fixture::built("infographics");
    let stderr = site.fails_with("unknown-unit", "content/infographics/tap-huan.yaml:9");
    assert!(stderr.contains("did you mean `percent`"), "{stderr}");
}

#[test]
fn a_translation_that_changes_a_value_is_an_error_at_its_line() {
    let site = Fixture::built("infographics");
    site.fails_with(
        "translation-changes-value",
        "content/infographics/so-lieu.en.yaml:5",
    );
}

#[test]
fn embedding_an_infographic_that_does_not_exist_is_an_error_at_its_line() {
    let site = Fixture::built("infographics");
    site.fails_with("unknown-embed", "content/articles/bai.md:9");
}
