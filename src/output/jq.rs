//! `--jq EXPR`: a jq filter over a command's JSON output, run by jaq (a maintained Rust
//! implementation of jq), so that scripts need no `jq` installed: `gh`'s `--jq` is the model.
//!
//! Each result prints on its own line; strings print raw (as `jq -r` does), everything else as
//! JSON: compact when piped, so one result is one line, indented on a terminal.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

/// A compiled `--jq` filter.
pub struct Jq {
    filter: jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    /// Parses and compiles `code` with jq's standard library; the error says where it went wrong.
    pub fn compile(code: &str) -> Result<Self, String> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let modules = Loader::new(defs)
            .load(&arena, File { code, path: () })
            .map_err(|errors| {
                let messages: Vec<String> = errors
                    .into_iter()
                    .flat_map(|(_, error)| load_messages(error))
                    .collect();
                messages.join("; ")
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let messages: Vec<String> = errors
                    .into_iter()
                    .flat_map(|(_, errors)| errors)
                    .map(|(name, undefined)| format!("undefined {undefined:?}: {name}"))
                    .collect();
                messages.join("; ")
            })?;
        Ok(Jq { filter })
    }

    /// Runs the filter on `input`: every result, or the first error (as jq stops at it).
    pub fn run(&self, input: &Value) -> Result<Vec<Val>, String> {
        // serde_json writes what jaq reads; a value that came from JSON always converts.
        let bytes = serde_json::to_vec(input).map_err(|e| e.to_string())?;
        let input = jaq_json::read::parse_single(&bytes).map_err(|e| e.to_string())?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        self.filter
            .id
            .run((ctx, input))
            .map(unwrap_valr)
            .map(|result| result.map_err(|e| e.to_string()))
            .collect()
    }

    /// The text `--jq` prints for `input`: one line per result (see the module's comment).
    pub fn render(&self, input: &Value, pretty: bool) -> Result<String, String> {
        let mut text = String::new();
        for value in self.run(input)? {
            match &value {
                Val::TStr(bytes) => text.push_str(&String::from_utf8_lossy(bytes)),
                other => {
                    let compact = other.to_string();
                    match serde_json::from_str::<Value>(&compact) {
                        Ok(json) if pretty => {
                            text.push_str(&serde_json::to_string_pretty(&json).unwrap_or(compact))
                        }
                        _ => text.push_str(&compact),
                    }
                }
            }
            text.push('\n');
        }
        Ok(text)
    }
}

/// What went wrong while reading the expression, one message per error.
fn load_messages(error: jaq_core::load::Error<&str>) -> Vec<String> {
    use jaq_core::load::Error;
    let at = |rest: &str| {
        if rest.is_empty() {
            "at the end".to_string()
        } else {
            let shown: String = rest.chars().take(20).collect();
            format!("at `{shown}`")
        }
    };
    match error {
        Error::Io(errors) => errors
            .into_iter()
            .map(|(path, e)| format!("{path}: {e}"))
            .collect(),
        Error::Lex(errors) => errors
            .into_iter()
            .map(|(expected, rest)| format!("expected {} {}", expected.as_str(), at(rest)))
            .collect(),
        Error::Parse(errors) => errors
            .into_iter()
            .map(|(expected, rest)| format!("expected {} {}", expected.as_str(), at(rest)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_print_strings_raw_and_the_rest_as_json() {
        let jq = Jq::compile(".[] | select(.cpu > 50) | .name").unwrap();
        let input =
            json!([{"name": "a", "cpu": 70}, {"name": "b", "cpu": 10}, {"name": "c", "cpu": 51.5}]);
        assert_eq!(jq.render(&input, false).unwrap(), "a\nc\n");

        let jq = Jq::compile("map({id, n: (.cpu * 2)})").unwrap();
        let input = json!([{"id": 1, "cpu": 3}]);
        assert_eq!(jq.render(&input, false).unwrap(), "[{\"id\":1,\"n\":6}]\n");
        assert_eq!(
            jq.render(&input, true).unwrap(),
            "[\n  {\n    \"id\": 1,\n    \"n\": 6\n  }\n]\n"
        );
    }

    #[test]
    fn the_standard_library_is_there() {
        let jq = Jq::compile("[.[] | .x] | add, length, (map(tostring) | join(\",\"))").unwrap();
        let input = json!([{"x": 1}, {"x": 2}]);
        assert_eq!(jq.render(&input, false).unwrap(), "3\n2\n1,2\n");
    }

    #[test]
    fn bad_expressions_say_what_is_wrong() {
        let error = Jq::compile(".[] | select(").unwrap_err();
        assert!(error.contains("expected"), "{error}");
        let error = Jq::compile("nosuchfunction(1)").unwrap_err();
        assert!(error.contains("nosuchfunction"), "{error}");
    }

    #[test]
    fn runtime_errors_come_back_as_errors() {
        let jq = Jq::compile(".foo").unwrap();
        let error = jq.run(&json!([1, 2])).unwrap_err();
        assert!(error.to_lowercase().contains("index"), "{error}");
    }

    #[test]
    fn big_integers_and_exact_decimals_survive() {
        // Token amounts arrive as decimal strings; ids and counts as integers.
        let jq = Jq::compile(".").unwrap();
        let input = json!({"balance": "1234567.000001", "n": 9007199254740993_u64});
        assert_eq!(
            jq.render(&input, false).unwrap(),
            "{\"balance\":\"1234567.000001\",\"n\":9007199254740993}\n"
        );
    }
}
