//! Drawing a parsed poster onto a PDF page.
//!
//! Why not krilla-svg for everything: it draws every glyph as a text object of its own (save,
//! transform, begin text, font, matrix, show, end, restore: about 100 bytes a glyph) and makes
//! its krilla fonts again for every tree, so a poster page is 60 KB of content that is then
//! deflated, in the poster's PDF and again in its commune's wall PDF. Posters are groups,
//! solid-colour shapes and text: this draws each run of glyphs that share a font and a
//! direction with one text-showing operator, with fonts made once per process, and hands any
//! tree that needs more of SVG (images, gradients, patterns, clips, masks, filters, opacity,
//! right-to-left text) to krilla-svg, which draws everything SVG can say.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use krilla::color::{luma, rgb};
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Paint, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_svg::{SurfaceExt, SvgSettings};
use resvg::tiny_skia::PathSegment;
use resvg::usvg::{self, fontdb};

use crate::render::poster::fonts::for_print;

/// The krilla font of every face of one font database, made once: krilla subsets and embeds
/// each once per document however many runs use it.
pub struct PdfFonts {
    database: Arc<fontdb::Database>,
    fonts: HashMap<fontdb::ID, Font>,
}

impl PdfFonts {
    /// Fonts for the faces of `database` held in memory, made [for print](for_print) (same
    /// glyphs, no hinting), at their default instance: the vendored fonts are static (a test
    /// checks it), so the variations usvg gives a span (`wght` for bold text) name no axis of
    /// theirs, and krilla-svg would drop them too. A face krilla cannot read is left out, and
    /// text in it goes to krilla-svg.
    pub fn new(database: Arc<fontdb::Database>) -> Self {
        let fonts = database
            .faces()
            .filter_map(|face| {
                let fontdb::Source::Binary(data) = &face.source else {
                    return None;
                };
                let font = match for_print((**data).as_ref(), face.index) {
                    Some(printed) => Font::new(printed.into(), 0),
                    None => Font::new(data.clone().into(), face.index),
                };
                Some((face.id, font?))
            })
            .collect();
        PdfFonts { database, fonts }
    }
}

/// Draws the parts of a page (see [`PosterPage`](super::PosterPage)), in order, to fill a
/// page of `size`: the picture krilla-svg's `draw_svg` makes of the whole document. Gives
/// `None` when the page could not be drawn.
pub fn draw_page(
    parts: &[Arc<usvg::Tree>],
    size: Size,
    fonts: &PdfFonts,
    surface: &mut Surface,
) -> Option<()> {
    // Glyphs name their font by its ID in the tree's database.
    let plain = parts.iter().all(|tree| {
        Arc::ptr_eq(tree.fontdb(), &fonts.database) && is_plain_group(tree.root(), fonts)
    });
    let first = parts.first()?;
    if !plain {
        for tree in parts {
            surface.draw_svg(tree, size, SvgSettings::default())?;
        }
        return Some(());
    }
    let scale = Transform::from_scale(
        size.width() / first.size().width(),
        size.height() / first.size().height(),
    );
    let page = Rect::from_xywh(0.0, 0.0, first.size().width(), first.size().height())?;
    surface.push_transform(&scale);
    surface.push_clip_path(&rect_path(page)?, &FillRule::NonZero);
    // Every part has the poster's root, so the page is drawn as the whole document is: the
    // root's transform, then each part's elements.
    surface.push_transform(&krilla_transform(first.root().transform()));
    for tree in parts {
        for node in tree.root().children() {
            draw_node(node, fonts, surface);
        }
    }
    surface.pop();
    surface.pop();
    surface.pop();
    surface.set_fill(None);
    surface.set_stroke(None);
    Some(())
}

/// Whether everything in `group` is drawn by this module rather than krilla-svg.
fn is_plain_group(group: &usvg::Group, fonts: &PdfFonts) -> bool {
    group.filters().is_empty()
        && group.clip_path().is_none()
        && group.mask().is_none()
        && group.opacity() == usvg::Opacity::ONE
        && group.blend_mode() == usvg::BlendMode::Normal
        && !group.isolate()
        && group.children().iter().all(|node| match node {
            usvg::Node::Group(group) => is_plain_group(group, fonts),
            usvg::Node::Path(path) => is_plain_path(path),
            usvg::Node::Text(text) => text.layouted().iter().all(|span| {
                is_plain_paint(span.fill.as_ref().map(usvg::Fill::paint))
                    && is_plain_paint(span.stroke.as_ref().map(usvg::Stroke::paint))
                    && [&span.underline, &span.overline, &span.line_through]
                        .into_iter()
                        .flatten()
                        .all(is_plain_path)
                    && span.positioned_glyphs.iter().all(|glyph| {
                        fonts.fonts.contains_key(&glyph.font) && !is_right_to_left(&glyph.text)
                    })
            }),
            usvg::Node::Image(_) => false,
        })
}

fn is_plain_path(path: &usvg::Path) -> bool {
    is_plain_paint(path.fill().map(usvg::Fill::paint))
        && is_plain_paint(path.stroke().map(usvg::Stroke::paint))
}

fn is_plain_paint(paint: Option<&usvg::Paint>) -> bool {
    matches!(paint, None | Some(usvg::Paint::Color(_)))
}

/// Right-to-left text comes from usvg in visual order, which a run's text would have to undo.
fn is_right_to_left(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
            || matches!(c, '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
    })
}

fn draw_group(group: &usvg::Group, fonts: &PdfFonts, surface: &mut Surface) {
    surface.push_transform(&krilla_transform(group.transform()));
    for node in group.children() {
        draw_node(node, fonts, surface);
    }
    surface.pop();
}

fn draw_node(node: &usvg::Node, fonts: &PdfFonts, surface: &mut Surface) {
    match node {
        usvg::Node::Group(group) => draw_group(group, fonts, surface),
        usvg::Node::Path(path) => draw_path(path, surface),
        usvg::Node::Text(text) => draw_text(text, fonts, surface),
        // `is_plain_group` sent trees with images to krilla-svg.
        usvg::Node::Image(_) => {}
    }
}

fn draw_path(path: &usvg::Path, surface: &mut Surface) {
    if !path.is_visible() {
        return;
    }
    match path.paint_order() {
        usvg::PaintOrder::FillAndStroke => {
            fill_and_stroke(path, path.fill(), path.stroke(), surface)
        }
        usvg::PaintOrder::StrokeAndFill => {
            fill_and_stroke(path, None, path.stroke(), surface);
            fill_and_stroke(path, path.fill(), None, surface);
        }
    }
}

fn fill_and_stroke(
    path: &usvg::Path,
    fill: Option<&usvg::Fill>,
    stroke: Option<&usvg::Stroke>,
    surface: &mut Surface,
) {
    // krilla fills a path that has neither with black.
    if fill.is_none() && stroke.is_none() {
        return;
    }
    let Some(outline) = krilla_path(path.data()) else {
        return;
    };
    surface.set_fill(fill.map(krilla_fill));
    surface.set_stroke(stroke.map(krilla_stroke));
    surface.draw_path(&outline);
}

fn draw_text(text: &usvg::Text, fonts: &PdfFonts, surface: &mut Surface) {
    for span in text.layouted() {
        if !span.visible {
            continue;
        }
        for decoration in [&span.overline, &span.underline].into_iter().flatten() {
            draw_path(decoration, surface);
        }
        let fill = span.fill.as_ref().map(krilla_fill);
        let stroke = span.stroke.as_ref().map(krilla_stroke);
        for run in glyph_runs(span, fonts) {
            surface.push_transform(&krilla_transform(run.origin));
            match (fill.clone(), stroke.clone()) {
                // Invisible text stays selectable: it is drawn fully transparent.
                (None, None) => {
                    let clear = Fill {
                        paint: rgb::Color::new(0, 0, 0).into(),
                        opacity: NormalizedF32::ZERO,
                        rule: FillRule::default(),
                    };
                    run.draw(Some(clear), None, false, surface);
                }
                (Some(fill), Some(stroke))
                    if span.paint_order == usvg::PaintOrder::StrokeAndFill =>
                {
                    // The stroke is drawn as outlines so that the text is embedded once.
                    run.draw(None, Some(stroke), true, surface);
                    run.draw(Some(fill), None, false, surface);
                }
                (fill, stroke) => run.draw(fill, stroke, false, surface),
            }
            surface.pop();
        }
        if let Some(line_through) = &span.line_through {
            draw_path(line_through, surface);
        }
    }
}

/// Glyphs of one span drawn with one operator: one font, one size, one orientation.
struct GlyphRun {
    /// Places the run's first glyph, at the span's font size.
    origin: usvg::Transform,
    glyphs: Vec<KrillaGlyph>,
    text: String,
    font_id: fontdb::ID,
    font: Font,
    font_size: f32,
}

impl GlyphRun {
    fn draw(
        &self,
        fill: Option<Fill>,
        stroke: Option<Stroke>,
        outlined: bool,
        surface: &mut Surface,
    ) {
        surface.set_fill(fill);
        surface.set_stroke(stroke);
        surface.draw_glyphs(
            Point::from_xy(0.0, 0.0),
            &self.glyphs,
            self.font.clone(),
            &self.text,
            self.font_size,
            outlined,
        );
    }
}

/// Splits a span's positioned glyphs into runs: a new run starts where the font or the
/// orientation of the glyphs changes (fallback to another script's font, text on a path).
fn glyph_runs(span: &usvg::layout::Span, fonts: &PdfFonts) -> Vec<GlyphRun> {
    let font_size = span.font_size.get();
    let mut runs: Vec<GlyphRun> = Vec::new();
    // Each glyph's position without the font-size scaling, which krilla applies itself.
    let placed = span.positioned_glyphs.iter().filter_map(|glyph| {
        let font = fonts.fonts.get(&glyph.font)?;
        let unscale = font.units_per_em() / font_size;
        let transform = glyph
            .transform()
            .pre_concat(usvg::Transform::from_scale(unscale, unscale));
        Some((glyph, font, transform))
    });
    for (glyph, font, transform) in placed {
        let same_run = runs.last().is_some_and(|run| {
            run.font_id == glyph.font && same_linear_part(&run.origin, &transform)
        });
        if !same_run {
            runs.push(GlyphRun {
                origin: transform,
                glyphs: Vec::new(),
                text: String::new(),
                font_id: glyph.font,
                font: font.clone(),
                font_size,
            });
        }
        let Some(run) = runs.last_mut() else {
            continue;
        };
        let Some(at) = run.origin.invert().map(|inverse| {
            let mut point = [usvg::tiny_skia_path::Point::from_xy(
                transform.tx,
                transform.ty,
            )];
            inverse.map_points(&mut point);
            point[0]
        }) else {
            continue;
        };
        let start = run.text.len();
        run.text.push_str(&glyph.text);
        run.glyphs.push(KrillaGlyph::new(
            GlyphId::new(u32::from(glyph.id.0)),
            // Made into the distance to the next glyph below; the last one's does not matter.
            at.x / font_size,
            0.0,
            // krilla's y offsets point up, SVG's y axis down.
            -at.y / font_size,
            0.0,
            start..run.text.len(),
            None,
        ));
    }
    for run in &mut runs {
        advances_from_positions(&mut run.glyphs);
        share_cluster_text(&mut run.glyphs);
    }
    runs
}

/// `glyph_runs` stores each glyph's x position in `x_advance`; krilla wants the step from
/// one glyph to the next.
fn advances_from_positions(glyphs: &mut [KrillaGlyph]) {
    for i in 0..glyphs.len() {
        glyphs[i].x_advance =
            glyphs.get(i + 1).map_or(0.0, |next| next.x_advance) - glyphs[i].x_advance;
    }
}

/// usvg gives a cluster's text to its last glyph and none to the others: every glyph of the
/// cluster gets the cluster's text range, so krilla maps the glyphs to the text together.
fn share_cluster_text(glyphs: &mut [KrillaGlyph]) {
    let mut cluster: Option<Range<usize>> = None;
    for glyph in glyphs.iter_mut().rev() {
        if glyph.text_range.is_empty() {
            if let Some(range) = &cluster {
                glyph.text_range = range.clone();
            }
        } else {
            cluster = Some(glyph.text_range.clone());
        }
    }
}

fn same_linear_part(a: &usvg::Transform, b: &usvg::Transform) -> bool {
    [a.sx, a.ky, a.kx, a.sy] == [b.sx, b.ky, b.kx, b.sy]
}

fn krilla_transform(t: usvg::Transform) -> Transform {
    Transform::from_row(t.sx, t.ky, t.kx, t.sy, t.tx, t.ty)
}

fn rect_path(rect: Rect) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(rect);
    builder.finish()
}

fn krilla_path(path: &usvg::tiny_skia_path::Path) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    for segment in path.segments() {
        match segment {
            PathSegment::MoveTo(p) => builder.move_to(p.x, p.y),
            PathSegment::LineTo(p) => builder.line_to(p.x, p.y),
            PathSegment::QuadTo(p1, p2) => builder.quad_to(p1.x, p1.y, p2.x, p2.y),
            PathSegment::CubicTo(p1, p2, p3) => {
                builder.cubic_to(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y)
            }
            PathSegment::Close => builder.close(),
        }
    }
    builder.finish()
}

/// A solid colour; `is_plain_group` sent every other paint to krilla-svg.
fn krilla_paint(paint: &usvg::Paint) -> Paint {
    match paint {
        usvg::Paint::Color(c) if c.red == c.green && c.green == c.blue => {
            luma::Color::new(c.red).into()
        }
        usvg::Paint::Color(c) => rgb::Color::new(c.red, c.green, c.blue).into(),
        _ => luma::Color::new(0).into(),
    }
}

fn krilla_fill(fill: &usvg::Fill) -> Fill {
    Fill {
        paint: krilla_paint(fill.paint()),
        opacity: normalized(fill.opacity()),
        rule: match fill.rule() {
            usvg::FillRule::NonZero => FillRule::NonZero,
            usvg::FillRule::EvenOdd => FillRule::EvenOdd,
        },
    }
}

fn krilla_stroke(stroke: &usvg::Stroke) -> Stroke {
    Stroke {
        paint: krilla_paint(stroke.paint()),
        width: stroke.width().get(),
        miter_limit: stroke.miterlimit().get(),
        line_cap: match stroke.linecap() {
            usvg::LineCap::Butt => LineCap::Butt,
            usvg::LineCap::Round => LineCap::Round,
            usvg::LineCap::Square => LineCap::Square,
        },
        line_join: match stroke.linejoin() {
            usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => LineJoin::Miter,
            usvg::LineJoin::Round => LineJoin::Round,
            usvg::LineJoin::Bevel => LineJoin::Bevel,
        },
        opacity: normalized(stroke.opacity()),
        dash: stroke.dasharray().map(|array| StrokeDash {
            offset: stroke.dashoffset(),
            array: array.to_vec(),
        }),
    }
}

fn normalized(opacity: usvg::Opacity) -> NormalizedF32 {
    NormalizedF32::new(opacity.get()).unwrap_or(NormalizedF32::ONE)
}

#[cfg(test)]
mod tests {
    use crate::render::poster::fonts::FONTS;

    /// `PdfFonts` draws every face at its default instance, which is right for static fonts
    /// only: a variable font would need the instance krilla-svg picks from the text's settings.
    #[test]
    fn vendored_fonts_are_static() {
        for font in FONTS {
            let data = font.data;
            let tables = usize::from(u16::from_be_bytes([data[4], data[5]]));
            let tags: Vec<&[u8]> = (0..tables)
                .map(|i| &data[12 + 16 * i..16 + 16 * i])
                .collect();
            assert!(tags.contains(&&b"glyf"[..]), "{}: {tags:?}", font.file_name);
            assert!(
                !tags.contains(&&b"fvar"[..]),
                "{} is variable",
                font.file_name
            );
        }
    }
}
