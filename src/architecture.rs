//! The shape of the crate, checked: every module imports only its own stage, earlier stages and
//! the shared vocabulary (ARCHITECTURE.md), so data flows one way; and no modules import each
//! other in a circle, so each can be read, tested and changed without the others.

use std::collections::{BTreeMap, BTreeSet};
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

/// The module a file of `src/` is: `render/qrcorner/landing.rs` → `render::qrcorner::landing`,
/// `render/mod.rs` → `render`.
fn module_of(relative: &Path) -> String {
    let path = relative.with_extension("");
    let mut parts: Vec<&str> = path.iter().map(|part| part.to_str().unwrap()).collect();
    if parts.last() == Some(&"mod") {
        parts.pop();
    }
    parts.join("::")
}

/// Every path the code of `module` names with `crate::` or `super::`, from the crate root and
/// with groups expanded: `crate::a::{b, c::d}` names `a::b` and `a::c::d`; in `a::b`,
/// `super::c` names `a::c`.
fn named_paths(code: &str, module: &str) -> Vec<String> {
    fn expand(prefix: &str, rest: &str, found: &mut Vec<String>) {
        let path: String = (rest.chars())
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let full = format!("{prefix}{path}");
        let after = &rest[path.len()..];
        if !after.starts_with('{') {
            found.push(full.trim_end_matches(':').to_string());
            return;
        }
        let mut depth = 0;
        let mut start = 1;
        for (at, c) in after.char_indices() {
            match c {
                '{' => depth += 1,
                '}' | ',' if depth == 1 => {
                    expand(&full, after[start..at].trim(), found);
                    start = at + 1;
                    if c == '}' {
                        return;
                    }
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
    }
    let parent = module
        .rsplit_once("::")
        .map_or(String::new(), |(parent, _)| format!("{parent}::"));
    let mut found = Vec::new();
    for (root, prefix) in [("crate::", ""), ("super::", parent.as_str())] {
        for (at, _) in code.match_indices(root) {
            let rest: String = code[at + root.len()..].split_whitespace().collect();
            expand(prefix, &rest, &mut found);
        }
    }
    found
}

#[test]
fn modules_import_each_other_in_no_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let modules: BTreeMap<String, PathBuf> = (files.iter())
        .map(|file| (module_of(file.strip_prefix(&src).unwrap()), file.clone()))
        .collect();
    // A module's imports: the modules its paths name, by their longest module prefix; naming
    // one's own ancestor (`crate::render::PageKind` in `render/article.rs`) is no import.
    let mut imports: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (module, file) in &modules {
        let code = code(&std::fs::read_to_string(file).unwrap());
        let named = imports.entry(module).or_default();
        for path in named_paths(&code, module) {
            let mut path = path.as_str();
            let target = loop {
                if let Some((name, _)) = modules.get_key_value(path) {
                    break Some(name.as_str());
                }
                match path.rsplit_once("::") {
                    Some((parent, _)) => path = parent,
                    None => break None,
                }
            };
            let is_ancestor = |target: &str| module.starts_with(&format!("{target}::"));
            if let Some(target) = target.filter(|t| t != module && !is_ancestor(t)) {
                named.insert(target);
            }
        }
    }
    // A circle is a path from a module back to it: search from each module in turn.
    let mut circles = Vec::new();
    for start in imports.keys() {
        let mut trail = vec![*start];
        let mut seen = BTreeSet::new();
        let mut next: Vec<(usize, &str)> = imports[start].iter().map(|m| (1, *m)).collect();
        while let Some((depth, module)) = next.pop() {
            trail.truncate(depth);
            if module == *start {
                circles.push(format!("{} → {start}", trail.join(" → ")));
                break;
            }
            if seen.insert(module) {
                trail.push(module);
                let onward = imports.get(module).into_iter().flatten();
                next.extend(onward.map(|m| (depth + 1, *m)));
            }
        }
    }
    assert!(imports["render::article"].contains("render::context"));
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn named_paths_expand_groups() {
    let code = "use crate::render::{PageKind, context::{self, Context}};\nx = crate::urls::Page;\n\
                use super::landing::procedure;";
    assert_eq!(
        named_paths(code, "render::qrcorner::communes"),
        [
            "render::PageKind",
            "render::context::self",
            "render::context::Context",
            "urls::Page",
            "render::qrcorner::landing::procedure"
        ]
    );
    assert_eq!(
        module_of(Path::new("render/qrcorner/mod.rs")),
        "render::qrcorner"
    );
}
