//! Alert rules (issue #14, point 1) through the CLI and the API: who manages which rules, every
//! bad input refused with nothing changed, built-in rules, the dry run against the latest
//! figures, the audit trail, and the engine picking up a new rule.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

const CREATE: &str =
    "mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { id name builtin ownerId } }";
const UPDATE: &str = "mutation($id: ID!, $i: AlertRulePatch!) { updateAlertRule(id: $id, input: $i) { id threshold enabled builtin ownerId durationSeconds } }";
const LIST: &str = "{ alertRules { id name metric threshold durationSeconds enabled builtin ownerId scope scopeId message channels { id } } }";

/// `alerts rules create --name NAME` of a CPU rule above 50%, with `scope`'s flags.
fn cpu_rule<'a>(name: &'a str, scope: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "alerts",
        "rules",
        "create",
        "--name",
        name,
        "--metric",
        "cpu",
        "--op",
        "gt",
        "--threshold",
        "50",
    ];
    args.extend_from_slice(scope);
    args
}

/// `alerts rules list -o json` as `token`.
fn rules(server: &TestServer, token: &str) -> Vec<Value> {
    server
        .run_as(token, &["alerts", "rules", "list", "-o", "json"])
        .json()
        .as_array()
        .expect("a list")
        .clone()
}

fn names(rules: &[Value]) -> Vec<&str> {
    rules.iter().map(|r| r["name"].as_str().unwrap()).collect()
}

/// Every rule as the admin sees it, in full, to compare before and after a refusal.
fn snapshot(server: &TestServer, admin: &str) -> Value {
    let (_, body) = server.graphql(LIST, json!({}), Some(admin));
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["alertRules"].clone()
}

#[test]
fn admins_and_operators_manage_rules_through_the_cli() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let own = server.own_online_server(&operator);

    let created = server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "edge-cpu",
                "--metric",
                "cpu",
                "--op",
                ">",
                "--threshold",
                "85",
                "--for",
                "5m",
                "--severity",
                "critical",
                "--server",
                &own,
                "-o",
                "json",
            ],
        )
        .json();
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["ownerId"], operator_id.as_str());
    assert_eq!(created["scope"], "SERVER");
    assert_eq!(created["scopeId"], own.as_str());
    assert_eq!(created["durationSeconds"], 300);
    assert_eq!(created["severity"], "CRITICAL");
    assert_eq!(created["condition"], "cpu > 85% for 5m");
    assert_eq!(created["builtin"], false);

    // Operators' own servers as a whole, with a duration of 0.
    let all_mine = server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "silent",
                "--metric",
                "offline-for",
                "--op",
                "gt",
                "--threshold",
                "120",
                "--for",
                "0",
                "--operator",
                &operator_id,
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(all_mine["durationSeconds"], 0);

    let network = server
        .run_as(
            &admin,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "net-latency",
                "--metric",
                "network-latency",
                "--op",
                "gt",
                "--threshold",
                "400",
                "--network",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(network["ownerId"], "usr-admin");

    // Operators see the built-in rules and their own; admins see all.
    let builtin = [
        "cpu-high",
        "errors-high",
        "latency-high",
        "memory-high",
        "server-offline",
    ];
    let mut expected: Vec<&str> = builtin.to_vec();
    expected.extend(["edge-cpu", "silent"]);
    assert_eq!(names(&rules(&server, &operator)), expected);
    expected.insert(6, "net-latency");
    assert_eq!(names(&rules(&server, &admin)), expected);
    // The table reads each condition in words.
    let table = server
        .run_as(&operator, &["alerts", "rules", "list", "--server", &own])
        .ok()
        .to_string();
    assert!(table.contains("cpu > 85% for 5m"), "{table}");
    assert!(table.contains("offline-for > 120 s for 0s"), "{table}");
    let csv = server.run_as(&operator, &["alerts", "rules", "list", "-o", "csv"]);
    assert!(
        csv.ok()
            .starts_with("ID,NAME,CONDITION,SEVERITY,SCOPE,ENABLED,BUILTIN,CHANNELS\n"),
        "{}",
        csv.stdout
    );

    let updated = server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "update",
                &id,
                "--threshold",
                "92.5",
                "--disable",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(updated["threshold"], 92.5);
    assert_eq!(updated["enabled"], false);
    assert_eq!(updated["durationSeconds"], 300, "unchanged");
    let shown = server
        .run_as(&operator, &["alerts", "rules", "show", &id, "-o", "json"])
        .json();
    assert_eq!(shown["condition"], "cpu > 92.5% for 5m");
    assert_eq!(
        names(
            &server
                .run_as(
                    &operator,
                    &["alerts", "rules", "list", "--disabled", "-o", "json"]
                )
                .json()
                .as_array()
                .unwrap()
                .clone()
        ),
        ["edge-cpu"]
    );

    // Without a terminal, delete names --yes and changes nothing.
    server
        .run_as(&operator, &["alerts", "rules", "delete", &id])
        .fails(2, "--yes");
    assert_eq!(rules(&server, &operator).len(), 7);
    let deleted = server
        .run_as(
            &operator,
            &["alerts", "rules", "delete", &id, "--yes", "-o", "json"],
        )
        .json();
    assert_eq!(
        deleted,
        json!({"id": id, "name": "edge-cpu", "deleted": true})
    );
    server
        .run_as(&operator, &["alerts", "rules", "show", &id])
        .fails(3, "RSC_001");
    // The admin deletes the operator's rule too.
    let silent = all_mine["id"].as_str().unwrap();
    server
        .run_as(&admin, &["alerts", "rules", "delete", silent, "--yes"])
        .ok();
    assert_eq!(names(&rules(&server, &operator)), builtin);
}

#[test]
fn operators_are_refused_foreign_servers_the_network_and_built_in_rules() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    let foreign = server.foreign(&operator_id);
    let admin_rule = server
        .run_as(
            &admin,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "admins",
                "--metric",
                "cpu",
                "--op",
                "gt",
                "--threshold",
                "50",
                "--network",
                "-o",
                "json",
            ],
        )
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = snapshot(&server, &admin);
    let refusals: Vec<(Vec<&str>, &str)> = vec![
        (
            cpu_rule("mine", &["--server", &foreign]),
            "may not watch server",
        ),
        (cpu_rule("mine", &["--network"]), "not NETWORK"),
        (
            cpu_rule("mine", &["--operator", "usr-admin"]),
            "only their own servers",
        ),
        (
            vec!["alerts", "rules", "update", "rule-cpu", "--threshold", "50"],
            "only admins edit or disable it",
        ),
        (
            vec!["alerts", "rules", "update", "rule-cpu", "--disable"],
            "built in",
        ),
        (
            vec!["alerts", "rules", "delete", "rule-offline", "--yes"],
            "built in",
        ),
        (
            vec!["alerts", "rules", "update", &admin_rule, "--enable"],
            "another account's",
        ),
        (
            vec!["alerts", "rules", "delete", &admin_rule, "--yes"],
            "another account's",
        ),
        (
            vec!["alerts", "rules", "test", &admin_rule],
            "another account's",
        ),
    ];
    for (args, needle) in &refusals {
        let run = server.run_as(&operator, args);
        run.fails(4, "AUTH_001");
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
    }
    // Users manage no rules, and see none.
    server
        .run_as(&user, &["alerts", "rules", "list"])
        .fails(4, "AUTH_001");
    server
        .run_as(&user, &cpu_rule("mine", &["--network"]))
        .fails(4, "AUTH_001");
    assert_eq!(snapshot(&server, &admin), before, "nothing changed");
}

/// Every malformed rule is refused before anything is written: exit 2 (VAL_001, or a usage
/// error the CLI catches first), exit 3 for what does not exist.
#[test]
fn bad_rules_are_refused_and_change_nothing() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let own = server.own_online_server(&operator);
    // A decommissioned server of the operator's.
    let (_, body) = server.graphql(
        "mutation { registerServer(input: {hostName: \"retired.rules.example.net\", publicIp: \"192.0.2.30\", location: \"eu-west\", capacity: 10}) { id } }",
        json!({}),
        Some(&operator),
    );
    let retired = body["data"]["registerServer"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let on_retired = server
        .run_as(
            &operator,
            &cpu_rule("on-retired", &["--server", &retired, "-o", "json"]),
        )
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, body) = server.graphql(
        "mutation($s: ID!) { decommissionServer(serverId: $s) { id } }",
        json!({"s": retired}),
        Some(&operator),
    );
    assert!(body["errors"].is_null(), "{body}");
    // A rule of a server retired since can still be changed: its scope is not checked again.
    let disabled = server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "update",
                &on_retired,
                "--disable",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(disabled["enabled"], false);
    server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "taken",
                "--metric",
                "cpu",
                "--op",
                "gt",
                "--threshold",
                "50",
                "--server",
                &own,
            ],
        )
        .ok();
    let before = snapshot(&server, &admin);

    let long_name = "n".repeat(65);
    let long_message = "m".repeat(1001);
    let base = |name: &str| {
        vec![
            "alerts".to_string(),
            "rules".into(),
            "create".into(),
            "--name".into(),
            name.into(),
            "--server".into(),
            own.clone(),
        ]
    };
    let with = |extra: &[&str]| {
        let mut args = base("fresh");
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let cpu = ["--metric", "cpu", "--op", "gt"];
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            with(&["--metric", "disk", "--op", "gt", "--threshold", "1"]),
            2,
            "unknown metric",
        ),
        (
            with(&["--metric", "cpu", "--op", "gte", "--threshold", "1"]),
            2,
            "unknown operator",
        ),
        (
            with(&["--metric", "cpu", "--op", "gt"]),
            2,
            "--threshold is required",
        ),
        (
            with(&["--op", "gt", "--threshold", "1"]),
            2,
            "--metric is required",
        ),
        (
            with(&[&cpu[..], &["--threshold", "abc"]].concat()),
            2,
            "abc",
        ),
        (
            with(&[&cpu[..], &["--threshold", "NaN"]].concat()),
            2,
            "finite",
        ),
        (
            with(&[&cpu[..], &["--threshold", "101"]].concat()),
            2,
            "outside",
        ),
        (
            with(&[&cpu[..], &["--threshold", "-1"]].concat()),
            2,
            "outside",
        ),
        (
            with(&[&cpu[..], &["--threshold", "50", "--for", "-5m"]].concat()),
            2,
            "no sign",
        ),
        (
            with(&[&cpu[..], &["--threshold", "50", "--for", "8d"]].concat()),
            2,
            "longer than",
        ),
        (
            with(&[&cpu[..], &["--threshold", "50", "--severity", "fatal"]].concat()),
            2,
            "unknown severity",
        ),
        (
            with(&[
                "--metric",
                "custom:bad name",
                "--op",
                "gt",
                "--threshold",
                "1",
            ]),
            2,
            "naming rule",
        ),
        (
            with(&[
                "--metric",
                "network-latency",
                "--op",
                "gt",
                "--threshold",
                "1",
            ]),
            2,
            "its scope must be NETWORK",
        ),
        (
            with(
                &[
                    &cpu[..],
                    &["--threshold", "50", "--message", "{host} is hot"],
                ]
                .concat(),
            ),
            2,
            "{host}",
        ),
        (
            with(&[&cpu[..], &["--threshold", "50", "--message", &long_message]].concat()),
            2,
            "longer than 1000",
        ),
        (
            with(
                &[
                    &cpu[..],
                    &[
                        "--threshold",
                        "50",
                        "--channel",
                        "ch-x",
                        "--channel",
                        "ch-x",
                    ],
                ]
                .concat(),
            ),
            2,
            "named twice",
        ),
        (
            with(&[&cpu[..], &["--threshold", "50", "--channel", "ch-missing"]].concat()),
            3,
            "RSC_001",
        ),
        (
            [
                with(&[&cpu[..], &["--threshold", "50"]].concat()),
                (0..11)
                    .flat_map(|n| ["--channel".to_string(), format!("ch-{n}")])
                    .collect(),
            ]
            .concat(),
            2,
            "at most 10",
        ),
        (
            [
                base("taken"),
                cpu.iter().map(|s| s.to_string()).collect(),
                vec!["--threshold".into(), "50".into()],
            ]
            .concat(),
            2,
            "already a rule named",
        ),
        (
            [
                base(&long_name),
                cpu.iter().map(|s| s.to_string()).collect(),
                vec!["--threshold".into(), "50".into()],
            ]
            .concat(),
            2,
            "1-64",
        ),
        (
            [
                base("sp ace"),
                cpu.iter().map(|s| s.to_string()).collect(),
                vec!["--threshold".into(), "50".into()],
            ]
            .concat(),
            2,
            "1-64",
        ),
        (
            [
                base(""),
                cpu.iter().map(|s| s.to_string()).collect(),
                vec!["--threshold".into(), "50".into()],
            ]
            .concat(),
            2,
            "1-64",
        ),
    ];
    for (args, code, needle) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = server.run_as(&operator, &args);
        run.fails(*code, needle);
    }
    // Scopes that name nothing, or a retired server.
    server
        .run_as(&operator, &cpu_rule("fresh", &["--server", "srv-nope"]))
        .fails(3, "RSC_001");
    server
        .run_as(&operator, &cpu_rule("fresh", &["--server", &retired]))
        .fails(2, "decommissioned");
    server
        .run_as(&operator, &cpu_rule("fresh", &[]))
        .fails(2, "--server, --operator or --network");
    server
        .run_as(&admin, &cpu_rule("fresh", &["--operator", "usr-nope"]))
        .fails(3, "RSC_001");
    server
        .run_as(
            &operator,
            &cpu_rule("fresh", &["--server", &own, "--network"]),
        )
        .fails(2, "cannot be used with");
    server
        .run_as(
            &operator,
            &["alerts", "rules", "test", "rule-cpu", "--threshold", "5"],
        )
        .fails(2, "not both");
    // Updates and deletes of rules that do not exist.
    server
        .run_as(
            &operator,
            &["alerts", "rules", "update", "rule-nope", "--enable"],
        )
        .fails(3, "RSC_001");
    server
        .run_as(
            &operator,
            &["alerts", "rules", "delete", "rule-nope", "--yes"],
        )
        .fails(3, "RSC_001");

    // Over the API: what the CLI cannot even send.
    let input = |extra: Value| {
        let mut base = json!({"name": "api", "metric": "CPU", "operator": "GT", "threshold": 50,
            "durationSeconds": 60, "severity": "WARNING", "scope": "SERVER", "scopeId": own});
        for (k, v) in extra.as_object().unwrap() {
            base[k] = v.clone();
        }
        base
    };
    let api_cases = [
        (
            input(json!({"durationSeconds": -1})),
            "VAL_001",
            "durationSeconds",
        ),
        (
            input(json!({"durationSeconds": 604801})),
            "VAL_001",
            "durationSeconds",
        ),
        (input(json!({"metric": "DISK"})), "", "DISK"),
        (input(json!({"threshold": "high"})), "", "Float"),
        (input(json!({"durationSeconds": 1.5})), "", "Int"),
        (
            input(json!({"metric": "CUSTOM"})),
            "VAL_001",
            "needs customMetric",
        ),
        (
            input(json!({"customMetric": "q"})),
            "VAL_001",
            "CUSTOM only",
        ),
        (input(json!({"scopeId": null})), "VAL_001", "needs scopeId"),
        (
            input(json!({"scope": "OPERATOR", "scopeId": operator_id, "threshold": 100.001})),
            "VAL_001",
            "outside",
        ),
        (
            input(json!({"channels": (0..11).map(|n| format!("ch-{n}")).collect::<Vec<_>>()})),
            "VAL_001",
            "at most 10",
        ),
        (
            input(json!({"name": "x".repeat(10_000)})),
            "VAL_001",
            "1-64",
        ),
    ];
    for (input, code, needle) in api_cases {
        let (_, body) = server.graphql(CREATE, json!({"i": input}), Some(&operator));
        assert!(body["data"].is_null(), "{body}");
        if !code.is_empty() {
            assert_eq!(error_code(&body), code, "{body}");
        }
        assert!(body.to_string().contains(needle), "{needle}: {body}");
    }
    // NETWORK with a scope id, by an admin (operators are refused NETWORK before that).
    let (_, body) = server.graphql(
        CREATE,
        json!({"i": input(json!({"scope": "NETWORK"}))}),
        Some(&admin),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    // A patch that breaks a rule is refused as a whole.
    let (_, body) = server.graphql(
        UPDATE,
        json!({"id": "rule-cpu", "i": {"enabled": false, "threshold": -3}}),
        Some(&admin),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let (_, body) = server.graphql(
        "mutation { testAlertRule { evaluated } }",
        json!({}),
        Some(&admin),
    );
    assert_eq!(error_code(&body), "VAL_001", "{body}");

    assert_eq!(snapshot(&server, &admin), before, "nothing changed");
}

#[test]
fn admins_edit_and_disable_built_in_rules_which_are_never_deleted() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let edited = server
        .run_as(
            &admin,
            &[
                "alerts",
                "rules",
                "update",
                "rule-latency",
                "--threshold",
                "300",
                "--for",
                "2m",
                "--severity",
                "critical",
                "--disable",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(edited["builtin"], true);
    assert_eq!(edited["ownerId"], Value::Null, "still nobody's");
    assert_eq!(edited["enabled"], false);
    assert_eq!(edited["condition"], "latency > 300 ms for 2m");
    server
        .run_as(
            &admin,
            &["alerts", "rules", "delete", "rule-latency", "--yes"],
        )
        .fails(2, "disable it instead");
    let shown = server
        .run_as(
            &admin,
            &["alerts", "rules", "show", "rule-latency", "-o", "json"],
        )
        .json();
    assert_eq!(shown["threshold"], 300.0);
    assert_eq!(shown["builtin"], true);
    // Operators see the built-in rule as edited.
    let (operator, _) = server.operator();
    let listed = rules(&server, &operator);
    let latency = listed.iter().find(|r| r["id"] == "rule-latency").unwrap();
    assert_eq!(
        (&latency["enabled"], &latency["threshold"]),
        (&json!(false), &json!(300.0))
    );
    server
        .run_as(
            &admin,
            &["alerts", "rules", "update", "rule-latency", "--enable"],
        )
        .ok();
    assert!(
        rules(&server, &admin)
            .iter()
            .any(|r| r["id"] == "rule-latency" && r["enabled"] == true)
    );
}

/// The servers' latest CPU figures, by id, as `servers list` shows them.
fn latest_cpu(server: &TestServer) -> HashMap<String, f64> {
    let listed = server
        .run(&["servers", "list", "--all", "-o", "json"])
        .json();
    listed
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| {
            Some((
                s["id"].as_str()?.to_string(),
                s["metrics"]["cpuUsage"].as_f64()?,
            ))
        })
        .collect()
}

#[test]
fn a_dry_run_finds_the_servers_whose_latest_figures_breach() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let cpu = latest_cpu(&server);
    let result = server
        .run_as(
            &admin,
            &[
                "alerts",
                "rules",
                "test",
                "--metric",
                "cpu",
                "--op",
                "gt",
                "--threshold",
                "5",
                "--for",
                "0",
                "--network",
                "-o",
                "json",
            ],
        )
        .json();
    let breaching = result["breaching"].as_array().unwrap();
    assert!(!breaching.is_empty(), "{result}");
    assert!(result["evaluated"].as_i64().unwrap() >= result["breachingCount"].as_i64().unwrap());
    assert_eq!(result["wouldFireAfterSeconds"], 0);
    let mut previous = f64::MAX;
    for breach in breaching {
        let id = breach["serverId"].as_str().unwrap();
        let value = breach["value"].as_f64().unwrap();
        assert_eq!(Some(&value), cpu.get(id), "{breach}");
        assert!(value > 5.0 && value <= previous, "worst first: {breach}");
        previous = value;
    }
    let first = &breaching[0];
    let message = result["message"].as_str().unwrap();
    assert!(
        message.starts_with("test: cpu ")
            && message.contains(first["serverName"].as_str().unwrap()),
        "{message}"
    );

    // A built-in rule, as the operator: only the operator's servers are read.
    let own: Vec<String> = server
        .owned(&operator_id, &[])
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    let mine = server
        .run_as(
            &operator,
            &["alerts", "rules", "test", "rule-offline", "-o", "json"],
        )
        .json();
    assert!(
        mine["evaluated"].as_i64().unwrap() <= own.len() as i64,
        "{mine}"
    );
    for breach in mine["breaching"].as_array().unwrap() {
        assert!(
            own.contains(&breach["serverId"].as_str().unwrap().to_string()),
            "{breach}"
        );
    }
    // A network total reads once, for the network.
    let network = server
        .run_as(
            &admin,
            &[
                "alerts",
                "rules",
                "test",
                "--metric",
                "network-offline-servers",
                "--op",
                "gt",
                "--threshold",
                "0",
                "--network",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(network["evaluated"], 1, "{network}");
    // Nothing was written: the rules are as they were.
    assert_eq!(names(&rules(&server, &admin)).len(), 5);
    // The table has the summary and the breaching servers.
    let table = server.run_as(&admin, &["alerts", "rules", "test", "rule-cpu"]);
    assert!(
        table.ok().contains("Dry run (nothing written)"),
        "{}",
        table.stdout
    );
}

#[test]
fn rule_changes_are_in_the_audit_trail() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.operator();
    let own = server.own_online_server(&operator);
    let id = server
        .run_as(
            &operator,
            &[
                "alerts",
                "rules",
                "create",
                "--name",
                "audited",
                "--metric",
                "memory",
                "--op",
                "gt",
                "--threshold",
                "80",
                "--server",
                &own,
                "-o",
                "json",
            ],
        )
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    server
        .run_as(
            &operator,
            &["alerts", "rules", "update", &id, "--threshold", "85"],
        )
        .ok();
    server
        .run_as(
            &operator,
            &["alerts", "rules", "update", "rule-cpu", "--disable"],
        )
        .fails(4, "AUTH_001");
    server
        .run_as(&operator, &["alerts", "rules", "delete", &id, "--yes"])
        .ok();
    let trail = server
        .run_as(
            &admin,
            &[
                "admin", "audit", "--user", "operator", "--all", "-o", "json",
            ],
        )
        .json();
    let rows: Vec<(String, Value, String)> = trail
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["operation"].as_str().unwrap().contains("AlertRule"))
        .map(|r| {
            (
                r["operation"].as_str().unwrap().to_string(),
                r["targetIds"].clone(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("deleteAlertRule".to_string(), json!([id]), "OK".to_string()),
            (
                "updateAlertRule".to_string(),
                json!(["rule-cpu"]),
                "AUTH_001".to_string()
            ),
            ("updateAlertRule".to_string(), json!([id]), "OK".to_string()),
            (
                "createAlertRule".to_string(),
                json!([own]),
                "OK".to_string()
            ),
        ]
    );
}

/// A rule created through the API reaches the running engine: with a duration of 0 and a
/// threshold every heartbeat breaches, the next heartbeat fires an alert, written in the
/// database (read here read-only, beside the server).
#[test]
fn the_engine_fires_a_new_rule_on_the_next_heartbeat() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rules.db");
    let server = TestServer::start_with_db(db.to_str().unwrap(), &[]);
    let (operator, _) = server.operator();
    let own = server.own_online_server(&operator);
    let (_, body) = server.graphql(
        CREATE,
        json!({"i": {"name": "always", "metric": "CPU", "operator": "GT", "threshold": 10,
            "durationSeconds": 0, "severity": "CRITICAL", "scope": "SERVER", "scopeId": own}}),
        Some(&operator),
    );
    let rule = body["data"]["createAlertRule"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let pool = runtime.block_on(async {
        let options = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&db)
            .read_only(true);
        sqlx::SqlitePool::connect_with(options).await.unwrap()
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    let fired = loop {
        let (_, beat) = server.graphql(
            "mutation($s: ID!) { reportMetrics(input: {serverId: $s, cpuUsage: 55.5, memoryUsage: 20, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) { serverId } }",
            json!({"s": own}),
            Some(&operator),
        );
        assert!(beat["errors"].is_null(), "{beat}");
        let row: Option<(String, String, f64, String)> = runtime.block_on(async {
            sqlx::query_as(
                "SELECT state, severity, value, summary FROM alerts WHERE rule_id = ? AND server_id = ?",
            )
            .bind(&rule)
            .bind(&own)
            .fetch_optional(&pool)
            .await
            .unwrap()
        });
        if let Some(row) = row {
            break row;
        }
        assert!(Instant::now() < deadline, "the new rule never fired");
        std::thread::sleep(Duration::from_millis(300));
    };
    assert_eq!(fired.0, "FIRING");
    assert_eq!(fired.1, "CRITICAL");
    assert_eq!(fired.2, 55.5);
    assert!(fired.3.starts_with("always: cpu 55.5% on "), "{}", fired.3);

    // Disabling the rule reaches the engine too: its alert resolves.
    let (_, body) = server.graphql(
        UPDATE,
        json!({"id": rule, "i": {"enabled": false}}),
        Some(&operator),
    );
    assert!(body["errors"].is_null(), "{body}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let state: String = runtime.block_on(async {
            sqlx::query_scalar("SELECT state FROM alerts WHERE rule_id = ?")
                .bind(&rule)
                .fetch_one(&pool)
                .await
                .unwrap()
        });
        if state == "RESOLVED" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the disabled rule's alert never resolved"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// On a terminal, `delete` asks first: "n" changes nothing, "y" deletes.
#[cfg(target_os = "linux")]
#[test]
fn delete_asks_on_a_terminal() {
    use crate::common::pty::Pty;

    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let own = server.own_online_server(&operator);
    let id = server
        .run_as(
            &operator,
            &cpu_rule("asked", &["--server", &own, "-o", "json"]),
        )
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let spawn = || {
        let mut cmd = server.env.command();
        cmd.env("VPNMINE_TOKEN", &operator)
            .env("TERM", "xterm")
            .arg("--endpoint")
            .arg(&server.url)
            .args(["alerts", "rules", "delete", &id]);
        Pty::spawn(cmd)
    };
    let mut declined = spawn();
    declined.expect("Delete alert rule");
    declined.wait_for_key_reads();
    declined.send("n");
    let (code, screen) = declined.finish();
    assert_eq!(code, 1, "{screen}");
    assert!(screen.contains("nothing was changed"), "{screen}");
    assert!(names(&rules(&server, &operator)).contains(&"asked"));

    let mut accepted = spawn();
    accepted.expect("Delete alert rule");
    accepted.wait_for_key_reads();
    accepted.send("y");
    let (code, screen) = accepted.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Deleted alert rule"), "{screen}");
    assert!(!names(&rules(&server, &operator)).contains(&"asked"));
}
