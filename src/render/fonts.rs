//! Web fonts for the scripts a cheap phone may not carry: pages in Khmer, Tai Viet or Cham ship
//! the theme's Noto font of that script, subset at build time to the characters the site uses
//! and compressed to WOFF2. Latin-script pages (Vietnamese, Tày, Hmong, English…) use the
//! phone's own fonts and download none.
//!
//! Subsetting keeps the OpenType layout tables (GSUB, GPOS, GDEF) and closes over them, so
//! Khmer subscripts and reordering still shape: that is what `skera` (the Rust port of
//! HarfBuzz's subsetter, from Google's fontations) does, where PDF-oriented subsetters drop
//! layout. `ttf2woff2` compresses the result with Brotli.
//!
//! The characters come from the site's sources (content, UI strings, `loa.yaml`, templates),
//! not from rendered pages, so the font's name (a hash of its bytes) is known before any page
//! renders. A character used anywhere in the site is in the subset.

use std::collections::{BTreeMap, BTreeSet};

use read_fonts::FontRef;
use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::scripts::{JOINERS, ScriptFont, script_font};
use crate::resolve::site::Site;

/// A subset font ready to ship.
#[derive(Debug, Clone)]
pub struct WebFont {
    /// Path under the site root: `fonts/NotoSansKhmer-Regular.1a2b3c4d.woff2`.
    pub path: String,
    pub bytes: Vec<u8>,
    /// Characters kept.
    pub chars: usize,
    font: &'static ScriptFont,
}

impl WebFont {
    /// The `@font-face` rule for the family `loa-script`, which the stylesheet puts first in
    /// its font stack: pages without the rule simply skip the family.
    pub fn face_css(&self, root_path: &str) -> String {
        format!(
            "@font-face{{font-family:loa-script;src:url({root_path}/{}) format(\"woff2\");\
             unicode-range:{};font-display:swap}}",
            self.path,
            self.font.unicode_range()
        )
    }
}

/// The web fonts of a site, by language code of the pages that load them.
#[derive(Debug, Clone, Default)]
pub struct WebFonts {
    fonts: Vec<WebFont>,
    by_lang: BTreeMap<String, usize>,
}

impl WebFonts {
    /// Subsets the font of every script one of the site's languages is written in.
    pub fn prepare(site: &Site) -> Result<WebFonts, Diagnostics> {
        let mut web = WebFonts::default();
        let needed: Vec<(&str, &'static ScriptFont)> = site
            .config
            .languages
            .all()
            .iter()
            .filter_map(|l| script_font(&l.code).map(|font| (l.code.as_str(), font)))
            .collect();
        if needed.is_empty() {
            return Ok(web);
        }
        let used = &site.source_chars;
        let mut diagnostics = Diagnostics::default();
        for (lang, font) in needed {
            if let Some(index) = web.fonts.iter().position(|w| std::ptr::eq(w.font, font)) {
                web.by_lang.insert(lang.to_string(), index);
                continue;
            }
            let chars: BTreeSet<char> = used.iter().copied().filter(|c| font.covers(*c)).collect();
            if chars
                .iter()
                .all(|c| JOINERS.0 <= *c as u32 && *c as u32 <= JOINERS.1)
            {
                continue;
            }
            let key = format!("fonts/{}", font.file);
            let Some(file) = site.theme.files.get(&key) else {
                diagnostics.push(Diagnostic::error(
                    Problem::Unreadable,
                    site.config.path(),
                    format!("pages in `{lang}` need the theme font {key}, which is missing"),
                ));
                continue;
            };
            match subset(&file.bytes, &chars) {
                Ok(bytes) => {
                    let hash = blake3::hash(&bytes).to_hex();
                    let stem = font.file.trim_end_matches(".ttf");
                    web.by_lang.insert(lang.to_string(), web.fonts.len());
                    web.fonts.push(WebFont {
                        path: format!("fonts/{stem}.{}.woff2", &hash[..10]),
                        bytes,
                        chars: chars.len(),
                        font,
                    });
                }
                Err(message) => diagnostics.push(Diagnostic::error(
                    Problem::Output,
                    &file.origin,
                    format!("cannot subset the font: {message}"),
                )),
            }
        }
        if diagnostics.has_errors() {
            Err(diagnostics)
        } else {
            Ok(web)
        }
    }

    /// The web font pages in `lang` load, if any.
    pub fn for_lang(&self, lang: &str) -> Option<&WebFont> {
        self.by_lang.get(lang).map(|index| &self.fonts[*index])
    }

    pub fn all(&self) -> &[WebFont] {
        &self.fonts
    }
}

/// A WOFF2 font with the glyphs of `chars` and everything the layout tables reach from them.
pub fn subset(font: &[u8], chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let font = FontRef::new(font).map_err(|e| e.to_string())?;
    let mut unicodes = IntSet::<u32>::empty();
    for c in chars {
        unicodes.insert(*c as u32);
    }
    // Tables no browser needs, as HarfBuzz drops by default.
    let drop_tables: IntSet<Tag> = [
        b"DSIG", b"LTSH", b"PCLT", b"JSTF", b"EBSC", b"kern", b"morx",
    ]
    .into_iter()
    .map(Tag::new)
    .collect();
    let mut all_scripts = IntSet::<Tag>::empty();
    all_scripts.invert();
    let features: IntSet<Tag> = skera::DEFAULT_LAYOUT_FEATURES.iter().copied().collect();
    let mut name_ids = IntSet::<NameId>::empty();
    name_ids.insert_range(NameId::new(0)..=NameId::new(6));
    let mut name_languages = IntSet::<u16>::empty();
    name_languages.insert(0x0409);
    let plan = skera::Plan::new(
        &IntSet::<GlyphId>::empty(),
        &unicodes,
        &font,
        // Hinting is for low-resolution screens of another era; phones ignore most of it.
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING,
        &drop_tables,
        &all_scripts,
        &features,
        &name_ids,
        &name_languages,
    );
    let ttf = skera::subset_font(&font, &plan).map_err(|e| e.to_string())?;
    ttf2woff2::encode(&ttf, ttf2woff2::BrotliQuality::default()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn khmer_subset_is_small_and_keeps_layout() {
        let font = crate::load::theme::DEFAULT_THEME
            .get_file("fonts/NotoSansKhmer-Regular.ttf")
            .expect("the theme vendors Noto Sans Khmer")
            .contents();
        let chars: BTreeSet<char> = "ខ្មែរ ការអប់រំឌីជីថល".chars().collect();
        let woff2 = subset(font, &chars).unwrap();
        assert_eq!(&woff2[..4], b"wOF2");
        assert!(woff2.len() < font.len() / 4, "{} bytes", woff2.len());
        let again = subset(font, &chars).unwrap();
        assert_eq!(woff2, again, "subsetting is deterministic");
    }
}
