//! `vpnmine api` (raw GraphQL passthrough, variables, pagination), read retries, and the
//! committed man page.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Env, TestServer};

const COUNT: &str = "{ miningServers { pageInfo { totalItems } } }";
const PAGED: &str = "query($page: Int!, $size: Int!) { miningServers(pagination: {page: $page, size: $size}) { items { id } pageInfo { hasNext currentPage totalItems } } }";

fn ids(data: &Value) -> Vec<&str> {
    data["miningServers"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no items in {data}"))
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect()
}

#[test]
fn api_prints_the_data_as_json() {
    let server = TestServer::start(&[]);
    let json = server.run(&["api", COUNT]).json();
    assert_eq!(
        json,
        json!({"miningServers": {"pageInfo": {"totalItems": 300}}})
    );
    let same = server.run(&["api", COUNT, "-o", "json"]).json();
    assert_eq!(same, json);

    // From a file.
    let file = server.env.home.path().join("count.graphql");
    std::fs::write(&file, COUNT).unwrap();
    let at = format!("@{}", file.display());
    assert_eq!(server.run(&["api", &at]).json(), json);
    server
        .run(&["api", "@/no/such/file.graphql"])
        .fails(2, "cannot read QUERY");

    // The subcommands still work beside the positional query.
    let operations = server.run(&["api", "operations", "-o", "json"]).json();
    assert!(operations.as_array().unwrap().len() >= 25);
    assert!(server.run(&["api", "schema"]).ok().contains("type Query"));

    server.run(&["api", COUNT, "-o", "csv"]).fails(2, "-o csv");
    server.run(&["api"]).fails(2, "QUERY");
    server.run(&["api", "   "]).fails(2, "QUERY is empty");
}

#[test]
fn api_variables_come_from_fields() {
    let server = TestServer::start(&[]);
    let query = "query($size: Int!, $location: String) { miningServers(filters: {location: $location}, pagination: {size: $size}) { items { location } pageInfo { pageSize } } }";
    // -F size=5 is the number 5 (JSON); -F location=eu-west is a string.
    let data = server
        .run(&["api", query, "-F", "size=5", "-F", "location=eu-west"])
        .json();
    let items = data["miningServers"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 5, "{data}");
    assert!(items.iter().all(|s| s["location"] == "eu-west"), "{data}");
    assert_eq!(data["miningServers"]["pageInfo"]["pageSize"], 5);

    // A quoted JSON string, and a JSON object as one variable.
    let data = server
        .run(&[
            "api",
            "query($p: PaginationInput, $location: String) { miningServers(filters: {location: $location}, pagination: $p) { items { location } } }",
            "-F",
            "p={\"page\": 1, \"size\": 3}",
            "-F",
            "location=\"us-east\"",
        ])
        .json();
    let items = data["miningServers"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "{data}");
    assert!(items.iter().all(|s| s["location"] == "us-east"));

    // A token reaches the platform: `me` names the caller.
    let (user, _) = server.login("user", "user-demo-pass");
    let me = server.run_as(&user, &["api", "{ me { username } }"]).json();
    assert_eq!(me, json!({"me": {"username": "user"}}));

    server
        .run(&["api", query, "-F", "size"])
        .fails(2, "invalid -F");
    server
        .run(&["api", query, "-F", "9x=1"])
        .fails(2, "invalid -F");
}

#[test]
fn api_paginate_follows_every_page_and_merges_items() {
    let server = TestServer::start(&[]);
    let all = server
        .run(&["api", PAGED, "--paginate", "-F", "size=70"])
        .json();
    let every = ids(&all);
    assert_eq!(every.len(), 300);
    assert_eq!(
        every.iter().collect::<HashSet<_>>().len(),
        300,
        "no server twice"
    );
    let info = &all["miningServers"]["pageInfo"];
    assert_eq!(info["hasNext"], false, "the last page's pageInfo");
    assert_eq!(info["currentPage"], 5);

    // Without --paginate, $page is an ordinary variable.
    let second = server
        .run(&["api", PAGED, "-F", "page=2", "-F", "size=70"])
        .json();
    assert_eq!(ids(&second), every[70..140].to_vec());

    server
        .run(&["api", COUNT, "--paginate"])
        .fails(2, "declares the variable $page");
    server
        .run(&["api", PAGED, "--paginate", "-F", "page=2", "-F", "size=5"])
        .fails(2, "--paginate");
}

#[test]
fn api_errors_keep_their_exit_codes() {
    let server = TestServer::start(&[]);
    server.run(&["api", "{ nope }"]).fails(2, "VAL_001");
    server
        .run(&["api", "{ miningServers { "])
        .fails(2, "VAL_001");
    let (user, _) = server.login("user", "user-demo-pass");
    server
        .run_as(
            &user,
            &[
                "api",
                "{ adminDashboard { networkOverview { totalServers } } }",
            ],
        )
        .fails(4, "AUTH_001");
    server
        .run_as(
            &user,
            &[
                "api",
                "query($id: ID!) { userDashboard(userId: $id) { user { id } } }",
                "-F",
                "id=usr-nobody",
            ],
        )
        .fails(4, "AUTH_001");
    let admin = server.admin_token();
    server
        .run_as(
            &admin,
            &[
                "api",
                "query($id: ID!) { userDashboard(userId: $id) { user { id } } }",
                "-F",
                "id=usr-nobody",
            ],
        )
        .fails(3, "RSC_001");
    // In -o json mode the error is JSON on stderr, with its code.
    let run = server.run(&["api", "{ nope }", "-o", "json"]);
    assert_eq!(run.code, 2);
    let error: Value = serde_json::from_str(run.stderr.trim()).unwrap();
    assert_eq!(error["error"]["code"], "VAL_001");
}

/// Sends `{ me { id } }` as `token` until the platform answers 429.
fn exhaust(server: &TestServer, token: &str) {
    for _ in 0..1_000 {
        let (status, _) = server.graphql("{ me { id } }", json!({}), Some(token));
        if status == 429 {
            return;
        }
    }
    panic!("the rate limit never answered 429");
}

/// Behaviour (documented on `Retries` in src/client/mod.rs): a read that gets 429 waits the
/// `Retry-After` seconds (at most 30, and only while it fits in --timeout) and tries again.
#[test]
fn rate_limited_reads_wait_for_retry_after_and_succeed() {
    // 120 a minute: one request every 0.5 s once the burst is spent; Retry-After is 1.
    let server = TestServer::start(&["--rate-limit", "FREE=120"]);
    let (user, _) = server.login("user", "user-demo-pass");
    exhaust(&server, &user);
    let run = server.run_as(
        &user,
        &[
            "-v",
            "--timeout",
            "20",
            "api",
            PAGED,
            "--paginate",
            "-F",
            "size=100",
        ],
    );
    let data = run.json();
    assert_eq!(ids(&data).len(), 300);
    assert!(
        run.stderr.contains("retry 1/3 in 1000 ms: HTTP 429"),
        "stderr: {}",
        run.stderr
    );
    assert!(!run.stderr.contains(&user), "no token in -v output");
}

/// Behaviour: when `Retry-After` would end past --timeout, the read fails at once with exit 5
/// and the platform's RTE_001, instead of sleeping into the timeout.
#[test]
fn rate_limited_reads_beyond_the_timeout_exit_5_at_once() {
    // 2 a minute: Retry-After is 30 s, more than the 5 s the command may take.
    let server = TestServer::start(&["--rate-limit", "FREE=2"]);
    let (user, _) = server.login("user", "user-demo-pass");
    exhaust(&server, &user);
    let started = Instant::now();
    let run = server.run_as(&user, &["-v", "--timeout", "5", "me", "dashboard"]);
    run.fails(5, "RTE_001");
    assert!(run.stderr.contains("retry after"), "{}", run.stderr);
    assert!(!run.stderr.contains("retry 1/3"), "{}", run.stderr);
    assert!(started.elapsed() < Duration::from_secs(5));
}

fn closed_endpoint() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}/graphql")
}

#[test]
fn unreachable_reads_retry_with_backoff_and_mutations_do_not() {
    let env = Env::new();
    let endpoint = closed_endpoint();
    let started = Instant::now();
    let run = env.run(&["--endpoint", &endpoint, "-v", "api", COUNT]);
    run.fails(6, "cannot reach");
    for line in [
        "retry 1/3 in 200 ms",
        "retry 2/3 in 400 ms",
        "retry 3/3 in 800 ms",
    ] {
        assert!(run.stderr.contains(line), "{line}: {}", run.stderr);
    }
    assert!(started.elapsed() >= Duration::from_millis(1_400));

    // Typed reads retry too; without -v nothing is said about it.
    let run = env.run(&["--endpoint", &endpoint, "users", "dashboard", "usr-user"]);
    run.fails(6, "cannot reach");
    assert!(!run.stderr.contains("retry"), "{}", run.stderr);

    let run = env.run(&[
        "--endpoint",
        &endpoint,
        "-v",
        "api",
        "mutation { revokeToken { success } }",
    ]);
    run.fails(6, "cannot reach");
    assert!(
        !run.stderr.contains("retry"),
        "mutations are never retried: {}",
        run.stderr
    );
}

#[test]
fn committed_man_page_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("man/vpnmine.1");
    let fresh = vpnmine::cli::api::man_page();
    if std::env::var_os("UPDATE_MAN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "man/vpnmine.1 is stale: run `UPDATE_MAN=1 cargo test --test it man_page` and commit"
    );
    // `vpnmine man` prints the same page, and it documents every command.
    let printed = Env::new().run(&["man"]);
    assert_eq!(printed.ok().as_bytes(), fresh.as_slice());
    let text = String::from_utf8(fresh).unwrap();
    for command in [
        ".SS \"vpnmine api\"",
        ".SS \"vpnmine me stats\"",
        ".SS \"vpnmine admin health\"",
        ".SH \"EXIT STATUS AND EXAMPLES\"",
    ] {
        assert!(
            text.contains(command),
            "{command} missing from the man page"
        );
    }
    assert!(
        !text.contains("vpnmine man"),
        "the man command itself is hidden"
    );
}
