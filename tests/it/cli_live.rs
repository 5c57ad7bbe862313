//! `metrics watch` and `agent` against the bundled server.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Env, TestServer};

/// Spawns `vpnmine ARGS` with a token and returns the child with piped stdout and stderr.
fn spawn_as(env: &Env, url: &str, token: &str, args: &[&str]) -> Child {
    env.command()
        .env("VPNMINE_TOKEN", token)
        .arg("--endpoint")
        .arg(url)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn vpnmine")
}

#[test]
fn watch_prints_ndjson_and_stops_after_count() {
    let server = TestServer::start(&["--simulate", "1s"]);
    let admin = server.admin_token();
    let run = server.run_as(&admin, &["metrics", "watch", "--count", "2"]);
    let lines: Vec<Value> = run
        .ok()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    for update in &lines {
        assert!(update["serverMetrics"].as_array().unwrap().len() > 200);
        assert!(update["networkMetrics"]["totalBandwidth"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn an_agent_heartbeat_reaches_a_server_watch() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let id = server.own_online_server(&operator);
    let mut watch = spawn_as(
        &server.env,
        &server.url,
        &operator,
        &[
            "metrics", "watch", "--server", &id, "--count", "1", "-o", "json",
        ],
    );
    std::thread::sleep(Duration::from_millis(800));
    let agent = server.run_as(
        &operator,
        &["agent", "--server-id", &id, "--once", "-o", "json"],
    );
    let result = agent.json();
    assert_eq!(result["serverId"], id.as_str());
    assert!(result["performanceScore"].as_f64().is_some());

    let mut line = String::new();
    BufReader::new(watch.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let update: Value = serde_json::from_str(&line).expect("an update");
    assert_eq!(update["serverId"], id.as_str());
    let names: Vec<&str> = update["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["cpu", "memory", "network", "connections", "latency"]
    );
    assert!(watch.wait().unwrap().success());
}

#[test]
fn watch_and_agent_refuse_the_wrong_role() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (user, _) = server.login("user", "user-demo-pass");
    let id = server.own_online_server(&operator);
    server
        .run_as(
            &user,
            &["metrics", "watch", "--server", &id, "--count", "1"],
        )
        .fails(4, "AUTH_001");
    server
        .run(&["metrics", "watch", "--count", "1"])
        .fails(4, "AUTH_001");
    server
        .run_as(&user, &["agent", "--server-id", &id, "--once"])
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["agent", "--server-id", "srv-nope", "--once"])
        .fails(3, "RSC_001");
    server
        .run_as(
            &operator,
            &["agent", "--server-id", &id, "--interval", "0s"],
        )
        .fails(2, "interval");
    server
        .run_as(&operator, &["metrics", "watch", "--count", "0"])
        .fails(2, "--count");
}

#[test]
fn watch_stops_after_its_duration_and_works_locally() {
    let env = Env::new();
    let started = Instant::now();
    let run = env.run(&[
        "--endpoint",
        "local",
        "metrics",
        "watch",
        "--duration",
        "3s",
        "-o",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(started.elapsed() < Duration::from_secs(20));
    let updates = run.stdout.lines().count();
    assert!(
        updates >= 1,
        "the local platform's simulated agents report every second"
    );
}

#[test]
fn watch_reconnects_after_a_server_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let env = Env::new();
    let start = || {
        let mut child = env
            .command()
            .args([
                "server",
                "--listen",
                &listen,
                "--db",
                db.to_str().unwrap(),
                "--demo",
                "--simulate",
                "1s",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut banner = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut banner)
            .unwrap();
        assert!(banner.contains(&listen), "{banner}");
        child
    };
    let mut server = start();
    let url = format!("http://{listen}/graphql");
    let login = crate::common::http().build().unwrap()
        .post(&url)
        .json(&serde_json::json!({"query": "mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}))
        .send()
        .unwrap()
        .json::<Value>()
        .unwrap();
    let token = login["data"]["authenticate"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();

    let mut watch = spawn_as(&env, &url, &token, &["metrics", "watch", "--count", "3"]);
    let mut stdout = BufReader::new(watch.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.contains("serverMetrics"));

    server.kill().unwrap();
    server.wait().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let mut restarted = start();

    let mut rest = String::new();
    for _ in 0..2 {
        stdout.read_line(&mut rest).unwrap();
    }
    let status = watch.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut watch.stderr.take().unwrap(), &mut stderr).unwrap();
    restarted.kill().unwrap();
    let _ = restarted.wait();
    assert!(status.success(), "{stderr}");
    assert_eq!(
        rest.lines().count(),
        2,
        "two more updates after the restart"
    );
    assert!(
        stderr.contains("reconnecting"),
        "says so on stderr: {stderr}"
    );
}
