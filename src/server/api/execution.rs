//! How a request runs, whichever transport carried it (HTTP or a WebSocket): the checks on the
//! whole request before it executes, the hooks on root fields, and what follows a write.
//!
//! - Before executing: the request id (for a streamed operation, see `request_log`), the cost
//!   limits (`cost`), room for the ids a mutation creates (`audit`).
//! - Around each root field ([`Root`]): an agent token is refused all but its reporting fields
//!   (`agent_tokens`); a mutation is recorded in the audit trail (`audit`) and moves the store's
//!   generation, so that shared answers never outlive a write.
//!
//! Decision: the schema has no async-graphql extensions. With even one registered (even one
//! that only looks at root fields), async-graphql resolves every field of every answer on its
//! slow path: a registry lookup and a chain of boxed futures per field. Without them,
//! `servers list --all` (21 pages of 500 servers) went from 1.73 s to 1.32 s (issue #17).
//! Everything an extension did is done here instead, once per request or once per root field.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::futures_util::stream::{self, BoxStream, StreamExt as _};
use async_graphql::parser::types::{
    ExecutableDocument, Field, OperationDefinition, OperationType, Selection, SelectionSet,
};
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::{ContainerType, resolve_container};
use async_graphql::{
    Context, ContextSelectionSet, Data, Executor, Name, ObjectType, OutputType, Positioned,
    Request, Response, Schema, ServerError, ServerResult, Value, Variables,
};

use super::audit::{self, CreatedIds};
use super::cost::CostModel;
use super::{Mutation, Query, Subscription, Viewer, agent_tokens};
use crate::server::request_log;
use crate::server::store::Store;

/// The schema as async-graphql runs it, with the root hooks around queries and mutations.
pub type Roots = Schema<Root<Query>, Root<Mutation>, Subscription>;

/// The platform's schema: what both transports execute (see the module's documentation).
#[derive(Clone)]
pub struct ApiSchema {
    schema: Roots,
    cost: Arc<CostModel>,
}

impl ApiSchema {
    pub fn new(schema: Roots, cost: Arc<CostModel>) -> Self {
        Self { schema, cost }
    }

    /// Runs one request to its one answer.
    pub async fn execute(&self, request: impl Into<Request>) -> Response {
        let mut request = request.into();
        request_log::give_id(&mut request, None);
        match self.prepare(request, None) {
            Ok(request) => self.schema.execute(request).await,
            Err(refused) => Response::from_errors(vec![refused]),
        }
    }

    /// The request, ready to execute, or why it may not. `connection` is a socket's
    /// `connection_init` data, where its viewer may be.
    fn prepare(
        &self,
        mut request: Request,
        connection: Option<&Data>,
    ) -> Result<Request, ServerError> {
        let agent = matches!(
            data_of::<Viewer>(&request.data).or_else(|| connection.and_then(data_of::<Viewer>)),
            Some(Viewer::Agent(_))
        );
        let refused = with_document(&mut request, |document, operation, variables| {
            // Left for the schema to refuse in its own words, before anything walks it.
            if nests_deeper_than(document, MAX_NESTING) {
                return None;
            }
            if agent
                && let Some((_, chosen)) = chosen_operation(document, operation)
                && chosen.node.ty == OperationType::Subscription
            {
                let names: Vec<&str> = root_fields(chosen).map(|f| f.name.node.as_str()).collect();
                return Some(agent_tokens::refused_call(&names.join(", ")));
            }
            self.cost.refusal(document, operation, variables)
        });
        // A document that does not parse is left for the schema to refuse too.
        if let Some(Some(refused)) = refused {
            return Err(refused);
        }
        // Introspection is a root field like any other, refused to an agent token too; the
        // schema answers it before `Root` unless it is turned off.
        if agent {
            request = request.disable_introspection();
        }
        Ok(request.data(Arc::new(CreatedIds::default())))
    }
}

impl Executor for ApiSchema {
    async fn execute(&self, request: Request) -> Response {
        ApiSchema::execute(self, request).await
    }

    /// A streamed operation (WebSocket): traced as `request_log` describes, then run with the
    /// socket's `connection_init` data. Nothing happens until the stream is first polled: the
    /// socket's fan-out starts shared executions under its lock.
    fn execute_stream(
        &self,
        request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let schema = self.clone();
        stream::once(async move {
            let connection = session_data.clone();
            request_log::traced_operation(request, connection.as_deref(), move |request| {
                let prepared = schema.prepare(request, session_data.as_deref());
                match prepared {
                    Ok(request) => schema.schema.execute_stream_with_session_data(
                        request,
                        session_data.unwrap_or_default(),
                    ),
                    Err(refused) => {
                        stream::once(async move { Response::from_errors(vec![refused]) }).boxed()
                    }
                }
            })
        })
        .flatten()
        .boxed()
    }
}

/// async-graphql's own limit on nesting (`SchemaBuilder::limit_recursive_depth`'s default).
const MAX_NESTING: usize = 32;

/// Whether a selection of `document` nests deeper than `limit` levels, counted as async-graphql
/// counts them: a field with a selection, a fragment spread and an inline fragment are a level
/// each. The walk goes no deeper than `limit + 1` levels, whatever the document, and reads each
/// fragment once.
fn nests_deeper_than(document: &ExecutableDocument, limit: usize) -> bool {
    struct Walk<'d> {
        document: &'d ExecutableDocument,
        limit: usize,
        fragments: HashMap<&'d Name, usize>,
    }
    impl<'d> Walk<'d> {
        /// Levels below `set`, at most `limit + 1`. Cut off at `level` (this walk's own depth)
        /// past the limit: the answer is then "deeper" whatever the rest holds.
        fn height(&mut self, set: &'d SelectionSet, level: usize) -> usize {
            let cap = self.limit + 1;
            if level > self.limit {
                return cap;
            }
            let mut height = 0;
            for item in &set.items {
                let below = match &item.node {
                    Selection::Field(field) if field.node.selection_set.node.items.is_empty() => {
                        continue;
                    }
                    Selection::Field(field) => {
                        self.height(&field.node.selection_set.node, level + 1)
                    }
                    Selection::InlineFragment(inline) => {
                        self.height(&inline.node.selection_set.node, level + 1)
                    }
                    Selection::FragmentSpread(spread) => {
                        let name = &spread.node.fragment_name.node;
                        if let Some(&known) = self.fragments.get(name) {
                            known
                        } else {
                            let Some(fragment) = self.document.fragments.get(name) else {
                                continue;
                            };
                            let found = self.height(&fragment.node.selection_set.node, level + 1);
                            self.fragments.insert(name, found);
                            found
                        }
                    }
                };
                height = height.max(below + 1).min(cap);
            }
            height
        }
    }
    let mut walk = Walk {
        document,
        limit,
        fragments: HashMap::new(),
    };
    document
        .operations
        .iter()
        .any(|(_, operation)| walk.height(&operation.node.selection_set.node, 0) > limit)
}

/// The operation a request runs, with its name: the one it names, else the document's only
/// one. `None` when there is no such operation, or several and no name: the schema refuses
/// those.
pub fn chosen_operation<'d>(
    document: &'d ExecutableDocument,
    name: Option<&str>,
) -> Option<(Option<&'d Name>, &'d Positioned<OperationDefinition>)> {
    let mut chosen = document
        .operations
        .iter()
        .filter(|(op_name, _)| name.is_none() || op_name.map(|n| n.as_str()) == name);
    match (chosen.next(), chosen.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// An operation's root fields (not those of its fragments).
pub fn root_fields(operation: &Positioned<OperationDefinition>) -> impl Iterator<Item = &Field> {
    operation
        .node
        .selection_set
        .node
        .items
        .iter()
        .filter_map(|item| match &item.node {
            Selection::Field(field) => Some(&field.node),
            _ => None,
        })
}

/// Runs `read` on the request's parsed document (parsed now if it was not yet), with the name
/// of the operation it asks for and its variables; `None` if the document does not parse.
pub fn with_document<R>(
    request: &mut Request,
    read: impl FnOnce(&ExecutableDocument, Option<&str>, &Variables) -> R,
) -> Option<R> {
    // Lent out while the document is borrowed from the request, so that nothing is copied.
    let operation = request.operation_name.take();
    let variables = std::mem::take(&mut request.variables);
    let result = request
        .parsed_query()
        .ok()
        .map(|document| read(document, operation.as_deref(), &variables));
    request.operation_name = operation;
    request.variables = variables;
    result
}

/// The value of type `T` in `data`, if there is one.
pub fn data_of<T: std::any::Any>(data: &Data) -> Option<&T> {
    data.get(&std::any::TypeId::of::<T>())
        .and_then(|data| data.downcast_ref::<T>())
}

/// A root type (`Query`, `Mutation`) with the hooks every one of its fields runs through.
#[derive(Default)]
pub struct Root<T>(T);

impl<T: ObjectType> ContainerType for Root<T> {
    async fn resolve_field(&self, ctx: &Context<'_>) -> ServerResult<Option<Value>> {
        let run = async {
            match agent_tokens::refusal(ctx) {
                Some(refused) => Err(refused),
                None => self.0.resolve_field(ctx).await,
            }
        };
        if ctx.query_env.operation.node.ty != OperationType::Mutation {
            return run.await;
        }
        let run = async {
            let result = run.await;
            // Right after the write, so that an answer computed before it is kept under the
            // old generation. Even a refused mutation moves it: that only costs a
            // recomputation.
            if let Ok(store) = ctx.data::<Store>() {
                store.note_change().await;
            }
            result
        };
        // An agent's refused mutation is recorded too, as refused.
        audit::audited(ctx, run).await
    }
}

impl<T: ObjectType> OutputType for Root<T> {
    fn type_name() -> Cow<'static, str> {
        T::type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        T::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        _field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        // What a root's own `resolve` does; the schema itself goes through `resolve_field`.
        resolve_container(ctx, self).await
    }
}

impl<T: ObjectType> ObjectType for Root<T> {}

#[cfg(test)]
mod tests {
    use async_graphql::futures_util::StreamExt as _;
    use async_graphql::{Executor, Request};

    use crate::server::api::{AgentIdentity, Viewer, build_schema};
    use crate::server::store::audit::AuditFilter;
    use crate::server::store::{IN_MEMORY, Store};

    fn codes(response: &async_graphql::Response) -> Vec<String> {
        let json = serde_json::to_value(response).unwrap();
        json["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| e["extensions"]["code"].as_str().unwrap_or("?").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every root field but the reporting ones is refused to an agent token, introspection
    /// included; a refused mutation is recorded as refused and names the agent.
    #[tokio::test]
    async fn an_agent_token_is_refused_every_root_field_but_its_own() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let schema = build_schema(store.clone());
        let agent = Viewer::Agent(AgentIdentity {
            token_id: "agt-1".into(),
            server_id: "srv-1".into(),
            owner_id: "usr-op".into(),
        });
        for query in [
            "{ miningServers { pageInfo { totalItems } } }",
            "{ __schema { queryType { name } } }",
            "{ __type(name: \"Query\") { name } }",
            "{ systemHealth { status } }",
            "mutation { revokeToken(token: \"nope\") { success } }",
        ] {
            let response = schema
                .execute(Request::new(query).data(agent.clone()))
                .await;
            assert_eq!(codes(&response), ["AUTH_001"], "{query}");
        }
        let subscription = "subscription { realTimeMetrics(serverId: \"srv-1\") { serverId } }";
        let first = Executor::execute_stream(
            &schema,
            Request::new(subscription).data(agent.clone()),
            None,
        )
        .next()
        .await
        .unwrap();
        assert_eq!(codes(&first), ["AUTH_001"], "{:?}", first.errors);
        let answer = schema
            .execute(Request::new("{ __typename }").data(agent))
            .await;
        assert!(answer.errors.is_empty(), "{:?}", answer.errors);
        let anonymous = schema.execute("{ __schema { queryType { name } } }").await;
        assert!(anonymous.errors.is_empty(), "{:?}", anonymous.errors);

        let (rows, total) = store
            .audit_log(&AuditFilter::default(), 10, 0)
            .await
            .unwrap();
        assert_eq!(total, 1);
        assert_eq!(rows[0].operation, "revokeToken");
        assert_eq!(rows[0].result, "AUTH_001");
        assert_eq!(rows[0].username.as_deref(), Some("agent:agt-1"));
    }

    #[test]
    fn nesting_is_counted_as_the_schema_counts_it() {
        use super::{MAX_NESTING, nests_deeper_than};
        use async_graphql::parser::parse_query;
        // `{ a { a { ... { b } } } }`: `levels` fields with a selection.
        let nested = |levels: usize| {
            parse_query(format!(
                "{}{{ b }}{}",
                "{ a ".repeat(levels),
                " }".repeat(levels)
            ))
            .unwrap()
        };
        assert!(!nests_deeper_than(&nested(MAX_NESTING), MAX_NESTING));
        assert!(nests_deeper_than(&nested(MAX_NESTING + 1), MAX_NESTING));

        // A chain of fragments, each spread twice by the one before: 40,000 is far deeper than
        // any stack would take; the walk stops at the limit and reads each fragment once.
        let chain = |length: usize| {
            let mut document = String::from("{ ...f0 }");
            for i in 0..length {
                document.push_str(&format!(
                    " fragment f{i} on Query {{ ...f{n} ...f{n} }}",
                    n = i + 1
                ));
            }
            document.push_str(&format!(" fragment f{length} on Query {{ b }}"));
            parse_query(document).unwrap()
        };
        assert!(nests_deeper_than(&chain(40_000), MAX_NESTING));
        assert!(!nests_deeper_than(&chain(30), MAX_NESTING));
    }

    /// The schema refuses a document nested past its limit before anything else walks it.
    #[tokio::test]
    async fn a_deep_chain_of_fragments_is_refused_without_a_crash() {
        let schema = build_schema(Store::open(IN_MEMORY).await.unwrap());
        let mut chain = String::from("{ ...f0 }");
        for i in 0..20_000 {
            chain.push_str(&format!(" fragment f{i} on Query {{ ...f{} }}", i + 1));
        }
        chain.push_str(" fragment f20000 on Query { __typename }");
        let response = schema.execute(chain).await;
        assert_eq!(response.errors.len(), 1, "{:?}", response.errors);
        assert!(
            response.errors[0].message.contains("recursion depth"),
            "{:?}",
            response.errors
        );
    }

    #[tokio::test]
    async fn mutations_move_the_generation_and_queries_do_not() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let schema = build_schema(store.clone());
        let start = store.generation().await.unwrap();
        schema.execute("{ __typename }").await;
        assert_eq!(store.generation().await.unwrap(), start, "a query");
        // Refused (the token is unknown), but executed: the generation moves all the same.
        schema
            .execute("mutation { revokeToken(token: \"nope\") { success } }")
            .await;
        assert_eq!(store.generation().await.unwrap(), start + 1, "a mutation");
        schema.execute("mutation { nope }").await;
        assert_eq!(
            store.generation().await.unwrap(),
            start + 1,
            "an invalid document runs nothing"
        );
    }
}
