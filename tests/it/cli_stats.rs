//! `stats export` end to end against a bundled server: CSV and JSON files that agree, stdout,
//! and failures that leave no file, temporary file or lock behind.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::common::{TestServer, UNREACHABLE};

const KINDS: &str = "server-statistics,user-activity,protocol-performance,token-transactions";

/// A fixed window ending two minutes ago, so two exports of it see the same rows.
fn window() -> (String, String) {
    let to = chrono::Utc::now() - chrono::TimeDelta::minutes(2);
    let from = to - chrono::TimeDelta::days(1);
    let fmt = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    (fmt(from), fmt(to))
}

fn csv_counts(text: &str) -> BTreeMap<String, usize> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[0], "kind");
    let mut counts = BTreeMap::new();
    for record in reader.records() {
        *counts.entry(record.unwrap()[0].to_string()).or_insert(0) += 1;
    }
    counts
}

fn json_counts(text: &str) -> BTreeMap<String, usize> {
    let rows: Value = serde_json::from_str(text).unwrap();
    let mut counts = BTreeMap::new();
    for row in rows.as_array().unwrap() {
        *counts
            .entry(row["kind"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    counts
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn export(server: &TestServer, token: &str, extra: &[&str]) -> crate::common::Run {
    let mut args = vec!["stats", "export"];
    args.extend_from_slice(extra);
    server.run_as(token, &args)
}

#[test]
fn stats_export_csv_and_json_files_agree_with_the_reported_rows() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let (from, to) = window();
    let csv_path = dir.path().join("stats.csv");
    let json_path = dir.path().join("stats.json");
    let base = [
        "--from",
        from.as_str(),
        "--to",
        to.as_str(),
        "--kind",
        KINDS,
    ];

    let mut args = base.to_vec();
    args.extend([
        "--format",
        "csv",
        "--out",
        csv_path.to_str().unwrap(),
        "-o",
        "json",
    ]);
    let record = export(&server, &token, &args).json();
    let text = std::fs::read_to_string(&csv_path).unwrap();
    let by_csv = csv_counts(&text);
    assert_eq!(record["format"], "csv");
    assert_eq!(record["file"], csv_path.to_str().unwrap());
    assert_eq!(record["kinds"], KINDS);
    assert_eq!(
        record["rows"].as_u64().unwrap() as usize,
        by_csv.values().sum::<usize>()
    );
    assert!(by_csv.contains_key("SERVER_STATISTICS"), "{by_csv:?}");
    assert!(!by_csv.contains_key("AUDIT_LOG"));
    assert_eq!(record["size"].as_u64().unwrap(), text.len() as u64);
    assert_eq!(record["sha256"], sha256_hex(text.as_bytes()));

    let mut args = base.to_vec();
    args.extend([
        "--format",
        "json",
        "--out",
        json_path.to_str().unwrap(),
        "-o",
        "json",
    ]);
    let record = export(&server, &token, &args).json();
    let by_json = json_counts(&std::fs::read_to_string(&json_path).unwrap());
    assert_eq!(record["format"], "json");
    assert_eq!(by_json, by_csv);
    assert_eq!(
        record["rows"].as_u64().unwrap() as usize,
        by_json.values().sum::<usize>()
    );
    // Nothing but the two files is left: no lock, no temporary file.
    assert_eq!(entries(dir.path()), ["stats.csv", "stats.json"]);

    // Table output names the file.
    let mut args = base.to_vec();
    args.extend(["--out", csv_path.to_str().unwrap()]);
    let table = export(&server, &token, &args);
    assert!(table.ok().contains("sha256"), "{}", table.stdout);
}

#[test]
fn stats_export_to_stdout_puts_the_summary_on_stderr() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let (from, to) = window();
    let run = export(
        &server,
        &token,
        &[
            "--from",
            &from,
            "--to",
            &to,
            "--kind",
            "server-statistics",
            "--format",
            "json",
            "--out",
            "-",
            "-o",
            "json",
        ],
    );
    let counts = json_counts(run.ok());
    assert_eq!(counts.keys().collect::<Vec<_>>(), ["SERVER_STATISTICS"]);
    let summary: Value = serde_json::from_str(&run.stderr).unwrap();
    assert_eq!(summary["file"], "-");
    assert_eq!(
        summary["rows"].as_u64().unwrap() as usize,
        counts["SERVER_STATISTICS"]
    );
    assert_eq!(summary["sha256"], sha256_hex(run.stdout.as_bytes()));

    let quiet = export(
        &server,
        &token,
        &[
            "--from",
            &from,
            "--to",
            &to,
            "--kind",
            "server-statistics",
            "--out",
            "-",
            "-q",
        ],
    );
    assert_eq!(csv_counts(quiet.ok()), counts);
    assert_eq!(quiet.stderr, "");
}

#[test]
fn stats_export_failures_leave_no_file_temp_file_or_lock() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stats.csv");
    let out = out.to_str().unwrap();

    // The server refuses a window over 366 days, after the lock was taken.
    export(&server, &token, &["--from", "-400d", "--out", out]).fails(2, "366");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
    // Checked before anything is sent.
    export(
        &server,
        &token,
        &["--from", "now", "--to", "-1d", "--out", out],
    )
    .fails(2, "--from must precede --to");
    export(&server, &token, &["--from", "yesterday-ish", "--out", out]).fails(2, "--from");
    export(&server, &token, &["--format", "xml", "--out", out]).fails(2, "xml");
    export(&server, &token, &["--kind", "bogus", "--out", out]).fails(2, "bogus");
    let missing = dir.path().join("no/such/dir/stats.csv");
    export(&server, &token, &["--out", missing.to_str().unwrap()]).fails(2, "does not exist");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));

    // Unreachable platform: exit 6, nothing left.
    let run = server
        .env
        .run(&["--endpoint", UNREACHABLE, "stats", "export", "--out", out]);
    run.fails(6, "");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));

    // Users may not export: exit 4.
    let (user, _) = server.login("user", "user-demo-pass");
    export(&server, &user, &["--out", out]).fails(4, "role");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
}

#[test]
fn stats_export_refuses_an_output_locked_by_another_run() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stats.csv");
    let lock = dir.path().join("stats.csv.lock");
    std::fs::write(&lock, "pid 1\n").unwrap();
    export(&server, &token, &["--out", out.to_str().unwrap()]).fails(5, lock.to_str().unwrap());
    // The other run's lock is left alone, and no file was written.
    assert_eq!(entries(dir.path()), ["stats.csv.lock"]);
    std::fs::remove_file(&lock).unwrap();
    // Cron's run: -q prints nothing at all on success.
    let quiet = export(&server, &token, &["--out", out.to_str().unwrap(), "-q"]);
    assert_eq!((quiet.ok(), quiet.stderr.as_str()), ("", ""));
    assert_eq!(entries(dir.path()), ["stats.csv"]);
}

#[test]
fn stats_export_takes_over_a_stale_lock_with_a_warning() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stats.json");
    let lock = dir.path().join("stats.json.lock");
    let file = std::fs::File::create(&lock).unwrap();
    let seven_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7 * 3600);
    file.set_modified(seven_hours_ago).unwrap();
    drop(file);
    let run = export(
        &server,
        &token,
        &[
            "--format",
            "json",
            "--kind",
            "token-transactions",
            "--out",
            out.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    let record: Value = serde_json::from_str(run.ok()).unwrap();
    assert!(run.stderr.contains("stale lock"), "{}", run.stderr);
    let counts = json_counts(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(
        record["rows"].as_u64().unwrap() as usize,
        counts.values().sum::<usize>()
    );
    assert_eq!(entries(dir.path()), ["stats.json"]);
}

/// A server whose links name another host over plain http: the CLI refuses to follow them
/// (exit 2, nothing written) unless --allow-insecure-http, and then gets as far as trying.
#[test]
fn stats_export_refuses_a_plain_http_link_to_another_host() {
    let server = TestServer::start(&["--public-url", "http://example.invalid:1"]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audit.csv");
    let args = [
        "--timeout",
        "5",
        "stats",
        "export",
        "--kind",
        "audit-log",
        "--from",
        "-1h",
        "--out",
        file.to_str().unwrap(),
    ];
    let refused = server.run_as(&token, &args);
    refused.fails(
        2,
        "refusing to download over plain http from example.invalid",
    );
    assert!(
        refused.stderr.contains("--allow-insecure-http"),
        "{}",
        refused.stderr
    );
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));

    let mut allowed = vec!["--allow-insecure-http"];
    allowed.extend_from_slice(&args);
    let run = server.run_as(&token, &allowed);
    // Past the check: nobody answers at example.invalid.
    run.fails(6, "unreachable");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
}
