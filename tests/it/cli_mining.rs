//! `mining start | configure | claim` end to end against a bundled server: claim rows and exit
//! codes, idempotency keys, permissions, and bad input.

use std::collections::HashMap;

use serde_json::Value;

use vpnmine::domain::money::Tokens;

use crate::common::{Env, Run, TestServer, UNREACHABLE, tokens};

/// The rows a claim run printed on stdout with `-o json`, whatever its exit code.
fn rows(run: &Run) -> Vec<Value> {
    serde_json::from_str::<Value>(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {} / {}", run.stdout, run.stderr))
        .as_array()
        .unwrap()
        .clone()
}

fn balances(server: &TestServer, owner: &str) -> HashMap<String, Tokens> {
    server
        .owned(owner, &[])
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                tokens(&s["tokenBalance"]),
            )
        })
        .collect()
}

/// A row is consistent with its RESULT.
fn check_row(row: &Value) {
    match row["result"].as_str().unwrap() {
        "paid" => {
            assert!(tokens(&row["amount"]).is_positive(), "{row}");
            assert!(tokens(&row["balance"]) >= tokens(&row["amount"]), "{row}");
            assert!(row["claimId"].is_string(), "{row}");
            assert!(row["rule"].is_null(), "{row}");
        }
        "refused" => {
            assert!(row["rule"].is_string(), "a refusal names its rule: {row}");
            assert_eq!(row["amount"], "0", "{row}");
            assert!(row["claimId"].is_null(), "{row}");
            assert!(!row["message"].as_str().unwrap().is_empty());
            if row["rule"] == "COOLDOWN" {
                assert!(row["retryAt"].is_string(), "{row}");
            }
        }
        other => panic!("unexpected result {other}: {row}"),
    }
    assert!(row["idempotencyKey"].is_string(), "{row}");
}

#[test]
fn claim_all_pays_what_the_rules_allow_then_meets_the_cooldown() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let before = balances(&server, &me);
    assert!(before.len() >= 5, "the operator owns servers: {before:?}");

    let first = server.run_as(&token, &["mining", "claim", "--all", "-o", "json"]);
    let first_rows = rows(&first);
    let mut claimed: Vec<&str> = first_rows
        .iter()
        .map(|r| r["serverId"].as_str().unwrap())
        .collect();
    claimed.sort();
    let mut expected: Vec<&str> = before.keys().map(String::as_str).collect();
    expected.sort();
    assert_eq!(claimed, expected, "one row per server of the operator");
    first_rows.iter().for_each(check_row);
    let paid: Vec<&Value> = first_rows
        .iter()
        .filter(|r| r["result"] == "paid")
        .collect();
    let refused = first_rows.len() - paid.len();
    assert!(!paid.is_empty(), "some servers can claim: {first_rows:?}");
    if refused == 0 {
        assert_eq!(first.code, 0, "{}", first.stderr);
    } else {
        first.fails(5, "refused");
    }
    let keys: std::collections::HashSet<&str> = first_rows
        .iter()
        .map(|r| r["idempotencyKey"].as_str().unwrap())
        .collect();
    assert_eq!(keys.len(), first_rows.len(), "one key per server");

    let after = balances(&server, &me);
    for row in &first_rows {
        let id = row["serverId"].as_str().unwrap();
        let gained = after[id].checked_sub(before[id]).unwrap();
        assert_eq!(gained, tokens(&row["amount"]), "{id}: {row}");
        assert_eq!(after[id], tokens(&row["balance"]), "{id}: {row}");
    }

    // Again: the paid ones meet the cooldown, the others are refused again.
    let second = server.run_as(&token, &["mining", "claim", "--all", "-o", "json"]);
    second.fails(5, "refused");
    let second_rows = rows(&second);
    assert_eq!(second_rows.len(), first_rows.len());
    for (again, before) in second_rows.iter().zip(&first_rows) {
        check_row(again);
        assert_eq!(again["serverId"], before["serverId"]);
        assert_eq!(again["result"], "refused");
        if before["result"] == "paid" {
            assert_eq!(again["rule"], "COOLDOWN", "{again}");
            // Paid once: the same balance, to the micro-token.
            assert_eq!(again["balance"], before["balance"], "{again} vs {before}");
        } else {
            // Not paid, so no cooldown; the refusing rule itself may move on as time passes
            // (an hour boundary lowers the uptime of a server without fresh heartbeats).
            assert!(
                again["rule"].is_string() && again["rule"] != "COOLDOWN",
                "{again}"
            );
        }
    }
    assert_eq!(balances(&server, &me), after, "nothing more was paid");

    // The same rows in a table and in CSV, still printed when the run exits 5.
    let table = server.run_as(&token, &["mining", "claim", "--all"]);
    assert_eq!(table.code, 5, "{}", table.stderr);
    let lines: Vec<&str> = table.stdout.lines().collect();
    for column in [
        "SERVER", "RESULT", "AMOUNT", "BALANCE", "RULE", "MESSAGE", "RETRY AT",
    ] {
        assert!(lines[0].contains(column), "{column}: {}", lines[0]);
    }
    assert_eq!(lines.len(), first_rows.len() + 1);
    assert!(lines[1..].iter().all(|l| l.contains(" refused ")));

    let csv = server.run_as(&token, &["mining", "claim", "--all", "-o", "csv"]);
    assert_eq!(csv.code, 5, "{}", csv.stderr);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "SERVER", "RESULT", "AMOUNT", "BALANCE", "RULE", "MESSAGE", "RETRY AT"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), first_rows.len());
    for (record, row) in records.iter().zip(&first_rows) {
        assert_eq!(&record[0], row["serverId"].as_str().unwrap());
        assert_eq!(&record[1], "refused");
        if row["result"] == "paid" {
            assert_eq!(&record[4], "COOLDOWN");
            // The same exact decimal as -o json printed, not a rounded float.
            assert_eq!(&record[3], row["balance"].as_str().unwrap(), "{record:?}");
            assert!(!record[6].is_empty(), "RETRY AT: {record:?}");
        }
    }
}

#[test]
fn the_same_idempotency_key_pays_once() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let servers = server.owned(&me, &[]);
    let (id, key, first) = servers
        .iter()
        .find_map(|s| {
            let id = s["id"].as_str().unwrap();
            let key = format!("cli-test-{id}");
            let run = server.run_as(
                &token,
                &[
                    "mining",
                    "claim",
                    id,
                    "--idempotency-key",
                    &key,
                    "-o",
                    "json",
                ],
            );
            let row = rows(&run).remove(0);
            check_row(&row);
            assert_eq!(row["idempotencyKey"], key.as_str());
            (row["result"] == "paid").then(|| {
                assert_eq!(run.code, 0, "{}", run.stderr);
                (id.to_string(), key, row)
            })
        })
        .expect("one of the operator's servers can claim");

    let again = server.run_as(
        &token,
        &[
            "mining",
            "claim",
            &id,
            "--idempotency-key",
            &key,
            "-o",
            "json",
        ],
    );
    let again = rows(&again).remove(0);
    assert_eq!(again["result"], "paid");
    assert_eq!(again["claimId"], first["claimId"], "the same claim");
    assert_eq!(again["amount"], first["amount"]);
    assert_eq!(again["balance"], first["balance"], "no second payment");
    assert_eq!(balances(&server, &me)[&id], tokens(&first["balance"]));

    // A new run without the key gets a new key, and the cooldown.
    let fresh = server.run_as(&token, &["mining", "claim", &id, "-o", "json"]);
    fresh.fails(5, "refused");
    let fresh = rows(&fresh).remove(0);
    assert_eq!(fresh["rule"], "COOLDOWN");
    assert_ne!(fresh["idempotencyKey"], key.as_str());
}

#[test]
fn claim_errors_are_rows_with_their_exit_codes() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let own = server.owned(&me, &[])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let other = server.foreign(&me);

    let missing = server.run_as(&token, &["mining", "claim", "srv-missing", "-o", "json"]);
    assert_eq!(missing.code, 3, "{}", missing.stderr);
    let row = rows(&missing).remove(0);
    assert_eq!(row["result"], "error");
    assert_eq!(row["errorCode"], "RSC_001");
    assert!(row["amount"].is_null());

    let not_mine = server.run_as(&token, &["mining", "claim", &other]);
    not_mine.fails(4, "AUTH_001");
    assert!(not_mine.stdout.contains(" error "), "{}", not_mine.stdout);

    // One failure among several: every row is printed, the run exits 1.
    let mixed = server.run_as(
        &token,
        &["mining", "claim", &own, "srv-missing", &own, "-o", "json"],
    );
    mixed.fails(1, "1 of 2 claims failed");
    let mixed_rows = rows(&mixed);
    assert_eq!(mixed_rows.len(), 2, "duplicate ids are claimed once");
    assert_eq!(mixed_rows[0]["serverId"], own.as_str());
    check_row(&mixed_rows[0]);
    assert_eq!(mixed_rows[1]["result"], "error");

    // Anonymous: `--all` cannot find out whose servers to claim.
    server
        .run(&["mining", "claim", "--all"])
        .fails(4, "AUTH_001");

    let env = Env::new();
    let offline = |args: &[&str]| {
        let mut all = vec!["--endpoint", UNREACHABLE, "mining", "claim"];
        all.extend_from_slice(args);
        env.run(&all)
    };
    offline(&[]).fails(2, "--all");
    offline(&["srv-1", "--all"]).fails(2, "--all");
    offline(&["srv-1", "srv-2", "--idempotency-key", "k"]).fails(2, "exactly one server");
    offline(&["--all", "--idempotency-key", "k"]).fails(2, "--idempotency-key");
    offline(&["srv-1", "--idempotency-key", " "]).fails(2, "--idempotency-key");
    let long = "k".repeat(129);
    offline(&["srv-1", "--idempotency-key", &long]).fails(2, "1-128");
    offline(&[" "]).fails(2, "server id");
}

#[test]
fn start_and_configure_mining() {
    let server = TestServer::start(&[]);
    let (token, me) = server.operator();
    let candidates = server.owned(&me, &["--status", "online", "--mining-enabled", "true"]);
    let id = candidates[0]["id"].as_str().unwrap().to_string();
    let other = server.foreign(&me);

    let activity = server
        .run_as(&token, &["mining", "start", &id, "-o", "json"])
        .json();
    assert_eq!(activity["isActive"], true, "{activity}");
    assert_eq!(activity["server"]["id"], id.as_str());
    assert!(
        !tokens(&activity["currentReward"]).is_negative(),
        "{activity}"
    );
    let table = server.run_as(&token, &["mining", "start", &id]);
    let again = table.ok();
    assert!(
        again.contains(activity["id"].as_str().unwrap()),
        "starting again shows the open activity: {again}"
    );
    server
        .run_as(&token, &["mining", "start", &other])
        .fails(4, "AUTH_001");
    server
        .run_as(&token, &["mining", "start", "srv-missing"])
        .fails(3, "RSC_001");

    let shown = server
        .run_as(&token, &["mining", "configure", &id, "-o", "json"])
        .json();
    assert_eq!(shown["activation"]["status"], "UNCHANGED");
    assert_eq!(shown["settings"]["thresholds"]["cooldownHours"], 24.0);

    let applied = server
        .run_as(
            &token,
            &[
                "mining",
                "configure",
                &id,
                "--rate",
                "1.5",
                "--minimum-claim",
                "25",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(applied["success"], true);
    assert_eq!(applied["activation"]["status"], "APPLIED");
    assert_eq!(applied["settings"]["rate"], 1.5);
    assert_eq!(applied["settings"]["thresholds"]["minimumClaim"], 25.0);
    // Below the platform's minimum (10 unless `server --minimum-claim` says otherwise) is the
    // server's refusal, and changes nothing.
    server
        .run_as(
            &token,
            &["mining", "configure", &id, "--minimum-claim", "1"],
        )
        .fails(2, "platform minimum 10");
    let kept = server
        .run_as(&token, &["mining", "configure", &id, "-o", "json"])
        .json();
    assert_eq!(kept["settings"]["thresholds"]["minimumClaim"], 25.0);
    let table = server.run_as(&token, &["mining", "configure", &id, "--rate", "1.5"]);
    let text = table.ok();
    assert!(text.contains("settings.rate"), "{text}");
    assert!(text.contains("UNCHANGED"), "{text}");

    let disabled = server
        .run_as(
            &token,
            &["mining", "configure", &id, "--disable", "-o", "json"],
        )
        .json();
    assert_eq!(disabled["settings"]["enabled"], false);
    server
        .run_as(&token, &["mining", "start", &id])
        .fails(2, "disabled");
    let enabled = server
        .run_as(
            &token,
            &["mining", "configure", &id, "--enable", "-o", "json"],
        )
        .json();
    assert_eq!(enabled["settings"]["enabled"], true);

    server
        .run_as(&token, &["mining", "configure", &other, "--rate", "1.2"])
        .fails(4, "AUTH_001");
    server
        .run_as(
            &token,
            &["mining", "configure", "srv-missing", "--rate", "1.2"],
        )
        .fails(3, "RSC_001");

    let env = Env::new();
    let offline = |args: &[&str]| {
        let mut all = vec!["--endpoint", UNREACHABLE, "mining", "configure", "srv-1"];
        all.extend_from_slice(args);
        env.run(&all)
    };
    offline(&["--rate", "5"]).fails(2, "--rate");
    offline(&["--rate", "0.05"]).fails(2, "--rate");
    offline(&["--rate", "fast"]).fails(2, "--rate");
    offline(&["--minimum-claim=-1"]).fails(2, "--minimum-claim");
    offline(&["--enable", "--disable"]).fails(2, "--disable");
    offline(&["--rate", "1.2"]).fails(6, UNREACHABLE);
    env.run(&["mining", "start"]).fails(2, "<ID>");
}

/// `vpnmine server --minimum-claim --claim-cooldown` set the platform's claim rules, which the
/// mining settings report and per-server minimums are checked against.
#[test]
fn the_platform_sets_its_claim_rules() {
    let server = TestServer::start(&["--minimum-claim", "0.5", "--claim-cooldown", "2h"]);
    let (token, _) = server.login("operator", "operator-demo-pass");
    let (_, me) = server.graphql("{ me { id } }", serde_json::json!({}), Some(&token));
    let (_, page) = server.graphql(
        "query($o: ID) { miningServers(filters: {ownerId: $o, status: ONLINE}) { items { id } } }",
        serde_json::json!({"o": me["data"]["me"]["id"]}),
        None,
    );
    let id = page["data"]["miningServers"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let settings = server
        .run_as(
            &token,
            &[
                "mining",
                "configure",
                &id,
                "--minimum-claim",
                "1",
                "-o",
                "json",
            ],
        )
        .json();
    let thresholds = &settings["settings"]["thresholds"];
    assert_eq!(thresholds["minimumClaim"], 1.0, "{settings}");
    assert_eq!(thresholds["cooldownHours"], 2.0, "{settings}");
    server
        .run_as(
            &token,
            &["mining", "configure", &id, "--minimum-claim", "0.25"],
        )
        .fails(2, "platform minimum 0.5");
    let bad = crate::common::Env::new().run(&["server", "--minimum-claim=-3"]);
    bad.fails(2, "--minimum-claim");
}
