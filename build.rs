//! Gives the binary an identity of its sources, `LOA_SOURCES`: the render cache kept between
//! builds (`.loa-cache/render/`) is only trusted by the very loa that wrote it, and a version
//! number does not change with every edit of the code, templates or locked dependencies.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

const SOURCES: [&str; 5] = ["src", "themes", "i18n", "Cargo.toml", "Cargo.lock"];

fn main() {
    let mut hasher = DefaultHasher::new();
    for source in SOURCES {
        println!("cargo::rerun-if-changed={source}");
        hash_tree(Path::new(source), &mut hasher);
    }
    println!("cargo::rustc-env=LOA_SOURCES={:016x}", hasher.finish());
}

/// Hashes every file under `path` with its path, in name order.
fn hash_tree(path: &Path, hasher: &mut DefaultHasher) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .expect("a source folder can be listed")
            .map(|entry| entry.expect("a source folder entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            hash_tree(&entry, hasher);
        }
    } else if let Ok(bytes) = std::fs::read(path) {
        path.hash(hasher);
        bytes.hash(hasher);
    }
}
