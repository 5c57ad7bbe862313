//! Lists written as their pages arrive (`--all -o csv|json`): the bytes [`super::show`] would
//! write for the whole list, so a script cannot tell the difference, but the first rows leave
//! before the last page is fetched and the list is never held whole.
//!
//! A table needs every row for its widths, and `--jq` a whole array to filter: those views
//! are not streamed ([`ListStream::start`] says so and the caller collects). Each page is
//! written whole and flushed, so when a later page fails, CSV holds complete lines; a JSON
//! array is left open, so that no parser takes it for the whole list.

use std::io::Write;

use serde_json::Value;

use super::choice::{UnknownColumns, View, select_columns};
use super::{Column, Format, Output, RenderError, csv_out};

/// A list being written page by page; [`ListStream::finish`] ends it.
pub struct ListStream<W: Write> {
    columns: Vec<Column>,
    format: Format,
    /// `--columns` names the list does not have: the whole list is written, then this error
    /// (as [`super::show`] does).
    unknown: Option<UnknownColumns>,
    written: u64,
    w: W,
}

impl<W: Write> ListStream<W> {
    /// Starts a list with `columns` shown as `view` says, writing its header now; `None` when
    /// the view needs the whole list first (a table, `--jq`).
    pub fn start(columns: Vec<Column>, view: &View, w: W) -> Result<Option<Self>, RenderError> {
        if view.jq.is_some() || view.format == Format::Table {
            return Ok(None);
        }
        let (columns, unknown) = if view.columns.is_empty() {
            (columns, None)
        } else {
            let empty = Output::List {
                columns: columns.clone(),
                items: Vec::new(),
            };
            match select_columns(&empty, &view.columns) {
                Ok(Output::List {
                    columns: chosen, ..
                }) => (chosen, None),
                Ok(_) => (columns, None),
                Err(unknown) => (columns, Some(unknown)),
            }
        };
        let mut stream = ListStream {
            columns,
            format: view.format,
            unknown,
            written: 0,
            w,
        };
        if stream.format == Format::Csv {
            let header = csv_out::write([&csv_out::header(&stream.columns)])?;
            stream.w.write_all(&header)?;
        }
        Ok(Some(stream))
    }

    /// Writes the rows of one page and flushes them.
    pub fn rows(&mut self, items: &[Value]) -> Result<(), RenderError> {
        let bytes = match self.format {
            Format::Csv => {
                let rows: Vec<Vec<String>> = items
                    .iter()
                    .map(|item| csv_out::row(&self.columns, item))
                    .collect();
                csv_out::write(&rows)?
            }
            _ => {
                let mut bytes = Vec::new();
                for item in items {
                    bytes.extend_from_slice(if self.written == 0 { b"[\n" } else { b",\n" });
                    json_item(item, &mut bytes);
                    self.written += 1;
                }
                bytes
            }
        };
        self.w.write_all(&bytes)?;
        Ok(self.w.flush()?)
    }

    /// Ends the list (a JSON array is closed) and flushes it.
    pub fn finish(mut self) -> Result<(), RenderError> {
        if self.format == Format::Json {
            let end: &[u8] = if self.written == 0 { b"[]\n" } else { b"\n]\n" };
            self.w.write_all(end)?;
        }
        self.w.flush()?;
        match self.unknown {
            Some(unknown) => Err(RenderError::UnknownColumns(unknown)),
            None => Ok(()),
        }
    }
}

/// `item` as an element of a pretty-printed array: indented one level. Pretty JSON never has
/// a raw newline inside a string, so indenting every line is indenting every value.
fn json_item(item: &Value, out: &mut Vec<u8>) {
    let text = serde_json::to_vec_pretty(item).unwrap_or_default();
    out.extend_from_slice(b"  ");
    for &byte in &text {
        out.push(byte);
        if byte == b'\n' {
            out.extend_from_slice(b"  ");
        }
    }
}
