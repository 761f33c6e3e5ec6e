//! `loa new`: a new content file with the right name and front matter, or a translation of an
//! article that records which version of the original it was made from.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::config::{self, Config};
use crate::load::content::{LoadOptions, article, lesson};
use crate::resolve::translation::fingerprint;
use crate::slug::slugify;

/// What `loa new` can create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Article,
    Lesson,
    Procedure,
}

/// Validated options of `loa new`.
#[derive(Debug, Clone)]
pub struct NewOptions {
    pub site_dir: PathBuf,
    pub kind: Kind,
    pub title: String,
    /// The language of the new file; the default language when absent.
    pub lang: Option<String>,
    /// The slug of the article this file translates.
    pub translate_from: Option<String>,
}

/// Writes the new file and returns its path. Never overwrites a file.
pub fn new(options: &NewOptions) -> Result<PathBuf, Diagnostics> {
    let config = config::load(&options.site_dir, None)?;
    let error = |problem: Problem, message: String| -> Diagnostics {
        Diagnostic::error(problem, config.path(), message).into()
    };
    let lang = options
        .lang
        .clone()
        .unwrap_or_else(|| config.languages.default_code().to_string());
    if !config.languages.contains(&lang) {
        return Err(error(
            Problem::UnknownLanguage,
            format!("`--lang {lang}` is not in `languages` of loa.yaml"),
        ));
    }
    let default = config.languages.default_code();
    let (path, text) = match (&options.translate_from, options.kind) {
        (Some(slug), Kind::Article) if lang != default => {
            translation(&config, slug, &lang, &options.title)?
        }
        (Some(_), Kind::Article) => {
            return Err(error(
                Problem::InvalidValue,
                format!(
                    "a translation needs `--lang` with a language other than the default `{default}`"
                ),
            ));
        }
        (Some(_), _) => {
            return Err(error(
                Problem::InvalidValue,
                "`--translate-from` works for articles only, for now".into(),
            ));
        }
        (None, _) if lang != default => {
            return Err(error(
                Problem::InvalidValue,
                format!(
                    "an original is written in the default language `{default}`; for a `{lang}` translation add `--translate-from SLUG`"
                ),
            ));
        }
        (None, kind) => original(&config, kind, &options.title)?,
    };
    write_new(&path, &text)?;
    Ok(path)
}

/// The path and text of a new original.
fn original(config: &Config, kind: Kind, title: &str) -> Result<(PathBuf, String), Diagnostics> {
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(Diagnostic::error(
            Problem::InvalidValue,
            &config.site_dir,
            format!("the title `{title}` has no letters or digits to make a file name from"),
        )
        .into());
    }
    let content = config.site_dir.join("content");
    let title = quoted(title);
    Ok(match kind {
        Kind::Article => {
            let column = config
                .columns
                .first()
                .map(|column| column.id.as_str())
                .unwrap_or_default();
            (
                content
                    .join(article::DIR)
                    .join(format!("{slug}.{}", article::EXTENSION)),
                format!(
                    "---\ntitle: {title}\ndate: {}\ncolumn: {column}\ntags: []\nsummary: \"\"\ndraft: true\n---\n\n",
                    today()
                ),
            )
        }
        Kind::Lesson => {
            let dir = content.join("lessons");
            // The first course and audience of loa.yaml, after the course's last lesson.
            let course = config.courses.first().map(|course| course.id.as_str());
            let order = lesson::load(&dir, config)
                .ok()
                .into_iter()
                .flatten()
                .filter(|lesson| Some(lesson.course.as_str()) == course)
                .map(|lesson| lesson.order + 1)
                .max()
                .unwrap_or(1);
            let audience = config
                .audiences
                .first()
                .map(|audience| audience.id.as_str())
                .unwrap_or_default();
            (
                dir.join(format!("{slug}.md")),
                format!(
                    "---\ntitle: {title}\ncourse: {}\norder: {order}\naudience: [{audience}]\nduration: 10\nlevel: beginner\nsummary: \"\"\n---\n\n## \n\n",
                    course.unwrap_or("\"\"")
                ),
            )
        }
        Kind::Procedure => (
            content.join("procedures").join(format!("{slug}.yaml")),
            format!(
                "code: {slug}\nname: {title}\nfield: \"\"\nagency: \"\"\nwho: \"\"\ndocuments: []\nsteps: []\nprocessing_time: \"\"\nfee: \"\"\nlegal_basis: \"\"\n"
            ),
        ),
    })
}

/// The path and text of a translation of the article `slug`: the original's body to translate,
/// with the fingerprint of that body, kept as a draft until the translator publishes it.
fn translation(
    config: &Config,
    slug: &str,
    lang: &str,
    title: &str,
) -> Result<(PathBuf, String), Diagnostics> {
    let dir = config.site_dir.join("content").join(article::DIR);
    let articles = article::load(
        dir.as_path(),
        config,
        LoadOptions {
            drafts: true,
            ..LoadOptions::default()
        },
    )?;
    let Some(found) = articles.iter().find(|article| article.slug == slug) else {
        let slugs: Vec<&str> = articles.iter().map(|a| a.slug.as_str()).collect();
        let hint = crate::yaml::closest(slug, &slugs)
            .map(|closest| format!("; did you mean `{closest}`?"))
            .unwrap_or_default();
        return Err(Diagnostic::error(
            Problem::UnknownReference,
            &dir,
            format!("there is no article `{slug}`{hint}"),
        )
        .into());
    };
    let original = found.texts.original();
    let stem = original
        .path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or(slug);
    let path = original
        .path
        .with_file_name(format!("{stem}.{lang}.{}", article::EXTENSION));
    let summary = original
        .summary
        .as_deref()
        .map(|summary| format!("summary: {}\n", quoted(summary)))
        .unwrap_or_default();
    let text = format!(
        "---\ntitle: {}\n{summary}translated_from: {}\ndraft: true\n---\n{}",
        quoted(title),
        fingerprint(&original.body),
        original.body
    );
    Ok((path, text))
}

/// A YAML double-quoted string (JSON's string syntax is YAML's).
fn quoted(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

fn write_new(path: &Path, text: &str) -> Result<(), Diagnostics> {
    let error = |message: String| -> Diagnostics {
        Diagnostic::error(Problem::Output, path, message).into()
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| error(format!("cannot create: {e}")))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                error("the file already exists; loa new never overwrites".into())
            }
            _ => error(format!("cannot write: {e}")),
        })?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .map_err(|e| error(format!("cannot write: {e}")))
}

/// Today's date (UTC) as `YYYY-MM-DD`, for a new article's `date`.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or_default();
    let (year, month, day) = civil_from_days((seconds / 86_400) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_407), (2025, 11, 15));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn titles_are_quoted_for_yaml() {
        assert_eq!(quoted("Tin \"mới\": số"), "\"Tin \\\"mới\\\": số\"");
    }
}
