//! The previous build's render, kept in `.loa-cache/render/` between `loa build` runs into the
//! same output folder, so that a build renders only what changed since.
//!
//! A kept render is trusted only by the loa that saved it (its version and the hash of its
//! sources, from `build.rs`), for a site whose everything-but-articles is the same
//! ([`Site::fingerprint`]). Then the articles whose value changed (edited, added, removed) are
//! the changed articles of an incremental render ([`crate::render::incremental`]), the path the
//! dev server takes after an edit, and every other file keeps the bytes it has in the output
//! folder. Before any file is kept, `write` checks that the output folder still holds what the
//! kept render wrote (each file's size and modification time, [`Stamp`]); the new render is
//! saved only once the new output is in place. So a killed build leaves either a kept render
//! that describes the output or one that the check refuses: never one that lies.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::load::render_cache::LOA_BUILD;
use crate::render::incremental::{JobRecord, RenderState};
use crate::render::page_log::Pages;
use crate::render::search::index::Index;
use crate::render::serde_hash;
use crate::resolve::site::Site;

/// A file's size and modification time, as a build left it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub len: u64,
    /// Seconds and nanoseconds since the Unix epoch.
    pub modified: (u64, u32),
}

impl Stamp {
    pub fn of(metadata: &std::fs::Metadata) -> Option<Stamp> {
        let modified = metadata.modified().ok()?;
        let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(Stamp {
            len: metadata.len(),
            modified: (since.as_secs(), since.subsec_nanos()),
        })
    }
}

/// The site's fingerprints: everything but the articles, and each article by slug.
pub struct Fingerprints {
    site: blake3::Hash,
    articles: BTreeMap<String, blake3::Hash>,
}

impl Fingerprints {
    pub fn of(site: &Site) -> Fingerprints {
        let articles = site.content.articles.par_iter();
        let articles = articles.map(|a| (a.slug.clone(), Site::article_fingerprint(a)));
        Fingerprints {
            site: site.fingerprint(),
            articles: articles.collect(),
        }
    }
}

/// A render as it is saved. Borrowed when saved, owned when read back.
#[derive(Serialize, Deserialize)]
struct Saved<'a> {
    identity: Cow<'a, str>,
    #[serde(with = "serde_hash::one")]
    site: blake3::Hash,
    #[serde(with = "serde_hash::by_key")]
    articles: Cow<'a, BTreeMap<String, blake3::Hash>>,
    #[serde(with = "serde_hash::optional")]
    globals: Option<blake3::Hash>,
    jobs: Cow<'a, BTreeMap<String, JobRecord>>,
    pages: Cow<'a, Pages>,
    search: Cow<'a, BTreeMap<String, Index>>,
    other_files: Cow<'a, BTreeSet<String>>,
    stamps: Cow<'a, BTreeMap<String, Stamp>>,
}

/// A previous render that holds for the site as it is now.
pub struct Kept {
    pub state: RenderState,
    /// The articles changed since, by slug: edited, added or removed.
    pub changed: BTreeSet<String>,
    /// The files it wrote, as the build left them in the output folder.
    pub stamps: BTreeMap<String, Stamp>,
}

/// The render that `bytes` saved, when it was saved by this loa for a site with the same
/// fingerprint; `None` for anything else, a damaged file too.
pub fn kept(fingerprints: &Fingerprints, bytes: &[u8]) -> Option<Kept> {
    let saved: Saved = postcard::from_bytes(bytes).ok()?;
    if saved.identity != LOA_BUILD || saved.site != fingerprints.site {
        return None;
    }
    let before = saved.articles.as_ref();
    let now = &fingerprints.articles;
    let removed = before.keys().filter(|slug| !now.contains_key(*slug));
    let edited = now
        .iter()
        .filter(|(slug, hash)| before.get(*slug) != Some(*hash));
    let changed = removed
        .chain(edited.map(|(slug, _)| slug))
        .cloned()
        .collect();
    let jobs = saved.jobs.into_owned();
    let mut job_files = BTreeSet::new();
    let mut pages_per_language: BTreeMap<String, usize> = BTreeMap::new();
    for record in jobs.values() {
        job_files.extend(record.paths.iter().cloned());
        if let Some(lang) = &record.page_lang {
            *pages_per_language.entry(lang.clone()).or_default() += record.pages();
        }
    }
    let state = RenderState {
        globals: saved.globals,
        jobs,
        pages: saved.pages.into_owned(),
        search: saved.search.into_owned(),
        job_files,
        pages_per_language,
        other_files: saved.other_files.into_owned(),
        ..RenderState::default()
    };
    Some(Kept {
        state,
        changed,
        stamps: saved.stamps.into_owned(),
    })
}

/// Every file of a render, of its jobs and the others.
pub fn files(state: &RenderState) -> impl Iterator<Item = &String> {
    state.job_files.iter().chain(&state.other_files)
}

/// Saves `state`, the render of the site with `fingerprints`, whose files the build left as
/// `stamps` say, into `out`.
pub fn save(
    fingerprints: &Fingerprints,
    state: &RenderState,
    stamps: &BTreeMap<String, Stamp>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let saved = Saved {
        identity: Cow::Borrowed(LOA_BUILD),
        site: fingerprints.site,
        articles: Cow::Borrowed(&fingerprints.articles),
        globals: state.globals,
        jobs: Cow::Borrowed(&state.jobs),
        pages: Cow::Borrowed(&state.pages),
        search: Cow::Borrowed(&state.search),
        other_files: Cow::Borrowed(&state.other_files),
        stamps: Cow::Borrowed(stamps),
    };
    postcard::to_io(&saved, out)
        .map(|_| ())
        .map_err(std::io::Error::other)
}
