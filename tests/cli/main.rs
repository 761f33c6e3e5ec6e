//! Integration tests: the real `loa` binary run on fixture sites (`tests/fixtures/`), each copied
//! into a temporary folder, with the output HTML parsed by scraper.

mod build;
mod errors;
mod feeds;
mod init;
mod languages;
mod support;
