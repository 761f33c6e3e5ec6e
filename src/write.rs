//! Output: where rendered files go. A build writes into a staging folder beside the output
//! folder and swaps it in only when every page rendered, so a failed or killed build never leaves
//! a half-written site: the last good one stays.
//!
//! The swap is one atomic `renameat2(RENAME_EXCHANGE)` on Linux, so at every instant the output
//! folder is exactly the old site or exactly the new one. A file whose bytes did not change is
//! hard-linked from the old site instead of written again, so its modification time stays (rsync
//! and CDN uploads skip it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Problem};
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
