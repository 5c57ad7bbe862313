//! GraphQL over HTTP, every MUST and SHOULD: one case per check of the GraphQL Foundation's
//! conformance audit (graphql-http's server audits, by their ids), plus the status codes the
//! specification recommends where the audit only allows them (415, 406).

use serde_json::{Value, json};

use crate::common::TestServer;

const GQL: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

/// What a request should get: a status, and whether the body has `data` / `errors`.
#[derive(Debug)]
struct Expect {
    status: u16,
    media: Option<&'static str>,
    data: Option<bool>,
    errors: Option<bool>,
}

const fn ok(media: &'static str) -> Expect {
    Expect {
        status: 200,
        media: Some(media),
        data: Some(true),
        errors: Some(false),
    }
}

/// A request error: no `data` entry, an `errors` entry, 200 for JSON, 400 for GraphQL's type.
fn request_error(media: &'static str) -> Expect {
    let status = if media == JSON { 200 } else { 400 };
    Expect {
        status,
        media: Some(media),
        data: Some(false),
        errors: Some(true),
    }
}

struct Case {
    id: &'static str,
    method: &'static str,
    content_type: Option<&'static str>,
    accept: Option<&'static str>,
    /// POST: the body as sent; GET: the URL's parameters as JSON (values sent as they are).
    body: Option<String>,
    expect: Expect,
}

fn post(id: &'static str, accept: Option<&'static str>, body: Value, expect: Expect) -> Case {
    Case {
        id,
        method: "POST",
        content_type: Some(JSON),
        accept,
        body: Some(body.to_string()),
        expect,
    }
}

fn raw(id: &'static str, accept: &'static str, body: &str, expect: Expect) -> Case {
    Case {
        id,
        method: "POST",
        content_type: Some(JSON),
        accept: Some(accept),
        body: Some(body.to_string()),
        expect,
    }
}

fn get(id: &'static str, accept: Option<&'static str>, params: Value, expect: Expect) -> Case {
    Case {
        id,
        method: "GET",
        content_type: None,
        accept,
        body: Some(params.to_string()),
        expect,
    }
}

fn cases() -> Vec<Case> {
    let typename = json!({"query": "{ __typename }"});
    let type_query = "query Type($name: String!) { __type(name: $name) { name } }";
    let mut cases = vec![
        post("22EB", Some(GQL), typename.clone(), ok(GQL)),
        post("4655", Some(JSON), typename.clone(), ok(JSON)),
        post("47DE", Some("*/*"), typename.clone(), ok(JSON)),
        get("80D8", None, json!({"query": "{ __typename }"}), ok(JSON)),
        post("82A3/78D5/2C94/03D4", None, typename.clone(), ok(JSON)),
        Case {
            id: "BF61",
            content_type: Some("application/json; charset=utf-8"),
            ..post("BF61", None, typename.clone(), ok(JSON))
        },
        get("5A70", None, json!({"query": "{ __typename }"}), ok(JSON)),
        get(
            "9C48",
            Some(GQL),
            json!({"query": "mutation { revokeToken(token: \"x\") { success } }"}),
            Expect {
                status: 405,
                media: Some(GQL),
                data: Some(false),
                errors: Some(true),
            },
        ),
        // 9ABE: the specification's SHOULD is a 4xx; 415 says which.
        Case {
            id: "9ABE",
            method: "POST",
            content_type: None,
            accept: None,
            body: None,
            expect: Expect {
                status: 415,
                media: Some(JSON),
                data: Some(false),
                errors: Some(true),
            },
        },
        Case {
            id: "415 text/plain",
            content_type: Some("text/plain"),
            ..post("", Some(GQL), typename.clone(), {
                Expect {
                    status: 415,
                    media: Some(GQL),
                    data: Some(false),
                    errors: Some(true),
                }
            })
        },
        Case {
            id: "7267",
            body: None,
            ..post("", Some(JSON), Value::Null, request_error(JSON))
        },
        post(
            "6610",
            Some(GQL),
            json!({"notquery": "{ __typename }"}),
            request_error(GQL),
        ),
        post(
            "3715",
            Some(JSON),
            json!({"notquery": "{ __typename }"}),
            request_error(JSON),
        ),
        post("34A2", Some(GQL), typename.clone(), ok(GQL)),
        post("13EE", Some(JSON), typename.clone(), ok(JSON)),
        post(
            "8161",
            Some(GQL),
            json!({"operationName": "Query", "query": "query Query { __typename }"}),
            ok(GQL),
        ),
        post(
            "B8B3",
            Some(JSON),
            json!({"operationName": "Query", "query": "query Query { __typename }"}),
            ok(JSON),
        ),
        post(
            "2EA1",
            Some(GQL),
            json!({"query": type_query, "variables": {"name": "sometype"}}),
            ok(GQL),
        ),
        post(
            "28B9",
            Some(JSON),
            json!({"query": type_query, "variables": {"name": "sometype"}}),
            ok(JSON),
        ),
        get(
            "D6D5",
            Some(GQL),
            json!({"query": type_query, "variables": "{\"name\": \"sometype\"}"}),
            ok(GQL),
        ),
        get(
            "6A70",
            Some(JSON),
            json!({"query": type_query, "variables": "{\"name\": \"sometype\"}"}),
            ok(JSON),
        ),
        post(
            "428F",
            Some(GQL),
            json!({"query": "{ __typename }", "extensions": {"some": "value"}}),
            ok(GQL),
        ),
        post(
            "1B7A",
            Some(JSON),
            json!({"query": "{ __typename }", "extensions": {"some": "value"}}),
            ok(JSON),
        ),
        raw("D477", JSON, "{ \"not a JSON", request_error(JSON)),
        post(
            "F5AF",
            Some(JSON),
            json!({"qeury": "{ __typename }"}),
            request_error(JSON),
        ),
        post(
            "572B",
            Some(JSON),
            json!({"query": "{"}),
            request_error(JSON),
        ),
        post(
            "FDE2",
            Some(JSON),
            json!({"query": "{ 8f31403dfe404bccbb0e835f2629c6a7 }"}),
            request_error(JSON),
        ),
        raw("60AA/2163", GQL, "{ \"not a JSON", request_error(GQL)),
        post(
            "3E36/17C5/34D6",
            Some(GQL),
            json!({"qeury": "{ __typename }"}),
            request_error(GQL),
        ),
        post(
            "865D/556A/D586",
            Some(GQL),
            json!({"query": "{"}),
            request_error(GQL),
        ),
        post(
            "51FE/74FF/5E5B",
            Some(GQL),
            json!({"query": "{ 8f31403dfe404bccbb0e835f2629c6a7 }"}),
            request_error(GQL),
        ),
        // Not acceptable: the specification recommends 406.
        post(
            "406",
            Some("text/html"),
            typename.clone(),
            Expect {
                status: 406,
                media: None,
                data: Some(false),
                errors: Some(true),
            },
        ),
        // A field error is not a request error: `data` stays, and so does 200.
        post(
            "field error",
            Some(GQL),
            json!({"query": "{ me { id } }"}),
            Expect {
                status: 200,
                media: Some(GQL),
                data: Some(true),
                errors: Some(true),
            },
        ),
    ];
    // Parameters of the wrong type: 400 (GraphQL's type) or 200 with errors (JSON).
    let invalid = [
        json!({"obj": "ect"}),
        json!(0),
        json!(false),
        json!(["array"]),
    ];
    let ids = [
        "4F5/9FE query",
        "E3E/FB9 operationName",
        "69B/F05 variables",
        "904/368 extensions",
    ];
    for (parameter, id) in ["query", "operationName", "variables", "extensions"]
        .into_iter()
        .zip(ids)
    {
        for value in &invalid {
            if matches!(parameter, "variables" | "extensions") && value.is_object() {
                continue; // an object is what they should be
            }
            let mut body = json!({"query": "{ __typename }"});
            body[parameter] = value.clone();
            cases.push(post(id, Some(GQL), body.clone(), request_error(GQL)));
            cases.push(post(id, Some(JSON), body, request_error(JSON)));
        }
        if parameter != "query" {
            // 94B/022: null is allowed.
            let mut body = json!({"query": "{ __typename }"});
            body[parameter] = Value::Null;
            cases.push(post("94B/022 null", Some(GQL), body.clone(), ok(GQL)));
            cases.push(post("94B/022 null", Some(JSON), body, ok(JSON)));
        }
    }
    for (parameter, value) in [
        ("variables", json!("string")),
        ("extensions", json!("string")),
    ] {
        let mut body = json!({"query": "{ __typename }"});
        body[parameter] = value;
        cases.push(post(
            "69B0/9040 string",
            Some(GQL),
            body,
            request_error(GQL),
        ));
    }
    cases
}

fn send(server: &TestServer, case: &Case) -> (u16, Option<String>, Value) {
    let http = crate::common::http().build().unwrap();
    let mut request = match case.method {
        "GET" => {
            let params: Value = serde_json::from_str(case.body.as_deref().unwrap()).unwrap();
            let pairs: Vec<(String, String)> = params
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect();
            http.get(url::Url::parse_with_params(&server.url, pairs).unwrap())
        }
        _ => {
            let mut request = http.post(&server.url);
            if let Some(body) = &case.body {
                request = request.body(body.clone());
            }
            request
        }
    };
    if let Some(content_type) = case.content_type {
        request = request.header("content-type", content_type);
    }
    // reqwest sends `Accept: */*` unless told otherwise; the cases without one remove it.
    request = match case.accept {
        Some(accept) => request.header("accept", accept),
        None => request.header("accept", ""),
    };
    let response = request.send().unwrap();
    let status = response.status().as_u16();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string());
    let body = response.json().unwrap_or(Value::Null);
    (status, media, body)
}

#[test]
fn every_audit_of_the_specification_passes() {
    let server = TestServer::start(&["--rate-limit", "off"]);
    let mut failures = Vec::new();
    for case in cases() {
        let (status, media, body) = send(&server, &case);
        let expect = &case.expect;
        let mut wrong = Vec::new();
        if status != expect.status {
            wrong.push(format!("status {status}, expected {}", expect.status));
        }
        if let Some(want) = expect.media
            && !media.as_deref().unwrap_or("").starts_with(want)
        {
            wrong.push(format!("content-type {media:?}, expected {want}"));
        }
        if let Some(want) = expect.data
            && body.get("data").is_some() != want
        {
            wrong.push(format!("data entry present: {}", !want));
        }
        if let Some(want) = expect.errors
            && body.get("errors").is_some() != want
        {
            wrong.push(format!("errors entry present: {}", !want));
        }
        if expect.errors == Some(true) && body["errors"][0]["extensions"]["code"].is_null() {
            wrong.push("an error without extensions.code".into());
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{} ({} {:?} accept {:?}): {}; body {body}",
                case.id,
                case.method,
                case.body,
                case.accept,
                wrong.join(", ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
