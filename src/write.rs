//! Output: where rendered files go. A build writes into a staging folder beside the output
//! folder and swaps it in only when every page rendered, so a failed or killed build never leaves
//! a half-written site: the last good one stays.
//!
//! The swap is one atomic `renameat2(RENAME_EXCHANGE)` on Linux, so at every instant the output
//! folder is exactly the old site or exactly the new one. A file whose bytes did not change is
//! hard-linked from the old site instead of written again, so its modification time stays (rsync
//! and CDN uploads skip it).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
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

/// A fresh folder beside the output folder that becomes the output folder on [`Staging::commit`].
#[derive(Debug)]
pub struct Staging {
    out_dir: PathBuf,
    dir: PathBuf,
    /// Whether a file was written with bytes the output folder did not have at its path.
    wrote_new_bytes: std::sync::atomic::AtomicBool,
}

/// Whether `path` holds exactly `bytes`.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
}

/// Swaps two folders in one step where the system can; otherwise moves the old one aside first.
fn exchange(new: &Path, out: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, new, CWD, out, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => {
            let aside = out.with_file_name(format!(
                "{RETIRED_PREFIX}{}-{}",
                out.file_name().unwrap_or_default().to_string_lossy(),
                std::process::id()
            ));
            std::fs::rename(out, &aside)?;
            std::fs::rename(new, out)?;
            std::fs::rename(&aside, new)
        }
        Err(errno) => Err(errno.into()),
    }
}

/// Removes a folder and everything in it, its subfolders in parallel: the previous site of a
/// national QR corner holds half a million files, and unlinking them one after the other kept
/// one core busy for seconds after the new site was already in place. Symbolic links are
/// removed, never followed.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(dir)?.is_symlink() {
        return std::fs::remove_file(dir);
    }
    let mut subfolders = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            subfolders.push(entry.path());
        } else {
            std::fs::remove_file(entry.path())?;
        }
    }
    subfolders
        .par_iter()
        .try_for_each(|subfolder| remove_tree(subfolder))?;
    std::fs::remove_dir(dir)
}

const STAGING_PREFIX: &str = ".loa-staging-";
const RETIRED_PREFIX: &str = ".loa-retired-";

impl Staging {
    /// Creates the staging folder, first removing what a killed build may have left behind.
    pub fn create(out_dir: &Path) -> Result<Staging, Diagnostic> {
        let io_error = |e: std::io::Error| {
            Diagnostic::error(
                Problem::Output,
                out_dir,
                format!("cannot prepare the output folder: {e}"),
            )
        };
        let name = out_dir
            .file_name()
            .ok_or_else(|| {
                Diagnostic::error(Problem::Output, out_dir, "the output folder needs a name")
            })?
            .to_string_lossy()
            .into_owned();
        let parent = match out_dir.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io_error)?;
        remove_leftovers(&parent, &name);
        let dir = parent.join(format!("{STAGING_PREFIX}{name}-{}", std::process::id()));
        if dir.exists() {
            remove_tree(&dir).map_err(io_error)?;
        }
        std::fs::create_dir_all(&dir).map_err(io_error)?;
        Ok(Staging {
            out_dir: out_dir.to_path_buf(),
            dir,
            wrote_new_bytes: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// Replaces the output folder with the staged one.
    pub fn commit(self) -> Result<(), Diagnostic> {
        let io_error = |e: std::io::Error| {
            Diagnostic::error(
                Problem::Output,
                &self.out_dir,
                format!("cannot replace the output folder: {e}"),
            )
        };
        if self.out_dir.exists() {
            exchange(&self.dir, &self.out_dir).map_err(io_error)?;
            // The staging path now holds the previous site.
            remove_tree(&self.dir).map_err(io_error)?;
        } else {
            std::fs::rename(&self.dir, &self.out_dir).map_err(io_error)?;
        }
        Ok(())
    }

    /// Whether the output folder holds every file of `stamps` as a build left it: same size,
    /// same modification time. Then its files are what that build wrote and can be kept.
    pub fn output_holds(&self, stamps: &BTreeMap<String, Stamp>) -> bool {
        stamps.par_iter().all(|(path, stamp)| {
            let file = self.out_dir.join(path);
            std::fs::symlink_metadata(file)
                .is_ok_and(|meta| meta.is_file() && Stamp::of(&meta).as_ref() == Some(stamp))
        })
    }

    /// Brings the `files` that this build did not write over from the output folder, where the
    /// previous build left them (see [`Staging::output_holds`]): hard links, or copies where
    /// links cannot be made.
    pub fn keep<'a>(&self, files: impl Iterator<Item = &'a String>) -> Result<(), Diagnostic> {
        let files: Vec<&String> = files.collect();
        files.par_iter().try_for_each(|path| {
            let target = self.dir.join(path);
            if target.exists() {
                return Ok(());
            }
            let previous = self.out_dir.join(path);
            let io_error = |e: std::io::Error| {
                Diagnostic::error(
                    Problem::Output,
                    &previous,
                    format!("cannot keep the file of the previous build: {e}"),
                )
            };
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(io_error)?;
            }
            std::fs::hard_link(&previous, &target)
                .or_else(|_| std::fs::copy(&previous, &target).map(|_| ()))
                .map_err(io_error)
        })
    }

    /// Whether the output folder already is the site whose files are `files`: every file put
    /// had the bytes the output has at its path, and the output holds those files and no
    /// other. Then the files not put are the output's (see [`Staging::keep`]), and the output
    /// can stay as it is instead of being swapped for a copy of itself.
    pub fn output_is<'a>(&self, files: impl Iterator<Item = &'a String>) -> bool {
        if self
            .wrote_new_bytes
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            return false;
        }
        let expected: BTreeSet<&str> = files.map(String::as_str).collect();
        let mut found = BTreeSet::new();
        // Links are entries like files here, never followed: the output must hold nothing else.
        for entry in walkdir::WalkDir::new(&self.out_dir).min_depth(1) {
            let Ok(entry) = entry else {
                return false;
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let Ok(relative) = entry.path().strip_prefix(&self.out_dir) else {
                return false;
            };
            found.insert(relative.to_string_lossy().replace('\\', "/"));
        }
        found.len() == expected.len() && found.iter().all(|path| expected.contains(path.as_str()))
    }

    /// Drops the staged files: the build failed and the old output stays.
    pub fn abandon(self) {
        let _ = remove_tree(&self.dir);
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), Diagnostic> {
        if let Err(message) = crate::paths::check_relative(path) {
            return Err(Diagnostic::error(
                Problem::PathEscape,
                path,
                format!("refusing to write outside the output folder: {message}"),
            ));
        }
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Diagnostic::error(
                    Problem::Output,
                    &target,
                    format!("cannot create the folder: {e}"),
                )
            })?;
        }
        let previous = self.out_dir.join(path);
        if same_bytes(&previous, &bytes) && std::fs::hard_link(&previous, &target).is_ok() {
            return Ok(());
        }
        self.wrote_new_bytes
            .store(true, std::sync::atomic::Ordering::Relaxed);
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => duplicate(path),
                _ => Diagnostic::error(Problem::Output, &target, format!("cannot write: {e}")),
            })?;
        std::io::Write::write_all(&mut file, &bytes)
            .map_err(|e| Diagnostic::error(Problem::Output, &target, format!("cannot write: {e}")))
    }
}

/// Removes staging and retired folders of earlier builds of the same output that were killed.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let ours = [STAGING_PREFIX, RETIRED_PREFIX].iter().any(|prefix| {
            file_name
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix(name))
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|pid| pid.bytes().all(|b| b.is_ascii_digit()))
        });
        if ours {
            let _ = remove_tree(&entry.path());
        }
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

    #[test]
    fn removing_a_tree_removes_links_not_what_they_point_to() {
        let base = std::env::temp_dir().join(format!("loa-remove-tree-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let tree = base.join("old-site");
        let kept = base.join("elsewhere");
        std::fs::create_dir_all(&kept).unwrap();
        std::fs::write(kept.join("keep.txt"), "stays").unwrap();
        for folder in ["a/b/c", "a/d", "e"] {
            std::fs::create_dir_all(tree.join(folder)).unwrap();
            std::fs::write(tree.join(folder).join("index.html"), "<p>").unwrap();
        }
        std::os::unix::fs::symlink(&kept, tree.join("a/link")).unwrap();
        std::os::unix::fs::symlink(&kept, base.join("top-link")).unwrap();

        remove_tree(&tree).unwrap();
        remove_tree(&base.join("top-link")).unwrap();

        assert!(!tree.exists() && !base.join("top-link").exists());
        assert_eq!(
            std::fs::read_to_string(kept.join("keep.txt")).unwrap(),
            "stays"
        );
        std::fs::remove_dir_all(&base).unwrap();
    }
}
