//! loa: a static site generator for multilingual public-campaign communication.
//!
//! The pipeline flows one way: [`config`] and [`content`] load the site, [`languages`] resolves
//! what each language shows, [`render`] turns it into pages, and [`output`] writes them.

pub mod budget;
pub mod build;
pub mod chart;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod fonts;
pub mod images;
pub mod init;
pub mod languages;
pub mod markdown;
pub mod memo;
pub mod new;
pub mod offline;
pub mod output;
pub mod paths;
pub mod poster;
pub mod progress;
pub mod render;
pub mod search;
pub mod serve;
pub mod share;
pub mod site;
pub mod slug;
pub mod theme;
pub mod translations;
pub mod trust;
pub mod urllock;
pub mod yaml;
