//! Every page a render writes, logged as it is written: weighed against its budget
//! ([`crate::budget`]), and remembered for the offline pack's manifest and the next render.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::budget::{self, Budgets, Weight};
use crate::diagnostics::Diagnostic;
use crate::render::prepared::Prepared;
use crate::resolve::site::Site;

/// A page kind of [`budget::KINDS`]; a name, not `&'static str`, for serde, which would
/// borrow a `&str` field from its input.
type Kind = &'static str;

/// One written page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct LoggedPage {
    #[serde(with = "kind_name")]
    kind: Kind,
    lang: String,
    /// The hash of a page of the offline pack, for its manifest; other pages are not hashed.
    #[serde(with = "crate::render::serde_hash::optional")]
    offline: Option<blake3::Hash>,
    weight: Weight,
    /// Over its budget, or with JavaScript where none is allowed.
    warnings: Vec<Diagnostic>,
}

/// Logged pages by path, with what the budget report needs kept up to date as pages come and
/// go, so that the report of a render after an edit does not look at every page. Kept between
/// builds as the pages alone.
#[derive(Default, Clone)]
pub(super) struct Pages {
    by_path: BTreeMap<String, LoggedPage>,
    /// Per page kind, each page's weight and path: the last one is the heaviest (of equal
    /// weights, the first path).
    weights: BTreeMap<&'static str, BTreeSet<(usize, Reverse<String>)>>,
    /// The pages with warnings.
    warned: BTreeSet<String>,
}

impl Serialize for Pages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.by_path.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Pages {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Pages, D::Error> {
        let by_path = BTreeMap::<String, LoggedPage>::deserialize(deserializer)?;
        let mut pages = Pages::default();
        for (path, page) in by_path {
            pages.insert(path, page);
        }
        Ok(pages)
    }
}

/// A page kind by its name in [`budget::KINDS`], so that a logged page read back names a kind
/// loa knows.
mod kind_name {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(kind: &&'static str, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(kind)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<&'static str, D::Error> {
        let name = String::deserialize(deserializer)?;
        // Files that are not pages have no kind (see `PageKind::budget_kind`).
        std::iter::once(&"")
            .chain(crate::budget::KINDS)
            .find(|kind| **kind == name)
            .copied()
            .ok_or_else(|| D::Error::custom(format!("unknown page kind `{name}`")))
    }
}

impl Pages {
    pub fn insert(&mut self, path: String, page: LoggedPage) {
        self.remove(&path);
        let weights = self.weights.entry(page.kind).or_default();
        weights.insert((page.weight.total(), Reverse(path.clone())));
        if !page.warnings.is_empty() {
            self.warned.insert(path.clone());
        }
        self.by_path.insert(path, page);
    }

    pub fn remove(&mut self, path: &str) -> Option<LoggedPage> {
        let page = self.by_path.remove(path)?;
        if let Some(weights) = self.weights.get_mut(page.kind) {
            weights.remove(&(page.weight.total(), Reverse(path.to_string())));
            if weights.is_empty() {
                self.weights.remove(page.kind);
            }
        }
        self.warned.remove(path);
        Some(page)
    }

    /// The budget report of these pages.
    fn report(&self) -> BudgetReport {
        let heaviest = self
            .weights
            .iter()
            .filter_map(|(kind, weights)| {
                let (weight, Reverse(path)) = weights.last()?;
                // A kind whose pages all weigh nothing names none.
                let path = if *weight == 0 { "" } else { path.as_str() };
                Some((kind.to_string(), (*weight, path.to_string())))
            })
            .collect();
        let mut warnings: Vec<Diagnostic> = self
            .warned
            .iter()
            .flat_map(|path| self.by_path[path].warnings.iter().cloned())
            .collect();
        warnings.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        BudgetReport { warnings, heaviest }
    }
}

/// Every HTML page written, weighed against its budget as it is recorded.
pub(super) struct PageLog<'a> {
    budgets: &'a Budgets,
    stylesheet_sizes: BTreeMap<String, usize>,
    root_path: &'a str,
    pages: Mutex<Pages>,
}

/// The budget report of a render.
#[derive(Debug, Default, Clone)]
pub struct BudgetReport {
    /// Pages over budget, or with JavaScript where none is allowed.
    pub warnings: Vec<Diagnostic>,
    /// The heaviest page of each kind: (weight in bytes, path).
    pub heaviest: BTreeMap<String, (usize, String)>,
}

impl<'a> PageLog<'a> {
    /// A log that starts with the `kept` pages of a previous render.
    pub fn new(site: &'a Site, prepared: &Prepared, kept: Pages) -> Self {
        PageLog {
            budgets: &site.config.budgets,
            stylesheet_sizes: prepared
                .stylesheets
                .iter()
                .map(|(path, bytes)| (path.clone(), bytes.len()))
                .collect(),
            root_path: &site.config.root_path,
            pages: Mutex::new(kept),
        }
    }

    /// Records a written file; HTML pages are weighed and checked.
    pub fn record(&self, kind: &'static str, lang: &str, offline: bool, path: &str, bytes: &[u8]) {
        if !path.ends_with(".html") {
            return;
        }
        let html = String::from_utf8_lossy(bytes);
        let weight = budget::weigh(&html, &self.stylesheet_sizes, self.root_path);
        let warnings = budget::check(self.budgets, kind, path, &html, weight);
        let page = LoggedPage {
            kind,
            lang: lang.to_string(),
            offline: offline.then(|| blake3::hash(bytes)),
            weight,
            warnings,
        };
        lock(&self.pages).insert(path.to_string(), page);
    }

    /// The pages of `lang` that belong in its offline pack: (absolute path, hash).
    pub fn offline_pages(&self, lang: &str) -> Vec<(String, blake3::Hash)> {
        lock(&self.pages)
            .by_path
            .iter()
            .filter(|(_, page)| page.lang == lang)
            .filter_map(|(path, page)| {
                let url = format!("{}/{path}", self.root_path);
                Some((
                    url.trim_end_matches("index.html").to_string(),
                    page.offline?,
                ))
            })
            .collect()
    }

    /// The budget report, and the log's pages for the next render.
    pub fn finish(self) -> (BudgetReport, Pages) {
        let pages = self
            .pages
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        (pages.report(), pages)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
