//! Running the system tools that read loa's output (poppler, zbar, Chromium…), for the
//! integration tests and for the poster unit tests, which include this file by its path.

use std::path::Path;
use std::process::{Command, Stdio};

/// Decides for a test that needs programs of the machine (zbarimg, pdftotext, chromium, node, …):
/// true when nothing is `missing`. Otherwise, under CI (`CI` set) the test fails naming what is
/// missing and `install`, the command that installs it; elsewhere it is skipped with that
/// reason on stderr.
#[track_caller]
pub fn system_tools_present(missing: &[String], install: &str) -> bool {
    if missing.is_empty() {
        return true;
    }
    let missing = missing.join("; ");
    assert!(
        std::env::var_os("CI").is_none(),
        "CI is set but this test cannot run: {missing} ({install})"
    );
    eprintln!("SKIPPED: {missing} ({install}); set CI=1 to make this a failure");
    false
}

/// The programs of `programs` that cannot be started, each as `<program> is missing`.
pub fn missing_programs(programs: &[&str]) -> Vec<String> {
    programs
        .iter()
        .filter(|program| {
            Command::new(program)
                .arg("-v")
                .stdin(Stdio::null())
                .output()
                .is_err()
        })
        .map(|program| format!("{program} is missing"))
        .collect()
}

/// Runs `program` in `dir` and returns what it printed; a failure fails the test.
pub fn run(program: &str, args: &[&str], dir: &Path) -> String {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Poppler splits Khmer and Tai Viet clusters with spaces or line breaks (its word heuristics
/// see the marks' vertical offsets as gaps), but the characters and their order are intact,
/// which is what copy and search need: compare texts without whitespace.
pub fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The fonts `pdffonts` lists for the PDF `file` in `dir`: each row, and whether the font is
/// embedded.
pub fn pdf_fonts(file: &str, dir: &Path) -> Vec<(String, bool)> {
    let listing = run("pdffonts", &[file], dir);
    let mut lines = listing.lines();
    let emb = lines.next().and_then(|header| header.find("emb"));
    let emb = emb.expect("pdffonts prints a header with an `emb` column");
    lines
        .skip(1)
        .map(|row| (row.to_string(), row.get(emb..emb + 3) == Some("yes")))
        .collect()
}
