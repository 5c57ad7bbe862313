//! The contract holds together: every root field of schema.graphql has an operation document
//! and an entry in the operation → command table; the server exports exactly schema.graphql;
//! the committed completions are current.

use std::collections::BTreeSet;
use std::path::Path;

use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationType, Selection, ServiceDocument, TypeKind,
    TypeSystemDefinition,
};
use vpnmine::operation_table::{Kind, OPERATIONS};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Root fields of schema.graphql as (kind, field).
fn root_fields() -> BTreeSet<(String, String)> {
    let schema: ServiceDocument =
        async_graphql::parser::parse_schema(read("schema.graphql")).expect("schema.graphql parses");
    let mut fields = BTreeSet::new();
    for definition in schema.definitions {
        if let TypeSystemDefinition::Type(ty) = definition {
            let kind = match ty.node.name.node.as_str() {
                "Query" => "query",
                "Mutation" => "mutation",
                "Subscription" => "subscription",
                _ => continue,
            };
            if let TypeKind::Object(object) = &ty.node.kind {
                for field in &object.fields {
                    fields.insert((kind.to_string(), field.node.name.node.to_string()));
                }
            }
        }
    }
    fields
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Query => "query",
        Kind::Mutation => "mutation",
        Kind::Subscription => "subscription",
    }
}

#[test]
fn every_root_field_has_a_document_and_a_command() {
    let schema_fields = root_fields();
    assert!(schema_fields.len() >= 25, "{schema_fields:?}");
    let table: BTreeSet<(String, String)> = OPERATIONS
        .iter()
        .map(|op| (kind_name(op.kind).to_string(), op.field.to_string()))
        .collect();
    let missing: Vec<_> = schema_fields.difference(&table).collect();
    assert!(
        missing.is_empty(),
        "root fields without an entry in OPERATIONS: {missing:?}"
    );
    let unknown: Vec<_> = table.difference(&schema_fields).collect();
    assert!(
        unknown.is_empty(),
        "OPERATIONS names fields the schema lacks: {unknown:?}"
    );
    assert_eq!(table.len(), OPERATIONS.len(), "one entry per root field");

    for op in OPERATIONS {
        let document: ExecutableDocument = async_graphql::parser::parse_query(read(op.document))
            .unwrap_or_else(|e| panic!("{}: {e}", op.document));
        let DocumentOperations::Multiple(operations) = &document.operations else {
            panic!("{}: operations must be named", op.document);
        };
        let operation = operations
            .get(op.operation)
            .unwrap_or_else(|| panic!("{} has no operation {}", op.document, op.operation));
        let expected = match op.kind {
            Kind::Query => OperationType::Query,
            Kind::Mutation => OperationType::Mutation,
            Kind::Subscription => OperationType::Subscription,
        };
        assert_eq!(operation.node.ty, expected, "{}", op.operation);
        let selected: Vec<String> = operation
            .node
            .selection_set
            .node
            .items
            .iter()
            .filter_map(|s| match &s.node {
                Selection::Field(f) => Some(f.node.name.node.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(
            selected,
            vec![op.field.to_string()],
            "{} selects its root field",
            op.operation
        );
        assert_command_exists(op.command);
    }
}

/// The command path (words before the first flag) exists in the CLI, and so do its flags.
fn assert_command_exists(command: &str) {
    let mut cli = vpnmine::cli::Cli::command_with_conventions();
    cli.build();
    let mut current = &cli;
    let words: Vec<&str> = command.split_whitespace().collect();
    assert!(!words.is_empty(), "empty command");
    for word in words.iter().take_while(|w| !w.starts_with("--")) {
        current = current
            .find_subcommand(word)
            .unwrap_or_else(|| panic!("`vpnmine {command}`: no subcommand {word}"));
    }
    for flag in words.iter().filter(|w| w.starts_with("--")) {
        let name = flag.trim_start_matches("--");
        assert!(
            current.get_arguments().any(|a| a.get_long() == Some(name)),
            "`vpnmine {command}`: no flag {flag}"
        );
    }
}

#[test]
fn every_graphql_document_is_in_the_table() {
    let listed: BTreeSet<&str> = OPERATIONS.iter().map(|op| op.document).collect();
    for entry in std::fs::read_dir(Path::new(ROOT).join("graphql")).unwrap() {
        let name = format!("graphql/{}", entry.unwrap().file_name().to_string_lossy());
        assert!(
            listed.contains(name.as_str()),
            "{name} is not referenced by OPERATIONS"
        );
    }
}

/// Normalises SDL for comparison: definitions sorted, and inside each, fields, arguments and
/// enum values sorted; descriptions and comments dropped.
fn normalised(sdl: &str) -> Vec<String> {
    let doc = async_graphql::parser::parse_schema(sdl).expect("SDL parses");
    let mut out: Vec<String> = doc
        .definitions
        .iter()
        .map(|d| match d {
            TypeSystemDefinition::Type(ty) => {
                let mut members: Vec<String> = match &ty.node.kind {
                    TypeKind::Object(o) => o
                        .fields
                        .iter()
                        .map(|f| {
                            let mut args: Vec<String> = f
                                .node
                                .arguments
                                .iter()
                                .map(|a| format!("{}: {}", a.node.name.node, a.node.ty.node))
                                .collect();
                            args.sort();
                            format!(
                                "{}({}): {}",
                                f.node.name.node,
                                args.join(", "),
                                f.node.ty.node
                            )
                        })
                        .collect(),
                    TypeKind::InputObject(i) => i
                        .fields
                        .iter()
                        .map(|f| format!("{}: {}", f.node.name.node, f.node.ty.node))
                        .collect(),
                    TypeKind::Enum(e) => e
                        .values
                        .iter()
                        .map(|v| v.node.value.node.to_string())
                        .collect(),
                    _ => Vec::new(),
                };
                members.sort();
                format!("{} {{ {} }}", ty.node.name.node, members.join("; "))
            }
            TypeSystemDefinition::Schema(_) => "schema".to_string(),
            TypeSystemDefinition::Directive(d) => format!("@{}", d.node.name.node),
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_server_exports_schema_graphql() {
    let env = crate::common::Env::new();
    let exported = env.run(&["api", "schema"]);
    let committed = read("schema.graphql");
    assert_eq!(normalised(exported.ok()), normalised(&committed));
    assert_eq!(
        exported.stdout, committed,
        "byte for byte: regenerate with UPDATE_SCHEMA=1"
    );
}

#[test]
fn api_operations_prints_the_table() {
    let env = crate::common::Env::new();
    let listed = env.run(&["api", "operations", "-o", "json"]).json();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), OPERATIONS.len());
    assert_eq!(listed[0]["field"], OPERATIONS[0].field);
    assert_eq!(listed[0]["command"], OPERATIONS[0].command);
}

#[test]
fn committed_completions_are_current_and_parse() {
    use vpnmine::cli::completions::{SHELLS, script};
    let dir = Path::new(ROOT).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    for (shell, file) in SHELLS {
        let path = dir.join(file);
        let fresh = script(shell);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{file} is stale: run `UPDATE_COMPLETIONS=1 cargo test completions` and commit"
        );
    }
    let bash = std::process::Command::new("bash")
        .arg("-n")
        .arg(dir.join("vpnmine.bash"))
        .status()
        .expect("bash");
    assert!(bash.success(), "vpnmine.bash does not parse");
    for (shell, file) in [("zsh", "_vpnmine"), ("fish", "vpnmine.fish")] {
        if let Ok(status) = std::process::Command::new(shell)
            .arg("-n")
            .arg(dir.join(file))
            .status()
        {
            assert!(status.success(), "{file} does not parse in {shell}");
        }
    }
}
