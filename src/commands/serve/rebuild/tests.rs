//! The dev server's rebuild path against clean builds of the same edited site.

use super::*;
use crate::write::MemorySink;

/// A site of a few articles in three languages, with two columns, tags, links between
/// articles, translations and pagination, so that one edit touches many kinds of files.
pub(super) fn write_site(dir: &Path) {
    std::fs::write(
        dir.join("loa.yaml"),
        "title: {vi: \"Trang thử\", en: \"Test site\"}\n\
         base_url: \"https://example.vn\"\n\
         default_language: vi\n\
         languages:\n  - {code: vi, name: \"Tiếng Việt\"}\n  - {code: en, name: English}\n  \
         - {code: tyz, name: \"Tày\"}\n\
         columns:\n  - {id: tin-tuc, title: {vi: \"Tin tức\", en: News}}\n  \
         - {id: huong-dan, title: {vi: \"Hướng dẫn\"}}\n\
         paginate: 2\n",
    )
    .unwrap();
    let articles = dir.join("content/articles");
    std::fs::create_dir_all(&articles).unwrap();
    for n in 1..=7 {
        let column = if n % 2 == 0 { "tin-tuc" } else { "huong-dan" };
        let tags = ["Kỹ năng số", "QR", "Dịch vụ công"][..1 + n % 3].join("\", \"");
        let link = format!("a-{}", if n == 7 { 1 } else { n + 1 });
        std::fs::write(
            articles.join(format!("a-{n}.md")),
            format!(
                "---\ntitle: \"Bài số {n}\"\ndate: 2025-0{n}-10\ncolumn: {column}\n\
                 tags: [\"{tags}\"]\nsummary: \"Tóm tắt {n}\"\n---\n\n## Mở đầu\n\n\
                 Nội dung bài {n}, xem [bài sau](@/articles/{link}).\n"
            ),
        )
        .unwrap();
        if n % 3 == 0 {
            std::fs::write(
                articles.join(format!("a-{n}.en.md")),
                format!("---\ntitle: \"Article {n}\"\n---\n\nText of article {n}.\n"),
            )
            .unwrap();
        }
    }
}

/// The dev server's first, full build of the site in `dir`.
fn first_build(dir: &Path, base_url: Option<String>) -> (SiteOptions, Workspace, Built) {
    let options = SiteOptions {
        site_dir: dir.to_path_buf(),
        base_url,
        drafts: false,
        posters_for: None,
        ..SiteOptions::default()
    };
    let (workspace, first) = first_build_with(&options);
    (options, workspace, first)
}

pub(super) fn first_build_with(options: &SiteOptions) -> (Workspace, Built) {
    let mut workspace = Workspace::new(options.clone());
    let full = Changes {
        full: true,
        ..Changes::default()
    };
    let first = workspace.build(&full, &|_, _| {}).unwrap();
    (workspace, first)
}

/// `loa build`'s files, in memory.
pub(super) fn clean_build(options: &SiteOptions) -> Result<BTreeMap<String, Vec<u8>>, Diagnostics> {
    let site = Site::load(options)?;
    let sink = MemorySink::default();
    render::render_site(&site, &sink)?;
    Ok(sink.into_files())
}

/// Rebuilds after the `edited` paths changed as `loa serve` does: the paths sorted as the
/// watcher's are, and on success the rebuild's files replace `served`, the dev server's
/// published files, while the files served until then go back to the workspace.
pub(super) fn serve_rebuild(
    workspace: &mut Workspace,
    served: &mut Arc<Files>,
    options: &SiteOptions,
    edited: &[PathBuf],
) -> Result<Built, Diagnostics> {
    let changes = Changes::classify(&options.site_dir, edited.iter().cloned());
    let built = workspace.build(&changes, &|_, _| {})?;
    workspace.recycle(std::mem::replace(served, built.files.clone()));
    Ok(built)
}

/// Applies `edit` to the files, rebuilds through the dev server's path, and checks every
/// file against a clean build of the edited site.
fn assert_rebuild_is_clean(
    workspace: &mut Workspace,
    served: &mut Arc<Files>,
    options: &SiteOptions,
    what: &str,
    edited: &[PathBuf],
) -> Built {
    let built = serve_rebuild(workspace, served, options, edited)
        .unwrap_or_else(|e| panic!("{what}: the rebuild fails: {e:?}"));
    let clean = clean_build(options).expect("the edited site builds");
    assert_same_files(&built.files, &clean, what);
    assert_eq!(built.stats.files, clean.len(), "{what}: file count");
    built
}

/// Asserts that the `served` files are the `clean` ones, byte for byte.
pub(super) fn assert_same_files(served: &Files, clean: &BTreeMap<String, Vec<u8>>, what: &str) {
    let served: BTreeMap<&String, &[u8]> = served.iter().map(|(k, v)| (k, v.as_slice())).collect();
    let missing: Vec<&String> = clean.keys().filter(|k| !served.contains_key(k)).collect();
    let extra: Vec<&&String> = served.keys().filter(|k| !clean.contains_key(**k)).collect();
    assert!(missing.is_empty(), "{what}: files missing: {missing:?}");
    assert!(
        extra.is_empty(),
        "{what}: files that should be gone: {extra:?}"
    );
    let differ: Vec<&String> = clean
        .iter()
        .filter(|(path, bytes)| served[path] != bytes.as_slice())
        .map(|(path, _)| path)
        .collect();
    assert!(differ.is_empty(), "{what}: files that differ: {differ:?}");
}

/// Khmer pages load a web font subset to the characters of the site's sources: an edit that
/// brings a new letter, or takes the last one of a letter away, changes the font and so
/// every Khmer page that names it.
#[test]
fn an_edit_that_changes_the_web_fonts_letters_rebuilds_like_a_clean_build() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().to_path_buf();
    std::fs::write(
        dir.join("loa.yaml"),
        "title: {vi: \"Trang thử\", km: \"គេហទំព័រ\"}\n\
         base_url: \"https://example.vn\"\n\
         default_language: vi\n\
         languages:\n  - {code: vi, name: \"Tiếng Việt\"}\n  - {code: km, name: \"ខ្មែរ\"}\n\
         columns:\n  - {id: tin-tuc, title: {vi: \"Tin tức\"}}\n\
         share_images: none\n",
    )
    .unwrap();
    let articles = dir.join("content/articles");
    std::fs::create_dir_all(&articles).unwrap();
    std::fs::write(
        articles.join("a.md"),
        "---\ntitle: \"Bài\"\ndate: 2025-01-10\ncolumn: tin-tuc\n---\n\nNội dung.\n",
    )
    .unwrap();
    let khmer = articles.join("a.km.md");
    std::fs::write(&khmer, "---\ntitle: \"អត្ថបទ\"\n---\n\nការអប់រំ\n").unwrap();
    let (options, mut workspace, first) = first_build(&dir, None);
    let font = |files: &Files| {
        let names: Vec<String> = files
            .keys()
            .filter(|path| path.starts_with("fonts/") && path.ends_with(".woff2"))
            .cloned()
            .collect();
        assert_eq!(names.len(), 1, "one Khmer font: {names:?}");
        names[0].clone()
    };
    let before = font(&first.files);
    let mut served = first.files.clone();
    // Writes the Khmer text and rebuilds; the font of the rebuilt site.
    let mut rebuild_with = |body: &str, what: &str| {
        std::fs::write(&khmer, format!("---\ntitle: \"អត្ថបទ\"\n---\n\n{body}\n")).unwrap();
        let edited = std::slice::from_ref(&khmer);
        font(&assert_rebuild_is_clean(&mut workspace, &mut served, &options, what, edited).files)
    };
    let added = rebuild_with("ការអប់រំ ឨ ៜ", "new letters");
    assert_ne!(added, before, "the new letters change the font");
    let removed = rebuild_with("ការអប់រំ", "letters gone");
    assert_eq!(removed, before, "the same letters, the same font");
}

/// A transcript edit reads that file alone and renders again only the segment's pages, its
/// SRT copy and the file, which are then those of a clean build; a new transcript file reads
/// every static file.
#[test]
fn a_transcript_edit_renders_its_segment_again_like_a_clean_build() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().to_path_buf();
    std::fs::write(
        dir.join("loa.yaml"),
        "title: {vi: \"Trang thử\"}\nbase_url: \"https://example.vn\"\ndefault_language: vi\n\
         languages:\n  - {code: vi, name: \"Tiếng Việt\"}\n  - {code: en, name: \"English\"}\n\
         columns:\n  - {id: tin-tuc, title: {vi: \"Tin tức\"}}\nshare_images: none\n",
    )
    .unwrap();
    let articles = dir.join("content/articles");
    let media = dir.join("static/media");
    std::fs::create_dir_all(&articles).unwrap();
    std::fs::create_dir_all(&media).unwrap();
    let mp3 = concat!(env!("CARGO_MANIFEST_DIR"), "/static/media/bdhvs-tap-1.mp3");
    std::fs::copy(mp3, media.join("a.mp3")).unwrap();
    let vtt = media.join("a.vtt");
    let cue = |text: &str| format!("WEBVTT\n\n00:00.000 --> 00:03.000\n{text}\n");
    std::fs::write(&vtt, cue("Lời cũ")).unwrap();
    std::fs::write(
        articles.join("a.md"),
        "---\ntitle: \"Bản tin\"\ndate: 2025-01-10\ncolumn: tin-tuc\nmedia:\n  - file: /media/a.mp3\n    transcript: /media/a.vtt\n---\n\nNội dung.\n",
    )
    .unwrap();
    std::fs::write(
        articles.join("b.md"),
        "---\ntitle: \"Bài khác\"\ndate: 2025-01-11\ncolumn: tin-tuc\n---\n\nNội dung.\n",
    )
    .unwrap();
    let (options, mut workspace, first) = first_build(&dir, None);
    let mut served = first.files.clone();
    std::fs::write(&vtt, cue("Lời mới")).unwrap();
    let edited = std::slice::from_ref(&vtt);
    let changes = Changes::classify(&dir, edited.iter().cloned());
    assert_eq!(changes.transcripts.len(), 1, "{changes:?}");
    assert!(!changes.statics);
    let built =
        assert_rebuild_is_clean(&mut workspace, &mut served, &options, "transcript", edited);
    assert!(!built.full);
    assert!(
        built.rendered < first.rendered / 2,
        "{} of {} files rendered again",
        built.rendered,
        first.rendered
    );
    let page = String::from_utf8_lossy(&built.files["articles/a/index.html"]).into_owned();
    assert!(page.contains("Lời mới"), "{page}");
    assert!(String::from_utf8_lossy(&built.files["media/a.srt"]).contains("Lời mới"));
    assert_eq!(
        built.files["media/a.vtt"].as_slice(),
        cue("Lời mới").as_bytes()
    );
    // A transcript file that was not there: every static file is read.
    let other = media.join("a.en.vtt");
    std::fs::write(&other, cue("New words")).unwrap();
    let changes = Changes::classify(&dir, [other.clone()]);
    assert_eq!(changes.transcripts.len(), 1, "{changes:?}");
    std::fs::write(
        articles.join("a.en.md"),
        "---\ntitle: \"Bulletin\"\nmedia:\n  - transcript: /media/a.en.vtt\n---\n\nText.\n",
    )
    .unwrap();
    let edited = [other, articles.join("a.en.md")];
    let built = assert_rebuild_is_clean(&mut workspace, &mut served, &options, "new", &edited);
    let english = String::from_utf8_lossy(&built.files["en/articles/a/index.html"]).into_owned();
    assert!(english.contains("New words"), "{english}");
}

#[test]
fn incremental_rebuilds_equal_clean_builds() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().to_path_buf();
    write_site(&dir);
    let (options, mut workspace, first) = first_build(&dir, Some("http://127.0.0.1:1111".into()));
    let total = first.stats.files;
    let mut served = first.files.clone();
    let articles = dir.join("content/articles");
    let path = |name: &str| articles.join(name);
    let edit = |name: &str, from: &str, to: &str| {
        let text = std::fs::read_to_string(path(name)).unwrap();
        assert!(text.contains(from), "{name} contains {from}");
        std::fs::write(path(name), text.replacen(from, to, 1)).unwrap();
        vec![path(name)]
    };

    let body = edit("a-4.md", "Nội dung bài 4", "Nội dung mới của bài 4");
    let built = assert_rebuild_is_clean(&mut workspace, &mut served, &options, "body", &body);
    assert!(!built.full);
    assert!(
        built.rendered < total / 2,
        "a body edit renders {} of {total} files",
        built.rendered
    );
    let same = assert_rebuild_is_clean(&mut workspace, &mut served, &options, "touch", &body);
    assert!(
        same.rendered < built.rendered,
        "a save without changes renders less"
    );

    let title = edit("a-5.md", "Bài số 5", "Tiêu đề mới");
    assert_rebuild_is_clean(&mut workspace, &mut served, &options, "title", &title);
    let date = edit("a-2.md", "2025-02-10", "2025-09-30");
    assert_rebuild_is_clean(&mut workspace, &mut served, &options, "date", &date);
    let tags = edit(
        "a-1.md",
        "tags: [\"Kỹ năng số\", \"QR\"]",
        "tags: [\"Mới\"]",
    );
    assert_rebuild_is_clean(&mut workspace, &mut served, &options, "tags", &tags);
    // The same tag slug in another spelling: the layout holds its first-seen spelling.
    let spelling = edit("a-2.md", "\"QR\"", "\"Qr\"");
    assert_rebuild_is_clean(&mut workspace, &mut served, &options, "spelling", &spelling);
    let column = edit("a-3.md", "column: huong-dan", "column: tin-tuc");
    assert_rebuild_is_clean(&mut workspace, &mut served, &options, "column", &column);

    let translation = path("a-4.tyz.md");
    std::fs::write(
        &translation,
        "---\ntitle: \"Bài Tày\"\n---\n\nCâu chữ Tày.\n",
    )
    .unwrap();
    assert_rebuild_is_clean(
        &mut workspace,
        &mut served,
        &options,
        "new translation",
        &[translation],
    );
    let gone = path("a-6.en.md");
    std::fs::remove_file(&gone).unwrap();
    assert_rebuild_is_clean(
        &mut workspace,
        &mut served,
        &options,
        "deleted translation",
        &[gone],
    );

    let added = path("b-new.md");
    std::fs::write(
        &added,
        "---\ntitle: \"Bài mới\"\ndate: 2025-08-01\ncolumn: tin-tuc\ntags: [\"QR\"]\n---\n\n\
         Bài mới, xem [bài 2](@/articles/a-2).\n",
    )
    .unwrap();
    let built = assert_rebuild_is_clean(
        &mut workspace,
        &mut served,
        &options,
        "added",
        std::slice::from_ref(&added),
    );
    assert!(!built.full, "adding an article needs no full load");
    std::fs::remove_file(&added).unwrap();
    let built = assert_rebuild_is_clean(&mut workspace, &mut served, &options, "deleted", &[added]);
    assert!(
        !built.full,
        "removing an article nothing links to needs no full load"
    );
    let linked = path("a-2.md");
    std::fs::remove_file(&linked).unwrap();
    let changes = Changes::classify(&dir, [linked]);
    assert!(
        workspace.build(&changes, &|_, _| {}).is_err(),
        "a link to a deleted article is an error"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The QR corner's posters are jobs that write several files each (a commune's wall, a
/// page's poster): rebuilds keep, replace and remove all of a job's files.
#[test]
fn incremental_rebuilds_with_posters_equal_clean_builds() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("site");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/qrcorner/site"),
        &dir,
    );
    let (options, mut workspace, first) = first_build(&dir, None);
    let mut served = first.files.clone();
    let page_poster = "posters/pages/goc-qr-xa-a";
    for file in [
        "posters/xa-a/qr-corner.pdf",
        "posters/xa-a/1.001193.svg",
        "posters/xa-b/1.004222.pdf",
        &format!("{page_poster}.pdf"),
    ] {
        assert!(first.files.contains_key(file), "{file}");
    }
    let article = dir.join("content/articles/goc-qr-xa-a.md");
    let edit = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&article).unwrap();
        assert!(text.contains(from), "the article contains {from}");
        std::fs::write(&article, text.replacen(from, to, 1)).unwrap();
        vec![article.clone()]
    };

    let title = edit("Xã A mở Góc QR thủ tục hành chính", "Góc QR mới");
    let built = assert_rebuild_is_clean(
        &mut workspace,
        &mut served,
        &options,
        "poster title",
        &title,
    );
    let svg = String::from_utf8_lossy(&built.files[&format!("{page_poster}.svg")]);
    assert!(svg.contains("Góc QR mới"), "{svg}");
    assert_eq!(
        built.files["posters/xa-a/qr-corner.pdf"],
        first.files["posters/xa-a/qr-corner.pdf"]
    );

    let no_poster = edit("poster: true", "poster: false");
    let built = assert_rebuild_is_clean(
        &mut workspace,
        &mut served,
        &options,
        "no poster",
        &no_poster,
    );
    assert!(!built.files.contains_key(&format!("{page_poster}.svg")));
    assert!(built.files.contains_key("posters/xa-a/qr-corner.pdf"));
}

#[test]
fn paths_are_sorted_by_what_they_touch() {
    let site = Path::new("/site");
    let changes =
        |paths: &[&str]| Changes::classify(site, paths.iter().map(|path| site.join(path)));
    let article = changes(&["content/articles/a.md", "content/articles/.a.md.swp"]);
    assert_eq!(
        article.articles,
        BTreeSet::from([site.join("content/articles/a.md")])
    );
    assert!(!article.full);
    assert!(changes(&["loa.yaml"]).full);
    assert!(changes(&["content/lessons/a.md"]).full);
    assert!(changes(&["content/infographics/a.km.yaml"]).full);
    assert!(changes(&["i18n"]).full);
    assert!(changes(&["themes/default/templates/base.html"]).theme);
    assert!(changes(&["i18n/km.ftl"]).ui);
    assert!(changes(&["static/images/a.svg"]).statics);
    assert!(changes(&["public/index.html", "README.md", "content/articles/a.md~"]).is_empty());
    // loa's own cache of share images, written by every build.
    assert!(changes(&[".loa-cache", ".loa-cache/share/0a1b.png"]).is_empty());
}
