//! The SVG chart's geometry: wrapping labels, sizing and placing the boxes on their grid and routing
//! every arrow around them. Separate because it is drawing arithmetic with its own tests
//! (no overlaps, no crossings), independent of what the chart says.

use super::{FlowEdge, FlowNode, EDGES, NODES};

/// Splits `text` into lines of at most `max_chars` characters at spaces (a longer word gets a
/// line of its own).
pub fn wrap_words(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // A no-break space (French « vendez ? », « 20 % ») holds its words together.
    let breaks = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        let needed = line.chars().count() + 1 + word.chars().count();
        if !line.is_empty() && needed > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Sizes of the drawing, in SVG user units.
pub mod chart {
    /// Width of every box.
    pub const BOX_WIDTH: u32 = 250;
    /// Space between columns (the arrows run through it).
    pub const COL_GAP: u32 = 60;
    /// Space between rows.
    pub const ROW_GAP: u32 = 34;
    /// Space around the whole chart.
    pub const MARGIN: u32 = 12;
    /// Distance between text baselines; the font size is about 15.
    pub const LINE_HEIGHT: u32 = 19;
    /// Space between a box's edge and its text.
    pub const PADDING: u32 = 10;
    /// Longest line of text in a box, in characters.
    pub const MAX_CHARS: usize = 28;
}

/// A box of the drawing. `x`, `y` is the top-left corner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartBox {
    pub node: &'static FlowNode,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    /// The label, wrapped to fit.
    pub lines: Vec<String>,
}

impl ChartBox {
    pub fn center_x(&self) -> u32 {
        self.x + self.width / 2
    }

    pub fn center_y(&self) -> u32 {
        self.y + self.height / 2
    }

    pub fn right(&self) -> u32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> u32 {
        self.y + self.height
    }

    /// The baseline of text line `i` (0-based), the lines centred vertically in the box.
    pub fn line_y(&self, i: usize) -> u32 {
        let text_height = self.lines.len() as u32 * chart::LINE_HEIGHT;
        let top = self.y + self.height.saturating_sub(text_height) / 2;
        // The baseline sits about three quarters down a line.
        top + i as u32 * chart::LINE_HEIGHT + chart::LINE_HEIGHT * 3 / 4
    }
}

/// An arrow of the drawing: a path of horizontal and vertical segments from the edge of one box
/// to the edge of the next, and where its "yes"/"no" label goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartArrow {
    pub edge: &'static FlowEdge,
    pub points: Vec<(u32, u32)>,
    /// The label's anchor point: its text starts here, or ends here if `label_end`.
    pub label_at: (u32, u32),
    pub label_end: bool,
}

impl ChartArrow {
    /// The points as SVG `points` text: `"x1,y1 x2,y2 …"`.
    pub fn svg_points(&self) -> String {
        self.points
            .iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The arrowhead at the end, as SVG `points` text: a small triangle pointing right or down
    /// (drawn as a shape, so it needs no `url(#…)` marker reference).
    pub fn head_points(&self) -> String {
        let n = self.points.len();
        let (Some(&(x, y)), Some(&(px, _))) = (
            self.points.last(),
            n.checked_sub(2).and_then(|i| self.points.get(i)),
        ) else {
            return String::new();
        };
        let (len, half) = (ARROW_LENGTH, ARROW_HALF_WIDTH);
        if px < x {
            format!("{x},{y} {},{} {},{}", x - len, y - half, x - len, y + half)
        } else {
            format!("{x},{y} {},{} {},{}", x - half, y - len, x + half, y - len)
        }
    }
}

/// Length of an arrowhead, along the arrow.
const ARROW_LENGTH: u32 = 10;
/// Half the width of an arrowhead.
const ARROW_HALF_WIDTH: u32 = 5;

/// The whole drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartLayout {
    pub width: u32,
    pub height: u32,
    pub boxes: Vec<ChartBox>,
    pub arrows: Vec<ChartArrow>,
}

impl ChartLayout {
    pub fn get(&self, id: &str) -> Option<&ChartBox> {
        self.boxes.iter().find(|b| b.node.id == id)
    }
}

/// Lays out [`NODES`] on their grid (rows as tall as their tallest box) and routes every arrow
/// of [`EDGES`] around the boxes.
pub fn chart_layout() -> ChartLayout {
    use chart::*;
    let rows = NODES
        .iter()
        .map(|n| usize::from(n.row) + 1)
        .max()
        .unwrap_or(0);
    let cols = NODES
        .iter()
        .map(|n| u32::from(n.col) + 1)
        .max()
        .unwrap_or(0);
    let wrapped: Vec<Vec<String>> = NODES
        .iter()
        .map(|n| wrap_words(n.label, MAX_CHARS))
        .collect();
    let mut row_height = vec![0u32; rows];
    for (n, lines) in NODES.iter().zip(&wrapped) {
        let h = lines.len() as u32 * LINE_HEIGHT + 2 * PADDING;
        let slot = &mut row_height[usize::from(n.row)];
        *slot = (*slot).max(h);
    }
    let mut row_top = Vec::with_capacity(rows);
    let mut y = MARGIN;
    for h in &row_height {
        row_top.push(y);
        y += h + ROW_GAP;
    }
    let height = y - ROW_GAP + MARGIN;
    let width = 2 * MARGIN + cols * BOX_WIDTH + cols.saturating_sub(1) * COL_GAP;
    let boxes: Vec<ChartBox> = NODES
        .iter()
        .zip(wrapped)
        .map(|(n, lines)| {
            let r = usize::from(n.row);
            let h = lines.len() as u32 * LINE_HEIGHT + 2 * PADDING;
            ChartBox {
                node: n,
                x: MARGIN + u32::from(n.col) * (BOX_WIDTH + COL_GAP),
                // Centred on the row's middle, so arrows along a row stay straight.
                y: row_top[r] + row_height[r] / 2 - h / 2,
                width: BOX_WIDTH,
                height: h,
                lines,
            }
        })
        .collect();
    // The middle of the gap under each row, where an arrow may run sideways.
    let gap_below: Vec<u32> = row_top
        .iter()
        .zip(&row_height)
        .map(|(top, h)| top + h + ROW_GAP / 2)
        .collect();
    let arrows = EDGES
        .iter()
        .filter_map(|e| route(e, &boxes, &gap_below))
        .collect();
    ChartLayout {
        width,
        height,
        boxes,
        arrows,
    }
}

fn occupied(row: u8, col: u8) -> bool {
    NODES.iter().any(|n| n.row == row && n.col == col)
}

/// Routes one arrow. Arrows only go right, down, or down and right; a bend avoids every box.
fn route(edge: &'static FlowEdge, boxes: &[ChartBox], gap_below: &[u32]) -> Option<ChartArrow> {
    let from = boxes.iter().find(|b| b.node.id == edge.from)?;
    let to = boxes.iter().find(|b| b.node.id == edge.to)?;
    let (r1, c1, r2, c2) = (from.node.row, from.node.col, to.node.row, to.node.col);
    let points = if r1 == r2 && c2 > c1 {
        vec![(from.right(), from.center_y()), (to.x, to.center_y())]
    } else if c1 == c2 && r2 > r1 {
        vec![(from.center_x(), from.bottom()), (to.center_x(), to.y)]
    } else if r2 > r1 && c2 > c1 {
        let clear_above_target = (r1 + 1..r2).all(|r| !occupied(r, c2));
        let row_clear = (c1 + 1..=c2).all(|c| !occupied(r1, c));
        let column_clear =
            (r1 + 1..=r2).all(|r| !occupied(r, c1)) && (c1 + 1..c2).all(|c| !occupied(r2, c));
        match gap_below.get(usize::from(r1)) {
            _ if row_clear && clear_above_target => {
                // Right along the source's row, then down into the target's top.
                vec![
                    (from.right(), from.center_y()),
                    (to.center_x(), from.center_y()),
                    (to.center_x(), to.y),
                ]
            }
            _ if column_clear => {
                // Down the source's column, then right into the target's side.
                vec![
                    (from.center_x(), from.bottom()),
                    (from.center_x(), to.center_y()),
                    (to.x, to.center_y()),
                ]
            }
            Some(&gap) if clear_above_target => {
                // Down into the gap under the source's row, along it, then down.
                vec![
                    (from.center_x(), from.bottom()),
                    (from.center_x(), gap),
                    (to.center_x(), gap),
                    (to.center_x(), to.y),
                ]
            }
            _ => {
                // Through the gap between the source's column and the next one.
                let gutter = from.right() + chart::COL_GAP / 2;
                vec![
                    (from.right(), from.center_y()),
                    (gutter, from.center_y()),
                    (gutter, to.center_y()),
                    (to.x, to.center_y()),
                ]
            }
        }
    } else {
        return None;
    };
    let (sx, sy) = points[0];
    let horizontal_start = points.get(1).is_some_and(|&(_, y)| y == sy);
    // Beside the first segment; left of a vertical one that bends right, clear of the bend.
    let label_end = !horizontal_start && points.len() > 2;
    let label_at = if horizontal_start {
        (sx + 8, sy.saturating_sub(7))
    } else if label_end {
        (sx.saturating_sub(7), sy + 16)
    } else {
        (sx + 7, sy + 16)
    };
    Some(ChartArrow {
        edge,
        points,
        label_at,
        label_end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_spaces() {
        assert_eq!(
            wrap_words("Is it positive or balanced?", 12),
            vec!["Is it", "positive or", "balanced?"]
        );
        assert_eq!(wrap_words("", 10), Vec::<String>::new());
        assert_eq!(
            wrap_words("a verylongwordindeed b", 5),
            vec!["a", "verylongwordindeed", "b"]
        );
        assert_eq!(wrap_words("  one   two ", 20), vec!["one two"]);
    }

    #[test]
    fn every_label_fits_its_box() {
        let layout = chart_layout();
        assert_eq!(layout.boxes.len(), NODES.len());
        for b in &layout.boxes {
            assert!(!b.lines.is_empty(), "{}", b.node.id);
            assert!(
                b.lines.len() <= 5,
                "{} has {} lines",
                b.node.id,
                b.lines.len()
            );
            for line in &b.lines {
                assert!(line.chars().count() <= chart::MAX_CHARS, "{line}");
            }
            assert_eq!(b.lines.join(" "), b.node.label);
            let last = b.line_y(b.lines.len() - 1);
            assert!(b.line_y(0) > b.y && last < b.bottom(), "{}", b.node.id);
            assert!(b.right() + chart::MARGIN <= layout.width);
            assert!(b.bottom() + chart::MARGIN <= layout.height);
        }
    }

    #[test]
    fn boxes_do_not_overlap() {
        let layout = chart_layout();
        for (i, a) in layout.boxes.iter().enumerate() {
            for b in &layout.boxes[i + 1..] {
                let apart =
                    a.right() <= b.x || b.right() <= a.x || a.bottom() <= b.y || b.bottom() <= a.y;
                assert!(apart, "{} overlaps {}", a.node.id, b.node.id);
            }
        }
    }

    /// True when the segment passes through the inside of the box.
    fn crosses(seg: ((u32, u32), (u32, u32)), b: &ChartBox) -> bool {
        let ((x1, y1), (x2, y2)) = seg;
        let (lo_x, hi_x) = (x1.min(x2), x1.max(x2));
        let (lo_y, hi_y) = (y1.min(y2), y1.max(y2));
        lo_x < b.right() && hi_x > b.x && lo_y < b.bottom() && hi_y > b.y
    }

    #[test]
    fn every_arrow_runs_between_its_boxes_without_crossing_others() {
        let layout = chart_layout();
        assert_eq!(layout.arrows.len(), EDGES.len());
        for a in &layout.arrows {
            let from = layout.get(a.edge.from).unwrap();
            let to = layout.get(a.edge.to).unwrap();
            assert!(a.points.len() >= 2);
            let first = a.points[0];
            let last = a.points[a.points.len() - 1];
            let on_border = |(x, y): (u32, u32), b: &ChartBox| {
                ((x == b.x || x == b.right()) && (b.y..=b.bottom()).contains(&y))
                    || ((y == b.y || y == b.bottom()) && (b.x..=b.right()).contains(&x))
            };
            assert!(on_border(first, from), "{} start", a.edge.from);
            assert!(on_border(last, to), "{} end", a.edge.to);
            for pair in a.points.windows(2) {
                let seg = (pair[0], pair[1]);
                assert!(
                    pair[0].0 == pair[1].0 || pair[0].1 == pair[1].1,
                    "diagonal segment in {} → {}",
                    a.edge.from,
                    a.edge.to
                );
                for b in &layout.boxes {
                    assert!(
                        !crosses(seg, b),
                        "{} → {} crosses {}",
                        a.edge.from,
                        a.edge.to,
                        b.node.id
                    );
                }
            }
            let (lx, ly) = a.label_at;
            assert!(lx < layout.width && ly < layout.height);
            assert!(!a.svg_points().is_empty());
            assert_eq!(a.head_points().split(' ').count(), 3);
            assert!(a
                .head_points()
                .starts_with(&format!("{},{} ", last.0, last.1)));
        }
    }

    #[test]
    fn arrows_never_touch_each_other() {
        let layout = chart_layout();
        let segments = |a: &ChartArrow| -> Vec<((u32, u32), (u32, u32))> {
            a.points.windows(2).map(|w| (w[0], w[1])).collect()
        };
        let span = |a: u32, b: u32| (a.min(b), a.max(b));
        let touch = |s: ((u32, u32), (u32, u32)), t: ((u32, u32), (u32, u32))| {
            let (ax0, ax1) = span(s.0 .0, s.1 .0);
            let (ay0, ay1) = span(s.0 .1, s.1 .1);
            let (bx0, bx1) = span(t.0 .0, t.1 .0);
            let (by0, by1) = span(t.0 .1, t.1 .1);
            ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1
        };
        for (i, a) in layout.arrows.iter().enumerate() {
            for b in &layout.arrows[i + 1..] {
                for s in segments(a) {
                    for t in segments(b) {
                        assert!(
                            !touch(s, t),
                            "{} → {} touches {} → {}",
                            a.edge.from,
                            a.edge.to,
                            b.edge.from,
                            b.edge.to
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn no_break_spaces_hold_words_together() {
        let lines = wrap_words("Est-ce que vous vendez\u{a0}? Oui\u{202f}!", 22);
        assert_eq!(lines, ["Est-ce que vous", "vendez\u{a0}? Oui\u{202f}!"]);
        assert_eq!(wrap_words(" a \n b\tc ", 3), ["a b", "c"]);
    }
}
