//! loa's integration tests, one module per feature: the real `loa` binary (or the library, where
//! a test needs its report) run on fixture sites (`tests/fixtures/`) and on the demo site, each
//! copied into a temporary folder first, with the output parsed as a reader's software parses it
//! (HTML with scraper, feeds and sitemaps with roxmltree, QR codes decoded, PDFs read back).
//! What the modules share is in `support`.

mod browser;
mod build;
mod bulletin;
mod check;
mod crash;
mod editions;
mod errors;
mod feeds;
mod hostile;
mod infographics;
mod init;
mod languages;
mod lessons;
mod limits;
mod new;
mod paths;
mod podcast;
mod properties;
mod qrcorner;
mod raw_html;
mod reach;
mod schedule;
mod segments;
mod serve;
mod snapshots;
mod support;
mod translations;
mod translators;
