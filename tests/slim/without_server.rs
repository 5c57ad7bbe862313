//! What a build without the `server` feature refuses, and that its agent still reports.

use crate::common::{Env, TestServer};

/// Asserts the refusal of a slim build: exit 2 and a message naming the feature and the way out.
fn refused(run: &crate::common::Run, what: &str) {
    run.fails(2, what);
    assert!(run.stderr.contains("`server` feature"), "{}", run.stderr);
    assert!(
        run.stderr.contains("--no-default-features"),
        "{}",
        run.stderr
    );
}

#[test]
fn vpnmine_server_explains_that_it_needs_the_server_feature() {
    let env = Env::new();
    for args in [
        &["server"][..],
        &["server", "--demo", "--listen", "127.0.0.1:0"],
        &["server", "init", "--db", "x.db", "--admin", "root"],
        &["server", "--help"],
    ] {
        refused(&env.run(args), "vpnmine server");
    }
    // A JSON run reports it as JSON, with the same exit code.
    let json = env.run(&["-o", "json", "server", "--demo"]);
    assert_eq!(json.code, 2);
    let body: serde_json::Value = serde_json::from_str(json.stderr.trim()).expect("JSON error");
    assert_eq!(body["exitCode"], 2);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("server")
    );
}

#[test]
fn endpoint_local_explains_that_it_needs_the_server_feature() {
    let env = Env::new();
    refused(
        &env.run(&["--endpoint", "local", "servers", "list"]),
        "--endpoint local",
    );
    // `local` is also the endpoint when nothing else is configured.
    refused(&env.run(&["servers", "list"]), "--endpoint local");
    refused(
        &env.run(&["--endpoint", "local", "agent", "--server-id", "s", "--once"]),
        "--endpoint local",
    );
    // Nothing was created on the way: no local database.
    assert!(!env.home.path().join("data/vpnmine").exists());
}

#[test]
fn the_slim_agent_reports_to_a_full_server() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = server.own_online_server(&operator);
    let agent = server.run_as(
        &operator,
        &["agent", "--server-id", &id, "--once", "-o", "json"],
    );
    let result = agent.json();
    assert_eq!(result["serverId"], id.as_str());
    // The answer is the server's: the score it computed from this heartbeat.
    assert!(result["performanceScore"].as_f64().is_some());
    let listed = server.run(&["servers", "list", "-o", "json"]).json();
    assert_eq!(listed.as_array().expect("a page").len(), 20);
}
