//! `uuids validate | migrate` end to end against a bundled server: JSON and table output,
//! confirmation rules, dry runs, reports, and who may run them.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::TestServer;

fn validate(server: &TestServer, token: &str) -> Value {
    let out = server
        .run_as(token, &["uuids", "validate", "-o", "json"])
        .json();
    assert!(
        out["summary"]["validatedCount"].as_i64().unwrap() > 0,
        "{out}"
    );
    assert!(out["invalidEntries"].is_array());
    assert!(out["recommendations"].is_array());
    out
}

/// user id → (old, new) of a migrate run's details.
fn pairs(out: &Value) -> BTreeMap<String, (String, String)> {
    out["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["userId"].as_str().unwrap().to_string(),
                (
                    d["oldUuid"].as_str().unwrap().to_string(),
                    d["newUuid"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

#[test]
fn uuids_validate_reports_success_in_json_and_sections_in_tables() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let out = validate(&server, &token);
    assert_eq!(out["summary"]["success"], true, "{out}");
    assert_eq!(out["summary"]["invalidCount"], 0);
    let table = server.run_as(&token, &["uuids", "validate"]);
    let text = table.ok();
    assert!(
        text.contains("Summary") && text.contains("Recommendations"),
        "{text}"
    );
    server
        .run_as(&token, &["uuids", "validate", "-o", "csv"])
        .fails(2, "-o json");
    // Unknown users: exit 3.
    server
        .run_as(&token, &["uuids", "validate", "--user", "usr-nobody"])
        .fails(3, "usr-nobody");
}

#[test]
fn uuids_migrate_without_yes_and_without_a_terminal_refuses() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let before = server
        .run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"])
        .json();
    server
        .run_as(&token, &["uuids", "migrate"])
        .fails(2, "--yes");
    server
        .run_as(&token, &["uuids", "migrate", "--report", "r.txt", "--yes"])
        .fails(2, "--report");
    server
        .run_as(&token, &["uuids", "migrate", "--batch-size", "0", "--yes"])
        .fails(2, "batch-size");
    // Nothing changed: a dry run still proposes the same old UUIDs.
    let after = server
        .run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"])
        .json();
    let old = |out: &Value| -> Vec<(String, String)> {
        pairs(out).into_iter().map(|(u, (o, _))| (u, o)).collect()
    };
    assert_eq!(old(&before), old(&after));
}

#[test]
fn uuids_migrate_dry_run_changes_nothing() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let valid_before = validate(&server, &token);
    let first = server
        .run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"])
        .json();
    assert_eq!(first["summary"]["dryRun"], true);
    assert_eq!(first["summary"]["migrated"], 0);
    assert!(
        first["details"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "PLANNED")
    );
    let second = server
        .run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"])
        .json();
    let (a, b) = (pairs(&first), pairs(&second));
    assert!(!a.is_empty());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (user, (old, new)) in &a {
        assert_eq!(old, &b[user].0, "{user}: the old UUID changed");
        assert_ne!(new, &b[user].1, "{user}: the proposal did not change");
    }
    assert_eq!(
        validate(&server, &token)["summary"],
        valid_before["summary"]
    );
}

#[test]
fn uuids_migrate_one_user_writes_a_report() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let planned = server
        .run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"])
        .json();
    let (user, (old, _)) = pairs(&planned).into_iter().next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.csv");
    let out = server
        .run_as(
            &token,
            &[
                "uuids",
                "migrate",
                "--user",
                &user,
                "--yes",
                "--report",
                report.to_str().unwrap(),
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(out["summary"]["migrated"], 1, "{out}");
    assert_eq!(out["summary"]["dryRun"], false);
    let (got_old, new) = pairs(&out)[&user].clone();
    assert_eq!(got_old, old);
    assert_ne!(new, old);

    let mut reader = csv::Reader::from_path(&report).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["user_id", "old_uuid", "new_uuid", "status"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].iter().collect::<Vec<_>>(),
        [user.as_str(), old.as_str(), new.as_str(), "MIGRATED"]
    );
    // Only the report is left in the directory (no temporary file).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    assert_eq!(validate(&server, &token)["summary"]["success"], true);

    // A JSON report of a dry run of the same user proposes from the new UUID.
    let json_report = dir.path().join("r.json");
    server
        .run_as(
            &token,
            &[
                "uuids",
                "migrate",
                "--user",
                &user,
                "--dry-run",
                "--report",
                json_report.to_str().unwrap(),
                "-q",
            ],
        )
        .ok();
    let rows: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_report).unwrap()).unwrap();
    assert_eq!(rows[0]["user_id"], user.as_str());
    assert_eq!(rows[0]["old_uuid"], new.as_str());
    assert_eq!(rows[0]["status"], "PLANNED");
}

#[test]
fn uuids_commands_are_for_admins() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    server
        .run_as(&operator, &["uuids", "validate"])
        .fails(4, "");
    server
        .run_as(&operator, &["uuids", "migrate", "--dry-run"])
        .fails(4, "");
    server
        .run_as(&operator, &["uuids", "migrate", "--yes"])
        .fails(4, "");
}

#[test]
fn uuids_rollback_restores_a_migration_from_its_report() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let (report, back) = (path("migration.csv"), path("rollback.json"));
    // Every demo user (3,000: more than one rollback request of 2,000).
    let migrated = server
        .run_as(
            &token,
            &[
                "uuids", "migrate", "--yes", "--report", &report, "-o", "json",
            ],
        )
        .json();
    let before = pairs(&migrated);
    let users = before.len();
    assert!(users > 2_000, "{users} users");

    server
        .run_as(&token, &["uuids", "rollback", "--from", &report])
        .fails(2, "--yes");
    let planned = server
        .run_as(
            &token,
            &[
                "uuids",
                "rollback",
                "--from",
                &report,
                "--dry-run",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(planned["summary"]["restored"], 0, "{}", planned["summary"]);
    assert_eq!(planned["details"].as_array().unwrap().len(), users);
    assert!(
        planned["details"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "PLANNED")
    );

    let restored = server
        .run_as(
            &token,
            &[
                "uuids", "rollback", "--from", &report, "--yes", "--report", &back, "-o", "json",
            ],
        )
        .json();
    assert_eq!(
        restored["summary"]["restored"], users,
        "{}",
        restored["summary"]
    );
    assert_eq!(restored["summary"]["failed"], 0);
    for (user, (old, new)) in pairs(&restored) {
        // Each user moved from the migration's new UUID back to its old one.
        assert_eq!((new, old), before[&user], "{user}");
    }
    // Configurations followed (no entry references a UUID nobody holds), and the users hold
    // their old UUIDs again: a dry run proposes to migrate away from them.
    assert_eq!(validate(&server, &token)["summary"]["success"], true);
    let now = pairs(
        &server
            .run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"])
            .json(),
    );
    assert!(before.iter().all(|(user, (old, _))| &now[user].0 == old));
    let rows: Value = serde_json::from_str(&std::fs::read_to_string(&back).unwrap()).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), users);

    // A rerun has nothing left to do; a user changed since the report is left alone (exit 1).
    let (changed, _) = before.iter().next().unwrap();
    server
        .run_as(
            &token,
            &["uuids", "migrate", "--user", changed, "--yes", "-q"],
        )
        .ok();
    let rerun = server.run_as(
        &token,
        &[
            "uuids", "rollback", "--from", &report, "--yes", "-o", "json",
        ],
    );
    rerun.fails(1, "1 user(s) were not restored");
    let out: Value = serde_json::from_str(&rerun.stdout).unwrap();
    assert_eq!(out["summary"]["unchanged"], users - 1, "{}", out["summary"]);
    assert_eq!(out["errors"][0]["userId"], changed.as_str());
    assert!(
        out["errors"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("changed since the report")
    );
}

#[test]
fn uuids_rollback_refuses_reports_it_cannot_use() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let rollback = |from: &str, extra: &[&str]| {
        let mut args = vec!["uuids", "rollback", "--from", from, "--yes"];
        args.extend_from_slice(extra);
        server.run_as(&token, &args)
    };
    let missing = dir.path().join("missing.csv");
    rollback(missing.to_str().unwrap(), &[]).fails(2, "cannot read");
    rollback(&write("r.txt", ""), &[]).fails(2, ".csv or .json");
    rollback(&write("cols.csv", "user,old\nu,x\n"), &[]).fails(2, "no user_id column");
    rollback(&write("bad.json", "{\"not\": \"rows\"}"), &[]).fails(2, "JSON array");
    let uuid = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    rollback(
        &write(
            "planned.csv",
            &format!("user_id,old_uuid,new_uuid,status\nusr-1,{uuid},{uuid},PLANNED\n"),
        ),
        &[],
    )
    .fails(2, "no MIGRATED user");
    rollback(
        &write(
            "badnew.csv",
            &format!("user_id,old_uuid,new_uuid,status\nusr-1,{uuid},zzz,MIGRATED\n"),
        ),
        &[],
    )
    .fails(2, "row 2: new_uuid");
    let twice = write(
        "twice.csv",
        &format!(
            "user_id,old_uuid,new_uuid,status\nusr-1,{uuid},{uuid},MIGRATED\nusr-1,{uuid},{uuid},MIGRATED\n"
        ),
    );
    rollback(&twice, &[]).fails(2, "appears twice");
    let one = write(
        "one.csv",
        &format!("user_id,old_uuid,new_uuid,status\nusr-nobody,{uuid},{uuid},MIGRATED\n"),
    );
    rollback(&one, &["--user", "usr-other"]).fails(2, "usr-other");
    rollback(&one, &[]).fails(3, "usr-nobody");
    let (operator, _) = server.login("operator", "operator-demo-pass");
    server
        .run_as(&operator, &["uuids", "rollback", "--from", &one, "--yes"])
        .fails(4, "");
}
