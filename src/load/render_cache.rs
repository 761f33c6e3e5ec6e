//! The render cache, `.loa-cache/render/<output>.bin` inside the site: what the last build into
//! an output folder rendered, read back by the next build into it
//! ([`crate::render::cache`] decodes it and decides whether it still holds). A missing or
//! unreadable file is no cache: everything is rendered.

use std::path::{Path, PathBuf};

/// The cache folder inside the site folder.
pub const CACHE_DIR: &str = ".loa-cache/render";

/// The cache file of the builds of the site in `site_dir` into `out_dir`: one per output
/// folder, named by a hash of its absolute path, so that builds into two folders (a preview and
/// the published site) do not take each other's.
pub fn file(site_dir: &Path, out_dir: &Path) -> PathBuf {
    let absolute = std::path::absolute(out_dir).unwrap_or_else(|_| out_dir.to_path_buf());
    let hash = blake3::hash(absolute.as_os_str().as_encoded_bytes());
    site_dir
        .join(CACHE_DIR)
        .join(format!("{}.bin", &hash.to_hex()[..16]))
}

/// The bytes the last build into `out_dir` saved, if any.
pub fn read(site_dir: &Path, out_dir: &Path) -> Option<Vec<u8>> {
    std::fs::read(file(site_dir, out_dir)).ok()
}

/// Which loa saved a cache: its version and the hash of its sources (from `build.rs`). A
/// cache of another loa is not used: the same version number may render differently while
/// loa is developed.
pub const LOA_BUILD: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("LOA_SOURCES"));

/// The file of the articles' Markdown renderings that the last build of the site kept (one
/// for the site: they do not depend on the output folder).
pub fn markdown_file(site_dir: &Path) -> PathBuf {
    site_dir.join(CACHE_DIR).join("markdown.bin")
}

/// The bytes of the kept Markdown renderings, if any.
pub fn read_markdown(site_dir: &Path) -> Option<Vec<u8>> {
    std::fs::read(markdown_file(site_dir)).ok()
}
