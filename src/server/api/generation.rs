//! Every executed mutation moves the store's generation (see `Store::generation`), whichever
//! transport carried it (HTTP or a WebSocket), so that shared answers never outlive a write.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery,
};
use async_graphql::parser::types::{ExecutableDocument, OperationType};
use async_graphql::{Response, ServerResult, Variables};

use crate::server::store::Store;

pub struct MutationsMoveGeneration;

impl ExtensionFactory for MutationsMoveGeneration {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(MoveAfterMutation::default())
    }
}

/// One request's: whether its document holds a mutation.
#[derive(Default)]
struct MoveAfterMutation {
    mutation: AtomicBool,
}

#[async_graphql::async_trait::async_trait]
impl Extension for MoveAfterMutation {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        // Any mutation in the document counts, even if another operation is chosen: moving
        // the generation once too often only costs a recomputation.
        let mutation = document
            .operations
            .iter()
            .any(|(_, op)| op.node.ty == OperationType::Mutation);
        self.mutation.store(mutation, Ordering::Relaxed);
        Ok(document)
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let response = next.run(ctx, operation_name).await;
        if self.mutation.load(Ordering::Relaxed)
            && let Ok(store) = ctx.data::<Store>()
        {
            store.note_change();
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use crate::server::api::build_schema;
    use crate::server::store::{IN_MEMORY, Store};

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
