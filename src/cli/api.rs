//! `vpnmine api`: the API as data — raw GraphQL passthrough, the operation table and the
//! schema. Also the man page (`vpnmine man`), generated from the same clap definitions.

use std::io::Read;

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::GlobalArgs;
use crate::error::CliError;
use crate::operation_table::OPERATIONS;
use crate::output::{Column, Format, Output};

const API_AFTER_HELP: &str = "\
QUERY is a GraphQL document, or @FILE to read it from a file (@- reads stdin). The answer's
`data` is printed as JSON; errors keep their exit codes (VAL_001 → 2, AUTH_001 → 4, ...).

-F NAME=VALUE sets the variable $NAME. VALUE is read as JSON when it parses (42, true, null,
\"text\", [1,2], {\"page\":1}), otherwise it is the string itself, like `gh api -F`.

--paginate runs QUERY with $page = 1, 2, 3, ... (QUERY must declare $page) while the first
`pageInfo` in the answer (depth-first, keys in alphabetical order) has `hasNext: true`. The
pages are merged: every `items` array of the first page is extended with the `items` array at
the same path of each later page; `pageInfo` is the last page's; everything else is the
first page's.

Examples:
  vpnmine api '{ miningServers { pageInfo { totalItems } } }'
  vpnmine api 'query($id: ID!) { userDashboard(userId: $id) { user { username } } }' -F id=usr-user
  vpnmine api @servers.graphql --paginate -F size=500
  vpnmine api 'query($page: Int!) { miningServers(pagination: {page: $page, size: 100}) {
      items { id hostName } pageInfo { hasNext } } }' --paginate | jq '.miningServers.items | length'
  vpnmine api operations
  vpnmine api schema > schema.graphql";

/// At most this many pages are followed by --paginate (a guard against a server that never
/// says there is no next page).
const MAX_PAGES: i64 = 100_000;

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = API_AFTER_HELP
)]
pub struct ApiArgs {
    #[command(subcommand)]
    pub command: Option<ApiCommand>,
    /// A GraphQL document, or @FILE (@- for stdin).
    #[arg(value_name = "QUERY", required = true)]
    pub query: Option<String>,
    /// A variable: NAME=VALUE, VALUE as JSON when it parses, else a string (repeatable).
    #[arg(short = 'F', long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// Follow every page: repeat QUERY with $page = 1, 2, ... and merge the `items` arrays.
    #[arg(long)]
    pub paginate: bool,
}

#[derive(Debug, Subcommand)]
pub enum ApiCommand {
    /// Every root field with its operation document and command.
    #[command(after_help = "Example:\n  vpnmine api operations -o json | jq -r '.[].command'")]
    Operations,
    /// Print the schema (SDL) the bundled server implements: the contents of schema.graphql.
    #[command(after_help = "Example:\n  vpnmine api schema > schema.graphql")]
    Schema,
}

/// `None` when the command printed its result itself (the schema is text, not data).
pub async fn run(args: ApiArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match args.command {
        Some(ApiCommand::Operations) => Ok(Some(operations())),
        Some(ApiCommand::Schema) => {
            // The committed contract, which a test keeps equal to what the server exports.
            print!("{}", include_str!("../../schema.graphql"));
            Ok(None)
        }
        None => raw(args, global).await.map(Some),
    }
}

fn operations() -> Output {
    let items = OPERATIONS
        .iter()
        .map(|op| serde_json::to_value(op).unwrap_or(Value::Null))
        .collect();
    Output::List {
        columns: vec![
            Column::new("FIELD", "field"),
            Column::new("KIND", "kind"),
            Column::new("COMMAND", "command"),
            Column::new("OPERATION", "operation"),
            Column::new("DOCUMENT", "document"),
        ],
        items,
    }
}

async fn raw(args: ApiArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    if global.output == Format::Csv {
        return Err(
            CliError::usage("`vpnmine api` prints JSON; -o csv is not available for it")
                .with_hint("use -o json and jq, or a typed command such as `servers list -o csv`"),
        );
    }
    let query = read_query(args.query.as_deref().unwrap_or_default())?;
    let mut variables = parse_fields(&args.fields)?;
    if !args.paginate {
        let client = global.client().await?;
        return client
            .run_raw(&query, &Value::Object(variables))
            .await
            .map(Output::Json);
    }
    if variables.contains_key("page") {
        return Err(CliError::usage(
            "-F page=... cannot be combined with --paginate, which sets $page itself",
        ));
    }
    if !declares_page(&query) {
        return Err(
            CliError::usage("--paginate needs a QUERY that declares the variable $page").with_hint(
                "e.g. query($page: Int!) { miningServers(pagination: {page: $page}) { ... } }",
            ),
        );
    }
    let client = global.client().await?;
    let mut merged: Option<Value> = None;
    let mut page: i64 = 1;
    loop {
        variables.insert("page".into(), Value::from(page));
        let data = client
            .run_raw(&query, &Value::Object(variables.clone()))
            .await?;
        let has_next = first_has_next(&data).unwrap_or(false);
        merged = Some(match merged {
            None => data,
            Some(mut base) => {
                merge_page(&mut base, data);
                base
            }
        });
        if !has_next {
            break;
        }
        if page >= MAX_PAGES {
            return Err(CliError::failed(format!(
                "stopped after {MAX_PAGES} pages: the platform keeps answering hasNext: true"
            )));
        }
        page += 1;
    }
    Ok(Output::Json(merged.unwrap_or(Value::Null)))
}

/// The document itself, or the contents of `@FILE` (`@-`: stdin).
fn read_query(input: &str) -> Result<String, CliError> {
    let text = match input.strip_prefix('@') {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| CliError::usage(format!("cannot read QUERY from stdin: {e}")))?;
            text
        }
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("cannot read QUERY from '{path}': {e}")))?,
        None => input.to_string(),
    };
    if text.trim().is_empty() {
        return Err(CliError::usage(
            "QUERY is empty: give a GraphQL document or @FILE",
        ));
    }
    Ok(text)
}

/// `-F NAME=VALUE` pairs as GraphQL variables; a later pair overrides an earlier one.
fn parse_fields(fields: &[String]) -> Result<Map<String, Value>, CliError> {
    let mut variables = Map::new();
    for field in fields {
        let bad = |why: &str| {
            CliError::usage(format!("invalid -F '{field}': {why}"))
                .with_hint("write -F NAME=VALUE, e.g. -F id=usr-user or -F size=50")
        };
        let (name, value) = field.split_once('=').ok_or_else(|| bad("no '='"))?;
        let name = name.strip_prefix('$').unwrap_or(name);
        let valid_name = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid_name {
            return Err(bad("NAME must be a GraphQL variable name"));
        }
        let value =
            serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
        variables.insert(name.to_string(), value);
    }
    Ok(variables)
}

/// Whether the document declares `$page` (a variable definition, not just a use).
fn declares_page(query: &str) -> bool {
    use apollo_compiler::ast::{Definition, Document};
    match Document::parse(query, "query.graphql") {
        Ok(document) => document.definitions.iter().any(|definition| {
            matches!(definition, Definition::OperationDefinition(op)
                if op.variables.iter().any(|v| v.name.as_str() == "page"))
        }),
        // Let the platform explain a document it cannot parse.
        Err(_) => query.contains("$page"),
    }
}

/// `hasNext` of the first `pageInfo` object found depth-first (keys in map order).
fn first_has_next(value: &Value) -> Option<bool> {
    match value {
        Value::Object(map) => {
            if let Some(info) = map.get("pageInfo").and_then(Value::as_object) {
                return Some(
                    info.get("hasNext")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                );
            }
            map.values().find_map(first_has_next)
        }
        Value::Array(items) => items.iter().find_map(first_has_next),
        _ => None,
    }
}

/// Merges a later page into `base`: `items` arrays are extended, `pageInfo` is replaced,
/// objects are merged key by key, anything else keeps the first page's value.
fn merge_page(base: &mut Value, next: Value) {
    let (Value::Object(base), Value::Object(next)) = (base, next) else {
        return;
    };
    for (key, value) in next {
        match (base.get_mut(&key), value) {
            (Some(Value::Array(items)), Value::Array(more)) if key == "items" => items.extend(more),
            (Some(slot), value) if key == "pageInfo" => *slot = value,
            (Some(slot @ Value::Object(_)), value @ Value::Object(_)) => merge_page(slot, value),
            (Some(_), _) => {}
            (None, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// The man page (roff): the global options, every command with its arguments and examples,
/// exit codes. `vpnmine man` prints it; `man/vpnmine.1` is a committed copy.
pub fn man_page() -> Vec<u8> {
    use clap_mangen::roff::{Roff, bold, italic, roman};

    let mut root = super::Cli::command_with_conventions();
    root.build();
    let man = clap_mangen::Man::new(root.clone());
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    let mut leaves = Vec::new();
    collect_leaves(&root, "vpnmine".to_string(), &mut leaves);
    for (path, cmd) in leaves {
        roff.control("SS", [path.as_str()]);
        if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.is_hide_set() || arg.is_global_set() || id == "help" || id == "version" {
                continue;
            }
            roff.control("TP", []);
            let mut head = Vec::new();
            if let Some(short) = arg.get_short() {
                head.push(bold(format!("-{short}")));
                head.push(roman(if arg.get_long().is_some() { ", " } else { "" }));
            }
            if let Some(long) = arg.get_long() {
                head.push(bold(format!("--{long}")));
            }
            let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
            if arg.is_positional() || takes_value {
                let name = arg
                    .get_value_names()
                    .and_then(|names| names.first())
                    .map_or_else(|| id.to_uppercase(), ToString::to_string);
                let sep = if arg.is_positional() { "" } else { " " };
                head.push(italic(format!("{sep}<{name}>")));
            }
            roff.text(head);
            let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() && takes_value {
                help.push_str(&format!(" [possible values: {}]", values.join(", ")));
            }
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() && takes_value {
                help.push_str(&format!(" [default: {}]", defaults.join(",")));
            }
            roff.text([roman(help)]);
        }
        if let Some(after) = cmd.get_after_help() {
            roff.control("PP", []);
            roff.control("nf", []);
            for line in after.to_string().lines() {
                roff.text([roman(line.to_string())]);
            }
            roff.control("fi", []);
        }
    }
    if let Some(after) = root.get_after_help() {
        roff.control("SH", ["EXIT STATUS AND EXAMPLES"]);
        roff.control("nf", []);
        for line in after.to_string().lines() {
            roff.text([roman(line.to_string())]);
        }
        roff.control("fi", []);
    }
    out.extend_from_slice(roff.to_roff().as_bytes());
    let _ = man.render_version_section(&mut out);
    // Each clap_mangen section starts with the same apostrophe preamble: keep the first.
    let text = String::from_utf8_lossy(&out).into_owned();
    let preamble = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    match text.split_once(preamble) {
        Some((head, rest)) => {
            format!("{head}{preamble}{}", rest.replace(preamble, "")).into_bytes()
        }
        None => text.into_bytes(),
    }
}

/// Every visible command that runs something (no subcommands of its own, or a positional
/// form like `api QUERY`), with its full path.
fn collect_leaves(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let sub_path = format!("{path} {}", sub.get_name());
        let runs_itself = sub.get_positionals().next().is_some();
        if !sub.has_subcommands() || runs_itself {
            out.push((sub_path.clone(), sub.clone()));
        }
        collect_leaves(sub, sub_path, out);
    }
}

pub fn print_man() -> Result<(), CliError> {
    use std::io::Write;
    std::io::stdout()
        .write_all(&man_page())
        .map_err(|e| CliError::failed(format!("cannot write the man page: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_are_json_when_they_parse() {
        let fields: Vec<String> = [
            "n=42",
            "b=true",
            "s=usr-user",
            "q=\"42\"",
            "o={\"page\":2}",
            "$x=null",
            "e=",
            "n=7",
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        let vars = parse_fields(&fields).unwrap();
        assert_eq!(
            Value::Object(vars),
            json!({"n": 7, "b": true, "s": "usr-user", "q": "42", "o": {"page": 2}, "x": null, "e": ""})
        );
        for bad in ["noequals", "=1", "1a=2", "a-b=3"] {
            let e = parse_fields(&[bad.to_string()]).unwrap_err();
            assert!(e.message.contains("invalid -F"), "{bad}: {e}");
        }
    }

    #[test]
    fn pages_merge_items_and_keep_the_last_page_info() {
        let mut base = json!({"a": {"items": [1, 2], "pageInfo": {"hasNext": true}, "total": 5}});
        merge_page(
            &mut base,
            json!({"a": {"items": [3], "pageInfo": {"hasNext": false}, "total": 6}}),
        );
        assert_eq!(
            base,
            json!({"a": {"items": [1, 2, 3], "pageInfo": {"hasNext": false}, "total": 5}})
        );
        assert_eq!(
            first_has_next(&json!({"x": {"pageInfo": {"hasNext": true}}})),
            Some(true)
        );
        assert_eq!(first_has_next(&json!({"x": 1})), None);
    }

    #[test]
    fn page_must_be_declared() {
        assert!(declares_page("query($page: Int!) { a(page: $page) }"));
        assert!(!declares_page("{ miningServers { pageInfo { hasNext } } }"));
        assert!(!declares_page("query($p: Int) { a(page: $p) }"));
    }
}
