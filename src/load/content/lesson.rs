//! Lessons: step-by-step guides `content/lessons/<slug>.md` (translations `<slug>.<code>.md`),
//! taken in order within a course and written for one or more audiences.
//!
//! The body's `## ` headings are the steps: each gets a number and an anchor (`step-2`, or the
//! heading's own `{#id}`). Translations carry only the texts: title, summary and body.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem, collect_all};
use crate::load::config::Config;
use crate::load::content::{Translated, frontmatter, group, repeated, source};
use crate::markdown::{self, LinkTargets, RawHtml, Rendered};
use crate::yaml;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginalFrontMatter {
    title: String,
    course: String,
    order: u32,
    audience: Vec<Spanned<String>>,
    duration: u32,
    level: Level,
    #[serde(default)]
    prerequisites: Vec<Spanned<String>>,
    #[serde(default)]
    summary: Option<String>,
}

/// A translation's texts, and the original's keys it may repeat: those of [`SHARED_KEYS`] only
/// with the original's value.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFrontMatter {
    title: String,
    /// The original's keys, compared by [`repeated::check`].
    #[serde(default, rename = "course")]
    _course: Option<IgnoredAny>,
    #[serde(default, rename = "order")]
    _order: Option<IgnoredAny>,
    #[serde(default, rename = "audience")]
    _audience: Option<IgnoredAny>,
    #[serde(default, rename = "duration")]
    _duration: Option<IgnoredAny>,
    #[serde(default, rename = "level")]
    _level: Option<IgnoredAny>,
    #[serde(default, rename = "prerequisites")]
    _prerequisites: Option<IgnoredAny>,
    #[serde(default)]
    summary: Option<String>,
    /// The fingerprint of the original's body this translation was made from
    /// (see [`crate::resolve::translation::fingerprint`]).
    #[serde(default)]
    translated_from: Option<String>,
}

/// The keys of a lesson that are the same in every language (docs/translating.md).
pub const SHARED_KEYS: &[&str] = &[
    "course",
    "order",
    "audience",
    "duration",
    "level",
    "prerequisites",
];

/// How much a learner should already know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

impl Level {
    /// The id used in UI message names (`lesson-level-beginner`).
    pub fn id(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }
}

/// A lesson of a course, in every language it is written in.
#[derive(Debug, Clone)]
pub struct Lesson {
    pub slug: String,
    /// A course id of `loa.yaml`.
    pub course: String,
    /// The lesson's place in its course; unique within the course.
    pub order: u32,
    /// Audience ids of `loa.yaml`, at least one.
    pub audiences: Vec<String>,
    /// Minutes.
    pub duration: u32,
    pub level: Level,
    /// Slugs of lessons to take first.
    pub prerequisites: Vec<String>,
    pub texts: Translated<LessonText>,
}

/// The words of a lesson in one language.
#[derive(Debug, Clone)]
pub struct LessonText {
    pub lang: String,
    pub path: PathBuf,
    pub title: String,
    pub summary: Option<String>,
    /// The Markdown before the first step.
    pub intro: Part,
    pub steps: Vec<Step>,
    /// The whole Markdown body, intro and steps, as written.
    pub body: String,
    /// For a translation: the fingerprint of the original's body it was made from, if recorded.
    pub translated_from: Option<String>,
}

/// A piece of a Markdown body and the line of the file it starts on.
#[derive(Debug, Clone)]
pub struct Part {
    pub markdown: String,
    pub line: usize,
}

/// One `## ` step of a lesson.
#[derive(Debug, Clone)]
pub struct Step {
    pub title: String,
    pub anchor: String,
    pub body: Part,
    /// The step's words without markup, for structured data.
    pub text: String,
}

/// A lesson text with its Markdown rendered.
#[derive(Debug, Clone)]
pub struct RenderedLesson {
    pub intro: Rendered,
    pub steps: Vec<Rendered>,
}

impl LessonText {
    /// Renders the intro and every step, checking links and embeds against `targets`.
    pub fn render(
        &self,
        targets: &LinkTargets,
        raw_html: RawHtml,
    ) -> Result<RenderedLesson, Diagnostics> {
        let render = |part: &Part| {
            markdown::render(&part.markdown, &self.path, part.line, targets, raw_html)
                .map_err(Diagnostics)
        };
        let intro = render(&self.intro);
        let steps = collect_all(self.steps.iter().map(|step| render(&step.body)));
        match (intro, steps) {
            (Ok(intro), Ok(steps)) => Ok(RenderedLesson { intro, steps }),
            (intro, steps) => {
                let mut diagnostics = Diagnostics::default();
                diagnostics.extend(intro.err().into_iter().flatten());
                diagnostics.extend(steps.err().into_iter().flatten());
                Err(diagnostics)
            }
        }
    }
}

/// A parsed lesson with the lines that cross-lesson checks point at.
struct Located {
    lesson: Lesson,
    order_line: Option<usize>,
    prerequisite_lines: Vec<usize>,
}

/// Loads `dir/*.md` and checks the lessons against each other: prerequisites that exist and do
/// not go round in a circle, one lesson per place in a course. Sorted by course, then order.
pub fn load(dir: &Path, config: &Config) -> Result<Vec<Lesson>, Diagnostics> {
    let files = source::discover(&config.site_dir, dir, "md", &config.languages)?;
    let groups = group(files)?;
    let parsed: Vec<Result<Located, Diagnostics>> = groups
        .into_par_iter()
        .map(|(original, translations)| locate_group(&original, &translations, config))
        .collect();
    let located = collect_all(parsed)?;
    let mut diagnostics = Diagnostics::default();
    diagnostics.extend(check_prerequisites(&located));
    diagnostics.extend(check_orders(&located));
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let position = |course: &str| config.courses.iter().position(|c| c.id == course);
    let mut lessons: Vec<Lesson> = located.into_iter().map(|l| l.lesson).collect();
    lessons.sort_by(|a, b| {
        (position(&a.course), a.order, &a.slug).cmp(&(position(&b.course), b.order, &b.slug))
    });
    Ok(lessons)
}

/// Parses one lesson with its translations, without the checks across lessons. Pure.
pub fn parse_group(
    original: &source::SourceFile,
    translations: &[source::SourceFile],
    config: &Config,
) -> Result<Lesson, Diagnostics> {
    locate_group(original, translations, config).map(|located| located.lesson)
}

fn locate_group(
    original: &source::SourceFile,
    translations: &[source::SourceFile],
    config: &Config,
) -> Result<Located, Diagnostics> {
    let repeated = repeated::check_all(original, translations, SHARED_KEYS, &config.site_dir);
    match crate::load::content::translations(translations, parse_translation) {
        Ok(texts) if !repeated.has_errors() => parse_original(original, config, texts),
        parsed => {
            let mut diagnostics = repeated;
            diagnostics.extend(parsed.err().into_iter().flatten());
            let more = parse_original(original, config, BTreeMap::new()).err();
            diagnostics.extend(more.into_iter().flatten());
            Err(diagnostics)
        }
    }
}

/// Parses an original lesson file against the courses and audiences of `config`, with the texts
/// of its translations. Pure.
fn parse_original(
    file: &source::SourceFile,
    config: &Config,
    translations: BTreeMap<String, LessonText>,
) -> Result<Located, Diagnostics> {
    let split = frontmatter::split(&file.text, &file.path)?;
    let front: OriginalFrontMatter = yaml::parse(split.yaml, &file.path, split.yaml_line)?;
    let to_file = |line: usize| line + split.yaml_line - 1;
    let key_line = |key: &str| yaml::key_line(split.yaml, key).map(to_file);
    let span_line = |span: &serde_saphyr::Location| to_file(span.line() as usize);
    let at = |line: Option<usize>, problem: Problem, message: String| {
        Diagnostic::error(problem, &file.path, message).at(line, None)
    };
    let mut diagnostics = Diagnostics::default();

    if config.course(&front.course).is_none() {
        let known: Vec<&str> = config.courses.iter().map(|c| c.id.as_str()).collect();
        diagnostics.push(at(
            key_line("course"),
            Problem::UnknownReference,
            format!(
                "`course: {}` is not a course declared in loa.yaml{}",
                front.course,
                yaml::suggestion(&front.course, &known)
            ),
        ));
    }
    if front.audience.is_empty() {
        diagnostics.push(at(
            key_line("audience"),
            Problem::MissingField,
            "`audience` needs at least one of the audiences declared in loa.yaml".into(),
        ));
    }
    let known: Vec<&str> = config.audiences.iter().map(|a| a.id.as_str()).collect();
    for audience in &front.audience {
        if config.audience(&audience.value).is_none() {
            diagnostics.push(at(
                Some(span_line(&audience.referenced)),
                Problem::UnknownReference,
                format!(
                    "the audience `{}` is not declared in loa.yaml{}",
                    audience.value,
                    yaml::suggestion(&audience.value, &known)
                ),
            ));
        }
    }
    if front.duration == 0 {
        diagnostics.push(at(
            key_line("duration"),
            Problem::InvalidValue,
            "`duration` is the lesson's length in minutes, at least 1".into(),
        ));
    }
    let lang = config.languages.default_code();
    let text = lesson_text(file, lang, front.title, front.summary, &split);
    let text = match text {
        Ok(text) if !diagnostics.has_errors() => text,
        Ok(_) => return Err(diagnostics),
        Err(found) => {
            diagnostics.extend(found);
            return Err(diagnostics);
        }
    };
    Ok(Located {
        order_line: key_line("order"),
        prerequisite_lines: front
            .prerequisites
            .iter()
            .map(|p| span_line(&p.referenced))
            .collect(),
        lesson: Lesson {
            slug: file.slug.clone(),
            course: front.course,
            order: front.order,
            audiences: front.audience.into_iter().map(|a| a.value).collect(),
            duration: front.duration,
            level: front.level,
            prerequisites: front
                .prerequisites
                .into_iter()
                .map(|p| p.value.trim().trim_end_matches(".md").to_string())
                .collect(),
            texts: Translated::new(text, translations, &config.languages),
        },
    })
}

/// Parses a translation file. Pure.
fn parse_translation(file: &source::SourceFile) -> Result<LessonText, Diagnostics> {
    let split = frontmatter::split(&file.text, &file.path)?;
    let front: TranslationFrontMatter = yaml::parse(split.yaml, &file.path, split.yaml_line)?;
    let lang = file.lang.as_deref().unwrap_or_default();
    let mut text = lesson_text(file, lang, front.title, front.summary, &split)?;
    text.translated_from = front.translated_from;
    Ok(text)
}

/// The texts of a lesson file in `lang`, its body split into steps.
fn lesson_text(
    file: &source::SourceFile,
    lang: &str,
    title: String,
    summary: Option<String>,
    split: &frontmatter::Split,
) -> Result<LessonText, Diagnostics> {
    let (body, body_line) = (split.body, split.body_line);
    let mut diagnostics = Diagnostics::default();
    if let Err((problem, message)) = crate::load::content::check_title(&title) {
        diagnostics.push(Diagnostic::error(problem, &file.path, message));
    }
    let (intro, steps) = split_steps(body, body_line);
    if steps.is_empty() {
        diagnostics.push(
            Diagnostic::error(
                Problem::MissingField,
                &file.path,
                "a lesson needs steps: start each step with a `## ` heading",
            )
            .at_line(body_line),
        );
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(LessonText {
        lang: lang.to_string(),
        path: file.path.clone(),
        title: title.trim().to_string(),
        summary,
        intro,
        steps,
        body: body.to_string(),
        translated_from: None,
    })
}

/// Splits a body at its top-level `## ` headings: the Markdown before the first, and one step
/// per heading. `first_line` is the line of the file the body starts on.
pub fn split_steps(body: &str, first_line: usize) -> (Part, Vec<Step>) {
    let line_of = |offset: usize| first_line + body[..offset].matches('\n').count();
    // (heading start, heading end, title, own id) of each top-level level-2 heading.
    let mut headings: Vec<(usize, usize, String, Option<String>)> = Vec::new();
    let mut depth = 0usize;
    let mut open: Option<(usize, String, Option<String>)> = None;
    let mut texts: Vec<(usize, String)> = Vec::new();
    // Inside an image, text is its description, not words of the step.
    let mut in_image = 0usize;
    for (event, range) in Parser::new_ext(body, markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { .. }) => {
                in_image += 1;
                depth += 1;
            }
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                depth = depth.saturating_sub(1);
            }
            Event::Text(_) if in_image > 0 => {}
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                id,
                ..
            }) if depth == 0 => {
                open = Some((range.start, String::new(), id.map(|id| id.to_string())));
                depth += 1;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) if depth == 1 && open.is_some() => {
                if let Some((start, title, id)) = open.take() {
                    headings.push((start, range.end, title.trim().to_string(), id));
                }
                depth -= 1;
            }
            Event::Start(_) => depth += 1,
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                if matches!(tag, TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) {
                    texts.push((range.end, " ".into()));
                }
            }
            Event::Text(text) | Event::Code(text) => match open.as_mut() {
                Some((_, title, _)) => title.push_str(&text),
                None => texts.push((range.start, text.to_string())),
            },
            Event::SoftBreak | Event::HardBreak => texts.push((range.start, " ".into())),
            _ => {}
        }
    }
    let intro_end = headings.first().map_or(body.len(), |h| h.0);
    let intro = Part {
        markdown: body[..intro_end].to_string(),
        line: first_line,
    };
    let steps = headings
        .iter()
        .enumerate()
        .map(|(index, (_, end, title, id))| {
            let next = headings.get(index + 1).map_or(body.len(), |h| h.0);
            let words: String = texts
                .iter()
                .filter(|(offset, _)| (*end..next).contains(offset))
                .map(|(_, text)| text.as_str())
                .collect();
            Step {
                title: title.clone(),
                anchor: id.clone().unwrap_or_else(|| format!("step-{}", index + 1)),
                body: Part {
                    markdown: body[*end..next].to_string(),
                    line: line_of(*end),
                },
                text: words.split_whitespace().collect::<Vec<_>>().join(" "),
            }
        })
        .collect();
    (intro, steps)
}

/// Every prerequisite must be a lesson, and following prerequisites must never come back to
/// where it started.
fn check_prerequisites(lessons: &[Located]) -> Vec<Diagnostic> {
    let index: BTreeMap<&str, usize> = lessons
        .iter()
        .enumerate()
        .map(|(i, l)| (l.lesson.slug.as_str(), i))
        .collect();
    let known: Vec<&str> = index.keys().copied().collect();
    let mut diagnostics = Vec::new();
    for located in lessons {
        let lesson = &located.lesson;
        for (slug, line) in lesson.prerequisites.iter().zip(&located.prerequisite_lines) {
            if !index.contains_key(slug.as_str()) {
                diagnostics.push(
                    Diagnostic::error(
                        Problem::UnknownReference,
                        &lesson.texts.original().path,
                        format!(
                            "the prerequisite `{slug}` is not a lesson (no content/lessons/{slug}.md){}",
                            yaml::suggestion(slug, &known)
                        ),
                    )
                    .at_line(*line),
                );
            }
        }
    }
    // Depth-first search; an edge back to a lesson on the current path closes a circle.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; lessons.len()];
    for root in 0..lessons.len() {
        if marks[root] != Mark::New {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        marks[root] = Mark::OnPath;
        while let Some((node, next)) = path.last_mut() {
            let (node, edge) = (*node, *next);
            let located = &lessons[node];
            let Some(slug) = located.lesson.prerequisites.get(edge) else {
                marks[node] = Mark::Done;
                path.pop();
                continue;
            };
            *next += 1;
            let Some(&target) = index.get(slug.as_str()) else {
                continue;
            };
            match marks[target] {
                Mark::New => {
                    marks[target] = Mark::OnPath;
                    path.push((target, 0));
                }
                Mark::OnPath => {
                    let from = path.iter().position(|(n, _)| *n == target).unwrap_or(0);
                    let circle: Vec<&str> = path[from..]
                        .iter()
                        .map(|(n, _)| lessons[*n].lesson.slug.as_str())
                        .chain(std::iter::once(slug.as_str()))
                        .collect();
                    diagnostics.push(
                        Diagnostic::error(
                            Problem::InvalidValue,
                            &located.lesson.texts.original().path,
                            format!(
                                "the prerequisites go round in a circle: {}",
                                circle.join(" → ")
                            ),
                        )
                        .at(located.prerequisite_lines.get(edge).copied(), None),
                    );
                }
                Mark::Done => {}
            }
        }
    }
    diagnostics
}

/// Two lessons of a course cannot share a place.
fn check_orders(lessons: &[Located]) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<(&str, u32), &Path> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    for located in lessons {
        let lesson = &located.lesson;
        let path = &lesson.texts.original().path;
        if let Some(other) = seen.insert((&lesson.course, lesson.order), path) {
            diagnostics.push(
                Diagnostic::error(
                    Problem::Duplicate,
                    path,
                    format!(
                        "`order: {}` is already the place of {} in the course `{}`",
                        lesson.order,
                        other.display(),
                        lesson.course
                    ),
                )
                .at(located.order_line, None),
            );
            seen.insert((&lesson.course, lesson.order), other);
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_numbered_and_anchored() {
        let body = "Intro text.\n\n## Tải ứng dụng\n\nMở **CH Play**.\n\n![Nút cài](/a.png)\n\n## Đăng nhập {#dang-nhap}\n\nNhập số.\n\n```\n## not a step\n```\n";
        let (intro, steps) = split_steps(body, 10);
        assert_eq!(intro.markdown, "Intro text.\n\n");
        let anchors: Vec<&str> = steps.iter().map(|s| s.anchor.as_str()).collect();
        assert_eq!(anchors, ["step-1", "dang-nhap"]);
        assert_eq!(steps[0].title, "Tải ứng dụng");
        assert_eq!(steps[0].text, "Mở CH Play.");
        assert_eq!(steps[0].body.line, 13);
        assert!(steps[0].body.markdown.contains("![Nút cài]"));
        assert!(steps[1].body.markdown.contains("## not a step"));
    }

    #[test]
    fn headings_inside_quotes_are_not_steps() {
        let (_, steps) = split_steps("## A\n\n> ## quoted\n\n## B\n", 1);
        assert_eq!(steps.len(), 2);
    }
}
