//! Helpers shared by the editor commands' tests: fixture copies and runs of the real binary.
//! Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A copy of `tests/fixtures/<name>/site` in a fresh temporary folder (removed on drop).
pub struct SiteCopy {
    _temp: tempfile::TempDir,
    pub dir: PathBuf,
}

impl SiteCopy {
    pub fn new(name: &str) -> SiteCopy {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
            .join("site");
        let dir = temp.path().join("site");
        copy_dir(&source, &dir);
        SiteCopy { _temp: temp, dir }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).expect("a readable fixture file")
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("a folder");
        std::fs::write(path, text).expect("a writable fixture file");
    }

    /// Runs `loa ARGS` with the site folder as working directory.
    pub fn loa(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_loa"))
            .args(args)
            .current_dir(&self.dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("loa runs");
        Run::from(output)
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a fixture folder") {
        let entry = entry.expect("a fixture entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copied file");
        }
    }
}

/// A finished run of loa.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}
