//! Sessions (logins) over the API and `vpnmine auth sessions`: listed with their client
//! names, stable across refreshes, revoked one by one or all but the current, by admins for
//! any account, and capped per account by `--max-sessions`.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::{Run, TestServer, error_code};

const LOGIN: &str = "mutation($u: String!, $p: String!, $c: String) { authenticate(username: $u, password: $p, clientName: $c) { accessToken refreshToken } }";
const MINE: &str = "{ mySessions { id userId clientName current createdAt lastUsedAt expiresAt } }";
const REVOKE: &str = "mutation($id: ID!) { revokeSession(id: $id) { id revokedAt current } }";
const REVOKE_OTHERS: &str = "mutation($u: ID) { revokeOtherSessions(userId: $u) { revoked } }";
const ME: &str = "{ me { id } }";

/// Logs in as `user` with `client_name`; (access, refresh).
fn login_as(server: &TestServer, user: &str, client_name: Option<&str>) -> (String, String) {
    let (_, body) = server.graphql(
        LOGIN,
        json!({"u": user, "p": format!("{user}-demo-pass"), "c": client_name}),
        None,
    );
    let auth = &body["data"]["authenticate"];
    (
        auth["accessToken"].as_str().expect("a token").to_string(),
        auth["refreshToken"].as_str().expect("a token").to_string(),
    )
}

fn sessions(server: &TestServer, token: &str) -> Vec<Value> {
    let (_, body) = server.graphql(MINE, json!({}), Some(token));
    body["data"]["mySessions"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .clone()
}

fn current(server: &TestServer, token: &str) -> Value {
    sessions(server, token)
        .into_iter()
        .find(|s| s["current"] == true)
        .expect("the current session is listed")
}

fn works(server: &TestServer, token: &str) -> bool {
    let (_, body) = server.graphql(ME, json!({}), Some(token));
    body["data"]["me"]["id"].is_string()
}

#[test]
fn sessions_are_named_listed_and_keep_their_id_across_refreshes() {
    let server = TestServer::start(&[]);
    let (first, refresh) = login_as(&server, "user", Some("backup-script/1.2"));
    let session = current(&server, &first);
    assert_eq!(session["clientName"], "backup-script/1.2");
    assert_eq!(session["userId"], "usr-user");

    // Without clientName, the User-Agent header names it (capped, control characters gone).
    let long_agent = format!("curl/8.5 {}", "x".repeat(300));
    let response = crate::common::http()
        .build()
        .unwrap()
        .post(&server.url)
        .header("User-Agent", &long_agent)
        .json(&json!({"query": LOGIN, "variables": {"u": "user", "p": "user-demo-pass"}}))
        .send()
        .unwrap();
    let body: Value = response.json().unwrap();
    let second = body["data"]["authenticate"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();
    let named = current(&server, &second);
    let name = named["clientName"].as_str().unwrap();
    assert!(
        name.starts_with("curl/8.5 x") && name.chars().count() == 100,
        "{name}"
    );
    assert_eq!(sessions(&server, &first).len(), 2);

    // A refresh rotates the tokens and keeps the session.
    let (_, body) = server.graphql(
        "mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }",
        json!({"r": refresh}),
        None,
    );
    let renewed = body["data"]["refreshToken"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(current(&server, &renewed)["id"], session["id"]);
    assert_eq!(sessions(&server, &renewed).len(), 2, "no new session");
}

#[test]
fn revoking_a_session_revokes_its_tokens_at_once_and_others_keep_the_current_one() {
    let server = TestServer::start(&[]);
    let (laptop, laptop_refresh) = login_as(&server, "operator", Some("laptop"));
    let (phone, _) = login_as(&server, "operator", Some("phone"));
    let (script, _) = login_as(&server, "operator", Some("script"));
    let phone_id = current(&server, &phone)["id"].clone();

    let (_, body) = server.graphql(REVOKE, json!({"id": phone_id}), Some(&laptop));
    assert!(
        body["data"]["revokeSession"]["revokedAt"].is_string(),
        "{body}"
    );
    assert_eq!(body["data"]["revokeSession"]["current"], false);
    assert!(
        !works(&server, &phone),
        "its access token is refused at once"
    );
    // Revoking again changes nothing and says so by the same answer.
    let (_, again) = server.graphql(REVOKE, json!({"id": phone_id}), Some(&laptop));
    assert_eq!(
        again["data"]["revokeSession"]["revokedAt"],
        body["data"]["revokeSession"]["revokedAt"]
    );

    let (_, body) = server.graphql(REVOKE_OTHERS, json!({}), Some(&laptop));
    assert_eq!(body["data"]["revokeOtherSessions"]["revoked"], 1, "{body}");
    assert!(!works(&server, &script));
    assert!(works(&server, &laptop), "the current session stays");
    let left: Vec<Value> = sessions(&server, &laptop);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["clientName"], "laptop");
    // The refresh token of the kept session still renews it.
    let (_, body) = server.graphql(
        "mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }",
        json!({"r": laptop_refresh}),
        None,
    );
    assert!(
        body["data"]["refreshToken"]["accessToken"].is_string(),
        "{body}"
    );

    // Revoking one's own current session is allowed, and ends it.
    let (renewed, _) = login_as(&server, "operator", None);
    let own = current(&server, &renewed)["id"].clone();
    let (_, body) = server.graphql(REVOKE, json!({"id": own}), Some(&renewed));
    assert_eq!(body["data"]["revokeSession"]["current"], true, "{body}");
    assert!(!works(&server, &renewed));
}

#[test]
fn admins_see_and_revoke_any_accounts_sessions_and_others_may_not() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (user, _) = login_as(&server, "user", Some("user-laptop"));
    let (operator, _) = login_as(&server, "operator", None);
    let listed = "query($u: ID!) { userSessions(userId: $u) { id clientName } }";

    let (_, body) = server.graphql(listed, json!({"u": "usr-user"}), Some(&admin));
    let theirs = body["data"]["userSessions"].as_array().unwrap().clone();
    assert_eq!(theirs.len(), 1, "{body}");
    assert_eq!(theirs[0]["clientName"], "user-laptop");

    // Neither an operator nor a user reaches another account's sessions.
    let (_, body) = server.graphql(listed, json!({"u": "usr-user"}), Some(&operator));
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
    let (_, body) = server.graphql(REVOKE, json!({"id": theirs[0]["id"]}), Some(&operator));
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
    let (_, body) = server.graphql(REVOKE_OTHERS, json!({"u": "usr-user"}), Some(&operator));
    assert_eq!(error_code(&body), "AUTH_001", "{body}");
    assert!(works(&server, &user), "nothing was revoked");
    // Anyone may name themselves.
    let (_, body) = server.graphql(listed, json!({"u": "usr-user"}), Some(&user));
    assert_eq!(body["data"]["userSessions"].as_array().unwrap().len(), 1);

    // An admin revokes all of another account's sessions, and keeps its own.
    let (_, body) = server.graphql(REVOKE_OTHERS, json!({"u": "usr-user"}), Some(&admin));
    assert_eq!(body["data"]["revokeOtherSessions"]["revoked"], 1, "{body}");
    assert!(!works(&server, &user));
    assert!(works(&server, &admin));

    // ... and one session of any account by id.
    let operator_session = current(&server, &operator)["id"].clone();
    let (_, body) = server.graphql(REVOKE, json!({"id": operator_session}), Some(&admin));
    assert_eq!(body["data"]["revokeSession"]["current"], false, "{body}");
    assert!(!works(&server, &operator));
}

#[test]
fn a_login_beyond_max_sessions_revokes_the_oldest() {
    let server = TestServer::start(&["--max-sessions", "2"]);
    let (first, first_refresh) = login_as(&server, "user", Some("first"));
    let (second, _) = login_as(&server, "user", Some("second"));
    assert!(works(&server, &first) && works(&server, &second));
    let (third, _) = login_as(&server, "user", Some("third"));
    assert!(!works(&server, &first), "the oldest session went");
    let (_, body) = server.graphql(
        "mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }",
        json!({"r": first_refresh}),
        None,
    );
    assert_eq!(
        error_code(&body),
        "AUTH_001",
        "its refresh token too: {body}"
    );
    assert!(works(&server, &second) && works(&server, &third));
    let names: Vec<Value> = sessions(&server, &third)
        .iter()
        .map(|s| s["clientName"].clone())
        .collect();
    assert_eq!(names, [json!("third"), json!("second")]);
    // Another account's logins are not counted against this one.
    let (operator, _) = login_as(&server, "operator", None);
    assert!(works(&server, &operator) && works(&server, &second));

    // 0: unlimited.
    let server = TestServer::start(&["--max-sessions", "0"]);
    let tokens: Vec<String> = (0..12).map(|_| login_as(&server, "user", None).0).collect();
    assert!(tokens.iter().all(|t| works(&server, t)));
}

#[test]
fn bad_session_input_is_refused_and_changes_nothing() {
    let server = TestServer::start(&[]);
    let (user, _) = login_as(&server, "user", None);
    let admin = server.admin_token();
    for name in [
        "x".repeat(101),
        "bad\nname".to_string(),
        "\u{1b}[2J".to_string(),
    ] {
        let (_, body) = server.graphql(
            LOGIN,
            json!({"u": "user", "p": "user-demo-pass", "c": name}),
            None,
        );
        assert_eq!(error_code(&body), "VAL_001", "{name:?}: {body}");
        assert!(body["data"].is_null() || body["data"]["authenticate"].is_null());
    }
    assert_eq!(sessions(&server, &user).len(), 1, "no session was opened");

    let long = "s".repeat(65);
    for (query, variables, code) in [
        (REVOKE, json!({"id": ""}), "VAL_001"),
        (REVOKE, json!({"id": long}), "VAL_001"),
        (REVOKE, json!({"id": "ses-nope"}), "RSC_001"),
        (REVOKE, json!({"id": true}), "VAL_001"),
        (REVOKE, json!({}), "VAL_001"),
        (
            "mutation { revokeSession(id: \"a\", extra: 1) { id } }",
            json!({}),
            "VAL_001",
        ),
        (REVOKE_OTHERS, json!({"u": "usr-nobody"}), "RSC_001"),
        (REVOKE_OTHERS, json!({"u": ""}), "VAL_001"),
        (
            "query($u: ID!) { userSessions(userId: $u) { id } }",
            json!({"u": "usr-nobody"}),
            "RSC_001",
        ),
    ] {
        let (_, body) = server.graphql(query, variables.clone(), Some(&admin));
        assert_eq!(error_code(&body), code, "{query} {variables}: {body}");
    }
    assert!(
        works(&server, &user) && works(&server, &admin),
        "nothing was revoked"
    );
}

#[test]
fn session_mutations_are_audited_with_their_ids() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (user, _) = login_as(&server, "user", None);
    let (spare, _) = login_as(&server, "user", None);
    let spare_id = current(&server, &spare)["id"].as_str().unwrap().to_string();
    server.graphql(REVOKE, json!({"id": spare_id}), Some(&user));
    server.graphql(REVOKE, json!({"id": "ses-nope"}), Some(&user));
    server.graphql(REVOKE_OTHERS, json!({"u": "usr-user"}), Some(&admin));
    let (_, body) = server.graphql(
        "{ auditLog(filter: {}) { items { username operation targetIds result } } }",
        json!({}),
        Some(&admin),
    );
    let rows: Vec<(Value, Value, Value, Value)> = body["data"]["auditLog"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .filter(|r| r["operation"].as_str().unwrap().contains("Session"))
        .map(|r| {
            (
                r["username"].clone(),
                r["operation"].clone(),
                r["targetIds"].clone(),
                r["result"].clone(),
            )
        })
        .collect();
    assert!(
        rows.contains(&(
            json!("user"),
            json!("revokeSession"),
            json!([spare_id]),
            json!("OK")
        )),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(
            json!("user"),
            json!("revokeSession"),
            json!(["ses-nope"]),
            json!("RSC_001")
        )),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(
            json!("admin"),
            json!("revokeOtherSessions"),
            json!(["usr-user"]),
            json!("OK")
        )),
        "{rows:?}"
    );
}

/// `vpnmine --endpoint URL ARGS` with the file credential store, `stdin` fed.
fn cli(server: &TestServer, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = server.env.command();
    cmd.env("VPNMINE_CREDENTIAL_STORE", "file")
        .arg("--endpoint")
        .arg(&server.url)
        .args(args);
    let Some(input) = stdin else {
        return Run::from(cmd.output().expect("run vpnmine"));
    };
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn vpnmine");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    Run::from(child.wait_with_output().expect("wait vpnmine"))
}

#[test]
fn auth_sessions_lists_and_revokes_from_the_cli() {
    let server = TestServer::start(&[]);
    cli(
        &server,
        &["auth", "login", "-u", "operator", "--password-stdin"],
        Some("operator-demo-pass\n"),
    )
    .ok();
    let (other, _) = login_as(&server, "operator", Some("other"));

    let listed = cli(&server, &["auth", "sessions", "-o", "json"], None).json();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2, "{listed:?}");
    let mine = listed.iter().find(|s| s["current"] == true).unwrap();
    let name = mine["clientName"].as_str().unwrap();
    assert!(
        name.starts_with("vpnmine-cli/") && name.ends_with("(profile default)"),
        "{name}"
    );
    let table = cli(&server, &["auth", "sessions", "list"], None);
    assert!(table.ok().contains("other"), "{}", table.stdout);

    // The stored session survives a refresh under the same id.
    cli(&server, &["auth", "refresh"], None).ok();
    let after = cli(&server, &["auth", "sessions", "-o", "json"], None).json();
    let renewed = after
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap()
        .clone();
    assert_eq!(renewed["id"], mine["id"]);

    let other_id = current(&server, &other)["id"].as_str().unwrap().to_string();
    let run = cli(&server, &["auth", "sessions", "revoke", &other_id], None);
    assert!(run.ok().contains(&other_id), "{}", run.stdout);
    assert!(!works(&server, &other));

    let (third, _) = login_as(&server, "operator", None);
    let run = cli(
        &server,
        &["auth", "sessions", "revoke", "--others", "-o", "json"],
        None,
    );
    assert_eq!(run.json(), json!({"revoked": 1}));
    assert!(!works(&server, &third));
    cli(&server, &["auth", "status"], None).ok();

    // Mistakes: exit 2 for usage, 3 for an unknown session, 4 for another account's.
    cli(&server, &["auth", "sessions", "revoke"], None).fails(2, "<ID>");
    cli(
        &server,
        &["auth", "sessions", "revoke", "x", "--others"],
        None,
    )
    .fails(2, "--others");
    cli(
        &server,
        &["auth", "sessions", "revoke", "ses-x", "--user", "usr-user"],
        None,
    )
    .fails(2, "--user");
    cli(&server, &["auth", "sessions", "revoke", "ses-nope"], None).fails(3, "RSC_001");
    cli(
        &server,
        &["auth", "sessions", "list", "--user", "usr-user"],
        None,
    )
    .fails(4, "AUTH_001");
    let admin = server.admin_token();
    let theirs = server.run_as(
        &admin,
        &[
            "auth",
            "sessions",
            "list",
            "--user",
            "usr-operator",
            "-o",
            "json",
        ],
    );
    assert_eq!(theirs.json().as_array().unwrap().len(), 1);
    let (user, _) = login_as(&server, "user", None);
    let user_session = current(&server, &user)["id"].as_str().unwrap().to_string();
    cli(
        &server,
        &["auth", "sessions", "revoke", &user_session],
        None,
    )
    .fails(4, "AUTH_001");
    assert!(works(&server, &user));
    server
        .run_as(
            &admin,
            &[
                "auth", "sessions", "revoke", "--others", "--user", "usr-user",
            ],
        )
        .ok();
    assert!(!works(&server, &user));
}
