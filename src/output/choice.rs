//! What the user chose to see of an output: the format, `--columns` and `--jq`.
//!
//! `--columns a,b,c` chooses and orders the columns of tables and CSV (as gh users expect). A
//! name matches a column's header or its path, ignoring case and punctuation, so `cpu`,
//! `CPU%` and `metrics.cpu.usage` all name the CPU column of `servers list`. Of a record it
//! chooses fields. An unknown name is an error (exit 2) that still prints the whole output
//! first: the command may have changed something, and a typo must not hide what it did.

use serde_json::{Map, Value};

use super::jq::Jq;
use super::value;
use super::{Column, Format, Output, Section};

/// The format and the selection a run's output is shown with.
#[derive(Debug, Default)]
pub struct View {
    pub format: Format,
    /// The columns to show, in order; empty: the command's own.
    pub columns: Vec<String>,
    /// `--jq`: the filter replaces the format's rendering (the output is JSON first).
    pub jq: Option<Jq>,
}

impl From<Format> for View {
    fn from(format: Format) -> Self {
        View {
            format,
            ..View::default()
        }
    }
}

/// Names of `--columns` that match nothing in the output, and the names that would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownColumns {
    pub unknown: Vec<String>,
    pub known: Vec<String>,
}

impl std::fmt::Display for UnknownColumns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = if self.unknown.len() == 1 { "" } else { "s" };
        write!(
            f,
            "--columns: no column{plural} named {}",
            self.unknown.join(", ")
        )?;
        if self.known.is_empty() {
            write!(f, "; this output has no columns to choose from (use --jq)")
        } else {
            write!(f, "; this output's columns: {}", self.known.join(", "))
        }
    }
}

/// The key a column name is compared by: lower case, letters and digits only.
fn key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column of `columns` that `name` names: by header, by path, or by the path's last step.
fn find_column(columns: &[Column], name: &str) -> Option<Column> {
    let wanted = key(name);
    let by = |f: fn(&Column) -> &str| columns.iter().find(|c| key(f(c)) == wanted).copied();
    by(|c| c.header)
        .or_else(|| by(|c| c.path))
        .or_else(|| by(|c| c.path.rsplit('.').next().unwrap_or(c.path)))
}

/// `output` narrowed to `names`, in their order.
pub fn select_columns(output: &Output, names: &[String]) -> Result<Output, UnknownColumns> {
    match output {
        Output::List { columns, items } => {
            let mut chosen = Vec::new();
            let mut unknown = Vec::new();
            for name in names {
                match find_column(columns, name) {
                    Some(column) => chosen.push(column),
                    None => unknown.push(name.clone()),
                }
            }
            if !unknown.is_empty() {
                let known = columns.iter().map(|c| c.header.to_string()).collect();
                return Err(UnknownColumns { unknown, known });
            }
            Ok(Output::List {
                columns: chosen,
                items: items.clone(),
            })
        }
        Output::Record(record) => {
            let fields = value::flatten(record);
            let mut chosen = Map::new();
            let mut unknown = Vec::new();
            for name in names {
                let wanted = key(name);
                let found = fields
                    .iter()
                    .find(|(field, _)| key(field) == wanted)
                    .or_else(|| {
                        fields.iter().find(|(field, _)| {
                            key(field.rsplit('.').next().unwrap_or(field)) == wanted
                        })
                    });
                match found {
                    Some((field, v)) => {
                        chosen.insert(field.clone(), (*v).clone());
                    }
                    None => unknown.push(name.clone()),
                }
            }
            if !unknown.is_empty() {
                let known = fields.into_iter().map(|(field, _)| field).collect();
                return Err(UnknownColumns { unknown, known });
            }
            Ok(Output::Record(Value::Object(chosen)))
        }
        // The lists of a view with several sections that have every named column are
        // narrowed; the others stay whole. None having them is the error.
        Output::Sections(sections) => {
            let mut narrowed_any = false;
            let mut known = Vec::new();
            let mut unknown = Vec::new();
            let sections = sections
                .iter()
                .map(|section| {
                    let output = match select_columns(&section.output, names) {
                        Ok(output @ Output::List { .. }) => {
                            narrowed_any = true;
                            output
                        }
                        Ok(_) => section.output.clone(),
                        Err(error) => {
                            if let Output::List { .. } = section.output {
                                known.extend(error.known);
                                unknown = error.unknown;
                            }
                            section.output.clone()
                        }
                    };
                    Section {
                        key: section.key,
                        title: section.title.clone(),
                        output,
                    }
                })
                .collect();
            if narrowed_any {
                Ok(Output::Sections(sections))
            } else {
                Err(UnknownColumns {
                    unknown: if unknown.is_empty() {
                        names.to_vec()
                    } else {
                        unknown
                    },
                    known,
                })
            }
        }
        Output::Chart(chart) => select_columns(&chart.data, names),
        Output::Json(_) | Output::Message(_) => Err(UnknownColumns {
            unknown: names.to_vec(),
            known: Vec::new(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn servers() -> Output {
        Output::list(
            vec![
                Column::new("ID", "id"),
                Column::new("NAME", "hostName"),
                Column::new("CPU%", "metrics.cpuUsage"),
                Column::amount("BALANCE", "mining.balance"),
            ],
            vec![
                json!({"id": "s1", "hostName": "a", "metrics": {"cpuUsage": 5.0}, "mining": {"balance": "1.5"}}),
            ],
        )
    }

    fn headers(output: &Output) -> Vec<&'static str> {
        match output {
            Output::List { columns, .. } => columns.iter().map(|c| c.header).collect(),
            other => panic!("not a list: {other:?}"),
        }
    }

    #[test]
    fn names_match_headers_paths_and_last_steps_in_any_case_and_order() {
        let names = ["balance", "Cpu%", "metrics.cpuUsage", "hostname", "ID"].map(String::from);
        let chosen = select_columns(&servers(), &names).unwrap();
        assert_eq!(headers(&chosen), ["BALANCE", "CPU%", "CPU%", "NAME", "ID"]);
        // The amount column keeps its alignment.
        let Output::List { columns, .. } = chosen else {
            unreachable!()
        };
        assert!(columns[0].right);
    }

    #[test]
    fn unknown_names_are_listed_with_the_known_ones() {
        let names = ["id", "nmae", "ram"].map(String::from);
        let error = select_columns(&servers(), &names).unwrap_err();
        assert_eq!(error.unknown, ["nmae", "ram"]);
        assert_eq!(error.known, ["ID", "NAME", "CPU%", "BALANCE"]);
        let text = error.to_string();
        assert!(
            text.contains("nmae, ram") && text.contains("ID, NAME, CPU%, BALANCE"),
            "{text}"
        );
    }

    #[test]
    fn records_keep_the_chosen_fields_in_order() {
        let record =
            Output::Record(json!({"id": "u1", "wallet": {"balance": "2"}, "role": "ADMIN"}));
        let names = ["role", "balance"].map(String::from);
        let Output::Record(chosen) = select_columns(&record, &names).unwrap() else {
            panic!("not a record")
        };
        let keys: Vec<&String> = chosen.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 2);
        assert_eq!(chosen["role"], "ADMIN");
        assert_eq!(chosen["wallet.balance"], "2");
        assert!(select_columns(&record, &["email".to_string()]).is_err());
    }

    #[test]
    fn sections_narrow_the_lists_that_have_the_columns() {
        let view = Output::Sections(vec![
            Section::new("summary", "Summary", Output::Record(json!({"total": 1}))),
            Section::new("servers", "Servers", servers()),
        ]);
        let Output::Sections(sections) = select_columns(&view, &["name".to_string()]).unwrap()
        else {
            panic!("not sections")
        };
        assert!(matches!(sections[0].output, Output::Record(_)));
        assert_eq!(headers(&sections[1].output), ["NAME"]);

        let error = select_columns(&view, &["nope".to_string()]).unwrap_err();
        assert_eq!(error.known, ["ID", "NAME", "CPU%", "BALANCE"]);
    }

    #[test]
    fn messages_have_no_columns() {
        let error = select_columns(&Output::message("done"), &["id".to_string()]).unwrap_err();
        assert!(error.known.is_empty());
        assert!(error.to_string().contains("--jq"), "{error}");
    }
}
