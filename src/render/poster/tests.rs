//! End-to-end poster tests: QR codes survive SVG → PNG → decoder, and multilingual posters
//! become a deterministic two-page A4 PDF with embedded fonts (checked with lopdf, and with
//! poppler and zbar where installed).

use resvg::tiny_skia::Pixmap;

use super::qr::tests::{URL_32, URL_32_UPPER, URL_89};
use super::*;

#[path = "../../../tests/loa/support/tools.rs"]
mod tools;

const VI_TITLE: &str = "Đăng ký khai sinh";
/// Stacked marks: circumflex or breve plus a tone mark on one vowel (ấ, ổ, ặ, ễ).
const VI_STACKED: &str = "Cấp bản sao trích lục, đổi tên, đặt tên, Nguyễn";
const KM_TITLE: &str = "ចុះបញ្ជីកំណើត";
/// "Tai Dam" in Tai Viet script.
const TAI_VIET: &str = "ꪼꪕꪒꪾ";
const CHAM: &str = "ꨌꩌ";

fn a4(body: &str) -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297"><rect width="210" height="297" fill="#fff"/>{body}</svg>"##
    )
}

/// A poster with the code at 50 mm, where a procedure poster puts it.
fn qr_poster(url: &str, level: EcLevel, extra: &str) -> String {
    let code = qr::encode(url, level).unwrap();
    a4(&format!(
        "{}{extra}",
        code.svg_path(80.0, 120.0, 50.0).unwrap()
    ))
}

fn decode_qr(png: &[u8]) -> Vec<String> {
    let pixmap = Pixmap::decode_png(png).unwrap();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(
        pixmap.width() as usize,
        pixmap.height() as usize,
        |x, y| {
            let p = pixmap.pixel(x as u32, y as u32).unwrap();
            ((u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue())) / 3) as u8
        },
    );
    image
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().unwrap().1)
        .collect()
}

/// Draws `url` at 50 mm on an A4 poster, rasterises it at 150 dpi, and reads it back.
fn assert_round_trip(url: &str, level: EcLevel) {
    let png = svg_to_png(&qr_poster(url, level, ""), 150.0).unwrap();
    assert_eq!(decode_qr(&png), [url], "{url} at {level:?}");
}

// Split in two so the test harness runs them on both cores (each round trip takes about
// a second in a debug build).
#[test]
fn an_89_character_url_decodes_at_every_level() {
    for level in [EcLevel::M, EcLevel::Q, EcLevel::H] {
        assert_round_trip(URL_89, level);
    }
}

#[test]
fn short_urls_decode() {
    for url in [URL_32, URL_32_UPPER, "https://a.vn/"] {
        assert_round_trip(url, EcLevel::M);
    }
}

fn multilingual_posters() -> [String; 2] {
    let qr_1 = qr::encode(URL_89, EcLevel::M).unwrap();
    let qr_2 = qr::encode(URL_32, EcLevel::Q).unwrap();
    [
        a4(&format!(
            r#"<text x="20" y="30" font-size="12" font-weight="700">{VI_TITLE}</text>
<text x="20" y="45" font-size="7">{VI_STACKED}</text>
<text x="20" y="60" font-size="12" font-family="Noto Sans Khmer">{KM_TITLE}</text>
{}
<text x="20" y="185" font-size="5">dichvucong.gov.vn · 1.001193</text>"#,
            qr_1.svg_path(80.0, 120.0, 50.0).unwrap()
        )),
        // Cham names no family: it must reach Noto Sans Cham through fallback.
        a4(&format!(
            r#"<text x="20" y="30" font-size="12" font-family="Noto Sans Tai Viet">{TAI_VIET}</text>
<text x="20" y="45" font-size="12">{CHAM}</text>
<text x="20" y="60" font-size="12" font-family="Noto Sans Khmer" font-weight="bold">{KM_TITLE}</text>
<text x="20" y="75" font-size="9">{VI_TITLE}</text>
{}"#,
            qr_2.svg_path(80.0, 120.0, 50.0).unwrap()
        )),
    ]
}

fn multilingual_pdf() -> Vec<u8> {
    let metadata = PdfMetadata {
        title: Some(VI_TITLE.to_owned()),
        language: Some("vi".to_owned()),
    };
    posters_to_pdf(&multilingual_posters(), &metadata).unwrap()
}

#[test]
fn multilingual_pdf_is_a4_embeds_its_fonts_and_is_reproducible() {
    let pdf = multilingual_pdf();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pdf, multilingual_pdf(), "two runs gave different bytes");

    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 2);
    for id in pages.values() {
        let page = doc.get_object(*id).unwrap().as_dict().unwrap();
        let media_box: Vec<f32> = page
            .get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_float().unwrap())
            .collect();
        let (w, h) = (media_box[2] - media_box[0], media_box[3] - media_box[1]);
        assert!(
            (w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5,
            "{media_box:?}"
        );
    }

    let mut embedded = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor") {
            continue;
        }
        let name = String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap());
        assert!(
            dict.has(b"FontFile2") || dict.has(b"FontFile3"),
            "{name} is not embedded"
        );
        // Subset fonts carry a six-letter tag: "ABCDEF+NotoSans-Regular".
        embedded.push(name.split_once('+').map_or(&*name, |(_, n)| n).to_owned());
    }
    embedded.sort();
    assert_eq!(
        embedded,
        [
            "NotoSans-Bold",
            "NotoSans-Regular",
            "NotoSansCham-Regular",
            "NotoSansKhmer-Bold",
            "NotoSansKhmer-Regular",
            "NotoSansTaiViet-Regular",
        ]
    );
}

#[test]
fn text_no_vendored_font_covers_is_dropped_not_fatal() {
    let poster = a4(r#"<text x="20" y="30" font-size="12">办理 🙂 Đăng ký</text>"#);
    let pdf = posters_to_pdf(&[poster], &PdfMetadata::default()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn poppler_and_zbar_read_the_printed_pdf() {
    let missing = tools::missing_programs(&["pdftoppm", "pdftotext", "pdffonts", "zbarimg"]);
    if !tools::system_tools_present(&missing, "apt-get install -y poppler-utils zbar-tools") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("posters.pdf"), multilingual_pdf()).unwrap();

    tools::run(
        "pdftoppm",
        &["-r", "150", "-png", "posters.pdf", "page"],
        dir.path(),
    );
    let scanned = tools::run(
        "zbarimg",
        &["--raw", "-q", "page-1.png", "page-2.png"],
        dir.path(),
    );
    assert_eq!(scanned.lines().collect::<Vec<_>>(), [URL_89, URL_32]);

    let text = tools::run("pdftotext", &["posters.pdf", "-"], dir.path());
    assert!(text.contains(VI_TITLE), "{text}");
    assert!(text.contains(VI_STACKED), "{text}");
    let text = tools::without_whitespace(&text);
    for s in [KM_TITLE, TAI_VIET, CHAM] {
        assert!(text.contains(s), "{s} not in {text}");
    }

    let fonts = tools::pdf_fonts("posters.pdf", dir.path());
    assert_eq!(fonts.len(), 6, "{fonts:?}");
    for (row, embedded) in fonts {
        assert!(embedded, "{row}");
    }
}

/// Posters with what loa's PDF drawer handles itself: stacked marks, Khmer reordering, font
/// fallback within a line, centred and rotated text, letter spacing (advances that are not the
/// font's), an underline, a stroked outline drawn under its fill, and a QR code.
fn glyph_run_posters() -> Vec<String> {
    let mut posters = multilingual_posters().to_vec();
    posters.push(a4(&format!(
        r##"<text x="105" y="30" text-anchor="middle" font-size="10" letter-spacing="0.8" fill="#a4161a">{VI_STACKED}</text>
<text x="20" y="50" font-size="9" text-decoration="underline">{VI_TITLE} {KM_TITLE} {CHAM}</text>
<text x="20" y="70" font-size="14" font-weight="700" fill="#fff" stroke="#1b1b1b" stroke-width="0.8" paint-order="stroke">{VI_TITLE}</text>
<text transform="rotate(-90 15 250)" x="15" y="250" font-size="6"><tspan fill="#444">{TAI_VIET}</tspan> {VI_TITLE}</text>"##
    )));
    posters
}

/// The PDF of `svgs` with each page drawn by `draw`.
fn pdf_drawn_by(
    svgs: &[String],
    draw: impl Fn(
        &[std::sync::Arc<resvg::usvg::Tree>],
        krilla::geom::Size,
        &mut krilla::surface::Surface,
    ) -> Option<()>,
) -> Vec<u8> {
    let pages: Vec<PosterPage> = (svgs.iter().enumerate())
        .map(|(i, svg)| PosterPage::parse(svg, i + 1).unwrap())
        .collect();
    let pages: Vec<&PosterPage> = pages.iter().collect();
    pdf::pages_to_pdf_drawn_by(&pages, &PdfMetadata::default(), draw).unwrap()
}

/// What krilla-svg makes of the same pages: every glyph a text object of its own.
fn pdf_drawn_glyph_by_glyph(svgs: &[String]) -> Vec<u8> {
    use krilla_svg::SurfaceExt;
    pdf_drawn_by(svgs, |parts, size, surface| {
        let [tree] = parts else { return None };
        surface.draw_svg(tree, size, krilla_svg::SvgSettings::default())
    })
}

/// How many text objects (`BT` operators) the page content streams of `pdf` begin.
fn text_objects(pdf: &[u8]) -> usize {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    doc.get_pages()
        .values()
        .map(|&page| {
            let content = doc.get_and_decode_page_content(page).unwrap();
            (content.operations.iter())
                .filter(|op| op.operator == "BT")
                .count()
        })
        .sum()
}

#[test]
fn text_is_drawn_as_glyph_runs_not_glyph_by_glyph() {
    let posters = glyph_run_posters();
    let runs = posters_to_pdf(&posters, &PdfMetadata::default()).unwrap();
    let by_glyph = pdf_drawn_glyph_by_glyph(&posters);
    let (run_objects, glyph_objects) = (text_objects(&runs), text_objects(&by_glyph));
    assert!(
        run_objects * 8 < glyph_objects,
        "{run_objects} text objects in runs against {glyph_objects} glyph by glyph"
    );
    assert!(
        runs.len() < by_glyph.len(),
        "{} bytes in runs against {} glyph by glyph",
        runs.len(),
        by_glyph.len()
    );
}

#[test]
fn glyph_runs_print_and_copy_like_glyph_by_glyph_drawing() {
    let missing = tools::missing_programs(&["pdftoppm", "pdftotext"]);
    if !tools::system_tools_present(&missing, "apt-get install -y poppler-utils") {
        return;
    }
    let posters = glyph_run_posters();
    let dir = tempfile::tempdir().unwrap();
    let (runs, by_glyph) = (dir.path().join("runs.pdf"), dir.path().join("glyphs.pdf"));
    std::fs::write(
        &runs,
        posters_to_pdf(&posters, &PdfMetadata::default()).unwrap(),
    )
    .unwrap();
    std::fs::write(&by_glyph, pdf_drawn_glyph_by_glyph(&posters)).unwrap();

    let text =
        |pdf: &str| tools::without_whitespace(&tools::run("pdftotext", &[pdf, "-"], dir.path()));
    // The same characters; poppler may order the lines of a page differently.
    let characters = |pdf: &str| {
        let mut characters: Vec<char> = text(pdf).chars().collect();
        characters.sort_unstable();
        characters
    };
    assert_eq!(characters("runs.pdf"), characters("glyphs.pdf"));
    for s in [VI_STACKED, KM_TITLE, TAI_VIET, CHAM] {
        assert!(
            text("runs.pdf").contains(&tools::without_whitespace(s)),
            "{s}"
        );
    }

    for pdf in ["runs", "glyphs"] {
        tools::run(
            "pdftoppm",
            &["-r", "100", "-png", &format!("{pdf}.pdf"), pdf],
            dir.path(),
        );
    }
    for page in 1..=posters.len() {
        let read = |pdf: &str| {
            Pixmap::decode_png(
                &std::fs::read(dir.path().join(format!("{pdf}-{page}.png"))).unwrap(),
            )
            .unwrap()
        };
        let (runs, glyphs) = (read("runs"), read("glyphs"));
        assert_eq!(
            (runs.width(), runs.height()),
            (glyphs.width(), glyphs.height())
        );
        // Anti-aliased edges may move by a fraction of a pixel (positions are rounded
        // differently); a misplaced glyph changes hundreds of pixels.
        let differing = (runs.pixels().iter().zip(glyphs.pixels()))
            .filter(|(a, b)| a.red().abs_diff(b.red()) > 96 || a.blue().abs_diff(b.blue()) > 96)
            .count();
        assert!(differing < 30, "page {page}: {differing} pixels differ");
        let inked = runs.pixels().iter().filter(|p| p.red() < 128).count();
        assert!(inked > 1_000, "page {page} is blank");
    }
}

#[test]
fn posters_parsed_in_parts_make_the_same_pdf_as_whole_documents() {
    let posters = glyph_run_posters();
    let whole = posters_to_pdf(&posters, &PdfMetadata::default()).unwrap();
    let parser = PosterParser::default();
    // The second time, every part comes from what the parser remembers.
    for round in 1..=2 {
        let pages: Vec<PosterPage> = (posters.iter().enumerate())
            .map(|(i, svg)| parser.parse(svg, i + 1).unwrap())
            .collect();
        let pdf = pages_to_pdf(&pages.iter().collect::<Vec<_>>(), &PdfMetadata::default());
        assert!(pdf.unwrap() == whole, "round {round} made another PDF");
    }
}
