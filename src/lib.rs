//! loa: a static site generator for multilingual public-campaign communication.
//!
//! The pipeline flows one way: [`load`] reads the site folder, [`resolve`] decides what each
//! language shows, [`render`] turns it into files, and [`write`] puts them in the output
//! folder. [`commands`] runs the stages for each command of the command line. The other
//! modules are the vocabulary every stage shares: they import no stage.

pub mod commands;
pub mod load;
pub mod render;
pub mod resolve;
pub mod write;

pub mod budget;
pub mod diagnostics;
pub mod languages;
pub mod markdown;
pub mod memo;
pub mod paths;
pub mod slug;
pub mod trust;
pub mod urls;
pub mod yaml;

#[cfg(test)]
mod architecture;
