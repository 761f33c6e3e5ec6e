//! Properties of whole builds. The order in which files are found does not change the output:
//! articles read from a shuffled file list render byte-identical sites. And a build into an
//! existing output folder (which renders only what changed since the last build into it, and
//! reuses unchanged files) equals a clean build into a fresh folder after every edit of any
//! sequence: of articles, of the other sources, of the output folder itself, of the render
//! cache.

use std::collections::BTreeMap;

use crate::support::{self, SiteCopy, tree};
use loa::load::content::{LoadOptions, article, source};
use loa::resolve::site::{Site, SiteOptions};
use loa::write::MemorySink;
use proptest::prelude::*;

/// Every file of a rendered site, by path.
fn render(site: &Site) -> BTreeMap<String, Vec<u8>> {
    let sink = MemorySink::default();
    loa::render::render_site(site, &sink).expect("the fixture renders");
    sink.into_files()
}

/// A temporary copy of `tests/fixtures/<name>`: rendering writes share-card caches into the site.
fn fixture(name: &str) -> support::Site {
    support::Site::fixture(name)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn the_order_files_are_found_in_does_not_change_the_site(seed in any::<u64>()) {
        let copy = fixture("pagination/five-articles");
        let options = SiteOptions {
            site_dir: copy.dir.clone(),
            ..SiteOptions::default()
        };
        let mut site = Site::load(&options).expect("the fixture loads");
        let expected = render(&site);
        let config = &site.config;
        let mut files = source::discover(
            &config.site_dir,
            &config.site_dir.join("content").join(article::DIR),
            article::EXTENSION,
            &config.languages,
        )
        .expect("the articles are read");
        prop_assert!(files.len() >= 5);
        // A Fisher-Yates shuffle driven by the seed.
        let mut state = seed | 1;
        for index in (1..files.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            files.swap(index, (state % (index as u64 + 1)) as usize);
        }
        site.content.articles = article::from_files(files, config, LoadOptions::default())
            .expect("the shuffled articles parse");
        prop_assert!(render(&site) == expected, "a shuffled walk changed the output");
    }
}

/// An edit an editor makes to the serve fixture's site.
#[derive(Debug, Clone)]
enum Edit {
    Title(u8),
    Body(u8),
    AddTranslation(u8),
    /// The translation written with tags of its own, in its language's words.
    TranslatedTags(u8),
    RemoveTranslation,
    AddArticle(u8),
    DeleteArticle,
    /// The site title in `loa.yaml`.
    SiteTitle(u8),
    /// A UI string, in the site's own `i18n/vi.ftl`.
    UiString(u8),
    /// A static file added or changed.
    StaticFile(u8),
    /// A lesson's text.
    Lesson(u8),
    /// A page of the last build changed by hand in the output folder.
    TamperOutput(u8),
    /// The render cache left damaged (a disk that filled up, a killed copy).
    DamageCache,
    /// A file no build wrote, dropped into the output folder.
    ForeignOutputFile,
    /// The previous site kept beside the output (`.loa-previous-reused`) changed by hand: a
    /// every file rewritten as a new file, a stranger's file, a folder turned into a file.
    TamperPreviousSite(u8),
    /// Nothing: the same site built again.
    Nothing,
}

const ORIGINAL: &str = "content/articles/ngay-hoi-so.md";
const TRANSLATION: &str = "content/articles/ngay-hoi-so.en.md";
const SECOND: &str = "content/articles/bai-thu-hai.md";

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<u8>().prop_map(Edit::Title),
        any::<u8>().prop_map(Edit::Body),
        any::<u8>().prop_map(Edit::AddTranslation),
        any::<u8>().prop_map(Edit::TranslatedTags),
        Just(Edit::RemoveTranslation),
        any::<u8>().prop_map(Edit::AddArticle),
        Just(Edit::DeleteArticle),
        any::<u8>().prop_map(Edit::SiteTitle),
        any::<u8>().prop_map(Edit::UiString),
        any::<u8>().prop_map(Edit::StaticFile),
        any::<u8>().prop_map(Edit::Lesson),
        any::<u8>().prop_map(Edit::TamperOutput),
        Just(Edit::DamageCache),
        Just(Edit::ForeignOutputFile),
        any::<u8>().prop_map(Edit::TamperPreviousSite),
        Just(Edit::Nothing),
    ]
}

const LESSON: &str = "content/lessons/quet-ma-qr.md";

fn apply(site: &SiteCopy, edit: &Edit) {
    let original = site.read(ORIGINAL);
    match edit {
        Edit::Title(n) => site.write(
            ORIGINAL,
            &replace_line(&original, "title: ", &format!("title: \"Ngày hội số {n}\"")),
        ),
        Edit::Body(n) => {
            let end = original.find("## ").expect("a body");
            site.write(
                ORIGINAL,
                &format!("{}## Chương trình {n}\n\nNội dung {n}.\n", &original[..end]),
            );
        }
        Edit::AddTranslation(n) => site.write(
            TRANSLATION,
            &format!("---\ntitle: \"Digital day {n}\"\n---\n\nThe English text {n}.\n"),
        ),
        Edit::TranslatedTags(n) => site.write(
            TRANSLATION,
            &format!(
                "---\ntitle: \"Digital day\"\ntags: [\"Digital day {}\", \"VNeID\"]\n---\n\nThe English text.\n",
                n % 3
            ),
        ),
        Edit::RemoveTranslation => {
            let _ = std::fs::remove_file(site.path(TRANSLATION));
        }
        Edit::AddArticle(n) => site.write(
            SECOND,
            &format!(
                "---\ntitle: \"Bài thứ hai {n}\"\ndate: 2025-10-{:02}\ncolumn: tin-tuc\n---\n\nNội dung {n}.\n",
                1 + n % 28
            ),
        ),
        Edit::DeleteArticle => {
            let _ = std::fs::remove_file(site.path(SECOND));
        }
        Edit::SiteTitle(n) => {
            let config = site.read("loa.yaml");
            let line = format!("  vi: \"Trang thử {n}\"");
            site.write("loa.yaml", &replace_line(&config, "  vi: \"Trang thử", &line));
        }
        Edit::UiString(n) => site.write("i18n/vi.ftl", &format!("search-title = Tìm kiếm {n}\n")),
        Edit::StaticFile(n) => site.write("static/ghi-chu.txt", &format!("Ghi chú {n}\n")),
        Edit::Lesson(n) => {
            let lesson = site.read(LESSON);
            site.write(LESSON, &format!("{lesson}\nMột bước nữa {n}.\n"));
        }
        Edit::TamperOutput(n) => {
            let page = site.dir.parent().expect("a temporary folder").join("reused/index.html");
            let _ = std::fs::write(page, format!("<p>sửa tay {n}</p>"));
        }
        Edit::ForeignOutputFile => {
            let output = site.dir.parent().expect("a temporary folder").join("reused");
            let _ = std::fs::write(output.join("ghi-chu-rieng.txt"), "không phải của loa");
        }
        Edit::TamperPreviousSite(n) => {
            let previous = site.dir.parent().expect("a temporary folder").join(".loa-previous-reused");
            for page in walkdir::WalkDir::new(&previous).into_iter().flatten() {
                if page.file_type().is_file() {
                    let _ = std::fs::remove_file(page.path());
                    let _ = std::fs::write(page.path(), format!("<p>sửa tay {n}</p>"));
                }
            }
            let _ = std::fs::write(previous.join("ghi-chu-rieng.txt"), "không phải của loa");
            let _ = std::fs::remove_dir_all(previous.join("articles"));
            let _ = std::fs::write(previous.join("articles"), "một tệp");
        }
        Edit::Nothing => {}
        Edit::DamageCache => {
            let cache = site.path(".loa-cache/render");
            for entry in std::fs::read_dir(cache).into_iter().flatten().flatten() {
                let _ = std::fs::write(entry.path(), b"\x00\x01 not a render");
            }
        }
    }
}

fn replace_line(text: &str, prefix: &str, line: &str) -> String {
    text.lines()
        .map(|current| {
            if current.starts_with(prefix) {
                line
            } else {
                current
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn a_rebuild_after_each_of_any_edits_equals_a_clean_build(
        edits in proptest::collection::vec(edit(), 1..6)
    ) {
        let site = SiteCopy::new("serve");
        let first = site.loa(&["build", ".", "--output", "../reused"]);
        prop_assert_eq!(first.code, Some(0), "{}", first.stderr);
        let parent = site.dir.parent().expect("a temporary folder").to_path_buf();
        for (step, edit) in edits.iter().enumerate() {
            apply(&site, edit);
            let rebuilt = site.loa(&["build", ".", "--output", "../reused"]);
            prop_assert_eq!(rebuilt.code, Some(0), "{:?}: {}", edit, rebuilt.stderr);
            // A folder no build wrote into before, so that no render is kept for it.
            let clean_dir = format!("../clean-{step}");
            let clean = site.loa(&["build", ".", "--output", &clean_dir]);
            prop_assert_eq!(clean.code, Some(0), "{}", clean.stderr);
            let clean_dir = parent.join(format!("clean-{step}"));
            let (reused, clean) = (tree(&parent.join("reused")), tree(&clean_dir));
            prop_assert_eq!(
                reused.keys().collect::<Vec<_>>(),
                clean.keys().collect::<Vec<_>>(),
                "after {:?}", &edits[..=step]
            );
            for (name, bytes) in &clean {
                prop_assert!(&reused[name] == bytes, "{} differs after {:?}", name, &edits[..=step]);
            }
            std::fs::remove_dir_all(clean_dir).expect("the clean build is removed");
        }
    }
}
