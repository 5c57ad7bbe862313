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
//! slow path: a registry lookup and a chain of boxed futures per field, which was a third of
//! the server's time on a 500-row page. Everything an extension did is done here instead, once
//! per request or once per root field.

use std::borrow::Cow;
use std::sync::Arc;

use async_graphql::futures_util::stream::{self, BoxStream, StreamExt as _};
use async_graphql::parser::types::{ExecutableDocument, Field, OperationType};
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::{ContainerType, resolve_container};
use async_graphql::{
    Context, ContextSelectionSet, Data, Executor, ObjectType, OutputType, Positioned, Request,
    Response, Schema, ServerError, ServerResult, Value, Variables,
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
        match self.prepare(request) {
            Ok(request) => self.schema.execute(request).await,
            Err(refused) => Response::from_errors(vec![refused]),
        }
    }

    /// The request, ready to execute, or why it may not.
    fn prepare(&self, mut request: Request) -> Result<Request, ServerError> {
        // A document that does not parse is left for the schema to refuse, in its own words.
        let refused = with_document(&mut request, |document, operation, variables| {
            self.cost.refusal(document, operation, variables)
        });
        if let Some(Some(refused)) = refused {
            return Err(refused);
        }
        // Introspection is a root field like any other, refused to an agent token too; the
        // schema answers it before `Root` unless it is turned off.
        if let Some(Viewer::Agent(_)) = data_of::<Viewer>(&request.data) {
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
    /// socket's `connection_init` data.
    fn execute_stream(
        &self,
        request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let schema = self.clone();
        let connection = session_data.clone();
        request_log::traced_operation(request, connection.as_deref(), move |request| match schema
            .prepare(request)
        {
            Ok(request) => schema
                .schema
                .execute_stream_with_session_data(request, session_data.unwrap_or_default()),
            Err(refused) => {
                stream::once(async move { Response::from_errors(vec![refused]) }).boxed()
            }
        })
    }
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
        // An agent's refused mutation is recorded too, as refused.
        let result = audit::audited(ctx, run).await;
        // After the write, so that an answer computed before it is kept under the old
        // generation. Even a refused mutation moves it: that only costs a recomputation.
        if let Ok(store) = ctx.data::<Store>() {
            store.note_change();
        }
        result
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
        // Never called: the schema resolves its roots through `ContainerType` itself.
        resolve_container(ctx, self).await
    }
}

impl<T: ObjectType> ObjectType for Root<T> {}

#[cfg(test)]
mod tests {
    use async_graphql::Request;

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

    #[tokio::test]
    async fn mutations_move_the_generation_and_queries_do_not() {
        let store = Store::open(IN_MEMORY).await.unwrap();
        let schema = build_schema(store.clone());
        let start = store.generation();
        schema.execute("{ __typename }").await;
        assert_eq!(store.generation(), start, "a query");
        // Refused (the token is unknown), but executed: the generation moves all the same.
        schema
            .execute("mutation { revokeToken(token: \"nope\") { success } }")
            .await;
        assert_eq!(store.generation(), start + 1, "a mutation");
        schema.execute("mutation { nope }").await;
        assert_eq!(
            store.generation(),
            start + 1,
            "an invalid document runs nothing"
        );
    }
}
