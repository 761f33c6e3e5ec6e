//! Output: the only code that writes a build's files. A build writes into a staging folder
//! beside the output folder and swaps it in only when every page rendered, so a failed or killed
//! build never leaves a half-written site: the last good one stays (`staging.rs`). Beside the
//! site: the URL lock and the caches under `.loa-cache/`.

mod staging;

pub use staging::Staging;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::Path;
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::render_cache;
use crate::load::share_cache::{self, CacheUpdate};
use crate::render::cache::Stamp;
use crate::render::{Sink, duplicate};

/// Keeps files in memory: for `loa check`, the dev server and tests.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Sink for MemorySink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), Diagnostic> {
        let mut files = self
            .files
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if files.insert(path.to_string(), bytes).is_some() {
            return Err(duplicate(path));
        }
        Ok(())
    }
}

/// Keeps what a render rasterised in the site's share-card cache (`.loa-cache/share/`), and
/// after a render of every card removes the PNGs it did not use. A cache that cannot be written
/// costs the next build time, not correctness: nothing here is an error.
pub fn store_share_cards(site_dir: &Path, update: &CacheUpdate) {
    let dir = share_cache::dir(site_dir);
    update.rasterised.par_iter().for_each(|(key, bytes)| {
        let _ = store(&dir, &share_cache::file(&dir, key), Flush::No, &|out| {
            out.write_all(bytes)
        });
    });
    if let Some(used) = &update.used {
        prune(&dir, used);
    }
}

/// The size and modification time of each of `files` in the output folder `out_dir`, after
/// the build that wrote them, for [`store_render_cache`]; `None` when one cannot be read.
pub fn stamps<'a>(
    out_dir: &Path,
    files: impl Iterator<Item = &'a String>,
) -> Option<BTreeMap<String, Stamp>> {
    let files: Vec<&String> = files.collect();
    files
        .par_iter()
        .map(|path| {
            let meta = std::fs::symlink_metadata(out_dir.join(path)).ok()?;
            Some(((*path).clone(), Stamp::of(&meta)?))
        })
        .collect()
}

/// A cache's content, written into the file that holds it.
type Content<'a> = &'a (dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()> + Sync);

/// Saves what the build into `out_dir` rendered (`save` writes it, with
/// [`crate::render::cache::save`]) for the next build into it. Like the share-card cache, one
/// that cannot be written costs the next build time, not correctness.
pub fn store_render_cache(site_dir: &Path, out_dir: &Path, save: Content) {
    store_cache(&render_cache::file(site_dir, out_dir), save);
}

/// Keeps the Markdown renderings of the site's articles for the next build (`save` writes
/// them, with [`crate::resolve::site::Site::keep_bodies`]); like the render cache, a file that
/// cannot be written costs time, not correctness.
pub fn store_markdown_cache(site_dir: &Path, save: Content) {
    store_cache(&render_cache::markdown_file(site_dir), save);
}

/// Writes a cache file, unflushed: tens of megabytes for a large site, streamed so that they
/// need not be held in memory at the end of the build. One that cannot be written is no error
/// (see above).
fn store_cache(file: &Path, save: Content) {
    if let Some(dir) = file.parent() {
        let _ = store(dir, file, Flush::No, save);
    }
}

/// Writes the URL lock (`qr-lock.yaml`) with its new `text`, as
/// [`crate::load::urllock::LockUpdate::to_write`] gives it. The rename is made durable too: a
/// printed URL the lock forgot after a crash would no longer be checked.
pub fn store_url_lock(file: &Path, text: &str) -> Result<(), Diagnostic> {
    let dir = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    store(dir, file, Flush::ToDisk, &|out| {
        out.write_all(text.as_bytes())
    })
    .map_err(|e| {
        Diagnostic::error(
            Problem::Output,
            file,
            format!("cannot write the QR lock file: {e}"),
        )
    })?;
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Whether [`store`] waits until a file's bytes are on disk before it renames the file.
#[derive(Clone, Copy, PartialEq)]
enum Flush {
    /// For the URL lock: a printed URL it forgot in a crash would no longer be checked.
    ToDisk,
    /// For the caches, whose loss in a crash costs time and whose damage the reader sees (a
    /// share card that is not a whole PNG, a render that does not decode or describes an
    /// output that is not there). Waiting for the disk cost the share cards a millisecond or
    /// two of CPU each, and the render cache is tens of megabytes for a large site.
    No,
}

/// Writes `file` atomically: a temporary file in the same folder (`.tmp-…`, which
/// [`prune`] knows) that `content` writes, flushed to disk when `flush` says, renamed. Readers
/// see the whole file or none.
fn store(dir: &Path, file: &Path, flush: Flush, content: Content) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let suffix = file
        .extension()
        .map(|extension| format!(".{}", extension.to_string_lossy()))
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(".tmp-")
        .suffix(&suffix)
        .tempfile_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(temp.as_file_mut());
        content(&mut out)?;
        out.flush()?;
    }
    if flush == Flush::ToDisk {
        temp.as_file().sync_all()?;
    }
    temp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

/// Removes the cached PNGs this build did not use (`used`: their keys), and temporary files
/// older than an hour (left by a killed build), then syncs the folder so the renames of this
/// build are on disk.
fn prune(dir: &Path, used: &BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
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
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::share_cache::SharePngs;
    use crate::render::share::png::{Rasteriser, key};

    fn card(title: &str) -> String {
        crate::render::share::built_in_card_svg(&crate::render::share::ShareCard {
            title,
            lang: "vi",
            site_title: "Bình dân học vụ số",
            site_lang: "vi",
            kicker: Some(("Xã Diên Khánh, Khánh Hòa", "vi")),
        })
    }

    /// What a render that rasterised `svg` asks of the cache.
    fn rasterised(svg: &str) -> CacheUpdate {
        CacheUpdate {
            rasterised: vec![(key(svg), Rasteriser::default().rasterise(svg).unwrap())],
            used: None,
        }
    }

    #[test]
    fn stored_cards_come_back_from_the_cache_with_the_same_bytes() {
        let site = tempfile::tempdir().unwrap();
        let svg = card("Đăng ký khai sinh");
        let update = rasterised(&svg);
        store_share_cards(site.path(), &update);
        let cached = SharePngs::read(site.path());
        let png = cached.get(&key(&svg)).unwrap();
        assert_eq!(png, update.rasterised[0].1);
        let image = image::load_from_memory(png).unwrap();
        assert_eq!((image.width(), image.height()), (1200, 630));

        // A damaged file is left out: the card is rasterised again, not served.
        let file = share_cache::file(&share_cache::dir(site.path()), &key(&svg));
        std::fs::write(&file, &png[..100]).unwrap();
        assert!(SharePngs::read(site.path()).get(&key(&svg)).is_none());

        // A render of every card that used only `other` leaves only `other`, on disk and in
        // the cache the dev server keeps.
        let other = card("Đăng ký kết hôn");
        let mut update = rasterised(&other);
        update.used = Some(BTreeSet::from([key(&other)]));
        store_share_cards(site.path(), &update);
        assert!(!file.exists());
        let mut kept = cached.clone();
        kept.apply(&update);
        for cache in [SharePngs::read(site.path()), kept] {
            assert!(cache.get(&key(&other)).is_some() && cache.get(&key(&svg)).is_none());
        }
    }

    #[test]
    fn an_unwritable_cache_is_no_error_and_the_card_is_rasterised_again() {
        let site = tempfile::tempdir().unwrap();
        // A file where the cache folder should be.
        std::fs::write(site.path().join(".loa-cache"), b"").unwrap();
        let svg = card("Khai sinh");
        store_share_cards(site.path(), &rasterised(&svg));
        assert!(SharePngs::read(site.path()).get(&key(&svg)).is_none());
    }
}
