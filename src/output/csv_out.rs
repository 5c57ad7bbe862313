//! CSV rendering: a header row and one row per item, raw scalar values, proper quoting.
//! Text cells that a spreadsheet would run as a formula get a leading `'`
//! ([`spreadsheet_safe`]); numbers and booleans are written as they are.

use serde_json::Value;

use super::value::{self, Style};
use super::{Column, Format, Output, RenderError};
use crate::domain::spreadsheet_safe;

pub(super) fn render(output: &Output) -> Result<Vec<u8>, RenderError> {
    let (header, rows): (Vec<String>, Vec<Vec<String>>) = match output {
        Output::List { columns, items } => (
            header(columns),
            items.iter().map(|item| row(columns, item)).collect(),
        ),
        Output::Record(record) => {
            let fields = value::flatten(record);
            if fields.is_empty() {
                return Ok(Vec::new());
            }
            let header = fields.iter().map(|(k, _)| text_cell(k)).collect();
            let row = fields.iter().map(|(_, v)| cell(v)).collect();
            (header, vec![row])
        }
        Output::Chart(chart) => return render(&chart.data),
        other => {
            return Err(RenderError::Unsupported {
                format: Format::Csv,
                what: other.describe(),
            });
        }
    };
    // A record with no fields cannot be told apart from an empty line; write nothing instead.
    if header.is_empty() {
        return Ok(Vec::new());
    }
    write(std::iter::once(&header).chain(rows.iter()))
}

/// The header row of a list with `columns`.
pub(super) fn header(columns: &[Column]) -> Vec<String> {
    columns.iter().map(|c| text_cell(c.header)).collect()
}

/// The row of `item` under `columns`.
pub(super) fn row(columns: &[Column], item: &Value) -> Vec<String> {
    columns
        .iter()
        .map(|c| {
            let v = value::lookup(item, c.path);
            // A column's cell function flattens a structured value (a list of protocols)
            // into text; scalars stay raw for scripts.
            match c.cell {
                Some(cell) if v.is_array() || v.is_object() => text_cell(&cell(v)),
                _ => cell(v),
            }
        })
        .collect()
}

/// `records` as CSV lines, quoted where they need it.
pub(super) fn write<'a>(
    records: impl IntoIterator<Item = &'a Vec<String>>,
) -> Result<Vec<u8>, RenderError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        writer.write_record(record).map_err(csv_error)?;
    }
    writer
        .into_inner()
        .map_err(|e| RenderError::Io(e.into_error()))
}

/// The CSV text of a value: numbers, booleans and nulls raw (so `-5` stays a number), text
/// (strings, lists, objects) made safe for spreadsheets.
fn cell(v: &Value) -> String {
    let text = value::cell_text(v, Style::Csv);
    match v {
        Value::Number(_) | Value::Bool(_) | Value::Null => text,
        Value::String(_) | Value::Array(_) | Value::Object(_) => text_cell(&text),
    }
}

fn text_cell(text: &str) -> String {
    spreadsheet_safe(text).into_owned()
}

fn csv_error(e: csv::Error) -> RenderError {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => RenderError::Io(io),
        other => RenderError::Io(std::io::Error::other(format!("{other:?}"))),
    }
}
