//! One language's index as a value that can be changed page by page: the dev server keeps it
//! between builds, so an edited page re-scores only its own words and re-writes only the files
//! whose tokens it touched. A clean build makes it once ([`Index::new`]); both write the same
//! bytes, since both are this code.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::render::search::tokens::{shard, tokens};
use crate::render::search::{
    BODY_WEIGHT, Document, MAX_SCORE, SUMMARY_WEIGHT, TITLE_WEIGHT, fold_table,
};

/// The index file that lists the documents and the shards.
const DOCS: &str = "docs.json";

/// The index of one language's documents, and its files.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    /// Without their texts once scored: the postings hold what an update needs of them, and a
    /// site's texts are most of what a saved render would hold (see `render::cache`).
    documents: Vec<Document>,
    /// token → (document, score), by document.
    postings: BTreeMap<String, Vec<(u32, u32)>>,
    /// shard name → its tokens, each with its entry in the shard's JSON (`"token":[doc,score…]`),
    /// so that an update re-writes the entries of the tokens it touched, not whole shards.
    shards: BTreeMap<String, BTreeMap<String, String>>,
    /// file name → JSON text.
    files: BTreeMap<String, String>,
}

/// Each token of a document and its score: title words count more than summary words, which
/// count more than body words, up to [`MAX_SCORE`].
fn scores(document: &Document) -> HashMap<String, u32> {
    let mut scores: HashMap<String, u32> = HashMap::new();
    for (text, weight) in [
        (&document.title, TITLE_WEIGHT),
        (&document.summary, SUMMARY_WEIGHT),
        (&document.text, BODY_WEIGHT),
    ] {
        for token in tokens(text) {
            let score = scores.entry(token.into_text()).or_default();
            *score = (*score + weight).min(MAX_SCORE);
        }
    }
    scores
}

fn without_text(document: Document) -> Document {
    Document {
        text: String::new(),
        ..document
    }
}

impl Index {
    pub fn new(documents: Vec<Document>) -> Index {
        let scored: Vec<HashMap<String, u32>> = documents.par_iter().map(scores).collect();
        let mut postings: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        for (number, scores) in scored.into_iter().enumerate() {
            for (token, score) in scores {
                postings
                    .entry(token)
                    .or_default()
                    .push((number as u32, score));
            }
        }
        let mut index = Index {
            postings: postings.into_iter().collect(),
            ..Index::default()
        };
        let entries: Vec<(String, String)> = index
            .postings
            .par_iter()
            .map(|(token, postings)| (token.clone(), entry(token, postings)))
            .collect();
        for (token, json) in entries {
            index
                .shards
                .entry(shard(&token))
                .or_default()
                .insert(token, json);
        }
        index.documents = documents.into_iter().map(without_text).collect();
        index.files.insert(DOCS.to_string(), index.docs_json());
        let files: Vec<(String, String)> = index
            .shards
            .par_iter()
            .map(|(name, _)| (format!("{name}.json"), index.shard_json(name)))
            .collect();
        index.files.extend(files);
        index
    }

    /// The tokens of the document numbered `doc`, with their scores, from the postings.
    fn scores_of(&self, doc: u32) -> HashMap<String, u32> {
        let postings = self.postings.iter();
        let postings = postings.filter_map(|(token, postings)| {
            let at = postings.binary_search_by_key(&doc, |(d, _)| *d).ok()?;
            Some((token.clone(), postings[at].1))
        });
        postings.collect()
    }

    /// Whether the indexed documents are `count` pages in the same order, for which
    /// `is_page(url, position)` holds, whatever their texts: then [`Index::update`] applies,
    /// else a new index is needed.
    pub fn same_pages(&self, count: usize, is_page: impl Fn(&str, usize) -> bool) -> bool {
        self.documents.len() == count
            && self
                .documents
                .iter()
                .enumerate()
                .all(|(position, document)| is_page(&document.url, position))
    }

    /// Replaces the documents at the given positions; returns the names of the files that
    /// changed. Positions must be those of indexed documents (see [`Index::same_pages`]).
    pub fn update(&mut self, changed: Vec<(usize, Document)>) -> BTreeSet<String> {
        let mut touched_shards = BTreeSet::new();
        let mut touched_tokens = BTreeSet::new();
        let mut docs_changed = false;
        for (number, document) in changed {
            let old = &self.documents[number];
            docs_changed |= (&old.url, &old.title, &old.summary, &old.lang)
                != (
                    &document.url,
                    &document.title,
                    &document.summary,
                    &document.lang,
                );
            let before = self.scores_of(number as u32);
            let after = scores(&document);
            let doc = number as u32;
            for (token, score) in &before {
                if after.get(token) == Some(score) {
                    continue;
                }
                touched_shards.insert(shard(token));
                touched_tokens.insert(token.clone());
                let postings = self.postings.get_mut(token).expect("indexed token");
                if let Ok(at) = postings.binary_search_by_key(&doc, |(d, _)| *d) {
                    postings.remove(at);
                }
                if postings.is_empty() {
                    self.postings.remove(token);
                    let name = shard(token);
                    if let Some(tokens) = self.shards.get_mut(&name) {
                        tokens.remove(token);
                        if tokens.is_empty() {
                            self.shards.remove(&name);
                            docs_changed = true;
                        }
                    }
                }
            }
            for (token, score) in after {
                if before.get(&token) == Some(&score) {
                    continue;
                }
                let name = shard(&token);
                touched_shards.insert(name.clone());
                touched_tokens.insert(token.clone());
                let tokens = self.shards.entry(name).or_default();
                docs_changed |= tokens.is_empty();
                tokens.insert(token.clone(), String::new());
                let postings = self.postings.entry(token).or_default();
                match postings.binary_search_by_key(&doc, |(d, _)| *d) {
                    Ok(at) => postings[at].1 = score,
                    Err(at) => postings.insert(at, (doc, score)),
                }
            }
            self.documents[number] = without_text(document);
        }
        for token in touched_tokens {
            if let (Some(postings), Some(tokens)) = (
                self.postings.get(&token),
                self.shards.get_mut(&shard(&token)),
            ) {
                let json = entry(&token, postings);
                tokens.insert(token, json);
            }
        }
        let mut rewritten = BTreeSet::new();
        if docs_changed {
            self.files.insert(DOCS.to_string(), self.docs_json());
            rewritten.insert(DOCS.to_string());
        }
        for name in touched_shards {
            let file = format!("{name}.json");
            if self.shards.contains_key(&name) {
                let json = self.shard_json(&name);
                self.files.insert(file.clone(), json);
            } else {
                self.files.remove(&file);
            }
            rewritten.insert(file);
        }
        rewritten
    }

    /// The index files: (file name, JSON text), sorted by name.
    pub fn files(&self) -> &BTreeMap<String, String> {
        &self.files
    }

    fn docs_json(&self) -> String {
        let docs: Vec<Value> = self
            .documents
            .iter()
            .map(|d| json!([d.url, d.title, d.summary, d.lang]))
            .collect();
        json!({
            "version": 1,
            "fold": fold_table(),
            "shards": self.shards.keys().collect::<Vec<_>>(),
            "docs": docs,
        })
        .to_string()
    }

    /// A shard's JSON: an object from each token to its postings, flat (`[doc, score, …]`).
    fn shard_json(&self, name: &str) -> String {
        let entries = &self.shards[name];
        let mut json =
            String::with_capacity(entries.values().map(|e| e.len() + 1).sum::<usize>() + 2);
        json.push('{');
        for (number, entry) in entries.values().enumerate() {
            if number > 0 {
                json.push(',');
            }
            json.push_str(entry);
        }
        json.push('}');
        json
    }
}

/// A token's entry in its shard's JSON object.
fn entry(token: &str, postings: &[(u32, u32)]) -> String {
    use std::fmt::Write;
    let mut json = Value::String(token.to_string()).to_string();
    json.push_str(":[");
    for (number, (doc, score)) in postings.iter().enumerate() {
        let comma = if number > 0 { "," } else { "" };
        let _ = write!(json, "{comma}{doc},{score}");
    }
    json.push(']');
    json
}
