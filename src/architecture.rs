//! The shape of the crate, checked: every module imports only its own stage, earlier stages and
//! the shared vocabulary (ARCHITECTURE.md), so data flows one way.

use std::path::{Path, PathBuf};

/// The stages in pipeline order; a module outside them is shared vocabulary, before them all.
const STAGES: [&str; 5] = ["load", "resolve", "render", "write", "commands"];

/// 0 for the vocabulary, then the stages in order.
fn rank(module: &str) -> usize {
    STAGES
        .iter()
        .position(|stage| *stage == module)
        .map_or(0, |index| index + 1)
}

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// The code of a file without its unit tests and comments: tests may reach anywhere.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(tests) => &text[..tests],
        None => text,
    };
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every top-level module named by a `crate::` path in `code`.
fn imports(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .map(|(at, _)| {
            code[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '{')
                .collect()
        })
        .collect()
}

#[test]
fn modules_import_only_their_own_or_earlier_stages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative.components().next().unwrap().as_os_str();
        let top = top.to_str().unwrap().trim_end_matches(".rs");
        if matches!(top, "main" | "lib" | "architecture") {
            continue;
        }
        let own = rank(top);
        for import in imports(&code(&std::fs::read_to_string(file).unwrap())) {
            if import.starts_with('{') {
                wrong.push(format!(
                    "{}: `crate::{{…}}`: name each import by its full path",
                    relative.display()
                ));
            } else if rank(&import) > own || (own == 0 && rank(&import) > 0) {
                wrong.push(format!(
                    "{} ({}) imports crate::{import}, a later stage",
                    relative.display(),
                    STAGES.get(own.wrapping_sub(1)).unwrap_or(&"vocabulary"),
                ));
            }
        }
    }
    assert!(files.len() > 50, "src/ has {} files", files.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn imports_are_read_from_paths_and_groups() {
    let code = code("use crate::render::Sink;\n// crate::commands\nfn f() { crate::{load, x} }");
    assert_eq!(imports(&code), ["render", "{load"]);
    assert!(rank("commands") > rank("write") && rank("write") > rank("render"));
    assert_eq!(rank("slug"), 0);
}
