//! A Markdown text as it can be read aloud: its paragraphs, headings and list items as plain
//! text. Links keep their words and lose their address; images (and their alt text), code
//! blocks, tables, raw HTML, footnotes, struck-out text and embedded infographics are dropped,
//! and the tables and code blocks are counted, so that the command can say what was left out.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// What a text gives the loudspeaker.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Speech {
    /// The paragraphs to read, in order, each on one line.
    pub paragraphs: Vec<String>,
    /// Tables left out: a table cannot be read cell by cell (`read_aloud:` says it in words).
    pub tables: usize,
    /// Code blocks left out.
    pub code_blocks: usize,
}

/// Reads `markdown` into paragraphs (see the module's documentation).
pub fn speech(markdown: &str) -> Speech {
    let mut speech = Speech::default();
    let mut current = String::new();
    // Inside something that is not read: images, code blocks, tables, HTML, footnotes, struck
    // text; counted so that nested ones are left too.
    let mut skipped = 0usize;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        current.clear();
        if !text.is_empty() && !is_embed(&text) {
            paragraphs.push(text);
        }
    };
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Image { .. }
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::FootnoteDefinition(_)
                | Tag::Strikethrough
                | Tag::MetadataBlock(_) => {
                    if let Tag::CodeBlock(_) = tag {
                        speech.code_blocks += 1;
                    }
                    skipped += 1;
                }
                Tag::Table(_) => {
                    speech.tables += 1;
                    skipped += 1;
                }
                Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::BlockQuote(_) => {
                    flush(&mut current, &mut speech.paragraphs)
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Image
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::FootnoteDefinition
                | TagEnd::Strikethrough
                | TagEnd::MetadataBlock(_)
                | TagEnd::Table => skipped = skipped.saturating_sub(1),
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_)
                    if skipped == 0 =>
                {
                    flush(&mut current, &mut speech.paragraphs)
                }
                _ => {}
            },
            Event::Text(text) | Event::Code(text) if skipped == 0 => current.push_str(&text),
            // Inline HTML (`<br>`, `<span>`) is dropped; it may stand between two words.
            Event::SoftBreak | Event::HardBreak | Event::InlineHtml(_) if skipped == 0 => {
                current.push(' ')
            }
            _ => {}
        }
    }
    flush(&mut current, &mut speech.paragraphs);
    speech
}

/// A paragraph that is only an embed (`{{ infographic(id="…") }}`): a picture, not words.
fn is_embed(paragraph: &str) -> bool {
    paragraph.starts_with("{{") && paragraph.ends_with("}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_their_words_and_the_rest_is_left_out() {
        let markdown = "# Tiêu đề\n\nĐọc [hướng dẫn](https://dichvucong.gov.vn/huong-dan) và \
            [bài này](@/articles/x).\n\n![Ảnh người dân](/images/a.jpg)\n\n```sh\nloa build\n```\n\n\
            | Xã | Số |\n|---|---|\n| A | 1 |\n\n- Một\n- Hai có `mã`\n\n{{ infographic(id=\"ha-tang-so\") }}\n\n\
            Chữ ~~bỏ~~ còn<br>lại.[^1]\n\n[^1]: Chú thích.\n";
        let speech = speech(markdown);
        assert_eq!(
            speech.paragraphs,
            [
                "Tiêu đề",
                "Đọc hướng dẫn và bài này.",
                "Một",
                "Hai có mã",
                "Chữ còn lại."
            ]
        );
        assert_eq!((speech.tables, speech.code_blocks), (1, 1));
    }
}
