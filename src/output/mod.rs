//! The one place that renders command results.
//!
//! Commands build an [`Output`] value (data, not text) and hand it to [`render`], which turns it
//! into a human table, stable JSON or stable CSV depending on the chosen [`Format`] and on where
//! the bytes go ([`Target`]).
//!
//! Stability promises for scripts:
//! - JSON is the data itself, pretty-printed with a 2-space indent and a trailing newline. Object
//!   keys come out in serde_json's map order (sorted, as `preserve_order` is not enabled);
//!   [`Output::Sections`] keys come out in section order.
//! - CSV uses the column headers as its header row; cells hold the raw value at the column's path
//!   (numbers in full precision, `true`/`false`, null as an empty cell). A column's `cell`
//!   function applies in CSV only to structured values (arrays, objects), which it flattens.
//! - A list written page by page ([`ListStream`]) has the same bytes as the whole list.

mod chart;
mod choice;
mod csv_out;
pub mod jq;
mod json;
mod stream;
mod table;
#[cfg(test)]
mod tests;
mod value;

pub use choice::{UnknownColumns, View, select_columns};
pub use stream::ListStream;

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use serde_json::Value;

/// The output format chosen with `-o/--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// A table for people (bordered on a terminal, plain aligned text when piped).
    #[default]
    Table,
    /// Pretty-printed JSON for scripts.
    Json,
    /// CSV for scripts and spreadsheets.
    Csv,
}

impl Format {
    /// Every format, in the order they are documented.
    pub const ALL: [Format; 3] = [Format::Table, Format::Json, Format::Csv];

    /// The name accepted by [`FromStr`] and printed by [`Display`](fmt::Display).
    pub const fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Error returned when parsing an unknown format name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFormatError {
    /// The rejected input.
    pub input: String,
}

impl fmt::Display for ParseFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown output format '{}' (expected one of: table, json, csv)",
            self.input
        )
    }
}

impl std::error::Error for ParseFormatError {}

impl FromStr for Format {
    type Err = ParseFormatError;

    /// Accepts `table`, `json` or `csv`, ignoring ASCII case and surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| ParseFormatError {
                input: s.to_string(),
            })
    }
}

/// A column of a [`Output::List`].
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Header shown in tables and used as the CSV header.
    pub header: &'static str,
    /// Dotted path into each item (`"metrics.cpuUsage"`). Array elements can be addressed by
    /// index (`"tags.0"`); the empty path is the whole item. A missing path yields `null`.
    pub path: &'static str,
    /// Optional table formatter; it receives the value at `path` (`Null` if missing).
    /// Only used for tables: CSV always gets the raw value.
    pub cell: Option<fn(&Value) -> String>,
    /// Right-aligned in tables, so that amounts of different sizes read like a column of numbers.
    pub right: bool,
}

impl Column {
    /// A column that shows the value at `path` with the default formatting.
    pub const fn new(header: &'static str, path: &'static str) -> Self {
        Column {
            header,
            path,
            cell: None,
            right: false,
        }
    }

    /// An amount of tokens: the exact decimal string as the platform sent it (never rounded to
    /// two places like a float), right-aligned in tables.
    pub const fn amount(header: &'static str, path: &'static str) -> Self {
        Column {
            header,
            path,
            cell: None,
            right: true,
        }
    }

    /// A column whose table cell is produced by `cell` from the value at `path`.
    pub const fn with(
        header: &'static str,
        path: &'static str,
        cell: fn(&Value) -> String,
    ) -> Self {
        Column {
            header,
            path,
            cell: Some(cell),
            right: false,
        }
    }
}

/// What a command returns: data to render, never pre-rendered text.
#[derive(Debug, Clone)]
pub enum Output {
    /// Rows of records. `path` in a Column is a dotted path into each item
    /// (`"metrics.cpuUsage"`, `"mining.enabled"`).
    /// Table: one row per item; JSON: the full items array; CSV: header + one row per item.
    List {
        columns: Vec<Column>,
        items: Vec<Value>,
    },
    /// One record shown as FIELD / VALUE rows in a table (nested objects flattened with dotted
    /// keys, arrays of scalars joined), as the object itself in JSON, as a header row + one row in
    /// CSV (the same flattened keys).
    Record(Value),
    /// Raw JSON (raw API passthrough): pretty JSON in every format except CSV, which is refused.
    Json(Value),
    /// A message for a person (e.g. "Logged out"); JSON: `{"message": "..."}`; CSV: refused.
    Message(String),
    /// Several outputs in sequence under titles. Table: each section under its title line;
    /// JSON: an object `{key: section_json}` in section order; CSV: refused.
    Sections(Vec<Section>),
    /// Line charts over time (`--chart`): drawn on a terminal; in a pipe, a file, JSON and
    /// CSV, its `data` is rendered instead, so that scripts never receive a drawing.
    Chart(Box<Chart>),
}

/// The charts of an [`Output::Chart`]: panels of lines over the points' times.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The points, each with an RFC 3339 time at the path `time`.
    pub points: Vec<Value>,
    pub time: &'static str,
    /// Drawn one under the other, each the width of the terminal.
    pub panels: Vec<Panel>,
    /// What is shown where a chart cannot be: usually the points as a table.
    pub data: Box<Output>,
}

/// One chart of an [`Output::Chart`]: lines that share a unit, and so an axis.
#[derive(Debug, Clone)]
pub struct Panel {
    pub title: &'static str,
    /// Written after the title, e.g. `%`, `Mbit/s`, `ms`.
    pub unit: &'static str,
    pub lines: Vec<Line>,
}

/// One line of a [`Panel`]: the number at `path` in every point, named `label` in the legend.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub label: &'static str,
    pub path: &'static str,
}

impl Line {
    pub const fn new(label: &'static str, path: &'static str) -> Self {
        Line { label, path }
    }
}

/// One titled part of an [`Output::Sections`].
#[derive(Debug, Clone)]
pub struct Section {
    /// Key of this section in JSON output (camelCase by convention, e.g. `"topServers"`).
    pub key: &'static str,
    /// Title line shown above the section in table output.
    pub title: String,
    /// The section's content.
    pub output: Output,
}

impl Section {
    pub fn new(key: &'static str, title: impl Into<String>, output: Output) -> Self {
        Section {
            key,
            title: title.into(),
            output,
        }
    }
}

impl Output {
    /// Shorthand for [`Output::List`].
    pub fn list(columns: Vec<Column>, items: Vec<Value>) -> Self {
        Output::List { columns, items }
    }

    /// Shorthand for [`Output::Message`].
    pub fn message(text: impl Into<String>) -> Self {
        Output::Message(text.into())
    }

    /// A short description of the variant, used in error messages.
    fn describe(&self) -> &'static str {
        match self {
            Output::List { .. } => "a list",
            Output::Record(_) => "a record",
            Output::Json(_) => "raw JSON",
            Output::Message(_) => "a message",
            Output::Sections(_) => "a multi-section view",
            Output::Chart(chart) => chart.data.describe(),
        }
    }
}

/// Where the rendered bytes go. For stdout, `terminal::Terminal::stdout_target` builds it from
/// the run's one decision about terminals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// The writer is a terminal: tables get borders and wrap to `width`.
    /// When false, tables are plain aligned text that never wraps.
    pub tty: bool,
    /// Terminal width in columns, used to fit bordered tables. `None`: no wrapping.
    pub width: Option<u16>,
    /// Whether ANSI styling (bold headers and titles) is allowed. Only used when `tty`.
    pub color: bool,
}

impl Target {
    /// A pipe or file: plain text, no colour, no width.
    pub const fn piped() -> Self {
        Target {
            tty: false,
            width: None,
            color: false,
        }
    }

    /// A terminal of the given width.
    pub const fn terminal(width: Option<u16>, color: bool) -> Self {
        Target {
            tty: true,
            width,
            color,
        }
    }
}

/// Why rendering failed.
#[derive(Debug)]
pub enum RenderError {
    /// Writing failed. Check `kind() == BrokenPipe` to exit quietly when the reader went away.
    Io(io::Error),
    /// The output cannot be shown in the requested format (e.g. a message as CSV).
    Unsupported { format: Format, what: &'static str },
    /// `--columns` named a column the output does not have.
    UnknownColumns(UnknownColumns),
    /// The `--jq` filter failed on the output (the filter itself was checked before the run).
    Jq(String),
}

impl RenderError {
    /// True if this is a write to a closed pipe (e.g. `vpnmine ... | head -1`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, RenderError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Io(e) => write!(f, "failed to write output: {e}"),
            RenderError::Unsupported { format, what } => write!(
                f,
                "{what} cannot be shown as {format} output; use -o json (or -o table) instead"
            ),
            RenderError::UnknownColumns(unknown) => unknown.fmt(f),
            RenderError::Jq(error) => write!(f, "--jq: {error}"),
        }
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RenderError::Io(e) => Some(e),
            RenderError::Unsupported { .. }
            | RenderError::UnknownColumns(_)
            | RenderError::Jq(_) => None,
        }
    }
}

impl From<RenderError> for crate::error::CliError {
    /// What the user asked for that cannot be shown is a usage error (exit 2); a failed write
    /// is a failure (exit 1).
    fn from(e: RenderError) -> Self {
        match e {
            RenderError::UnknownColumns(_) | RenderError::Jq(_) => {
                crate::error::CliError::usage(e.to_string())
            }
            RenderError::Io(_) | RenderError::Unsupported { .. } => {
                crate::error::CliError::failed(e.to_string())
            }
        }
    }
}

impl From<io::Error> for RenderError {
    fn from(e: io::Error) -> Self {
        RenderError::Io(e)
    }
}

/// Renders `output` in `format` for `target` into `w`, then flushes `w`.
///
/// The whole text is built in memory first, so nothing is written when rendering is refused
/// ([`RenderError::Unsupported`]); write failures come back as [`RenderError::Io`].
pub fn render(
    output: &Output,
    format: Format,
    target: &Target,
    w: &mut dyn Write,
) -> Result<(), RenderError> {
    let bytes = render_to_vec(output, format, target)?;
    w.write_all(&bytes)?;
    w.flush()?;
    Ok(())
}

/// Renders `output` as the user chose to see it ([`View`]): `--jq`'s results, or the format
/// narrowed to `--columns`. Columns that the output does not have are an error, after the
/// whole output has been written: the command may have changed something, and a typo in
/// `--columns` must not hide what it did.
pub fn show(
    output: &Output,
    view: &View,
    target: &Target,
    w: &mut dyn Write,
) -> Result<(), RenderError> {
    if let Some(jq) = &view.jq {
        let input = json::value(output);
        let text = jq.render(&input, target.tty).map_err(RenderError::Jq)?;
        w.write_all(text.as_bytes())?;
        return Ok(w.flush()?);
    }
    if view.columns.is_empty() {
        return render(output, view.format, target, w);
    }
    match select_columns(output, &view.columns) {
        Ok(narrowed) => render(&narrowed, view.format, target, w),
        Err(unknown) => {
            render(output, view.format, target, w)?;
            Err(RenderError::UnknownColumns(unknown))
        }
    }
}

/// Like [`render`], but returns the text instead of writing it.
pub fn render_to_string(
    output: &Output,
    format: Format,
    target: &Target,
) -> Result<String, RenderError> {
    let bytes = render_to_vec(output, format, target)?;
    // Every renderer produces UTF-8 (from `String`s and serde_json).
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn render_to_vec(output: &Output, format: Format, target: &Target) -> Result<Vec<u8>, RenderError> {
    match format {
        Format::Json => Ok(json::render(output)),
        Format::Csv => csv_out::render(output),
        Format::Table => Ok(table::render(output, target).into_bytes()),
    }
}
