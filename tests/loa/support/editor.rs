//! Fixture sites for the editor commands' tests (`check`, `new`, `serve`, …): a copy of
//! `tests/fixtures/<name>/site` to run the real binary in.

use std::path::PathBuf;

use super::{Run, copy_tree, fixture_path, loa_in};

/// A copy of `tests/fixtures/<name>/site` in a fresh temporary folder (removed on drop).
pub struct SiteCopy {
    _temp: tempfile::TempDir,
    pub dir: PathBuf,
}

impl SiteCopy {
    pub fn new(name: &str) -> SiteCopy {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let dir = temp.path().join("site");
        copy_tree(&fixture_path(name).join("site"), &dir);
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

    /// Adds to `loa.yaml` the course `co-ban` and the audience `moi-nguoi`, for tests that add
    /// a lesson.
    pub fn declare_a_course_and_an_audience(&self) {
        let config = self.read("loa.yaml");
        self.write(
            "loa.yaml",
            &format!(
                "{config}courses:\n  - id: co-ban\n    title: {{vi: \"Cơ bản\"}}\naudiences:\n  - id: moi-nguoi\n    title: {{vi: \"Mọi người\"}}\n"
            ),
        );
    }

    /// Runs `loa ARGS` with the site folder as working directory.
    pub fn loa(&self, args: &[&str]) -> Run {
        loa_in(&self.dir, args)
    }
}
