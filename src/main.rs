//! The `loa` command line: parses arguments, calls the library, prints diagnostics, sets the
//! exit code (0 success, 1 content errors, 2 usage errors).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use loa::commands::build::{BuildOptions, build_with_progress};
use loa::commands::progress::{Progress, Terminal};
use loa::diagnostics::Diagnostic;
use loa::resolve::site::SiteOptions;

// Rendering allocates many small strings on every thread at once; glibc's allocator spent a
// growing share of a large build consolidating and locking its arenas (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "loa",
    version,
    about = "Build multilingual campaign sites: articles, lessons, infographics and QR-corner posters"
)]
struct Cli {
    #[command(flatten)]
    verbosity: Verbosity,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone, Copy)]
struct Verbosity {
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more about what is done.
    #[arg(short, long, global = true)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (SITE_DIR/public by default).
    Build {
        /// The site folder, holding loa.yaml.
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// The output folder.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Use this base URL instead of the one in loa.yaml.
        #[arg(long)]
        base_url: Option<String>,
        /// Include articles marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Fail when a page is over its weight budget or has JavaScript where none is allowed.
        #[arg(long)]
        strict: bool,
        /// Make posters only for the communes whose `province:` is PROVINCE (a province's print
        /// run); landing pages and printed addresses are still made for every commune.
        #[arg(long, value_name = "PROVINCE")]
        posters_for: Option<String>,
        /// Build as at this time (RFC 3339, e.g. 2026-01-05T08:00:00+07:00; a date alone is
        /// midnight in Vietnam) instead of the clock: `publish_date` and `expiry_date` are held
        /// against it, and the same NOW gives the same output.
        #[arg(long, value_name = "NOW", value_parser = parse_now)]
        now: Option<i64>,
        /// Include articles whose `publish_date` (or `date`) is after NOW.
        #[arg(long)]
        future: bool,
        /// Keep articles whose `expiry_date` has passed as they were, instead of a notice.
        #[arg(long)]
        expired: bool,
    },
    /// Compile the commune loudspeaker's script of a column over a date range: per language a
    /// text file and an A4 PDF in large type, with reading times (SITE_DIR/bulletin by default).
    Bulletin {
        /// The site folder, holding loa.yaml.
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// The column whose articles are read (its `id` in loa.yaml).
        #[arg(long, value_name = "ID")]
        column: String,
        /// The first day of the range, included.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        from: loa::languages::format::Date,
        /// The last day of the range, included.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        to: loa::languages::format::Date,
        /// A language to compile (repeat for more); all the site's languages when absent.
        #[arg(long = "lang", value_name = "CODE")]
        languages: Vec<String>,
        /// Reading rate in syllables a minute (over `bulletin.rate` in loa.yaml; default 170).
        #[arg(long, value_name = "N")]
        rate: Option<u32>,
        /// The bulletin output folder; each bulletin is a folder in it.
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Create a new site in DIR, with the default theme and UI strings.
    Init {
        /// The new site's folder (must not exist, or be empty).
        dir: PathBuf,
    },
    /// Serve the site on 127.0.0.1 (or --bind), rebuilding and reloading open pages on every edit.
    Serve {
        /// The site folder, holding loa.yaml.
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// The port to try first; the next free one is used when it is taken.
        #[arg(short, long, default_value_t = loa::commands::serve::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on. Any other than 127.0.0.1 or ::1 lets other machines reach
        /// the preview, and loa warns about it.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: std::net::IpAddr,
        /// Open the site in the desktop's browser.
        #[arg(long)]
        open: bool,
        /// Include articles marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Build the site in memory and report broken anchors, missing images, images without
    /// alt text, missing UI messages and heavy pages.
    Check {
        /// The site folder, holding loa.yaml.
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// Include articles marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Report which pages each language has translated, lacks, or has out of date.
    Translations {
        /// The site folder, holding loa.yaml.
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// Fail (exit 1) when a language has less than this percentage of pages translated
        /// and up to date.
        #[arg(long, value_name = "PERCENT", value_parser = parse_percent)]
        min_coverage: Option<f64>,
    },
    /// Create a content file: its name is folded from TITLE.
    New {
        #[arg(value_enum)]
        kind: NewKind,
        /// The title (for a translation, the translated title).
        title: String,
        /// The site folder, holding loa.yaml.
        #[arg(long, default_value = ".")]
        site_dir: PathBuf,
        /// The file's language (the default language when absent).
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
        /// Make a translation of the article SLUG that records which version it was made from.
        #[arg(long, value_name = "SLUG", requires = "lang")]
        translate_from: Option<String>,
        /// An article's or segment's column: its id in loa.yaml (the first column when absent).
        #[arg(long, value_name = "ID")]
        column: Option<String>,
        /// A segment's recording, a path under static/ from the site root (/media/<slug>.mp3
        /// when absent).
        #[arg(long, value_name = "PATH")]
        media: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Table,
    Json,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum NewKind {
    Article,
    Segment,
    Lesson,
    Procedure,
}

fn parse_percent(text: &str) -> Result<f64, String> {
    match text.trim_end_matches('%').parse::<f64>() {
        Ok(percent) if (0.0..=100.0).contains(&percent) => Ok(percent),
        _ => Err(format!("`{text}` is not a percentage from 0 to 100")),
    }
}

fn parse_date(text: &str) -> Result<loa::languages::format::Date, String> {
    if text.trim().len() != 10 {
        return Err(format!(
            "`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2025-11-16"
        ));
    }
    text.parse()
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let terminal = Terminal::stderr();
    match cli.command {
        Command::Build {
            site_dir,
            output,
            base_url,
            drafts,
            strict,
            posters_for,
            now,
            future,
            expired,
        } => {
            let out_dir = output.unwrap_or_else(|| site_dir.join("public"));
            let options = BuildOptions {
                site: SiteOptions {
                    site_dir: site_dir.clone(),
                    base_url,
                    drafts,
                    posters_for,
                    now: Some(now.unwrap_or_else(clock)),
                    future,
                    expired,
                },
                out_dir: out_dir.clone(),
                strict,
            };
            let progress = Progress::start(terminal, !cli.verbosity.quiet);
            let built = build_with_progress(&options, &|done, total| progress.update(done, total));
            progress.finish();
            match built {
                Ok(report) => {
                    print_diagnostics(&report.warnings, &site_dir, cli.verbosity, terminal);
                    if !cli.verbosity.quiet {
                        eprintln!(
                            "built {} files into {} in {:.2} s (pages: {})",
                            report.stats.files,
                            out_dir.display(),
                            report.elapsed.as_secs_f64(),
                            loa::commands::progress::pages_per_language(&report.stats)
                        );
                    }
                    if cli.verbosity.verbose {
                        eprintln!("steps: {}", loa::commands::progress::steps(&report.steps));
                        let share = &report.stats.share;
                        eprintln!(
                            "share images: {} cards; PNG: {} rasterised, {} from {}",
                            share.cards,
                            share.rasterised,
                            share.cached,
                            loa::load::share_cache::CACHE_DIR
                        );
                        for (kind, (bytes, path)) in &report.stats.budget.heaviest {
                            eprintln!(
                                "heaviest {kind} page: {} ({path})",
                                loa::budget::kilobytes(*bytes)
                            );
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => {
                    let diagnostics = diagnostics.sorted().0;
                    print_diagnostics(&diagnostics, &site_dir, cli.verbosity, terminal);
                    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                    eprintln!(
                        "build failed with {errors} error(s); {} was left as it was",
                        out_dir.display()
                    );
                    ExitCode::from(1)
                }
            }
        }
        Command::Bulletin {
            site_dir,
            column,
            from,
            to,
            languages,
            rate,
            output,
        } => {
            let options = loa::commands::bulletin::BulletinOptions {
                site_dir: site_dir.clone(),
                column,
                from,
                to,
                languages,
                rate,
                out_dir: output,
            };
            bulletin(&options, cli.verbosity, terminal)
        }
        Command::Init { dir } => match loa::commands::init::init(&dir) {
            Ok(()) => {
                if !cli.verbosity.quiet {
                    eprintln!(
                        "created a new site in {}; build it with: loa build {}",
                        dir.display(),
                        dir.display()
                    );
                }
                ExitCode::SUCCESS
            }
            Err(diagnostic) => {
                eprintln!("{diagnostic}");
                ExitCode::from(1)
            }
        },
        Command::Serve {
            site_dir,
            bind,
            port,
            open,
            drafts,
        } => {
            let options = loa::commands::serve::ServeOptions {
                site_dir: site_dir.clone(),
                bind,
                port,
                open,
                drafts,
                quiet: cli.verbosity.quiet,
                verbose: cli.verbosity.verbose,
            };
            match loa::commands::serve::serve(&options, terminal) {
                Ok(()) => ExitCode::SUCCESS,
                Err(diagnostics) => {
                    print_diagnostics(&diagnostics.0, &site_dir, cli.verbosity, terminal);
                    ExitCode::from(1)
                }
            }
        }
        Command::Check {
            site_dir,
            deny_warnings,
            drafts,
        } => {
            let options = loa::commands::check::CheckOptions {
                site: SiteOptions {
                    site_dir: site_dir.clone(),
                    base_url: None,
                    drafts,
                    posters_for: None,
                    now: Some(clock()),
                    future: false,
                    expired: false,
                },
            };
            let diagnostics = loa::commands::check::check(&options).0;
            print_diagnostics(&diagnostics, &site_dir, cli.verbosity, terminal);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let warnings = diagnostics.len() - errors;
            if !cli.verbosity.quiet {
                eprintln!(
                    "checked {}: {errors} error(s), {warnings} warning(s)",
                    site_dir.display()
                );
            }
            if errors > 0 || (deny_warnings && warnings > 0) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Translations {
            site_dir,
            format,
            min_coverage,
        } => translations(&site_dir, format, min_coverage, cli.verbosity, terminal),
        Command::New {
            kind,
            title,
            site_dir,
            lang,
            translate_from,
            column,
            media,
        } => {
            let options = loa::commands::new::NewOptions {
                site_dir: site_dir.clone(),
                kind: match kind {
                    NewKind::Article => loa::commands::new::Kind::Article,
                    NewKind::Segment => loa::commands::new::Kind::Segment,
                    NewKind::Lesson => loa::commands::new::Kind::Lesson,
                    NewKind::Procedure => loa::commands::new::Kind::Procedure,
                },
                title,
                lang,
                translate_from,
                column,
                media,
            };
            match loa::commands::new::new(&options) {
                Ok(paths) => {
                    if !cli.verbosity.quiet {
                        for path in paths {
                            eprintln!("created {}", path.display());
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => {
                    print_diagnostics(&diagnostics.0, &site_dir, cli.verbosity, terminal);
                    ExitCode::from(1)
                }
            }
        }
    }
}

fn bulletin(
    options: &loa::commands::bulletin::BulletinOptions,
    verbosity: Verbosity,
    terminal: Terminal,
) -> ExitCode {
    use loa::commands::bulletin::BulletinError;
    let site_dir = &options.site_dir;
    match loa::commands::bulletin::bulletin(options) {
        Ok(report) => {
            print_diagnostics(&report.warnings, site_dir, verbosity, terminal);
            if !verbosity.quiet {
                eprintln!(
                    "compiled the bulletin into {} at {} syllables a minute:",
                    report.folder.display(),
                    report.rate
                );
                for summary in &report.summaries {
                    eprintln!(
                        "  {}: {} item(s), {} min {:02} s, {} page(s)",
                        summary.lang,
                        summary.items,
                        summary.seconds / 60,
                        summary.seconds % 60,
                        summary.pages
                    );
                }
            }
            ExitCode::SUCCESS
        }
        Err(BulletinError::Usage(diagnostics)) => {
            for diagnostic in &diagnostics.0 {
                eprintln!("error: {}", diagnostic.message);
            }
            ExitCode::from(2)
        }
        Err(BulletinError::Content(diagnostics)) => {
            print_diagnostics(&diagnostics.sorted().0, site_dir, verbosity, terminal);
            eprintln!("no bulletin was written; earlier bulletins were left as they were");
            ExitCode::from(1)
        }
    }
}

/// `--now`: an RFC 3339 time (or a date) as seconds since 1970.
fn parse_now(text: &str) -> Result<i64, String> {
    text.parse::<loa::languages::format::Moment>()
        .map(|moment| moment.seconds)
}

/// The clock, as seconds since 1970 (UTC): the time a build holds schedules against.
fn clock() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64)
}

fn translations(
    site_dir: &Path,
    format: ReportFormat,
    min_coverage: Option<f64>,
    verbosity: Verbosity,
    terminal: Terminal,
) -> ExitCode {
    let options = SiteOptions {
        site_dir: site_dir.to_path_buf(),
        base_url: None,
        drafts: false,
        posters_for: None,
        now: Some(clock()),
        future: false,
        expired: false,
    };
    let site = match loa::resolve::site::Site::load(&options) {
        Ok(site) => site,
        Err(diagnostics) => {
            print_diagnostics(&diagnostics.sorted().0, site_dir, verbosity, terminal);
            return ExitCode::from(1);
        }
    };
    let report = loa::commands::translations::report(&site);
    let text = match format {
        ReportFormat::Table => Ok(loa::commands::translations::table(&report)),
        ReportFormat::Json => Ok(loa::commands::translations::json(&report)),
        ReportFormat::Html => loa::commands::translations::html(&report, &site),
    };
    match text {
        Ok(text) => print!("{text}"),
        Err(diagnostics) => {
            print_diagnostics(&diagnostics.0, site_dir, verbosity, terminal);
            return ExitCode::from(1);
        }
    }
    let below = min_coverage
        .map(|percent| (percent, report.below(percent)))
        .filter(|(_, below)| !below.is_empty());
    match below {
        Some((percent, below)) => {
            for summary in below {
                eprintln!(
                    "{} has {:.1}% of pages translated and up to date, below {percent}%",
                    summary.language, summary.coverage
                );
            }
            ExitCode::from(1)
        }
        None => ExitCode::SUCCESS,
    }
}

fn print_diagnostics(
    diagnostics: &[Diagnostic],
    site_dir: &Path,
    verbosity: Verbosity,
    terminal: Terminal,
) {
    for diagnostic in diagnostics {
        if diagnostic.is_error() || !verbosity.quiet {
            eprintln!("{}", terminal.diagnostic(diagnostic, site_dir));
        }
    }
}
