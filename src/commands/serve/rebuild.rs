//! Rebuilding after edits, doing only what the edit touches where that is safe.
//!
//! What is incremental:
//! - an article file (`content/articles/*.md`) saved, created or deleted: only that file is read
//!   again, only its article (original and translations) is parsed again, and only the Markdown
//!   of an article that changed is rendered again. Then only the files that the changed
//!   articles can change are rendered ([`crate::render::render_changes`]); the others keep the
//!   previous build's bytes. A removed article that a text links to, or a poster article,
//!   loads the whole site again (links and the URL lock are checked there);
//! - a theme file: only the theme is read again; a UI string file (`i18n/`): only the UI strings;
//! - a static file: nothing is read again but the static files copied into the output and the
//!   list of per-language image variants (`x.km.png` beside `x.png`); the articles' `image`
//!   paths are re-checked. These render every page, into memory.
//!
//! Everything else — `loa.yaml`, other content kinds (lessons, infographics), folders created or
//! removed, or any edit after a failed build — loads the whole site again and renders everything.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics, collect_all};
use crate::languages::ui::UiStrings;
use crate::load::content::images::ImageVariants;
use crate::load::content::source::{self, SourceFile};
use crate::load::content::{Article, LoadOptions, article};
use crate::load::font_chars;
use crate::load::theme::{self, Theme};
use crate::markdown;
use crate::render::{self, RenderState, RenderStats};
use crate::resolve::site::{self, Site, SiteOptions};
use crate::write::MemorySink;

/// The folders and file the dev server watches, relative to the site folder.
pub const WATCHED: [&str; 5] = [
    "content",
    "themes",
    "i18n",
    "static",
    crate::load::config::FILE_NAME,
];

/// What a batch of changed paths calls for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Load the whole site again.
    pub full: bool,
    /// Paths under `content/articles/` saved, created or deleted.
    pub articles: BTreeSet<PathBuf>,
    pub theme: bool,
    pub ui: bool,
    pub statics: bool,
}

impl Changes {
    /// Sorts changed paths by what they touch; paths outside the watched folders, and editors'
    /// temporary files, are ignored.
    pub fn classify(site_dir: &Path, paths: impl IntoIterator<Item = PathBuf>) -> Changes {
        let mut changes = Changes::default();
        for path in paths {
            let Ok(relative) = path.strip_prefix(site_dir) else {
                continue;
            };
            let parts: Vec<&str> = relative
                .components()
                .filter_map(|component| match component {
                    Component::Normal(part) => part.to_str(),
                    _ => None,
                })
                .collect();
            if parts.last().is_some_and(|name| is_temporary(name)) {
                continue;
            }
            match parts.as_slice() {
                [] | [_] if parts.first().is_none_or(|name| WATCHED.contains(name)) => {
                    changes.full = true;
                }
                // A folder that is there now was created or moved in: load everything. Anything
                // else may be an article file, or a folder of them that was removed.
                ["content", kind, ..] if *kind == article::DIR => {
                    if path.is_dir() {
                        changes.full = true;
                    } else {
                        changes.articles.insert(path);
                    }
                }
                ["content", ..] => changes.full = true,
                ["themes", ..] => changes.theme = true,
                ["i18n", ..] => changes.ui = true,
                ["static", ..] => changes.statics = true,
                _ => {}
            }
        }
        changes
    }

    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }
}

/// Editors' swap, backup and temporary files: never content.
fn is_temporary(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || [".swp", ".swx", ".tmp", ".part"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// The files of a build, by output path; shared between builds and with the HTTP workers.
pub type Files = BTreeMap<String, Arc<Vec<u8>>>;

/// A successful build.
pub struct Built {
    pub files: Arc<Files>,
    pub stats: RenderStats,
    pub warnings: Vec<Diagnostic>,
    pub elapsed: Duration,
    /// Whether the whole site was loaded again.
    pub full: bool,
    /// Files rendered again, of `stats.files`.
    pub rendered: usize,
    /// How long each step took, in order, for `--verbose`.
    pub steps: Vec<(&'static str, Duration)>,
}

/// The last good site, and the article files it was assembled from.
struct Loaded {
    site: Site,
    /// By path.
    articles: BTreeMap<PathBuf, SourceFile>,
}

/// The last good build's output, and what its render left for the next one.
struct Output {
    files: Arc<Files>,
    render: RenderState,
}

/// An edit applied to the loaded site.
struct Updated {
    loaded: Loaded,
    /// The slugs of the articles that changed (edited, added or removed), when nothing but
    /// articles changed: then only what they can change is rendered again.
    changed_articles: Option<BTreeSet<String>>,
}

/// The files of the build before the last one, once they are no longer served, and the paths
/// the last build put or removed: brought up to date with those, they become the next build's
/// files, so that a build after an edit does not copy every entry of a large site.
struct Spare {
    files: Arc<Files>,
    changed: Vec<String>,
}

/// The site as the dev server keeps it between builds.
pub struct Workspace {
    options: SiteOptions,
    loaded: Option<Loaded>,
    output: Option<Output>,
    /// The paths the last build put or removed; `None` after a full build.
    last_changed: Option<Vec<String>>,
    spare: Option<Spare>,
}

impl Workspace {
    pub fn new(options: SiteOptions) -> Workspace {
        Workspace {
            options,
            loaded: None,
            output: None,
            last_changed: None,
            spare: None,
        }
    }

    /// Takes back the files of the build before the last one once they are no longer served
    /// (see [`Spare`]).
    pub fn recycle(&mut self, files: Arc<Files>) {
        self.spare = self
            .last_changed
            .take()
            .map(|changed| Spare { files, changed });
    }

    /// The last build's files as a map of this build's own: the spare brought up to date when
    /// nothing else holds it, else a copy.
    fn reuse_files(&mut self, last: Arc<Files>) -> Files {
        let spare = self
            .spare
            .take()
            .and_then(|spare| Some((Arc::try_unwrap(spare.files).ok()?, spare.changed)));
        match spare {
            Some((mut files, changed)) => {
                for path in changed {
                    match last.get(&path) {
                        Some(bytes) => files.insert(path, bytes.clone()),
                        None => files.remove(&path),
                    };
                }
                files
            }
            None => Arc::try_unwrap(last).unwrap_or_else(|shared| (*shared).clone()),
        }
    }

    pub fn site_dir(&self) -> &Path {
        &self.options.site_dir
    }

    /// Builds the site after `changes` into memory. After a failure the next build is a full one.
    pub fn build(
        &mut self,
        changes: &Changes,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Result<Built, Diagnostics> {
        let started = Instant::now();
        let mut steps = Vec::new();
        let mut step = |name: &'static str, since: &mut Instant| {
            steps.push((name, since.elapsed()));
            *since = Instant::now();
        };
        let mut since = started;
        let output = self.output.take();
        let incremental = match self.loaded.take() {
            Some(loaded) if !changes.full => self.update(loaded, changes),
            _ => None,
        };
        let (updated, full) = match incremental {
            Some(result) => (result?, false),
            None => (
                Updated {
                    loaded: self.load()?,
                    changed_articles: None,
                },
                true,
            ),
        };
        step("load", &mut since);
        let Updated {
            loaded,
            changed_articles,
        } = updated;
        let previous = match (output, &changed_articles) {
            (Some(output), Some(changed)) => Some((
                output.files,
                render::Previous {
                    state: output.render,
                    changed,
                },
            )),
            _ => None,
        };
        let (mut files, previous) = match previous {
            Some((files, previous)) => (Some(files), Some(previous)),
            None => (None, None),
        };
        let sink = MemorySink::default();
        let rendered = render::render_changes(&loaded.site, &sink, previous, progress)?;
        crate::write::store_share_cards(&loaded.site.config.site_dir, &rendered.stats.share.cache);
        step("render", &mut since);
        let incremental = files.is_some();
        let mut files = files
            .take()
            .map(|files| self.reuse_files(files))
            .unwrap_or_default();
        let mut changed = Vec::new();
        for path in rendered.gone {
            files.remove(&path);
            changed.push(path);
        }
        for (path, bytes) in sink.into_files() {
            files.insert(path.clone(), Arc::new(bytes));
            changed.push(path);
        }
        self.last_changed = incremental.then_some(changed);
        let files = Arc::new(files);
        step("merge", &mut since);
        // The warnings `loa build` prints: the site's, then pages over their budget.
        let mut warnings = loaded.site.warnings.clone();
        warnings.extend(rendered.stats.budget.warnings.iter().cloned());
        self.loaded = Some(loaded);
        self.output = Some(Output {
            files: files.clone(),
            render: rendered.state,
        });
        Ok(Built {
            files,
            stats: rendered.stats,
            warnings,
            elapsed: started.elapsed(),
            full,
            rendered: rendered.rendered,
            steps,
        })
    }

    fn load(&self) -> Result<Loaded, Diagnostics> {
        let site = Site::load(&self.options)?;
        let articles = source::discover(
            &site.config.site_dir,
            &site.config.site_dir.join("content").join(article::DIR),
            article::EXTENSION,
            &site.config.languages,
        )?;
        let articles = articles
            .into_iter()
            .map(|file| (file.path.clone(), file))
            .collect();
        Ok(Loaded { site, articles })
    }

    /// Applies `changes` to the last good site; `None` when they need a full load.
    fn update(&self, loaded: Loaded, changes: &Changes) -> Option<Result<Updated, Diagnostics>> {
        let Loaded {
            mut site,
            mut articles,
        } = loaded;
        let site_dir = site.config.site_dir.clone();
        if changes.theme {
            site.theme = match Theme::load(&site_dir, &site.config.theme) {
                Ok(theme) => theme,
                Err(diagnostics) => return Some(Err(diagnostics)),
            };
        }
        if changes.ui {
            let ui = theme::ftl_sources(&site_dir)
                .and_then(|sources| UiStrings::new(&site.config.languages, sources));
            match ui {
                Ok((ui, warnings)) => {
                    site.ui = Arc::new(ui);
                    site.warnings = warnings;
                }
                Err(diagnostics) => return Some(Err(diagnostics)),
            }
        }
        if changes.statics {
            site.static_files = match crate::resolve::site::static_files(&site_dir) {
                Ok(files) => files,
                Err(diagnostics) => return Some(Err(diagnostics)),
            };
            site.images = ImageVariants::find(
                site.static_files.iter().map(|(name, _)| name.as_str()),
                &site.config.languages,
            );
            // An article's `image` may name a static file that came or went: parse them again.
            let groups = articles.values().map(|file| file.slug.clone()).collect();
            match self.update_articles(&mut site, &articles, &groups, &BTreeSet::new()) {
                Some(Ok(_)) => {}
                Some(Err(diagnostics)) => return Some(Err(diagnostics)),
                None => return None,
            }
        }
        let only_articles = !(changes.theme || changes.ui || changes.statics);
        let mut diagnostics = Diagnostics::default();
        let mut groups = BTreeSet::new();
        let mut removed = BTreeSet::new();
        for path in &changes.articles {
            // A removed folder of articles takes its files with it.
            let gone: Vec<PathBuf> = articles
                .range(path.clone()..)
                .take_while(|(file, _)| file.starts_with(path))
                .map(|(file, _)| file.clone())
                .collect();
            for file in gone {
                if let Some(file) = articles.remove(&file) {
                    groups.insert(file.slug);
                    removed.insert(file.path);
                }
            }
            if path.is_file() && path.extension().is_some_and(|e| e == article::EXTENSION) {
                match source::read_source(path.clone(), &site.config.languages) {
                    Ok(file) => {
                        groups.insert(file.slug.clone());
                        articles.insert(file.path.clone(), file);
                    }
                    Err(found) => diagnostics.extend(found),
                }
            }
        }
        if diagnostics.has_errors() {
            return Some(Err(diagnostics));
        }
        let changed = match self.update_articles(&mut site, &articles, &groups, &removed)? {
            Ok(changed) => changed,
            Err(diagnostics) => return Some(Err(diagnostics)),
        };
        // Any edit may bring or take characters the web fonts must draw.
        site.source_chars = font_chars::source_chars(&site.config, &site.theme);
        Some(Ok(Updated {
            loaded: Loaded { site, articles },
            changed_articles: only_articles.then_some(changed),
        }))
    }

    /// Parses again the article files of the `groups` (file slugs: `x` for `x.md` and
    /// `x.km.md`) and renders again the Markdown of the texts that changed; returns the slugs
    /// of the articles that changed. `None` when the site must be loaded again: when an
    /// article that other texts link to is gone, when a slug is taken twice (a full load names
    /// both files), or when a poster article changed (the URL lock is checked on full loads).
    fn update_articles(
        &self,
        site: &mut Site,
        articles: &BTreeMap<PathBuf, SourceFile>,
        groups: &BTreeSet<String>,
        removed: &BTreeSet<PathBuf>,
    ) -> Option<Result<BTreeSet<String>, Diagnostics>> {
        if groups.is_empty() {
            return Some(Ok(BTreeSet::new()));
        }
        let options = LoadOptions {
            drafts: self.options.drafts,
        };
        let files: Vec<SourceFile> = articles
            .values()
            .filter(|file| groups.contains(&file.slug))
            .cloned()
            .collect();
        let fresh = match article::from_files(files.clone(), &site.config, options) {
            Ok(fresh) => fresh,
            Err(diagnostics) => return Some(Err(diagnostics)),
        };
        // The articles assembled from those groups' files, by original file: one still there,
        // or one removed (`removed`, the files just taken out of `articles`).
        // This runs on every article of the site and the paths share a long prefix: compared
        // as bytes, which looks at their lengths first (`Path`'s comparison walks components,
        // a sorted set's compares the prefix every time), among the few files of an edit.
        let originals: Vec<&OsStr> = files
            .iter()
            .filter(|file| file.lang.is_none())
            .map(|file| file.path.as_os_str())
            .chain(removed.iter().map(|path| path.as_os_str()))
            .collect();
        let from_groups =
            |article: &Article| originals.contains(&article.texts.original().path.as_os_str());
        let mut kept = std::mem::take(&mut site.content.articles);
        let old: Vec<Article> = kept
            .extract_if(.., |article| from_groups(article))
            .collect();
        let fresh_slugs: BTreeSet<&str> = fresh.iter().map(|a| a.slug.as_str()).collect();
        if kept.iter().any(|a| fresh_slugs.contains(a.slug.as_str())) {
            site.content.articles = kept;
            return None;
        }
        fn by_slug(articles: &[Article]) -> BTreeMap<&str, &Article> {
            articles.iter().map(|a| (a.slug.as_str(), a)).collect()
        }
        let (before, after) = (by_slug(&old), by_slug(&fresh));
        // Equal values have equal pages: only the others changed.
        let changed: BTreeSet<String> = before
            .keys()
            .chain(after.keys())
            .filter(|slug| before.get(*slug) != after.get(*slug))
            .map(|slug| slug.to_string())
            .collect();
        let posters = old.iter().chain(&fresh).any(|article| article.poster);
        let gone: BTreeSet<String> = old
            .iter()
            .filter(|article| !fresh_slugs.contains(article.slug.as_str()))
            .map(|article| site::article_target(&article.slug))
            .collect();
        // The kept articles are still in order: put each fresh one in its place.
        let mut all = kept;
        for article in &fresh {
            article::insert_sorted(&mut all, article.clone());
        }
        site.content.articles = all;
        if posters || links_to(site, &gone) {
            return None;
        }
        for article in &old {
            site.link_targets
                .remove(&site::article_target(&article.slug));
        }
        for article in &fresh {
            site.link_targets
                .insert(site::article_target(&article.slug));
        }
        for article in old.iter().filter(|a| changed.contains(&a.slug)) {
            for (lang, _) in article.texts.versions() {
                site.bodies
                    .remove(&(article.slug.clone(), lang.to_string()));
            }
        }
        let targets = &site.link_targets;
        let rendered = fresh
            .iter()
            .filter(|article| changed.contains(&article.slug))
            .flat_map(|article| {
                article.texts.versions().map(|(lang, text)| {
                    let key = (article.slug.clone(), lang.to_string());
                    site::render_article_text(&site.config, lang, text, targets)
                        .map(|body| (key, body))
                })
            });
        match collect_all(rendered) {
            Ok(bodies) => site.bodies.extend(bodies),
            Err(diagnostics) => return Some(Err(diagnostics)),
        }
        Some(Ok(changed))
    }
}

/// Whether a Markdown text of the site links to one of the `pages` (`articles/x`).
fn links_to(site: &Site, pages: &BTreeSet<String>) -> bool {
    if pages.is_empty() {
        return false;
    }
    let lessons = site
        .lessons
        .values()
        .flat_map(|lesson| std::iter::once(&lesson.intro).chain(&lesson.steps));
    site.bodies.values().chain(lessons).any(|text| {
        text.links.iter().any(|link| {
            markdown::internal_target(&link.url).is_some_and(|(page, _)| pages.contains(page))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::MemorySink;

    /// A site of a few articles in three languages, with two columns, tags, links between
    /// articles, translations and pagination, so that one edit touches many kinds of files.
    fn write_site(dir: &Path) {
        std::fs::write(
            dir.join("loa.yaml"),
            "title: {vi: \"Trang thử\", en: \"Test site\"}\n\
             base_url: \"https://example.vn\"\n\
             default_language: vi\n\
             languages:\n  - {code: vi, name: \"Tiếng Việt\"}\n  - {code: en, name: English}\n  \
             - {code: tyz, name: \"Tày\"}\n\
             columns:\n  - {id: tin-tuc, title: {vi: \"Tin tức\", en: News}}\n  \
             - {id: huong-dan, title: {vi: \"Hướng dẫn\"}}\n\
             paginate: 2\n",
        )
        .unwrap();
        let articles = dir.join("content/articles");
        std::fs::create_dir_all(&articles).unwrap();
        for n in 1..=7 {
            let column = if n % 2 == 0 { "tin-tuc" } else { "huong-dan" };
            let tags = ["Kỹ năng số", "QR", "Dịch vụ công"][..1 + n % 3].join("\", \"");
            let link = format!("a-{}", if n == 7 { 1 } else { n + 1 });
            std::fs::write(
                articles.join(format!("a-{n}.md")),
                format!(
                    "---\ntitle: \"Bài số {n}\"\ndate: 2025-0{n}-10\ncolumn: {column}\n\
                     tags: [\"{tags}\"]\nsummary: \"Tóm tắt {n}\"\n---\n\n## Mở đầu\n\n\
                     Nội dung bài {n}, xem [bài sau](@/articles/{link}).\n"
                ),
            )
            .unwrap();
            if n % 3 == 0 {
                std::fs::write(
                    articles.join(format!("a-{n}.en.md")),
                    format!("---\ntitle: \"Article {n}\"\n---\n\nText of article {n}.\n"),
                )
                .unwrap();
            }
        }
    }

    /// The dev server's first, full build of the site in `dir`.
    fn first_build(dir: &Path, base_url: Option<String>) -> (SiteOptions, Workspace, Built) {
        let options = SiteOptions {
            site_dir: dir.to_path_buf(),
            base_url,
            drafts: false,
            posters_for: None,
        };
        let mut workspace = Workspace::new(options.clone());
        let full = Changes {
            full: true,
            ..Changes::default()
        };
        let first = workspace.build(&full, &|_, _| {}).unwrap();
        (options, workspace, first)
    }

    fn clean_build(options: &SiteOptions) -> BTreeMap<String, Vec<u8>> {
        let site = Site::load(options).expect("the edited site loads");
        let sink = MemorySink::default();
        render::render_site(&site, &sink).expect("the edited site renders");
        sink.into_files()
    }

    /// Applies `edit` to the files, rebuilds through the dev server's path, and checks every
    /// file against a clean build of the edited site. `served` stands for the dev server's
    /// published files: the rebuild's files replace them, and the files served until then go
    /// back to the workspace, as `loa serve` does.
    fn assert_rebuild_is_clean(
        workspace: &mut Workspace,
        served: &mut Arc<Files>,
        options: &SiteOptions,
        what: &str,
        edited: &[PathBuf],
    ) -> Built {
        let changes = Changes::classify(&options.site_dir, edited.iter().cloned());
        let built = workspace
            .build(&changes, &|_, _| {})
            .unwrap_or_else(|e| panic!("{what}: the rebuild fails: {e:?}"));
        workspace.recycle(std::mem::replace(served, built.files.clone()));
        let clean = clean_build(options);
        let served: BTreeMap<&String, &[u8]> =
            built.files.iter().map(|(k, v)| (k, v.as_slice())).collect();
        let missing: Vec<&String> = clean.keys().filter(|k| !served.contains_key(k)).collect();
        let extra: Vec<&&String> = served.keys().filter(|k| !clean.contains_key(**k)).collect();
        assert!(missing.is_empty(), "{what}: files missing: {missing:?}");
        assert!(
            extra.is_empty(),
            "{what}: files that should be gone: {extra:?}"
        );
        let differ: Vec<&String> = clean
            .iter()
            .filter(|(path, bytes)| served[path] != bytes.as_slice())
            .map(|(path, _)| path)
            .collect();
        assert!(differ.is_empty(), "{what}: files that differ: {differ:?}");
        assert_eq!(built.stats.files, clean.len(), "{what}: file count");
        built
    }

    /// Khmer pages load a web font subset to the characters of the site's sources: an edit that
    /// brings a new letter, or takes the last one of a letter away, changes the font and so
    /// every Khmer page that names it.
    #[test]
    fn an_edit_that_changes_the_web_fonts_letters_rebuilds_like_a_clean_build() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().to_path_buf();
        std::fs::write(
            dir.join("loa.yaml"),
            "title: {vi: \"Trang thử\", km: \"គេហទំព័រ\"}\n\
             base_url: \"https://example.vn\"\n\
             default_language: vi\n\
             languages:\n  - {code: vi, name: \"Tiếng Việt\"}\n  - {code: km, name: \"ខ្មែរ\"}\n\
             columns:\n  - {id: tin-tuc, title: {vi: \"Tin tức\"}}\n\
             share_images: none\n",
        )
        .unwrap();
        let articles = dir.join("content/articles");
        std::fs::create_dir_all(&articles).unwrap();
        std::fs::write(
            articles.join("a.md"),
            "---\ntitle: \"Bài\"\ndate: 2025-01-10\ncolumn: tin-tuc\n---\n\nNội dung.\n",
        )
        .unwrap();
        let khmer = articles.join("a.km.md");
        std::fs::write(&khmer, "---\ntitle: \"អត្ថបទ\"\n---\n\nការអប់រំ\n").unwrap();
        let (options, mut workspace, first) = first_build(&dir, None);
        let font = |files: &Files| {
            let names: Vec<String> = files
                .keys()
                .filter(|path| path.starts_with("fonts/") && path.ends_with(".woff2"))
                .cloned()
                .collect();
            assert_eq!(names.len(), 1, "one Khmer font: {names:?}");
            names[0].clone()
        };
        let before = font(&first.files);
        let mut served = first.files.clone();
        // Writes the Khmer text and rebuilds; the font of the rebuilt site.
        let mut rebuild_with = |body: &str, what: &str| {
            std::fs::write(&khmer, format!("---\ntitle: \"អត្ថបទ\"\n---\n\n{body}\n")).unwrap();
            let edited = std::slice::from_ref(&khmer);
            font(
                &assert_rebuild_is_clean(&mut workspace, &mut served, &options, what, edited).files,
            )
        };
        let added = rebuild_with("ការអប់រំ ឨ ៜ", "new letters");
        assert_ne!(added, before, "the new letters change the font");
        let removed = rebuild_with("ការអប់រំ", "letters gone");
        assert_eq!(removed, before, "the same letters, the same font");
    }

    #[test]
    fn incremental_rebuilds_equal_clean_builds() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().to_path_buf();
        write_site(&dir);
        let (options, mut workspace, first) =
            first_build(&dir, Some("http://127.0.0.1:1111".into()));
        let total = first.stats.files;
        let mut served = first.files.clone();
        let articles = dir.join("content/articles");
        let path = |name: &str| articles.join(name);
        let edit = |name: &str, from: &str, to: &str| {
            let text = std::fs::read_to_string(path(name)).unwrap();
            assert!(text.contains(from), "{name} contains {from}");
            std::fs::write(path(name), text.replacen(from, to, 1)).unwrap();
            vec![path(name)]
        };

        let body = edit("a-4.md", "Nội dung bài 4", "Nội dung mới của bài 4");
        let built = assert_rebuild_is_clean(&mut workspace, &mut served, &options, "body", &body);
        assert!(!built.full);
        assert!(
            built.rendered < total / 2,
            "a body edit renders {} of {total} files",
            built.rendered
        );
        let same = assert_rebuild_is_clean(&mut workspace, &mut served, &options, "touch", &body);
        assert!(
            same.rendered < built.rendered,
            "a save without changes renders less"
        );

        let title = edit("a-5.md", "Bài số 5", "Tiêu đề mới");
        assert_rebuild_is_clean(&mut workspace, &mut served, &options, "title", &title);
        let date = edit("a-2.md", "2025-02-10", "2025-09-30");
        assert_rebuild_is_clean(&mut workspace, &mut served, &options, "date", &date);
        let tags = edit(
            "a-1.md",
            "tags: [\"Kỹ năng số\", \"QR\"]",
            "tags: [\"Mới\"]",
        );
        assert_rebuild_is_clean(&mut workspace, &mut served, &options, "tags", &tags);
        // The same tag slug in another spelling: the layout holds its first-seen spelling.
        let spelling = edit("a-2.md", "\"QR\"", "\"Qr\"");
        assert_rebuild_is_clean(&mut workspace, &mut served, &options, "spelling", &spelling);
        let column = edit("a-3.md", "column: huong-dan", "column: tin-tuc");
        assert_rebuild_is_clean(&mut workspace, &mut served, &options, "column", &column);

        let translation = path("a-4.tyz.md");
        std::fs::write(
            &translation,
            "---\ntitle: \"Bài Tày\"\n---\n\nCâu chữ Tày.\n",
        )
        .unwrap();
        assert_rebuild_is_clean(
            &mut workspace,
            &mut served,
            &options,
            "new translation",
            &[translation],
        );
        let gone = path("a-6.en.md");
        std::fs::remove_file(&gone).unwrap();
        assert_rebuild_is_clean(
            &mut workspace,
            &mut served,
            &options,
            "deleted translation",
            &[gone],
        );

        let added = path("b-new.md");
        std::fs::write(
            &added,
            "---\ntitle: \"Bài mới\"\ndate: 2025-08-01\ncolumn: tin-tuc\ntags: [\"QR\"]\n---\n\n\
             Bài mới, xem [bài 2](@/articles/a-2).\n",
        )
        .unwrap();
        let built = assert_rebuild_is_clean(
            &mut workspace,
            &mut served,
            &options,
            "added",
            std::slice::from_ref(&added),
        );
        assert!(!built.full, "adding an article needs no full load");
        std::fs::remove_file(&added).unwrap();
        let built =
            assert_rebuild_is_clean(&mut workspace, &mut served, &options, "deleted", &[added]);
        assert!(
            !built.full,
            "removing an article nothing links to needs no full load"
        );
        let linked = path("a-2.md");
        std::fs::remove_file(&linked).unwrap();
        let changes = Changes::classify(&dir, [linked]);
        assert!(
            workspace.build(&changes, &|_, _| {}).is_err(),
            "a link to a deleted article is an error"
        );
    }

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }

    /// The QR corner's posters are jobs that write several files each (a commune's wall, a
    /// page's poster): rebuilds keep, replace and remove all of a job's files.
    #[test]
    fn incremental_rebuilds_with_posters_equal_clean_builds() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().join("site");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/qrcorner/site"),
            &dir,
        );
        let (options, mut workspace, first) = first_build(&dir, None);
        let mut served = first.files.clone();
        let page_poster = "posters/pages/goc-qr-xa-a";
        for file in [
            "posters/xa-a/qr-corner.pdf",
            "posters/xa-a/1.001193.svg",
            "posters/xa-b/1.004222.pdf",
            &format!("{page_poster}.pdf"),
        ] {
            assert!(first.files.contains_key(file), "{file}");
        }
        let article = dir.join("content/articles/goc-qr-xa-a.md");
        let edit = |from: &str, to: &str| {
            let text = std::fs::read_to_string(&article).unwrap();
            assert!(text.contains(from), "the article contains {from}");
            std::fs::write(&article, text.replacen(from, to, 1)).unwrap();
            vec![article.clone()]
        };

        let title = edit("Xã A mở Góc QR thủ tục hành chính", "Góc QR mới");
        let built = assert_rebuild_is_clean(
            &mut workspace,
            &mut served,
            &options,
            "poster title",
            &title,
        );
        let svg = String::from_utf8_lossy(&built.files[&format!("{page_poster}.svg")]);
        assert!(svg.contains("Góc QR mới"), "{svg}");
        assert_eq!(
            built.files["posters/xa-a/qr-corner.pdf"],
            first.files["posters/xa-a/qr-corner.pdf"]
        );

        let no_poster = edit("poster: true", "poster: false");
        let built = assert_rebuild_is_clean(
            &mut workspace,
            &mut served,
            &options,
            "no poster",
            &no_poster,
        );
        assert!(!built.files.contains_key(&format!("{page_poster}.svg")));
        assert!(built.files.contains_key("posters/xa-a/qr-corner.pdf"));
    }

    #[test]
    fn paths_are_sorted_by_what_they_touch() {
        let site = Path::new("/site");
        let changes =
            |paths: &[&str]| Changes::classify(site, paths.iter().map(|path| site.join(path)));
        let article = changes(&["content/articles/a.md", "content/articles/.a.md.swp"]);
        assert_eq!(
            article.articles,
            BTreeSet::from([site.join("content/articles/a.md")])
        );
        assert!(!article.full);
        assert!(changes(&["loa.yaml"]).full);
        assert!(changes(&["content/lessons/a.md"]).full);
        assert!(changes(&["content/infographics/a.km.yaml"]).full);
        assert!(changes(&["i18n"]).full);
        assert!(changes(&["themes/default/templates/base.html"]).theme);
        assert!(changes(&["i18n/km.ftl"]).ui);
        assert!(changes(&["static/images/a.svg"]).statics);
        assert!(changes(&["public/index.html", "README.md", "content/articles/a.md~"]).is_empty());
        // loa's own cache of share images, written by every build.
        assert!(changes(&[".loa-cache", ".loa-cache/share/0a1b.png"]).is_empty());
    }
}
