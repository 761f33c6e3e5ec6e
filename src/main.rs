//! The `loa` command line: parses arguments, calls the library, prints diagnostics, sets the
//! exit code (0 success, 1 content errors, 2 usage errors).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use loa::build::{BuildOptions, build_checked};
use loa::diagnostics::Diagnostic;
use loa::site::SiteOptions;

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
    },
    /// Create a new site in DIR, with the default theme and UI strings.
    Init {
        /// The new site's folder (must not exist, or be empty).
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Build {
            site_dir,
            output,
            base_url,
            drafts,
            strict,
        } => {
            let out_dir = output.unwrap_or_else(|| site_dir.join("public"));
            let options = BuildOptions {
                site: SiteOptions {
                    site_dir: site_dir.clone(),
                    base_url,
                    drafts,
                },
                out_dir: out_dir.clone(),
            };
            match build_checked(&options, strict) {
                Ok(report) => {
                    print_diagnostics(&report.warnings, &site_dir, cli.verbosity);
                    if !cli.verbosity.quiet {
                        let per_language: Vec<String> = report
                            .stats
                            .pages
                            .iter()
                            .map(|(lang, count)| format!("{lang} {count}"))
                            .collect();
                        eprintln!(
                            "built {} files into {} in {:.2} s (pages: {})",
                            report.stats.files,
                            out_dir.display(),
                            report.elapsed.as_secs_f64(),
                            per_language.join(", ")
                        );
                    }
                    if cli.verbosity.verbose {
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
                    print_diagnostics(&diagnostics, &site_dir, cli.verbosity);
                    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                    eprintln!(
                        "build failed with {errors} error(s); {} was left as it was",
                        out_dir.display()
                    );
                    ExitCode::from(1)
                }
            }
        }
        Command::Init { dir } => match loa::init::init(&dir) {
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
    }
}

fn print_diagnostics(diagnostics: &[Diagnostic], site_dir: &Path, verbosity: Verbosity) {
    for diagnostic in diagnostics {
        if diagnostic.is_error() || !verbosity.quiet {
            eprintln!("{}", diagnostic.display_relative_to(site_dir));
        }
    }
}
