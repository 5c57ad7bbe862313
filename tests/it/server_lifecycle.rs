//! Server lifecycle (issue #12): registering, updating and decommissioning servers, stopping
//! mining, and reading protocols back as redacted configs and client share links.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

const COUNT: &str =
    "query($q: String) { miningServers(filters: {search: $q}) { pageInfo { totalItems } } }";
const DECOMMISSIONED: &str =
    "{ miningServers(filters: {status: DECOMMISSIONED}) { items { id status decommissionedAt } } }";
const REGISTER: &str = "mutation($i: RegisterServerInput!) { registerServer(input: $i) { id hostName publicIp location capacity status ownerId } }";

/// Servers whose host name contains `text`, decommissioned ones aside.
fn count(server: &TestServer, text: &str) -> i64 {
    let (_, body) = server.graphql(COUNT, json!({"q": text}), None);
    body["data"]["miningServers"]["pageInfo"]["totalItems"]
        .as_i64()
        .unwrap_or_else(|| panic!("{body}"))
}

/// Registers `host` for the operator by the CLI; returns its id.
fn register(server: &TestServer, token: &str, host: &str) -> String {
    let run = server.run_as(
        token,
        &[
            "servers",
            "register",
            "--host-name",
            host,
            "--public-ip",
            "203.0.113.9",
            "--location",
            "eu-west",
            "--capacity",
            "500",
            "-o",
            "json",
        ],
    );
    run.json()["id"].as_str().expect("an id").to_string()
}

/// The newest audit row of `operation`, as the admin reads it.
fn last_audit(server: &TestServer, admin: &str, operation: &str) -> Value {
    server
        .run_as(
            admin,
            &["admin", "audit", "--operation", operation, "-o", "json"],
        )
        .json()[0]
        .clone()
}

#[test]
fn operators_register_their_own_servers_and_admins_register_for_operators() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&user));
    let user_id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let admin = server.admin_token();

    let run = server.run_as(
        &operator,
        &[
            "servers",
            "register",
            "--host-name",
            "Fresh-1.Example.NET",
            "--public-ip",
            "2001:DB8::9",
            "--location",
            "EU-West",
            "--capacity",
            "250",
            "-o",
            "json",
        ],
    );
    let created = run.json();
    assert_eq!(created["hostName"], "fresh-1.example.net");
    assert_eq!(created["publicIp"], "2001:db8::9");
    assert_eq!(created["location"], "eu-west");
    assert_eq!(created["capacity"], 250);
    assert_eq!(created["status"], "OFFLINE", "no heartbeat yet");
    assert_eq!(created["ownerId"], operator_id.as_str());
    assert_eq!(created["miningEnabled"], false);
    assert_eq!(created["protocols"], json!([]));
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        last_audit(&server, &admin, "registerServer")["result"],
        "OK",
        "audited"
    );

    // An admin registers for an operator; the operator sees it among theirs.
    let (_, body) = server.graphql(
        REGISTER,
        json!({"i": {"hostName": "fresh-2.example.net", "publicIp": "203.0.113.2",
                     "location": "us-east", "capacity": 10, "ownerId": operator_id}}),
        Some(&admin),
    );
    assert_eq!(
        body["data"]["registerServer"]["ownerId"],
        operator_id.as_str(),
        "{body}"
    );
    let owned = server.owned(&operator_id, &["--search", "fresh-"]);
    let ids: Vec<&str> = owned.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids.len(), 2, "{owned:?}");
    assert!(ids.contains(&id));

    // Who may not: users own no servers; operators name no other owner; owners must be
    // existing operators or admins.
    let mut args = vec![
        "servers",
        "register",
        "--host-name",
        "fresh-3.example.net",
        "--public-ip",
        "203.0.113.3",
        "--location",
        "eu-west",
        "--capacity",
        "10",
    ];
    server.run_as(&user, &args).fails(4, "AUTH_001");
    server.run(&args).fails(4, "AUTH_001");
    let admin_id = {
        let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&admin));
        me["data"]["me"]["id"].as_str().unwrap().to_string()
    };
    args.extend(["--owner", admin_id.as_str()]);
    server.run_as(&operator, &args).fails(4, "only admins");
    args.pop();
    args.push(user_id.as_str());
    server
        .run_as(&admin, &args)
        .fails(2, "only OPERATOR and ADMIN accounts own servers");
    args.pop();
    args.push("usr-nobody");
    server.run_as(&admin, &args).fails(3, "RSC_001");
    assert_eq!(count(&server, "fresh-3"), 0, "nothing was written");
}

#[test]
fn bad_registrations_are_refused_and_write_nothing() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    register(&server, &operator, "taken.example.net");
    let before = count(&server, "example.net");

    // The CLI refuses malformed values before sending (exit 2)...
    let base = |flag: &'static str, value: &'static str| {
        let mut args = vec![
            "servers",
            "register",
            "--host-name",
            "new.example.net",
            "--public-ip",
            "203.0.113.9",
            "--location",
            "eu-west",
            "--capacity",
            "5",
        ];
        let at = args.iter().position(|a| *a == flag).unwrap();
        args[at + 1] = value;
        args
    };
    for (flag, value, needle) in [
        ("--host-name", "not a host", "invalid server name"),
        ("--host-name", "192.0.2.1", "IP address"),
        ("--public-ip", "999.1.1.1", "not an IP address"),
        ("--location", "  ", "invalid location"),
        ("--capacity", "0", "out of range"),
        ("--capacity", "1000001", "out of range"),
        ("--capacity", "ten", "not a capacity"),
    ] {
        server
            .run_as(&operator, &base(flag, value))
            .fails(2, needle);
    }
    // ...and a duplicate host name, whatever its case, is the server's VAL_001.
    server
        .run_as(&operator, &base("--host-name", "TAKEN.example.net"))
        .fails(2, "already used");

    // The server refuses the same over HTTP, oversized and wrongly typed values too.
    let long_host = "a".repeat(5000);
    let long_location = "x".repeat(65);
    let good = json!({"hostName": "new.example.net", "publicIp": "203.0.113.9",
                      "location": "eu-west", "capacity": 5});
    for (field, value) in [
        ("hostName", json!(long_host)),
        ("hostName", json!("taken.example.net")),
        ("hostName", json!("")),
        ("publicIp", json!("not-an-ip")),
        ("location", json!(long_location)),
        ("capacity", json!(-1)),
        ("capacity", json!(2_000_000)),
        ("ownerId", json!("x".repeat(200))),
    ] {
        let mut input = good.clone();
        input[field] = value;
        let (_, body) = server.graphql(REGISTER, json!({"i": input}), Some(&operator));
        assert!(body["data"].is_null(), "{field}: {body}");
        assert_eq!(error_code(&body), "VAL_001", "{field}: {body}");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(message.len() < 400, "no echo of oversized input: {message}");
    }
    // Values of the wrong type never reach the resolver.
    for (field, value) in [("capacity", json!("ten")), ("hostName", json!(42))] {
        let mut input = good.clone();
        input[field] = value;
        let (_, body) = server.graphql(REGISTER, json!({"i": input}), Some(&operator));
        assert!(
            body["data"].is_null() && body["errors"].is_array(),
            "{field}: {body}"
        );
    }
    // A missing required field.
    let (_, body) = server.graphql(
        REGISTER,
        json!({"i": {"hostName": "new.example.net", "publicIp": "203.0.113.9", "location": "eu-west"}}),
        Some(&operator),
    );
    assert!(
        body["data"].is_null() && body["errors"].is_array(),
        "{body}"
    );
    assert_eq!(count(&server, "example.net"), before, "nothing was written");
}

#[test]
fn updates_change_only_what_is_given_and_refuse_bad_input() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let admin = server.admin_token();
    let id = register(&server, &operator, "upd-1.example.net");
    register(&server, &operator, "upd-2.example.net");

    let updated = server
        .run_as(
            &operator,
            &[
                "servers",
                "update",
                &id,
                "--capacity",
                "800",
                "--location",
                "EU-Central",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(updated["capacity"], 800);
    assert_eq!(updated["location"], "eu-central");
    assert_eq!(updated["hostName"], "upd-1.example.net", "unchanged");
    assert_eq!(updated["publicIp"], "203.0.113.9", "unchanged");
    let audit = last_audit(&server, &admin, "updateServer");
    assert_eq!(audit["targetIds"], json!([id]));

    server
        .run_as(
            &operator,
            &["servers", "update", &id, "--host-name", "upd-2.example.net"],
        )
        .fails(2, "already used");
    server
        .run_as(&operator, &["servers", "update", &id])
        .fails(2, "--capacity");
    server
        .run_as(
            &operator,
            &["servers", "update", "srv-nope", "--capacity", "5"],
        )
        .fails(3, "RSC_001");
    let foreign = server.foreign(&operator_id);
    server
        .run_as(
            &operator,
            &["servers", "update", &foreign, "--capacity", "5"],
        )
        .fails(4, "AUTH_001");
    let (_, body) = server.graphql(
        "mutation($s: ID!) { updateServer(input: {serverId: $s}) { id } }",
        json!({"s": id}),
        Some(&operator),
    );
    assert_eq!(error_code(&body), "VAL_001", "nothing to change: {body}");
    let (_, body) = server.graphql(
        "mutation($s: ID!) { updateServer(input: {serverId: $s, capacity: 0, location: \"x\"}) { id } }",
        json!({"s": id}),
        Some(&operator),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let (_, body) = server.graphql(
        "query($q: String) { miningServers(filters: {search: $q}) { items { capacity location } } }",
        json!({"q": "upd-1"}),
        None,
    );
    assert_eq!(
        body["data"]["miningServers"]["items"][0],
        json!({"capacity": 800, "location": "eu-central"}),
        "the refused update changed nothing"
    );
}

#[test]
fn decommissioned_servers_keep_their_history_and_refuse_everything_new() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let admin = server.admin_token();
    let id = server.own_online_server(&operator);
    let now = chrono::Utc::now();
    let window = json!({"s": id, "f": (now - chrono::Duration::days(2)).to_rfc3339(), "t": now.to_rfc3339()});
    const METRICS: &str = "query($s: ID!, $f: DateTime!, $t: DateTime!) { serverMetrics(serverId: $s, timeRange: {from: $f, to: $t}) { timestamp } }";
    let (_, before) = server.graphql(METRICS, window.clone(), Some(&operator));
    let history = before["data"]["serverMetrics"].as_array().unwrap().len();
    assert!(history > 0, "{before}");

    const OVERVIEW: &str = "{ adminDashboard { networkOverview { totalServers } } }";
    let total = |server: &TestServer| {
        let (_, body) = server.graphql(OVERVIEW, json!({}), Some(&admin));
        body["data"]["adminDashboard"]["networkOverview"]["totalServers"]
            .as_i64()
            .unwrap_or_else(|| panic!("{body}"))
    };
    let servers_before = total(&server);

    // Off a terminal the CLI asks for --yes, and does nothing without it.
    server
        .run_as(&operator, &["servers", "decommission", &id])
        .fails(2, "--yes");
    assert!(
        server
            .owned(&operator_id, &[])
            .iter()
            .any(|s| s["id"] == id.as_str())
    );

    let retired = server
        .run_as(
            &operator,
            &["servers", "decommission", &id, "--yes", "-o", "json"],
        )
        .json();
    assert_eq!(retired["status"], "DECOMMISSIONED");
    assert_eq!(retired["miningEnabled"], false);
    assert!(retired["decommissionedAt"].is_string(), "{retired}");
    assert_eq!(
        last_audit(&server, &admin, "decommissionServer")["targetIds"],
        json!([id])
    );

    assert_eq!(total(&server), servers_before - 1, "no longer the network");

    // Hidden from listings unless asked for by status; its history stays.
    assert!(
        !server
            .owned(&operator_id, &[])
            .iter()
            .any(|s| s["id"] == id.as_str())
    );
    let listed = server.owned(&operator_id, &["--status", "decommissioned"]);
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["id"], id.as_str());
    assert_eq!(listed[0]["status"], "DECOMMISSIONED");
    assert!(listed[0]["decommissionedAt"].is_string(), "{listed:?}");
    let (_, after) = server.graphql(METRICS, window, Some(&operator));
    assert_eq!(
        after["data"]["serverMetrics"].as_array().unwrap().len(),
        history
    );

    // No heartbeat (owner, admin: the shared ingest path), claim, mining or change.
    let heartbeat = "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 20, memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { status } }";
    for token in [&operator, &admin] {
        let (_, body) = server.graphql(heartbeat, json!({"s": id}), Some(token));
        assert_eq!(error_code(&body), "VAL_001", "{body}");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("decommissioned"),
            "{body}"
        );
    }
    for args in [
        vec!["mining", "claim", id.as_str()],
        vec!["mining", "start", id.as_str()],
        vec!["mining", "stop", id.as_str()],
        vec!["servers", "enable", id.as_str()],
        vec!["servers", "update", id.as_str(), "--capacity", "5"],
        vec!["servers", "configure", id.as_str(), "--maintenance", "on"],
        vec!["servers", "decommission", id.as_str(), "--yes"],
        vec![
            "servers",
            "protocol",
            "remove",
            id.as_str(),
            "--type",
            "vless",
        ],
        vec![
            "servers",
            "protocol",
            "link",
            id.as_str(),
            "--type",
            "vless",
        ],
    ] {
        let run = server.run_as(&operator, &args);
        assert_eq!(
            run.code, 2,
            "{args:?}: stdout {} stderr {}",
            run.stdout, run.stderr
        );
        assert!(
            run.stderr.contains("decommissioned"),
            "{args:?}: {}",
            run.stderr
        );
    }
    let (_, body) = server.graphql(
        "mutation($s: ID!) { updateMiningServerProtocol(input: {serverId: $s, type: VLESS, port: 443, enabled: false}) { id } }",
        json!({"s": id}),
        Some(&operator),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let (_, body) = server.graphql(
        "mutation($s: ID!) { configureMiningSettings(input: {serverId: $s, enabled: true}) { success } }",
        json!({"s": id}),
        Some(&admin),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");

    // Still exactly as decommissioned: nothing above changed it.
    let (_, body) = server.graphql(DECOMMISSIONED, json!({}), None);
    let items = body["data"]["miningServers"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{body}");
    let at = |v: &Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    assert_eq!(
        at(&items[0]["decommissionedAt"]),
        at(&retired["decommissionedAt"])
    );
    // Its protocols can still be read.
    let shown = server
        .run_as(
            &operator,
            &["servers", "protocol", "show", &id, "-o", "json"],
        )
        .json();
    assert!(!shown.as_array().unwrap().is_empty());
}

/// `miningServers`' unfiltered totals are kept up to date by triggers (migration 0017) rather
/// than counted on every request: they must follow registrations and decommissions, and agree
/// with counts of the same servers (mining or not: two filtered pages, which are counted).
#[test]
fn kept_server_totals_follow_registrations_and_decommissions() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    const TOTALS: &str = "{ \
        kept: miningServers { pageInfo { totalItems } } \
        mining: miningServers(filters: {miningEnabled: true}) { pageInfo { totalItems } } \
        idle: miningServers(filters: {miningEnabled: false}) { pageInfo { totalItems } } \
        keptRetired: miningServers(filters: {status: DECOMMISSIONED}) { pageInfo { totalItems } } \
        miningRetired: miningServers(filters: {status: DECOMMISSIONED, miningEnabled: true}) { pageInfo { totalItems } } \
        idleRetired: miningServers(filters: {status: DECOMMISSIONED, miningEnabled: false}) { pageInfo { totalItems } } }";
    let totals = || {
        let (_, body) = server.graphql(TOTALS, json!({}), None);
        let total = |alias: &str| {
            body["data"][alias]["pageInfo"]["totalItems"]
                .as_i64()
                .unwrap_or_else(|| panic!("{body}"))
        };
        assert_eq!(total("kept"), total("mining") + total("idle"), "{body}");
        assert_eq!(
            total("keptRetired"),
            total("miningRetired") + total("idleRetired"),
            "{body}"
        );
        (total("kept"), total("keptRetired"))
    };
    let (live, retired) = totals();
    assert!(live > 0, "the test network has servers");
    let first = register(&server, &operator, "kept-count-1.example.net");
    register(&server, &operator, "kept-count-2.example.net");
    assert_eq!(totals(), (live + 2, retired));
    server
        .run_as(&operator, &["servers", "decommission", &first, "--yes"])
        .ok();
    assert_eq!(totals(), (live + 1, retired + 1));
}

#[test]
fn decommissioning_needs_the_owner_and_an_existing_server() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    let foreign = server.foreign(&operator_id);
    server
        .run_as(&operator, &["servers", "decommission", &foreign, "--yes"])
        .fails(4, "AUTH_001");
    server
        .run_as(&user, &["servers", "decommission", &foreign, "--yes"])
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["servers", "decommission", "srv-nope", "--yes"])
        .fails(3, "RSC_001");
    server
        .run_as(&operator, &["servers", "decommission", "", "--yes"])
        .fails(2, "server id");
    let (_, body) = server.graphql(DECOMMISSIONED, json!({}), None);
    assert_eq!(body["data"]["miningServers"]["items"], json!([]), "{body}");
}

#[test]
fn stop_mining_closes_the_open_activity() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let id = server.own_online_server(&operator);
    server.run_as(&operator, &["servers", "enable", &id]).ok();
    let started = server
        .run_as(&operator, &["mining", "start", &id, "-o", "json"])
        .json();
    assert_eq!(started["isActive"], true);

    let stopped = server
        .run_as(&operator, &["mining", "stop", &id, "-o", "json"])
        .json();
    assert_eq!(stopped["id"], started["id"]);
    assert_eq!(stopped["isActive"], false);
    assert!(stopped["endTime"].is_string(), "{stopped}");
    assert_eq!(
        last_audit(&server, &admin, "stopMining")["targetIds"],
        json!([id])
    );
    // Nothing accrues now: a claim is refused by its rules, not paid.
    let (_, body) = server.graphql(
        "mutation($s: ID!) { claimMiningRewards(serverId: $s) { success message } }",
        json!({"s": id}),
        Some(&operator),
    );
    assert_eq!(
        body["data"]["claimMiningRewards"]["success"], false,
        "{body}"
    );

    // Stopping again answers the same activity; starting opens a new one.
    let again = server
        .run_as(&operator, &["mining", "stop", &id, "-o", "json"])
        .json();
    assert_eq!(again["id"], started["id"]);
    assert_eq!(again["endTime"], stopped["endTime"]);
    let restarted = server
        .run_as(&operator, &["mining", "start", &id, "-o", "json"])
        .json();
    assert_ne!(restarted["id"], started["id"]);
    assert_eq!(restarted["isActive"], true);

    // A server that never mined has nothing to stop; others' servers are not yours to stop.
    let fresh = register(&server, &operator, "never-mined.example.net");
    server
        .run_as(&operator, &["mining", "stop", &fresh])
        .fails(2, "never mined");
    let (user, _) = server.login("user", "user-demo-pass");
    server
        .run_as(&user, &["mining", "stop", &id])
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["mining", "stop", "srv-nope"])
        .fails(3, "RSC_001");
}

/// A REALITY endpoint's configuration with this private key, listing `clients`.
fn reality_config(private: &[u8; 32], clients: Value) -> Value {
    json!({
        "serverNames": ["www.example.com"],
        "privateKey": URL_SAFE_NO_PAD.encode(private),
        "shortIds": ["6ba85179e30d4fc2"],
        "dest": "www.example.com:443",
        "clients": clients,
    })
}

fn set_protocol(server: &TestServer, token: &str, id: &str, kind: &str, port: i64, config: Value) {
    let (_, body) = server.graphql(
        "mutation($s: ID!, $t: ProtocolType!, $p: Int!, $c: JSON) { updateMiningServerProtocol(input: {serverId: $s, type: $t, port: $p, enabled: true, config: $c}) { id } }",
        json!({"s": id, "t": kind, "p": port, "c": config}),
        Some(token),
    );
    assert!(body["errors"].is_null(), "{body}");
}

#[test]
fn protocol_show_redacts_secrets_unless_the_owner_reveals_them() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    let admin = server.admin_token();
    let id = register(&server, &operator, "show.example.net");
    let private = [7u8; 32];
    set_protocol(
        &server,
        &operator,
        &id,
        "REALITY",
        8443,
        reality_config(&private, json!([])),
    );
    let wg_private = STANDARD.encode([9u8; 32]);
    set_protocol(
        &server,
        &operator,
        &id,
        "WIREGUARD",
        51820,
        json!({"privateKey": wg_private, "address": "10.8.0.1/24",
               "peers": [{"publicKey": STANDARD.encode([5u8; 32]), "allowedIps": ["10.8.0.2/32"], "presharedKey": "psk-secret"}]}),
    );
    let secret = URL_SAFE_NO_PAD.encode(private);
    let show = |token: Option<&str>, reveal: bool| {
        let mut args = vec!["servers", "protocol", "show", id.as_str(), "-o", "json"];
        if reveal {
            args.push("--reveal");
        }
        match token {
            Some(token) => server.run_as(token, &args),
            None => server.run(&args),
        }
    };
    for (who, token) in [
        ("anonymous", None),
        ("user", Some(user.as_str())),
        ("owner", Some(operator.as_str())),
        ("admin", Some(admin.as_str())),
    ] {
        let text = show(token, false).ok().to_string();
        assert!(!text.contains(&secret), "{who}: {text}");
        assert!(!text.contains(&wg_private), "{who}: {text}");
        assert!(!text.contains("psk-secret"), "{who}: {text}");
        assert!(text.contains("<redacted>"), "{who}: {text}");
    }
    let revealed = show(Some(&operator), true).json();
    let reality = revealed
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["type"] == "REALITY")
        .unwrap();
    let config: Value = serde_json::from_str(reality["configString"].as_str().unwrap()).unwrap();
    assert_eq!(config["privateKey"], secret.as_str());
    let derived = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(private));
    assert_eq!(
        reality["publicKey"],
        URL_SAFE_NO_PAD.encode(derived.as_bytes())
    );
    assert!(show(Some(&admin), true).ok().contains(&secret));
    show(Some(&user), true).fails(4, "AUTH_001");
    show(None, true).fails(4, "AUTH_001");
    server
        .run(&["servers", "protocol", "show", "srv-nope"])
        .fails(3, "RSC_001");

    // The table has one row per endpoint.
    let table = server.run_as(&operator, &["servers", "protocol", "show", &id]);
    assert!(table.ok().contains("REALITY") && table.stdout.contains("WIREGUARD"));
}

#[test]
fn protocol_remove_deletes_one_endpoint() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let admin = server.admin_token();
    let id = register(&server, &operator, "remove.example.net");
    set_protocol(
        &server,
        &operator,
        &id,
        "VLESS",
        443,
        json!({"clients": [], "encryption": "none"}),
    );
    set_protocol(
        &server,
        &operator,
        &id,
        "REALITY",
        8443,
        reality_config(&[7u8; 32], json!([])),
    );

    let after = server
        .run_as(
            &operator,
            &[
                "servers", "protocol", "remove", &id, "--type", "vless", "-o", "json",
            ],
        )
        .json();
    let types: Vec<&str> = after["protocols"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["type"].as_str())
        .collect();
    assert_eq!(types, ["REALITY"]);
    assert_eq!(
        last_audit(&server, &admin, "removeMiningServerProtocol")["targetIds"],
        json!([id])
    );
    server
        .run_as(
            &operator,
            &["servers", "protocol", "remove", &id, "--type", "vless"],
        )
        .fails(3, "no VLESS endpoint");
    server
        .run_as(
            &operator,
            &["servers", "protocol", "remove", &id, "--type", "pptp"],
        )
        .fails(2, "pptp");
    server
        .run_as(&operator, &["servers", "protocol", "remove", &id])
        .fails(2, "--type");
    let foreign = server.foreign(&operator_id);
    server
        .run_as(
            &operator,
            &["servers", "protocol", "remove", &foreign, "--type", "vless"],
        )
        .fails(4, "AUTH_001");
    let (_, body) = server.graphql(
        "mutation($s: ID!) { removeMiningServerProtocol(serverId: $s, type: 42) { id } }",
        json!({"s": id}),
        Some(&operator),
    );
    assert!(
        body["data"].is_null() && body["errors"].is_array(),
        "wrong type: {body}"
    );
    let shown = server
        .run_as(
            &operator,
            &["servers", "protocol", "show", &id, "-o", "json"],
        )
        .json();
    assert_eq!(
        shown.as_array().unwrap().len(),
        1,
        "the refused calls changed nothing"
    );
}

fn link(
    server: &TestServer,
    token: &str,
    id: &str,
    kind: &str,
    extra: &[&str],
) -> crate::common::Run {
    let mut args = vec!["servers", "protocol", "link", id, "--type", kind];
    args.extend_from_slice(extra);
    server.run_as(token, &args)
}

#[test]
fn share_links_parse_with_the_reality_parameters() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&user));
    let user_id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let admin = server.admin_token();
    let id = register(&server, &operator, "link.example.net");
    let private = [7u8; 32];
    set_protocol(
        &server,
        &operator,
        &id,
        "REALITY",
        8443,
        reality_config(&private, json!([])),
    );
    set_protocol(
        &server,
        &operator,
        &id,
        "VLESS",
        443,
        json!({"clients": [], "encryption": "none"}),
    );

    // The user's own link; not listed among the endpoint's clients yet (a warning says so).
    let run = link(&server, &user, &id, "reality", &["-o", "json"]);
    let first = run.json();
    assert!(run.stderr.contains("do not list"), "{}", run.stderr);
    assert_eq!(first["clientListed"], false);
    assert_eq!(first["format"], "SHARE_LINK");
    let content = first["content"].as_str().unwrap();
    let url = url::Url::parse(content).expect("a URL");
    assert_eq!(url.scheme(), "vless");
    let uuid = url.username().to_string();
    assert!(uuid::Uuid::parse_str(&uuid).is_ok(), "{content}");
    assert_eq!(url.host_str(), Some("link.example.net"));
    assert_eq!(url.port(), Some(8443));
    assert_eq!(url.fragment(), Some("link.example.net%20REALITY"));
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    let public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(private));
    let expected = [
        ("encryption", "none".to_string()),
        ("security", "reality".to_string()),
        ("pbk", URL_SAFE_NO_PAD.encode(public.as_bytes())),
        ("sid", "6ba85179e30d4fc2".to_string()),
        ("sni", "www.example.com".to_string()),
        ("fp", "chrome".to_string()),
        ("flow", "xtls-rprx-vision".to_string()),
        ("type", "tcp".to_string()),
    ];
    for (key, value) in &expected {
        assert_eq!(query.get(*key), Some(value), "{key} in {content}");
    }
    assert!(
        !content.contains(&URL_SAFE_NO_PAD.encode(private)),
        "no secret"
    );

    // Once the operator lists the user's UUID, the link says so; the owner and admins fetch
    // the same link for the user, and other users may not.
    set_protocol(
        &server,
        &operator,
        &id,
        "REALITY",
        8443,
        reality_config(&private, json!([{"id": uuid}])),
    );
    for token in [&user, &operator, &admin] {
        let got = link(
            &server,
            token,
            &id,
            "reality",
            &["--user", &user_id, "-o", "json"],
        )
        .json();
        assert_eq!(got["clientListed"], true);
        assert_eq!(got["content"], content);
    }
    let (_, body) = server.graphql(
        "query($s: ID!, $u: ID!) { clientConfig(serverId: $s, type: REALITY, userId: $u) { content } }",
        json!({"s": id, "u": user_id}),
        None,
    );
    assert_eq!(error_code(&body), "AUTH_001", "anonymous: {body}");

    // Plain VLESS: no REALITY parameters. In a table the link is printed alone.
    let plain = link(&server, &user, &id, "vless", &[])
        .ok()
        .trim()
        .to_string();
    let url = url::Url::parse(&plain).expect("a URL");
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query.get("security").map(String::as_str), Some("none"));
    for absent in ["pbk", "sid", "sni", "fp"] {
        assert!(!query.contains_key(absent), "{absent}: {plain}");
    }

    // Bad input: no endpoint, a type without links, unknown server or user, no QR off a terminal.
    link(&server, &user, &id, "wireguard", &[]).fails(3, "no WIREGUARD endpoint");
    link(&server, &user, &id, "openconnect", &[]).fails(2, "openconnect");
    link(&server, &user, "srv-nope", "vless", &[]).fails(3, "RSC_001");
    link(&server, &admin, &id, "vless", &["--user", "usr-nope"]).fails(3, "RSC_001");
    link(&server, &user, &id, "vless", &["--qr"]).fails(2, "terminal");
    link(&server, &user, &id, "vless", &["--generate-key"]).fails(2, "wireguard");
}

#[test]
fn qr_codes_are_drawn_on_a_terminal_and_wireguard_keys_are_made_client_side() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let id = register(&server, &operator, "qr.example.net");
    set_protocol(
        &server,
        &operator,
        &id,
        "VLESS",
        443,
        json!({"clients": [], "encryption": "none"}),
    );
    let server_key = STANDARD.encode([9u8; 32]);
    set_protocol(
        &server,
        &operator,
        &id,
        "WIREGUARD",
        51820,
        json!({"privateKey": server_key, "address": "10.8.0.1/24", "peers": []}),
    );

    let output = server
        .env
        .command()
        .env("VPNMINE_TOKEN", &operator)
        .env("VPNMINE_FORCE_TTY", "stdout")
        .args([
            "--endpoint",
            &server.url,
            "servers",
            "protocol",
            "link",
            &id,
            "--type",
            "vless",
            "--qr",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains('▀') || stdout.contains('▄') || stdout.contains('█'),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("vless://")),
        "the link too: {stdout}"
    );

    let config = link(&server, &operator, &id, "wireguard", &[])
        .ok()
        .to_string();
    assert!(
        config.contains("PrivateKey = <client-private-key>"),
        "{config}"
    );
    let generated = link(
        &server,
        &operator,
        &id,
        "wireguard",
        &["--generate-key", "-o", "json"],
    )
    .json();
    assert_eq!(generated["format"], "WIREGUARD_CONFIG");
    let content = generated["content"].as_str().unwrap();
    let private = content
        .lines()
        .find_map(|l| l.strip_prefix("PrivateKey = "))
        .unwrap();
    let bytes: [u8; 32] = STANDARD.decode(private).unwrap().try_into().unwrap();
    let public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(bytes));
    assert_eq!(
        generated["clientPublicKey"],
        STANDARD.encode(public.as_bytes())
    );
    let server_public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from([9u8; 32]));
    assert!(content.contains(&format!(
        "PublicKey = {}\n",
        STANDARD.encode(server_public.as_bytes())
    )));
    assert!(
        content.contains("Endpoint = qr.example.net:51820\n"),
        "{content}"
    );
    assert!(
        !content.contains(&server_key),
        "the server's secret stays there"
    );
}
