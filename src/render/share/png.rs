//! Share cards as PNG: Facebook, Zalo and Messenger ignore SVG in `og:image`. Each card's SVG
//! is rasterised at 1200×630 with the poster layer's pipeline (usvg + resvg + tiny-skia, the
//! vendored Noto fonts, Khmer included), then stored as an opaque RGB PNG.
//!
//! Rasterising costs tens of milliseconds a card and a site has one per article, procedure
//! landing page and language, so PNGs are kept in a cache inside the site,
//! `.loa-cache/share/<hash>.png`, keyed by a hash of the card's SVG (and of loa's version, which
//! fixes the rasteriser and the fonts). A rebuild rasterises only the cards whose SVG changed.
//! The cache only ever holds what rasterising would give, so a build with it is byte-identical
//! to a build without it; a cache that cannot be read or written is rasterised around, never
//! an error.

use std::collections::BTreeSet;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use crate::render::poster::{self, PosterError};

/// The cache folder inside the site folder (`.loa-*` is ignored by git and by `loa serve`).
pub const CACHE_DIR: &str = ".loa-cache/share";

/// What goes into every cache key besides the SVG: loa's version fixes resvg, the fonts and
/// the PNG encoder; the number changes if the card's PNG is ever made differently.
const KEY_SALT: &str = concat!("loa ", env!("CARGO_PKG_VERSION"), " share-png 1\n");

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const PNG_END: &[u8] = b"\0\0\0\0IEND\xae\x42\x60\x82";

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

/// The PNG cache of one site.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache of the site in `site_dir` (created when the first card is stored).
    pub fn new(site_dir: &Path) -> Cache {
        Cache {
            dir: site_dir.join(CACHE_DIR),
        }
    }

    /// The cache key of a card: a hash of its SVG.
    pub fn key(svg: &str) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(KEY_SALT.as_bytes());
        hasher.update(svg.as_bytes());
        hasher.finalize().to_hex().to_string()
    }

    /// The card's PNG: from the cache, else rasterised and stored.
    pub fn png(&self, svg: &str) -> Result<Png, PosterError> {
        let key = Cache::key(svg);
        let file = self.dir.join(format!("{key}.png"));
        if let Ok(bytes) = std::fs::read(&file)
            && bytes.starts_with(PNG_SIGNATURE)
            && bytes.ends_with(PNG_END)
        {
            return Ok(Png {
                bytes,
                cached: true,
            });
        }
        let bytes = rasterise(svg)?;
        // A cache that cannot be written costs time, not correctness.
        let _ = self.store(&file, &bytes);
        Ok(Png {
            bytes,
            cached: false,
        })
    }

    /// Writes `file` atomically: a temporary file in the same folder, flushed to disk, renamed.
    /// Readers see the whole PNG or none.
    fn store(&self, file: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let mut temp = tempfile::Builder::new()
            .prefix(".tmp-")
            .suffix(".png")
            .tempfile_in(&self.dir)?;
        temp.write_all(bytes)?;
        temp.as_file().sync_all()?;
        temp.persist(file).map_err(|e| e.error)?;
        Ok(())
    }

    /// Removes the cached PNGs this build did not use (`used`: their keys), and temporary
    /// files older than an hour (left by a killed build), then syncs the folder so the renames
    /// of this build are on disk.
    pub fn prune(&self, used: &BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stale = if name.starts_with(".tmp-") {
                entry
                    .metadata()
                    .and_then(|meta| meta.modified())
                    .ok()
                    .and_then(|modified| modified.elapsed().ok())
                    .is_some_and(|age| age.as_secs() > 3600)
            } else {
                name.strip_suffix(".png")
                    .is_some_and(|key| !used.contains(key))
            };
            if stale {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        if let Ok(dir) = std::fs::File::open(&self.dir) {
            let _ = dir.sync_all();
        }
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
    fn cards_are_cached_by_their_svg_and_the_cache_gives_the_same_bytes() {
        let site = tempfile::tempdir().unwrap();
        let cache = Cache::new(site.path());
        let svg = card("Đăng ký khai sinh", "vi");
        let first = cache.png(&svg).unwrap();
        assert!(!first.cached);
        let second = cache.png(&svg).unwrap();
        assert!(second.cached);
        assert_eq!(first.bytes, second.bytes);
        assert_eq!(first.bytes, rasterise(&svg).unwrap());
        let image = image::load_from_memory(&first.bytes).unwrap();
        assert_eq!((image.width(), image.height()), (1200, 630));

        // A damaged file is rasterised again, not served.
        let file = site
            .path()
            .join(CACHE_DIR)
            .join(format!("{}.png", Cache::key(&svg)));
        std::fs::write(&file, &first.bytes[..100]).unwrap();
        let again = cache.png(&svg).unwrap();
        assert!(!again.cached && again.bytes == first.bytes);

        let other = card("Đăng ký kết hôn", "vi");
        cache.png(&other).unwrap();
        cache.prune(&BTreeSet::from([Cache::key(&other)]));
        assert!(!file.exists());
        assert!(cache.png(&other).unwrap().cached);
    }

    #[test]
    fn an_unwritable_cache_still_gives_the_png() {
        let site = tempfile::tempdir().unwrap();
        // A file where the cache folder should be.
        std::fs::write(site.path().join(".loa-cache"), b"").unwrap();
        let png = Cache::new(site.path())
            .png(&card("Khai sinh", "vi"))
            .unwrap();
        assert!(!png.cached && png.bytes.starts_with(PNG_SIGNATURE));
    }
}
