//! HTTP transport: GraphQL over POST and GET on `/graphql`, GraphiQL at `/`, `/healthz`.

use std::sync::Arc;

use async_graphql::http::GraphiQLSource;
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::api::auth::{RequestToken, viewer_for_token};
use super::api::{Account, ApiError, ApiSchema, Viewer, build_schema, types};
use super::credentials::token_hash;
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

/// Who the request is from: anonymous without a bearer token, the local admin for the
/// embedded backend's one-time token, else the owner of a valid access token.
async fn viewer(state: &AppState, headers: &HeaderMap) -> Result<Viewer, ApiError> {
    let Some(token) = bearer(headers) else {
        return Ok(Viewer::Anonymous);
    };
    if state.local_admin_token.as_deref() == Some(token) {
        return Ok(Viewer::User(Account {
            id: "usr-admin".into(),
            username: "admin".into(),
            role: types::Role::Admin,
            user_type: types::UserType::Admin,
        }));
    }
    viewer_for_token(&state.store, token).await
}

async fn graphql(
    State(state): State<AppState>,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> Response {
    let mut request = request.into_inner();
    match viewer(&state, &headers).await {
        Ok(viewer) => request = request.data(viewer),
        Err(error) => {
            let error = async_graphql::Error::from(error).into_server_error(Default::default());
            let body = GraphQLResponse::from(async_graphql::Response::from_errors(vec![error]));
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                body,
            )
                .into_response();
        }
    }
    if let Some(token) = bearer(&headers) {
        request = request.data(RequestToken(token_hash(token)));
    }
    GraphQLResponse::from(state.schema.execute(request).await).into_response()
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
