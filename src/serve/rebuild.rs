//! Rebuilding after edits, doing only what the edit touches where that is safe.
//!
//! What is incremental:
//! - an article file (`content/articles/*.md`) saved, created or deleted: only that file is read
//!   again; articles are re-assembled from the files kept in memory (parsing front matter is
//!   cheap), and only the Markdown texts that changed are rendered again — unless the set of
//!   pages changed (a new, deleted or renamed slug), since every link must then be re-checked;
//! - a theme file: only the theme is read again; a UI string file (`i18n/`): only the UI strings;
//! - a static file: nothing is read again but the static files copied into the output and the
//!   list of per-language image variants (`x.km.png` beside `x.png`); the articles' `image`
//!   paths are re-checked.
//!
//! Everything else — `loa.yaml`, other content kinds (lessons, infographics), folders created or
//! removed, or any edit after a failed build — loads the whole site again. Every build renders
//! every page, into memory.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content::images::ImageVariants;
use crate::content::source::{self, SourceFile};
use crate::content::{Article, Content, LoadOptions, article};
use crate::diagnostics::{Diagnostic, Diagnostics, collect_all};
use crate::languages::ui::UiStrings;
use crate::markdown::{self, Rendered};
use crate::output::MemorySink;
use crate::render::{self, RenderStats};
use crate::site::{self, Site, SiteOptions};
use crate::theme::{self, Theme};

/// The folders and file the dev server watches, relative to the site folder.
pub const WATCHED: [&str; 5] = [
    "content",
    "themes",
    "i18n",
    "static",
    crate::config::FILE_NAME,
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

/// A successful build.
pub struct Built {
    pub files: BTreeMap<String, Vec<u8>>,
    pub stats: RenderStats,
    pub warnings: Vec<Diagnostic>,
    pub elapsed: Duration,
    /// Whether the whole site was loaded again.
    pub full: bool,
}

/// The last good site, and the article files it was assembled from.
struct Loaded {
    site: Site,
    articles: Vec<SourceFile>,
}

/// The site as the dev server keeps it between builds.
pub struct Workspace {
    options: SiteOptions,
    loaded: Option<Loaded>,
}

impl Workspace {
    pub fn new(options: SiteOptions) -> Workspace {
        Workspace {
            options,
            loaded: None,
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
        let incremental = match self.loaded.take() {
            Some(loaded) if !changes.full => self.update(loaded, changes),
            _ => None,
        };
        let (loaded, full) = match incremental {
            Some(result) => (result?, false),
            None => (self.load()?, true),
        };
        let sink = MemorySink::default();
        let stats = render::render_site_with_progress(&loaded.site, &sink, progress)?;
        // The warnings `loa build` prints: the site's, then pages over their budget.
        let mut warnings = loaded.site.warnings.clone();
        warnings.extend(stats.budget.warnings.iter().cloned());
        self.loaded = Some(loaded);
        Ok(Built {
            files: sink.into_files(),
            stats,
            warnings,
            elapsed: started.elapsed(),
            full,
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
        Ok(Loaded { site, articles })
    }

    /// Applies `changes` to the last good site; `None` when they need a full load.
    fn update(&self, loaded: Loaded, changes: &Changes) -> Option<Result<Loaded, Diagnostics>> {
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
            site.static_files = match crate::site::static_files(&site_dir) {
                Ok(files) => files,
                Err(diagnostics) => return Some(Err(diagnostics)),
            };
            site.images = ImageVariants::find(
                site.static_files.iter().map(|(name, _)| name.as_str()),
                &site.config.languages,
            );
        }
        if changes.articles.is_empty() && !changes.statics {
            return Some(Ok(Loaded { site, articles }));
        }
        let mut diagnostics = Diagnostics::default();
        for path in &changes.articles {
            articles.retain(|file| !file.path.starts_with(path));
            if path.is_file() && path.extension().is_some_and(|e| e == article::EXTENSION) {
                match source::read_source(path.clone(), &site.config.languages) {
                    Ok(file) => articles.push(file),
                    Err(found) => diagnostics.extend(found),
                }
            }
        }
        articles.sort_by(|a, b| a.path.cmp(&b.path));
        if diagnostics.has_errors() {
            return Some(Err(diagnostics));
        }
        let options = LoadOptions {
            drafts: self.options.drafts,
        };
        let assembled = match article::from_files(articles.clone(), &site.config, options) {
            Ok(assembled) => assembled,
            Err(diagnostics) => return Some(Err(diagnostics)),
        };
        let before = site::link_targets(&site.content);
        let old = std::mem::replace(&mut site.content.articles, assembled);
        let targets = site::link_targets(&site.content);
        if before != targets {
            return None;
        }
        match render_changed(&site.config, &site.content, &old, &site.bodies, &targets) {
            Ok(bodies) => site.bodies = bodies,
            Err(diagnostics) => return Some(Err(diagnostics)),
        }
        Some(Ok(Loaded { site, articles }))
    }
}

/// The rendered texts of `content`: those unchanged since the `old` articles are taken from
/// `bodies`, the others rendered again.
fn render_changed(
    config: &Config,
    content: &Content,
    old: &[Article],
    bodies: &BTreeMap<(String, String), Rendered>,
    targets: &markdown::LinkTargets,
) -> Result<BTreeMap<(String, String), Rendered>, Diagnostics> {
    let unchanged = |slug: &str, lang: &str, text: &article::ArticleText| {
        old.iter()
            .find(|article| article.slug == slug)
            .and_then(|article| article.texts.get(lang))
            .is_some_and(|before| {
                before.path == text.path
                    && before.body_line == text.body_line
                    && before.body == text.body
            })
    };
    let results = content.articles.iter().flat_map(|article| {
        article.texts.versions().map(move |(lang, text)| {
            let key = (article.slug.clone(), lang.to_string());
            match bodies.get(&key) {
                Some(body) if unchanged(&article.slug, lang, text) => Ok((key, body.clone())),
                _ => site::render_article_text(config, lang, text, targets).map(|body| (key, body)),
            }
        })
    });
    Ok(collect_all(results)?.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

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
