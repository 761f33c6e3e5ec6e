//! The theme: templates and static files. The default theme and the UI strings are embedded in
//! the binary, so `loa init` and `loa build` work from the binary alone; a site overrides any
//! file by putting its own at the same path under `themes/<name>/` (or `i18n/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::ui::FtlSource;

pub static DEFAULT_THEME: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
pub static DEFAULT_I18N: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/i18n");

/// One theme file, with where it came from (for error messages).
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub origin: PathBuf,
    pub bytes: Vec<u8>,
}

/// The merged theme: embedded defaults overridden by the site's own files.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Keyed by path inside the theme (`templates/article.html`, `static/style.css`).
    pub files: BTreeMap<String, ThemeFile>,
}

impl Theme {
    pub fn load(site_dir: &Path, name: &str) -> Result<Theme, Diagnostics> {
        let mut files = BTreeMap::new();
        for file in embedded_files(&DEFAULT_THEME) {
            files.insert(
                file.0.clone(),
                ThemeFile {
                    origin: PathBuf::from("(built-in theme)").join(&file.0),
                    bytes: file.1.to_vec(),
                },
            );
        }
        let own = site_dir.join("themes").join(name);
        if !own.is_dir() && name != "default" {
            return Err(Diagnostic::error(
                Problem::UnknownReference,
                site_dir.join(crate::paths::CONFIG_FILE),
                format!("`theme: {name}`: there is no folder themes/{name}"),
            )
            .into());
        }
        let walk = crate::paths::walk(site_dir, &own);
        if walk.problems.has_errors() {
            return Err(walk.problems);
        }
        for (relative, path) in walk.files {
            let bytes = std::fs::read(&path).map_err(|e| {
                Diagnostic::error(Problem::Unreadable, &path, format!("cannot read: {e}"))
            })?;
            files.insert(
                relative,
                ThemeFile {
                    origin: path,
                    bytes,
                },
            );
        }
        Ok(Theme { files })
    }

    /// Files under `prefix/` (`templates`, `static`), with their paths inside that folder.
    pub fn under<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a ThemeFile)> + 'a {
        self.files.iter().filter_map(move |(path, file)| {
            path.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix('/'))
                .map(|rest| (rest, file))
        })
    }
}

/// The UI string files: embedded ones first, then the site's, so the site's messages win.
pub fn ftl_sources(site_dir: &Path) -> Result<Vec<FtlSource>, Diagnostics> {
    let mut sources = embedded_ftl_sources();
    let walk = crate::paths::walk(site_dir, &site_dir.join("i18n"));
    if walk.problems.has_errors() {
        return Err(walk.problems);
    }
    for (name, path) in walk.files {
        if let Some(lang) = name.strip_suffix(".ftl") {
            sources.push(FtlSource {
                lang: lang.to_string(),
                text: crate::load::content::source::read_text(&path)?,
                path,
            });
        }
    }
    Ok(sources)
}

/// The UI string files embedded in the binary.
pub fn embedded_ftl_sources() -> Vec<FtlSource> {
    embedded_files(&DEFAULT_I18N)
        .into_iter()
        .filter_map(|(name, bytes)| {
            Some(FtlSource {
                lang: name.strip_suffix(".ftl")?.to_string(),
                path: PathBuf::from("(built-in i18n)").join(&name),
                text: String::from_utf8_lossy(bytes).into_owned(),
            })
        })
        .collect()
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<(String, &'a [u8])> {
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            files.push((
                file.path().to_string_lossy().replace('\\', "/"),
                file.contents(),
            ));
        }
        stack.extend(dir.dirs());
    }
    files.sort();
    files
}

/// The embedded theme and UI strings, by path inside a site folder: what `loa init` writes.
pub fn default_files() -> Vec<(String, &'static [u8])> {
    let theme = embedded_files(&DEFAULT_THEME)
        .into_iter()
        .map(|(relative, bytes)| (format!("themes/default/{relative}"), bytes));
    let i18n = embedded_files(&DEFAULT_I18N)
        .into_iter()
        .map(|(relative, bytes)| (format!("i18n/{relative}"), bytes));
    theme.chain(i18n).collect()
}
