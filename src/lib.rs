//! loa: a static site generator for multilingual public-campaign communication.
//!
//! The pipeline flows one way: [`config`] and [`content`] load the site, [`languages`] resolves
//! what each language shows, [`render`] turns it into pages, and [`output`] writes them.

pub mod build;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod init;
pub mod languages;
pub mod markdown;
pub mod new;
pub mod output;
pub mod progress;
pub mod render;
pub mod serve;
pub mod site;
pub mod slug;
pub mod theme;
pub mod translations;
pub mod yaml;
