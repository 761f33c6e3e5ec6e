//! Images of a text: the Markdown step writes each `![alt](src)` as the plain `<img>` it always
//! was, between two markers that carry the image's index in [`crate::markdown::Rendered::images`]. The
//! render step, which knows the reader's language and the measured files, replaces each marked
//! image with a full one (size, `srcset`, lazy loading) or leaves the plain one; see
//! [`replace`]. The Markdown step reads no file.

const START: &str = "<!--loa:image ";
const END: &str = "<!--/loa:image-->";

/// The marker written before the image with this index.
pub fn start(index: usize) -> String {
    format!("{START}{index}-->")
}

/// The marker written after an image.
pub fn end() -> &'static str {
    END
}

/// Replaces each marked image of `html` with `replace(index, plain)`, where `plain` is the
/// `<img>` between the markers; markers go either way.
pub fn replace(html: &str, mut replace: impl FnMut(usize, &str) -> String) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len()..];
        let Some(header_end) = after.find("-->") else {
            break;
        };
        let Some(end) = after.find(END) else {
            break;
        };
        out.push_str(&rest[..start]);
        let plain = &after[header_end + 3..end.max(header_end + 3)];
        match after[..header_end].parse::<usize>() {
            Ok(index) => out.push_str(&replace(index, plain)),
            Err(_) => out.push_str(plain),
        }
        rest = &after[end + END.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_images_are_replaced_and_markers_always_go() {
        let html = format!(
            "<p>a {}<img src=\"/x.png\" alt=\"x\">{} b {}<img src=\"y\" alt=\"\">{}</p>",
            start(0),
            end(),
            start(1),
            end()
        );
        let out = replace(&html, |index, plain| {
            if index == 0 {
                format!("[{index}]")
            } else {
                plain.to_string()
            }
        });
        assert_eq!(out, "<p>a [0] b <img src=\"y\" alt=\"\"></p>");
    }
}
