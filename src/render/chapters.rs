//! The JSON chapters file of each segment recording with `chapters:`, in every language of the
//! site (Podcasting 2.0 JSON chapters, version 1.2.0): each chapter's start in seconds and its
//! title in the reader's language, or in the language their fallback chain leads to.

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::content::chapters::Chapter;
use crate::render::PageKind;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::segment;
use crate::urls::Page;

/// The chapters of one `media:` item of an article, in one language.
#[derive(Debug, Clone)]
pub(super) struct Job {
    /// Position in `site.content.articles`.
    index: usize,
    /// The item's position in `media:`, from 0.
    item: usize,
    lang: String,
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let mut jobs = Vec::new();
        for (index, article) in cx.site.content.articles.iter().enumerate() {
            let items = article.texts.original().media.iter().enumerate();
            let with_chapters = items.filter(|(_, version)| version.chapters.is_some());
            for (item, _) in with_chapters {
                jobs.extend(cx.languages.codes().map(|lang| Job {
                    index,
                    item,
                    lang: lang.to_string(),
                }));
            }
        }
        jobs
    }

    fn reads(&self, _: &Context) -> Reads {
        Reads {
            articles: vec![self.index],
            inputs: hash_of(&()),
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let article = &cx.site.content.articles[self.index];
        let page = Page::Chapters {
            article: article.slug_in(&self.lang),
            item: self.item + 1,
        };
        let file = cx.urls.file(&self.lang, page);
        let (chapters, _) = segment::reader_chapters(cx, article, self.item, &self.lang)
            .ok_or_else(|| Diagnostic::error(Problem::Output, &file, "the item has no chapters"))?;
        let json = JsonChapters::new(chapters);
        let mut bytes = serde_json::to_vec_pretty(&json)
            .map_err(|error| Diagnostic::error(Problem::Output, &file, error.to_string()))?;
        bytes.push(b'\n');
        Ok(vec![(file, bytes)])
    }

    fn lang(&self) -> Option<&str> {
        None
    }

    fn budget_kind(&self) -> &'static str {
        ""
    }

    fn key(&self, cx: &Context) -> Option<String> {
        let slug = &cx.site.content.articles[self.index].slug;
        Some(format!("chapters {slug} {} {}", self.item, self.lang))
    }
}

/// A JSON chapters file (<https://github.com/Podcastindex-org/podcast-namespace>,
/// `chapters/jsonChapters.md`).
#[derive(Debug, Serialize)]
struct JsonChapters<'a> {
    version: &'static str,
    chapters: Vec<JsonChapter<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonChapter<'a> {
    /// Seconds: a whole number when the start is a whole second.
    start_time: serde_json::Number,
    title: &'a str,
}

impl<'a> JsonChapters<'a> {
    fn new(chapters: &'a [Chapter]) -> JsonChapters<'a> {
        let seconds = |ms: u64| {
            if ms.is_multiple_of(1000) {
                serde_json::Number::from(ms / 1000)
            } else {
                serde_json::Number::from_f64(ms as f64 / 1000.0)
                    .unwrap_or_else(|| serde_json::Number::from(ms / 1000))
            }
        };
        JsonChapters {
            version: "1.2.0",
            chapters: (chapters.iter())
                .map(|chapter| JsonChapter {
                    start_time: seconds(chapter.start_ms),
                    title: &chapter.title,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_chapters_give_seconds_as_numbers() {
        let chapter = |start_ms, title: &str| Chapter {
            start_ms,
            title: title.into(),
            line: 1,
        };
        let chapters = [
            chapter(0, "Mở đầu"),
            chapter(65_000, "A"),
            chapter(70_500, "B"),
        ];
        let json = serde_json::to_string(&JsonChapters::new(&chapters)).unwrap();
        assert_eq!(
            json,
            r#"{"version":"1.2.0","chapters":[{"startTime":0,"title":"Mở đầu"},{"startTime":65,"title":"A"},{"startTime":70.5,"title":"B"}]}"#
        );
    }
}
