//! The build command: load the site, render it into a staging folder, swap it in.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem, Severity};
use crate::load::{render_cache, urllock};
use crate::render::cache::{self, Fingerprints, Kept};
use crate::render::{self, Previous, RenderStats};
use crate::resolve::site::{Site, SiteOptions};
use crate::write::{self, Staging};

/// Validated options of `loa build`.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub site: SiteOptions,
    pub out_dir: PathBuf,
    /// `--strict`: a page over its weight budget, or with JavaScript where none is allowed,
    /// fails the build instead of being a warning.
    pub strict: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    pub stats: RenderStats,
    pub warnings: Vec<Diagnostic>,
    pub elapsed: Duration,
    /// How long each step took, in order, for `--verbose`.
    pub steps: Vec<(&'static str, Duration)>,
}

/// Builds the site. On any error the previous output folder is left exactly as it was.
///
/// Every URL printed on a poster is checked against the lock file (`qr-lock.yaml`), which is
/// updated before the new output is swapped in (not for `--drafts` previews).
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with_progress(options, &|_, _| {})
}

/// [`build`], calling `progress(done, total)` as files are rendered.
pub fn build_with_progress(
    options: &BuildOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let mut steps = Vec::new();
    let mut since = started;
    let mut step = |name: &'static str| {
        steps.push((name, since.elapsed()));
        since = Instant::now();
    };
    if let Err(message) = crate::paths::check_output_dir(&options.site.site_dir, &options.out_dir) {
        return Err(Diagnostic::error(Problem::PathEscape, &options.out_dir, message).into());
    }
    let mut site = Site::load(&options.site)?;
    let saved = render_cache::read(&site.config.site_dir, &options.out_dir);
    step("load");
    let lock = urllock::verify(
        &site.config.site_dir,
        &site.config.published_url,
        &site.config.redirects,
        &urllock::Published {
            printed: render::qrcorner::printed_urls(&site)?,
            pages: site.translated_slug_pages(),
            now_at: &|page| site.article_path(page),
        },
    )?;
    // A page at a translated slug that moved: its old address sends readers to the new one.
    site.config.redirects.add(lock.moved.iter().cloned());
    let config = &site.config;
    step("check printed URLs");
    let staging = Staging::create(&options.out_dir)?;
    // What the last build into this folder rendered, where it holds for the site as it is and
    // the folder still has its files: then only what changed is rendered (see `render::cache`).
    let fingerprints = Fingerprints::of(&site);
    let kept = saved
        .and_then(|bytes| cache::kept(&fingerprints, &bytes))
        .filter(|kept| staging.output_holds(&kept.stamps));
    step("check the last build");
    // Whether the output folder already is the new site: then it stays, not swapped for a copy.
    let mut output_is_new_site = false;
    let rendered = match kept {
        Some(Kept { state, changed, .. }) => {
            let previous = Previous {
                state,
                changed: &changed,
                statics: &BTreeSet::new(),
            };
            render::render_changes(&site, &staging, Some(previous), progress).and_then(|r| {
                output_is_new_site = r.gone.is_empty() && staging.output_is(cache::files(&r.state));
                if !output_is_new_site {
                    staging.keep(cache::files(&r.state))?;
                }
                Ok(r)
            })
        }
        None => render::render_changes(&site, &staging, None, progress),
    };
    step("render");
    // Links written as site paths must lead to a page or file of the new output.
    let rendered = rendered.and_then(|rendered| {
        let files: std::collections::BTreeMap<String, ()> = cache::files(&rendered.state)
            .map(|file| (file.clone(), ()))
            .collect();
        let broken = crate::commands::check::missing_site_links(&site, &files);
        if broken.is_empty() {
            Ok(rendered)
        } else {
            Err(Diagnostics(broken))
        }
    });
    if let Ok(rendered) = &rendered {
        write::store_share_cards(&config.site_dir, &rendered.stats.share.cache);
    }
    match rendered.map(|rendered| (rendered.stats, rendered.state)) {
        Ok((stats, _)) if options.strict && !stats.budget.warnings.is_empty() => {
            staging.abandon();
            Err(Diagnostics(
                stats
                    .budget
                    .warnings
                    .into_iter()
                    .map(|warning| Diagnostic {
                        severity: Severity::Error,
                        ..warning
                    })
                    .collect(),
            ))
        }
        Ok((stats, state)) => {
            if !options.site.drafts
                && let Some((file, text)) = lock.to_write()
                && let Err(diagnostic) = write::store_url_lock(file, text)
            {
                staging.abandon();
                return Err(diagnostic.into());
            }
            if output_is_new_site {
                staging.abandon();
            } else {
                staging.commit()?;
            }
            step("swap");
            let stamps = write::stamps(&options.out_dir, cache::files(&state));
            rayon::join(
                || {
                    if let Some(stamps) = stamps {
                        let save = |out: &mut dyn std::io::Write| {
                            cache::save(&fingerprints, &state, &stamps, out)
                        };
                        write::store_render_cache(&config.site_dir, &options.out_dir, &save);
                    }
                },
                || {
                    if site.bodies_changed() {
                        let save = |out: &mut dyn std::io::Write| site.keep_bodies(out);
                        write::store_markdown_cache(&config.site_dir, &save);
                    }
                },
            );
            step("save the render");
            let mut warnings = site.warnings;
            warnings.extend(stats.budget.warnings.iter().cloned());
            Ok(BuildReport {
                stats,
                warnings,
                elapsed: started.elapsed(),
                steps,
            })
        }
        Err(diagnostics) => {
            staging.abandon();
            Err(diagnostics)
        }
    }
}
