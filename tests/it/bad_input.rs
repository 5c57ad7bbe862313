//! Bad input gets a clear message and the documented exit code, never a panic.

use crate::common::{Env, TestServer};

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.run(&["servers", "list", "--no-such-flag"])
        .fails(2, "--no-such-flag");
    env.run(&["servers", "frobnicate"]).fails(2, "frobnicate");
    env.run(&["servers", "list", "--protocol", "pptp"])
        .fails(2, "pptp");
    env.run(&["servers", "list", "--size", "0"])
        .fails(2, "--size");
    env.run(&["servers", "list", "--size", "501"])
        .fails(2, "--size");
    env.run(&["servers", "list", "--page", "-3"]).fails(2, "-3");
    env.run(&["servers", "list", "--desc"]).fails(2, "--sort");
    env.run(&["servers", "list", "--mining-enabled", "maybe"])
        .fails(2, "maybe");
    env.run(&["-o", "yaml", "servers", "list"]).fails(2, "yaml");
    env.run(&["--timeout", "0", "servers", "list"])
        .fails(2, "--timeout");
}

#[test]
fn malformed_endpoints_exit_2() {
    let env = Env::new();
    for endpoint in ["not a url", "ftp://example.com/graphql", "127.0.0.1:8080"] {
        env.run(&["--endpoint", endpoint, "servers", "list"])
            .fails(2, "malformed endpoint URL");
    }
}

#[test]
fn unreachable_endpoint_exits_6_naming_the_url() {
    let env = Env::new();
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    let url = "http://127.0.0.1:1/graphql";
    let run = env.run(&["--endpoint", url, "--timeout", "5", "servers", "list"]);
    run.fails(6, url);
    assert!(run.stdout.is_empty());
}

#[test]
fn a_failed_tls_handshake_is_permanent_exit_1_without_retries() {
    use std::io::{Read, Write};
    // A plain-HTTP server behind an https URL: the client's hello gets a reply that is not TLS.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let _ = stream.read(&mut [0; 1024]);
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n");
        }
    });
    let url = format!("https://127.0.0.1:{port}/graphql");
    let run = Env::new().run(&["--endpoint", &url, "-v", "servers", "list"]);
    run.fails(1, "TLS handshake");
    assert!(run.stderr.contains(&url), "{}", run.stderr);
    assert!(!run.stderr.contains("retry"), "{}", run.stderr);
}

#[test]
fn json_mode_reports_errors_as_json_on_stderr() {
    let env = Env::new();
    let run = env.run(&[
        "--endpoint",
        "http://127.0.0.1:1/graphql",
        "-o",
        "json",
        "servers",
        "list",
    ]);
    assert_eq!(run.code, 6);
    let error: serde_json::Value = serde_json::from_str(run.stderr.trim()).expect("JSON on stderr");
    assert_eq!(error["exitCode"], 6);
    assert_eq!(error["error"]["kind"], "unreachable");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("127.0.0.1:1")
    );
}

#[test]
fn server_side_validation_maps_to_exit_2_with_its_code() {
    let server = TestServer::start(&[]);
    server
        .run(&["servers", "list", "--location", "  "])
        .fails(2, "VAL_001");
}

#[test]
fn not_a_graphql_endpoint_is_explained() {
    let server = TestServer::start(&[]);
    let healthz = server.url.replace("/graphql", "/nope");
    server
        .env
        .run(&["--endpoint", &healthz, "servers", "list"])
        .fails(1, "/graphql");
}

#[test]
fn server_refuses_an_unusable_database_path() {
    let env = Env::new();
    let file = env.home.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let db = file.join("sub/vpnmine.db");
    env.run(&[
        "server",
        "--listen",
        "127.0.0.1:0",
        "--db",
        db.to_str().unwrap(),
    ])
    .fails(1, "cannot open database");
}

#[test]
fn invalid_documents_get_val_001() {
    let server = TestServer::start(&[]);
    for query in [
        "{ nope }",
        "{ miningServers(filters: {protocol: PPTP}) { items { id } } }",
        "query {",
    ] {
        let (_, body) = server.graphql(query, serde_json::json!({}), None);
        assert_eq!(
            crate::common::error_code(&body),
            "VAL_001",
            "{query}: {body}"
        );
    }
}
