//! HTTP transport: GraphQL over POST and GET on `/graphql`, GraphiQL at `/`, `/healthz`.

use std::sync::Arc;

use async_graphql::http::GraphiQLSource;
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;

use super::api::{Account, ApiSchema, Viewer, build_schema, types};
use super::store::Store;

#[derive(Clone)]
struct AppState {
    schema: ApiSchema,
    store: Store,
    local_admin_token: Option<Arc<str>>,
}

pub fn router(store: Store, local_admin_token: Option<String>) -> Router {
    let state = AppState {
        schema: build_schema(store.clone()),
        store,
        local_admin_token: local_admin_token.map(Arc::from),
    };
    Router::new()
        .route("/", get(graphiql))
        .route("/graphql", get(graphql).post(graphql))
        .route("/healthz", get(healthz))
        .with_state(state)
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

fn viewer(state: &AppState, headers: &HeaderMap) -> Viewer {
    match (bearer(headers), state.local_admin_token.as_deref()) {
        (Some(token), Some(local)) if token == local => Viewer::User(Account {
            id: "usr-admin".into(),
            username: "admin".into(),
            role: types::Role::Admin,
            user_type: types::UserType::Admin,
        }),
        _ => Viewer::Anonymous,
    }
}

async fn graphql(
    State(state): State<AppState>,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> GraphQLResponse {
    let request = request.into_inner().data(viewer(&state, &headers));
    state.schema.execute(request).await.into()
}

async fn graphiql() -> Html<String> {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql")
            .title("vpnmine")
            .finish(),
    )
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match sqlx::query("SELECT 1").execute(state.store.pool()).await {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n"),
    }
}
