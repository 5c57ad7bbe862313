//! JSON rendering: the data itself, pretty-printed, with a trailing newline.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::Output;

/// Serializes an [`Output`] as the JSON that scripts see.
struct JsonView<'a>(&'a Output);

impl Serialize for JsonView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Output::List { items, .. } => items.serialize(s),
            Output::Record(v) | Output::Json(v) => v.serialize(s),
            Output::Message(m) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("message", m)?;
                map.end()
            }
            // Written as a map in section order, whatever serde_json's map ordering is.
            Output::Sections(sections) => {
                s.collect_map(sections.iter().map(|sec| (sec.key, JsonView(&sec.output))))
            }
            Output::Chart(chart) => JsonView(&chart.data).serialize(s),
        }
    }
}

/// The JSON value scripts see, for `--jq`.
pub(super) fn value(output: &Output) -> serde_json::Value {
    // Serializing into a Value cannot fail for the same reasons as below.
    serde_json::to_value(JsonView(output)).unwrap_or_default()
}

pub(super) fn render(output: &Output) -> Vec<u8> {
    // Serializing JSON values and strings into memory cannot fail: map keys are strings and
    // serde_json numbers are always finite.
    let mut bytes = serde_json::to_vec_pretty(&JsonView(output)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
