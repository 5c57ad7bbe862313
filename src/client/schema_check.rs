//! Whether the operations compiled into this binary work against a live schema (`vpnmine
//! doctor`). Pure: the live schema comes in as an introspection answer.
//!
//! Two checks, per operation. GraphQL validation against the live schema (apollo-compiler) says
//! whether the server will accept the document at all. It does not say whether this client can
//! read the answer: a field that went from `Int` to `String` still validates, but the typed
//! response no longer decodes. So each field, argument and variable type the operation uses is
//! also compared with the schema the client was generated from (`schema.graphql`).

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;

use apollo_compiler::ast::{OperationType, Type};
use apollo_compiler::executable::{ExecutableDocument, Operation, Selection, SelectionSet};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use apollo_compiler::{Name, Schema};
use serde_json::Value;

/// The standard introspection query (graphql-js's default).
pub const INTROSPECTION_QUERY: &str = include_str!("introspection.graphql");

/// Scalars every schema has; SDL leaves them implicit.
const BUILT_IN_SCALARS: [&str; 5] = ["String", "Int", "Float", "Boolean", "ID"];

/// One operation that will not work, and why (each reason once, in the order found).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub operation: String,
    pub document: String,
    pub reasons: Vec<String>,
}

/// The outcome of checking every operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Operations checked.
    pub checked: usize,
    pub broken: Vec<Broken>,
}

/// Rebuilds a schema from an introspection answer (`data`, or `data.__schema`).
pub fn schema_from_introspection(data: &Value) -> Result<Valid<Schema>, String> {
    let sdl = sdl_from_introspection(data)?;
    match Schema::parse_and_validate(sdl, "live-schema.graphql") {
        Ok(schema) => Ok(schema),
        // A schema some rule of the spec frowns on can still be checked against: what matters
        // here is which types and fields it has.
        Err(with_errors) if !with_errors.partial.types.is_empty() => {
            Ok(Valid::assume_valid(with_errors.partial))
        }
        Err(with_errors) => Err(format!(
            "the introspection answer is not a usable schema: {}",
            first_line(&with_errors.errors.to_string())
        )),
    }
}

/// SDL text for an introspection answer: the types, fields, arguments and defaults the checks
/// need (no descriptions, no directive definitions).
pub fn sdl_from_introspection(data: &Value) -> Result<String, String> {
    let schema = data.get("__schema").unwrap_or(data);
    let types = schema
        .get("types")
        .and_then(Value::as_array)
        .ok_or("the introspection answer has no __schema.types")?;
    let mut sdl = String::new();
    let root = |key: &str| {
        schema
            .pointer(&format!("/{key}/name"))
            .and_then(Value::as_str)
    };
    let query = root("queryType").ok_or("the introspection answer has no query type")?;
    let _ = write!(sdl, "schema {{ query: {}", name(query)?);
    if let Some(mutation) = root("mutationType") {
        let _ = write!(sdl, " mutation: {}", name(mutation)?);
    }
    if let Some(subscription) = root("subscriptionType") {
        let _ = write!(sdl, " subscription: {}", name(subscription)?);
    }
    sdl.push_str(" }\n");
    for ty in types {
        let type_name = ty.get("name").and_then(Value::as_str).unwrap_or_default();
        if type_name.starts_with("__") || BUILT_IN_SCALARS.contains(&type_name) {
            continue;
        }
        let type_name = name(type_name)?;
        let kind = ty.get("kind").and_then(Value::as_str).unwrap_or_default();
        let list = |key: &str| ty.get(key).and_then(Value::as_array).cloned();
        match kind {
            "SCALAR" => {
                let _ = writeln!(sdl, "scalar {type_name}");
            }
            "OBJECT" | "INTERFACE" => {
                let keyword = if kind == "OBJECT" {
                    "type"
                } else {
                    "interface"
                };
                let _ = write!(sdl, "{keyword} {type_name}");
                let interfaces = list("interfaces").unwrap_or_default();
                let interfaces = names(&interfaces)?;
                if !interfaces.is_empty() {
                    let _ = write!(sdl, " implements {}", interfaces.join(" & "));
                }
                sdl.push_str(" {\n");
                for field in list("fields").unwrap_or_default() {
                    let _ = write!(sdl, "  {}", name(str_at(&field, "name"))?);
                    let args = field
                        .get("args")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default();
                    if !args.is_empty() {
                        let args: Result<Vec<_>, _> = args.iter().map(input_value).collect();
                        let _ = write!(sdl, "({})", args?.join(", "));
                    }
                    let _ = writeln!(sdl, ": {}", type_ref(field.get("type"))?);
                }
                sdl.push_str("}\n");
            }
            "UNION" => {
                let members = list("possibleTypes").unwrap_or_default();
                let members = names(&members)?;
                let _ = writeln!(sdl, "union {type_name} = {}", members.join(" | "));
            }
            "ENUM" => {
                let _ = writeln!(sdl, "enum {type_name} {{");
                for value in list("enumValues").unwrap_or_default() {
                    let _ = writeln!(sdl, "  {}", name(str_at(&value, "name"))?);
                }
                sdl.push_str("}\n");
            }
            "INPUT_OBJECT" => {
                let _ = writeln!(sdl, "input {type_name} {{");
                for field in list("inputFields").unwrap_or_default() {
                    let _ = writeln!(sdl, "  {}", input_value(&field)?);
                }
                sdl.push_str("}\n");
            }
            other => return Err(format!("type {type_name} has an unknown kind '{other}'")),
        }
    }
    Ok(sdl)
}

fn str_at<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// A GraphQL name, checked, so that an odd answer cannot change the SDL's structure.
fn name(text: &str) -> Result<&str, String> {
    let mut chars = text.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric());
    if valid {
        Ok(text)
    } else {
        Err(format!(
            "the introspection answer has an invalid name {text:?}"
        ))
    }
}

fn names(refs: &[Value]) -> Result<Vec<&str>, String> {
    refs.iter().map(|r| name(str_at(r, "name"))).collect()
}

/// `name: Type = default`. The default is GraphQL literal text, which the parser checks.
fn input_value(value: &Value) -> Result<String, String> {
    let mut text = format!(
        "{}: {}",
        name(str_at(value, "name"))?,
        type_ref(value.get("type"))?
    );
    if let Some(default) = value.get("defaultValue").and_then(Value::as_str) {
        let _ = write!(text, " = {default}");
    }
    Ok(text)
}

/// An introspection type reference (`{kind, name, ofType}`) as SDL: `[Server!]!`.
fn type_ref(value: Option<&Value>) -> Result<String, String> {
    let value = value.ok_or("a type reference is missing")?;
    match str_at(value, "kind") {
        "NON_NULL" => Ok(format!("{}!", type_ref(value.get("ofType"))?)),
        "LIST" => Ok(format!("[{}]", type_ref(value.get("ofType"))?)),
        _ => Ok(name(str_at(value, "name"))?.to_string()),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or(text)
}

/// Checks every operation of `documents` (path, text), written against `compiled` (the client's
/// schema, SDL), against `live`.
pub fn check(
    live: &Valid<Schema>,
    compiled: &str,
    documents: &[(&str, &str)],
) -> Result<Report, String> {
    let compiled = Schema::parse_and_validate(compiled, "schema.graphql")
        .map_err(|e| format!("the compiled schema does not parse: {}", e.errors))?;
    let mut report = Report {
        checked: 0,
        broken: Vec::new(),
    };
    for (path, text) in documents {
        let document =
            ExecutableDocument::parse_and_validate(&compiled, *text, *path).map_err(|e| {
                format!(
                    "{path} does not validate against schema.graphql: {}",
                    e.errors
                )
            })?;
        for (operation_name, operation) in &document.operations.named {
            report.checked += 1;
            let mut walk = Walk {
                live,
                compiled: &compiled,
                document: &document,
                reasons: Vec::new(),
                fragments: HashSet::new(),
            };
            walk.operation(operation);
            let mut reasons = walk.reasons;
            if reasons.is_empty() {
                // What the comparison cannot see (a directive the server lacks...): the
                // server's own verdict on the document.
                let fragments = walk.fragments;
                let source = operation_source(text, operation, &document, &fragments);
                if let Err(e) = ExecutableDocument::parse_and_validate(live, source, *path) {
                    reasons.extend(e.errors.iter().map(|d| d.error.to_string()));
                }
            }
            if !reasons.is_empty() {
                let mut seen = HashSet::new();
                reasons.retain(|r| seen.insert(r.clone()));
                report.broken.push(Broken {
                    operation: operation_name.to_string(),
                    document: path.to_string(),
                    reasons,
                });
            }
        }
    }
    Ok(report)
}

/// The text of one operation and the fragments it uses, cut out of its document.
fn operation_source(
    text: &str,
    operation: &apollo_compiler::Node<Operation>,
    document: &ExecutableDocument,
    fragments: &HashSet<Name>,
) -> String {
    let cut = |span: Option<apollo_compiler::parser::SourceSpan>| {
        span.and_then(|s| text.get(s.offset()..s.end_offset()))
            .unwrap_or_default()
            .to_string()
    };
    let mut source = cut(operation.location());
    let used: BTreeSet<&Name> = fragments.iter().collect();
    for fragment in used {
        if let Some(definition) = document.fragments.get(fragment) {
            source.push('\n');
            source.push_str(&cut(definition.location()));
        }
    }
    source
}

struct Walk<'a> {
    live: &'a Valid<Schema>,
    compiled: &'a Valid<Schema>,
    document: &'a ExecutableDocument,
    reasons: Vec<String>,
    /// Fragments the operation spreads (each walked once).
    fragments: HashSet<Name>,
}

impl Walk<'_> {
    fn operation(&mut self, operation: &Operation) {
        let kind = operation.operation_type;
        let Some(root) = self.live.root_operation(kind) else {
            self.reasons.push(format!(
                "the platform has no {} type",
                match kind {
                    OperationType::Query => "query",
                    OperationType::Mutation => "mutation",
                    OperationType::Subscription => "subscription",
                }
            ));
            return;
        };
        let root = root.clone();
        for variable in &operation.variables {
            self.input_type(variable.ty.inner_named_type(), &mut HashSet::new());
        }
        self.selections(&operation.selection_set, &root);
    }

    /// Walks `set` (typed by the compiled schema) against the live type `live_type`.
    fn selections(&mut self, set: &SelectionSet, live_type: &Name) {
        match self.live.types.get(live_type) {
            None => {
                self.reasons.push(format!("type `{live_type}` is missing"));
                return;
            }
            Some(ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_)) => {
            }
            Some(_) => {
                self.reasons
                    .push(format!("type `{live_type}` is no longer an object type"));
                return;
            }
        }
        for selection in &set.selections {
            match selection {
                Selection::Field(field) => {
                    if field.name == "__typename" {
                        continue;
                    }
                    let Ok(live_field) = self.live.type_field(live_type, &field.name) else {
                        self.reasons
                            .push(format!("field `{live_type}.{}` is missing", field.name));
                        continue;
                    };
                    let at = format!("{live_type}.{}", field.name);
                    for argument in &field.arguments {
                        let Some(live_arg) = live_field.argument_by_name(&argument.name) else {
                            self.reasons
                                .push(format!("argument `{at}({}:)` is missing", argument.name));
                            continue;
                        };
                        if let Some(compiled_arg) =
                            field.definition.argument_by_name(&argument.name)
                            && !accepts(&live_arg.ty, &compiled_arg.ty)
                        {
                            self.reasons.push(format!(
                                "argument `{at}({}:)` changed type from `{}` to `{}`",
                                argument.name, compiled_arg.ty, live_arg.ty
                            ));
                        }
                    }
                    for live_arg in &live_field.arguments {
                        let required =
                            live_arg.ty.is_non_null() && live_arg.default_value.is_none();
                        if required && !field.arguments.iter().any(|a| a.name == live_arg.name) {
                            self.reasons.push(format!(
                                "`{at}` now requires the argument `{}: {}`",
                                live_arg.name, live_arg.ty
                            ));
                        }
                    }
                    let (compiled_ty, live_ty) = (&field.definition.ty, &live_field.ty);
                    if !decodes(live_ty, compiled_ty) {
                        self.reasons.push(format!(
                            "field `{at}` changed type from `{compiled_ty}` to `{live_ty}`"
                        ));
                        continue;
                    }
                    if !field.selection_set.selections.is_empty() {
                        let child = live_ty.inner_named_type().clone();
                        self.selections(&field.selection_set, &child);
                    }
                }
                Selection::FragmentSpread(spread) => {
                    let Some(fragment) = self.document.fragments.get(&spread.fragment_name) else {
                        continue;
                    };
                    if !self.fragments.insert(spread.fragment_name.clone()) {
                        continue;
                    }
                    let condition = fragment.type_condition().clone();
                    let target = self.narrowed(set, live_type, &condition);
                    if let Some(target) = target {
                        self.selections(&fragment.selection_set, &target);
                    }
                }
                Selection::InlineFragment(inline) => {
                    let target = match &inline.type_condition {
                        Some(condition) => self.narrowed(set, live_type, condition),
                        None => Some(live_type.clone()),
                    };
                    if let Some(target) = target {
                        self.selections(&inline.selection_set, &target);
                    }
                }
            }
        }
    }

    /// The live type a fragment on `condition` selects from, inside a selection on `live_type`.
    fn narrowed(&mut self, set: &SelectionSet, live_type: &Name, condition: &Name) -> Option<Name> {
        // A fragment on the enclosing type follows that type, under whatever name it has live.
        if *condition == set.ty {
            return Some(live_type.clone());
        }
        if self.live.types.contains_key(condition) {
            Some(condition.clone())
        } else {
            self.reasons.push(format!("type `{condition}` is missing"));
            None
        }
    }

    /// Checks that the live schema still takes what the client sends as `type_name`.
    fn input_type(&mut self, type_name: &Name, seen: &mut HashSet<Name>) {
        if !seen.insert(type_name.clone()) {
            return;
        }
        let compiled = self.compiled.types.get(type_name);
        let live = self.live.types.get(type_name);
        match (compiled, live) {
            (_, None) if BUILT_IN_SCALARS.contains(&type_name.as_str()) => {}
            (_, None) => self.reasons.push(format!("type `{type_name}` is missing")),
            (Some(ExtendedType::InputObject(compiled)), Some(ExtendedType::InputObject(live))) => {
                for (field_name, field) in &compiled.fields {
                    match live.fields.get(field_name) {
                        None => self
                            .reasons
                            .push(format!("input field `{type_name}.{field_name}` is missing")),
                        Some(live_field) if !accepts(&live_field.ty, &field.ty) => {
                            self.reasons.push(format!(
                                "input field `{type_name}.{field_name}` changed type from `{}` to `{}`",
                                field.ty, live_field.ty
                            ));
                        }
                        Some(_) => self.input_type(field.ty.inner_named_type(), seen),
                    }
                }
                for (field_name, live_field) in &live.fields {
                    let required =
                        live_field.ty.is_non_null() && live_field.default_value.is_none();
                    if required && !compiled.fields.contains_key(field_name) {
                        self.reasons.push(format!(
                            "input `{type_name}` now requires the field `{field_name}: {}`",
                            live_field.ty
                        ));
                    }
                }
            }
            (Some(ExtendedType::Enum(compiled)), Some(ExtendedType::Enum(live))) => {
                let missing: Vec<&str> = compiled
                    .values
                    .keys()
                    .filter(|v| !live.values.contains_key(*v))
                    .map(Name::as_str)
                    .collect();
                if !missing.is_empty() {
                    self.reasons.push(format!(
                        "enum `{type_name}` lost the value(s) {}",
                        missing.join(", ")
                    ));
                }
            }
            (Some(ExtendedType::Scalar(_)), Some(ExtendedType::Scalar(_))) => {}
            (Some(compiled), Some(live)) if kind(compiled) != kind(live) => {
                self.reasons.push(format!(
                    "type `{type_name}` changed from {} to {}",
                    kind(compiled),
                    kind(live)
                ));
            }
            _ => {}
        }
    }
}

fn kind(ty: &ExtendedType) -> &'static str {
    match ty {
        ExtendedType::Scalar(_) => "a scalar",
        ExtendedType::Object(_) => "an object type",
        ExtendedType::Interface(_) => "an interface",
        ExtendedType::Union(_) => "a union",
        ExtendedType::Enum(_) => "an enum",
        ExtendedType::InputObject(_) => "an input type",
    }
}

/// Whether an argument or input field of type `live` takes every value the client sends for
/// `compiled`: the same named type and lists, and no new non-null.
fn accepts(live: &Type, compiled: &Type) -> bool {
    compiled.is_assignable_to(live)
}

/// Whether this client reads a value of the live output type `live` as it was generated for
/// `compiled`: the same named type and lists, and no null where it expects none.
fn decodes(live: &Type, compiled: &Type) -> bool {
    live.is_assignable_to(compiled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SCHEMA: &str = r#"
        type Query { server(id: ID!): Server  servers(filter: Filter): [Server!]! }
        type Mutation { rename(id: ID!, name: String!): Server! }
        type Server { id: ID!  name: String!  cpu: Float  status: Status! }
        enum Status { ONLINE OFFLINE }
        input Filter { status: Status  name: String }
    "#;

    const DOCUMENT: &str = r#"
        fragment ServerFields on Server { id name cpu }
        query One($id: ID!) { server(id: $id) { ...ServerFields status } }
        query All($filter: Filter) { servers(filter: $filter) { ...ServerFields } }
        mutation Rename($id: ID!, $name: String!) { rename(id: $id, name: $name) { id __typename } }
    "#;

    /// The introspection answer for `sdl`, as a server would send it.
    fn introspect(sdl: &str) -> Value {
        let schema = Schema::parse_and_validate(sdl, "s.graphql").unwrap();
        let document =
            ExecutableDocument::parse_and_validate(&schema, INTROSPECTION_QUERY, "q.graphql")
                .unwrap();
        let operation = document.operations.get(None).unwrap();
        let variables = apollo_compiler::request::coerce_variable_values(
            &schema,
            operation,
            &Default::default(),
        )
        .unwrap();
        let response = apollo_compiler::introspection::partial_execute(
            &schema,
            &schema.implementers_map(),
            &document,
            operation,
            &variables,
        )
        .unwrap();
        serde_json::to_value(&response.data).unwrap()
    }

    fn run(live_sdl: &str) -> Report {
        let live = schema_from_introspection(&introspect(live_sdl)).unwrap();
        check(&live, SCHEMA, &[("doc.graphql", DOCUMENT)]).unwrap()
    }

    fn reasons(report: &Report, operation: &str) -> Vec<String> {
        report
            .broken
            .iter()
            .find(|b| b.operation == operation)
            .map(|b| b.reasons.clone())
            .unwrap_or_default()
    }

    #[test]
    fn the_same_schema_breaks_nothing() {
        let report = run(SCHEMA);
        assert_eq!(report.checked, 3);
        assert_eq!(report.broken, []);
    }

    #[test]
    fn the_sdl_round_trips_through_introspection() {
        let sdl = sdl_from_introspection(&introspect(SCHEMA)).unwrap();
        assert!(sdl.contains("server(id: ID!): Server"), "{sdl}");
        assert!(sdl.contains("servers(filter: Filter): [Server!]!"), "{sdl}");
        assert!(sdl.contains("enum Status {"), "{sdl}");
        assert!(sdl.contains("input Filter {"), "{sdl}");
        assert!(sdl.contains("mutation: Mutation"), "{sdl}");
        // `data` itself, not only `data.__schema`, is accepted.
        let wrapped = json!({ "__schema": introspect(SCHEMA)["__schema"] });
        assert_eq!(sdl_from_introspection(&wrapped).unwrap(), sdl);
    }

    #[test]
    fn a_missing_field_breaks_every_operation_that_selects_it() {
        let report = run(&SCHEMA.replace("cpu: Float", ""));
        assert_eq!(reasons(&report, "One"), ["field `Server.cpu` is missing"]);
        assert_eq!(reasons(&report, "All"), ["field `Server.cpu` is missing"]);
        assert!(reasons(&report, "Rename").is_empty());
    }

    #[test]
    fn changed_types_that_still_validate_are_found() {
        // GraphQL validation accepts both documents; the typed answers would not decode.
        let report = run(&SCHEMA
            .replace("cpu: Float", "cpu: String")
            .replace("name: String!  cpu", "name: String  cpu"));
        assert_eq!(
            reasons(&report, "All"),
            [
                "field `Server.name` changed type from `String!` to `String`",
                "field `Server.cpu` changed type from `Float` to `String`"
            ]
        );
        // Stricter is fine: a nullable field that became non-null still decodes.
        let report = run(&SCHEMA.replace("cpu: Float", "cpu: Float!"));
        assert_eq!(report.broken, []);
    }

    #[test]
    fn arguments_and_input_types_are_compared() {
        let report = run(&SCHEMA
            .replace(
                "rename(id: ID!, name: String!)",
                "rename(id: ID!, title: String!)",
            )
            .replace("server(id: ID!)", "server(id: Int!)")
            .replace("status: Status  name: String }", "status: Status }")
            .replace("OFFLINE", "DOWN"));
        assert_eq!(
            reasons(&report, "Rename"),
            [
                "argument `Mutation.rename(name:)` is missing",
                "`Mutation.rename` now requires the argument `title: String!`"
            ]
        );
        assert_eq!(
            reasons(&report, "One"),
            ["argument `Query.server(id:)` changed type from `ID!` to `Int!`"]
        );
        assert_eq!(
            reasons(&report, "All"),
            [
                "enum `Status` lost the value(s) OFFLINE",
                "input field `Filter.name` is missing"
            ]
        );
    }

    #[test]
    fn missing_types_and_roots_are_named() {
        let report = run(&SCHEMA
            .replace(
                "type Mutation { rename(id: ID!, name: String!): Server! }",
                "",
            )
            .replace("input Filter { status: Status  name: String }", "")
            .replace("servers(filter: Filter)", "servers"));
        assert_eq!(
            reasons(&report, "Rename"),
            ["the platform has no mutation type"]
        );
        assert_eq!(
            reasons(&report, "All"),
            [
                "type `Filter` is missing",
                "argument `Query.servers(filter:)` is missing"
            ]
        );
    }

    #[test]
    fn a_renamed_root_type_is_followed() {
        let live = SCHEMA.replace(
            "type Query {",
            "schema { query: Root mutation: Mutation }\ntype Root {",
        );
        assert_eq!(run(&live).broken, []);
    }

    #[test]
    fn odd_names_in_an_answer_are_refused() {
        let mut answer = introspect(SCHEMA);
        answer["__schema"]["types"][0]["name"] = json!("Evil } type X {");
        let error = sdl_from_introspection(&answer).unwrap_err();
        assert!(error.contains("invalid name"), "{error}");
        assert!(sdl_from_introspection(&json!({})).is_err());
    }

    #[test]
    fn the_compiled_documents_all_pass_against_the_compiled_schema() {
        let compiled = Schema::parse_and_validate(super::super::operations::SCHEMA, "s").unwrap();
        let report = check(
            &compiled,
            super::super::operations::SCHEMA,
            super::super::operations::DOCUMENTS,
        )
        .unwrap();
        assert_eq!(report.broken, []);
        assert_eq!(report.checked, super::super::operations::COMPILED.len());
    }
}
