//! Offline packs (`offline: true` in `loa.yaml`): each language gets a small service worker at
//! its root (`/sw.js`, `/km/sw.js`) that precaches the pages of that language worth keeping for
//! a day without signal, so a guide opened once still opens in a field or a commune hall with no
//! coverage. Pages work without JavaScript; the worker only adds.
//!
//! What a language's pack holds comes from the rendered pages themselves: each page kind says
//! whether its pages belong in the pack (`Job::offline` in `render/mod.rs`: now the home page
//! and the articles; lesson guides and commune procedure pages when those kinds arrive), and the
//! build writes the list, with the stylesheets and the language's web font, into the worker.
//! The worker's cache name carries a hash of every listed page, so a changed page is fetched
//! again and an unchanged pack is not.

use serde::Serialize;

/// The pages and files one language's worker precaches.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Manifest {
    pub lang: String,
    /// Absolute paths (with the site's own path), sorted.
    pub urls: Vec<String>,
    /// A hash of the listed files' contents.
    pub version: String,
}

impl Manifest {
    /// A manifest of `entries`: (absolute path, content hash) pairs, in any order.
    pub fn new(lang: &str, mut entries: Vec<(String, blake3::Hash)>) -> Manifest {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        let mut hasher = blake3::Hasher::new();
        for (url, hash) in &entries {
            hasher.update(url.as_bytes());
            hasher.update(hash.as_bytes());
        }
        Manifest {
            lang: lang.to_string(),
            version: hasher.finalize().to_hex()[..16].to_string(),
            urls: entries.into_iter().map(|(url, _)| url).collect(),
        }
    }

    /// The cache the worker fills: `loa-<lang>-<version>`; older caches of the language go.
    pub fn cache_name(&self) -> String {
        format!("loa-{}-{}", self.lang, self.version)
    }
}

/// The view the `sw.js` template renders.
#[derive(Debug, Clone, Serialize)]
pub struct WorkerView {
    pub cache: String,
    pub cache_prefix: String,
    /// The manifest's URLs as a JSON array (script-safe).
    pub urls_json: String,
}

impl From<&Manifest> for WorkerView {
    fn from(manifest: &Manifest) -> Self {
        WorkerView {
            cache: manifest.cache_name(),
            cache_prefix: format!("loa-{}-", manifest.lang),
            urls_json: crate::render::json_ld::script_safe_json(&serde_json::json!(manifest.urls)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_follows_the_contents() {
        let a = blake3::hash(b"a");
        let b = blake3::hash(b"b");
        let one = Manifest::new("km", vec![("/km/".into(), a), ("/style.css".into(), b)]);
        let same = Manifest::new("km", vec![("/style.css".into(), b), ("/km/".into(), a)]);
        let changed = Manifest::new("km", vec![("/km/".into(), b), ("/style.css".into(), b)]);
        assert_eq!(one.urls, ["/km/", "/style.css"]);
        assert_eq!(one.version, same.version);
        assert_ne!(one.version, changed.version);
        assert!(one.cache_name().starts_with("loa-km-"));
    }
}
