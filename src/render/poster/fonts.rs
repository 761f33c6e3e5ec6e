//! The fonts vendored in `themes/default/fonts/` (Noto, SIL OFL 1.1), compiled into the binary,
//! and the font database that every poster is laid out and rendered with.

use std::sync::Arc;

use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::{FontRef, TableProvider};
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

/// `data`'s font as a PDF needs it: every glyph, with the same glyph IDs, outlines and
/// advances, but no TrueType hinting and no layout tables. A PDF is printed or scaled, where
/// hinting does nothing, and the hinting was half of every font subset a poster embeds; text
/// is shaped before it reaches the PDF. `data` may be a collection: `index` picks the face,
/// and the result holds that face alone. `None` when the font does not parse.
pub fn for_print(data: &[u8], index: u32) -> Option<Vec<u8>> {
    let font = FontRef::from_index(data, index).ok()?;
    let mut glyphs = IntSet::<GlyphId>::empty();
    glyphs.insert_range(
        GlyphId::new(0)..=GlyphId::new(u32::from(font.maxp().ok()?.num_glyphs()) - 1),
    );
    let layout: IntSet<Tag> = [b"GSUB", b"GPOS", b"GDEF", b"DSIG"]
        .into_iter()
        .map(Tag::new)
        .collect();
    let mut everything = IntSet::<Tag>::empty();
    everything.invert();
    let mut name_ids = IntSet::<NameId>::empty();
    name_ids.invert();
    let mut name_languages = IntSet::<u16>::empty();
    name_languages.invert();
    let plan = skera::Plan::new(
        &glyphs,
        &IntSet::<u32>::empty(),
        &font,
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING
            | skera::SubsetFlags::SUBSET_FLAGS_RETAIN_GIDS
            | skera::SubsetFlags::SUBSET_FLAGS_NOTDEF_OUTLINE,
        &layout,
        &everything,
        &everything,
        &name_ids,
        &name_languages,
    );
    skera::subset_font(&font, &plan).ok()
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
    fn fonts_for_print_keep_their_glyphs_and_lose_their_hinting() {
        use rustybuzz::ttf_parser::{self, GlyphId as Id, OutlineBuilder};
        /// A glyph's outline, written out.
        #[derive(Default)]
        struct Outline(String);
        impl OutlineBuilder for Outline {
            fn move_to(&mut self, x: f32, y: f32) {
                self.0 += &format!("M{x} {y}");
            }
            fn line_to(&mut self, x: f32, y: f32) {
                self.0 += &format!("L{x} {y}");
            }
            fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
                self.0 += &format!("Q{x1} {y1} {x} {y}");
            }
            fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                self.0 += &format!("C{x1} {y1} {x2} {y2} {x} {y}");
            }
            fn close(&mut self) {
                self.0 += "Z";
            }
        }
        // Each glyph's outline and advance, by glyph ID.
        let glyphs = |data: &[u8]| -> Vec<(String, Option<u16>)> {
            let face = ttf_parser::Face::parse(data, 0).unwrap();
            (0..face.number_of_glyphs())
                .map(|id| {
                    let mut outline = Outline::default();
                    face.outline_glyph(Id(id), &mut outline);
                    (outline.0, face.glyph_hor_advance(Id(id)))
                })
                .collect()
        };
        let mut hinted = 0;
        for font in FONTS {
            let printed = for_print(font.data, 0).unwrap();
            let (before, after) = (
                FontRef::new(font.data).unwrap(),
                FontRef::new(&printed).unwrap(),
            );
            assert!(
                printed.len() < font.data.len(),
                "{}: {} bytes",
                font.file_name,
                printed.len()
            );
            for tag in [b"fpgm", b"prep", b"cvt ", b"GSUB"] {
                assert!(
                    after.table_data(Tag::new(tag)).is_none(),
                    "{}",
                    font.file_name
                );
            }
            hinted += usize::from(before.table_data(Tag::new(b"fpgm")).is_some());
            assert!(
                glyphs(font.data) == glyphs(&printed),
                "{}: glyphs differ",
                font.file_name
            );
        }
        // Noto Sans Cham comes unhinted.
        assert_eq!(hinted, FONTS.len() - 1);
    }

    #[test]
    fn licence_travels_with_the_fonts() {
        assert!(OFL_TEXT.contains("SIL OPEN FONT LICENSE Version 1.1"));
        assert!(OFL_TEXT.contains("Google"));
    }
}
