//! Lesson pages (numbered steps, printable as step cards, schema.org `HowTo`), course pages
//! (lessons in order), audience pages, the index of courses and audiences, and the indexes of
//! every lesson and of every audience.

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::load::config::Named;
use crate::load::content::Lesson;
use crate::render::PageKind;
use crate::render::body;
use crate::render::context::Context;
use crate::render::incremental::Reads;
use crate::render::json_ld::{HowTo, HowToStep, how_to_json_ld};
use crate::render::views::{Fallback, IndexEntry, Link, PageView, Text};
use crate::urls::{Page, Section};

/// One lesson file to render.
#[derive(Debug, Clone)]
pub(super) enum Job {
    Lesson { index: usize, lang: String },
    Course { index: usize, lang: String },
    Audience { index: usize, lang: String },
    Courses { lang: String },
    Lessons { lang: String },
    Audiences { lang: String },
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        cx.languages
            .codes()
            .flat_map(|lang| lesson_jobs(cx, lang))
            .collect()
    }

    /// Lessons, courses and audiences are globals: their pages read nothing else.
    fn reads(&self, _: &Context) -> Reads {
        Reads::nothing()
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        render_lesson_job(cx, self).map(|file| vec![file])
    }

    fn lang(&self) -> Option<&str> {
        match self {
            Job::Lesson { lang, .. }
            | Job::Course { lang, .. }
            | Job::Audience { lang, .. }
            | Job::Courses { lang }
            | Job::Lessons { lang }
            | Job::Audiences { lang } => Some(lang),
        }
    }

    fn budget_kind(&self) -> &'static str {
        match self {
            Job::Lesson { .. } => "lesson",
            Job::Course { .. } => "course",
            Job::Audience { .. } => "audience",
            Job::Courses { .. } => "courses",
            Job::Lessons { .. } => "lessons",
            Job::Audiences { .. } => "audiences",
        }
    }

    /// A lesson and its course go into the offline pack: a class may have no connection.
    fn offline(&self) -> bool {
        matches!(self, Job::Lesson { .. } | Job::Course { .. })
    }
}

/// A lesson as listed on course and audience pages and linked from other lessons.
#[derive(Debug, Clone, Serialize)]
pub struct LessonSummary {
    pub slug: String,
    pub href: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub order: u32,
    pub minutes: u32,
    /// `beginner`, `intermediate` or `advanced`.
    pub level: &'static str,
    pub course: Link,
    pub audiences: Vec<Link>,
}

/// A step of a lesson, numbered from 1.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    pub number: usize,
    pub anchor: String,
    pub title: String,
    pub html: String,
}

/// A lesson page.
#[derive(Debug, Clone, Serialize)]
pub struct LessonPage {
    pub page: PageView,
    pub lesson: LessonSummary,
    /// The language the texts are written in.
    pub content_lang: String,
    pub fallback: Option<Fallback>,
    /// Whether the text shown is a translation made from an earlier version of the original.
    pub stale: bool,
    pub intro: String,
    pub steps: Vec<StepView>,
    pub prerequisites: Vec<Link>,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    /// schema.org `HowTo`, safe to put inside `<script type="application/ld+json">`.
    pub json_ld: String,
}

/// A course or audience page, or the index of every lesson: its lessons in order.
#[derive(Debug, Clone, Serialize)]
pub struct LessonListPage {
    pub page: PageView,
    /// `course`, `audience` or `lessons`.
    pub kind: &'static str,
    pub heading: Text,
    pub lessons: Vec<LessonSummary>,
    pub minutes: u32,
}

/// The index of courses and audiences (the index of audiences alone has no courses).
#[derive(Debug, Clone, Serialize)]
pub struct CoursesPage {
    pub page: PageView,
    pub courses: Vec<IndexEntry>,
    pub audiences: Vec<IndexEntry>,
}

fn lesson_jobs(cx: &Context, lang: &str) -> Vec<Job> {
    let config = &cx.site.config;
    let lang = lang.to_string();
    let mut jobs: Vec<Job> = (0..cx.site.content.lessons.len())
        .map(|index| Job::Lesson {
            index,
            lang: lang.clone(),
        })
        .collect();
    jobs.extend((0..config.courses.len()).map(|index| Job::Course {
        index,
        lang: lang.clone(),
    }));
    jobs.extend((0..config.audiences.len()).map(|index| Job::Audience {
        index,
        lang: lang.clone(),
    }));
    if !config.courses.is_empty() {
        jobs.push(Job::Courses { lang: lang.clone() });
    }
    if !cx.site.content.lessons.is_empty() {
        jobs.push(Job::Lessons { lang: lang.clone() });
    }
    if !config.audiences.is_empty() {
        jobs.push(Job::Audiences { lang });
    }
    jobs
}

fn render_lesson_job(cx: &Context, job: &Job) -> Result<(String, Vec<u8>), Diagnostic> {
    match job {
        Job::Lesson { index, lang } => lesson_page(cx, *index, lang),
        Job::Course { index, lang } => {
            let course = &cx.site.config.courses[*index];
            let lessons = lessons_where(cx, |lesson| lesson.course == course.id);
            lesson_list(cx, lang, "course", Section::Courses, course, lessons)
        }
        Job::Audience { index, lang } => {
            let audience = &cx.site.config.audiences[*index];
            let lessons = lessons_where(cx, |lesson| lesson.audiences.contains(&audience.id));
            lesson_list(cx, lang, "audience", Section::Audiences, audience, lessons)
        }
        Job::Courses { lang } => courses_page(cx, lang, Page::Courses),
        Job::Audiences { lang } => courses_page(cx, lang, Page::Audiences),
        Job::Lessons { lang } => all_lessons_page(cx, lang),
    }
}

/// Site paths of the lesson pages, with the languages they exist in, for the sitemap.
pub(super) fn lesson_urls<'c>(cx: &Context<'c>) -> Vec<(String, Vec<&'c str>)> {
    let config = &cx.site.config;
    let all: Vec<&str> = cx.languages.codes().collect();
    let mut urls: Vec<(String, Vec<&str>)> = (cx.site.content.lessons.iter())
        .map(|lesson| {
            let translated = lesson.texts.languages(cx.languages).collect();
            (Page::Lesson(&lesson.slug).path(), translated)
        })
        .collect();
    if !config.courses.is_empty() {
        urls.push((Page::Courses.path(), all.clone()));
    }
    if !cx.site.content.lessons.is_empty() {
        urls.push((Page::Lessons.path(), all.clone()));
    }
    if !config.audiences.is_empty() {
        urls.push((Page::Audiences.path(), all.clone()));
    }
    for course in &config.courses {
        urls.push((Page::Course(&course.id).path(), all.clone()));
    }
    for audience in &config.audiences {
        urls.push((Page::Audience(&audience.id).path(), all.clone()));
    }
    urls
}

fn lessons_where<'c>(cx: &Context<'c>, keep: impl Fn(&Lesson) -> bool) -> Vec<&'c Lesson> {
    cx.site.content.lessons.iter().filter(|l| keep(l)).collect()
}

fn lesson_link(cx: &Context, lesson: &Lesson, lang: &str) -> Link {
    let (text_lang, text) = lesson.texts.resolve(lang, cx.languages);
    Link {
        title: Text::new(text.title.clone(), text_lang, lang),
        href: cx.urls.href(lang, Page::Lesson(&lesson.slug)),
    }
}

fn lesson_summary(cx: &Context, lesson: &Lesson, lang: &str) -> LessonSummary {
    let config = &cx.site.config;
    let (text_lang, text) = lesson.texts.resolve(lang, cx.languages);
    let link = lesson_link(cx, lesson, lang);
    LessonSummary {
        slug: lesson.slug.clone(),
        href: link.href,
        title: link.title,
        summary: (text.summary.as_ref()).map(|s| Text::new(s.clone(), text_lang, lang)),
        order: lesson.order,
        minutes: lesson.duration,
        level: lesson.level.id(),
        course: config
            .course(&lesson.course)
            .map(|course| cx.named_link(course, Section::Courses, lang))
            .expect("lessons are loaded only with a declared course"),
        audiences: (lesson.audiences.iter())
            .filter_map(|id| config.audience(id))
            .map(|audience| cx.named_link(audience, Section::Audiences, lang))
            .collect(),
    }
}

fn lesson_page(cx: &Context, index: usize, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    let lessons = &cx.site.content.lessons;
    let lesson = &lessons[index];
    let (text_lang, text) = lesson.texts.resolve(lang, cx.languages);
    let rendered = &cx.site.lessons[&(lesson.slug.clone(), text_lang.to_string())];
    let path = Page::Lesson(&lesson.slug).path();
    let translated: Vec<&str> = lesson.texts.languages(cx.languages).collect();
    let page = cx.translated_page_view(lang, &text.title, &path, &translated, text_lang);
    let root = cx.urls.root(lang);
    let steps = (text.steps.iter().zip(&rendered.steps).enumerate())
        .map(|(index, (step, html))| {
            Ok(StepView {
                number: index + 1,
                anchor: step.anchor.clone(),
                title: step.title.clone(),
                html: body::body_html(cx, html, &root, text_lang, lang)?,
            })
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    let in_course: Vec<&Lesson> = lessons
        .iter()
        .filter(|l| l.course == lesson.course)
        .collect();
    let place = in_course.iter().position(|l| l.slug == lesson.slug);
    let neighbour = |offset: isize| {
        place
            .and_then(|p| p.checked_add_signed(offset))
            .and_then(|p| in_course.get(p))
            .map(|l| lesson_link(cx, l, lang))
    };
    let json_ld = how_to(&page, text, text_lang, lesson.duration);
    let view = LessonPage {
        lesson: lesson_summary(cx, lesson, lang),
        content_lang: text_lang.to_string(),
        fallback: cx.fallback(lang, text_lang, &path),
        stale: crate::resolve::translation::is_stale(&lesson.texts, text_lang, cx.languages),
        intro: body::body_html(cx, &rendered.intro, &root, text_lang, lang)?,
        steps,
        prerequisites: (lesson.prerequisites.iter())
            .filter_map(|slug| lessons.iter().find(|l| &l.slug == slug))
            .map(|l| lesson_link(cx, l, lang))
            .collect(),
        prev: neighbour(-1),
        next: neighbour(1),
        json_ld,
        page,
    };
    cx.output(&cx.urls.file_in(lang, &path), "lesson.html", &view)
}

fn lesson_list(
    cx: &Context,
    lang: &str,
    kind: &'static str,
    section: Section,
    named: &Named,
    lessons: Vec<&Lesson>,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let heading = cx.named_link(named, section, lang).title;
    let path = section.page(&named.id).path();
    let view = LessonListPage {
        page: cx.page_view(lang, &heading.text, &path, None),
        kind,
        heading,
        minutes: lessons.iter().map(|l| l.duration).sum(),
        lessons: (lessons.iter())
            .map(|l| lesson_summary(cx, l, lang))
            .collect(),
    };
    cx.output(
        &cx.urls.file_in(lang, &path),
        &format!("{kind}.html"),
        &view,
    )
}

/// The index of courses and audiences (`Page::Courses`), or of audiences alone
/// (`Page::Audiences`).
fn courses_page(cx: &Context, lang: &str, index: Page) -> Result<(String, Vec<u8>), Diagnostic> {
    let config = &cx.site.config;
    let lessons = &cx.site.content.lessons;
    let entries = |list: &[Named], section: Section, has: &dyn Fn(&Lesson, &str) -> bool| {
        list.iter()
            .map(|named| IndexEntry {
                link: cx.named_link(named, section, lang),
                count: lessons.iter().filter(|l| has(l, &named.id)).count(),
            })
            .collect()
    };
    let (title, courses, template) = match index {
        Page::Audiences => ("audiences-heading", Vec::new(), "audiences.html"),
        _ => (
            "nav-lessons",
            entries(&config.courses, Section::Courses, &|l, id| l.course == id),
            "courses.html",
        ),
    };
    let title = cx.ui(lang, title).text;
    let view = CoursesPage {
        page: cx.page_view(lang, &title, &index.path(), None),
        courses,
        audiences: entries(&config.audiences, Section::Audiences, &|l, id| {
            l.audiences.iter().any(|a| a == id)
        }),
    };
    cx.output(&cx.urls.file(lang, index), template, &view)
}

/// Every lesson of the site, course by course.
fn all_lessons_page(cx: &Context, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    let heading = cx.ui(lang, "nav-lessons");
    let lessons = &cx.site.content.lessons;
    let view = LessonListPage {
        page: cx.page_view(lang, &heading.text, &Page::Lessons.path(), None),
        kind: "lessons",
        heading,
        minutes: lessons.iter().map(|l| l.duration).sum(),
        lessons: lessons
            .iter()
            .map(|l| lesson_summary(cx, l, lang))
            .collect(),
    };
    cx.output(&cx.urls.file(lang, Page::Lessons), "lessons.html", &view)
}

/// schema.org `HowTo` for a lesson, in the language of its text.
fn how_to(
    page: &PageView,
    text: &crate::load::content::lesson::LessonText,
    text_lang: &str,
    minutes: u32,
) -> String {
    how_to_json_ld(&HowTo {
        name: &text.title,
        description: text.summary.as_deref(),
        in_language: text_lang,
        url: &page.url,
        minutes,
        steps: (text.steps.iter())
            .map(|step| HowToStep {
                name: &step.title,
                text: if step.text.is_empty() {
                    &step.title
                } else {
                    &step.text
                },
                url: format!("{}#{}", page.url, step.anchor),
            })
            .collect(),
    })
}
