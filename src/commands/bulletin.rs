//! `loa bulletin`: compile the commune loudspeaker's script of a column over a date range —
//! load the site, compose and render the script per language (`render::bulletin`), write its
//! folder atomically through `write::Staging`.
//!
//! A command, not a build output: the announcer picks the dates on the day (this week, the
//! days since the last reading), and a build would have to make a PDF for every week of every
//! column in every language, most of them never read.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::format::Date;
use crate::languages::spoken::{self, Vocabulary};
use crate::load::config::BulletinSettings;
use crate::render::bulletin::{self, Request, Summary};
use crate::resolve::site::{Site, SiteOptions};
use crate::urls::Bulletin;
use crate::write::Staging;

/// Options of `loa bulletin`, as the command line gives them.
#[derive(Debug, Clone)]
pub struct BulletinOptions {
    pub site_dir: PathBuf,
    pub column: String,
    pub from: Date,
    pub to: Date,
    /// The languages to compile; none: every language of the site.
    pub languages: Vec<String>,
    /// `--rate`, over `bulletin.rate` of loa.yaml.
    pub rate: Option<u32>,
    /// The bulletin output folder (default `SITE_DIR/bulletin`).
    pub out_dir: Option<PathBuf>,
}

/// Why a bulletin was not made: the arguments (exit 2) or the site (exit 1).
#[derive(Debug)]
pub enum BulletinError {
    Usage(Diagnostics),
    Content(Diagnostics),
}

/// What was compiled.
#[derive(Debug)]
pub struct BulletinReport {
    /// The bulletin's folder.
    pub folder: PathBuf,
    pub rate: u32,
    pub summaries: Vec<Summary>,
    pub warnings: Vec<Diagnostic>,
}

/// Compiles the bulletin. On any error the bulletin's folder is left as it was.
pub fn bulletin(options: &BulletinOptions) -> Result<BulletinReport, BulletinError> {
    let usage = |message: String| {
        BulletinError::Usage(
            Diagnostic::error(Problem::InvalidValue, "loa bulletin", message).into(),
        )
    };
    if options.from > options.to {
        return Err(usage(format!(
            "--from {} is after --to {}: the range must start on or before its last day",
            options.from, options.to
        )));
    }
    if let Some(rate) = options.rate {
        BulletinSettings::check_rate(rate)
            .map_err(|message| usage(format!("--rate: {message}")))?;
    }
    let out_dir = options
        .out_dir
        .clone()
        .unwrap_or_else(|| options.site_dir.join("bulletin"));
    crate::paths::check_output_place(&options.site_dir, &out_dir)
        .map_err(|message| usage(format!("-o: {message}")))?;
    // The range, not the clock, says what is read: an article scheduled for a day of the range
    // is read in a bulletin prepared ahead (docs/broadcast.md).
    let site = Site::load(&SiteOptions {
        site_dir: options.site_dir.clone(),
        now: None,
        ..SiteOptions::default()
    })
    .map_err(BulletinError::Content)?;
    let config = &site.config;
    if config.column(&options.column).is_none() {
        let known: Vec<&str> = config.columns.iter().map(|c| c.id.as_str()).collect();
        return Err(usage(format!(
            "--column {}: loa.yaml declares no such column{}; its columns: {}",
            options.column,
            crate::yaml::suggestion(&options.column, &known),
            known.join(", ")
        )));
    }
    let languages = if options.languages.is_empty() {
        config.languages.codes().map(str::to_string).collect()
    } else {
        options.languages.clone()
    };
    for lang in &languages {
        if !config.languages.contains(lang) {
            let known: Vec<&str> = config.languages.codes().collect();
            return Err(usage(format!(
                "--lang {lang}: not a language of loa.yaml{}; its languages: {}",
                crate::yaml::suggestion(lang, &known),
                known.join(", ")
            )));
        }
    }
    let articles = bulletin::articles(&site, &options.column, options.from, options.to);
    if articles.is_empty() {
        return Err(BulletinError::Content(empty_range(&site, options).into()));
    }
    let request = Request {
        column: options.column.clone(),
        from: options.from,
        to: options.to,
        languages,
        rate: options.rate.unwrap_or(config.bulletin.rate),
        vocabularies: vocabularies(&site).map_err(BulletinError::Content)?,
    };
    let (from, to) = (options.from.iso(), options.to.iso());
    let files = Bulletin {
        column: &options.column,
        from: &from,
        to: &to,
    };
    let folder = out_dir.join(files.folder());
    check_earlier_bulletin(&folder, &files).map_err(|message| usage(format!("-o: {message}")))?;
    let staging = Staging::create(&folder).map_err(|d| BulletinError::Content(d.into()))?;
    match bulletin::render(&site, &request, &staging) {
        Ok((summaries, warnings)) => {
            staging
                .commit_without_previous()
                .map_err(|d| BulletinError::Content(d.into()))?;
            Ok(BulletinReport {
                folder,
                rate: request.rate,
                summaries,
                warnings,
            })
        }
        Err(diagnostics) => {
            staging.abandon();
            Err(BulletinError::Content(diagnostics))
        }
    }
}

/// The error of a range without articles, with the dates the column's articles do have.
fn empty_range(site: &Site, options: &BulletinOptions) -> Diagnostic {
    let dates: Vec<Date> = site
        .content
        .articles
        .iter()
        .filter(|article| article.column == options.column)
        .map(|article| article.date)
        .collect();
    let hint = match (dates.iter().min(), dates.iter().max()) {
        (Some(first), Some(last)) => format!("; its articles are dated from {first} to {last}"),
        _ => "; it has no articles yet".to_string(),
    };
    Diagnostic::error(
        Problem::MissingField,
        site.config.path(),
        format!(
            "column `{}` has no article dated from {} to {}{hint}: there is nothing to read",
            options.column, options.from, options.to
        ),
    )
}

/// Each language's spoken words, from the theme's `spoken/<lang>.yaml` where it has one.
fn vocabularies(site: &Site) -> Result<BTreeMap<String, Vocabulary>, Diagnostics> {
    let mut vocabularies = BTreeMap::new();
    let mut diagnostics = Diagnostics::default();
    for lang in site.config.languages.codes() {
        let Some(file) = site.theme.files.get(&spoken::vocabulary_file(lang)) else {
            continue;
        };
        let parsed = std::str::from_utf8(&file.bytes)
            .map_err(|_| {
                Diagnostic::error(Problem::NotUtf8, &file.origin, "the file is not UTF-8 text")
            })
            .and_then(|text| Vocabulary::parse(text, &file.origin));
        match parsed {
            Ok(vocabulary) => {
                vocabularies.insert(lang.to_string(), vocabulary);
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(vocabularies)
    }
}

/// A bulletin's folder is replaced as a whole: it may be new, empty, or hold only the files of
/// an earlier compilation of the same bulletin, never someone's other files.
fn check_earlier_bulletin(folder: &std::path::Path, files: &Bulletin) -> Result<(), String> {
    if folder.exists() && !folder.is_dir() {
        return Err(format!("{} is a file, not a folder", folder.display()));
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(entry.path().is_file() && files.is_file(&name)) {
            return Err(format!(
                "{} holds {name}, which is not a file of this bulletin; compiling replaces the \
                 whole folder: move it away or choose another -o",
                folder.display()
            ));
        }
    }
    Ok(())
}
