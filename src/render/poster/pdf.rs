//! Turning poster SVG documents into one print-ready PDF (one A4 page each), and into PNG
//! previews, always with the vendored fonts.
//!
//! Why krilla + krilla-svg rather than svg2pdf: both come from the Typst project and both read a
//! usvg tree, but svg2pdf makes one PDF per call (or a chunk to stitch into a document by hand),
//! while krilla builds a multi-page `Document` directly, subsets and embeds each TrueType font
//! once for the whole file (as CID fonts with a ToUnicode map, so text stays extractable), and
//! writes no clock time: its document and instance IDs are hashes of the content, so the same
//! SVGs give the same bytes. Text is shaped by usvg (rustybuzz), which handles Vietnamese
//! stacked marks, Khmer subscripts and reordering, Tai Viet and Cham. krilla-svg 0.8 is tied
//! to usvg/resvg 0.47, which is why the rasteriser below is resvg 0.47: one parsed tree and one
//! font database serve both outputs.

use std::sync::{Arc, LazyLock};

use krilla::geom::Size;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};
use resvg::{tiny_skia, usvg};

use crate::memo::Memo;
use crate::render::poster::PosterError;
use crate::render::poster::draw::{PdfFonts, draw_page};
use crate::render::poster::fonts::{DEFAULT_FAMILY, font_database};

/// A4 portrait in millimetres.
pub const A4_MM: (f32, f32) = (210.0, 297.0);
/// A4 portrait in PDF points (1/72 inch): 595.28 × 841.89.
pub const A4_PT: (f32, f32) = (A4_MM.0 * MM_TO_PT, A4_MM.1 * MM_TO_PT);
/// Highest resolution `svg_to_png` accepts: a print-shop proof, not a billboard.
pub const MAX_DPI: f32 = 1200.0;
/// Largest raster side `svg_to_png` allocates (A4 at 1200 dpi is 14 032 px tall).
pub const MAX_RASTER_SIDE: f32 = 16_384.0;

const MM_TO_PT: f32 = 72.0 / 25.4;
/// usvg reports sizes in CSS pixels, 96 to the inch.
const PX_PER_MM: f32 = 96.0 / 25.4;
/// Tolerance on the A4 check: usvg rounds mm → px in f32.
const A4_TOLERANCE_MM: f32 = 0.1;

/// Document-level facts written into the PDF (both optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfMetadata {
    /// Shown by PDF viewers instead of the file name.
    pub title: Option<String>,
    /// BCP 47 tag of the main language (`vi`, `km`, `blt`…), read by screen readers.
    pub language: Option<String>,
}

/// A poster SVG parsed with the vendored fonts and checked to be A4 portrait: one page, ready
/// to be drawn into any number of PDFs (a poster goes into its own PDF and into its commune's
/// wall PDF, and parsing is the costly half of the work).
pub struct PosterPage {
    /// The page's parsed parts, drawn in order: the whole document, or its top-level
    /// elements each parsed alone ([`PosterParser`]).
    parts: Vec<Arc<usvg::Tree>>,
}

impl PosterPage {
    /// Parses one poster SVG; errors name it as page `page` (counting from 1).
    ///
    /// The SVG must be A4 portrait (`width="210mm" height="297mm"`, normally with
    /// `viewBox="0 0 210 297"` so that user units are millimetres). Text is set in the vendored
    /// fonts only ([`font_database`]): a `font-family` naming anything else falls back to Noto
    /// Sans, then to whichever vendored font has the glyph. `<image>` may only use `data:` URLs:
    /// files are never read, so a poster cannot depend on what lies beside the binary.
    pub fn parse(svg: &str, page: usize) -> Result<Self, PosterError> {
        let tree = parse(svg, page, usvg_options())?;
        check_a4(&tree, page)?;
        Ok(PosterPage {
            parts: vec![Arc::new(tree)],
        })
    }
}

/// Parses the posters of one render, remembering the parts they repeat (see
/// [`parts`](super::parts)): the same pages as [`PosterPage::parse`], and the same PDFs.
pub struct PosterParser {
    parts: Memo<blake3::Hash, Option<Arc<usvg::Tree>>>,
}

/// How many parsed parts a [`PosterParser`] keeps before it starts again: the parts of a
/// procedure's posters and of a commune's wall, with room for each poster's own (its URL,
/// its stamp, its QR code), in tens of megabytes.
const PARTS_LIMIT: usize = 4_000;

impl Default for PosterParser {
    fn default() -> Self {
        PosterParser {
            parts: Memo::with_limit(PARTS_LIMIT),
        }
    }
}

impl PosterParser {
    /// The same as [`PosterPage::parse`].
    pub fn parse(&self, svg: &str, page: usize) -> Result<PosterPage, PosterError> {
        let Some(parts) = super::parts::split(svg) else {
            return PosterPage::parse(svg, page);
        };
        let parsed: Option<Vec<Arc<usvg::Tree>>> = (parts.iter())
            .map(|part| {
                self.parts.get_or(blake3::hash(part.as_bytes()), || {
                    parse(part, page, usvg_options()).ok().map(Arc::new)
                })
            })
            .collect();
        match parsed {
            Some(parts) => {
                check_a4(&parts[0], page)?;
                Ok(PosterPage { parts })
            }
            // The whole document names the error as it is in the poster.
            None => PosterPage::parse(svg, page),
        }
    }
}

/// Makes one PDF with one A4 portrait page per SVG, in order (see [`PosterPage::parse`] for
/// what each SVG must be). Fonts are subset and embedded; text stays selectable. The same input
/// always gives the same bytes.
pub fn posters_to_pdf<S: AsRef<str>>(
    pages: &[S],
    metadata: &PdfMetadata,
) -> Result<Vec<u8>, PosterError> {
    let pages = pages
        .iter()
        .enumerate()
        .map(|(i, svg)| PosterPage::parse(svg.as_ref(), i + 1))
        .collect::<Result<Vec<_>, PosterError>>()?;
    pages_to_pdf(&pages.iter().collect::<Vec<_>>(), metadata)
}

/// Makes one PDF with one A4 page per parsed poster, in order: the same bytes as
/// [`posters_to_pdf`] on their SVGs.
pub fn pages_to_pdf(pages: &[&PosterPage], metadata: &PdfMetadata) -> Result<Vec<u8>, PosterError> {
    pages_to_pdf_drawn_by(pages, metadata, |parts, size, surface| {
        draw_page(parts, size, pdf_fonts(), surface)
    })
}

/// [`pages_to_pdf`] with the page drawer as a parameter, so that the tests can set
/// loa's drawing beside krilla-svg's.
pub(super) fn pages_to_pdf_drawn_by(
    pages: &[&PosterPage],
    metadata: &PdfMetadata,
    draw: impl Fn(&[Arc<usvg::Tree>], Size, &mut Surface) -> Option<()>,
) -> Result<Vec<u8>, PosterError> {
    if pages.is_empty() {
        return Err(PosterError::NoPages);
    }
    let mut document = Document::new_with(SerializeSettings::default());
    let mut info = Metadata::new().creator("loa".to_owned());
    if let Some(title) = &metadata.title {
        info = info.title(title.clone());
    }
    if let Some(language) = &metadata.language {
        info = info.language(language.clone());
    }
    document.set_metadata(info);

    let a4 = Size::from_wh(A4_PT.0, A4_PT.1)
        .ok_or_else(|| PosterError::Pdf("invalid A4 page size".into()))?;
    for (i, page) in pages.iter().enumerate() {
        let mut pdf_page = document.start_page_with(PageSettings::new(a4));
        let mut surface = pdf_page.surface();
        let drawn = draw(&page.parts, a4, &mut surface);
        surface.finish();
        pdf_page.finish();
        drawn.ok_or_else(|| PosterError::Pdf(format!("page {} could not be drawn", i + 1)))?;
    }
    document
        .finish()
        .map_err(|e| PosterError::Pdf(e.to_string()))
}

/// Rasterises one SVG to PNG bytes at `dpi` dots per inch, on a white background (a
/// transparent quiet zone reads as black to most QR decoders). Uses the same fonts and
/// parsing rules as [`posters_to_pdf`]; the SVG may have any size. Errors name page 1.
pub fn svg_to_png(svg: &str, dpi: f32) -> Result<Vec<u8>, PosterError> {
    svg_to_pixmap(svg, dpi)?
        .encode_png()
        .map_err(|e| PosterError::Png(e.to_string()))
}

/// Rasterises one SVG to a baseline RGB JPEG at `dpi` and `quality` (1–100), on white: for
/// the podcast apps' cover art, which must be RGB PNG or JPEG and is shown as a photo is.
/// Gives the JPEG and its width and height in pixels.
pub fn svg_to_jpeg(svg: &str, dpi: f32, quality: u8) -> Result<(Vec<u8>, u32, u32), PosterError> {
    let pixmap = svg_to_pixmap(svg, dpi)?;
    // Opaque on white, so dropping alpha loses nothing (premultiplied equals straight).
    let rgb: Vec<u8> = (pixmap.data().chunks_exact(4))
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, quality)
        .encode(
            &rgb,
            pixmap.width(),
            pixmap.height(),
            image::ExtendedColorType::Rgb8,
        )
        .map_err(|e| PosterError::Jpeg(e.to_string()))?;
    Ok((jpeg, pixmap.width(), pixmap.height()))
}

/// [`svg_to_png`] without the PNG encoding: the rasterised pixels, on white.
fn svg_to_pixmap(svg: &str, dpi: f32) -> Result<tiny_skia::Pixmap, PosterError> {
    if !(dpi > 0.0 && dpi <= MAX_DPI) {
        return Err(PosterError::InvalidDpi { dpi });
    }
    let tree = parse_svg(svg)?;
    let scale = dpi / 96.0;
    let mut pixmap = canvas(&tree, scale)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// An SVG parsed with the fonts and rules of [`svg_to_png`]; errors name page 1.
pub fn parse_svg(svg: &str) -> Result<usvg::Tree, PosterError> {
    parse(svg, 1, usvg_options())
}

/// A white raster the size of `tree` drawn at `scale` pixels to the CSS pixel.
pub fn canvas(tree: &usvg::Tree, scale: f32) -> Result<tiny_skia::Pixmap, PosterError> {
    let (width, height) = (
        (tree.size().width() * scale).round().max(1.0),
        (tree.size().height() * scale).round().max(1.0),
    );
    if width > MAX_RASTER_SIDE || height > MAX_RASTER_SIDE {
        return Err(PosterError::RasterTooLarge { width, height });
    }
    // Both sides are in 1..=MAX_RASTER_SIDE here, so the casts are exact.
    let mut pixmap = tiny_skia::Pixmap::new(width as u32, height as u32)
        .ok_or(PosterError::RasterTooLarge { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    Ok(pixmap)
}

/// The parsing options of every poster and share card, made once: the vendored font database
/// is parsed once per process, not once per SVG.
fn usvg_options() -> &'static usvg::Options<'static> {
    static OPTIONS: LazyLock<usvg::Options<'static>> = LazyLock::new(|| usvg::Options {
        font_family: DEFAULT_FAMILY.to_owned(),
        fontdb: Arc::new(font_database()),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    });
    &OPTIONS
}

/// The PDF fonts of [`usvg_options`]'s font database, which every parsed tree refers to.
fn pdf_fonts() -> &'static PdfFonts {
    static FONTS: LazyLock<PdfFonts> =
        LazyLock::new(|| PdfFonts::new(usvg_options().fontdb.clone()));
    &FONTS
}

fn parse(svg: &str, page: usize, options: &usvg::Options) -> Result<usvg::Tree, PosterError> {
    usvg::Tree::from_str(svg, options).map_err(|source| PosterError::Svg { page, source })
}

fn check_a4(tree: &usvg::Tree, page: usize) -> Result<(), PosterError> {
    let width_mm = tree.size().width() / PX_PER_MM;
    let height_mm = tree.size().height() / PX_PER_MM;
    if (width_mm - A4_MM.0).abs() > A4_TOLERANCE_MM || (height_mm - A4_MM.1).abs() > A4_TOLERANCE_MM
    {
        return Err(PosterError::NotA4 {
            page,
            width_mm,
            height_mm,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const A4_EMPTY: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297"/>"#;

    #[test]
    fn a4_in_points() {
        assert!((A4_PT.0 - 595.28).abs() < 0.01);
        assert!((A4_PT.1 - 841.89).abs() < 0.01);
    }

    #[test]
    fn rejects_what_it_cannot_print() {
        let none: [&str; 0] = [];
        assert!(matches!(
            posters_to_pdf(&none, &PdfMetadata::default()),
            Err(PosterError::NoPages)
        ));
        let err = posters_to_pdf(&[A4_EMPTY, "<svg"], &PdfMetadata::default()).unwrap_err();
        assert!(matches!(err, PosterError::Svg { page: 2, .. }), "{err}");
        let letter = r#"<svg xmlns="http://www.w3.org/2000/svg" width="8.5in" height="11in"/>"#;
        let err = posters_to_pdf(&[letter], &PdfMetadata::default()).unwrap_err();
        assert!(matches!(err, PosterError::NotA4 { page: 1, .. }), "{err}");
        let landscape = r#"<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm"/>"#;
        assert!(posters_to_pdf(&[landscape], &PdfMetadata::default()).is_err());
    }

    #[test]
    fn png_size_follows_dpi_and_limits_hold() {
        let png = svg_to_png(A4_EMPTY, 150.0).unwrap();
        let pixmap = tiny_skia::Pixmap::decode_png(&png).unwrap();
        // 210 mm and 297 mm at 150 dpi.
        assert_eq!((pixmap.width(), pixmap.height()), (1240, 1754));
        assert_eq!(pixmap.pixel(0, 0).map(|p| p.red()), Some(255));
        for dpi in [0.0, -1.0, f32::NAN, 5_000.0] {
            assert!(matches!(
                svg_to_png(A4_EMPTY, dpi),
                Err(PosterError::InvalidDpi { .. })
            ));
        }
        let wall = r#"<svg xmlns="http://www.w3.org/2000/svg" width="5000mm" height="5000mm"/>"#;
        assert!(matches!(
            svg_to_png(wall, 300.0),
            Err(PosterError::RasterTooLarge { .. })
        ));
    }

    #[test]
    fn a_parser_parses_each_repeated_part_once() {
        let poster = |place: &str| {
            format!(
                r##"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297"><rect width="210" height="26" fill="#a4161a"/><text x="15" y="13" font-weight="700">Góc QR</text><text x="15" y="21">{place}</text></svg>"##
            )
        };
        let parser = PosterParser::default();
        let first = parser.parse(&poster("Xã Lộc Ngọc"), 1).unwrap();
        let second = parser.parse(&poster("Xã Hà Mỹ"), 2).unwrap();
        assert_eq!((first.parts.len(), second.parts.len()), (3, 3));
        let same: Vec<bool> = (first.parts.iter().zip(&second.parts))
            .map(|(a, b)| Arc::ptr_eq(a, b))
            .collect();
        assert_eq!(same, [true, true, false]);
    }

    #[test]
    fn a_parser_reports_what_whole_parsing_reports() {
        let parser = PosterParser::default();
        let letter = r#"<svg xmlns="http://www.w3.org/2000/svg" width="8.5in" height="11in"><rect width="9" height="9"/></svg>"#;
        let Err(err) = parser.parse(letter, 4) else {
            panic!("a letter-size poster parsed")
        };
        assert!(matches!(err, PosterError::NotA4 { page: 4, .. }), "{err}");
        let broken = r#"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm"><rect width="-"/><text>x</svg>"#;
        let Err(err) = parser.parse(broken, 2) else {
            panic!("a broken poster parsed")
        };
        assert!(matches!(err, PosterError::Svg { page: 2, .. }), "{err}");
    }

    #[test]
    fn files_are_never_read() {
        fn has_image(group: &usvg::Group) -> bool {
            group.children().iter().any(|node| match node {
                usvg::Node::Image(_) => true,
                usvg::Node::Group(g) => has_image(g),
                _ => false,
            })
        }
        let dir = tempfile::tempdir().unwrap();
        let png = dir.path().join("logo.png");
        let tiny = r#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>"#;
        std::fs::write(&png, svg_to_png(tiny, 96.0).unwrap()).unwrap();
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="210mm" height="297mm" viewBox="0 0 210 297"><image width="20" height="20" xlink:href="{}"/></svg>"#,
            png.display()
        );
        // The stock resolver would read the file; ours must not.
        let stock = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
        assert!(has_image(stock.root()));
        assert!(!has_image(parse(&svg, 1, usvg_options()).unwrap().root()));
    }
}
