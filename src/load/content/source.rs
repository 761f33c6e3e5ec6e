//! Source files: finding a content kind's files and reading them as UTF-8 text.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;
use crate::paths;
use crate::slug::slugify;

/// One content file, read, with what its name says: the page's slug and its language.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The slug from the file name (`ket-qua-6-thang` for `ket-qua-6-thang.tyz.md`).
    pub slug: String,
    /// The language code in the file name, `None` for the original in the default language.
    pub lang: Option<String>,
    pub text: String,
}

/// The largest file loa reads: a long article is some 100 KB; 8 MB leaves room for any real
/// text and data file while a runaway one (a pasted log, a generated dump) is refused before it
/// is read, instead of making every page of every language slow and heavy.
pub const MAX_FILE_BYTES: u64 = 8_000_000;

/// Reads a file as UTF-8, naming the line of the first invalid byte when it is not. A file over
/// [`MAX_FILE_BYTES`] is refused unread.
pub fn read_text(path: &Path) -> Result<String, Diagnostics> {
    let size = std::fs::metadata(path).map(|meta| meta.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            Problem::TooLarge,
            path,
            format!(
                "the file is {:.1} MB; loa reads files of at most {} MB",
                size as f64 / 1e6,
                MAX_FILE_BYTES / 1_000_000
            ),
        )
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            Problem::Unreadable,
            path,
            format!("cannot read the file: {e}"),
        )
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        Diagnostic::error(
            Problem::NotUtf8,
            path,
            "the file is not UTF-8 text; save it as UTF-8",
        )
        .at_line(line)
        .into()
    })
}

/// Finds every `*.<extension>` file under `dir`, a folder of the site at `site_dir` (in a stable
/// order, see [`paths::walk`]), and reads it. A missing folder is an empty kind. The language
/// code in `name.<code>.<extension>` must be a site language.
pub fn discover(
    site_dir: &Path,
    dir: &Path,
    extension: &str,
    languages: &Languages,
) -> Result<Vec<SourceFile>, Diagnostics> {
    let (files, diagnostics) = discover_all(site_dir, dir, extension, languages);
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(files)
    }
}

/// Like [`discover`], but keeps the files that could be read beside the diagnostics of those
/// that could not, so that the problems of the readable files are reported in the same build.
pub fn discover_all(
    site_dir: &Path,
    dir: &Path,
    extension: &str,
    languages: &Languages,
) -> (Vec<SourceFile>, Diagnostics) {
    let walk = paths::walk(site_dir, dir);
    let mut diagnostics = walk.problems;
    let paths: Vec<PathBuf> = walk
        .files
        .into_iter()
        .map(|(_, path)| path)
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some(extension))
        .collect();
    use rayon::prelude::*;
    let files: Vec<Result<SourceFile, Diagnostics>> = paths
        .into_par_iter()
        .map(|path| read_source(path, languages))
        .collect();
    let mut read = Vec::new();
    for file in files {
        match file {
            Ok(file) => read.push(file),
            Err(more) => diagnostics.extend(more),
        }
    }
    (read, diagnostics)
}

/// Reads one content file and what its name says.
pub fn read_source(path: PathBuf, languages: &Languages) -> Result<SourceFile, Diagnostics> {
    let (slug, lang) = split_name(&path, languages)?;
    let text = read_text(&path)?;
    Ok(SourceFile {
        path,
        slug,
        lang,
        text,
    })
}

/// `ket-qua.tyz.md` → (`ket-qua`, Some(`tyz`)); `ket-qua.md` → (`ket-qua`, None).
///
/// Only a last dot-part shaped like a language tag is a language code, so names with dots of
/// their own keep them: `1.001193.yaml` → (`1-001193`, None), `1.001193.km.yaml` →
/// (`1-001193`, Some(`km`)). A tag-shaped part that is not a site language is an error.
fn split_name(path: &Path, languages: &Languages) -> Result<(String, Option<String>), Diagnostic> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (name, lang) = match stem
        .rsplit_once('.')
        .filter(|(_, code)| code.parse::<unic_langid::LanguageIdentifier>().is_ok())
    {
        Some((name, code)) => {
            if !languages.contains(code) {
                let known: Vec<&str> = languages.codes().collect();
                return Err(Diagnostic::error(
                    Problem::UnknownLanguage,
                    path,
                    format!(
                        "the file name says language `{code}`, which is not in `languages` of loa.yaml (known: {})",
                        known.join(", ")
                    ),
                )
                .at_line(1));
            }
            (name, Some(code.to_string()))
        }
        None => (stem, None),
    };
    let slug = slugify(name);
    if slug.is_empty() {
        return Err(Diagnostic::error(
            Problem::InvalidValue,
            path,
            "the file name has no letters or digits to make a URL from",
        )
        .at_line(1));
    }
    Ok((slug, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::Language;

    fn languages() -> Languages {
        let list = ["vi", "km", "blt-Latn"]
            .iter()
            .map(|code| Language::new(code.to_string(), code.to_string(), None))
            .collect();
        Languages::new(list, "vi").unwrap()
    }

    fn split(name: &str) -> Result<(String, Option<String>), Diagnostic> {
        split_name(Path::new(name), &languages())
    }

    #[test]
    fn language_codes_come_after_the_name() {
        assert_eq!(split("ket-qua.md").unwrap(), ("ket-qua".into(), None));
        assert_eq!(
            split("ket-qua.km.md").unwrap(),
            ("ket-qua".into(), Some("km".into()))
        );
        assert_eq!(
            split("ket-qua.blt-Latn.md").unwrap(),
            ("ket-qua".into(), Some("blt-Latn".into()))
        );
        assert_eq!(
            split("ket-qua.tyz.md").unwrap_err().problem,
            Problem::UnknownLanguage
        );
    }

    #[test]
    fn names_with_dots_keep_them() {
        assert_eq!(split("1.001193.yaml").unwrap(), ("1-001193".into(), None));
        assert_eq!(
            split("1.001193.km.yaml").unwrap(),
            ("1-001193".into(), Some("km".into()))
        );
        assert_eq!(
            split("1.001193.xx.yaml").unwrap_err().problem,
            Problem::UnknownLanguage
        );
    }
}
