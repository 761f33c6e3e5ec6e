//! The build command: load the site, render it into a staging folder, swap it in.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem, Severity};
use crate::load::urllock;
use crate::render::{self, RenderStats};
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
    if let Err(message) = crate::paths::check_output_dir(&options.site.site_dir, &options.out_dir) {
        return Err(Diagnostic::error(Problem::PathEscape, &options.out_dir, message).into());
    }
    let site = Site::load(&options.site)?;
    let config = &site.config;
    let lock = urllock::verify(
        &config.site_dir,
        &config.published_url,
        &config.redirects,
        &render::qrcorner::printed_urls(&site)?,
    )?;
    let staging = Staging::create(&options.out_dir)?;
    let rendered = render::render_site_with_progress(&site, &staging, progress);
    if let Ok(stats) = &rendered {
        write::store_share_cards(&config.site_dir, &stats.share.cache);
    }
    match rendered {
        Ok(stats) if options.strict && !stats.budget.warnings.is_empty() => {
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
        Ok(stats) => {
            if !options.site.drafts
                && let Some((file, text)) = lock.to_write()
                && let Err(diagnostic) = write::store_url_lock(file, text)
            {
                staging.abandon();
                return Err(diagnostic.into());
            }
            staging.commit()?;
            let mut warnings = site.warnings;
            warnings.extend(stats.budget.warnings.iter().cloned());
            Ok(BuildReport {
                stats,
                warnings,
                elapsed: started.elapsed(),
            })
        }
        Err(diagnostics) => {
            staging.abandon();
            Err(diagnostics)
        }
    }
}
