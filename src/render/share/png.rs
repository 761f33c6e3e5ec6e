//! Share cards as PNG: Facebook, Zalo and Messenger ignore SVG in `og:image`. Each card's SVG
//! is rasterised at 1200×630 with the poster layer's pipeline (usvg + resvg + tiny-skia, the
//! vendored Noto fonts, Khmer included), then stored as an opaque PNG: indexed, as a card has
//! a few dozen colours (its flat fills and their anti-aliased edges), else RGB.
//!
//! A site's cards differ in their texts only, so what the theme draws before its first text
//! (the background, the branding) is drawn once per render and each card draws its texts on a
//! raster holding the background, touching only their areas ([`Rasteriser`]). Even so a card
//! costs milliseconds and a site has one per article, procedure landing page and language, so
//! PNGs are kept in a cache inside the site
//! ([`crate::load::share_cache`]), keyed by a hash of the card's SVG (and of loa's version,
//! which fixes the rasteriser and the fonts). A rebuild rasterises only the cards whose SVG
//! changed. The cache only ever holds what rasterising would give, so a build with it is
//! byte-identical to a build without it. Loading reads the cache; what a render rasterised
//! comes back as a [`crate::load::share_cache::CacheUpdate`], which `loa build` and `loa serve` hand to
//! [`crate::write::store_share_cards`] (`loa check` writes nothing).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use resvg::{tiny_skia, usvg};

use crate::load::share_cache::{CacheUpdate, SharePngs};
use crate::memo::Memo;
use crate::render::poster::{self, PosterError};

/// What goes into every cache key besides the SVG: loa's version fixes resvg, the fonts and
/// the PNG encoder; the number changes if the card's PNG is ever made differently.
const KEY_SALT: &str = concat!("loa ", env!("CARGO_PKG_VERSION"), " share-png 3\n");

/// A card's PNG and whether it came from the cache.
#[derive(Debug, Clone)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub cached: bool,
}

/// Rasterises cards, drawing each distinct background once: the nodes before a card's first
/// text, by the card's SVG without its texts. Painting in document order over a copy of them
/// gives the same pixels as drawing the whole card.
///
/// A card's texts cover a fraction of it, so a card touches only the rectangles its texts
/// are drawn in: it draws on a raster left from an earlier card of the same background, whose
/// rectangles were put back, and only those rectangles' pixels are looked up in the palette
/// (the background's indices are computed once).
#[derive(Default)]
pub struct Rasteriser {
    backgrounds: Memo<String, Result<Arc<Background>, String>>,
    /// Rasters holding their background's pixels, one per thread at work at most.
    spare: Mutex<Vec<Canvas>>,
}

/// A raster and its palette indices, holding their background's pixels outside a card's
/// drawing: reused from card to card, as allocating and zeroing the 756,000 indices of a
/// 1200×630 card cost more than mapping the few areas a card draws.
struct Canvas {
    background: Arc<Background>,
    pixmap: tiny_skia::Pixmap,
    /// Empty when the background is not indexed.
    indices: Vec<u8>,
}

/// A background drawn, and as palette indices when it has few colours.
struct Background {
    pixmap: tiny_skia::Pixmap,
    indexed: Option<(Palette, Vec<u8>)>,
}

/// A pixel rectangle of a raster: columns `x0..x1` of rows `y0..y1`.
struct Area {
    x0: usize,
    x1: usize,
    y0: usize,
    y1: usize,
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
            let indexed = Palette::default().index(pixmap.data());
            Ok(Arc::new(Background { pixmap, indexed }))
        });
        let background = background.map_err(PosterError::Png)?;
        let mut canvas = self.take(&background);
        draw(&nodes[texts..], &mut canvas.pixmap);
        let (width, height) = (
            canvas.pixmap.width() as usize,
            canvas.pixmap.height() as usize,
        );
        let mut areas = Vec::new();
        for node in &nodes[texts..] {
            drawn_areas(node, width, height, &mut areas);
        }
        let png = encode(&mut canvas, &areas);
        for area in &areas {
            for row in area.y0..area.y1 {
                let span = row * width + area.x0..row * width + area.x1;
                let bytes = span.start * 4..span.end * 4;
                canvas.pixmap.data_mut()[bytes.clone()]
                    .copy_from_slice(&background.pixmap.data()[bytes]);
                if let Some((_, indices)) = &background.indexed {
                    canvas.indices[span.clone()].copy_from_slice(&indices[span]);
                }
            }
        }
        self.spare_lock().push(canvas);
        png
    }

    /// A canvas with `background`'s pixels: a spare one, else a copy.
    fn take(&self, background: &Arc<Background>) -> Canvas {
        let mut spare = self.spare_lock();
        match spare
            .iter()
            .position(|canvas| Arc::ptr_eq(&canvas.background, background))
        {
            Some(found) => spare.swap_remove(found),
            None => Canvas {
                background: Arc::clone(background),
                pixmap: background.pixmap.clone(),
                indices: background
                    .indexed
                    .as_ref()
                    .map(|(_, indices)| indices.clone())
                    .unwrap_or_default(),
            },
        }
    }

    fn spare_lock(&self) -> MutexGuard<'_, Vec<Canvas>> {
        // A raster is put back only once its background is restored, so one left by a
        // panicking thread is never in the list.
        self.spare
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
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

/// The areas of a `width`×`height` raster that drawing `node` can change: a text's by its
/// glyph runs (a title's lines leave most of its box alone), others by their bounds.
fn drawn_areas(node: &usvg::Node, width: usize, height: usize, areas: &mut Vec<Area>) {
    let bounds = match node {
        usvg::Node::Text(text) => {
            for node in text.flattened().children() {
                drawn_areas(node, width, height, areas);
            }
            return;
        }
        usvg::Node::Group(group) if !group.should_isolate() => {
            for node in group.children() {
                drawn_areas(node, width, height, areas);
            }
            return;
        }
        usvg::Node::Group(group) => group.abs_layer_bounding_box().to_rect(),
        usvg::Node::Path(path) => path.abs_stroke_bounding_box(),
        usvg::Node::Image(image) => image.abs_bounding_box(),
    };
    // Anti-aliasing reaches the pixels a shape's edge crosses; one more on each side is margin.
    let clamp = |value: f32, limit: usize| (value.max(0.0) as usize).min(limit);
    let area = Area {
        x0: clamp(bounds.left().floor() - 1.0, width),
        x1: clamp(bounds.right().ceil() + 1.0, width),
        y0: clamp(bounds.top().floor() - 1.0, height),
        y1: clamp(bounds.bottom().ceil() + 1.0, height),
    };
    if area.x0 < area.x1 && area.y0 < area.y1 {
        areas.push(area);
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

/// A card drawn on `background` in `areas` as PNG, fast: few colours go in a palette (the
/// background's, then those first seen in the areas), and fdeflate's fast level with the Up
/// filter keeps the flat areas small.
fn encode(canvas: &mut Canvas, areas: &[Area]) -> Result<Vec<u8>, PosterError> {
    let pixmap = &canvas.pixmap;
    let (width, height) = (pixmap.width(), pixmap.height());
    // A card's PNG is tens of kilobytes: start there rather than grow by doubling.
    let mut out = Vec::with_capacity(64 * 1024);
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Up);
    let indices = &mut canvas.indices;
    let palette = canvas.background.indexed.as_ref().and_then(|(palette, _)| {
        let mut palette = palette.clone();
        let rgba = pixmap.data();
        let width = width as usize;
        for area in areas {
            for row in area.y0..area.y1 {
                let (start, end) = (row * width + area.x0, row * width + area.x1);
                palette.map(&rgba[start * 4..end * 4], &mut indices[start..end])?;
            }
        }
        Some(palette)
    });
    let rgb: Vec<u8>;
    let data = match palette {
        Some(palette) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette.colours);
            &indices[..]
        }
        None => {
            encoder.set_color(png::ColorType::Rgb);
            // The card is opaque (drawn on white): premultiplied colours are the colours.
            rgb = pixmap
                .data()
                .chunks_exact(4)
                .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
                .collect();
            &rgb[..]
        }
    };
    let png_error = |error: png::EncodingError| PosterError::Png(error.to_string());
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(data).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

/// The colours of opaque RGBA pixels in order of first appearance (as a PNG palette's bytes),
/// at most 256.
#[derive(Clone)]
struct Palette {
    colours: Vec<u8>,
    known: HashMap<u32, u8>,
    /// Anti-aliased edges change colour at every pixel: a direct-mapped table of colours seen
    /// answers most of them before the map. `u32::MAX` is no 24-bit colour.
    seen: Box<[(u32, u8); 4096]>,
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            colours: Vec::new(),
            known: HashMap::new(),
            seen: Box::new([(u32::MAX, 0); 4096]),
        }
    }
}

impl Palette {
    /// The palette of `rgba` and each pixel's index in it, or `None` past 256 colours.
    fn index(mut self, rgba: &[u8]) -> Option<(Palette, Vec<u8>)> {
        let mut indices = vec![0; rgba.len() / 4];
        self.map(rgba, &mut indices)?;
        Some((self, indices))
    }

    /// Writes the index of each pixel of `rgba` to `indices`, adding colours not seen yet;
    /// `None` past 256 colours.
    fn map(&mut self, rgba: &[u8], indices: &mut [u8]) -> Option<()> {
        let mut last = (u32::MAX, 0u8);
        for (pixel, index) in rgba.chunks_exact(4).zip(indices) {
            let pixel: [u8; 4] = pixel.try_into().expect("chunks of 4");
            // One load of the whole pixel, alpha masked off (assembling the three bytes
            // stalled every pixel on a store to the stack).
            let colour = u32::from_le_bytes(pixel) & 0x00FF_FFFF;
            if colour != last.0 {
                let slot = (colour.wrapping_mul(0x9E37_79B1) >> 20) as usize;
                if self.seen[slot].0 != colour {
                    let index = match self.known.get(&colour) {
                        Some(index) => *index,
                        None => {
                            let index = u8::try_from(self.known.len()).ok()?;
                            self.known.insert(colour, index);
                            self.colours.extend_from_slice(&pixel[..3]);
                            index
                        }
                    };
                    self.seen[slot] = (colour, index);
                }
                last = self.seen[slot];
            }
            *index = last.1;
        }
        Some(())
    }
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
        let mut made = Vec::new();
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
            made.push((svg, png));
        }
        // Each card drew on the raster the one before it left: in another order, and on a
        // fresh rasteriser, the bytes are the same.
        for (svg, png) in made.iter().rev() {
            assert!(rasteriser.rasterise(svg).unwrap() == *png);
            assert!(Rasteriser::default().rasterise(svg).unwrap() == *png);
        }
        assert_eq!(rasteriser.backgrounds.len(), 1);
        assert_eq!(rasteriser.spare_lock().len(), 1);
    }

    #[test]
    fn backgrounds_are_the_svg_without_its_texts() {
        let svg = r#"<svg><rect/><text x="1">a<tspan>b</tspan></text><text/><g/></svg>"#;
        assert_eq!(background_key(svg), "<svg><rect/><g/></svg>");
    }
}
