//! What rendering a Markdown text gives: its HTML and what the checks and pages need of it.
//! Serialisable, so that a build can keep the renderings of texts that did not change
//! (see `resolve::site`).

use serde::{Deserialize, Serialize};

/// A heading of a rendered text, for tables of contents and anchor checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A Markdown text turned into HTML.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Rendered {
    /// HTML with [`super::LANGUAGE_ROOT`] where the reader's language root goes.
    pub html: String,
    pub headings: Vec<Heading>,
    pub words: usize,
    pub has_code: bool,
    /// Every link as written in the source, for `loa check`.
    pub links: Vec<LinkRef>,
    /// Every image as written in the source, for `loa check`.
    pub images: Vec<ImageRef>,
}

/// A link of a Markdown text: its destination as written, and its line in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkRef {
    pub url: String,
    pub line: usize,
}

/// An image of a Markdown text: its source as written, its alt text and title, and its line in
/// the file. Its index in [`Rendered::images`] marks it in the HTML (see [`super::image`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageRef {
    pub url: String,
    pub alt: String,
    pub title: String,
    pub line: usize,
}
