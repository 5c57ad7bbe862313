//! What a request may cost, decided from its document before anything runs.
//!
//! async-graphql's own limits count fields, not the rows a page asks for (300 aliases of a
//! 500-row page passed them), and they count introspection like data, so the graphql-js
//! introspection query (its `TypeRef` nests `ofType` nine levels deep) was refused. This
//! analysis walks the parsed document once, with fragments and variables resolved, and
//! estimates how many values the answer would hold: a list field multiplies its selection's
//! cost by the number of items it may return. Introspection (`__schema`, `__type`) is
//! measured apart, with budgets of its own sized from the schema itself.
//!
//! `@skip` and `@include` are ignored: counting a skipped field only over-estimates.

use std::collections::{HashMap, HashSet};

use async_graphql::parser::types::{
    BaseType, ExecutableDocument, Field, FieldDefinition, OperationDefinition, Selection,
    SelectionSet, Type, TypeDefinition, TypeKind, TypeSystemDefinition,
};
use async_graphql::{Name, ServerError, Value, Variables};

use async_graphql_value::Value as Literal;

use super::ApiError;

/// Largest cost of the data part of one operation. Measured (bench/query-cost.py, release):
/// 3,150,600 units of server rows with protocols took 7.2 s of CPU, about 2.3 µs a unit, so a
/// request at the limit costs about 0.5 s at most; the CLI's costliest operation is 36,001.
pub const MAX_COST: u64 = 200_000;
/// Deepest nesting of data fields (a root field is at depth 1).
pub const MAX_DEPTH: usize = 12;
/// Most root fields (aliases count one each) in the operation that runs.
pub const MAX_ROOT_FIELDS: usize = 20;
/// Logins in one request. Each is an argon2 run (tens of milliseconds and about 19 MiB) and a
/// password guess, while the request counts once against the rate limit.
pub const MAX_LOGINS: usize = 1;
/// The root field that checks a password.
const LOGIN_FIELD: &str = "authenticate";
/// Largest cost of the introspection part. The full graphql-js query is estimated at about a
/// quarter of it (it grows with the number of types times the widest type's fields: the
/// accounts of issue #12 took it past half of the former 1,000,000, the wallet and
/// withdrawals of #13 past half of the former 2,000,000); nesting
/// `fields { type { fields ... } } }` two levels further is still refused by a wide margin.
pub const MAX_INTROSPECTION_COST: u64 = 4_000_000;
/// Deepest introspection nesting. graphql-js's `TypeRef` reaches depth 15.
pub const MAX_INTROSPECTION_DEPTH: usize = 20;

/// The largest page any paginated field serves; also the size assumed for a list whose
/// length nothing bounds.
const MAX_PAGE: u64 = super::servers::MAX_PAGE_SIZE as u64;

/// Lists whose length the implementation bounds, so that they need not count as a full page.
fn known_bounds() -> Vec<(&'static str, &'static str, Bound)> {
    use super::{agent_tokens, analytics, audit, realtime, sessions, users};
    vec![
        // An audit row keeps at most this many target ids.
        // One report per row of the batch.
        (
            "ImportUsersResult",
            "rows",
            Bound::Fixed(super::accounts::MAX_IMPORT_ROWS as u64),
        ),
        (
            "AuditEntry",
            "targetIds",
            Bound::Fixed(audit::MAX_TARGETS as u64),
        ),
        // One endpoint per protocol type (UNIQUE (server_id, type)).
        (
            "MiningServerView",
            "protocols",
            Bound::EnumValues("ProtocolType"),
        ),
        // The same endpoints, read back one server at a time.
        (
            "Query",
            "serverProtocols",
            Bound::EnumValues("ProtocolType"),
        ),
        (
            "Query",
            "serverMetrics",
            Bound::Fixed(analytics::MAX_METRICS_POINTS as u64),
        ),
        (
            "NetworkAnalytics",
            "timeline",
            Bound::Fixed(analytics::MAX_METRICS_POINTS as u64),
        ),
        (
            "NetworkAnalytics",
            "topPerformingServers",
            Bound::Fixed(analytics::TOP_SERVERS as u64),
        ),
        // "database", "disk", "broker", "notifications" and "backups".
        ("SystemHealth", "components", Bound::Fixed(5)),
        (
            "AdminDashboard",
            "topServers",
            Bound::Fixed(users::TOP as u64),
        ),
        (
            "AdminDashboard",
            "topUsers",
            Bound::Fixed(users::TOP as u64),
        ),
        (
            "TokenMetrics",
            "recentActivity",
            Bound::Fixed(users::ACTIVITY_DAYS as u64),
        ),
        (
            "ConnectionDashboard",
            "recentConnections",
            Bound::Fixed(users::RECENT as u64),
        ),
        ("UserStatistics", "preferredServers", Bound::Fixed(3)),
        // The latest-ending silences, cut at the cap.
        (
            "Query",
            "alertSilences",
            Bound::Fixed(crate::server::store::alert_events::MAX_LISTED_SILENCES as u64),
        ),
        // Refused (VAL_001) beyond it.
        (
            "EarningsStatement",
            "groups",
            Bound::Fixed(super::economy::MAX_EARNINGS_GROUPS as u64),
        ),
        // The built-in metrics of a heartbeat plus its custom ones.
        (
            "ServerLiveMetrics",
            "metrics",
            Bound::Fixed(8 + realtime::MAX_CUSTOM_METRICS as u64),
        ),
        // The newest backups of the folder, and the first tables of each, cut at the caps.
        (
            "Query",
            "backups",
            Bound::Fixed(super::backups::MAX_LISTED_BACKUPS as u64),
        ),
        (
            "SystemBackup",
            "components",
            Bound::Fixed(super::backups::MAX_BACKUP_COMPONENTS as u64),
        ),
        // Newest first, cut at the cap (an account may hold more with --max-sessions 0).
        (
            "Query",
            "mySessions",
            Bound::Fixed(u64::from(sessions::MAX_LISTED_SESSIONS)),
        ),
        (
            "Query",
            "userSessions",
            Bound::Fixed(u64::from(sessions::MAX_LISTED_SESSIONS)),
        ),
        // Live tokens only, at most this many per server.
        (
            "Query",
            "agentTokens",
            Bound::Fixed(u64::from(agent_tokens::MAX_LIVE_TOKENS)),
        ),
        // Cut at the cap; a rule notifies at most 10 channels; a dry run lists the worst 100.
        (
            "Query",
            "alertRules",
            Bound::Fixed(u64::from(super::alert_rules::MAX_LISTED_RULES)),
        ),
        (
            "AlertRule",
            "channels",
            Bound::Fixed(super::alert_rules::MAX_RULE_CHANNELS as u64),
        ),
        (
            "AlertRuleTest",
            "breaching",
            Bound::Fixed(super::alert_rules::MAX_LISTED_BREACHES as u64),
        ),
        // Cut at the cap; one owner may have no more.
        (
            "Query",
            "alertChannels",
            Bound::Fixed(u64::from(super::alert_deliveries::MAX_CHANNELS)),
        ),
        // One per attempt, and --webhook-attempts is at most this.
        (
            "AlertDelivery",
            "log",
            Bound::Fixed(u64::from(super::alert_deliveries::MAX_ATTEMPTS)),
        ),
    ]
}

enum Bound {
    Fixed(u64),
    /// As many items as the enum has values.
    EnumValues(&'static str),
}

/// The introspection types (GraphQL's own schema, October 2021 plus `specifiedByURL`,
/// `isRepeatable`, `isOneOf` and deprecated input values), so that introspection is measured
/// by the same walk as data.
const INTROSPECTION_SDL: &str = r#"
type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type
  subscriptionType: __Type directives: [__Directive!]! }
type __Type { kind: __TypeKind! name: String description: String specifiedByURL: String
  isOneOf: Boolean fields(includeDeprecated: Boolean = false): [__Field!]
  interfaces: [__Type!] possibleTypes: [__Type!]
  enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type }
type __Field { name: String! description: String
  args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type!
  isDeprecated: Boolean! deprecationReason: String }
type __InputValue { name: String! description: String type: __Type! defaultValue: String
  isDeprecated: Boolean! deprecationReason: String }
type __EnumValue { name: String! description: String isDeprecated: Boolean!
  deprecationReason: String }
type __Directive { name: String! description: String locations: [__DirectiveLocation!]!
  args(includeDeprecated: Boolean = false): [__InputValue!]! isRepeatable: Boolean! }
enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
enum __DirectiveLocation { QUERY }
"#;

/// The fields of the schema's output types, with what sizes their lists.
pub struct CostModel {
    types: HashMap<String, HashMap<String, FieldInfo>>,
    roots: [String; 3],
}

struct FieldInfo {
    /// The named type under any list and non-null wrappers.
    ty: String,
    /// How many list wrappers the type has.
    lists: u32,
    bound: Option<u64>,
    args: HashMap<String, ArgInfo>,
}

struct ArgInfo {
    list: bool,
    /// For a pagination input (an input object with an Int `size`): its default size.
    page_default: Option<u64>,
}

/// What the walk found: cost and depth of the data part and of the introspection part.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    pub data: u64,
    pub data_depth: usize,
    pub introspection: u64,
    pub introspection_depth: usize,
    pub root_fields: usize,
    /// Root fields that check a password ([`LOGIN_FIELD`]).
    pub logins: usize,
}

impl CostModel {
    /// The model of the schema `sdl` describes (as `schema.graphql` does).
    pub fn from_sdl(sdl: &str) -> Result<Self, String> {
        let document = async_graphql::parser::parse_schema(format!("{sdl}\n{INTROSPECTION_SDL}"))
            .map_err(|e| e.to_string())?;
        let definitions: Vec<_> = document
            .definitions
            .iter()
            .filter_map(|d| match d {
                TypeSystemDefinition::Type(t) => Some(&t.node),
                _ => None,
            })
            .collect();
        let page_inputs = page_inputs(&definitions);
        let types = definitions
            .iter()
            .filter_map(|t| {
                let fields = match &t.kind {
                    TypeKind::Object(o) => &o.fields,
                    TypeKind::Interface(i) => &i.fields,
                    _ => return None,
                };
                let fields = fields
                    .iter()
                    .map(|f| {
                        (
                            f.node.name.node.to_string(),
                            field_info(&f.node, &page_inputs),
                        )
                    })
                    .collect();
                Some((t.name.node.to_string(), fields))
            })
            .collect();
        let mut model = Self {
            types,
            roots: root_names(&document.definitions),
        };
        let enum_sizes: HashMap<&str, u64> = definitions
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Enum(e) => Some((t.name.node.as_str(), e.values.len() as u64)),
                _ => None,
            })
            .collect();
        for (ty, field, bound) in known_bounds() {
            let size = match bound {
                Bound::Fixed(n) => n,
                Bound::EnumValues(e) => enum_sizes.get(e).copied().unwrap_or(MAX_PAGE),
            };
            model.set_bound(ty, field, size);
        }
        model.size_introspection(&definitions, &document.definitions);
        Ok(model)
    }

    fn set_bound(&mut self, ty: &str, field: &str, size: u64) {
        if let Some(f) = self.types.get_mut(ty).and_then(|t| t.get_mut(field)) {
            f.bound = Some(size);
        }
    }

    /// Introspection lists are as long as the schema makes them: every type, the largest
    /// type's fields, the most arguments of any field, and so on.
    fn size_introspection(&mut self, types: &[&TypeDefinition], all: &[TypeSystemDefinition]) {
        let most = |count: &dyn Fn(&TypeKind) -> usize| {
            types.iter().map(|t| count(&t.kind)).max().unwrap_or(0) as u64
        };
        let fields = most(&|k| match k {
            TypeKind::Object(o) => o.fields.len(),
            TypeKind::Interface(i) => i.fields.len(),
            _ => 0,
        });
        let input_fields = most(&|k| match k {
            TypeKind::InputObject(i) => i.fields.len(),
            _ => 0,
        });
        let enum_values = most(&|k| match k {
            TypeKind::Enum(e) => e.values.len(),
            _ => 0,
        });
        let implements = most(&|k| match k {
            TypeKind::Object(o) => o.implements.len(),
            TypeKind::Interface(i) => i.implements.len(),
            _ => 0,
        });
        let members = most(&|k| match k {
            TypeKind::Union(u) => u.members.len(),
            _ => 0,
        });
        let directives = all
            .iter()
            .filter_map(|d| match d {
                TypeSystemDefinition::Directive(d) => Some(&d.node),
                _ => None,
            })
            .collect::<Vec<_>>();
        let field_args = types
            .iter()
            .flat_map(|t| match &t.kind {
                TypeKind::Object(o) => o.fields.iter().map(|f| f.node.arguments.len()).max(),
                TypeKind::Interface(i) => i.fields.iter().map(|f| f.node.arguments.len()).max(),
                _ => None,
            })
            .chain(directives.iter().map(|d| d.arguments.len()))
            .max()
            .unwrap_or(0) as u64;
        let locations = directives
            .iter()
            .map(|d| d.locations.len())
            .max()
            .unwrap_or(0) as u64;
        // The built-in scalars (String, Int, Float, Boolean, ID) and directives (@deprecated,
        // @oneOf ...) are not all written in the SDL; a margin covers them.
        let sizes = [
            ("__Schema", "types", types.len() as u64 + 8),
            ("__Schema", "directives", directives.len() as u64 + 4),
            ("__Type", "fields", fields),
            ("__Type", "inputFields", input_fields),
            ("__Type", "enumValues", enum_values),
            // Possible types of an interface are the objects implementing it: at most all.
            ("__Type", "interfaces", implements),
            (
                "__Type",
                "possibleTypes",
                members.max(implements.min(1) * types.len() as u64),
            ),
            ("__Field", "args", field_args),
            ("__Directive", "args", field_args),
            ("__Directive", "locations", locations.max(1)),
        ];
        for (ty, field, size) in sizes {
            self.set_bound(ty, field, size.max(1));
        }
        // The meta fields of the query root.
        let meta = [("__schema", "__Schema"), ("__type", "__Type")];
        if let Some(query) = self.types.get_mut(&self.roots[0]) {
            for (name, ty) in meta {
                let info = FieldInfo {
                    ty: ty.into(),
                    lists: 0,
                    bound: None,
                    args: HashMap::new(),
                };
                query.insert(name.into(), info);
            }
        }
    }

    /// Measures the operation `operation_name` picks. When it picks none, or several without
    /// a name, nothing will run (the schema refuses the request), so nothing is measured.
    pub fn measure(
        &self,
        document: &ExecutableDocument,
        operation_name: Option<&str>,
        variables: &Variables,
    ) -> Cost {
        let mut chosen = document.operations.iter().filter(|(name, _)| {
            operation_name.is_none() || name.map(|n| n.as_str()) == operation_name
        });
        match (chosen.next(), chosen.next()) {
            (Some((_, operation)), None) => {
                self.measure_operation(document, &operation.node, variables)
            }
            _ => Cost::default(),
        }
    }

    fn measure_operation(
        &self,
        document: &ExecutableDocument,
        operation: &OperationDefinition,
        variables: &Variables,
    ) -> Cost {
        use async_graphql::parser::types::OperationType;
        let root = &self.roots[match operation.ty {
            OperationType::Query => 0,
            OperationType::Mutation => 1,
            OperationType::Subscription => 2,
        }];
        let selection = &operation.selection_set.node;
        let root_fields = count_root_fields(document, selection, None, &mut HashMap::new());
        let logins = count_root_fields(document, selection, Some(LOGIN_FIELD), &mut HashMap::new());
        // Variables the request omits take the operation's defaults.
        let defaults = operation
            .variable_definitions
            .iter()
            .filter_map(|v| Some((&v.node.name.node, &v.node.default_value.as_ref()?.node)))
            .collect();
        let mut walk = Walk {
            model: self,
            document,
            variables,
            defaults,
            memo: HashMap::new(),
            open: HashSet::new(),
        };
        let measured = walk.selection_set(root, &operation.selection_set.node, None);
        Cost {
            data: measured.data,
            data_depth: measured.data_depth,
            introspection: measured.introspection,
            introspection_depth: measured.introspection_depth,
            root_fields,
            logins,
        }
    }

    /// Measures and refuses a request over any limit, with VAL_001 and the figures.
    pub fn check(
        &self,
        document: &ExecutableDocument,
        operation_name: Option<&str>,
        variables: &Variables,
    ) -> Result<Cost, ApiError> {
        let cost = self.measure(document, operation_name, variables);
        let refuse = |what: &str, value: u64, limit: u64| {
            Err(ApiError::Invalid(format!(
                "{what} {} exceeds the limit of {}",
                thousands(value),
                thousands(limit)
            )))
        };
        if cost.data > MAX_COST {
            return refuse("query cost", cost.data, MAX_COST);
        }
        if cost.root_fields > MAX_ROOT_FIELDS {
            return refuse(
                "the operation's number of root fields",
                cost.root_fields as u64,
                MAX_ROOT_FIELDS as u64,
            );
        }
        if cost.logins > MAX_LOGINS {
            return refuse(
                "the number of logins",
                cost.logins as u64,
                MAX_LOGINS as u64,
            );
        }
        if cost.data_depth > MAX_DEPTH {
            return refuse("query depth", cost.data_depth as u64, MAX_DEPTH as u64);
        }
        if cost.introspection_depth > MAX_INTROSPECTION_DEPTH {
            return refuse(
                "introspection depth",
                cost.introspection_depth as u64,
                MAX_INTROSPECTION_DEPTH as u64,
            );
        }
        if cost.introspection > MAX_INTROSPECTION_COST {
            return refuse(
                "introspection cost",
                cost.introspection,
                MAX_INTROSPECTION_COST,
            );
        }
        Ok(cost)
    }
}

/// The query, mutation and subscription root types' names.
fn root_names(definitions: &[TypeSystemDefinition]) -> [String; 3] {
    let mut roots = [
        "Query".to_string(),
        "Mutation".into(),
        "Subscription".into(),
    ];
    for definition in definitions {
        if let TypeSystemDefinition::Schema(schema) = definition {
            let schema = &schema.node;
            let named = [&schema.query, &schema.mutation, &schema.subscription];
            for (slot, name) in roots.iter_mut().zip(named) {
                if let Some(name) = name {
                    *slot = name.node.to_string();
                }
            }
        }
    }
    roots
}

/// Pagination inputs (input objects with an Int `size`), with their default size.
fn page_inputs(definitions: &[&TypeDefinition]) -> HashMap<String, u64> {
    definitions
        .iter()
        .filter_map(|t| {
            let TypeKind::InputObject(input) = &t.kind else {
                return None;
            };
            let size = input
                .fields
                .iter()
                .find(|f| f.node.name.node == "size" && named_type(&f.node.ty.node).0 == "Int")?;
            let default = match size.node.default_value.as_ref().map(|v| &v.node) {
                Some(Value::Number(n)) => n.as_u64().unwrap_or(MAX_PAGE),
                _ => MAX_PAGE,
            };
            Some((t.name.node.to_string(), default.clamp(1, MAX_PAGE)))
        })
        .collect()
}

fn field_info(field: &FieldDefinition, page_inputs: &HashMap<String, u64>) -> FieldInfo {
    let (ty, lists) = named_type(&field.ty.node);
    let args = field
        .arguments
        .iter()
        .map(|a| {
            let (arg_ty, arg_lists) = named_type(&a.node.ty.node);
            let info = ArgInfo {
                list: arg_lists > 0,
                page_default: page_inputs.get(arg_ty).copied(),
            };
            (a.node.name.node.to_string(), info)
        })
        .collect();
    FieldInfo {
        ty: ty.to_string(),
        lists,
        bound: None,
        args,
    }
}

/// The named type under a type's wrappers, and how many of them are lists.
fn named_type(ty: &Type) -> (&str, u32) {
    match &ty.base {
        BaseType::Named(name) => (name.as_str(), 0),
        BaseType::List(inner) => {
            let (name, lists) = named_type(inner);
            (name, lists + 1)
        }
    }
}

/// How many root fields an operation selects, through its fragments (each counted once and
/// remembered, so that fragments spreading each other many times over cost linear time).
fn count_root_fields<'d>(
    document: &'d ExecutableDocument,
    set: &'d SelectionSet,
    named: Option<&str>,
    counted: &mut HashMap<&'d str, usize>,
) -> usize {
    let mut count = 0usize;
    for selection in &set.items {
        let n = match &selection.node {
            Selection::Field(field) => {
                usize::from(named.is_none_or(|name| field.node.name.node == name))
            }
            Selection::InlineFragment(inline) => {
                count_root_fields(document, &inline.node.selection_set.node, named, counted)
            }
            Selection::FragmentSpread(spread) => {
                let name = spread.node.fragment_name.node.as_str();
                match (counted.get(name), document.fragments.get(name)) {
                    (Some(n), _) => *n,
                    (None, Some(fragment)) => {
                        // Zero while counting, so that a cycle (which validation refuses) ends.
                        counted.insert(name, 0);
                        let n = count_root_fields(
                            document,
                            &fragment.node.selection_set.node,
                            named,
                            counted,
                        );
                        counted.insert(name, n);
                        n
                    }
                    (None, None) => 0,
                }
            }
        };
        count = count.saturating_add(n);
    }
    count
}

/// A selection's cost and depth, data and introspection apart.
#[derive(Debug, Default, Clone, Copy)]
struct Measure {
    data: u64,
    data_depth: usize,
    introspection: u64,
    introspection_depth: usize,
}

impl Measure {
    fn data(cost: u64, depth: usize) -> Self {
        Self {
            data: cost,
            data_depth: depth,
            ..Self::default()
        }
    }

    fn and(self, other: Measure) -> Measure {
        Measure {
            data: self.data.saturating_add(other.data),
            data_depth: self.data_depth.max(other.data_depth),
            introspection: self.introspection.saturating_add(other.introspection),
            introspection_depth: self.introspection_depth.max(other.introspection_depth),
        }
    }

    /// The same figures counted as introspection (what a `__schema` or `__type` field holds).
    fn as_introspection(self) -> Measure {
        Measure {
            introspection: self.data.saturating_add(self.introspection),
            introspection_depth: self.data_depth.max(self.introspection_depth),
            ..Self::default()
        }
    }
}

struct Walk<'a> {
    model: &'a CostModel,
    document: &'a ExecutableDocument,
    /// Borrowed, never copied: a hostile request may make a variable large and name it in
    /// every field.
    variables: &'a Variables,
    /// The operation's default values of the variables the request omits.
    defaults: HashMap<&'a Name, &'a Value>,
    /// A fragment's measure per page size given to it: each fragment is measured once, so
    /// that fragments spreading each other many times over cost the walk linear time.
    memo: HashMap<(Name, Option<u64>), Measure>,
    /// Fragments being measured, to stop at a cycle (validation refuses it afterwards).
    open: HashSet<Name>,
}

impl Walk<'_> {
    /// `page`: the page size the enclosing field asked for; it sizes the lists directly in it.
    fn selection_set(&mut self, parent: &str, set: &SelectionSet, page: Option<u64>) -> Measure {
        let mut total = Measure::default();
        for selection in &set.items {
            let measured = match &selection.node {
                Selection::Field(field) => self.field(parent, &field.node, page),
                Selection::InlineFragment(inline) => {
                    let ty = inline
                        .node
                        .type_condition
                        .as_ref()
                        .map(|c| c.node.on.node.to_string())
                        .unwrap_or_else(|| parent.to_string());
                    self.selection_set(&ty, &inline.node.selection_set.node, page)
                }
                Selection::FragmentSpread(spread) => {
                    self.fragment(&spread.node.fragment_name.node, page)
                }
            };
            total = total.and(measured);
        }
        total
    }

    fn fragment(&mut self, name: &Name, page: Option<u64>) -> Measure {
        let key = (name.clone(), page);
        if let Some(measured) = self.memo.get(&key) {
            return *measured;
        }
        let document = self.document;
        let Some(fragment) = document.fragments.get(name) else {
            return Measure::default();
        };
        if !self.open.insert(name.clone()) {
            return Measure::default();
        }
        let ty = fragment.node.type_condition.node.on.node.to_string();
        let measured = self.selection_set(&ty, &fragment.node.selection_set.node, page);
        self.open.remove(name);
        self.memo.insert(key, measured);
        measured
    }

    /// A field costs one for itself plus, per item it may return, its selection's cost.
    fn field(&mut self, parent: &str, field: &Field, page: Option<u64>) -> Measure {
        let model = self.model;
        let name = field.name.node.as_str();
        let Some(info) = model.types.get(parent).and_then(|t| t.get(name)) else {
            // `__typename`, or an unknown field that validation refuses after this: one, and
            // its selection's depth, so that no document escapes the depth limit.
            let inner = self.selection_set("", &field.selection_set.node, None);
            return Measure::data(inner.data.saturating_add(1), inner.data_depth + 1);
        };
        let items = self.items(info, field, page);
        let set = &field.selection_set.node;
        let measured = if set.items.is_empty() {
            Measure::data(items.max(1), 1)
        } else {
            let own_page = self.page_size(info, field);
            let inner = self.selection_set(&info.ty, set, own_page);
            Measure::data(
                items.saturating_mul(inner.data).saturating_add(1),
                inner.data_depth + 1,
            )
        };
        if parent == model.roots[0] && matches!(name, "__schema" | "__type") {
            measured.as_introspection()
        } else {
            measured
        }
    }

    /// How many items a field may return (1 when it is no list): a `first`/`last`/`limit`/
    /// `size` argument, a list argument's length, the page its enclosing field asked for, a
    /// bound the implementation keeps, or else a full page.
    fn items(&self, info: &FieldInfo, field: &Field, page: Option<u64>) -> u64 {
        if info.lists == 0 {
            return 1;
        }
        let from_arguments = field.arguments.iter().find_map(|(name, _)| {
            let name = name.node.as_str();
            let arg = info.args.get(name)?;
            let value = self.argument(field, name)?;
            match name {
                "first" | "last" | "limit" | "size" => Some(clamp_page(value.number())),
                _ if arg.list => value.list_len().map(|n| n as u64),
                _ => None,
            }
        });
        let per_list = from_arguments.or(page).or(info.bound).unwrap_or(MAX_PAGE);
        (0..info.lists).fold(1u64, |n, _| n.saturating_mul(per_list))
    }

    /// The page size a field's pagination argument asks for (its default when omitted).
    fn page_size(&self, info: &FieldInfo, field: &Field) -> Option<u64> {
        let (name, arg) = info.args.iter().find(|(_, a)| a.page_default.is_some())?;
        let default = arg.page_default?;
        let Some(given) = self.argument(field, name).filter(|v| !v.is_null()) else {
            return Some(default);
        };
        if !given.is_object() {
            // Validation refuses it; count the most.
            return Some(MAX_PAGE);
        }
        Some(match given.field(self, "size").filter(|v| !v.is_null()) {
            None => default,
            Some(size) => clamp_page(size.number()),
        })
    }

    /// A field's argument as given, its variable looked up; `None` when omitted (a missing
    /// variable counts as omitted).
    fn argument<'w>(&'w self, field: &'w Field, name: &str) -> Option<Arg<'w>> {
        self.resolve(&field.get_argument(name)?.node)
    }

    fn resolve<'w>(&'w self, literal: &'w Literal) -> Option<Arg<'w>> {
        match literal {
            Literal::Variable(name) => self
                .variables
                .get(name)
                .or_else(|| self.defaults.get(name).copied())
                .map(Arg::Variable),
            literal => Some(Arg::Literal(literal)),
        }
    }
}

/// An argument as the estimate reads it, by reference: a value from the variables, or a
/// literal of the document (which may name variables inside).
#[derive(Clone, Copy)]
enum Arg<'w> {
    Variable(&'w Value),
    Literal(&'w Literal),
}

impl<'w> Arg<'w> {
    fn number(self) -> Option<&'w async_graphql::Number> {
        match self {
            Self::Variable(Value::Number(n)) | Self::Literal(Literal::Number(n)) => Some(n),
            _ => None,
        }
    }

    fn is_null(self) -> bool {
        matches!(
            self,
            Self::Variable(Value::Null) | Self::Literal(Literal::Null)
        )
    }

    fn is_object(self) -> bool {
        matches!(
            self,
            Self::Variable(Value::Object(_)) | Self::Literal(Literal::Object(_))
        )
    }

    fn list_len(self) -> Option<usize> {
        match self {
            Self::Variable(Value::List(items)) => Some(items.len()),
            Self::Literal(Literal::List(items)) => Some(items.len()),
            _ => None,
        }
    }

    /// A field of an input object.
    fn field(self, walk: &'w Walk<'_>, name: &str) -> Option<Arg<'w>> {
        match self {
            Self::Variable(Value::Object(fields)) => fields.get(name).map(Arg::Variable),
            Self::Literal(Literal::Object(fields)) => walk.resolve(fields.get(name)?),
            _ => None,
        }
    }
}

/// A requested count within 1..=MAX_PAGE; anything else counts as the most (the resolver
/// refuses an out-of-range size with its own message).
fn clamp_page(number: Option<&async_graphql::Number>) -> u64 {
    match number.map(async_graphql::Number::as_i64) {
        Some(Some(n)) if n >= 1 => (n as u64).min(MAX_PAGE),
        Some(Some(_)) => 1,
        _ => MAX_PAGE,
    }
}

/// 151000 -> "151,000": the figures in messages are read by people.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl CostModel {
    /// Why the request's document may not run, as the error answered for the whole request
    /// (it points at no location in it); `None` if it may. Every request is checked, whichever
    /// transport carried it (see `execution`).
    pub fn refusal(
        &self,
        document: &ExecutableDocument,
        operation_name: Option<&str>,
        variables: &Variables,
    ) -> Option<ServerError> {
        let refusal = self.check(document, operation_name, variables).err()?;
        let error: async_graphql::Error = refusal.into();
        let mut refused = ServerError::new(error.message, None);
        refused.extensions = error.extensions;
        Some(refused)
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use async_graphql::parser::parse_query;
    use serde_json::json;

    use super::*;
    use crate::server::api::{COST_MODEL, build_schema};
    use crate::server::store::{IN_MEMORY, Store};

    fn cost_of(query: &str, variables: serde_json::Value) -> Cost {
        let document = parse_query(query).expect("the test's query parses");
        COST_MODEL.measure(&document, None, &Variables::from_json(variables))
    }

    /// A server with its protocols: 1 for `items`, per row `id` and `protocols` (1 + 4 × 1).
    const ROW: &str = "items { id protocols { type } }";
    const ROW_COST: u64 = 6;

    #[test]
    fn a_page_costs_its_rows() {
        let page = |args: &str| format!("{{ miningServers{args} {{ {ROW} }} }}");
        let data = |query: &str, variables| cost_of(query, variables).data;
        assert_eq!(
            data(&page("(pagination: {size: 500})"), json!({})),
            2 + 500 * ROW_COST
        );
        // Omitted, the page has the input's default size (20).
        assert_eq!(data(&page(""), json!({})), 2 + 20 * ROW_COST);
        assert_eq!(
            data(&page("(pagination: {page: 3})"), json!({})),
            2 + 20 * ROW_COST
        );
        // From a variable, whole or in part, and from the operation's default.
        let whole = format!("query($p: PaginationInput) {}", page("(pagination: $p)"));
        assert_eq!(data(&whole, json!({"p": {"size": 40}})), 2 + 40 * ROW_COST);
        let part = format!("query($s: Int! = 300) {}", page("(pagination: {size: $s})"));
        assert_eq!(data(&part, json!({})), 2 + 300 * ROW_COST);
        assert_eq!(data(&part, json!({"s": 7})), 2 + 7 * ROW_COST);
        // An out-of-range size counts as the largest page (the resolver refuses it).
        assert_eq!(data(&part, json!({"s": 1_000_000})), 2 + 500 * ROW_COST);
    }

    #[test]
    fn unpaginated_lists_count_as_a_full_page_and_known_bounds_as_themselves() {
        let by_protocol = cost_of(
            "{ miningServersByProtocol(protocol: VLESS) { id } }",
            json!({}),
        );
        assert_eq!(by_protocol.data, 1 + MAX_PAGE);
        let top = cost_of(
            "{ networkAnalytics { topPerformingServers { serverId serverName } } }",
            json!({}),
        );
        assert_eq!(top.data, 1 + 1 + 10 * 2);
    }

    #[test]
    fn aliases_and_fragments_count_each_time_they_are_selected() {
        let one = cost_of(
            "{ miningServers(pagination: {size: 500}) { ...Row } } fragment Row on MiningServerPage { items { id protocols { type } } }",
            json!({}),
        );
        let aliases: String = (0..300)
            .map(|i| format!("a{i}: miningServers(pagination: {{size: 500}}) {{ ...Row }} "))
            .collect();
        let many = cost_of(
            &format!("{{ {aliases} }} fragment Row on MiningServerPage {{ {ROW} }}"),
            json!({}),
        );
        assert_eq!(many.data, 300 * one.data);
        assert_eq!(many.root_fields, 300);
    }

    #[test]
    fn fragments_spread_twice_over_are_measured_in_linear_time() {
        // 60 fragments, each spreading the next twice: 2^60 fields if expanded.
        let mut query = String::from("{ ...F0 }\n");
        for i in 0..60 {
            query.push_str(&format!(
                "fragment F{i} on Query {{ ...F{} ...F{} }}\n",
                i + 1,
                i + 1
            ));
        }
        query.push_str("fragment F60 on Query { me { id } }\n");
        let started = Instant::now();
        let cost = cost_of(&query, json!({}));
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
        assert!(cost.data > MAX_COST, "{cost:?}");
        assert!(cost.root_fields > MAX_ROOT_FIELDS);
        // A cycle ends too (validation refuses it afterwards).
        let cycle = cost_of(
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A me { id } }",
            json!({}),
        );
        assert_eq!(cycle.data, 2);
    }

    #[test]
    fn introspection_is_measured_apart_from_data() {
        let full = cost_of(
            include_str!("../../../tests/fixtures/graphql-js-introspection.graphql"),
            json!({}),
        );
        assert_eq!((full.data, full.root_fields), (0, 1));
        assert!(
            full.introspection_depth <= MAX_INTROSPECTION_DEPTH,
            "{full:?}"
        );
        assert!(full.introspection * 2 < MAX_INTROSPECTION_COST, "{full:?}");
        eprintln!("graphql-js introspection: {full:?}");
        // Re-entering `fields` through `type` multiplies by the widest type each time.
        let hostile = cost_of(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }",
            json!({}),
        );
        assert!(
            hostile.introspection > MAX_INTROSPECTION_COST,
            "{hostile:?}"
        );
        eprintln!("hostile introspection: {hostile:?}");
    }

    /// Every operation the CLI sends, with its variables at the CLI's largest (pages of the
    /// largest size, lists unknown), stays under a quarter of the budget.
    #[test]
    fn the_cli_documents_stay_well_within_the_budget() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/graphql");
        let mut measured = Vec::new();
        for entry in std::fs::read_dir(dir).expect("graphql/") {
            let path = entry.expect("an entry").path();
            let text = std::fs::read_to_string(&path).expect("a document");
            let document = parse_query(&text).expect("the CLI's documents parse");
            for (name, operation) in document.operations.iter() {
                let name = name.expect("the CLI's operations are named").to_string();
                let variables: serde_json::Map<_, _> = operation
                    .node
                    .variable_definitions
                    .iter()
                    .filter(|v| {
                        v.node
                            .var_type
                            .node
                            .to_string()
                            .starts_with("PaginationInput")
                    })
                    .map(|v| (v.node.name.node.to_string(), json!({"size": MAX_PAGE})))
                    .collect();
                let variables = Variables::from_json(variables.into());
                let cost = COST_MODEL.measure(&document, Some(&name), &variables);
                measured.push((name, cost));
            }
        }
        assert!(measured.len() > 20, "found {} operations", measured.len());
        for (name, cost) in &measured {
            assert!(cost.data < MAX_COST / 4, "{name} costs {}", cost.data);
            assert!(
                cost.data_depth <= MAX_DEPTH,
                "{name} is {} deep",
                cost.data_depth
            );
            assert_eq!(cost.root_fields, 1, "{name}");
        }
        let (name, most) = measured.iter().max_by_key(|(_, c)| c.data).expect("some");
        eprintln!("the most expensive CLI operation: {name}, {}", most.data);
    }

    /// A renamed type or field must not silently drop its bound back to a full page.
    #[test]
    fn every_known_bound_names_a_list_field_of_the_schema() {
        for (ty, field, _) in known_bounds() {
            let info = COST_MODEL.types.get(ty).and_then(|t| t.get(field));
            let info = info.unwrap_or_else(|| panic!("{ty}.{field} is not in the schema"));
            assert!(info.lists > 0, "{ty}.{field} is not a list");
            assert!(info.bound.is_some(), "{ty}.{field}");
        }
    }

    #[test]
    fn figures_read_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(151_000), "151,000");
        assert_eq!(thousands(2_400_301), "2,400,301");
    }

    async fn refusal(query: &str) -> String {
        let store = Store::open(IN_MEMORY).await.expect("a store");
        let response = build_schema(store).execute(query).await;
        assert_eq!(response.data, async_graphql::Value::Null, "nothing ran");
        let error = response.errors.first().expect("refused");
        let code = error
            .extensions
            .as_ref()
            .and_then(|e| e.get("code"))
            .map(|c| c.to_string());
        assert_eq!(code.as_deref(), Some("\"VAL_001\""), "{}", error.message);
        error.message.clone()
    }

    #[tokio::test]
    async fn an_over_budget_query_is_refused_before_it_runs_with_its_cost() {
        let aliases: String = (0..300)
            .map(|i| format!("a{i}: miningServers(pagination: {{size: 500}}) {{ {ROW} }} "))
            .collect();
        let message = refusal(&format!("{{ {aliases} }}")).await;
        let expected = 300 * (2 + 500 * ROW_COST);
        assert_eq!(
            message,
            format!(
                "query cost {} exceeds the limit of 200,000",
                thousands(expected)
            )
        );
    }

    /// Twenty aliased logins would be twenty password guesses and argon2 runs for one request
    /// of the rate limit; fragments do not hide them.
    #[test]
    fn a_request_logs_in_once_at_most() {
        let login = |alias: &str| {
            format!("{alias}: authenticate(username: \"u\", password: \"p\") {{ accessToken }}")
        };
        let check = |query: &str| {
            let document = parse_query(query).unwrap();
            COST_MODEL.check(&document, None, &Variables::default())
        };
        assert!(check(&format!("mutation {{ {} }}", login("a"))).is_ok());
        for query in [
            format!("mutation {{ {} {} }}", login("a"), login("b")),
            format!(
                "mutation {{ ...L ...L }} fragment L on Mutation {{ {} }}",
                login("a")
            ),
        ] {
            let Err(ApiError::Invalid(message)) = check(&query) else {
                panic!("{query}: accepted")
            };
            assert_eq!(message, "the number of logins 2 exceeds the limit of 1");
        }
    }

    /// The shape of a request that once cost seconds of CPU before any limit applied: thousands
    /// of aliases naming one large variable, which the estimate used to copy for every alias.
    /// A variable is read where it stands, whatever its size.
    #[test]
    fn many_aliases_of_a_large_variable_are_refused_on_their_count() {
        let aliases: String = (0..5_000)
            .map(|n| format!("a{n}: miningServers(pagination: $p) {{ __typename }} "))
            .collect();
        let query = format!("query($p: PaginationInput) {{ {aliases} }}");
        let large = json!({ "p": { "size": 7, "padding": vec![0; 200_000] } });
        let document = parse_query(&query).unwrap();
        let variables = Variables::from_json(large.clone());
        let refused = COST_MODEL.check(&document, None, &variables).unwrap_err();
        let ApiError::Invalid(message) = refused else {
            panic!("{refused:?}")
        };
        assert!(
            message.contains("root fields 5,000 exceeds the limit of 20"),
            "{message}"
        );
        // Within the cap, the same large variable still sizes each page (7 rows).
        let one = "query($p: PaginationInput) { miningServers(pagination: $p) { items { id } } }";
        assert_eq!(cost_of(one, large).data, 1 + 1 + 7);
    }

    #[tokio::test]
    async fn too_many_root_fields_too_deep_or_hostile_introspection_is_refused() {
        let aliases: String = (0..21).map(|i| format!("a{i}: me {{ id }} ")).collect();
        let message = refusal(&format!("{{ {aliases} }}")).await;
        assert_eq!(
            message,
            "the operation's number of root fields 21 exceeds the limit of 20"
        );
        let twenty: String = (0..20).map(|i| format!("a{i}: __typename ")).collect();
        let store = Store::open(IN_MEMORY).await.expect("a store");
        let response = build_schema(store).execute(format!("{{ {twenty} }}")).await;
        assert!(response.errors.is_empty(), "{:?}", response.errors);
        // No field of this schema nests that deep, but a document may.
        let deep = format!("{{ me {}id{} }}", "{ a ".repeat(12), " }".repeat(12));
        let message = refusal(&deep).await;
        assert_eq!(message, "query depth 13 exceeds the limit of 12");
        let hostile = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
        let message = refusal(hostile).await;
        assert!(message.starts_with("introspection cost "), "{message}");
    }
}
