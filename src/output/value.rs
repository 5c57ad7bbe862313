//! Turning JSON values into cell text: path lookup, scalar formatting, record flattening.

use serde_json::Value;

static NULL: Value = Value::Null;

/// How scalars are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// For people: floats with 2 decimals, null as `-`.
    Table,
    /// For scripts: numbers as serde_json writes them, null as an empty cell.
    Csv,
}

/// The value at a dotted `path` in `item`; `Null` when any step is missing.
/// A step into an array must be an index (`"tags.0"`). The empty path is `item` itself.
pub(crate) fn lookup<'a>(item: &'a Value, path: &str) -> &'a Value {
    if path.is_empty() {
        return item;
    }
    let mut current = item;
    for step in path.split('.') {
        let next = match current {
            Value::Object(map) => map.get(step),
            Value::Array(items) => step.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
        match next {
            Some(v) => current = v,
            None => return &NULL,
        }
    }
    current
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn scalar_text(v: &Value, style: Style) -> String {
    match v {
        Value::Null => match style {
            Style::Table => "-".to_string(),
            Style::Csv => String::new(),
        },
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match style {
            // Huge floats would print hundreds of digits: keep serde_json's form for those.
            Style::Table if n.is_f64() && n.as_f64().is_some_and(|f| f.abs() < 1e15) => {
                let f = n.as_f64().unwrap_or(0.0);
                let s = format!("{f:.2}");
                if s == "-0.00" { "0.00".to_string() } else { s }
            }
            _ => n.to_string(),
        },
        Value::String(s) => s.clone(),
        Value::Array(_) | Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
    }
}

/// The text of one cell: scalars as above, arrays of scalars joined with `", "`, anything else
/// (objects, arrays holding objects or arrays) as compact JSON.
pub(crate) fn cell_text(v: &Value, style: Style) -> String {
    match v {
        Value::Array(items) if items.iter().all(is_scalar) => items
            .iter()
            .map(|i| scalar_text(i, style))
            .collect::<Vec<_>>()
            .join(", "),
        _ => scalar_text(v, style),
    }
}

/// Flattens a record into `(dotted key, leaf)` pairs in map order.
///
/// Non-empty nested objects are descended into; everything else (scalars, arrays, empty objects)
/// is a leaf. A top-level empty object has no fields; a top-level non-object is one field named
/// `value`.
pub(crate) fn flatten(record: &Value) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    match record {
        Value::Object(map) => {
            for (k, v) in map {
                flatten_into(k.clone(), v, &mut out);
            }
        }
        other => out.push(("value".to_string(), other)),
    }
    out
}

fn flatten_into<'a>(prefix: String, v: &'a Value, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            for (k, child) in map {
                flatten_into(format!("{prefix}.{k}"), child, out);
            }
        }
        _ => out.push((prefix, v)),
    }
}
