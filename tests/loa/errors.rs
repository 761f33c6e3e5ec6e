//! Bad inputs: each one fails the build with exit code 1, names the file (relative to the site)
//! and the line, says what is wrong, and leaves the previous output exactly as it was. The
//! fixtures are under `tests/fixtures/errors/<case>/`, laid over `errors/base/`.

use crate::support::assert_bad_input;

/// `name: "case" => "file", line, "key phrase";` — one test per bad input.
macro_rules! bad_inputs {
    ($($name:ident: $case:literal => $path:literal, $line:literal, $phrase:literal;)*) => {
        $(
            #[test]
            fn $name() {
                assert_bad_input($case, &[($path, $line, $phrase)]);
            }
        )*
    };
}

bad_inputs! {
    broken_yaml_in_front_matter: "broken-yaml"
        => "content/articles/bad.md", 4, "mapping values are not allowed";
    // A missing key has no line of its own: the YAML parser names the end of the block.
    missing_title: "missing-title"
        => "content/articles/bad.md", 4, "missing required key `title`";
    tags_of_the_wrong_type: "wrong-type-tags"
        => "content/articles/bad.md", 5, "tags: expected a list of strings, found the number 5";
    a_string_for_a_list_names_the_field_and_the_item_type: "wrong-type-nested"
        => "content/articles/bad.md", 5, "authors: expected a list of strings, found a string";
    date_that_is_not_a_day: "bad-date-feb-30"
        => "content/articles/bad.md", 3, "`2025-02-30` is not a day of the calendar";
    date_written_day_first: "bad-date-day-first"
        => "content/articles/bad.md", 4, "write it as YYYY-MM-DD";
    unknown_column_suggests_the_closest: "unknown-column"
        => "content/articles/bad.md", 5, "did you mean `huong-dan`?";
    unknown_front_matter_key_suggests_the_closest: "unknown-key-typo"
        => "content/articles/bad.md", 4, "unknown key `titel`; did you mean `title`?";
    unknown_key_in_loa_yaml: "unknown-config-key"
        => "loa.yaml", 16, "unknown key `paginat`; did you mean `paginate`?";
    translation_in_a_language_the_site_lacks: "unknown-translation-language"
        => "content/articles/bai-mot.fr.md", 1, "language `fr`, which is not in `languages`";
    translation_without_original: "translation-without-original"
        => "content/articles/bai-ba.en.md", 1, "this translation has no original";
    two_articles_with_one_slug: "duplicate-slug"
        => "content/articles/bai-ba.md", 5, "content/articles/bai-mot.md both have the slug `bai-mot`";
    internal_link_to_a_missing_article: "broken-internal-link"
        => "content/articles/bad.md", 9, "`@/articles/missing` points at a page that does not exist";
    syntax_error_in_a_site_template: "template-syntax"
        => "themes/default/templates/article.html", 4, "Failed to parse 'article.html'";
    // Reported once for all the pages the template fails on, at the line of the name.
    undefined_variable_in_a_site_template_is_reported_once: "template-undefined-variable"
        => "themes/default/templates/article.html", 3, "unknown variable `article.titel.text`: the page has no such value (in 4 pages)";
    unknown_filter_in_a_site_template_is_reported_once: "template-unknown-filter"
        => "themes/default/templates/article.html", 3, "unknown filter `shout` (in 4 pages)";
    block_that_the_parent_template_lacks: "template-unknown-block"
        => "themes/default/templates/article.html", 5, "`base.html` and its parents have no block `sidebar`";
    file_that_is_not_utf8: "not-utf8"
        => "content/articles/bad.md", 8, "not UTF-8";
    missing_front_matter: "missing-front-matter"
        => "content/articles/bad.md", 1, "expected front matter";
    image_that_does_not_exist: "missing-image"
        => "content/articles/bad.md", 5, "expected the file static/images/khong-co.svg";
    media_file_that_does_not_exist: "media-missing-file"
        => "content/articles/bad.md", 6, "expected the file static/media/khong-co.mp3";
    media_with_a_codec_browsers_do_not_play: "media-unsupported-codec"
        => "content/articles/bad.md", 6, "holds FLAC audio";
    media_file_that_is_truncated: "media-corrupt"
        => "content/articles/bad.md", 7, "`/media/cut.mp4` is damaged or truncated";
    media_file_that_is_not_media: "media-not-media"
        => "content/articles/bad.md", 6, "is not a media file loa reads";
    media_url_outside_the_trusted_domains: "media-untrusted-url"
        => "content/articles/bad.md", 6, "no `trusted_domains`";
    remote_media_without_its_length: "media-remote-without-length"
        => "content/articles/bad.md", 6, "needs `length`";
    transcript_named_for_another_language: "transcript-wrong-language"
        => "content/articles/bad.md", 7, "named as a `en` transcript";
    webvtt_cue_out_of_order: "transcript-out-of-order"
        => "static/media/a.vtt", 6, "cues must be in order";
    webvtt_cues_that_overlap: "transcript-overlap"
        => "static/media/a.vtt", 6, "cues must not overlap";
    segment_without_a_transcript: "transcript-missing"
        => "content/articles/bad.md", 6, "a segment needs a transcript";
    javascript_link: "javascript-link"
        => "content/articles/bad.md", 9, "`javascript:` links are not allowed";
}

#[test]
fn several_errors_in_one_build_are_all_reported() {
    let run = assert_bad_input(
        "several",
        &[
            ("content/articles/bai-mot.fr.md", 1, "language `fr`"),
            ("content/articles/khong-utf8.md", 2, "not UTF-8"),
            (
                "content/articles/sai-chuyen-muc.md",
                4,
                "did you mean `tin-tuc`?",
            ),
            ("content/articles/sai-khoa.md", 4, "did you mean `column`?"),
            (
                "content/articles/sai-ngay.md",
                3,
                "not a day of the calendar",
            ),
            (
                "content/articles/trung-slug.md",
                5,
                "both have the slug `bai-hai`",
            ),
        ],
    );
    // Sorted by file, then line: the report reads top to bottom.
    let errors = run.errors();
    let mut sorted = errors.clone();
    sorted.sort();
    assert_eq!(errors, sorted);
}

#[test]
#[ignore = "known bug: a front-matter error stops the build before links are checked, so a \
            broken link in the same build is reported only in the next one"]
fn front_matter_and_link_errors_are_reported_together() {
    assert_bad_input(
        "front-matter-and-link",
        &[
            ("content/articles/bad.md", 4, "did you mean `tin-tuc`?"),
            (
                "content/articles/bad.md",
                7,
                "`@/articles/missing` points at a page",
            ),
        ],
    );
}
