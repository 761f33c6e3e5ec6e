//! `loa serve`: builds the site into memory, serves it on 127.0.0.1 (or `--bind`), rebuilds when a watched
//! file changes, and reloads open tabs. A failed build keeps the last good one served and shows
//! its problems over the page and in the terminal.
//!
//! [`rebuild`] decides what an edit touches, [`http`] answers requests, [`paths`] decodes and
//! checks URL paths, [`range`] reads range requests.

pub mod http;
pub mod paths;
pub mod range;
pub mod rebuild;
pub mod watch;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::commands::progress::{Progress, Terminal};
use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::resolve::site::SiteOptions;
use http::{ProblemView, Shared};
use rebuild::{Changes, Workspace};
use watch::Watch;

/// The port tried first.
pub const DEFAULT_PORT: u16 = 1111;
/// How many ports after the asked one are tried when it is taken.
const PORT_TRIES: u16 = 50;
/// Threads answering requests (event streams get threads of their own).
const WORKERS: usize = 4;

/// Validated options of `loa serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub site_dir: PathBuf,
    /// The address to listen on: 127.0.0.1 unless the editor asks for another.
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    pub drafts: bool,
    pub quiet: bool,
    /// Print how long each step of a build took, and how many files were rendered again.
    pub verbose: bool,
}

/// Serves the site until the process is stopped. Returns only when it cannot start.
pub fn serve(options: &ServeOptions, terminal: Terminal) -> Result<(), Diagnostics> {
    // notify reports absolute paths: compare them with the absolute site folder.
    let site_dir = std::fs::canonicalize(&options.site_dir).map_err(|e| {
        Diagnostic::error(
            Problem::Unreadable,
            &options.site_dir,
            format!("cannot open the site folder: {e}"),
        )
    })?;
    let (listener, port) = bind(options.bind, options.port)?;
    let server = tiny_http::Server::from_listener(listener, None).map_err(|e| {
        Diagnostic::error(
            Problem::Output,
            &options.site_dir,
            format!("cannot start the server: {e}"),
        )
    })?;
    let server = Arc::new(server);
    let url = format!("http://{}/", SocketAddr::from((options.bind, port)));
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}, which other machines can reach; loa serve is a preview \
             for editors, not a production server",
            options.bind
        );
    }
    let shared = Arc::new(Shared::new());
    for _ in 0..WORKERS {
        let server = server.clone();
        let shared = shared.clone();
        std::thread::spawn(move || {
            while let Ok(request) = server.recv() {
                http::handle(request, &shared);
            }
        });
    }
    let taken = if port == options.port {
        String::new()
    } else {
        format!(" (port {} was taken)", options.port)
    };
    eprintln!(
        "serving {} at {url}{taken}; press Ctrl+C to stop",
        options.site_dir.display()
    );

    let mut watch = Watch::start(&site_dir).map_err(|e| {
        Diagnostic::error(
            Problem::Unreadable,
            &site_dir,
            format!("cannot watch the site's files: {e}"),
        )
    })?;
    let mut workspace = Workspace::new(SiteOptions {
        site_dir: site_dir.clone(),
        base_url: Some(url.trim_end_matches('/').to_string()),
        drafts: options.drafts,
        posters_for: None,
        // The preview shows scheduled and expired articles, each marked, as at the server's
        // start.
        now: Some(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_secs() as i64),
        ),
        future: true,
        expired: true,
    });
    let full = Changes {
        full: true,
        ..Changes::default()
    };
    rebuild(&mut workspace, &full, &shared, options, terminal, "");
    if options.open {
        open_browser(&url);
    }
    while let Some(paths) = watch.next_batch() {
        let changed = Changes::classify(&site_dir, paths.iter().cloned());
        if changed.is_empty() {
            continue;
        }
        let what = describe(&site_dir, &paths);
        rebuild(&mut workspace, &changed, &shared, options, terminal, &what);
    }
    Ok(())
}

/// A warning that a language lacks UI messages (`i18n/<code>.ftl`).
fn is_ui_summary(warning: &crate::diagnostics::Diagnostic) -> bool {
    warning.problem == crate::diagnostics::Problem::Translation
        && warning.path.starts_with("i18n")
        && !warning.is_error()
}

/// Builds, serves the result, and prints one summary line (or the problems).
fn rebuild(
    workspace: &mut Workspace,
    changes: &Changes,
    shared: &Shared,
    options: &ServeOptions,
    terminal: Terminal,
    what: &str,
) {
    let progress = Progress::start(terminal, !options.quiet);
    let result = workspace.build(changes, &|done, total| progress.update(done, total));
    progress.finish();
    let site_dir = workspace.site_dir().to_path_buf();
    // What is served changes before the terminal says so: whoever reads the line and then asks
    // gets the new state.
    let published = std::time::Instant::now();
    match result {
        Ok(built) => {
            let line = format!(
                "{} {} files in {:.0} ms{} (pages: {})",
                if built.full { "built" } else { "rebuilt" },
                built.stats.files,
                built.elapsed.as_secs_f64() * 1000.0,
                what,
                crate::commands::progress::pages_per_language(&built.stats)
            );
            let served_before = shared.publish(built.files);
            let served = built.elapsed + published.elapsed();
            workspace.recycle(served_before);
            if !options.quiet {
                // The UI strings' summary lines are said again only when they were loaded again.
                let ui_loaded = changes.full || changes.ui;
                for warning in built
                    .warnings
                    .iter()
                    .filter(|warning| ui_loaded || !is_ui_summary(warning))
                {
                    eprintln!("{}", terminal.diagnostic(warning, &site_dir));
                }
                eprintln!("{line}");
            }
            if options.verbose {
                eprintln!(
                    "  {} of {} files rendered; {}; served after {:.1} ms",
                    built.rendered,
                    built.stats.files,
                    super::progress::steps(&built.steps),
                    served.as_secs_f64() * 1000.0
                );
            }
        }
        Err(diagnostics) => {
            let diagnostics = diagnostics.sorted().0;
            let served = if shared.has_build() {
                "still serving the last good build"
            } else {
                "the site is served as soon as it builds"
            };
            shared.fail(
                diagnostics
                    .iter()
                    .map(|diagnostic| ProblemView::new(diagnostic, &site_dir))
                    .collect(),
            );
            for diagnostic in &diagnostics {
                eprintln!("{}", terminal.diagnostic(diagnostic, &site_dir));
            }
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!("build failed with {errors} error(s){what}; {served}");
        }
    }
}

/// ` after content/articles/x.md changed`, naming up to three files. Paths that are gone and
/// have no extension (editors' temporary files, mostly) are left out.
fn describe(site_dir: &Path, paths: &[PathBuf]) -> String {
    let mut names: Vec<String> = paths
        .iter()
        .filter(|path| path.exists() || path.extension().is_some())
        .filter(|path| !Changes::classify(site_dir, [path.to_path_buf()]).is_empty())
        .map(|path| {
            path.strip_prefix(site_dir)
                .unwrap_or(path)
                .display()
                .to_string()
        })
        .collect();
    names.sort();
    names.dedup();
    if names.is_empty() {
        return String::new();
    }
    let more = names.len().saturating_sub(3);
    names.truncate(3);
    match more {
        0 => format!(" after {} changed", names.join(", ")),
        more => format!(" after {} and {more} more changed", names.join(", ")),
    }
}

/// Binds `address` on `port`, or on the next free port.
fn bind(address: IpAddr, port: u16) -> Result<(TcpListener, u16), Diagnostic> {
    let mut last_error = None;
    for candidate in port..=port.saturating_add(PORT_TRIES) {
        match TcpListener::bind(SocketAddr::from((address, candidate))) {
            Ok(listener) => {
                let bound = listener.local_addr().map(|a| a.port()).unwrap_or(candidate);
                return Ok((listener, bound));
            }
            Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => {
                last_error = Some(error);
            }
            Err(error) => return Err(port_error(address, port, &error)),
        }
    }
    let error = last_error.unwrap_or_else(|| std::io::ErrorKind::AddrInUse.into());
    Err(port_error(address, port, &error))
}

fn port_error(address: IpAddr, port: u16, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        Problem::Output,
        SocketAddr::from((address, port)).to_string(),
        format!("cannot listen on {address} from port {port}: {error}"),
    )
}

/// Opens `url` in the desktop's browser; failing to is only a warning.
fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(target_os = "windows") {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let opened = std::process::Command::new(command.0)
        .args(&command.1)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(error) = opened {
        eprintln!(
            "warning: cannot open a browser ({}: {error}); open {url}",
            command.0
        );
    }
}
