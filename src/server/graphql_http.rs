//! GraphQL over HTTP (the GraphQL Foundation's specification): which requests are GraphQL
//! requests, which media type an answer takes, and the shape and status of an answer to a
//! request that failed before it could execute. The transport reads requests and writes
//! answers only through here, so every rule, the SHOULDs as well as the MUSTs, lives in one
//! place; `tests/it/graphql_over_http.rs` checks them one by one.

use async_graphql::Request;
use axum::http::{HeaderMap, StatusCode, header};
use serde_json::{Map, Value};

/// The specification's own media type: request errors answer 4xx with it.
pub const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";
/// The legacy media type: every GraphQL answer is 200 with it, errors included.
pub const JSON: &str = "application/json";

/// Why an HTTP request is not a GraphQL request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotGraphQL {
    /// A POST body that is not `application/json` (or has no Content-Type): 415.
    UnsupportedMediaType(String),
    /// Not JSON, or parameters of the wrong shape: 400 with GraphQL's media type (200 with
    /// errors for `application/json` clients, as the specification asks).
    BadRequest(String),
}

impl NotGraphQL {
    pub fn message(&self) -> &str {
        match self {
            Self::UnsupportedMediaType(m) | Self::BadRequest(m) => m,
        }
    }

    /// The status of the refusal when answered in `media`.
    pub fn status(&self, media: &str) -> StatusCode {
        match self {
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BadRequest(_) => request_error_status(media),
        }
    }
}

/// The status of an answer to a request that failed before execution (it has no `data`).
pub fn request_error_status(media: &str) -> StatusCode {
    if media == GRAPHQL_RESPONSE {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    }
}

/// The media type to answer in, as the client's Accept header ranks them (q-values, then the
/// more specific range); `None` when it accepts neither (406). No Accept header means
/// `application/json`; a bare `*/*` too, since older clients send it.
pub fn negotiate(headers: &HeaderMap) -> Option<&'static str> {
    let accept = headers
        .get(header::ACCEPT)
        .map_or("", |v| v.to_str().unwrap_or(""));
    if accept.trim().is_empty() {
        return Some(JSON);
    }
    // (q, specificity) of the most specific range that names each type.
    let mut ranks = [(GRAPHQL_RESPONSE, None), (JSON, None)];
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        for (media, rank) in &mut ranks {
            let specificity = match name.as_str() {
                n if n == *media => 2,
                "application/*" => 1,
                "*/*" => 0,
                _ => continue,
            };
            if rank.is_none_or(|(_, s)| specificity > s) {
                *rank = Some((q, specificity));
            }
        }
    }
    let [(graphql, graphql_rank), (json, json_rank)] = ranks;
    let graphql_rank = graphql_rank.filter(|(q, _)| *q > 0.0);
    let json_rank = json_rank.filter(|(q, _)| *q > 0.0);
    match (graphql_rank, json_rank) {
        (None, None) => None,
        (Some(_), None) => Some(graphql),
        (None, Some(_)) => Some(json),
        // Named outright and ranked no lower, the specification's own type wins.
        (Some((gq, gs)), Some((jq, _))) if gq > jq || (gq == jq && gs == 2) => Some(graphql),
        _ => Some(json),
    }
}

/// A POST's GraphQL request: an `application/json` body (UTF-8) holding a JSON object.
pub fn from_post(headers: &HeaderMap, body: &[u8]) -> Result<Request, NotGraphQL> {
    require_json_content(headers)?;
    let body: Value = serde_json::from_slice(body)
        .map_err(|e| NotGraphQL::BadRequest(format!("the body is not JSON: {e}")))?;
    match body {
        Value::Object(parameters) => from_parameters(parameters),
        _ => Err(NotGraphQL::BadRequest(
            "the body must be a JSON object with a `query` string (batches are not supported)"
                .into(),
        )),
    }
}

/// A GET's GraphQL request, from its URL: `query`, and `operationName`, `variables` and
/// `extensions` (the last two as JSON text).
pub fn from_get(query_string: Option<&str>) -> Result<Request, NotGraphQL> {
    let mut parameters = Map::new();
    for (name, value) in url::form_urlencoded::parse(query_string.unwrap_or("").as_bytes()) {
        let value = match name.as_ref() {
            "variables" | "extensions" => serde_json::from_str(&value)
                .map_err(|e| NotGraphQL::BadRequest(format!("`{name}` is not JSON: {e}")))?,
            _ => Value::String(value.into_owned()),
        };
        parameters.insert(name.into_owned(), value);
    }
    from_parameters(parameters)
}

fn require_json_content(headers: &HeaderMap) -> Result<(), NotGraphQL> {
    let Some(content_type) = headers.get(header::CONTENT_TYPE) else {
        return Err(NotGraphQL::UnsupportedMediaType(
            "a POST needs `Content-Type: application/json`".into(),
        ));
    };
    let content_type = content_type.to_str().unwrap_or("").to_ascii_lowercase();
    let mut parts = content_type.split(';').map(str::trim);
    let essence = parts.next().unwrap_or("");
    let charset_ok = parts
        .filter_map(|p| p.strip_prefix("charset="))
        .all(|charset| matches!(charset.trim_matches('"'), "utf-8" | "utf8"));
    if essence == JSON && charset_ok {
        Ok(())
    } else {
        Err(NotGraphQL::UnsupportedMediaType(format!(
            "unsupported Content-Type `{content_type}`: send `application/json` (UTF-8)"
        )))
    }
}

/// The request of well-formed parameters: `query` a string; `operationName` a string or null;
/// `variables` and `extensions` objects or null.
fn from_parameters(mut parameters: Map<String, Value>) -> Result<Request, NotGraphQL> {
    let bad = |message: String| Err(NotGraphQL::BadRequest(message));
    match parameters.get("query") {
        Some(Value::String(_)) => {}
        None | Some(Value::Null) => return bad("the request has no `query`".into()),
        Some(other) => return bad(format!("`query` must be a string, not {}", kind(other))),
    }
    for (name, want_object) in [
        ("operationName", false),
        ("variables", true),
        ("extensions", true),
    ] {
        match parameters.get(name) {
            None | Some(Value::Null) => {
                parameters.remove(name);
            }
            Some(Value::String(_)) if !want_object => {}
            Some(Value::Object(_)) if want_object => {}
            Some(other) => {
                let wanted = if want_object { "an object" } else { "a string" };
                return bad(format!("`{name}` must be {wanted}, not {}", kind(other)));
            }
        }
    }
    serde_json::from_value(Value::Object(parameters))
        .map_err(|e| NotGraphQL::BadRequest(format!("the request is not valid: {e}")))
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// True when a response reports a request error: it failed before execution (parsing,
/// validation, variables, limits, refusals), so it must carry no `data` entry at all. Field
/// errors always have a path.
pub fn is_request_error(response: &async_graphql::Response) -> bool {
    response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// The JSON body of a response: without `data` for a request error (GraphQL's own rule:
/// "If an error was raised before execution begins, the data entry should not be present").
pub fn body(response: &async_graphql::Response) -> Vec<u8> {
    if !is_request_error(response) {
        return serde_json::to_vec(response).unwrap_or_default();
    }
    let mut value = serde_json::to_value(response).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.remove("data");
    }
    serde_json::to_vec(&value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accepting(accept: Option<&str>) -> Option<&'static str> {
        let mut headers = HeaderMap::new();
        if let Some(accept) = accept {
            headers.insert(header::ACCEPT, HeaderValue::from_str(accept).unwrap());
        }
        negotiate(&headers)
    }

    #[test]
    fn the_accept_header_ranks_media_types() {
        assert_eq!(accepting(None), Some(JSON));
        assert_eq!(accepting(Some("")), Some(JSON));
        assert_eq!(accepting(Some("*/*")), Some(JSON));
        assert_eq!(accepting(Some("application/*")), Some(JSON));
        assert_eq!(accepting(Some("application/json")), Some(JSON));
        assert_eq!(accepting(Some(GRAPHQL_RESPONSE)), Some(GRAPHQL_RESPONSE));
        assert_eq!(
            accepting(Some("application/graphql-response+json, application/json")),
            Some(GRAPHQL_RESPONSE)
        );
        assert_eq!(
            accepting(Some(
                "application/json, application/graphql-response+json;q=0.9"
            )),
            Some(JSON)
        );
        assert_eq!(
            accepting(Some(
                "application/json;q=0.5, application/graphql-response+json"
            )),
            Some(GRAPHQL_RESPONSE)
        );
        assert_eq!(
            accepting(Some("*/*;q=0.1, application/graphql-response+json")),
            Some(GRAPHQL_RESPONSE)
        );
        assert_eq!(accepting(Some("text/html")), None);
        assert_eq!(accepting(Some("application/json;q=0")), None);
    }

    fn post(content_type: Option<&str>, body: &str) -> Result<Request, NotGraphQL> {
        let mut headers = HeaderMap::new();
        if let Some(content_type) = content_type {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(content_type).unwrap(),
            );
        }
        from_post(&headers, body.as_bytes())
    }

    #[test]
    fn posts_need_a_json_object_of_well_typed_parameters() {
        let query = r#"{"query": "{ me { id } }"}"#;
        assert!(post(Some("application/json"), query).is_ok());
        assert!(post(Some("application/json; charset=utf-8"), query).is_ok());
        for content_type in [
            None,
            Some("text/plain"),
            Some("application/json; charset=latin1"),
        ] {
            assert!(
                matches!(
                    post(content_type, query),
                    Err(NotGraphQL::UnsupportedMediaType(_))
                ),
                "{content_type:?}"
            );
        }
        for body in [
            "",
            "{ \"not a JSON",
            "[]",
            "\"{ me { id } }\"",
            r#"{"qeury": "{ me { id } }"}"#,
            r#"{"query": {"obj": "ect"}}"#,
            r#"{"query": 0}"#,
            r#"{"query": "{ me { id } }", "operationName": 0}"#,
            r#"{"query": "{ me { id } }", "variables": "string"}"#,
            r#"{"query": "{ me { id } }", "variables": ["array"]}"#,
            r#"{"query": "{ me { id } }", "extensions": false}"#,
        ] {
            assert!(
                matches!(
                    post(Some("application/json"), body),
                    Err(NotGraphQL::BadRequest(_))
                ),
                "{body}"
            );
        }
        let request = post(
            Some("application/json"),
            r#"{"query": "query Q($n: Int) { me { id } }", "operationName": "Q",
                "variables": {"n": 1}, "extensions": null}"#,
        )
        .unwrap();
        assert_eq!(request.operation_name.as_deref(), Some("Q"));
        assert_eq!(request.variables.len(), 1);
    }

    #[test]
    fn gets_read_their_parameters_from_the_url() {
        let request = from_get(Some(
            "query=query%20Q(%24n%3A%20Int)%20%7B%20me%20%7B%20id%20%7D%20%7D&variables=%7B%22n%22%3A1%7D",
        ))
        .unwrap();
        assert_eq!(request.variables.len(), 1);
        assert!(from_get(None).is_err());
        assert!(from_get(Some("query=x&variables=%5B1%5D")).is_err());
        assert!(from_get(Some("query=x&variables=nope")).is_err());
    }
}
