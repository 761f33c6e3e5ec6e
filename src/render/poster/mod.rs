//! Print posters for a commune's "QR corner": QR codes, vendored fonts, and the SVG → PDF/PNG
//! conversion. Everything here is a pure function of its arguments (no system fonts, no clock,
//! no files read at run time), so a poster prints the same on every machine.

mod draw;
pub mod fonts;
pub mod layout;
mod parts;
pub mod pdf;
pub mod qr;

#[cfg(test)]
mod tests;

pub use pdf::{
    PdfMetadata, PosterPage, PosterParser, canvas, pages_to_pdf, parse_svg, posters_to_pdf,
    svg_to_jpeg, svg_to_png,
};
pub use qr::{EcLevel, QUIET_ZONE_MODULES, QrCode};

/// Everything that can go wrong while making a poster.
#[derive(Debug, thiserror::Error)]
pub enum PosterError {
    /// A QR code needs something to point at.
    #[error("cannot make a QR code from empty text")]
    EmptyQrText,
    /// The text does not fit in the largest QR code (version 40) at this level.
    #[error("cannot encode {len} bytes as a QR code at level {level:?}: {source}")]
    QrEncode {
        len: usize,
        level: EcLevel,
        #[source]
        source: qrcode::types::QrError,
    },
    /// A position or size handed to the QR drawing code is not usable.
    #[error("QR {name} must be a finite number{}, got {value}", if *.positive { " above 0" } else { "" })]
    InvalidGeometry {
        name: &'static str,
        value: f64,
        positive: bool,
    },
    /// `posters_to_pdf` was given no page.
    #[error("a poster PDF needs at least one page")]
    NoPages,
    /// An SVG document could not be parsed (`page` counts from 1).
    #[error("poster page {page}: invalid SVG: {source}")]
    Svg {
        page: usize,
        #[source]
        source: resvg::usvg::Error,
    },
    /// A page is not A4 portrait; scaling it silently would distort the QR code.
    #[error(
        "poster page {page} is {width_mm:.1} × {height_mm:.1} mm, not A4 portrait (210 × 297 mm)"
    )]
    NotA4 {
        page: usize,
        width_mm: f32,
        height_mm: f32,
    },
    /// The PDF writer refused the document.
    #[error("cannot write the poster PDF: {0}")]
    Pdf(String),
    /// Rasterising needs a resolution in (0, 1200] dots per inch.
    #[error("DPI must be above 0 and at most {max}, got {dpi}", max = pdf::MAX_DPI)]
    InvalidDpi { dpi: f32 },
    /// The raster would be too large to allocate.
    #[error("a {width} × {height} px raster is too large (limit {max} px a side)", max = pdf::MAX_RASTER_SIDE)]
    RasterTooLarge { width: f32, height: f32 },
    /// PNG encoding failed.
    #[error("cannot encode PNG: {0}")]
    Png(String),
    /// JPEG encoding failed.
    #[error("cannot encode JPEG: {0}")]
    Jpeg(String),
}
