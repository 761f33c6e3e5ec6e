//! The text of markup: tags dropped, the entities loa's escaping (and WebVTT) writes decoded.

/// The text of an HTML fragment: tags dropped (block ends become spaces), entities decoded.
pub fn plain_text(html: &str) -> String {
    strip(html, Some(' '))
}

/// The text of a line of inline markup (a WebVTT cue's `<v Name>`, `<i>`): tags dropped
/// without a trace, entities decoded.
pub fn strip_tags(line: &str) -> String {
    strip(line, None)
}

fn strip(markup: &str, tag_end: Option<char>) -> String {
    let mut text = String::with_capacity(markup.len());
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.extend(tag_end);
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}
