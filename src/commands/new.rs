//! `loa new`: a new content file with the right name and front matter, or a translation of an
//! article that records which version of the original it was made from. A segment is an article
//! with a `media:` item and a WebVTT transcript stub beside its recording.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::config::{self, Config};
use crate::load::content::segment::{MediaSource, MediaVersion};
use crate::load::content::{LoadOptions, article, lesson};
use crate::resolve::translation::fingerprint;
use crate::slug::slugify;

/// What `loa new` can create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Article,
    /// A radio or TV segment: an article with a recording and its transcript.
    Segment,
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
    /// An article's or segment's column, by id; the first of `loa.yaml` when absent.
    pub column: Option<String>,
    /// A segment's recording, as a site path (`/media/x.mp3`); `/media/<slug>.mp3` when absent.
    pub media: Option<String>,
}

/// Writes the new files and returns their paths: the content file, then (for a segment) its
/// transcript stub. Never overwrites a file.
pub fn new(options: &NewOptions) -> Result<Vec<PathBuf>, Diagnostics> {
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
    if let Some(column) = &options.column
        && !config.columns.iter().any(|declared| &declared.id == column)
    {
        let ids: Vec<&str> = config.columns.iter().map(|c| c.id.as_str()).collect();
        let hint = crate::yaml::closest(column, &ids)
            .map(|closest| format!("; did you mean `{closest}`?"))
            .unwrap_or_default();
        return Err(error(
            Problem::UnknownReference,
            format!("`--column {column}` is not in `columns` of loa.yaml{hint}"),
        ));
    }
    if matches!(options.kind, Kind::Lesson | Kind::Procedure) && options.column.is_some() {
        return Err(error(
            Problem::InvalidValue,
            "`--column` is for articles and segments".into(),
        ));
    }
    if options.kind != Kind::Segment && options.media.is_some() {
        return Err(error(
            Problem::InvalidValue,
            "`--media` is for `loa new segment`".into(),
        ));
    }
    let media = match &options.media {
        Some(media) => {
            Some(media_path(media).map_err(|message| error(Problem::InvalidValue, message))?)
        }
        None => None,
    };
    let default = config.languages.default_code();
    let (path, text, stubs) = match (&options.translate_from, options.kind) {
        (Some(slug), Kind::Article | Kind::Segment) if lang != default => {
            let (path, text, original_media) = translation(&config, slug, &lang, &options.title)?;
            match options.kind {
                Kind::Segment => {
                    let (front, stubs) =
                        translated_media(&original_media, media.as_deref(), &lang, &options.title)
                            .map_err(|message| error(Problem::InvalidValue, message))?;
                    (path, with_media(&text, &front), stubs)
                }
                _ => (path, text, Vec::new()),
            }
        }
        (Some(_), Kind::Article | Kind::Segment) => {
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
        (None, kind) => original(&config, kind, options, media.as_deref())?,
    };
    // The stubs first: a segment that names a transcript has it. One already there is kept.
    let mut created = Vec::new();
    for (site_path, stub) in &stubs {
        let stub_path = crate::paths::resolve(
            &config.site_dir,
            "static",
            site_path.trim_start_matches('/'),
        )
        .map_err(|message| error(Problem::InvalidValue, message))?;
        if !stub_path.exists() {
            created.push((stub_path, stub.clone()));
        }
    }
    write_new(&path, &text)?;
    let mut paths = vec![path];
    for (stub_path, stub) in created {
        write_new(&stub_path, &stub)?;
        paths.push(stub_path);
    }
    Ok(paths)
}

/// The extensions of the recordings a segment may have (see `load::media`).
const MEDIA_EXTENSIONS: [&str; 5] = ["mp3", "m4a", "ogg", "mp4", "webm"];

/// `--media`: a site path under static/ of a recording.
fn media_path(media: &str) -> Result<String, String> {
    let extension = media.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if !media.starts_with('/') || media.starts_with("//") {
        return Err(format!(
            "`--media {media}`: expected a path from the site root of a file under static/, such as /media/ban-tin-so-1.mp3"
        ));
    }
    if !extension.is_some_and(|e| MEDIA_EXTENSIONS.contains(&e.as_str())) {
        return Err(format!(
            "`--media {media}`: expected a recording ending in .{}",
            MEDIA_EXTENSIONS.join(", .")
        ));
    }
    Ok(media.to_string())
}

/// The WebVTT transcript beside a recording: `/media/x.mp3` → `/media/x.vtt`, or `x.<lang>.vtt`
/// for a language's own.
fn transcript_beside(media: &str, lang: Option<&str>) -> String {
    let stem = media.rsplit_once('.').map_or(media, |(stem, _)| stem);
    match lang {
        Some(lang) => format!("{stem}.{lang}.vtt"),
        None => format!("{stem}.vtt"),
    }
}

/// A WebVTT stub to fill in: one cue, the title, in lines that fit a phone's screen.
fn transcript_stub(title: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in title.split_whitespace() {
        let word: String = word
            .chars()
            .take(crate::load::webvtt::MAX_LINE_CHARS)
            .collect();
        match lines.last_mut() {
            Some(line)
                if line.chars().count() + 1 + word.chars().count()
                    <= crate::load::webvtt::MAX_LINE_CHARS =>
            {
                line.push(' ');
                line.push_str(&word);
            }
            _ => lines.push(word),
        }
    }
    if lines.is_empty() {
        lines.push("…".into());
    }
    format!("WEBVTT\n\n00:00.000 --> 00:05.000\n{}\n", lines.join("\n"))
}

/// One `media:` item of front matter.
fn media_item(file: Option<&str>, title: Option<&str>, transcript: &str) -> String {
    let file = file.map(|file| format!("file: {file}"));
    let title = title.map(|title| format!("title: {}", quoted(title)));
    let transcript = Some(format!("transcript: {transcript}"));
    let mut item = String::new();
    for (index, field) in [file, title, transcript].into_iter().flatten().enumerate() {
        item.push_str(if index == 0 { "  - " } else { "    " });
        item.push_str(&field);
        item.push('\n');
    }
    item
}

/// A translation's `media:` items: for each of the original's, the translated title and a
/// transcript stub of the language's own (`x.<lang>.vtt`); `media` gives the first item the
/// language's own recording.
fn translated_media(
    original: &[MediaVersion],
    media: Option<&str>,
    lang: &str,
    title: &str,
) -> Result<(String, Vec<(String, String)>), String> {
    if original.is_empty() {
        return Err("the original is an article without `media:`: for a translation of it, use `loa new article`".into());
    }
    let mut front = String::from("media:\n");
    let mut stubs = Vec::new();
    for (index, version) in original.iter().enumerate() {
        let own = if index == 0 { media } else { None };
        // A recording of the language's own has its transcript beside it; else the
        // transcript is named for the language, beside the original's recording.
        let transcript = match (own, &version.file) {
            (Some(own), _) => transcript_beside(own, None),
            (None, Some(MediaSource::Static(path))) => transcript_beside(path, Some(lang)),
            (None, _) => {
                return Err("the original's recording is at another host: give the translation's own with `--media /media/x.mp3`".into());
            }
        };
        let item_title = (index == 0).then_some(title);
        front.push_str(&media_item(own, item_title, &transcript));
        stubs.push((transcript, transcript_stub(title)));
    }
    Ok((front, stubs))
}

/// `text`'s front matter with `media` added before its end.
fn with_media(text: &str, media: &str) -> String {
    match text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
    {
        Some((front, body)) => format!("---\n{front}\n{media}---\n{body}"),
        None => text.to_string(),
    }
}

/// A new file's path and text, and the transcript stubs it names (site path, text).
type NewFile = (PathBuf, String, Vec<(String, String)>);

/// The path and text of a new original.
fn original(
    config: &Config,
    kind: Kind,
    options: &NewOptions,
    media: Option<&str>,
) -> Result<NewFile, Diagnostics> {
    let title = options.title.as_str();
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
    let quoted_title = quoted(title);
    let title = quoted_title.as_str();
    let column = (options.column.as_deref())
        .or_else(|| config.columns.first().map(|column| column.id.as_str()))
        .unwrap_or_default();
    let article_file = content
        .join(article::DIR)
        .join(format!("{slug}.{}", article::EXTENSION));
    let article_text = |media: &str| {
        format!(
            "---\ntitle: {title}\ndate: {}\ncolumn: {column}\ntags: []\nsummary: \"\"\n{media}draft: true\n---\n\n",
            today()
        )
    };
    Ok(match kind {
        Kind::Article => (article_file, article_text(""), Vec::new()),
        Kind::Segment => {
            let recording = media.map_or_else(|| format!("/media/{slug}.mp3"), str::to_string);
            let transcript = transcript_beside(&recording, None);
            let item = format!(
                "media:\n{}",
                media_item(Some(&recording), Some(&options.title), &transcript)
            );
            let stub = transcript_stub(&options.title);
            (article_file, article_text(&item), vec![(transcript, stub)])
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
                Vec::new(),
            )
        }
        Kind::Procedure => (
            content.join("procedures").join(format!("{slug}.yaml")),
            format!(
                "code: {slug}\nname: {title}\nfield: \"\"\nagency: \"\"\nwho: \"\"\ndocuments: []\nsteps: []\nprocessing_time: \"\"\nfee: \"\"\nlegal_basis: \"\"\n"
            ),
            Vec::new(),
        ),
    })
}

/// The path and text of a translation of the article `slug`: the original's body to translate,
/// with the fingerprint of that body, kept as a draft until the translator publishes it; and
/// the original's `media:` items.
fn translation(
    config: &Config,
    slug: &str,
    lang: &str,
    title: &str,
) -> Result<(PathBuf, String, Vec<MediaVersion>), Diagnostics> {
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
    Ok((path, text, original.media.clone()))
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
