//! Printed URLs: the short paths QR posters encode, the `redirects:` that move them, and the
//! lock file (`qr-lock.yaml`) that keeps every URL ever printed working.
//!
//! A poster on a commune wall outlives any edit to the site, so a printed URL is forever, like
//! a published dependency version: the lock lists every URL a build has put on a poster, and a
//! later build that no longer produces one fails, naming it, unless `loa.yaml` says where it
//! now goes (`redirects:`), in which case a redirect page is generated there.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::trust::TrustedDomains;
use crate::yaml;

/// The lock file, at the site root beside `loa.yaml`.
pub const LOCK_FILE: &str = "qr-lock.yaml";

/// The longest path a poster may print after `base_url`: short enough to type, and a low QR
/// version with big modules.
pub const MAX_SHORT_PATH: usize = 25;

/// `redirects:` of `loa.yaml`: printed paths that moved, and where each now goes (a path of
/// the site, or an https URL on a trusted domain).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redirects {
    targets: BTreeMap<String, String>,
    /// The line of `redirects:` in `loa.yaml`, for error messages.
    line: Option<usize>,
}

impl Redirects {
    /// Validates the entries; paths get their trailing slash (`/q/tt/1.001193` →
    /// `/q/tt/1.001193/`). Returns one message per bad entry.
    pub fn parse(
        raw: &BTreeMap<String, String>,
        trusted: &TrustedDomains,
        line: Option<usize>,
    ) -> Result<Redirects, Vec<String>> {
        let mut targets = BTreeMap::new();
        let mut problems = Vec::new();
        for (from, to) in raw {
            let from_path = match normalize_path(from) {
                Ok(path) => path,
                Err(problem) => {
                    problems.push(format!("`redirects`: {problem}"));
                    continue;
                }
            };
            let target = if to.starts_with('/') {
                normalize_path(to)
            } else {
                trusted.check(to).map(|_| to.clone())
            };
            match target {
                Ok(target) if target == from_path => {
                    problems.push(format!("`redirects`: `{from}` redirects to itself"))
                }
                Ok(target) => {
                    targets.insert(from_path, target);
                }
                Err(problem) => problems.push(format!("`redirects` of `{from}`: {problem}")),
            }
        }
        for (from, to) in &targets {
            if targets.contains_key(to) {
                problems.push(format!(
                    "`redirects`: `{from}` goes to `{to}`, which redirects again; point it at \
                     the final page"
                ));
            }
        }
        if problems.is_empty() {
            Ok(Redirects { targets, line })
        } else {
            Err(problems)
        }
    }

    /// Adds redirects loa made (from the lock, see [`LockUpdate::moved`]) to those of `loa.yaml`.
    pub fn add(&mut self, moved: impl IntoIterator<Item = (String, String)>) {
        self.targets.extend(moved);
    }

    /// The line of `redirects:` in `loa.yaml`.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.targets.get(path).map(String::as_str)
    }

    /// (old path, target), sorted by old path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.targets.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

fn normalize_path(path: &str) -> Result<String, String> {
    let trimmed = path.trim();
    let valid = trimmed.starts_with('/')
        && !trimmed.contains(['?', '#', '\\', ' '])
        && !trimmed.split('/').any(|part| part == ".." || part == ".");
    if !valid {
        return Err(format!(
            "`{path}` must be a path of the site such as /q/tt/1.001193/"
        ));
    }
    Ok(if trimmed.ends_with('/') {
        trimmed.to_string()
    } else {
        format!("{trimmed}/")
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFile {
    #[serde(default)]
    urls: Vec<Spanned<String>>,
    /// The URLs of `urls` that a translation's `slug:` made: the page each one is (a language
    /// code and `articles/<original slug>`, as [`PublishedPage`] writes it).
    #[serde(default)]
    pages: BTreeMap<String, String>,
}

/// A page at a URL of its own that a translation's `slug:` made: the article (by its
/// original's slug) in a language. Written in the lock as `<lang> articles/<slug>`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PublishedPage {
    pub lang: String,
    pub article: String,
}

impl PublishedPage {
    fn text(&self) -> String {
        format!("{} articles/{}", self.lang, self.article)
    }

    fn parse(text: &str) -> Option<PublishedPage> {
        let (lang, article) = text.split_once(" articles/")?;
        Some(PublishedPage {
            lang: lang.to_string(),
            article: article.to_string(),
        })
    }
}

/// What a build publishes that the lock keeps: the URLs printed on posters, the URLs of the
/// pages at translated slugs, and where each article is now in each language (the site path
/// of `articles/<slug>` in a language, `None` when there is no such article).
pub struct Published<'a> {
    pub printed: BTreeSet<String>,
    pub pages: BTreeMap<String, PublishedPage>,
    pub now_at: &'a dyn Fn(&PublishedPage) -> Option<String>,
}

/// The lock after a successful check: what to write back, if anything changed (written by
/// [`crate::write::store_url_lock`]: loading only reads).
#[derive(Debug)]
pub struct LockUpdate {
    path: PathBuf,
    text: String,
    changed: bool,
    /// The pages at a translated slug that moved (the slug was renamed or the translation
    /// removed): (old site path, where the page now is), for redirect pages.
    pub moved: Vec<(String, String)>,
}

impl LockUpdate {
    /// The lock file and its new text, when it must be (re)written.
    pub fn to_write(&self) -> Option<(&Path, &str)> {
        self.changed
            .then_some((self.path.as_path(), self.text.as_str()))
    }
}

/// Checks the site's lock file against the URLs this build publishes (absolute, under
/// `base_url`). Every locked URL must still be published or be redirected, by `redirects:` or,
/// for a page at a translated slug whose article still exists, to where that page now is
/// ([`LockUpdate::moved`]); the new lock is the union of both, sorted. A missing lock file is
/// an empty one.
pub fn verify(
    site_dir: &Path,
    base_url: &str,
    redirects: &Redirects,
    published: &Published,
) -> Result<LockUpdate, Diagnostics> {
    let printed: BTreeSet<String> = (published.printed.iter())
        .chain(published.pages.keys())
        .cloned()
        .collect();
    let path = site_dir.join(LOCK_FILE);
    let old_text = if path.exists() {
        Some(crate::load::content::source::read_text(&path)?)
    } else {
        None
    };
    let (locked, locked_pages) = match &old_text {
        Some(text) if !text.trim().is_empty() => {
            let lock = yaml::parse::<LockFile>(text, &path, 1)?;
            (lock.urls, lock.pages)
        }
        _ => (Vec::new(), BTreeMap::new()),
    };
    let mut diagnostics = Diagnostics::default();
    let mut urls: BTreeSet<String> = printed.clone();
    let mut pages: BTreeMap<String, String> = (published.pages.iter())
        .map(|(url, page)| (url.clone(), page.text()))
        .collect();
    let mut moved = Vec::new();
    for url in &locked {
        let line = url.referenced.line() as usize;
        let url = url.value.trim();
        urls.insert(url.to_string());
        if printed.contains(url) {
            continue;
        }
        let page = locked_pages.get(url);
        if let Some(page) = page {
            pages.insert(url.to_string(), page.clone());
        }
        let now_at = page
            .and_then(|page| PublishedPage::parse(page))
            .and_then(|page| (published.now_at)(&page));
        if let (Some(to), Some(from)) = (now_at, url.strip_prefix(base_url))
            && redirects.get(from).is_none()
        {
            moved.push((from.to_string(), to));
            continue;
        }
        let message = match url.strip_prefix(base_url) {
            Some(path) if path.starts_with('/') => {
                if redirects.get(path).is_some() {
                    continue;
                }
                match path.find("/articles/") {
                    Some(at) if !path.starts_with("/q/") => format!(
                        "{url} was published (a translation's `slug:` made it) but this build \
                         no longer produces it; a published address must keep working: give \
                         the translation its old `slug:` back, or say where the page now is in \
                         loa.yaml:\n  redirects:\n    \"{path}\": {}/articles/<new slug>/",
                        &path[..at]
                    ),
                    _ => format!(
                        "{url} is printed on posters but this build no longer produces it; \
                         keep what it showed, or say where it now goes in loa.yaml:\n  \
                         redirects:\n    \"{path}\": /q/<commune>/<new code>/"
                    ),
                }
            }
            _ => format!(
                "{url} is printed on posters but is not under base_url {base_url}: the old \
                 address must keep working there; remove the line only once it does"
            ),
        };
        diagnostics.push(Diagnostic::error(Problem::BrokenLink, &path, message).at_line(line));
    }
    for (from, _) in redirects.iter() {
        if printed.contains(&format!("{base_url}{from}")) {
            diagnostics.push(
                Diagnostic::error(
                    Problem::Duplicate,
                    site_dir.join(crate::paths::CONFIG_FILE),
                    format!(
                        "`redirects` moves `{from}`, but this build prints it on a poster; \
                         remove the redirect"
                    ),
                )
                .at(redirects.line, None),
            );
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let text = render(&urls, &pages);
    Ok(LockUpdate {
        moved,
        // A site that never printed a poster gets no lock file.
        changed: old_text.as_deref() != Some(text.as_str())
            && (old_text.is_some() || !urls.is_empty()),
        path,
        text,
    })
}

fn render(urls: &BTreeSet<String>, pages: &BTreeMap<String, String>) -> String {
    let mut text = String::from(
        "# Every URL that loa has printed on a QR poster. Written by `loa build`; commit it with\n\
         # the site. A printed URL is forever: a build that no longer produces one fails, unless\n\
         # `redirects:` in loa.yaml says where it now goes.\n",
    );
    if urls.is_empty() {
        text.push_str("urls: []\n");
        return text;
    }
    text.push_str("urls:\n");
    // A JSON string is a valid YAML double-quoted scalar.
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    for url in urls {
        text.push_str(&format!("  - {}\n", quoted(url)));
    }
    if !pages.is_empty() {
        text.push_str(
            "# The pages at a translation's own slug: where each URL of theirs now goes.\npages:\n",
        );
        for (url, page) in pages {
            text.push_str(&format!("  {}: {}\n", quoted(url), quoted(page)));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.vn";

    fn nowhere(_: &PublishedPage) -> Option<String> {
        None
    }

    fn printed(paths: &[&str]) -> Published<'static> {
        Published {
            printed: paths.iter().map(|p| format!("{BASE}{p}")).collect(),
            pages: BTreeMap::new(),
            now_at: &nowhere,
        }
    }

    /// A build that publishes the article `a` in Portuguese at `path`; the article is at
    /// `/pt/articles/<now>/` (or nowhere).
    fn translated<'a>(
        path: &str,
        now_at: &'a dyn Fn(&PublishedPage) -> Option<String>,
    ) -> Published<'a> {
        let page = PublishedPage {
            lang: "pt".into(),
            article: "a".into(),
        };
        Published {
            printed: BTreeSet::new(),
            pages: [(format!("{BASE}{path}"), page)].into(),
            now_at,
        }
    }

    /// What `loa build` does with the lock after a good build (with `write::store_url_lock`,
    /// which writes the same text through a temporary file).
    fn save(update: &LockUpdate) {
        if let Some((path, text)) = update.to_write() {
            std::fs::write(path, text).unwrap();
        }
    }

    fn redirects(pairs: &[(&str, &str)]) -> Result<Redirects, Vec<String>> {
        let trusted = TrustedDomains::parse(&["example.vn".into()]).unwrap();
        let raw = pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        Redirects::parse(&raw, &trusted, None)
    }

    #[test]
    fn lock_grows_and_is_written_only_when_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let none = Redirects::default();
        let first = verify(dir.path(), BASE, &none, &printed(&["/q/tt/1/", "/q/a/x/"])).unwrap();
        assert!(first.to_write().is_some());
        save(&first);
        let text = std::fs::read_to_string(dir.path().join(LOCK_FILE)).unwrap();
        assert!(
            text.contains(
                "  - \"https://example.vn/q/a/x/\"\n  - \"https://example.vn/q/tt/1/\"\n"
            )
        );
        let again = verify(dir.path(), BASE, &none, &printed(&["/q/a/x/", "/q/tt/1/"])).unwrap();
        assert!(again.to_write().is_none());
        let more = verify(
            dir.path(),
            BASE,
            &none,
            &printed(&["/q/a/x/", "/q/tt/1/", "/q/tt/2/"]),
        );
        assert!(more.unwrap().to_write().is_some());
    }

    #[test]
    fn a_site_without_posters_gets_no_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let update = verify(dir.path(), BASE, &Redirects::default(), &printed(&[])).unwrap();
        assert!(update.to_write().is_none());
    }

    #[test]
    fn a_printed_url_that_disappears_fails_unless_redirected() {
        let dir = tempfile::tempdir().unwrap();
        let none = Redirects::default();
        save(&verify(dir.path(), BASE, &none, &printed(&["/q/tt/1/", "/q/tt/2/"])).unwrap());
        let errors = verify(dir.path(), BASE, &none, &printed(&["/q/tt/2/"])).unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert_eq!(errors.0[0].line, Some(5));
        assert!(
            errors.0[0]
                .message
                .starts_with("https://example.vn/q/tt/1/ is printed")
        );
        let moved = redirects(&[("/q/tt/1", "/q/tt/2/")]).unwrap();
        let update = verify(dir.path(), BASE, &moved, &printed(&["/q/tt/2/"])).unwrap();
        assert!(update.to_write().is_none(), "the moved URL stays locked");
        let other_base = verify(dir.path(), "https://new.vn", &none, &printed(&[]));
        assert_eq!(other_base.unwrap_err().0.len(), 2);
    }

    #[test]
    fn a_renamed_translated_slug_redirects_and_stays_locked() {
        let dir = tempfile::tempdir().unwrap();
        let none = Redirects::default();
        let at_novo = |_: &PublishedPage| Some("/pt/articles/novo/".to_string());
        save(
            &verify(
                dir.path(),
                BASE,
                &none,
                &translated("/pt/articles/velho/", &nowhere),
            )
            .unwrap(),
        );
        let text = std::fs::read_to_string(dir.path().join(LOCK_FILE)).unwrap();
        assert!(
            text.ends_with(
                "pages:\n  \"https://example.vn/pt/articles/velho/\": \"pt articles/a\"\n"
            ),
            "{text}"
        );
        let renamed = verify(
            dir.path(),
            BASE,
            &none,
            &translated("/pt/articles/novo/", &at_novo),
        );
        let renamed = renamed.unwrap();
        assert_eq!(
            renamed.moved,
            [(
                "/pt/articles/velho/".to_string(),
                "/pt/articles/novo/".to_string()
            )]
        );
        save(&renamed);
        let text = std::fs::read_to_string(dir.path().join(LOCK_FILE)).unwrap();
        assert!(text.contains("\"https://example.vn/pt/articles/velho/\": \"pt articles/a\""));
        assert!(text.contains("\"https://example.vn/pt/articles/novo/\": \"pt articles/a\""));
        // The article is gone: the build fails and says how to keep the address.
        let gone = verify(dir.path(), BASE, &none, &printed(&[])).unwrap_err();
        assert_eq!(gone.0.len(), 2);
        assert!(
            gone.0[0]
                .message
                .ends_with("redirects:\n    \"/pt/articles/novo/\": /pt/articles/<new slug>/"),
            "{}",
            gone.0[0].message
        );
    }

    #[test]
    fn redirects_are_checked() {
        assert!(redirects(&[("/a", "https://example.vn/x")]).is_ok());
        let problems = redirects(&[
            ("q/a", "/b/"),
            ("/c/", "https://evil.vn/"),
            ("/d/", "/d"),
            ("/e/", "/f/"),
            ("/f/", "/g/"),
        ])
        .unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
    }
}
