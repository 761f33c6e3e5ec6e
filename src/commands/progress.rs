//! Terminal output: colours for diagnostics (only on a terminal, never under `NO_COLOR`) and a
//! progress bar that appears only when a build lasts over a second on a terminal.

use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::diagnostics::{Diagnostic, Severity};

/// How long a build runs before its progress bar appears.
const PROGRESS_DELAY: Duration = Duration::from_secs(1);

/// What standard error can show.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub interactive: bool,
    pub colour: bool,
}

impl Terminal {
    /// Standard error as it is: colours only on a terminal and when `NO_COLOR` is unset or empty.
    pub fn stderr() -> Terminal {
        let interactive = std::io::stderr().is_terminal();
        let no_colour = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Terminal {
            interactive,
            colour: interactive && !no_colour,
        }
    }

    /// A diagnostic as one line, its `error`/`warning` label coloured when colours are on.
    pub fn diagnostic(&self, diagnostic: &Diagnostic, site_dir: &std::path::Path) -> String {
        let line = diagnostic.display_relative_to(site_dir).to_string();
        if !self.colour {
            return line;
        }
        let colour = match diagnostic.severity {
            Severity::Error => "31",
            Severity::Warning => "33",
        };
        match line.split_once(':') {
            Some((label, rest)) => format!("\x1b[1;{colour}m{label}\x1b[0m:{rest}"),
            None => line,
        }
    }
}

/// A progress bar for one build: hidden at first, drawn on standard error once the build has
/// lasted [`PROGRESS_DELAY`], and never when standard error is not a terminal.
pub struct Progress {
    bar: ProgressBar,
    stop: Option<Sender<()>>,
    reveal: Option<JoinHandle<()>>,
}

impl Progress {
    /// Starts timing a build; `enabled` is false under `--quiet`.
    pub fn start(terminal: Terminal, enabled: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{spinner} loading the site") {
            bar.set_style(style);
        }
        if !(enabled && terminal.interactive) {
            return Progress {
                bar,
                stop: None,
                reveal: None,
            };
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let shown = bar.clone();
        let reveal = std::thread::spawn(move || {
            if stopped.recv_timeout(PROGRESS_DELAY) == Err(RecvTimeoutError::Timeout) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(120));
            }
        });
        Progress {
            bar,
            stop: Some(stop),
            reveal: Some(reveal),
        }
    }

    /// Records that `done` of `total` files are rendered; callable from many threads.
    pub fn update(&self, done: usize, total: usize) {
        if self.bar.length().is_none()
            && let Ok(style) =
                ProgressStyle::with_template("{spinner} rendering [{bar:30}] {pos}/{len} files")
        {
            self.bar.set_style(style.progress_chars("=> "));
        }
        self.bar.set_length(total as u64);
        self.bar.set_position(done as u64);
    }

    /// Removes the bar, so the summary line follows cleanly.
    pub fn finish(mut self) {
        drop(self.stop.take());
        if let Some(reveal) = self.reveal.take() {
            let _ = reveal.join();
        }
        self.bar.finish_and_clear();
    }
}

/// `en 30, vi 30`: the pages a build wrote per language, for summary lines.
pub fn pages_per_language(stats: &crate::render::RenderStats) -> String {
    stats
        .pages
        .iter()
        .map(|(lang, count)| format!("{lang} {count}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How long each step of a build took: `load 51.0 ms, render 854.2 ms`.
pub fn steps(steps: &[(&'static str, Duration)]) -> String {
    let steps: Vec<String> = steps
        .iter()
        .map(|(name, took)| format!("{name} {:.1} ms", took.as_secs_f64() * 1000.0))
        .collect();
    steps.join(", ")
}
