//! Watching the site's files with notify: changes (reads are ignored, since every build reads
//! every file) gathered into one batch until the files have been quiet for a moment, so an
//! editor's save — often several writes, or a write and a rename — makes one build.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::commands::serve::rebuild::WATCHED;

/// How long the files must be quiet before a batch is handed over. The events of one save come
/// within a few milliseconds of each other; an editor waits for every millisecond of this. A
/// batch cut short by a slow save only means one more rebuild when the rest arrives.
const QUIET: Duration = Duration::from_millis(25);

/// The watched site.
pub struct Watch {
    watcher: RecommendedWatcher,
    changed: Receiver<PathBuf>,
    site_dir: PathBuf,
}

impl Watch {
    /// Watches the site's `content/`, `themes/`, `i18n/` and `static/` folders, and the site
    /// folder itself for `loa.yaml` and for those folders when they are created later.
    pub fn start(site_dir: &Path) -> notify::Result<Watch> {
        let (sender, changed) = mpsc::channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
                Ok(event) if !matches!(event.kind, EventKind::Access(_)) => {
                    for path in event.paths {
                        let _ = sender.send(path);
                    }
                }
                Ok(_) => {}
                Err(error) => eprintln!("warning: watching files: {error}"),
            })?;
        for name in WATCHED {
            let path = site_dir.join(name);
            if path.is_dir() {
                watcher.watch(&path, RecursiveMode::Recursive)?;
            }
        }
        watcher.watch(site_dir, RecursiveMode::NonRecursive)?;
        Ok(Watch {
            watcher,
            changed,
            site_dir: site_dir.to_path_buf(),
        })
    }

    /// Waits for the next batch of changed paths; `None` when watching stopped.
    pub fn next_batch(&mut self) -> Option<Vec<PathBuf>> {
        let mut paths = vec![self.changed.recv().ok()?];
        loop {
            match self.changed.recv_timeout(QUIET) {
                Ok(path) => paths.push(path),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
        paths.sort();
        paths.dedup();
        for path in &paths {
            let created_folder = path.parent() == Some(self.site_dir.as_path())
                && path.is_dir()
                && WATCHED.iter().any(|name| path.ends_with(name));
            if created_folder {
                let _ = self.watcher.watch(path, RecursiveMode::Recursive);
            }
        }
        Some(paths)
    }
}
