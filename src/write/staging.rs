//! The staging folder: a build writes its files into a folder beside the output folder, which
//! becomes the output folder in one atomic swap when every page rendered.
//!
//! The swap is one `renameat2(RENAME_EXCHANGE)` on Linux, so at every instant the output folder
//! is exactly the old site or exactly the new one. A file whose bytes did not change is
//! hard-linked from the old site instead of written again, so its modification time stays (rsync
//! and CDN uploads skip it).
//!
//! The site the swap replaced is kept beside the output (`.loa-previous-<name>`) when it shares
//! most of its files with the new one, and the next build stages into it instead of into a new
//! folder: it then changes only the files that differ instead of making every folder and link
//! again, and no build waits for a whole tree to be removed. On a disk that discards freed
//! blocks as it goes, removing the folders of 3 × 5,000 pages took 8 s, four times their render.

use std::collections::{HashMap, HashSet};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Problem};
use crate::render::cache::Stamp;
use crate::render::{Sink, duplicate};

const STAGING_PREFIX: &str = ".loa-staging-";
const RETIRED_PREFIX: &str = ".loa-retired-";
const PREVIOUS_PREFIX: &str = ".loa-previous-";

/// The previous site is kept for the next build when at most one file in this many of the new
/// site has new bytes: then it is mostly links to the new site's files and costs little disk.
const KEEP_PREVIOUS_WHEN_ONE_NEW_IN: usize = 10;

/// A folder beside the output folder that becomes the output folder on [`Staging::commit`].
#[derive(Debug)]
pub struct Staging {
    out_dir: PathBuf,
    dir: PathBuf,
    /// Where the site this build replaces waits to be the next build's staging folder.
    previous: PathBuf,
    /// What the staging folder held before this build, when it is a kept previous site.
    reused: Option<Mutex<Reused>>,
    /// Files written with bytes the output folder did not have at their path.
    new_files: AtomicUsize,
    /// Files put or kept.
    placed: AtomicUsize,
}

/// A previous site being turned into the new one: what it still holds that this build has not
/// claimed, and what this build placed.
#[derive(Debug, Default)]
struct Reused {
    /// Each file (by path in the site) and its inode.
    files: HashMap<String, u64>,
    folders: HashSet<String>,
    placed: HashSet<String>,
}

/// What the staging folder holds at a path a build is about to place a file at.
enum AtPath {
    /// A file of the previous site, with its inode (or nothing: `None`).
    Before(Option<u64>),
    /// The file this build already placed there.
    Placed,
}

/// The inode of `path` when it holds exactly `bytes`.
fn inode_if_same_bytes(path: &Path, bytes: &[u8]) -> Option<u64> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let same = meta.is_file()
        && meta.len() == bytes.len() as u64
        && std::fs::read(path).is_ok_and(|old| old == bytes);
    same.then(|| meta.ino())
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
pub(super) fn remove_tree(dir: &Path) -> std::io::Result<()> {
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

/// Removes whatever is at `path`, a file, a link or a folder; nothing there is no error.
fn remove_any(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => remove_tree(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

impl Reused {
    /// What `dir`, a previous site, holds: its files and folders. Anything else (links, which a
    /// build never makes) is removed, so that nothing written into the tree can lead out of it.
    fn walk(dir: &Path) -> std::io::Result<Reused> {
        use walkdir::DirEntryExt as _;
        let mut reused = Reused::default();
        let mut strangers = Vec::new();
        for entry in walkdir::WalkDir::new(dir).min_depth(1) {
            let entry = entry.map_err(std::io::Error::from)?;
            let Ok(relative) = entry.path().strip_prefix(dir) else {
                continue;
            };
            let relative = relative.to_string_lossy().replace('\\', "/");
            let kind = entry.file_type();
            if kind.is_dir() {
                reused.folders.insert(relative);
            } else if kind.is_file() {
                reused.files.insert(relative, entry.ino());
            } else {
                strangers.push(entry.into_path());
            }
        }
        for stranger in strangers {
            std::fs::remove_file(stranger)?;
        }
        Ok(reused)
    }

    /// Clears the way for a file at `path` in `dir`: files of the previous site where this
    /// build needs folders, and a folder where it needs the file.
    fn claim(&mut self, dir: &Path, path: &str) -> std::io::Result<AtPath> {
        if !self.placed.insert(path.to_string()) {
            return Ok(AtPath::Placed);
        }
        for (end, _) in path.match_indices('/') {
            if self.files.remove(&path[..end]).is_some() {
                remove_any(&dir.join(&path[..end]))?;
            }
        }
        if self.folders.remove(path) {
            remove_tree(&dir.join(path))?;
            let inside = format!("{path}/");
            self.files.retain(|file, _| !file.starts_with(&inside));
            self.folders.retain(|folder| !folder.starts_with(&inside));
        }
        Ok(AtPath::Before(self.files.remove(path)))
    }

    /// Removes what the previous site had and the new one has not: its remaining files, then
    /// the folders no placed file is in, deepest first.
    fn prune(self, dir: &Path) -> std::io::Result<()> {
        let leftovers: Vec<&String> = self.files.keys().collect();
        leftovers
            .par_iter()
            .try_for_each(|file| remove_any(&dir.join(file)))?;
        let mut needed = HashSet::new();
        for file in &self.placed {
            for (end, _) in file.match_indices('/') {
                needed.insert(&file[..end]);
            }
        }
        let mut unneeded: Vec<&String> = self
            .folders
            .iter()
            .filter(|folder| !needed.contains(folder.as_str()))
            .collect();
        unneeded.sort_by_key(|folder| std::cmp::Reverse(folder.matches('/').count()));
        for folder in unneeded {
            remove_any(&dir.join(folder))?;
        }
        Ok(())
    }
}

impl Staging {
    /// Creates the staging folder, first removing what a killed build may have left behind: the
    /// previous site when one was kept, else a new folder.
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
        let previous = parent.join(format!("{PREVIOUS_PREFIX}{name}"));
        // Renaming claims the previous site: a second build into the same folder at the same
        // time finds none and starts from an empty folder.
        let reused = match std::fs::rename(&previous, &dir) {
            Ok(()) => match Reused::walk(&dir) {
                Ok(reused) => Some(Mutex::new(reused)),
                Err(_) => {
                    remove_tree(&dir).map_err(io_error)?;
                    None
                }
            },
            Err(_) => None,
        };
        if reused.is_none() {
            std::fs::create_dir_all(&dir).map_err(io_error)?;
        }
        Ok(Staging {
            out_dir: out_dir.to_path_buf(),
            dir,
            previous,
            reused,
            new_files: AtomicUsize::new(0),
            placed: AtomicUsize::new(0),
        })
    }

    /// What the staging folder holds at `path` before this build places a file there.
    fn claim(&self, path: &str) -> Result<AtPath, Diagnostic> {
        let Some(reused) = &self.reused else {
            return Ok(AtPath::Before(None));
        };
        let mut reused = reused
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        reused.claim(&self.dir, path).map_err(|e| {
            Diagnostic::error(
                Problem::Output,
                self.dir.join(path),
                format!("cannot clear the way for a file: {e}"),
            )
        })
    }

    /// Replaces the output folder with the staged one, keeping the replaced site for the next
    /// build when it shares most of its files with the new one.
    pub fn commit(self) -> Result<(), Diagnostic> {
        self.swap(true)
    }

    /// Replaces the output folder with the staged one and removes the replaced one: for a
    /// small output (a bulletin's folder), where a kept copy would save nothing and only stand
    /// beside it.
    pub fn commit_without_previous(self) -> Result<(), Diagnostic> {
        self.swap(false)
    }

    fn swap(self, keep_previous: bool) -> Result<(), Diagnostic> {
        let io_error = |e: std::io::Error| {
            Diagnostic::error(
                Problem::Output,
                &self.out_dir,
                format!("cannot replace the output folder: {e}"),
            )
        };
        if let Some(reused) = self.reused {
            let reused = reused.into_inner().unwrap_or_else(|p| p.into_inner());
            reused.prune(&self.dir).map_err(io_error)?;
        }
        if !self.out_dir.exists() {
            return std::fs::rename(&self.dir, &self.out_dir).map_err(io_error);
        }
        exchange(&self.dir, &self.out_dir).map_err(io_error)?;
        // The staging path now holds the previous site.
        let new_files = self.new_files.load(Ordering::Relaxed);
        let placed = self.placed.load(Ordering::Relaxed);
        if !keep_previous
            || new_files * KEEP_PREVIOUS_WHEN_ONE_NEW_IN > placed
            || std::fs::rename(&self.dir, &self.previous).is_err()
        {
            remove_tree(&self.dir).map_err(io_error)?;
        }
        Ok(())
    }

    /// Whether the output folder holds every file of `stamps` as a build left it: same size,
    /// same modification time. Then its files are what that build wrote and can be kept.
    pub fn output_holds(&self, stamps: &std::collections::BTreeMap<String, Stamp>) -> bool {
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
            let previous = self.out_dir.join(path);
            let io_error = |e: std::io::Error| {
                Diagnostic::error(
                    Problem::Output,
                    &previous,
                    format!("cannot keep the file of the previous build: {e}"),
                )
            };
            match self.claim(path)? {
                AtPath::Placed => return Ok(()),
                AtPath::Before(None) if self.reused.is_none() && target.exists() => return Ok(()),
                AtPath::Before(Some(inode)) => {
                    let meta = std::fs::symlink_metadata(&previous).map_err(io_error)?;
                    if meta.ino() == inode {
                        self.placed.fetch_add(1, Ordering::Relaxed);
                        return Ok(());
                    }
                    std::fs::remove_file(&target).map_err(io_error)?;
                }
                AtPath::Before(None) => {}
            }
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(io_error)?;
            }
            self.placed.fetch_add(1, Ordering::Relaxed);
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
        if self.new_files.load(Ordering::Relaxed) > 0 {
            return false;
        }
        let expected: HashSet<&str> = files.map(String::as_str).collect();
        let mut found = HashSet::new();
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

    /// Drops the staged files: the build failed, or the output already is the new site, and
    /// the output stays. A staging folder that was the previous site stays the previous site,
    /// however far this build changed it: the next build checks every file it keeps.
    pub fn abandon(self) {
        if self.reused.is_none() || std::fs::rename(&self.dir, &self.previous).is_err() {
            let _ = remove_tree(&self.dir);
        }
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), Diagnostic> {
        self.place(path, bytes, None)
    }

    /// A hard link to the file at `same_as` when the output folder does not already hold
    /// these bytes at `path`: the QR corner's 100,000 short-path copies of landing pages took
    /// a gigabyte.
    fn put_same(&self, path: &str, same_as: &str, bytes: Vec<u8>) -> Result<(), Diagnostic> {
        self.place(path, bytes, Some(same_as))
    }
}

impl Staging {
    /// Places `bytes` at `path`: kept or linked from the output folder when they did not
    /// change, else linked from the file this build placed at `same_as`, else written.
    fn place(&self, path: &str, bytes: Vec<u8>, same_as: Option<&str>) -> Result<(), Diagnostic> {
        if let Err(message) = crate::paths::check_relative(path) {
            return Err(Diagnostic::error(
                Problem::PathEscape,
                path,
                format!("refusing to write outside the output folder: {message}"),
            ));
        }
        let target = self.dir.join(path);
        let before = match self.claim(path)? {
            AtPath::Placed => return Err(duplicate(path)),
            AtPath::Before(inode) => inode,
        };
        let previous = self.out_dir.join(path);
        let unchanged = inode_if_same_bytes(&previous, &bytes);
        self.placed.fetch_add(1, Ordering::Relaxed);
        if unchanged.is_some() && unchanged == before {
            return Ok(());
        }
        // A file of the previous site may share its inode with the output's: it is replaced,
        // never written into.
        if before.is_some() {
            std::fs::remove_file(&target).map_err(|e| {
                Diagnostic::error(Problem::Output, &target, format!("cannot replace: {e}"))
            })?;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Diagnostic::error(
                    Problem::Output,
                    &target,
                    format!("cannot create the folder: {e}"),
                )
            })?;
        }
        if unchanged.is_some() && std::fs::hard_link(&previous, &target).is_ok() {
            return Ok(());
        }
        self.new_files.fetch_add(1, Ordering::Relaxed);
        if same_as
            .is_some_and(|same_as| std::fs::hard_link(self.dir.join(same_as), &target).is_ok())
        {
            return Ok(());
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file under `dir` with its bytes, and every folder.
    fn tree(dir: &Path) -> Vec<(String, Option<Vec<u8>>)> {
        let mut entries: Vec<_> = walkdir::WalkDir::new(dir)
            .min_depth(1)
            .into_iter()
            .map(|entry| {
                let entry = entry.unwrap();
                let relative = entry.path().strip_prefix(dir).unwrap();
                let bytes = entry
                    .file_type()
                    .is_file()
                    .then(|| std::fs::read(entry.path()).unwrap());
                (relative.to_string_lossy().into_owned(), bytes)
            })
            .collect();
        entries.sort();
        entries
    }

    /// A site of `n` pages, each `p<i>/index.html`.
    fn pages(n: usize) -> Vec<(String, String)> {
        (0..n)
            .map(|i| (format!("p{i}/index.html"), format!("<p>{i}")))
            .collect()
    }

    /// Builds `files` (path, text) into `out` as `loa build` does, without a kept render.
    fn build(out: &Path, files: &[(String, String)]) {
        let staging = Staging::create(out).unwrap();
        for (path, text) in files {
            staging.put(path, text.as_bytes().to_vec()).unwrap();
        }
        staging.commit().unwrap();
    }

    /// A site whose last two builds were `files`, so that the previous site is kept beside it:
    /// its base folder, its output folder and the previous site.
    fn built_twice(files: &[(String, String)]) -> (tempfile::TempDir, PathBuf, PathBuf) {
        let base = tempfile::tempdir().unwrap();
        let out = base.path().join("public");
        build(&out, files);
        build(&out, files);
        let previous = base.path().join(".loa-previous-public");
        assert!(previous.is_dir());
        (base, out, previous)
    }

    /// Whether `out` is what a build of `files` into a new folder gives.
    fn assert_built_fresh(base: &Path, out: &Path, files: &[(String, String)], what: &str) {
        let fresh = base.join("fresh");
        let _ = std::fs::remove_dir_all(&fresh);
        build(&fresh, files);
        assert_eq!(tree(out), tree(&fresh), "{what}");
    }

    #[test]
    fn removing_a_tree_removes_links_not_what_they_point_to() {
        let base = tempfile::tempdir().unwrap();
        let tree = base.path().join("old-site");
        let kept = base.path().join("elsewhere");
        std::fs::create_dir_all(&kept).unwrap();
        std::fs::write(kept.join("keep.txt"), "stays").unwrap();
        for folder in ["a/b/c", "a/d", "e"] {
            std::fs::create_dir_all(tree.join(folder)).unwrap();
            std::fs::write(tree.join(folder).join("index.html"), "<p>").unwrap();
        }
        std::os::unix::fs::symlink(&kept, tree.join("a/link")).unwrap();
        std::os::unix::fs::symlink(&kept, base.path().join("top-link")).unwrap();

        remove_tree(&tree).unwrap();
        remove_tree(&base.path().join("top-link")).unwrap();

        assert!(!tree.exists() && !base.path().join("top-link").exists());
        assert_eq!(
            std::fs::read_to_string(kept.join("keep.txt")).unwrap(),
            "stays"
        );
    }

    #[test]
    fn a_build_into_the_kept_previous_site_gives_the_same_output_as_a_build_into_a_new_folder() {
        let with = |extra: &[(&str, &str)]| -> Vec<(String, String)> {
            let mut files = pages(40);
            files.extend(extra.iter().map(|(p, t)| (p.to_string(), t.to_string())));
            files
        };
        let first = with(&[
            ("index.html", "home 1"),
            ("a", "a file"),
            ("b/c/index.html", "c"),
        ]);
        let (base, out, previous) = built_twice(&first);
        let steps = [
            with(&[
                ("index.html", "home 2"),
                ("a", "a file"),
                ("b/c/index.html", "c"),
            ]),
            // A file where a folder was, a folder where a file was, a file gone.
            with(&[
                ("index.html", "home 3"),
                ("a/index.html", "a page"),
                ("b", "b file"),
            ]),
            with(&[
                ("index.html", "home 3"),
                ("a/index.html", "a page"),
                ("b", "b file"),
            ]),
            with(&[("index.html", "home 4")]),
        ];
        for (step, files) in steps.iter().enumerate() {
            build(&out, files);
            assert_built_fresh(base.path(), &out, files, &format!("step {step}"));
            assert!(
                previous.is_dir(),
                "step {step}: the previous site was not kept"
            );
        }
    }

    #[test]
    fn a_kept_previous_site_that_was_tampered_with_cannot_change_the_output_or_lead_outside() {
        let files = pages(20);
        let (base, out, previous) = built_twice(&files);
        let outside = base.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("index.html"), "outside").unwrap();
        // A link in place of a folder, a stranger's file, a file's bytes changed by a new inode.
        remove_tree(&previous.join("p1")).unwrap();
        std::os::unix::fs::symlink(&outside, previous.join("p1")).unwrap();
        std::fs::write(previous.join("stranger.txt"), "?").unwrap();
        std::fs::remove_file(previous.join("p2/index.html")).unwrap();
        std::fs::write(previous.join("p2/index.html"), "changed").unwrap();

        let mut changed = files.clone();
        changed[0].1 = "<p>new".to_string();
        build(&out, &changed);

        assert_built_fresh(base.path(), &out, &changed, "after tampering");
        assert_eq!(
            std::fs::read_to_string(outside.join("index.html")).unwrap(),
            "outside"
        );
    }

    #[test]
    fn files_kept_from_the_output_replace_what_the_previous_site_has_at_their_path() {
        let files = pages(20);
        let (base, out, previous) = built_twice(&files);
        // Every file of the previous site rewritten as a new file with other bytes.
        for (path, _) in &files {
            std::fs::remove_file(previous.join(path)).unwrap();
            std::fs::write(previous.join(path), "tampered").unwrap();
        }

        let staging = Staging::create(&out).unwrap();
        staging.put("p0/index.html", b"<p>new".to_vec()).unwrap();
        staging.keep(files.iter().map(|(path, _)| path)).unwrap();
        staging.commit().unwrap();

        let mut expected = files.clone();
        expected[0].1 = "<p>new".to_string();
        assert_built_fresh(base.path(), &out, &expected, "after keeping");
    }

    #[test]
    fn the_previous_site_is_removed_when_most_of_its_files_changed() {
        let base = tempfile::tempdir().unwrap();
        let out = base.path().join("public");
        let site = |text: &str| vec![("index.html".to_string(), text.to_string())];
        build(&out, &site("1"));
        build(&out, &site("2"));
        assert!(!base.path().join(".loa-previous-public").exists());
    }
}
