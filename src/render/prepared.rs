//! What is prepared once, before any page renders: the web fonts of the scripts that need one,
//! the responsive copies of images, the stylesheets, the share cards' layouts and PNGs, and
//! the parsed parts of posters.

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostics;
use crate::render::fonts::WebFonts;
use crate::render::images::Images;
use crate::render::poster::PosterParser;
use crate::render::share;
use crate::render::share::png::Pngs;
use crate::resolve::site::Site;

/// What is prepared once, before any page renders.
pub(super) struct Prepared {
    pub fonts: WebFonts,
    pub images: Images,
    /// The site's stylesheets (path under the site root → bytes): the theme's, and the code
    /// highlighting one that only pages with code link.
    pub stylesheets: BTreeMap<String, Vec<u8>>,
    /// Draws the share cards: the lines it places are remembered for the whole render.
    pub cards: share::CardMaker,
    /// The share cards' PNGs, made once per distinct card.
    pub share_pngs: Pngs,
    /// Parses the QR corner's posters: the parts every commune's posters repeat are parsed
    /// once for the whole render.
    pub posters: PosterParser,
}

/// The stylesheet of highlighted code, linked only by pages that show code.
pub(super) const HIGHLIGHT_CSS: &str = "highlight.css";

impl Prepared {
    pub fn new(site: &Site) -> Result<Prepared, Diagnostics> {
        let (fonts, images) = rayon::join(|| WebFonts::prepare(site), || Images::prepare(site));
        let mut stylesheets: BTreeMap<String, Vec<u8>> = site
            .theme
            .under("static")
            .filter(|(path, _)| path.ends_with(".css"))
            .map(|(path, file)| (path.to_string(), file.bytes.clone()))
            .collect();
        stylesheets.insert(
            HIGHLIGHT_CSS.to_string(),
            crate::markdown::highlight::highlight_css().into_bytes(),
        );
        match (fonts, images) {
            (Ok(fonts), Ok(images)) => Ok(Prepared {
                fonts,
                images,
                stylesheets,
                cards: share::CardMaker::default(),
                share_pngs: Pngs::default(),
                posters: PosterParser::default(),
            }),
            (fonts, images) => {
                let mut diagnostics = Diagnostics::default();
                diagnostics.extend(fonts.err().into_iter().flatten());
                diagnostics.extend(images.err().into_iter().flatten());
                Err(diagnostics)
            }
        }
    }
}
