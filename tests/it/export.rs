//! `exportDetailedStats` over HTTP against a bundled demo server: the export, its download by
//! the signed URL (size, checksum, rows per kind), the operator's scope, and every refusal.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, DurationRound, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use vpnmine::domain::money::Tokens;

use crate::common::{TestServer, error_code};

const EXPORT: &str =
    "query($from: DateTime!, $to: DateTime!, $format: ExportFormat!, $kinds: [ExportKind!]) {
  exportDetailedStats(from: $from, to: $to, format: $format, kinds: $kinds) {
    url expiresAt format size sha256 rowCount
  }
}";

const KINDS: [&str; 7] = [
    "SERVER_STATISTICS",
    "USER_ACTIVITY",
    "PROTOCOL_PERFORMANCE",
    "TOKEN_TRANSACTIONS",
    "LEDGER",
    "WITHDRAWALS",
    "AUDIT_LOG",
];

/// The last two days up to now, in whole seconds: rows written after it starts (simulated
/// heartbeats, logins) fall after `to`, so repeated exports of it agree.
fn last_two_days() -> (DateTime<Utc>, DateTime<Utc>) {
    let to = Utc::now().duration_trunc(Duration::seconds(1)).unwrap();
    (to - Duration::days(2), to)
}

/// The streamed export: the same checks before anything is written.
const STREAM: &str =
    "query($from: DateTime!, $to: DateTime!, $format: ExportFormat!, $kinds: [ExportKind!]) {
  streamDetailedStats(from: $from, to: $to, format: $format, kinds: $kinds) { url expiresAt format }
}";

fn export(
    server: &TestServer,
    token: Option<&str>,
    window: (DateTime<Utc>, DateTime<Utc>),
    format: &str,
    kinds: Option<&[&str]>,
) -> (u16, Value) {
    ask(server, EXPORT, token, window, format, kinds)
}

/// `document` (EXPORT or STREAM) with these variables.
fn ask(
    server: &TestServer,
    document: &str,
    token: Option<&str>,
    window: (DateTime<Utc>, DateTime<Utc>),
    format: &str,
    kinds: Option<&[&str]>,
) -> (u16, Value) {
    server.graphql(
        document,
        json!({
            "from": window.0.to_rfc3339(),
            "to": window.1.to_rfc3339(),
            "format": format,
            "kinds": kinds,
        }),
        token,
    )
}

fn export_ok(
    server: &TestServer,
    token: &str,
    window: (DateTime<Utc>, DateTime<Utc>),
    format: &str,
    kinds: Option<&[&str]>,
) -> Value {
    let (status, body) = export(server, Some(token), window, format, kinds);
    assert_eq!(status, 200, "{body}");
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["exportDetailedStats"].clone()
}

fn get(url: &str) -> reqwest::blocking::Response {
    crate::common::http()
        .build()
        .unwrap()
        .get(url)
        .send()
        .expect("GET export")
}

/// Downloads an export and checks it against what the API reported: size, SHA-256 (computed
/// here and in the header), Content-Length and Content-Type. Returns the body.
fn download(result: &Value) -> Vec<u8> {
    let url = result["url"].as_str().expect("url");
    let response = get(url);
    assert_eq!(response.status().as_u16(), 200, "{url}");
    let headers = response.headers().clone();
    let body = response.bytes().expect("body").to_vec();
    let size = result["size"].as_f64().expect("size") as usize;
    assert_eq!(body.len(), size);
    assert_eq!(headers["content-length"], size.to_string().as_str());
    let sha256 = hex::encode(Sha256::digest(&body));
    assert_eq!(result["sha256"], sha256.as_str());
    assert_eq!(headers["x-checksum-sha256"], sha256.as_str());
    let content_type = headers["content-type"].to_str().unwrap();
    match result["format"].as_str() {
        Some("CSV") => assert!(content_type.starts_with("text/csv"), "{content_type}"),
        Some("JSON") => assert_eq!(content_type, "application/json"),
        other => panic!("format {other:?}"),
    }
    body
}

/// The rows of a downloaded file as maps of column to text (CSV: empty cells left out; JSON:
/// nulls left out).
fn parse_rows(body: &[u8], format: &str) -> Vec<HashMap<String, String>> {
    match format {
        "CSV" => {
            let mut reader = csv::Reader::from_reader(body);
            let headers = reader.headers().expect("header row").clone();
            assert_eq!(&headers[0], "kind");
            reader
                .records()
                .map(|record| {
                    let record = record.expect("a CSV record");
                    assert_eq!(record.len(), headers.len());
                    headers
                        .iter()
                        .zip(record.iter())
                        .filter(|(_, v)| !v.is_empty())
                        .map(|(h, v)| (h.to_string(), v.to_string()))
                        .collect()
                })
                .collect()
        }
        _ => {
            let rows: Vec<serde_json::Map<String, Value>> =
                serde_json::from_slice(body).expect("a JSON array of objects");
            rows.into_iter()
                .map(|row| {
                    row.into_iter()
                        .filter(|(_, v)| !v.is_null())
                        .map(|(k, v)| {
                            let text = match v {
                                Value::String(s) => s,
                                other => other.to_string(),
                            };
                            (k, text)
                        })
                        .collect()
                })
                .collect()
        }
    }
}

fn per_kind(rows: &[HashMap<String, String>]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for row in rows {
        *counts.entry(row["kind"].clone()).or_default() += 1;
    }
    counts
}

#[test]
fn admin_exports_csv_and_json_that_download_intact() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let window = last_two_days();

    // Each kind alone, for the row counts the API reports per kind.
    let mut expected: HashMap<String, usize> = HashMap::new();
    for kind in KINDS {
        let result = export_ok(&server, &token, window, "CSV", Some(&[kind]));
        expected.insert(
            kind.to_string(),
            result["rowCount"].as_u64().unwrap() as usize,
        );
    }
    for kind in ["SERVER_STATISTICS", "USER_ACTIVITY", "PROTOCOL_PERFORMANCE"] {
        assert!(expected[kind] > 0, "the demo has {kind} rows in two days");
    }
    // Hourly samples of ~300 servers over 48 hours.
    assert!(expected["SERVER_STATISTICS"] > 10_000, "{expected:?}");

    let mut first_rows = Vec::new();
    for format in ["CSV", "JSON"] {
        let result = export_ok(&server, &token, window, format, None);
        assert_eq!(result["format"], format);
        let expires: DateTime<Utc> = result["expiresAt"].as_str().unwrap().parse().unwrap();
        let ttl = expires - Utc::now();
        assert!(
            ttl > Duration::minutes(55) && ttl <= Duration::hours(1),
            "{ttl}"
        );
        let url = result["url"].as_str().unwrap();
        assert!(
            url.starts_with(&server.url.replace("/graphql", "/exports/")),
            "{url}"
        );
        assert!(
            url.contains(&format!("expires={}", expires.timestamp())),
            "{url}"
        );

        let body = download(&result);
        let rows = parse_rows(&body, format);
        assert_eq!(rows.len() as u64, result["rowCount"].as_u64().unwrap());
        let counts = per_kind(&rows);
        for kind in KINDS {
            assert_eq!(
                counts.get(kind).copied().unwrap_or(0),
                expected[kind],
                "{format} {kind}"
            );
        }
        // Every metric sample is in the window, as RFC 3339 UTC.
        for row in rows.iter().filter(|r| r["kind"] == "SERVER_STATISTICS") {
            let ts: DateTime<Utc> = row["ts"].parse().expect("RFC 3339");
            assert!(row["ts"].ends_with('Z'), "{}", row["ts"]);
            assert!(ts >= window.0 && ts < window.1, "{ts}");
        }
        first_rows.push(rows[0].clone());
    }
    // Both formats hold the same rows, in the same order. Numbers are compared as numbers
    // (CSV writes 100.0 as "100") within a relative 1e-12, because serde_json's default float
    // parser (used here to read the JSON) may be one unit in the last place off.
    let (csv, json) = (&first_rows[0], &first_rows[1]);
    assert_eq!(
        csv.keys().collect::<HashSet<_>>(),
        json.keys().collect::<HashSet<_>>()
    );
    for (column, value) in csv {
        let same = value == &json[column]
            || match (value.parse::<f64>(), json[column].parse::<f64>()) {
                (Ok(a), Ok(b)) => (a - b).abs() <= 1e-12 * a.abs().max(b.abs()),
                _ => false,
            };
        assert!(same, "{column}: {value} vs {}", json[column]);
    }
}

/// The whole demo ledger as LEDGER, in CSV and in JSON: the same exact decimals in both, and
/// per account the amounts add up, to the micro-token, to the last running balance minus the
/// last held amount; TOKEN_TRANSACTIONS agrees on every claim.
#[test]
fn the_ledger_export_adds_up_exactly_on_the_demo() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let to = Utc::now().duration_trunc(Duration::seconds(1)).unwrap();
    let window = (to - Duration::days(366), to);
    let mut formats = Vec::new();
    for format in ["CSV", "JSON"] {
        let result = export_ok(&server, &token, window, format, Some(&["LEDGER"]));
        formats.push(parse_rows(&download(&result), format));
    }
    let (csv, json) = (&formats[0], &formats[1]);
    assert!(csv.len() > 100, "the demo has a ledger: {}", csv.len());
    assert_eq!(
        csv, json,
        "the same rows and the same exact decimals in both formats"
    );

    let mut accounts: HashMap<&str, (Tokens, Tokens, Tokens)> = HashMap::new();
    for row in csv {
        let amount: Tokens = row["amount"].parse().expect("an exact decimal");
        let entry = accounts.entry(row["account_id"].as_str()).or_insert((
            Tokens::ZERO,
            Tokens::ZERO,
            Tokens::ZERO,
        ));
        entry.0 = entry.0.checked_add(amount).unwrap();
        entry.1 = row["balance"].parse().unwrap();
        entry.2 = row["held"].parse().unwrap();
    }
    assert!(accounts.len() > 10, "{}", accounts.len());
    for (account, (sum, balance, held)) in &accounts {
        assert_eq!(*sum, balance.checked_sub(*held).unwrap(), "{account}");
    }

    let claims = export_ok(
        &server,
        &token,
        window,
        "JSON",
        Some(&["TOKEN_TRANSACTIONS"]),
    );
    let claims: HashMap<String, String> = parse_rows(&download(&claims), "JSON")
        .into_iter()
        .map(|r| (r["id"].clone(), r["amount"].clone()))
        .collect();
    for row in csv.iter().filter(|r| claims.contains_key(&r["id"])) {
        assert_eq!(claims[&row["id"]], row["amount"], "{row:?}");
    }
}

#[test]
fn operators_export_only_their_servers_rows() {
    let server = TestServer::start(&[]);
    let (token, _) = server.login("operator", "operator-demo-pass");
    let (status, body) = server.graphql(
        "{ miningServers(filters: {ownerId: \"usr-operator\"}, pagination: {page: 1, size: 500}) { items { id } } }",
        json!({}),
        Some(&token),
    );
    assert_eq!(status, 200, "{body}");
    let own: HashSet<String> = body["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert!(own.len() >= 5, "{own:?}");

    let window = last_two_days();
    let result = export_ok(&server, &token, window, "CSV", None);
    let rows = parse_rows(&download(&result), "CSV");
    assert_eq!(rows.len() as u64, result["rowCount"].as_u64().unwrap());
    assert!(!rows.is_empty());
    for row in &rows {
        assert_ne!(row["kind"], "AUDIT_LOG", "left out for operators");
        // An account's money is its own: the operator's ledger and withdrawals, whichever
        // server (if any) an entry names.
        if ["LEDGER", "WITHDRAWALS"].contains(&row["kind"].as_str()) {
            assert_eq!(row["account_id"], "usr-operator", "{row:?}");
            continue;
        }
        let server_id = row
            .get("server_id")
            .expect("every operator row names a server");
        assert!(own.contains(server_id), "{row:?}");
    }

    // Over the whole demo history the operator's ledger has rows, and every one is theirs;
    // the admin's export holds the other accounts' too.
    let history = (window.1 - Duration::days(366), window.1);
    let money = ["LEDGER"];
    let ledger = export_ok(&server, &token, history, "CSV", Some(&money));
    let rows = parse_rows(&download(&ledger), "CSV");
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| r["account_id"] == "usr-operator"),
        "{rows:?}"
    );
    let everyone = export_ok(&server, &server.admin_token(), history, "CSV", Some(&money));
    let accounts: std::collections::HashSet<String> = parse_rows(&download(&everyone), "CSV")
        .into_iter()
        .map(|r| r["account_id"].clone())
        .collect();
    assert!(accounts.len() > 1, "{accounts:?}");

    // The same rows as the admin's export holds for those servers.
    let admin = server.admin_token();
    let kinds = ["SERVER_STATISTICS", "USER_ACTIVITY"];
    let all = export_ok(&server, &admin, window, "JSON", Some(&kinds));
    let theirs = parse_rows(&download(&all), "JSON")
        .into_iter()
        .filter(|r| own.contains(&r["server_id"]))
        .count();
    let mine = export_ok(&server, &token, window, "JSON", Some(&kinds));
    assert_eq!(mine["rowCount"].as_u64().unwrap() as usize, theirs);
    assert!(theirs > 0);

    // Asking for the audit log explicitly is refused.
    let (status, body) = export(&server, Some(&token), window, "CSV", Some(&["AUDIT_LOG"]));
    assert_eq!(status, 200);
    assert_eq!(error_code(&body), "AUTH_001");
}

#[test]
fn users_and_anonymous_callers_are_refused() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    for document in [EXPORT, STREAM] {
        for token in [Some(user.as_str()), None] {
            let (_, body) = ask(&server, document, token, last_two_days(), "CSV", None);
            assert_eq!(error_code(&body), "AUTH_001", "{body}");
            assert!(body["data"].is_null(), "{body}");
        }
    }
}

#[test]
fn bad_windows_are_invalid_input() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let now = Utc::now();
    for document in [EXPORT, STREAM] {
        for window in [
            (now, now),
            (now, now - Duration::hours(1)),
            (now - Duration::days(367), now),
        ] {
            let (_, body) = ask(&server, document, Some(&token), window, "JSON", None);
            assert_eq!(error_code(&body), "VAL_001", "{body}");
        }
        let kinds = Some(&[][..]);
        let (_, body) = ask(
            &server,
            document,
            Some(&token),
            last_two_days(),
            "JSON",
            kinds,
        );
        assert_eq!(error_code(&body), "VAL_001", "{body}");
    }
}

#[test]
fn tampered_urls_are_forbidden() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let result = export_ok(
        &server,
        &token,
        last_two_days(),
        "CSV",
        Some(&["PROTOCOL_PERFORMANCE"]),
    );
    let url = result["url"].as_str().unwrap();
    assert_eq!(get(url).status().as_u16(), 200);

    let (path, query) = url.split_once('?').unwrap();
    let params: HashMap<&str, &str> = query
        .split('&')
        .map(|p| p.split_once('=').unwrap())
        .collect();
    let (expires, sig) = (params["expires"], params["sig"]);
    let flip = |s: &str, at: usize| {
        let mut bytes = s.as_bytes().to_vec();
        bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
        String::from_utf8(bytes).unwrap()
    };
    let later: i64 = expires.parse::<i64>().unwrap() + 3_600;
    let tampered = [
        format!("{path}?expires={expires}&sig={}", flip(sig, 0)),
        format!("{path}?expires={expires}&sig={}", flip(sig, sig.len() - 1)),
        format!("{path}?expires={later}&sig={sig}"),
        format!(
            "{path}?expires={}&sig={sig}",
            flip(expires, expires.len() - 1)
        ),
        format!("{path}?expires={expires}"),
        path.to_string(),
        // Another file id with this file's signature.
        format!("{}?{query}", flip(path, path.len() - 5)),
    ];
    for url in tampered {
        assert_eq!(get(&url).status().as_u16(), 403, "{url}");
    }
}

/// The attack of issue #11: anyone can plant a formula in the audit log through a failed login;
/// the admin's CSV must not run it in a spreadsheet, while JSON keeps the raw text.
#[test]
fn a_formula_planted_through_a_failed_login_is_neutralised_in_the_csv() {
    let server = TestServer::start(&[]);
    let formula = r#"=HYPERLINK("http://x","y")"#;
    let (status, body) = server.graphql(
        "mutation($u: String!, $p: String!) { authenticate(username: $u, password: $p) { accessToken } }",
        json!({ "u": formula, "p": "wrong" }),
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(error_code(&body), "AUTH_001");
    let now = Utc::now();
    let window = (now - Duration::hours(1), now + Duration::minutes(1));
    let token = server.admin_token();

    let csv = export_ok(&server, &token, window, "CSV", Some(&["AUDIT_LOG"]));
    let rows = parse_rows(&download(&csv), "CSV");
    let usernames: Vec<&str> = rows.iter().map(|r| r["username"].as_str()).collect();
    assert!(
        usernames.contains(&format!("'{formula}").as_str()),
        "{usernames:?}"
    );
    assert!(
        rows.iter()
            .flat_map(|r| r.values())
            .all(|cell| !cell.starts_with(['=', '+', '-', '@', '\t', '\r'])),
        "{rows:?}"
    );

    let json = export_ok(&server, &token, window, "JSON", Some(&["AUDIT_LOG"]));
    let rows = parse_rows(&download(&json), "JSON");
    assert!(rows.iter().any(|r| r["username"] == formula), "{rows:?}");
}

/// POSTs an export of the last minute's AUDIT_LOG with extra request headers; the URL.
fn export_url_with_headers(server: &TestServer, token: &str, headers: &[(&str, &str)]) -> String {
    let now = Utc::now();
    let mut request = crate::common::http()
        .build()
        .unwrap()
        .post(&server.url)
        .bearer_auth(token)
        .json(&json!({
            "query": EXPORT,
            "variables": {
                "from": (now - Duration::minutes(1)).to_rfc3339(),
                "to": now.to_rfc3339(),
                "format": "CSV",
                "kinds": ["AUDIT_LOG"],
            },
        }));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body: Value = request.send().expect("POST").json().expect("JSON");
    body["data"]["exportDetailedStats"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("no URL: {body}"))
        .to_string()
}

const SPOOFING: [(&str, &str); 3] = [
    ("host", "evil.example:666"),
    ("x-forwarded-proto", "https"),
    ("x-forwarded-host", "evil.example"),
];

#[test]
fn links_name_the_bound_address_whatever_the_request_headers_say() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let bound = server.url.trim_end_matches("/graphql");
    for headers in [
        &SPOOFING[..1],
        &SPOOFING[..],
        &[("forwarded", "proto=https;host=evil.example")],
    ] {
        let url = export_url_with_headers(&server, &token, headers);
        assert!(
            url.starts_with(&format!("{bound}/exports/")),
            "{headers:?}: {url}"
        );
    }
}

#[test]
fn links_use_the_public_url_when_given() {
    let server = TestServer::start(&["--public-url", "https://vpn.example.net/base/"]);
    let token = server.admin_token();
    for headers in [&[][..], &SPOOFING[..]] {
        let url = export_url_with_headers(&server, &token, headers);
        assert!(
            url.starts_with("https://vpn.example.net/base/exports/"),
            "{headers:?}: {url}"
        );
    }
}

#[test]
fn links_follow_a_trusted_proxys_forwarded_headers() {
    let server = TestServer::start(&["--trust-proxy"]);
    let token = server.admin_token();
    let url = export_url_with_headers(
        &server,
        &token,
        &[
            ("x-forwarded-proto", "https"),
            ("x-forwarded-host", "vpn.example.net"),
        ],
    );
    assert!(url.starts_with("https://vpn.example.net/exports/"), "{url}");
    // RFC 7239 first; its last element is the proxy's own.
    let url = export_url_with_headers(
        &server,
        &token,
        &[
            ("x-forwarded-host", "other.example"),
            (
                "forwarded",
                "proto=http;host=client.example, for=192.0.2.1;proto=https;host=\"fwd.example.net:8443\"",
            ),
        ],
    );
    assert!(
        url.starts_with("https://fwd.example.net:8443/exports/"),
        "{url}"
    );
    // Without forwarded headers, the Host the proxy passed on.
    let url = export_url_with_headers(&server, &token, &[("host", "vpn.example.net")]);
    assert!(url.starts_with("http://vpn.example.net/exports/"), "{url}");
}

/// The bytes and names of the export files in `dir`, partial ones included (not the signing
/// key, nor the completed files' records).
fn export_dir_state(dir: &std::path::Path) -> (u64, Vec<String>) {
    let mut total = 0;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == ".signing-key" || name.ends_with(".done") {
            continue;
        }
        total += entry.metadata().unwrap().len();
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    (total, names)
}

#[test]
fn the_export_quota_refuses_an_export_and_keeps_the_directory_within_it() {
    let dir = tempfile::tempdir().unwrap();
    let quota: u64 = 512 * 1024;
    let server = TestServer::start(&[
        "--export-dir",
        dir.path().to_str().unwrap(),
        "--export-quota",
        "512KiB",
    ]);
    let token = server.admin_token();
    let now = Utc::now();
    // A small export fits.
    let small = export_ok(
        &server,
        &token,
        (now - Duration::hours(1), now),
        "CSV",
        Some(&["AUDIT_LOG"]),
    );
    download(&small);

    // Two days of the demo network do not (several MiB).
    let (status, body) = export(&server, Some(&token), last_two_days(), "CSV", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(error_code(&body), "RTE_001", "{body}");
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("quota"), "{message}");
    let (bytes, names) = export_dir_state(dir.path());
    assert!(bytes <= quota, "{bytes} bytes in the directory");
    assert_eq!(names.len(), 1, "only the small export: {names:?}");

    // The CLI says "retry later" (exit 5) and writes nothing.
    let out = dir.path().join("cli-out");
    std::fs::create_dir(&out).unwrap();
    let file = out.join("stats.csv");
    let run = server.run_as(
        &token,
        &[
            "stats",
            "export",
            "--from",
            "-2d",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    run.fails(5, "quota");
    assert!(!file.exists());
    assert!(export_dir_state(dir.path()).0 <= quota);
}

#[test]
fn the_audit_log_export_holds_logins_and_audited_mutations() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let own = server.own_online_server(&operator);
    let foreign = server.foreign(&operator_id);
    let enable = "mutation($id: ID!) { enableMiningServer(serverId: $id) { id } }";
    for id in [&own, &foreign] {
        server.graphql(enable, json!({ "id": id }), Some(&operator));
    }
    let to = Utc::now().duration_trunc(Duration::seconds(1)).unwrap() + Duration::seconds(1);
    let result = export_ok(
        &server,
        &admin,
        (to - Duration::hours(1), to),
        "JSON",
        Some(&["AUDIT_LOG"]),
    );
    let rows = parse_rows(&download(&result), "JSON");
    assert!(rows.iter().all(|r| r["kind"] == "AUDIT_LOG"));
    let logins: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["operation"] == "authenticate")
        .map(|r| (r["username"].as_str(), r["result"].as_str()))
        .collect();
    assert_eq!(logins, [("admin", "OK"), ("operator", "OK")]);
    let mutations: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|r| r["operation"] == "enableMiningServer")
        .map(|r| {
            assert_eq!(r["account_id"], operator_id);
            assert_eq!(r["username"], "operator");
            assert!(r["id"].starts_with("mutation-"), "{r:?}");
            (
                r["target_ids"].as_str(),
                r["result"].as_str(),
                r["success"].as_str(),
            )
        })
        .collect();
    let (own_ids, foreign_ids) = (json!([own]).to_string(), json!([foreign]).to_string());
    assert_eq!(
        mutations,
        [
            (own_ids.as_str(), "OK", "true"),
            (foreign_ids.as_str(), "AUTH_001", "false"),
        ]
    );
}
