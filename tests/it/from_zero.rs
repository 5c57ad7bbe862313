//! Issue #12's "done when": a platform run from an empty database, with no demo, through the
//! CLI only. An admin is initialised, creates an operator and a user; the operator registers a
//! server, gives it an endpoint and an agent token; the agent reports a heartbeat and pipes
//! two connection events; the user rates the connection; the operator claims a reward that
//! those rows earned.

use std::process::Command;

use serde_json::Value;

use crate::common::{Env, Run, TestServer, engine_under_test, tokens};

const ADMIN_PASSWORD: &str = "Platform-Admin-Pass-77";
const OPERATOR_PASSWORD: &str = "Operator-Pass-2026-x";
const USER_PASSWORD: &str = "Customer-Pass-2026-y";

/// `vpnmine --endpoint URL --profile PROFILE ARGS` with `input` on stdin, in the server's
/// environment, with credentials in a file store so that each profile keeps its own login.
fn as_profile(server: &TestServer, profile: &str, args: &[&str], input: &str) -> Run {
    let mut cmd: Command = server.env.command();
    cmd.env("VPNMINE_CREDENTIAL_STORE", "file")
        .args(["--endpoint", &server.url, "--profile", profile])
        .args(args);
    Env::run_input(cmd, input)
}

fn json(run: &Run) -> Value {
    serde_json::from_str(run.ok()).unwrap_or_else(|e| panic!("not JSON ({e}): {}", run.stdout))
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("no {key} in {value}"))
}

#[test]
fn a_platform_runs_from_an_empty_database_to_a_paid_claim() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let db = db.to_str().unwrap();
    // A SQLite file, or an empty PostgreSQL database in the suite on PostgreSQL.
    let postgres = engine_under_test();
    let database = match &postgres {
        Some(url) => ["--database-url", url.as_str()],
        None => ["--db", db],
    };

    // An empty database does not serve: nobody could log in.
    let refused = Env::new()
        .command()
        .args(["server", "--listen", "127.0.0.1:0"])
        .args(database)
        .output()
        .unwrap();
    Run::from(refused).fails(2, "server init");

    let mut init = Env::new().command();
    init.args(["server", "init"]).args(database).args([
        "--admin",
        "root",
        "--password-stdin",
        "-o",
        "json",
    ]);
    let created = Env::run_input(init, &format!("{ADMIN_PASSWORD}\n"));
    assert_eq!(json(&created)["username"], "root");
    // A claim's minimum is the platform's to set; a few seconds of service earn a little.
    let server = TestServer::start_on(&database, &["--minimum-claim", "0"]);

    // The admin logs in and onboards an operator and a user.
    let login = ["auth", "login", "--username", "root", "--password-stdin"];
    as_profile(&server, "admin", &login, &format!("{ADMIN_PASSWORD}\n")).ok();
    let create = |name: &str, role: &str, password: &str| {
        let args = [
            "users",
            "create",
            name,
            "--role",
            role,
            "--password-stdin",
            "-o",
            "json",
        ];
        json(&as_profile(
            &server,
            "admin",
            &args,
            &format!("{password}\n"),
        ))
    };
    let operator = create("olga", "operator", OPERATOR_PASSWORD);
    assert_eq!(operator["role"], "OPERATOR");
    let user = create("bob", "user", USER_PASSWORD);
    let user_uuid = text(&user, "vpnUuid").to_string();
    for (profile, password) in [("olga", OPERATOR_PASSWORD), ("bob", USER_PASSWORD)] {
        let login = ["auth", "login", "--username", profile, "--password-stdin"];
        as_profile(&server, profile, &login, &format!("{password}\n")).ok();
    }

    // The operator registers a server with a VLESS endpoint that lists the user.
    let olga = |args: &[&str]| as_profile(&server, "olga", args, "");
    let registered = json(&olga(&[
        "servers",
        "register",
        "--host-name",
        "edge-1.example.net",
        "--public-ip",
        "203.0.113.7",
        "--location",
        "eu-west",
        "--capacity",
        "100",
        "-o",
        "json",
    ]));
    assert_eq!(registered["ownerId"], operator["id"]);
    assert_eq!(registered["status"], "OFFLINE");
    let server_id = text(&registered, "id").to_string();
    let vless = dir.path().join("vless.json");
    std::fs::write(
        &vless,
        format!(r#"{{"clients":[{{"id":"{user_uuid}"}}],"decryption":"none"}}"#),
    )
    .unwrap();
    olga(&[
        "servers",
        "protocol",
        "set",
        &server_id,
        "--type",
        "vless",
        "--port",
        "443",
        "--config",
        vless.to_str().unwrap(),
    ])
    .ok();
    olga(&["servers", "enable", &server_id]).ok();

    // Its agent token, kept in a file only its owner reads.
    let created = olga(&["servers", "token", "create", &server_id, "--name", "edge-1"]);
    let token_file = dir.path().join("agent.token");
    std::fs::write(&token_file, created.ok().trim()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&token_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let token_file = token_file.to_str().unwrap();
    let agent = |input: &str, extra: &[&str]| {
        let mut cmd = server.env.command();
        cmd.args([
            "--endpoint",
            &server.url,
            "agent",
            "--server-id",
            &server_id,
        ])
        .args(["--once", "--token-file", token_file, "-o", "json"])
        .args(extra);
        Env::run_input(cmd, input)
    };
    let beat = json(&agent("", &[]));
    assert_eq!(beat["serverId"], server_id.as_str(), "{beat}");
    // The agent reports this host's own figures: a busy test machine may read as DEGRADED.
    assert!(
        ["ONLINE", "DEGRADED"].contains(&beat["status"].as_str().unwrap_or("")),
        "{beat}"
    );
    // The token reports and does nothing else.
    let mut cmd = server.env.command();
    cmd.env(
        "VPNMINE_TOKEN",
        std::fs::read_to_string(token_file).unwrap(),
    )
    .args(["--endpoint", &server.url, "servers", "list"]);
    Run::from(cmd.output().unwrap()).fails(4, "agent");

    // Reporting now, the server may mine.
    olga(&["mining", "start", &server_id]).ok();

    // A VPN core's hook pipes the connection's start and end.
    let events = format!(
        "{{\"event\":\"start\",\"id\":\"c-1\",\"userUuid\":\"{user_uuid}\",\"protocol\":\"VLESS\"}}\n\
         {{\"event\":\"end\",\"id\":\"c-1\",\"bytesIn\":52428800,\"bytesOut\":734003200}}\n"
    );
    let sent = json(&agent(&events, &["--sessions-from", "-"]));
    let rows = sent["events"].as_array().expect("event rows");
    assert_eq!(rows.len(), 2, "{sent}");
    assert!(rows.iter().all(|r| r["status"] == "recorded"), "{sent}");
    let session_id = text(&rows[0], "sessionId").to_string();
    assert_eq!(rows[1]["sessionId"], session_id.as_str());

    // The user finds the connection and rates it.
    let bob = |args: &[&str]| as_profile(&server, "bob", args, "");
    let sessions = json(&bob(&["me", "stats", "--all", "--to", "+1m", "-o", "json"]));
    let session = sessions
        .as_array()
        .and_then(|s| s.iter().find(|s| s["id"] == session_id.as_str()))
        .unwrap_or_else(|| panic!("{session_id} not in {sessions}"));
    assert_eq!(session["serverId"], server_id.as_str());
    assert_eq!(session["dataTransferred"], 0.786432, "{session}");
    let rated = json(&bob(&[
        "me",
        "rate",
        &session_id,
        "--stars",
        "5",
        "--comment",
        "fast and steady",
        "-o",
        "json",
    ]));
    assert_eq!(rated["rating"], 5);
    // Once per connection.
    bob(&["me", "rate", &session_id, "--stars", "1"]).fails(2, "rated");

    // The agent's next heartbeat, in a later second than mining's start: the period a claim
    // pays for is the reported time since then.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    json(&agent("", &[]));

    // The operator claims what those rows earned: paid into the server's balance, exactly.
    let claimed = olga(&["mining", "claim", &server_id, "-o", "json"]);
    assert_eq!(claimed.code, 0, "{}", claimed.stdout);
    let claimed = json(&claimed);
    let claim = &claimed[0];
    assert_eq!(claim["result"], "paid", "{claimed}");
    assert!(tokens(&claim["amount"]).is_positive(), "{claimed}");
    assert_eq!(claim["balance"], claim["amount"], "{claimed}");
    // The platform's cooldown holds the next one (exit 5: try again later).
    let again = olga(&["mining", "claim", &server_id, "-o", "json"]);
    assert_eq!(again.code, 5, "{}", again.stderr);
    let again: Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(
        again[0]["rule"].as_str().map(str::to_lowercase).as_deref(),
        Some("cooldown"),
        "{again}"
    );

    // Everything above is in the audit trail, by who did it.
    let audit = json(&as_profile(
        &server,
        "admin",
        &[
            "admin", "audit", "--from", "-1h", "--to", "+1m", "--all", "-o", "json",
        ],
        "",
    ));
    let done: Vec<(String, String)> = audit
        .as_array()
        .expect("audit rows")
        .iter()
        .map(|r| {
            (
                r["username"].as_str().unwrap_or("").to_string(),
                r["operation"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for (who, what) in [
        ("root", "createUser"),
        ("olga", "registerServer"),
        ("olga", "createAgentToken"),
        ("olga", "startMining"),
        ("bob", "rateConnection"),
        ("olga", "claimMiningRewards"),
    ] {
        assert!(
            done.iter().any(|(u, o)| u == who && o == what),
            "no audit row of {who} {what} in {done:?}"
        );
    }
}
