//! Share cards as PNG: Facebook, Zalo and Messenger ignore SVG in `og:image`. Each card's SVG
//! is rasterised at 1200×630 with the poster layer's pipeline (usvg + resvg + tiny-skia, the
//! vendored Noto fonts, Khmer included), then stored as an opaque PNG: indexed, as a card has
//! a few dozen colours (its flat fills and their anti-aliased edges), else RGB.
//!
//! A site's cards differ in their texts only, so what the theme draws before its first text
//! (the background, the branding) is drawn once per render and each card draws its texts on a
//! copy ([`Rasteriser`]). Even so a card costs milliseconds and a site has one per
//! article, procedure landing page and language, so PNGs are kept in a cache inside the site
//! ([`crate::load::share_cache`]), keyed by a hash of the card's SVG (and of loa's version,
//! which fixes the rasteriser and the fonts). A rebuild rasterises only the cards whose SVG
//! changed. The cache only ever holds what rasterising would give, so a build with it is
//! byte-identical to a build without it. Loading reads the cache; what a render rasterised
//! comes back as a [`crate::load::share_cache::CacheUpdate`], which `loa build` and `loa serve` hand to
//! [`crate::write::store_share_cards`] (`loa check` writes nothing).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use crate::load::share_cache::{CacheUpdate, SharePngs};
use crate::memo::Memo;
use crate::render::poster::{self, PosterError};

/// What goes into every cache key besides the SVG: loa's version fixes resvg, the fonts and
/// the PNG encoder; the number changes if the card's PNG is ever made differently.
const KEY_SALT: &str = concat!("loa ", env!("CARGO_PKG_VERSION"), " share-png 2\n");

/// A card's PNG and whether it came from the cache.
#[derive(Debug, Clone)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub cached: bool,
}

/// Rasterises cards, drawing each distinct background once: the nodes before a card's first
/// text, by the card's SVG without its texts. Painting in document order over a copy of them
/// gives the same pixels as drawing the whole card.
#[derive(Default)]
pub struct Rasteriser {
    backgrounds: Memo<String, Result<Arc<tiny_skia::Pixmap>, String>>,
}

impl Rasteriser {
    /// Rasterises `svg` (a 1200×630 card) to PNG bytes: opaque, deterministic.
    pub fn rasterise(&self, svg: &str) -> Result<Vec<u8>, PosterError> {
        let tree = poster::parse_svg(svg)?;
        let nodes = tree.root().children();
        let texts = nodes.iter().position(has_text).unwrap_or(nodes.len());
        let background = self.backgrounds.get_or(background_key(svg), || {
            let mut pixmap = poster::canvas(&tree, 1.0).map_err(|error| error.to_string())?;
            draw(&nodes[..texts], &mut pixmap);
            Ok(Arc::new(pixmap))
        });
        let mut pixmap = tiny_skia::Pixmap::clone(&*background.map_err(PosterError::Png)?);
        draw(&nodes[texts..], &mut pixmap);
        encode(&pixmap)
    }
}

/// Draws `nodes` (children of the root) where a whole-tree render puts them.
fn draw(nodes: &[usvg::Node], pixmap: &mut tiny_skia::Pixmap) {
    for node in nodes {
        // `render_node` draws a node at its bounding box's corner; undo that shift.
        if let Some(bounds) = node.abs_layer_bounding_box() {
            let at = tiny_skia::Transform::from_translate(bounds.x(), bounds.y());
            resvg::render_node(node, at, &mut pixmap.as_mut());
        }
    }
}

fn has_text(node: &usvg::Node) -> bool {
    match node {
        usvg::Node::Text(_) => true,
        usvg::Node::Group(group) => group.children().iter().any(has_text),
        usvg::Node::Path(_) | usvg::Node::Image(_) => false,
    }
}

/// What a card's background is drawn from: its SVG without `<text>` elements (texts do not
/// nest, and everything else a node before the first text can refer to stays).
fn background_key(svg: &str) -> String {
    let mut key = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        key.push_str(&rest[..start]);
        let tag_end = rest[start..]
            .find('>')
            .map_or(rest.len(), |end| start + end + 1);
        let end = if rest[..tag_end].ends_with("/>") {
            tag_end
        } else {
            rest[start..]
                .find("</text>")
                .map_or(rest.len(), |end| start + end + "</text>".len())
        };
        rest = &rest[end..];
    }
    key.push_str(rest);
    key
}

/// An opaque pixmap as PNG, fast: few colours go in a palette, and fdeflate's fast level with
/// the Up filter keeps the flat areas small.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, PosterError> {
    let (width, height) = (pixmap.width(), pixmap.height());
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Up);
    // The card is opaque (drawn on white): premultiplied colours are the colours.
    let data = match palette(pixmap.data()) {
        Some((palette, indices)) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette);
            indices
        }
        None => {
            encoder.set_color(png::ColorType::Rgb);
            pixmap
                .data()
                .chunks_exact(4)
                .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
                .collect()
        }
    };
    let png_error = |error: png::EncodingError| PosterError::Png(error.to_string());
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(&data).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

/// The colours of RGBA pixels in order of first appearance (as a PNG palette) and each pixel's
/// index among them, or `None` past 256 colours.
fn palette(rgba: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut palette = Vec::new();
    let mut indices = vec![0; rgba.len() / 4];
    let mut known: HashMap<u32, u8> = HashMap::new();
    // Anti-aliased edges change colour at every pixel: a direct-mapped table of colours seen
    // answers most of them before the map. `u32::MAX` is no 24-bit colour.
    let mut seen = [(u32::MAX, 0u8); 4096];
    let mut last = (u32::MAX, 0u8);
    for (pixel, index) in rgba.chunks_exact(4).zip(&mut indices) {
        let pixel: [u8; 4] = pixel.try_into().expect("chunks of 4");
        // One load of the whole pixel, alpha masked off (assembling the three bytes stalled
        // every pixel on a store to the stack).
        let colour = u32::from_le_bytes(pixel) & 0x00FF_FFFF;
        if colour != last.0 {
            let slot = (colour.wrapping_mul(0x9E37_79B1) >> 20) as usize;
            if seen[slot].0 != colour {
                let index = match known.get(&colour) {
                    Some(index) => *index,
                    None => {
                        let index = u8::try_from(known.len()).ok()?;
                        known.insert(colour, index);
                        palette.extend_from_slice(&pixel[..3]);
                        index
                    }
                };
                seen[slot] = (colour, index);
            }
            last = seen[slot];
        }
        *index = last.1;
    }
    Some((palette, indices))
}

/// The cache key of a card: a hash of its SVG.
pub fn key(svg: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(KEY_SALT.as_bytes());
    hasher.update(svg.as_bytes());
    hasher.finalize().to_hex().to_string()
}

/// The PNG of the card `svg` (its [`key`] given): from the cache, else rasterised.
pub fn png(
    rasteriser: &Rasteriser,
    cache: &SharePngs,
    key: &str,
    svg: &str,
) -> Result<Png, PosterError> {
    Ok(match cache.get(key) {
        Some(bytes) => Png {
            bytes: bytes.to_vec(),
            cached: true,
        },
        None => Png {
            bytes: rasteriser.rasterise(svg)?,
            cached: false,
        },
    })
}

/// What a render did with share images.
#[derive(Debug, Default, Clone)]
pub struct ShareReport {
    /// Cards made (one SVG each).
    pub cards: usize,
    /// Distinct PNGs rasterised in this build, and taken from `.loa-cache/share/` (cards with
    /// the same SVG share one).
    pub rasterised: usize,
    pub cached: usize,
    /// What the cache should keep of this render (see [`CacheUpdate`]).
    pub cache: CacheUpdate,
}

/// The PNGs of one render's cards, by key: cards with the same SVG (a language that shows its
/// fallback's titles) are rasterised once, and a card's PNG comes from the site's cache when an
/// earlier build made it.
#[derive(Default)]
pub struct Pngs {
    made: Memo<String, Result<Png, String>>,
    rasteriser: Rasteriser,
}

impl Pngs {
    pub(in crate::render) fn png(&self, cache: &SharePngs, svg: &str) -> Result<Png, String> {
        let key = key(svg);
        self.made.get_or(key.clone(), || {
            // usvg has panicked on text it could not shape: one card must not take the build
            // down with it.
            let png = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                png(&self.rasteriser, cache, &key, svg).map_err(|error| error.to_string())
            }));
            png.unwrap_or_else(|_| Err("the rasteriser panicked".to_string()))
        })
    }

    /// What the render did with PNGs: `cards` made, and for the cache the PNGs rasterised, and
    /// with `all_made` (every card of the site was made) the keys used, so the others can go.
    pub fn report(self, cards: usize, all_made: bool) -> ShareReport {
        let made: BTreeMap<String, Result<Png, String>> = self.made.into_answers();
        let mut report = ShareReport {
            cards,
            ..Default::default()
        };
        let mut rasterised = Vec::new();
        for (key, png) in &made {
            match png {
                Ok(png) if png.cached => report.cached += 1,
                Ok(png) => rasterised.push((key.clone(), png.bytes.clone())),
                Err(_) => {}
            }
        }
        report.rasterised = rasterised.len();
        report.cache = CacheUpdate {
            rasterised,
            used: all_made.then(|| made.into_keys().collect::<BTreeSet<String>>()),
        };
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::share::{ShareCard, built_in_card_svg};

    fn card(title: &str, lang: &str) -> String {
        built_in_card_svg(&ShareCard {
            title,
            lang,
            site_title: "Bình dân học vụ số",
            site_lang: "vi",
            kicker: Some(("Xã Diên Khánh, Khánh Hòa", "vi")),
        })
    }

    #[test]
    fn a_card_on_its_drawn_background_is_the_card_drawn_whole() {
        let rasteriser = Rasteriser::default();
        for (title, lang) in [
            ("Đăng ký khai sinh trực tuyến", "vi"),
            ("ពាក្យស្នើសុំជាង 89% ត្រូវបានដាក់តាមអនឡាញ", "km"),
            ("ꪁꪫꪱꪣ ꪼꪕ ꪻꪙ", "blt"),
        ] {
            let svg = card(title, lang);
            let png = rasteriser.rasterise(&svg).unwrap();
            let drawn = image::load_from_memory(&png).unwrap().to_rgb8();
            let whole = poster::svg_to_png(&svg, 96.0).unwrap();
            let whole = image::load_from_memory(&whole).unwrap().to_rgb8();
            assert!(drawn == whole, "{title}: the pixels differ");
            assert_eq!(rasteriser.rasterise(&svg).unwrap(), png, "{title}");
        }
        assert_eq!(rasteriser.backgrounds.len(), 1);
    }

    #[test]
    fn backgrounds_are_the_svg_without_its_texts() {
        let svg = r#"<svg><rect/><text x="1">a<tspan>b</tspan></text><text/><g/></svg>"#;
        assert_eq!(background_key(svg), "<svg><rect/><g/></svg>");
    }
}
