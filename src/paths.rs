//! Paths that a site names — slugs, image paths, theme names, the output folder — and the walks
//! over its folders, checked in one place so that nothing a site says makes loa read a file
//! outside the site folder or write one outside the output folder.
//!
//! A reference is refused when it is absolute, has `..` (or `.`, or empty) parts, a backslash
//! or a NUL, or is a symbolic link whose target lies outside the site folder. Links inside the
//! site are followed: a shared image linked into `static/` is fine.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};

/// Checks a `/`-separated path that must stay inside the folder it is relative to. The message
/// names the path and why it was refused.
pub fn check_relative(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("the path is empty".to_string());
    }
    if path.starts_with('/') || path.starts_with('\\') || has_drive_letter(path) {
        return Err(format!(
            "`{path}` is an absolute path; loa only reads and writes inside the site's folders"
        ));
    }
    if path.contains(['\\', '\0']) {
        return Err(format!(
            "`{path}` has a backslash or a NUL character; write paths with `/`"
        ));
    }
    if path.split('/').any(|part| part == "..") {
        return Err(format!(
            "`{path}` leaves its folder (`..`); loa only reads and writes inside the site's folders"
        ));
    }
    if path.split('/').any(|part| part.is_empty() || part == ".") {
        return Err(format!("`{path}` has empty or `.` parts"));
    }
    Ok(())
}

/// `C:` or `C:\…`: absolute on Windows, and never a name a site means.
fn has_drive_letter(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}

/// A name that becomes one folder or file name: a relative path of a single part.
pub fn check_name(name: &str) -> Result<(), String> {
    check_relative(name)?;
    if name.contains('/') {
        return Err(format!("`{name}` must be a name, not a path with `/`"));
    }
    Ok(())
}

/// Checks the path of a local URL a text names (an image, say): a path from the site root or a
/// relative one must not climb with `..`, written plainly, with backslashes or percent-encoded.
/// URLs with a scheme or a host (`https://…`, `//cdn…`) are not paths of the site.
pub fn check_url_path(url: &str) -> Result<(), String> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let has_scheme = path
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains(['/', '\\']));
    if has_scheme || path.starts_with("//") {
        return Ok(());
    }
    let decoded = percent_decode(path);
    if decoded
        .split(['/', '\\'])
        .any(|part| part == ".." || part.contains('\0'))
    {
        return Err(format!(
            "`{url}` leaves the site (`..`); write a path from the site root such as /images/photo.jpg"
        ));
    }
    Ok(())
}

/// `%2e` → `.`; a `%` not followed by two hex digits stays as it is. Decoded repeatedly, so a
/// double encoding (`%252e`) cannot hide a `..` either.
fn percent_decode(text: &str) -> String {
    let mut current = text.to_string();
    while current.contains('%') {
        let bytes = current.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut index = 0;
        while index < bytes.len() {
            let hex = bytes
                .get(index + 1..index + 3)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok());
            match (bytes[index], hex) {
                (b'%', Some(byte)) => {
                    out.push(byte);
                    index += 3;
                }
                (byte, _) => {
                    out.push(byte);
                    index += 1;
                }
            }
        }
        let next = String::from_utf8_lossy(&out).into_owned();
        if next == current {
            break;
        }
        current = next;
    }
    current
}

/// The file `site_dir/folder/relative`, once `relative` is a path that stays inside `folder`
/// and, if the file exists, it does not lead outside the site through a symbolic link.
pub fn resolve(site_dir: &Path, folder: &str, relative: &str) -> Result<PathBuf, String> {
    check_relative(relative)?;
    let path = site_dir.join(folder).join(relative);
    if std::fs::symlink_metadata(&path).is_ok() {
        inside_site(site_dir, &path)?;
    }
    Ok(path)
}

/// Refuses `path` when, symbolic links followed, it lies outside the site folder.
fn inside_site(site_dir: &Path, path: &Path) -> Result<(), String> {
    let root = site_dir
        .canonicalize()
        .map_err(|e| format!("cannot open the site folder: {e}"))?;
    let target = path
        .canonicalize()
        .map_err(|e| format!("cannot follow the path: {e}"))?;
    if target.starts_with(&root) {
        Ok(())
    } else {
        Err(format!(
            "a symbolic link leads outside the site folder (to {}); loa reads only files inside the site",
            target.display()
        ))
    }
}

/// The files under a folder of the site, found by [`walk`].
#[derive(Debug, Default)]
pub struct Walk {
    /// In a stable order (by name, folder by folder): the path inside the walked folder written
    /// with `/`, and the path to read.
    pub files: Vec<(String, PathBuf)>,
    /// Symbolic links that lead outside the site, loops, unreadable folders.
    pub problems: Diagnostics,
}

/// Every file under `dir`, a folder of the site at `site_dir` (none when it does not exist).
/// Symbolic links that stay inside the site are followed; those that lead outside it are
/// problems and are not followed; dangling ones (an editor's lock file) name nothing to read
/// and are skipped.
pub fn walk(site_dir: &Path, dir: &Path) -> Walk {
    let mut walk = Walk::default();
    if !dir.is_dir() {
        return walk;
    }
    if let Err(message) = inside_site(site_dir, dir) {
        walk.problems
            .push(Diagnostic::error(Problem::PathEscape, dir, message));
        return walk;
    }
    let mut outside = Vec::new();
    let entries = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            if !entry.path_is_symlink() {
                return true;
            }
            match inside_site(site_dir, entry.path()) {
                Ok(()) => true,
                Err(message) => {
                    outside.push(Diagnostic::error(
                        Problem::PathEscape,
                        entry.path(),
                        message,
                    ));
                    false
                }
            }
        });
    for entry in entries {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let relative = entry
                    .path()
                    .strip_prefix(dir)
                    .unwrap_or(entry.path())
                    .to_string_lossy()
                    .replace('\\', "/");
                walk.files.push((relative, entry.into_path()));
            }
            Ok(_) => {}
            Err(error) if is_dangling_link(&error) => {}
            Err(error) => walk.problems.push(Diagnostic::error(
                Problem::Unreadable,
                error.path().unwrap_or(dir),
                format!("cannot read: {error}"),
            )),
        }
    }
    walk.problems.extend(outside);
    walk
}

fn is_dangling_link(error: &walkdir::Error) -> bool {
    error.loop_ancestor().is_none()
        && error
            .io_error()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
        && error
            .path()
            .and_then(|path| std::fs::symlink_metadata(path).ok())
            .is_some_and(|meta| meta.file_type().is_symlink())
}

/// Refuses an output folder that would replace or sit among the site's own files: the site
/// folder itself, a folder that holds it, or a folder inside what loa reads.
pub fn check_output_dir(site_dir: &Path, out_dir: &Path) -> Result<(), String> {
    check_output_place(site_dir, out_dir)?;
    let out = absolute(out_dir);
    // A build replaces the whole folder: only an empty one or an earlier build (which always
    // has a home page) may go, never a folder of someone's other files.
    let has_files = std::fs::read_dir(&out).is_ok_and(|mut entries| entries.next().is_some());
    if has_files && !out.join("index.html").is_file() {
        return Err(format!(
            "the output folder {} holds files but no index.html, so it is not an earlier build; \
             a build replaces the whole folder: choose an empty or a new one",
            out_dir.display()
        ));
    }
    Ok(())
}

/// Whether loa may write into `out_dir` at all: it is not the site folder, does not hold it,
/// is not inside a folder loa reads, and is not a file.
pub fn check_output_place(site_dir: &Path, out_dir: &Path) -> Result<(), String> {
    let site = absolute(site_dir);
    let out = absolute(out_dir);
    if site.starts_with(&out) {
        return Err(format!(
            "the output folder {} is the site folder or holds it; building would replace the site",
            out_dir.display()
        ));
    }
    for source in SOURCE_FOLDERS {
        if out.starts_with(site.join(source)) {
            return Err(format!(
                "the output folder {} is inside the site's `{source}/` folder, which loa reads",
                out_dir.display()
            ));
        }
    }
    if out.exists() && !out.is_dir() {
        return Err(format!(
            "the output folder {} is a file, not a folder",
            out_dir.display()
        ));
    }
    Ok(())
}

/// A site's configuration file, at its root.
pub const CONFIG_FILE: &str = "loa.yaml";

/// The folders of a site that loa reads.
const SOURCE_FOLDERS: &[&str] = &["content", "static", "themes", "i18n"];

/// `path` made absolute, part by part: symbolic links resolved as far as the path exists, `..`
/// applied to what came before. The rest (a folder yet to be made) is joined as written.
fn absolute(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut result = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                result.pop();
            }
            std::path::Component::CurDir => {}
            part => {
                result.push(part);
                if let Ok(real) = result.canonicalize() {
                    result = real;
                }
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_their_folder_are_refused() {
        for path in [
            "",
            "/etc/passwd",
            "\\etc\\passwd",
            "C:/Windows",
            "../x",
            "a/../../x",
            "a/..",
            "a\\..\\x",
            "a//b",
            "./a",
            "a\0b",
        ] {
            assert!(check_relative(path).is_err(), "{path:?}");
        }
        for path in ["a", "images/a.png", "a..b/c", "..a"] {
            assert_eq!(check_relative(path), Ok(()), "{path:?}");
        }
        assert!(check_name("a/b").is_err());
        for url in [
            "../../../etc/passwd",
            "/images/../../etc/passwd",
            "%2e%2e/%2E%2E/etc/passwd",
            "%252e%252e/etc",
            "..\\..\\etc",
        ] {
            assert!(check_url_path(url).is_err(), "{url}");
        }
        for url in [
            "/images/a.png",
            "images/a..png",
            "https://a.vn/../x",
            "//cdn.vn/x",
            "#a",
        ] {
            assert_eq!(check_url_path(url), Ok(()), "{url}");
        }
        assert_eq!(check_name("default"), Ok(()));
    }

    #[test]
    fn links_inside_the_site_are_followed_and_those_outside_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "x").unwrap();
        let site = tempfile::tempdir().unwrap();
        let stat = site.path().join("static");
        std::fs::create_dir_all(stat.join("images")).unwrap();
        std::fs::write(stat.join("images/a.png"), "a").unwrap();
        std::os::unix::fs::symlink(stat.join("images/a.png"), stat.join("b.png")).unwrap();
        std::os::unix::fs::symlink(outside.path(), stat.join("out")).unwrap();
        std::os::unix::fs::symlink("/nowhere/at/all", stat.join(".#lock.png")).unwrap();
        let walk = walk(site.path(), &stat);
        let names: Vec<&str> = walk.files.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["b.png", "images/a.png"]);
        assert_eq!(walk.problems.0.len(), 1, "{:?}", walk.problems);
        assert_eq!(walk.problems.0[0].problem, Problem::PathEscape);
        assert!(resolve(site.path(), "static", "b.png").is_ok());
        assert!(resolve(site.path(), "static", "out/secret").is_err());
        assert!(resolve(site.path(), "static", "../loa.yaml").is_err());
    }

    #[test]
    fn the_output_folder_never_replaces_the_site() {
        let site = tempfile::tempdir().unwrap();
        let dir = site.path();
        assert!(check_output_dir(dir, &dir.join("public")).is_ok());
        assert!(check_output_dir(dir, &dir.join("../elsewhere")).is_ok());
        assert!(check_output_dir(dir, dir).is_err());
        assert!(check_output_dir(dir, &dir.join("public/..")).is_err());
        assert!(check_output_dir(dir, &dir.join("..")).is_err());
        assert!(check_output_dir(dir, &dir.join("content/out")).is_err());
        assert!(check_output_dir(&dir.join("sub"), dir).is_err());
        let other = tempfile::tempdir().unwrap();
        assert!(check_output_dir(dir, other.path()).is_ok(), "empty");
        std::fs::write(other.path().join("notes.txt"), "x").unwrap();
        assert!(
            check_output_dir(dir, other.path()).is_err(),
            "someone's files"
        );
        std::fs::write(other.path().join("index.html"), "x").unwrap();
        assert!(
            check_output_dir(dir, other.path()).is_ok(),
            "an earlier build"
        );
    }
}
