//! The fonts vendored in `themes/default/fonts/` (Noto, SIL OFL 1.1), compiled into the binary,
//! and the font database that every poster is laid out and rendered with.

use std::sync::Arc;

pub use resvg::usvg::fontdb;

/// Family used for text that names no family, and for the generic `sans-serif`, `serif`,
/// `monospace`, `cursive` and `fantasy` families: one predictable face everywhere.
pub const DEFAULT_FAMILY: &str = "Noto Sans";

/// One font file compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFont {
    /// File name in `themes/default/fonts/`.
    pub file_name: &'static str,
    /// Family name as the font itself declares it (what an SVG's `font-family` must say).
    pub family: &'static str,
    /// The font file, byte for byte.
    pub data: &'static [u8],
}

macro_rules! vendored {
    ($file:literal, $family:literal) => {
        EmbeddedFont {
            file_name: $file,
            family: $family,
            data: include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/themes/default/fonts/",
                $file
            )),
        }
    };
}

/// Every vendored font: Latin with Vietnamese diacritics, Khmer, Tai Viet (Thái) and Cham.
/// Text in a script not covered here renders as missing glyphs rather than falling back to
/// whatever the machine has installed.
pub const FONTS: [EmbeddedFont; 6] = [
    vendored!("NotoSans-Regular.ttf", "Noto Sans"),
    vendored!("NotoSans-Bold.ttf", "Noto Sans"),
    vendored!("NotoSansKhmer-Regular.ttf", "Noto Sans Khmer"),
    vendored!("NotoSansKhmer-Bold.ttf", "Noto Sans Khmer"),
    vendored!("NotoSansTaiViet-Regular.ttf", "Noto Sans Tai Viet"),
    vendored!("NotoSansCham-Regular.ttf", "Noto Sans Cham"),
];

/// The SIL Open Font License text and copyright lines that must travel with the fonts
/// (OFL condition 2), e.g. when loa copies or subsets them into a built site.
pub const OFL_TEXT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/themes/default/fonts/OFL.txt"
));

/// A font database holding exactly the vendored fonts, never system fonts, so layout and
/// glyph choice are the same on every machine.
///
/// Faces are loaded in [`FONTS`] order; usvg's fallback for characters the requested family
/// lacks walks faces in that order, so fallback is deterministic too.
pub fn font_database() -> fontdb::Database {
    let mut db = fontdb::Database::new();
    for font in FONTS {
        // `&'static [u8]` is shared, not copied, and fontdb skips data it cannot parse;
        // the tests check every face loads.
        db.load_font_source(fontdb::Source::Binary(Arc::new(font.data)));
    }
    db.set_sans_serif_family(DEFAULT_FAMILY);
    db.set_serif_family(DEFAULT_FAMILY);
    db.set_monospace_family(DEFAULT_FAMILY);
    db.set_cursive_family(DEFAULT_FAMILY);
    db.set_fantasy_family(DEFAULT_FAMILY);
    db
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vendored_font_loads_under_its_declared_family() {
        let db = font_database();
        assert_eq!(db.len(), FONTS.len());
        for (face, font) in db.faces().zip(FONTS) {
            assert!(
                face.families.iter().any(|(name, _)| name == font.family),
                "{} declares {:?}",
                font.file_name,
                face.families
            );
        }
        let bold = db
            .faces()
            .filter(|f| f.weight == fontdb::Weight::BOLD)
            .count();
        assert_eq!(bold, 2);
    }

    #[test]
    fn generic_families_resolve_to_noto_sans() {
        let db = font_database();
        for generic in [fontdb::Family::SansSerif, fontdb::Family::Serif] {
            let id = db
                .query(&fontdb::Query {
                    families: &[generic],
                    ..Default::default()
                })
                .unwrap();
            let face = db.face(id).unwrap();
            assert_eq!(face.post_script_name, "NotoSans-Regular");
        }
    }

    #[test]
    fn licence_travels_with_the_fonts() {
        assert!(OFL_TEXT.contains("SIL OPEN FONT LICENSE Version 1.1"));
        assert!(OFL_TEXT.contains("Google"));
    }
}
