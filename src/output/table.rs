//! Table rendering for people: bordered tables on a terminal, plain aligned text when piped.

use comfy_table::presets::{NOTHING, UTF8_FULL_CONDENSED};
use comfy_table::{
    Attribute, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width,
};

use super::Output;
use super::value::{self, Style};

/// Printed instead of a table that has no rows.
pub(super) const NO_RESULTS: &str = "No results.";

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Headers plus rows of cell text, before layout.
struct Grid {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Indexes of the right-aligned columns.
    right: Vec<usize>,
}

pub(super) fn render(output: &Output, target: &super::Target) -> String {
    let mut out = String::new();
    render_into(output, target, &mut out);
    out
}

fn render_into(output: &Output, target: &super::Target, out: &mut String) {
    match output {
        Output::List { columns, items } => {
            let grid = Grid {
                headers: columns.iter().map(|c| c.header.to_string()).collect(),
                rows: items
                    .iter()
                    .map(|item| {
                        columns
                            .iter()
                            .map(|c| {
                                let v = value::lookup(item, c.path);
                                match c.cell {
                                    Some(f) => f(v),
                                    None => value::cell_text(v, Style::Table),
                                }
                            })
                            .collect()
                    })
                    .collect(),
                right: (0..columns.len()).filter(|&i| columns[i].right).collect(),
            };
            render_grid(&grid, target, out);
        }
        Output::Record(record) => {
            let grid = Grid {
                headers: vec!["FIELD".to_string(), "VALUE".to_string()],
                rows: value::flatten(record)
                    .into_iter()
                    .map(|(k, v)| vec![k, value::cell_text(v, Style::Table)])
                    .collect(),
                right: Vec::new(),
            };
            render_grid(&grid, target, out);
        }
        Output::Json(_) => out.push_str(&String::from_utf8_lossy(&super::json::render(output))),
        Output::Message(m) => {
            out.push_str(&sanitize(m, true));
            out.push('\n');
        }
        Output::Chart(chart) if target.tty => out.push_str(&super::chart::render(chart, target)),
        Output::Chart(chart) => render_into(&chart.data, target, out),
        Output::Sections(sections) => {
            for (i, section) in sections.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let title = sanitize(&section.title, false);
                if target.tty && target.color {
                    out.push_str(BOLD);
                    out.push_str(&title);
                    out.push_str(RESET);
                } else {
                    out.push_str(&title);
                }
                out.push('\n');
                render_into(&section.output, target, out);
            }
        }
    }
}

/// Replaces control characters so that data cannot move the cursor, inject escape sequences or
/// break the layout. Newlines survive only when `keep_newlines` (bordered cells may be multi-line;
/// piped output is one line per row).
fn sanitize(s: &str, keep_newlines: bool) -> String {
    let s = s.replace("\r\n", "\n");
    s.chars()
        .map(|c| match c {
            '\n' if keep_newlines => '\n',
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

fn render_grid(grid: &Grid, target: &super::Target, out: &mut String) {
    if grid.rows.is_empty() {
        out.push_str(NO_RESULTS);
        out.push('\n');
        return;
    }
    let text = if target.tty {
        bordered(grid, target)
    } else {
        plain(grid)
    };
    out.push_str(&text);
    out.push('\n');
}

/// A comfy-table with rounded UTF-8 borders, fitted to `target.width`.
fn bordered(grid: &Grid, target: &super::Target) -> String {
    let mut table = Table::new();
    // Never let comfy-table look at the process's real stdout: the target decides everything.
    table
        .force_no_tty()
        .load_style(UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = target.width {
        table.set_width(width);
    }
    if target.color {
        table.enforce_styling();
    }
    table.set_header(grid.headers.iter().map(|h| {
        let cell = Cell::new(sanitize(h, false));
        if target.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in &grid.rows {
        table.add_row(row.iter().map(|c| Cell::new(sanitize(c, true))));
    }
    align_right(&mut table, &grid.right);
    if let Some(width) = target.width {
        keep_short_columns_whole(&mut table, width);
    }
    table.trim_fmt()
}

/// Columns whose content is at most this wide are kept unwrapped when the table must shrink.
const KEEP_WHOLE: u16 = 12;
/// Width left at least to every column that is allowed to wrap.
const MIN_WRAPPED: usize = 3;

/// comfy-table's dynamic arrangement shares the width evenly between the columns it still has to
/// size, so on a narrow terminal it would split `123456` or `SESSIONS` over two lines while a long
/// description column keeps plenty of room. Pin short columns (narrowest first) to their content
/// width as long as every remaining column keeps at least `MIN_WRAPPED` characters; long text
/// wraps instead.
fn keep_short_columns_whole(table: &mut Table, width: u16) {
    let natural = table.column_max_content_widths();
    let overhead: usize = table
        .column_iter()
        .map(|c| usize::from(c.padding_width()) + 1)
        .sum::<usize>()
        + 1;
    let budget = usize::from(width).saturating_sub(overhead);
    let mut order: Vec<usize> = (0..natural.len()).collect();
    order.sort_by_key(|&i| natural[i]);
    let mut used = 0;
    for (kept, &i) in order.iter().enumerate() {
        let w = natural[i];
        let rest = natural.len() - kept - 1;
        if w > KEEP_WHOLE || used + usize::from(w) + rest * MIN_WRAPPED > budget {
            break;
        }
        used += usize::from(w);
        if let Some(column) = table.column_mut(i) {
            // comfy-table's lower boundary includes the column's padding.
            let with_padding = w.saturating_add(column.padding_width());
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(with_padding)));
        }
    }
}

/// Plain text like `gh` when piped: no borders, no colour, columns separated by two spaces and
/// padded to the widest cell (by display width), trailing spaces trimmed, one line per row.
fn plain(grid: &Grid) -> String {
    let mut table = Table::new();
    table
        .force_no_tty()
        .load_style(NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(grid.headers.iter().map(|h| Cell::new(sanitize(h, false))));
    for row in &grid.rows {
        table.add_row(row.iter().map(|c| Cell::new(sanitize(c, false))));
    }
    let last = table.column_count().saturating_sub(1);
    for (i, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if i == last { 0 } else { 2 }));
    }
    align_right(&mut table, &grid.right);
    table.trim_fmt()
}

fn align_right(table: &mut Table, columns: &[usize]) {
    for &i in columns {
        if let Some(column) = table.column_mut(i) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}
