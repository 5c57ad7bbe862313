//! `vpnmine auth ...` and `vpnmine config ...` against the bundled server, with the file
//! credential store (`VPNMINE_CREDENTIAL_STORE=file`) in each test's private config dir.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{Env, Run, TestServer};

/// `vpnmine ARGS` in `env` with the file store, optionally feeding `stdin`.
fn vpnmine(env: &Env, extra_env: &[(&str, &str)], args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd: Command = env.command();
    cmd.env("VPNMINE_CREDENTIAL_STORE", "file").args(args);
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
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
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    Run::from(child.wait_with_output().expect("wait vpnmine"))
}

/// `vpnmine --endpoint URL ARGS` with the file store.
fn at(server: &TestServer, args: &[&str], stdin: Option<&str>) -> Run {
    let mut all = vec!["--endpoint", server.url.as_str()];
    all.extend_from_slice(args);
    vpnmine(&server.env, &[], &all, stdin)
}

fn login(server: &TestServer, user: &str, password: &str) -> Run {
    at(
        server,
        &["auth", "login", "--username", user, "--password-stdin"],
        Some(&format!("{password}\n")),
    )
}

fn credentials_path(env: &Env) -> PathBuf {
    env.home.path().join("config/vpnmine/credentials.toml")
}

/// The stored credentials of `profile`.
fn stored(env: &Env, profile: &str) -> toml::Table {
    let text = std::fs::read_to_string(credentials_path(env)).expect("credentials file");
    let file: toml::Table = toml::from_str(&text).expect("credentials TOML");
    file["profiles"][profile]
        .as_table()
        .unwrap_or_else(|| panic!("no profile {profile} in {text}"))
        .clone()
}

fn stored_access(env: &Env, profile: &str) -> String {
    stored(env, profile)["access_token"]
        .as_str()
        .expect("access token")
        .to_string()
}

fn assert_mode_0600(env: &Env) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(credentials_path(env))
            .expect("credentials file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    }
}

#[test]
fn login_status_token_refresh_and_logout() {
    let server = TestServer::start(&[]);
    let run = login(&server, "operator", "operator-demo-pass");
    assert_eq!(
        run.ok().trim(),
        format!("Logged in to {} as operator (OPERATOR)", server.url)
    );
    assert_mode_0600(&server.env);
    let first = stored_access(&server.env, "default");
    let refresh = stored(&server.env, "default")["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(first.starts_with("vpm_at_") && refresh.starts_with("vpm_rt_"));
    assert!(!run.stdout.contains(&first) && !run.stderr.contains(&first));

    // Status: who, where, and where the token is kept; never the token itself.
    let status = at(&server, &["auth", "status", "-o", "json", "-v"], None);
    let json = status.json();
    assert_eq!(json["username"], "operator");
    assert_eq!(json["role"], "OPERATOR");
    assert_eq!(json["userType"], "PREMIUM");
    assert_eq!(json["profile"], "default");
    assert_eq!(json["endpoint"], server.url.as_str());
    assert_eq!(json["refreshable"], true);
    assert!(json["expiresAt"].as_str().is_some(), "{json}");
    assert!(
        json["tokenSource"]
            .as_str()
            .unwrap()
            .ends_with("credentials.toml"),
        "{json}"
    );
    assert!(!status.stdout.contains(&first) && !status.stderr.contains(&first));
    let table = at(&server, &["auth", "status"], None);
    assert!(table.ok().contains("operator") && table.stdout.contains("OPERATOR"));

    // `auth token` prints the token in force, which works as VPNMINE_TOKEN.
    let token = at(&server, &["auth", "token"], None)
        .ok()
        .trim()
        .to_string();
    assert_eq!(token, first);
    let json = at(&server, &["auth", "token", "-o", "json"], None).json();
    assert_eq!(json["token"], first.as_str());
    let as_env = server
        .run_as(&token, &["auth", "status", "-o", "json"])
        .json();
    assert_eq!(as_env["username"], "operator");
    assert_eq!(as_env["tokenSource"], "environment (VPNMINE_TOKEN)");

    // `auth refresh` rotates the pair: a new access token, and the old one stops working.
    let refreshed = at(&server, &["auth", "refresh", "-o", "json"], None).json();
    assert_eq!(refreshed["username"], "operator");
    assert!(refreshed["expiresAt"].as_str().is_some());
    let second = stored_access(&server.env, "default");
    assert_ne!(second, first);
    assert!(!refreshed.to_string().contains(&second));
    assert_mode_0600(&server.env);
    server
        .run_as(&first, &["auth", "status"])
        .fails(4, "AUTH_001");
    let text = at(&server, &["auth", "refresh"], None);
    assert!(
        text.ok()
            .starts_with("Refreshed the session of operator at ")
    );
    let third = stored_access(&server.env, "default");

    // `auth logout` revokes on the server and deletes the local copy.
    let out = at(&server, &["auth", "logout"], None);
    assert_eq!(
        out.ok().trim(),
        format!("Logged out of {} (operator)", server.url)
    );
    assert!(!credentials_path(&server.env).exists());
    server
        .run_as(&third, &["auth", "status"])
        .fails(4, "revoked");
    at(&server, &["auth", "status"], None).fails(4, "not logged in");
    at(&server, &["auth", "token"], None).fails(4, "not logged in");
    at(&server, &["auth", "refresh"], None).fails(4, "not logged in");
    let again = at(&server, &["auth", "logout"], None);
    assert!(again.ok().contains("Not logged in"));

    // In JSON, login answers with the user record and no tokens.
    let run = at(
        &server,
        &[
            "-o",
            "json",
            "auth",
            "login",
            "-u",
            "user",
            "--password-stdin",
        ],
        Some("user-demo-pass"),
    );
    let user = run.json();
    assert_eq!(user["username"], "user");
    assert_eq!(user["role"], "USER");
    assert!(user["id"].as_str().is_some());
    let token = stored_access(&server.env, "default");
    assert!(!run.stdout.contains(&token) && !run.stdout.contains("vpm_rt_"));
}

#[test]
fn login_never_waits_for_input_without_a_terminal() {
    let server = TestServer::start(&[]);
    let run = at(&server, &["auth", "login"], None);
    run.fails(2, "--with-token");
    at(&server, &["auth", "login", "--username", "operator"], None).fails(2, "--with-token");
    at(&server, &["auth", "login", "--password-stdin"], None).fails(2, "--username");
    at(
        &server,
        &["auth", "login", "--with-token", "--username", "x"],
        None,
    )
    .fails(2, "cannot be used with");
    at(
        &server,
        &["auth", "login", "-u", "operator", "--password-stdin"],
        Some(""),
    )
    .fails(2, "no password on stdin");
    at(&server, &["auth", "login", "--with-token"], Some("\n")).fails(2, "no token on stdin");
    assert!(!credentials_path(&server.env).exists());
}

#[test]
fn wrong_password_exits_4_and_stores_nothing() {
    let server = TestServer::start(&[]);
    let run = login(&server, "operator", "not-the-password");
    run.fails(4, "invalid username or password");
    assert!(run.stderr.contains("AUTH_001"));
    // The login command knows better than the table's "run vpnmine auth login".
    assert!(
        run.stderr
            .contains("hint: check the username and the password"),
        "{}",
        run.stderr
    );
    assert!(!credentials_path(&server.env).exists());
    login(&server, "nobody", "whatever").fails(4, "invalid username or password");
}

#[test]
fn a_locked_username_exits_4_with_the_time_to_wait() {
    let server = TestServer::start(&["--lockout-after", "2", "--lockout-for", "10m"]);
    login(&server, "operator", "not-the-password").fails(4, "invalid username or password");
    let locking = login(&server, "operator", "not-the-password");
    locking.fails(4, "try again in");
    assert!(locking.stderr.contains("AUTH_001"), "{}", locking.stderr);
    // The right password changes nothing while the lock holds.
    login(&server, "operator", "operator-demo-pass").fails(4, "try again in");
    assert!(!credentials_path(&server.env).exists());
}

#[test]
fn with_token_stores_an_access_token_as_is() {
    let server = TestServer::start(&[]);
    let (access, _) = server.login("admin", "admin-demo-pass");
    let run = at(
        &server,
        &["auth", "login", "--with-token"],
        Some(&format!("{access}\n")),
    );
    assert_eq!(
        run.ok().trim(),
        format!("Logged in to {} as admin (ADMIN)", server.url)
    );
    assert!(!run.stdout.contains(&access) && !run.stderr.contains(&access));
    assert_mode_0600(&server.env);
    let entry = stored(&server.env, "default");
    assert_eq!(entry["access_token"].as_str(), Some(access.as_str()));
    assert!(entry.get("refresh_token").is_none());
    assert_eq!(at(&server, &["auth", "token"], None).ok().trim(), access);
    let status = at(&server, &["auth", "status", "-o", "json"], None).json();
    assert_eq!(
        (status["role"].clone(), status["refreshable"].clone()),
        ("ADMIN".into(), false.into())
    );
    at(&server, &["auth", "refresh"], None).fails(4, "no refresh token");

    // A token the platform does not know is refused and not stored.
    at(&server, &["auth", "logout"], None).ok();
    let bad = at(
        &server,
        &["auth", "login", "--with-token"],
        Some("vpm_at_not-a-real-token"),
    );
    bad.fails(4, "AUTH_001");
    assert!(!bad.stderr.contains("vpm_at_not-a-real-token"));
    assert!(!credentials_path(&server.env).exists());
}

/// Rewrites the stored session of the default profile.
fn tamper(env: &Env, access: &str, expires_at: &str) {
    let path = credentials_path(env);
    let mut file: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let entry = file["profiles"]["default"].as_table_mut().unwrap();
    entry.insert("access_token".into(), access.into());
    entry.insert(
        "expires_at".into(),
        toml::Value::String(expires_at.to_string()),
    );
    std::fs::write(&path, toml::to_string(&file).unwrap()).unwrap();
}

#[test]
fn an_expired_access_token_is_refreshed_automatically() {
    let server = TestServer::start(&[]);
    login(&server, "operator", "operator-demo-pass").ok();

    // Unknown token but not known to be expired: no refresh, the refusal stands.
    tamper(&server.env, "vpm_at_bogus", "2999-01-01T00:00:00Z");
    let run = at(&server, &["auth", "status"], None);
    run.fails(4, "AUTH_001");
    assert!(!run.stderr.contains("vpm_at_bogus"));
    assert_eq!(stored_access(&server.env, "default"), "vpm_at_bogus");

    // Expired by its stored expiry: refreshed once, stored, and the request retried.
    tamper(&server.env, "vpm_at_bogus", "2000-01-01T00:00:00Z");
    let status = at(&server, &["auth", "status", "-o", "json"], None).json();
    assert_eq!(status["username"], "operator");
    let entry = stored(&server.env, "default");
    let access = entry["access_token"].as_str().unwrap();
    assert!(access.starts_with("vpm_at_") && access != "vpm_at_bogus");
    let expires = entry["expires_at"].as_str().unwrap();
    assert!(expires > "2001", "{expires}");
    assert_eq!(status["expiresAt"].as_str().map(|s| s > "2001"), Some(true));
    assert_mode_0600(&server.env);
    // Any command benefits, not only `auth`.
    tamper(&server.env, "vpm_at_bogus", "2000-01-01T00:00:00Z");
    let servers = at(
        &server,
        &["servers", "list", "--size", "2", "-o", "json"],
        None,
    )
    .json();
    assert_eq!(servers.as_array().map(Vec::len), Some(2));

    // `auth token` hands out a fresh token rather than an expired one.
    tamper(&server.env, "vpm_at_bogus", "2000-01-01T00:00:00Z");
    let token = at(&server, &["auth", "token"], None)
        .ok()
        .trim()
        .to_string();
    assert!(token.starts_with("vpm_at_") && token != "vpm_at_bogus");
    assert_eq!(token, stored_access(&server.env, "default"));

    // A refresh token that no longer works: exit 4, log in again.
    at(&server, &["auth", "logout"], None).ok();
    login(&server, "operator", "operator-demo-pass").ok();
    let entry = stored(&server.env, "default");
    let (_, revoked) = server.graphql(
        "mutation($t: String) { revokeToken(token: $t) { success } }",
        serde_json::json!({ "t": entry["refresh_token"].as_str().unwrap() }),
        None,
    );
    assert_eq!(revoked["data"]["revokeToken"]["success"], true);
    tamper(&server.env, "vpm_at_bogus", "2000-01-01T00:00:00Z");
    at(&server, &["auth", "status"], None).fails(4, "auth login");
}

#[test]
fn logout_works_locally_when_the_platform_is_unreachable() {
    let env = Env::new();
    let endpoint = "http://127.0.0.1:9/graphql";
    let path = credentials_path(&env);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        format!(
            "[profiles.default]\nendpoint = \"{endpoint}\"\naccess_token = \"vpm_at_x\"\nrefresh_token = \"vpm_rt_x\"\nusername = \"operator\"\n"
        ),
    )
    .unwrap();
    let run = vpnmine(
        &env,
        &[],
        &["--endpoint", endpoint, "--timeout", "2", "auth", "logout"],
        None,
    );
    assert!(run.ok().contains("Logged out of"));
    assert!(
        run.stderr.contains("warning: could not revoke"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("vpm_rt_x"));
    assert!(!path.exists());
}

#[test]
fn the_embedded_backend_needs_no_login() {
    let env = Env::new();
    for verb in ["login", "logout", "token", "refresh"] {
        vpnmine(&env, &[], &["--endpoint", "local", "auth", verb], None)
            .fails(2, "--endpoint local");
    }
    // A password is not sent over plain http to another machine unless allowed.
    vpnmine(
        &env,
        &[],
        &[
            "--endpoint",
            "http://vpn.example.com/graphql",
            "auth",
            "login",
            "-u",
            "operator",
            "--password-stdin",
        ],
        Some("pw\n"),
    )
    .fails(2, "refusing to send a password over plain http");
    vpnmine(
        &env,
        &[("VPNMINE_CREDENTIAL_STORE", "vault")],
        &["--endpoint", "http://127.0.0.1:9/graphql", "auth", "status"],
        None,
    )
    .fails(2, "VPNMINE_CREDENTIAL_STORE");
}

#[test]
fn config_set_get_list_round_trip() {
    let env = Env::new();
    let run = |args: &[&str]| vpnmine(&env, &[], args, None);
    run(&["config", "list", "-o", "json"]).json();
    assert_eq!(
        run(&["config", "list", "-o", "json"]).json(),
        Value::Array(vec![])
    );
    let set = run(&["config", "set", "endpoint", "http://127.0.0.1:8080/graphql"]);
    assert!(
        set.ok()
            .starts_with("Set endpoint = http://127.0.0.1:8080/graphql for profile 'default'")
    );
    assert_eq!(
        run(&["config", "get", "endpoint"]).ok().trim(),
        "http://127.0.0.1:8080/graphql"
    );
    run(&["config", "set", "allow_insecure_http", "true"]).ok();
    let json = run(&[
        "--profile",
        "staging",
        "config",
        "set",
        "endpoint",
        "https://staging.example.com/graphql",
        "-o",
        "json",
    ])
    .json();
    assert_eq!(json["profile"], "staging");
    assert_eq!(json["value"], "https://staging.example.com/graphql");
    run(&["config", "set", "default_profile", "staging"]).ok();
    assert_eq!(
        run(&["config", "get", "endpoint"]).ok().trim(),
        "https://staging.example.com/graphql",
        "default_profile selects the profile"
    );
    let got = run(&[
        "--profile",
        "default",
        "config",
        "get",
        "allow_insecure_http",
        "-o",
        "json",
    ])
    .json();
    assert_eq!(
        (got["key"].clone(), got["value"].clone()),
        ("allow_insecure_http".into(), "true".into())
    );

    let list = run(&["config", "list", "-o", "json"]).json();
    let rows: Vec<(Value, Value, Value)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["profile"].clone(), r["key"].clone(), r["value"].clone()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (Value::Null, "default_profile".into(), "staging".into()),
            (
                "default".into(),
                "endpoint".into(),
                "http://127.0.0.1:8080/graphql".into()
            ),
            (
                "default".into(),
                "allow_insecure_http".into(),
                "true".into()
            ),
            (
                "staging".into(),
                "endpoint".into(),
                "https://staging.example.com/graphql".into()
            ),
        ]
    );
    let csv = run(&["config", "list", "-o", "csv"]);
    let mut lines = csv.ok().lines();
    assert_eq!(lines.next(), Some("PROFILE,KEY,VALUE"));
    assert_eq!(lines.count(), 4);
    let table = run(&["config", "list"]);
    assert!(table.ok().contains("staging.example.com"));
    let text = std::fs::read_to_string(env.home.path().join("config/vpnmine/config.toml")).unwrap();
    assert!(text.contains("[profiles.staging]"), "{text}");

    // Validated before anything is written.
    run(&["config", "set", "endpoint", "ftp://example.com/graphql"])
        .fails(2, "malformed endpoint URL");
    run(&["config", "set", "endpoint", "not a url"]).fails(2, "malformed endpoint URL");
    run(&["config", "set", "allow_insecure_http", "maybe"]).fails(2, "expected true or false");
    run(&["config", "set", "default_profile", "a b"]).fails(2, "invalid profile name");
    run(&["config", "set", "colour", "red"]).fails(2, "invalid value 'colour'");
    run(&["config", "get", "credential_store"]).fails(3, "not set");
    run(&["--profile", "bad/name", "config", "list"]).fails(2, "invalid profile name");
    assert_eq!(
        run(&["config", "get", "endpoint"]).ok().trim(),
        "https://staging.example.com/graphql"
    );

    // A broken file is named, not ignored.
    std::fs::write(
        env.home.path().join("config/vpnmine/config.toml"),
        "endpoint = [",
    )
    .unwrap();
    run(&["config", "list"]).fails(2, "config.toml is not a valid vpnmine configuration");
}

#[test]
fn profiles_select_the_endpoint_and_its_credentials() {
    let server = TestServer::start(&[]);
    let env = &server.env;
    let run = |extra: &[(&str, &str)], args: &[&str], stdin: Option<&str>| {
        vpnmine(env, extra, args, stdin)
    };
    run(
        &[],
        &[
            "--profile",
            "staging",
            "config",
            "set",
            "endpoint",
            &server.url,
        ],
        None,
    )
    .ok();

    // No --endpoint: the profile's.
    let login = run(
        &[],
        &[
            "--profile",
            "staging",
            "auth",
            "login",
            "-u",
            "operator",
            "--password-stdin",
        ],
        Some("operator-demo-pass\n"),
    );
    assert_eq!(
        login.ok().trim(),
        format!("Logged in to {} as operator (OPERATOR)", server.url)
    );
    assert!(stored(env, "staging")["endpoint"].as_str() == Some(server.url.as_str()));
    let status = run(
        &[("VPNMINE_PROFILE", "staging")],
        &["auth", "status", "-o", "json"],
        None,
    )
    .json();
    assert_eq!(status["profile"], "staging");
    assert_eq!(status["endpoint"], server.url.as_str());
    assert_eq!(status["username"], "operator");

    // default_profile makes it the one in force.
    run(&[], &["config", "set", "default_profile", "staging"], None).ok();
    let status = run(&[], &["auth", "status", "-o", "json"], None).json();
    assert_eq!(status["profile"], "staging");

    // --endpoint and VPNMINE_ENDPOINT override the profile's endpoint, and its credentials
    // (issued by another endpoint) are not sent there.
    let elsewhere = "http://127.0.0.1:9/graphql";
    run(&[], &["--endpoint", elsewhere, "auth", "status"], None)
        .fails(4, "not logged in to http://127.0.0.1:9/graphql");
    run(
        &[("VPNMINE_ENDPOINT", elsewhere)],
        &["auth", "status"],
        None,
    )
    .fails(4, "holds credentials for");

    // An unknown profile is refused.
    run(&[], &["--profile", "nope", "auth", "status"], None).fails(2, "no profile 'nope'");
    run(&[("VPNMINE_PROFILE", "nope")], &["servers", "list"], None).fails(2, "no profile 'nope'");
}
