//! Share cards as PNG: Facebook, Zalo and Messenger ignore SVG in `og:image`. Each card's SVG
//! is rasterised at 1200×630 with the poster layer's pipeline (usvg + resvg + tiny-skia, the
//! vendored Noto fonts, Khmer included), then stored as an opaque RGB PNG.
//!
//! Rasterising costs tens of milliseconds a card and a site has one per article, procedure
//! landing page and language, so PNGs are kept in a cache inside the site
//! ([`crate::load::share_cache`]), keyed by a hash of the card's SVG (and of loa's version,
//! which fixes the rasteriser and the fonts). A rebuild rasterises only the cards whose SVG
//! changed. The cache only ever holds what rasterising would give, so a build with it is
//! byte-identical to a build without it. Loading reads the cache; what a render rasterised
//! comes back as a [`crate::load::share_cache::CacheUpdate`], which `loa build` and `loa serve` hand to
//! [`crate::write::store_share_cards`] (`loa check` writes nothing).

use std::io::Cursor;

use std::collections::{BTreeMap, BTreeSet};

use crate::load::share_cache::{CacheUpdate, SharePngs};
use crate::memo::Memo;
use crate::render::poster::{self, PosterError};

/// What goes into every cache key besides the SVG: loa's version fixes resvg, the fonts and
/// the PNG encoder; the number changes if the card's PNG is ever made differently.
const KEY_SALT: &str = concat!("loa ", env!("CARGO_PKG_VERSION"), " share-png 1\n");

/// A card's PNG and whether it came from the cache.
#[derive(Debug, Clone)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub cached: bool,
}

/// Rasterises `svg` (a 1200×630 card) to PNG bytes: opaque RGB, deterministic.
pub fn rasterise(svg: &str) -> Result<Vec<u8>, PosterError> {
    let pixmap = poster::svg_to_pixmap(svg, 96.0)?;
    let (width, height) = (pixmap.width(), pixmap.height());
    let rgba = image::RgbaImage::from_raw(width, height, pixmap.take())
        .ok_or_else(|| PosterError::Png("the raster has the wrong size".into()))?;
    // The card is opaque (drawn on white): drop the alpha channel, a quarter of the bytes.
    let rgb = image::DynamicImage::ImageRgba8(rgba).to_rgb8();
    let mut out = Cursor::new(Vec::new());
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        image::codecs::png::CompressionType::Default,
        image::codecs::png::FilterType::Adaptive,
    );
    image::ImageEncoder::write_image(
        encoder,
        rgb.as_raw(),
        width,
        height,
        image::ExtendedColorType::Rgb8,
    )
    .map_err(|e| PosterError::Png(e.to_string()))?;
    Ok(out.into_inner())
}

/// The cache key of a card: a hash of its SVG.
pub fn key(svg: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(KEY_SALT.as_bytes());
    hasher.update(svg.as_bytes());
    hasher.finalize().to_hex().to_string()
}

/// The PNG of the card `svg` (its [`key`] given): from the cache, else rasterised.
pub fn png(cache: &SharePngs, key: &str, svg: &str) -> Result<Png, PosterError> {
    Ok(match cache.get(key) {
        Some(bytes) => Png {
            bytes: bytes.to_vec(),
            cached: true,
        },
        None => Png {
            bytes: rasterise(svg)?,
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
}

impl Pngs {
    pub(in crate::render) fn png(&self, cache: &SharePngs, svg: &str) -> Result<Png, String> {
        let key = key(svg);
        self.made.get_or(key.clone(), || {
            // usvg has panicked on text it could not shape: one card must not take the build
            // down with it.
            let png = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                png(cache, &key, svg).map_err(|error| error.to_string())
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
