//! The share-card cache, `.loa-cache/share/<key>.png` inside the site: PNGs rasterised by
//! earlier builds, keyed by a hash of each card's SVG ([`crate::render::share::png`]). It is
//! read once here, whole: a key names an SVG only rendering makes, so which PNGs a build needs
//! is known only then. What it holds beyond them is what the last render of every card did
//! not use, which that render's [`crate::write::store_share_cards`] removed, so this is little:
//! the cards of edits since, or those of another version of loa.
//! A file that cannot be read, or that is not a whole PNG (a killed write), is left out: the
//! card is rasterised again.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// The cache folder inside the site folder (`.loa-*` is ignored by git and by `loa serve`).
pub const CACHE_DIR: &str = ".loa-cache/share";

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const PNG_END: &[u8] = b"\0\0\0\0IEND\xae\x42\x60\x82";

/// The cache folder of the site in `site_dir`.
pub fn dir(site_dir: &Path) -> PathBuf {
    site_dir.join(CACHE_DIR)
}

/// The file of the PNG with `key` in the cache folder `dir`.
pub fn file(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.png"))
}

/// What a render asks of the cache: the PNGs it rasterised, by key, to keep; and after a
/// render of every card, the keys it used, so that the others can go.
#[derive(Debug, Clone, Default)]
pub struct CacheUpdate {
    pub rasterised: Vec<(String, Vec<u8>)>,
    pub used: Option<BTreeSet<String>>,
}

/// The cached PNGs of one site, by key.
#[derive(Debug, Clone, Default)]
pub struct SharePngs(BTreeMap<String, Vec<u8>>);

impl SharePngs {
    /// Reads the cache of the site in `site_dir`; a missing cache is an empty one.
    pub fn read(site_dir: &Path) -> SharePngs {
        let Ok(entries) = std::fs::read_dir(dir(site_dir)) else {
            return SharePngs::default();
        };
        let files: Vec<(String, PathBuf)> = entries
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                // `.tmp-…` files are writes under way or killed.
                let key = name
                    .strip_suffix(".png")
                    .filter(|_| !name.starts_with('.'))?;
                Some((key.to_string(), entry.path()))
            })
            .collect();
        SharePngs(
            files
                .into_par_iter()
                .filter_map(|(key, path)| {
                    let bytes = std::fs::read(path).ok()?;
                    (bytes.starts_with(PNG_SIGNATURE) && bytes.ends_with(PNG_END))
                        .then_some((key, bytes))
                })
                .collect(),
        )
    }

    /// The cached PNG with `key`.
    pub fn get(&self, key: &str) -> Option<&[u8]> {
        self.0.get(key).map(Vec::as_slice)
    }

    /// The cache as `update` leaves it once stored: what the dev server keeps between builds.
    pub fn apply(&mut self, update: &CacheUpdate) {
        for (key, bytes) in &update.rasterised {
            self.0.insert(key.clone(), bytes.clone());
        }
        if let Some(used) = &update.used {
            self.0.retain(|key, _| used.contains(key));
        }
    }
}
