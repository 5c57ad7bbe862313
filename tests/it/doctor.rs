//! Issue 16, point 4: `vpnmine doctor` against the bundled server, a platform whose schema has
//! drifted, an unreachable one, and a refused token.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use serde_json::{Value, json};
use vpnmine::client::operations::COMPILED;
use vpnmine::client::schema_check::INTROSPECTION_QUERY;

use crate::common::{Env, Run, TestServer};

const CHECKS: [&str; 6] = ["endpoint", "tls", "clock", "token", "rate-limit", "schema"];

fn checks(run: &Run) -> Vec<Value> {
    let value: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", run.stdout, run.stderr));
    value.as_array().expect("an array of checks").clone()
}

fn check<'a>(checks: &'a [Value], name: &str) -> &'a Value {
    checks
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check in {checks:#?}"))
}

/// Every item is {name, status, detail, ...} with a status of ok, warn or fail.
fn assert_shape(checks: &[Value]) {
    for c in checks {
        assert!(c["name"].is_string(), "{c}");
        assert!(c["detail"].as_str().is_some_and(|d| !d.is_empty()), "{c}");
        assert!(
            ["ok", "warn", "fail"].contains(&c["status"].as_str().unwrap_or_default()),
            "{c}"
        );
    }
}

#[test]
fn every_check_passes_against_the_bundled_server() {
    let server = TestServer::start(&[]);
    let run = server.run_as(&server.admin_token(), &["doctor", "-o", "json"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let checks = checks(&run);
    assert_shape(&checks);
    let names: Vec<&str> = checks.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, CHECKS, "in order");
    for c in &checks {
        assert_eq!(c["status"], "ok", "{c}");
    }
    let schema = check(&checks, "schema");
    assert_eq!(schema["operations"], COMPILED.len());
    assert_eq!(schema["validated"], COMPILED.len(), "{schema}");
    assert_eq!(schema["broken"], json!([]));
    let token = check(&checks, "token");
    assert_eq!(token["role"], "ADMIN", "{token}");
    assert_eq!(token["username"], "admin", "{token}");
    assert!(check(&checks, "endpoint")["rttMs"].is_number());
    // The bundled server advertises the admin's quota (12,000 a minute by default).
    let limit = check(&checks, "rate-limit");
    assert_eq!(limit["limit"], 12_000, "{limit}");
    assert!(limit["remaining"].as_u64().unwrap() > 11_000, "{limit}");
    // The same clock, read through `Date`'s whole seconds.
    let skew = check(&checks, "clock")["skewSeconds"].as_i64().unwrap();
    assert!(skew.abs() <= 1, "{skew}");

    // The table: one line a check, its verdict beside it.
    let table = server.run_as(&server.admin_token(), &["doctor"]);
    let out = table.ok();
    for name in CHECKS {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no {name} line in\n{out}"));
        assert!(line.contains(" ok "), "{line}");
    }
}

#[test]
fn a_stored_session_shows_its_role_and_expiry_and_no_login_is_a_warning() {
    let server = TestServer::start(&[]);
    let run = server.run(&["doctor", "-o", "json"]);
    assert_eq!(run.code, 0, "not logged in is no failure: {}", run.stderr);
    let token = check(&checks(&run), "token").clone();
    assert_eq!(token["status"], "warn", "{token}");
    assert!(
        token["detail"].as_str().unwrap().contains("auth login"),
        "{token}"
    );

    let mut login = server.env.command();
    login.args([
        "--endpoint",
        &server.url,
        "auth",
        "login",
        "--username",
        "admin",
    ]);
    login.arg("--password-stdin");
    Env::run_input(login, "admin-demo-pass\n").ok();
    let run = server.run(&["doctor", "-o", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let token = check(&checks(&run), "token").clone();
    assert_eq!(token["status"], "ok", "{token}");
    assert_eq!(token["role"], "ADMIN", "{token}");
    assert_eq!(token["refreshable"], true, "{token}");
    assert!(token["expiresAt"].is_string(), "{token}");
    let detail = token["detail"].as_str().unwrap();
    assert!(detail.contains("expires at"), "{detail}");
}

#[test]
fn a_refused_token_fails_the_token_check_with_exit_4() {
    let server = TestServer::start(&[]);
    let run = server.run_as("not-a-valid-token", &["doctor", "-o", "json"]);
    run.fails(4, "token");
    let checks = checks(&run);
    assert_shape(&checks);
    let token = check(&checks, "token");
    assert_eq!(token["status"], "fail", "{token}");
    assert!(
        token["detail"].as_str().unwrap().contains("refused"),
        "{token}"
    );
    // The other checks still ran.
    assert_eq!(check(&checks, "endpoint")["status"], "ok");
    assert_eq!(check(&checks, "schema")["status"], "ok");
}

#[test]
fn a_spent_rate_limit_fails_with_exit_5() {
    // Two requests a minute: doctor's `me` and its probe spend them.
    let server = TestServer::start(&["--rate-limit", "ADMIN=2"]);
    // A short timeout: the introspection that follows is refused, not waited for.
    let args = ["--timeout", "5", "doctor", "-o", "json"];
    let run = server.run_as(&server.admin_token(), &args);
    run.fails(5, "rate-limit");
    let checks = checks(&run);
    assert_shape(&checks);
    assert_eq!(check(&checks, "token")["status"], "ok");
    let limit = check(&checks, "rate-limit");
    assert_eq!(limit["status"], "fail", "{limit}");
    assert_eq!(
        (limit["limit"].as_u64(), limit["remaining"].as_u64()),
        (Some(2), Some(0))
    );
    assert!(
        limit["detail"]
            .as_str()
            .unwrap()
            .contains("0 of 2 requests left"),
        "{limit}"
    );
}

#[test]
fn an_unreachable_endpoint_fails_with_exit_6() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let endpoint = format!("http://127.0.0.1:{port}/graphql");
    let env = Env::new();
    let run = env.run(&["--endpoint", &endpoint, "doctor", "-o", "json"]);
    run.fails(6, "endpoint");
    let checks = checks(&run);
    assert_shape(&checks);
    let endpoint = check(&checks, "endpoint");
    assert_eq!(endpoint["status"], "fail", "{endpoint}");
    assert!(
        endpoint["detail"]
            .as_str()
            .unwrap()
            .contains("cannot reach"),
        "{endpoint}"
    );
    // The table says the same on a line of its own.
    let run = env.run(&[
        "--endpoint",
        &format!("http://127.0.0.1:{port}/graphql"),
        "doctor",
    ]);
    assert_eq!(run.code, 6, "{}", run.stderr);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("endpoint") && l.contains("fail")),
        "{}",
        run.stdout
    );
}

#[test]
fn an_address_that_is_not_graphql_fails_the_endpoint_check() {
    let server = TestServer::start(&[]);
    let url = server.url.replace("/graphql", "/not-graphql");
    let run = server
        .env
        .run(&["--endpoint", &url, "doctor", "-o", "json"]);
    run.fails(1, "endpoint");
    let checks = checks(&run);
    let endpoint = check(&checks, "endpoint");
    assert_eq!(endpoint["status"], "fail", "{endpoint}");
    let detail = endpoint["detail"].as_str().unwrap();
    assert!(
        detail.contains("HTTP 404") && detail.contains("/graphql"),
        "{detail}"
    );
    // Nothing after it could be checked: no clock, token, rate limit or schema lines.
    let names: Vec<&str> = checks.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, ["endpoint", "tls"]);
}

#[test]
fn the_embedded_backend_skips_what_does_not_apply() {
    let env = Env::new();
    let run = env.run(&["--endpoint", "local", "doctor", "-o", "json"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let checks = checks(&run);
    assert_shape(&checks);
    for c in &checks {
        assert_eq!(c["status"], "ok", "{c}");
    }
    for name in ["endpoint", "tls", "clock"] {
        let detail = check(&checks, name)["detail"].as_str().unwrap().to_string();
        assert!(detail.contains("embedded backend"), "{name}: {detail}");
    }
    assert_eq!(check(&checks, "schema")["validated"], COMPILED.len());
}

/// The bundled server's introspection answer with `AuthSession.lastUsedAt` turned into a
/// nullable `Int` and the field `uptimeSeconds` removed.
fn drifted_introspection(server: &TestServer) -> Value {
    let (status, mut body) = server.graphql(INTROSPECTION_QUERY, json!({}), None);
    assert_eq!(status, 200, "{body}");
    let types = body["data"]["__schema"]["types"].as_array_mut().unwrap();
    let mut removed = 0;
    let mut changed = 0;
    for ty in types.iter_mut() {
        let type_name = ty["name"].as_str().unwrap_or_default().to_string();
        let Some(fields) = ty["fields"].as_array_mut() else {
            continue;
        };
        let before = fields.len();
        fields.retain(|f| f["name"] != "uptimeSeconds");
        removed += before - fields.len();
        if type_name == "AuthSession" {
            for field in fields.iter_mut() {
                if field["name"] == "lastUsedAt" {
                    field["type"] = json!({ "kind": "SCALAR", "name": "Int", "ofType": null });
                    changed += 1;
                }
            }
        }
    }
    assert_eq!((removed, changed), (1, 1), "the edits found their fields");
    body
}

/// A GraphQL endpoint on 127.0.0.1:0 that answers introspection with `introspection` and
/// anything else with `{ __typename }`'s answer. Its URL.
fn stub_platform(introspection: Value) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/graphql", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some((name, value)) = line.split_once(':')
                    && name.eq_ignore_ascii_case("content-length")
                {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            let request = String::from_utf8_lossy(&body);
            let answer = if request.contains("IntrospectionQuery") {
                introspection.to_string()
            } else {
                json!({ "data": { "__typename": "QueryRoot" } }).to_string()
            };
            let date = chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT");
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ndate: {date}\r\n\
                 content-length: {}\r\nconnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    url
}

#[test]
fn a_drifted_schema_names_the_commands_that_will_not_work() {
    let server = TestServer::start(&[]);
    let url = stub_platform(drifted_introspection(&server));
    let env = Env::new();
    let run = env.run(&["--endpoint", &url, "doctor", "-o", "json"]);
    run.fails(1, "schema");
    let checks = checks(&run);
    assert_shape(&checks);
    let schema = check(&checks, "schema");
    assert_eq!(schema["status"], "fail", "{schema}");
    assert_eq!(schema["validated"], COMPILED.len());
    let broken = schema["broken"].as_array().unwrap();
    let reasons_of = |command: &str| -> Vec<String> {
        broken
            .iter()
            .filter(|b| {
                b["commands"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c == command)
            })
            .flat_map(|b| b["reasons"].as_array().unwrap().clone())
            .filter_map(|r| r.as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(
        reasons_of("admin health"),
        ["field `HealthMetrics.uptimeSeconds` is missing"]
    );
    for command in ["auth sessions list", "auth sessions list --user"] {
        assert_eq!(
            reasons_of(command),
            ["field `AuthSession.lastUsedAt` changed type from `DateTime!` to `Int`"],
            "{command}"
        );
    }
    // Nothing else is blamed.
    let blamed: Vec<&str> = broken
        .iter()
        .filter_map(|b| b["operation"].as_str())
        .collect();
    assert!(blamed.len() <= 4, "{blamed:?}");
    let detail = schema["detail"].as_str().unwrap();
    assert!(detail.contains("admin health"), "{detail}");

    // The table lists each command with its reason.
    let run = env.run(&["--endpoint", &url, "doctor"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("Commands that will not work"),
        "{}",
        run.stdout
    );
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("admin health"))
        .unwrap_or_else(|| panic!("no admin health line:\n{}", run.stdout));
    assert!(line.contains("uptimeSeconds"), "{line}");
}
