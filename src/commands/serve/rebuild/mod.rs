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
//! - a static file: nothing is read again but the static files (their bytes, copied into the
//!   output, and their images' sizes) and the list of per-language image variants (`x.km.png`
//!   beside `x.png`); the articles' `image` paths are re-checked. These render every page,
//!   into memory;
//! - a WebVTT transcript that was already a static file: only that file is read again, and
//!   only the segments that name it render again (as after an edit of their articles), with
//!   its SRT copy and the file itself.
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
use crate::load::content::segment::TranscriptSource;
use crate::load::content::source::{self, SourceFile};
use crate::load::content::{Article, LoadOptions, article, location};
use crate::load::font_chars;
use crate::load::statics;
use crate::load::theme::{self, Theme};
use crate::load::{media, webvtt};
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
    crate::paths::CONFIG_FILE,
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
    /// WebVTT files under `static/` saved (not created or deleted: those are `statics`).
    pub transcripts: BTreeSet<PathBuf>,
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
                ["static", .., name] if name.ends_with(".vtt") && path.is_file() => {
                    changes.transcripts.insert(path);
                }
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
    /// The static files read again on their own (transcripts), by output path.
    changed_statics: BTreeSet<String>,
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
                    changed_statics: BTreeSet::new(),
                },
                true,
            ),
        };
        step("load", &mut since);
        let Updated {
            mut loaded,
            changed_articles,
            changed_statics,
        } = updated;
        let previous = match (output, &changed_articles) {
            (Some(output), Some(changed)) => Some((
                output.files,
                render::Previous {
                    state: output.render,
                    changed,
                    statics: &changed_statics,
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
        // The next incremental build takes its PNGs from the site kept, not from the folder.
        loaded.site.share_pngs.apply(&rendered.stats.share.cache);
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
        // Transcripts already among the static files are read again on their own; any other
        // static file reads them all.
        let mut statics_changed = changes.statics;
        let mut transcripts = BTreeMap::new();
        for path in changes.transcripts.iter().filter(|_| !changes.statics) {
            let key = static_key(&site_dir, path);
            match key.filter(|key| site.static_files.contains_key(key)) {
                Some(key) => {
                    transcripts.insert(key, path.clone());
                }
                None => statics_changed = true,
            }
        }
        if statics_changed {
            transcripts.clear();
        }
        for (key, path) in &transcripts {
            match std::fs::read(path) {
                Ok(bytes) => {
                    let file = statics::StaticFile::new(key, path.clone(), bytes);
                    site.static_files.insert(key.clone(), file);
                }
                Err(e) => {
                    let problem = crate::diagnostics::Problem::Unreadable;
                    let message = format!("cannot read: {e}");
                    return Some(Err(Diagnostic::error(problem, path, message).into()));
                }
            }
        }
        if statics_changed {
            site.static_files = match statics::read(&site_dir) {
                Ok(files) => files,
                Err(diagnostics) => return Some(Err(diagnostics)),
            };
            site.images = ImageVariants::find(
                site.static_files.keys().map(String::as_str),
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
        let only_articles = !(changes.theme || changes.ui || statics_changed);
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
        let mut changed = match self.update_articles(&mut site, &articles, &groups, &removed)? {
            Ok(changed) => changed,
            Err(diagnostics) => return Some(Err(diagnostics)),
        };
        // A segment renders its transcripts: one whose transcript changed changed with it.
        let names = |article: &Article| {
            article.texts.versions().any(|(_, text)| {
                text.media.iter().any(|version| match &version.transcript {
                    Some(TranscriptSource::WebVtt(vtt)) => {
                        transcripts.contains_key(vtt.trim_start_matches('/'))
                    }
                    _ => false,
                })
            })
        };
        changed.extend(
            (site.content.articles.iter())
                .filter(|article| names(article))
                .map(|article| article.slug.clone()),
        );
        // An edited article or static file may change which recordings there are, or their bytes.
        site.media = match media::measure(&site.content.articles, &site.static_files) {
            Ok(media) => media,
            Err(diagnostics) => return Some(Err(diagnostics)),
        };
        site.transcripts = match webvtt::load(&site.content.articles, &site.static_files) {
            Ok(transcripts) => transcripts,
            Err(diagnostics) => return Some(Err(diagnostics)),
        };
        // Any edit may bring or take characters the web fonts must draw.
        site.source_chars = font_chars::source_chars(&site.config, &site.theme);
        Some(Ok(Updated {
            loaded: Loaded { site, articles },
            changed_articles: only_articles.then_some(changed),
            changed_statics: transcripts.into_keys().collect(),
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
            now: self.options.now,
            future: self.options.future,
            expired: self.options.expired,
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
        let unknown = location::check_communes(&fresh, &site.content.communes);
        if unknown.has_errors() {
            return Some(Err(unknown));
        }
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
            .map(|article| site::article_target(article).0)
            .collect();
        // The kept articles are still in order: put each fresh one in its place.
        let mut all = kept;
        for article in &fresh {
            article::insert_sorted(&mut all, article.clone());
        }
        site.content.articles = all;
        // An article whose translated slugs changed: a full rebuild checks them against every
        // article's and renders again the texts that link to it.
        fn slugs(article: &Article) -> Vec<(&str, &str)> {
            article.translated_slugs().collect()
        }
        let moved = fresh.iter().any(|article| {
            before
                .get(article.slug.as_str())
                .map_or(!slugs(article).is_empty(), |old| {
                    slugs(old) != slugs(article)
                })
        });
        if posters || moved || links_to(site, &gone) {
            return None;
        }
        for article in &old {
            site.link_targets.remove(&site::article_target(article).0);
        }
        for article in &fresh {
            let (target, path) = site::article_target(article);
            site.link_targets.insert(target, path);
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

/// A file's key among the static files (`media/x.vtt`), from its path under `static/`.
fn static_key(site_dir: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(site_dir.join("static")).ok()?;
    let parts: Option<Vec<&str>> = (relative.components())
        .map(|component| match component {
            Component::Normal(part) => part.to_str(),
            _ => None,
        })
        .collect();
    Some(parts?.join("/"))
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
mod property;
#[cfg(test)]
mod tests;
