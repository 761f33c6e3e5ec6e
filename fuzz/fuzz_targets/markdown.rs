//! The Markdown renderer with loa's extensions (internal links, anchors, highlighting), under
//! every raw HTML policy (the sanitiser and the URL-attribute scanner read hostile input).
#![no_main]

use libfuzzer_sys::fuzz_target;
use loa::markdown::RawHtml;

fuzz_target!(|text: &str| {
    let targets = [("articles/bai".to_string(), "/articles/bai/".to_string())].into();
    for raw_html in [RawHtml::Allow, RawHtml::Sanitize, RawHtml::Deny] {
        let _ = loa::markdown::render(text, std::path::Path::new("a.md"), 1, &targets, raw_html);
    }
});
