//! Splitting a poster SVG into parts, one per top-level element, so that what the posters of a
//! render repeat (a procedure's title on every commune's poster, the calls to action, the
//! footer lines) is parsed and laid out once, not once per poster: parsing, above all laying
//! out and outlining text, was a third of a poster's CPU time.
//!
//! A part is a document of its own: the poster's `<svg …>` start tag, one element, `</svg>`.
//! An element inherits from the root alone, so it becomes the same nodes in its part as in
//! the whole poster, drawn in the same order. That holds only where no element refers to
//! another (`url(#…)`, `href`), no style sheet applies and no entity is declared: such
//! documents are not split.

use resvg::usvg::roxmltree::{Document, Node};

/// Elements that only make sense together with the elements that refer to them.
const SHARED_ELEMENTS: [&str; 13] = [
    "style",
    "defs",
    "use",
    "symbol",
    "clipPath",
    "mask",
    "pattern",
    "linearGradient",
    "radialGradient",
    "filter",
    "marker",
    "textPath",
    "tref",
];

/// The parts of `svg`, in document order, or `None` when it cannot be split (see the module
/// documentation) or does not parse (whole-document parsing then reports the error).
pub fn split(svg: &str) -> Option<Vec<String>> {
    if svg.contains("<!DOCTYPE") || svg.contains("<!ENTITY") {
        return None;
    }
    let document = Document::parse(svg).ok()?;
    let root = document.root_element();
    if root.tag_name().name() != "svg" || !root.descendants().all(stands_alone) {
        return None;
    }
    let start_tag = &svg[root.range().start..start_tag_end(svg, root.range().start)?];
    let parts: Vec<String> = root
        .children()
        .filter(Node::is_element)
        .map(|element| format!("{start_tag}{}</svg>", &svg[element.range()]))
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// Whether `node` draws the same in a part as in the whole document.
fn stands_alone(node: Node) -> bool {
    if !node.is_element() {
        return true;
    }
    !SHARED_ELEMENTS.contains(&node.tag_name().name())
        && node
            .attributes()
            .all(|attribute| attribute.name() != "href" && !attribute.value().contains("url("))
}

/// Where the start tag that begins at `start` ends (just after its `>`), minding quoted
/// attribute values; `None` for a self-closing tag, which has no elements to split.
fn start_tag_end(svg: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (offset, c) in svg[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            (None, '>') => {
                let end = start + offset;
                return (!svg[..end].ends_with('/')).then_some(end + 1);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297" lang="vi" font-family="Noto Sans">"#;

    #[test]
    fn each_top_level_element_becomes_a_document_with_the_root_start_tag() {
        let svg = format!(
            r##"{ROOT}
<rect width="210" height="26" fill="#a4161a"/>
<!-- a comment -->
<text x="105" y="40" title="a > b"><tspan x="105">Đăng ký</tspan><tspan x="105" dy="5">khai sinh</tspan></text>
</svg>"##
        );
        assert_eq!(
            split(&svg).unwrap(),
            [
                format!(r##"{ROOT}<rect width="210" height="26" fill="#a4161a"/></svg>"##),
                format!(
                    r#"{ROOT}<text x="105" y="40" title="a > b"><tspan x="105">Đăng ký</tspan><tspan x="105" dy="5">khai sinh</tspan></text></svg>"#
                ),
            ]
        );
    }

    #[test]
    fn documents_whose_elements_refer_to_each_other_are_not_split() {
        for body in [
            r##"<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/>"##,
            r##"<rect id="r"/><use href="#r"/>"##,
            r#"<style>rect { fill: red }</style><rect/>"#,
            r##"<g><rect style="fill: url(#g)"/></g>"##,
        ] {
            assert_eq!(split(&format!("{ROOT}{body}</svg>")), None, "{body}");
        }
        let entity =
            format!(r#"<!DOCTYPE svg [<!ENTITY name "Xã">]>{ROOT}<text>&name;</text></svg>"#);
        assert_eq!(split(&entity), None);
        assert_eq!(split(r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#), None);
        assert_eq!(split("<svg"), None);
    }
}
