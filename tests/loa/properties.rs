//! Properties of whole builds. The order in which files are found does not change the output:
//! articles read from a shuffled file list render byte-identical sites. And a build into an
//! existing output folder (which reuses unchanged files) after any sequence of edits equals a
//! clean build into a fresh folder.

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
    RemoveTranslation,
    AddArticle(u8),
    DeleteArticle,
}

const ORIGINAL: &str = "content/articles/ngay-hoi-so.md";
const TRANSLATION: &str = "content/articles/ngay-hoi-so.en.md";
const SECOND: &str = "content/articles/bai-thu-hai.md";

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<u8>().prop_map(Edit::Title),
        any::<u8>().prop_map(Edit::Body),
        any::<u8>().prop_map(Edit::AddTranslation),
        Just(Edit::RemoveTranslation),
        any::<u8>().prop_map(Edit::AddArticle),
        Just(Edit::DeleteArticle),
    ]
}

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
    fn a_rebuild_after_any_edits_equals_a_clean_build(
        edits in proptest::collection::vec(edit(), 1..5)
    ) {
        let site = SiteCopy::new("serve");
        let first = site.loa(&["build", ".", "--output", "../reused"]);
        prop_assert_eq!(first.code, Some(0), "{}", first.stderr);
        for edit in &edits {
            apply(&site, edit);
            let rebuilt = site.loa(&["build", ".", "--output", "../reused"]);
            prop_assert_eq!(rebuilt.code, Some(0), "{:?}: {}", edit, rebuilt.stderr);
        }
        let clean = site.loa(&["build", ".", "--output", "../clean"]);
        prop_assert_eq!(clean.code, Some(0), "{}", clean.stderr);
        let parent = site.dir.parent().expect("a temporary folder");
        let (reused, clean) = (tree(&parent.join("reused")), tree(&parent.join("clean")));
        prop_assert_eq!(
            reused.keys().collect::<Vec<_>>(),
            clean.keys().collect::<Vec<_>>()
        );
        for (name, bytes) in &clean {
            prop_assert!(&reused[name] == bytes, "{} differs after {:?}", name, edits);
        }
    }
}
