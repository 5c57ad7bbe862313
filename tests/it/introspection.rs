//! Issue 11, point 1: the introspection query GraphiQL, code generators and schema-diff tools
//! send is answered, and the schema rebuilt from its answer is `schema.graphql`.

use std::collections::BTreeSet;

use async_graphql::parser::parse_schema;
use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};
use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

const FULL_QUERY: &str = include_str!("../fixtures/graphql-js-introspection.graphql");

/// GraphQL's built-in scalars: introspection lists them, SDL leaves them implicit.
const BUILT_IN_SCALARS: [&str; 5] = ["String", "Int", "Float", "Boolean", "ID"];
/// The spec's own directives: their definitions (and argument descriptions) come from the
/// GraphQL specification, not from this schema; the SDL export prints some of them, without
/// argument descriptions, and graphql-js's printSchema none.
const SPEC_DIRECTIVES: [&str; 5] = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];
/// async-graphql answers `__schema { description }` with this text whatever the schema; the
/// schema itself has no description.
const ASYNC_GRAPHQL_SCHEMA_DESCRIPTION: &str = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";
/// Types `schema.graphql` publishes that no field or argument reaches. async-graphql's
/// introspection lists only the types reachable from the roots, so they are absent from
/// the live answer. `ErrorCode` documents the codes of `errors[].extensions.code`.
const UNREACHABLE_TYPES: [&str; 1] = ["ErrorCode"];

#[test]
fn the_full_graphql_js_introspection_query_rebuilds_schema_graphql() {
    let server = TestServer::start(&[]);
    // Anonymous, as GraphiQL at `/` sends it.
    let (status, body) = server.graphql(FULL_QUERY, json!({}), None);
    assert_eq!(status, 200, "{body}");
    assert!(body["errors"].is_null(), "{}", body["errors"]);
    let from_introspection = describe_introspection(&body["data"]["__schema"]);
    let sdl = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql"))
        .expect("schema.graphql");
    let from_sdl = describe_sdl(&sdl);
    let unreachable = |fact: &&String| {
        UNREACHABLE_TYPES.iter().any(|t| {
            fact.starts_with(&format!("type {t} ")) || fact.starts_with(&format!("enum {t}::"))
        })
    };
    let missing: Vec<_> = from_sdl
        .difference(&from_introspection)
        .filter(|f| !unreachable(f))
        .collect();
    let extra: Vec<_> = from_introspection.difference(&from_sdl).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "only in schema.graphql: {missing:#?}\nonly in the introspection answer: {extra:#?}"
    );
    // Not a vacuous match: every type, field and description of the schema is there.
    assert!(from_sdl.len() > 500, "{} facts", from_sdl.len());
}

#[test]
fn hostile_introspection_is_still_refused() {
    let server = TestServer::start(&[]);
    let nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
    let (_, body) = server.graphql(nested, json!({}), None);
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let message = body["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("introspection cost ")
            && message.ends_with("exceeds the limit of 4,000,000"),
        "{message}"
    );
    assert!(body["data"].is_null(), "nothing ran: {body}");
}

/// One line per fact: types, fields, arguments, input fields, enum values, interfaces,
/// possible types, directives, with their descriptions, default values and deprecations.
fn describe_introspection(schema: &Value) -> BTreeSet<String> {
    let mut facts = BTreeSet::new();
    let root = |key: &str| schema[key]["name"].as_str().unwrap_or("-").to_string();
    let description = match schema["description"].as_str() {
        Some(ASYNC_GRAPHQL_SCHEMA_DESCRIPTION) => Value::Null,
        _ => schema["description"].clone(),
    };
    facts.insert(format!(
        "schema query={} mutation={} subscription={} {}",
        root("queryType"),
        root("mutationType"),
        root("subscriptionType"),
        text(&description)
    ));
    for ty in list(&schema["types"]) {
        let name = ty["name"].as_str().expect("a type name");
        if name.starts_with("__") || BUILT_IN_SCALARS.contains(&name) {
            continue;
        }
        facts.insert(format!(
            "type {name} {} {} specifiedBy={}",
            ty["kind"].as_str().expect("a kind"),
            text(&ty["description"]),
            text(&ty["specifiedByURL"])
        ));
        for field in list(&ty["fields"]) {
            let field_name = field["name"].as_str().expect("a field name");
            facts.insert(format!(
                "field {name}.{field_name}: {} {} {}",
                type_ref(&field["type"]),
                text(&field["description"]),
                deprecation(field)
            ));
            for arg in list(&field["args"]) {
                facts.insert(input_value(&format!("arg {name}.{field_name}"), arg));
            }
        }
        for input in list(&ty["inputFields"]) {
            facts.insert(input_value(&format!("input {name}"), input));
        }
        for value in list(&ty["enumValues"]) {
            facts.insert(format!(
                "enum {name}::{} {} {}",
                value["name"].as_str().expect("a value"),
                text(&value["description"]),
                deprecation(value)
            ));
        }
        for interface in list(&ty["interfaces"]) {
            facts.insert(format!("{name} implements {}", type_ref(interface)));
        }
        for member in list(&ty["possibleTypes"]) {
            facts.insert(format!("{name} may be {}", type_ref(member)));
        }
    }
    for directive in list(&schema["directives"]) {
        let name = directive["name"].as_str().expect("a directive name");
        if SPEC_DIRECTIVES.contains(&name) {
            continue;
        }
        let mut locations: Vec<_> = list(&directive["locations"])
            .iter()
            .map(|l| l.as_str().expect("a location").to_string())
            .collect();
        locations.sort();
        facts.insert(format!(
            "directive @{name} on {} repeatable={} {}",
            locations.join("|"),
            directive["isRepeatable"],
            text(&directive["description"])
        ));
        for arg in list(&directive["args"]) {
            facts.insert(input_value(&format!("arg @{name}"), arg));
        }
    }
    facts
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map(Vec::as_slice).unwrap_or_default()
}

fn text(value: &Value) -> String {
    format!("{:?}", value.as_str().unwrap_or(""))
}

fn deprecation(value: &Value) -> String {
    if value["isDeprecated"] == true {
        format!("deprecated={}", text(&value["deprecationReason"]))
    } else {
        String::new()
    }
}

fn input_value(prefix: &str, value: &Value) -> String {
    format!(
        "{prefix}.{}: {} = {} {} {}",
        value["name"].as_str().expect("a name"),
        type_ref(&value["type"]),
        value["defaultValue"].as_str().unwrap_or("-"),
        text(&value["description"]),
        deprecation(value)
    )
}

/// `[Foo!]!` from introspection's nested `ofType`.
fn type_ref(ty: &Value) -> String {
    match ty["kind"].as_str() {
        Some("NON_NULL") => format!("{}!", type_ref(&ty["ofType"])),
        Some("LIST") => format!("[{}]", type_ref(&ty["ofType"])),
        _ => ty["name"].as_str().expect("a named type").to_string(),
    }
}

/// The same facts, from `schema.graphql` as the parser reads it.
fn describe_sdl(sdl: &str) -> BTreeSet<String> {
    let document = parse_schema(sdl).expect("schema.graphql parses");
    let mut facts = BTreeSet::new();
    let description = |d: &Option<async_graphql::Positioned<String>>| {
        format!("{:?}", d.as_ref().map(|d| d.node.as_str()).unwrap_or(""))
    };
    let deprecated = |directives: &[async_graphql::Positioned<
        async_graphql::parser::types::ConstDirective,
    >]| {
        directives
            .iter()
            .find(|d| d.node.name.node == "deprecated")
            .map(|d| {
                let reason = d.node.get_argument("reason").map(|r| r.node.to_string());
                let reason = reason
                    .as_deref()
                    .map(|r| r.trim_matches('"').to_string())
                    .unwrap_or_else(|| "No longer supported".into());
                format!("deprecated={reason:?}")
            })
            .unwrap_or_default()
    };
    let input_value = |prefix: &str, v: &async_graphql::parser::types::InputValueDefinition| {
        format!(
            "{prefix}.{}: {} = {} {} {}",
            v.name.node,
            type_name(&v.ty.node),
            v.default_value
                .as_ref()
                .map(|d| d.node.to_string())
                .unwrap_or_else(|| "-".into()),
            description(&v.description),
            deprecated(&v.directives)
        )
    };
    let mut implementers: Vec<(String, String)> = Vec::new();
    for definition in &document.definitions {
        match definition {
            TypeSystemDefinition::Schema(schema) => {
                let s = &schema.node;
                let name = |n: &Option<async_graphql::Positioned<async_graphql::Name>>| {
                    n.as_ref().map(|n| n.node.to_string()).unwrap_or("-".into())
                };
                facts.insert(format!(
                    "schema query={} mutation={} subscription={} \"\"",
                    name(&s.query),
                    name(&s.mutation),
                    name(&s.subscription)
                ));
            }
            TypeSystemDefinition::Directive(directive) => {
                let d = &directive.node;
                if SPEC_DIRECTIVES.contains(&d.name.node.as_str()) {
                    continue;
                }
                let mut locations: Vec<_> = d
                    .locations
                    .iter()
                    .map(|l| screaming_snake(&format!("{:?}", l.node)))
                    .collect();
                locations.sort();
                // The parser reports every directive repeatable (async-graphql-parser 7.2.1),
                // so the keyword is read from the definition's line.
                let line = sdl.lines().nth(directive.pos.line - 1).unwrap_or_default();
                facts.insert(format!(
                    "directive @{} on {} repeatable={} {}",
                    d.name.node,
                    locations.join("|"),
                    line.contains(" repeatable "),
                    description(&d.description)
                ));
                for arg in &d.arguments {
                    facts.insert(input_value(&format!("arg @{}", d.name.node), &arg.node));
                }
            }
            TypeSystemDefinition::Type(ty) => {
                let t = &ty.node;
                let name = t.name.node.as_str();
                let (kind, specified_by) = match &t.kind {
                    TypeKind::Scalar => ("SCALAR", specified_by(&t.directives)),
                    TypeKind::Object(_) => ("OBJECT", String::new()),
                    TypeKind::Interface(_) => ("INTERFACE", String::new()),
                    TypeKind::Union(_) => ("UNION", String::new()),
                    TypeKind::Enum(_) => ("ENUM", String::new()),
                    TypeKind::InputObject(_) => ("INPUT_OBJECT", String::new()),
                };
                facts.insert(format!(
                    "type {name} {kind} {} specifiedBy={specified_by:?}",
                    description(&t.description)
                ));
                let (fields, implements) = match &t.kind {
                    TypeKind::Object(o) => (o.fields.as_slice(), o.implements.as_slice()),
                    TypeKind::Interface(i) => (i.fields.as_slice(), i.implements.as_slice()),
                    _ => (&[][..], &[][..]),
                };
                for field in fields {
                    let f = &field.node;
                    facts.insert(format!(
                        "field {name}.{}: {} {} {}",
                        f.name.node,
                        type_name(&f.ty.node),
                        description(&f.description),
                        deprecated(&f.directives)
                    ));
                    for arg in &f.arguments {
                        let prefix = format!("arg {name}.{}", f.name.node);
                        facts.insert(input_value(&prefix, &arg.node));
                    }
                }
                for interface in implements {
                    facts.insert(format!("{name} implements {}", interface.node));
                    implementers.push((interface.node.to_string(), name.to_string()));
                }
                match &t.kind {
                    TypeKind::InputObject(input) => {
                        for f in &input.fields {
                            facts.insert(input_value(&format!("input {name}"), &f.node));
                        }
                    }
                    TypeKind::Enum(e) => {
                        for v in &e.values {
                            facts.insert(format!(
                                "enum {name}::{} {} {}",
                                v.node.value.node,
                                description(&v.node.description),
                                deprecated(&v.node.directives)
                            ));
                        }
                    }
                    TypeKind::Union(u) => {
                        for member in &u.members {
                            facts.insert(format!("{name} may be {}", member.node));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    for (interface, object) in implementers {
        facts.insert(format!("{interface} may be {object}"));
    }
    facts
}

fn specified_by(
    directives: &[async_graphql::Positioned<async_graphql::parser::types::ConstDirective>],
) -> String {
    directives
        .iter()
        .find(|d| d.node.name.node == "specifiedBy")
        .and_then(|d| d.node.get_argument("url"))
        .map(|url| url.node.to_string().trim_matches('"').to_string())
        .unwrap_or_default()
}

fn type_name(ty: &Type) -> String {
    let base = match &ty.base {
        BaseType::Named(name) => name.to_string(),
        BaseType::List(inner) => format!("[{}]", type_name(inner)),
    };
    if ty.nullable {
        base
    } else {
        format!("{base}!")
    }
}

/// `FragmentSpread` -> `FRAGMENT_SPREAD`, as introspection names directive locations.
fn screaming_snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if i > 0 && c.is_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}
