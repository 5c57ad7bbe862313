//! Accounts (issue #12): `server init`, the refusal to serve without an admin, the accounts
//! API and its CLI, disabling and deleting, passwords, and `users import`.

use serde_json::{Value, json};

use crate::common::{Env, Run, TestServer, error_code};

const PASS: &str = "correct horse battery staple";

/// `vpnmine server init --db DB --admin NAME --password-stdin` with `password` on stdin.
fn init(env: &Env, db: &str, admin: &str, password: &str, extra: &[&str]) -> Run {
    let mut cmd = env.command();
    cmd.args([
        "server",
        "init",
        "--db",
        db,
        "--admin",
        admin,
        "--password-stdin",
    ])
    .args(extra);
    Env::run_input(cmd, &format!("{password}\n"))
}

/// A fresh platform: `server init` on a new database file, then `vpnmine server` on it.
fn fresh_platform() -> (tempfile::TempDir, TestServer) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let db = db.to_str().unwrap();
    init(&Env::new(), db, "root", PASS, &["-o", "json"]).ok();
    let server = TestServer::start_without_demo(db, &[]);
    (dir, server)
}

fn gql(server: &TestServer, token: &str, query: &str, variables: Value) -> Value {
    server.graphql(query, variables, Some(token)).1
}

const CREATE: &str = "mutation($i: CreateUserInput!) { createUser(input: $i) { id username role userType status vpnUuid } }";

fn total(server: &TestServer, admin: &str) -> i64 {
    let body = gql(
        server,
        admin,
        "{ users { pageInfo { totalItems } } }",
        json!({}),
    );
    body["data"]["users"]["pageInfo"]["totalItems"]
        .as_i64()
        .unwrap_or_else(|| panic!("{body}"))
}

#[test]
fn init_creates_the_first_admin_once_and_the_server_needs_one() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let db = db.to_str().unwrap();

    // Serving an empty database without --demo is refused, naming init.
    let refused = env.run(&["server", "--listen", "127.0.0.1:0", "--db", db]);
    refused.fails(2, &format!("vpnmine server init --db {db} --admin NAME"));
    assert!(
        refused.stderr.contains("no active admin"),
        "{}",
        refused.stderr
    );

    // Without a terminal and without --password-stdin nothing waits: exit 2, naming the flag.
    env.run(&["server", "init", "--db", db, "--admin", "root"])
        .fails(2, "--password-stdin");
    // The policy applies, with its rule named; a bad name is refused before anything else.
    init(&env, db, "root", "short", &[]).fails(2, "at least 12 characters");
    init(&env, db, "root", "root-and-more-root", &[]).fails(2, "username");
    init(&env, db, "root", "password1234", &[]).fails(2, "common passwords");
    init(
        &env,
        db,
        "root",
        "twenty characters ok",
        &["--password-min-length", "24"],
    )
    .fails(2, "at least 24");
    init(&env, db, "bad name", PASS, &[]).fails(2, "--admin");

    let created = init(&env, db, "root", PASS, &["-o", "json"]).json();
    assert_eq!(created["username"], "root");
    assert_eq!(
        (&created["role"], &created["userType"]),
        (&json!("ADMIN"), &json!("ADMIN"))
    );
    assert!(created["id"].as_str().unwrap().starts_with("usr-"));
    // A second init is refused (exit 2) whatever the name, and creates nothing.
    let again = init(&env, db, "other", PASS, &[]);
    again.fails(2, "already has an active admin (root)");
    assert!(
        again.stderr.contains("vpnmine users create"),
        "{}",
        again.stderr
    );

    // Now the server starts, and the admin logs in. --demo does not seed into a platform that
    // has accounts.
    let server = TestServer::start_with_db(db, &[]);
    let (admin, _) = server.login("root", PASS);
    assert_eq!(total(&server, &admin), 1, "only the admin");
    let servers = server
        .graphql(
            "{ miningServers { pageInfo { totalItems } } }",
            json!({}),
            None,
        )
        .1;
    assert_eq!(
        servers["data"]["miningServers"]["pageInfo"]["totalItems"], 0,
        "{servers}"
    );
    let (_, wrong) = server.graphql(
        "mutation($p: String!) { authenticate(username: \"other\", password: $p) { accessToken } }",
        json!({"p": PASS}),
        None,
    );
    assert_eq!(error_code(&wrong), "AUTH_001");
}

#[cfg(target_os = "linux")]
#[test]
fn init_asks_for_the_password_twice_on_a_terminal() {
    use crate::common::pty::Pty;
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tty.db");
    let mut cmd = env.command();
    cmd.env("TERM", "xterm").args([
        "server",
        "init",
        "--db",
        db.to_str().unwrap(),
        "--admin",
        "root",
    ]);
    let mut pty = Pty::spawn(cmd);
    pty.expect("Password for root");
    pty.wait_for_hidden_input();
    pty.send(&format!("{PASS}\r"));
    pty.expect("Repeat the password");
    pty.wait_for_hidden_input();
    pty.send(&format!("{PASS}\r"));
    let (code, screen) = pty.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Created the admin root"), "{screen}");
    assert!(!screen.contains(PASS), "echoed: {screen}");
    let server = TestServer::start_without_demo(db.to_str().unwrap(), &[]);
    server.login("root", PASS);
}

#[test]
fn admins_manage_accounts_through_the_cli() {
    let (_dir, server) = fresh_platform();
    let (admin, _) = server.login("root", PASS);
    let olga_pass = "she has a long passphrase";

    let created = server
        .run_as_input(
            &admin,
            &[
                "users",
                "create",
                "olga",
                "--role",
                "operator",
                "--type",
                "premium",
                "--password-stdin",
                "-o",
                "json",
            ],
            &format!("{olga_pass}\n"),
        )
        .json();
    assert_eq!(
        (&created["role"], &created["userType"], &created["status"]),
        (&json!("OPERATOR"), &json!("PREMIUM"), &json!("ACTIVE"))
    );
    let id = created["id"].as_str().unwrap().to_string();
    let uuid = created["vpnUuid"].as_str().unwrap();
    assert_eq!(uuid::Uuid::parse_str(uuid).unwrap().get_version_num(), 4);
    // A username is unique in any case: exit 2, nothing created.
    server
        .run_as_input(
            &admin,
            &["users", "create", "OLGA", "--password-stdin"],
            &format!("{olga_pass}\n"),
        )
        .fails(2, "taken");
    // The policy, server side: the username inside the password.
    server
        .run_as_input(
            &admin,
            &["users", "create", "bob", "--password-stdin"],
            "bob-bob-bob-bob-bob\n",
        )
        .fails(2, "contains the username");
    // Without a terminal, create needs --password-stdin.
    server
        .run_as(&admin, &["users", "create", "bob"])
        .fails(2, "--password-stdin");

    let list = server
        .run_as(
            &admin,
            &["users", "list", "--role", "operator", "-o", "json"],
        )
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["username"], "olga");
    let csv = server.run_as(&admin, &["users", "list", "--search", "OL", "-o", "csv"]);
    assert!(csv.ok().contains("olga"), "{}", csv.stdout);
    let shown = server
        .run_as(&admin, &["users", "show", &id, "-o", "json"])
        .json();
    assert_eq!(shown["username"], "olga");

    let updated = server
        .run_as(
            &admin,
            &["users", "update", &id, "--type", "free", "-o", "json"],
        )
        .json();
    assert_eq!(
        (&updated["role"], &updated["userType"]),
        (&json!("OPERATOR"), &json!("FREE"))
    );
    server
        .run_as(&admin, &["users", "update", &id, "--type", "admin"])
        .fails(2, "admin role only");

    // Disabling: --yes without a terminal; her session ends at once, her login is refused.
    let (olga, _) = server.login("olga", olga_pass);
    server
        .run_as(&admin, &["users", "disable", &id])
        .fails(2, "--yes");
    let disabled = server
        .run_as(&admin, &["users", "disable", &id, "--yes", "-o", "json"])
        .json();
    assert_eq!(disabled["status"], "DISABLED");
    assert_eq!(
        disabled["revokedTokens"], 2,
        "her access and refresh tokens"
    );
    server.run_as(&olga, &["auth", "status"]).fails(4, "");
    let (_, refused) = server.graphql(
        "mutation($p: String!) { authenticate(username: \"olga\", password: $p) { accessToken } }",
        json!({"p": olga_pass}),
        None,
    );
    assert_eq!(error_code(&refused), "AUTH_001");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("disabled")
    );

    let enabled = server
        .run_as(&admin, &["users", "enable", &id, "-o", "json"])
        .json();
    assert_eq!(enabled["status"], "ACTIVE");
    server.login("olga", olga_pass);

    // An admin resets her password: the old one stops working.
    let new_pass = "a brand new passphrase";
    let reset = server
        .run_as_input(
            &admin,
            &[
                "users",
                "reset-password",
                &id,
                "--password-stdin",
                "-o",
                "json",
            ],
            &format!("{new_pass}\n"),
        )
        .json();
    assert_eq!(reset["revokedTokens"], 2);
    let (_, old) = server.graphql(
        "mutation($p: String!) { authenticate(username: \"olga\", password: $p) { accessToken } }",
        json!({"p": olga_pass}),
        None,
    );
    assert_eq!(error_code(&old), "AUTH_001");
    server.login("olga", new_pass);

    // Deleting is soft: listed only with --status deleted, the name stays reserved, no change
    // after it.
    server
        .run_as(&admin, &["users", "delete", &id, "--yes"])
        .ok();
    let deleted = server
        .run_as(
            &admin,
            &["users", "list", "--status", "deleted", "-o", "json"],
        )
        .json();
    assert_eq!(deleted[0]["id"], id.as_str(), "{deleted}");
    assert_eq!(total(&server, &admin), 1, "only root is listed by default");
    server
        .run_as(&admin, &["users", "enable", &id])
        .fails(3, "not found");
    server
        .run_as_input(
            &admin,
            &["users", "create", "olga", "--password-stdin"],
            &format!("{olga_pass}\n"),
        )
        .fails(2, "taken");
    let (_, gone) = server.graphql(
        "mutation($p: String!) { authenticate(username: \"olga\", password: $p) { accessToken } }",
        json!({"p": new_pass}),
        None,
    );
    assert_eq!(
        gone["errors"][0]["message"], "invalid username or password",
        "a deleted account answers like an unknown one: {gone}"
    );
}

#[test]
fn the_last_active_admin_cannot_remove_themself() {
    let (_dir, server) = fresh_platform();
    let (admin, _) = server.login("root", PASS);
    let root = gql(&server, &admin, "{ me { id } }", json!({}))["data"]["me"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for args in [
        vec!["users", "disable", root.as_str(), "--yes"],
        vec!["users", "delete", root.as_str(), "--yes"],
        vec![
            "users",
            "update",
            root.as_str(),
            "--role",
            "user",
            "--type",
            "free",
        ],
    ] {
        server.run_as(&admin, &args).fails(2, "last active admin");
    }
    // Nothing changed: root is an active admin and its token works.
    let me = gql(
        &server,
        &admin,
        "query($v: ID!) { user(id: $v) { role status } }",
        json!({"v": root}),
    );
    assert_eq!(
        me["data"]["user"],
        json!({"role": "ADMIN", "status": "ACTIVE"})
    );

    // With a second admin, root may step down.
    let second = gql(
        &server,
        &admin,
        CREATE,
        json!({"i": {"username": "second", "password": "the other passphrase 2", "role": "ADMIN"}}),
    );
    assert_eq!(
        second["data"]["createUser"]["userType"], "ADMIN",
        "{second}"
    );
    server
        .run_as(
            &admin,
            &["users", "update", &root, "--role", "user", "--type", "free"],
        )
        .ok();
    // root is no admin any more: its token now gets AUTH_001 for admin fields.
    let users = gql(
        &server,
        &admin,
        "{ users { pageInfo { totalItems } } }",
        json!({}),
    );
    assert_eq!(error_code(&users), "AUTH_001");
}

#[test]
fn auth_passwd_needs_the_current_password() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (other_session, _) = server.login("user", "user-demo-pass");
    let new = "my new long passphrase";
    server
        .run_as_input(
            &user,
            &["auth", "passwd", "--password-stdin"],
            &format!("wrong-pass\n{new}\n"),
        )
        .fails(4, "current password is wrong");
    server
        .run_as_input(
            &user,
            &["auth", "passwd", "--password-stdin"],
            "user-demo-pass\nshort\n",
        )
        .fails(2, "at least 12");
    server
        .run_as_input(
            &user,
            &["auth", "passwd", "--password-stdin"],
            "user-demo-pass\n",
        )
        .fails(2, "one a line");
    server
        .run_as(&user, &["auth", "passwd"])
        .fails(2, "--password-stdin");
    // Nothing changed so far: the old password still logs in.
    server.login("user", "user-demo-pass");

    let changed = server
        .run_as_input(
            &user,
            &["auth", "passwd", "--password-stdin", "-o", "json"],
            &format!("user-demo-pass\n{new}\n"),
        )
        .json();
    assert_eq!(changed["success"], true);
    assert!(changed["revokedTokens"].as_i64().unwrap() >= 4, "{changed}");
    // This session stays; the others ended; the new password logs in, the old one does not.
    server.run_as(&user, &["auth", "status"]).ok();
    server
        .run_as(&other_session, &["auth", "status"])
        .fails(4, "");
    server.login("user", new);
    let (_, old) = server.graphql(
        "mutation { authenticate(username: \"user\", password: \"user-demo-pass\") { accessToken } }",
        json!({}),
        None,
    );
    assert_eq!(error_code(&old), "AUTH_001");
}

#[test]
fn a_disabled_accounts_open_websocket_loses_its_subscription() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let admin = server.admin_token();
    let mut ws = crate::ws_limits::live_subscription(&server, &operator);
    let disabled = gql(
        &server,
        &admin,
        "mutation { disableUser(userId: \"usr-operator\") { revokedTokens user { status } } }",
        json!({}),
    );
    assert_eq!(
        disabled["data"]["disableUser"]["user"]["status"], "DISABLED",
        "{disabled}"
    );
    crate::ws_limits::assert_ended_by_lost_token(&mut ws);
    // And over HTTP, at once.
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&operator));
    assert_eq!(error_code(&me), "AUTH_001");
}

#[test]
fn a_disabled_account_is_refused_even_with_a_token_that_was_not_revoked() {
    // The token lookup checks the account's state on its own: a change made in the database
    // (or a token that escaped the revocation) does not keep working.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let server = TestServer::start_with_db(db.to_str().unwrap(), &[]);
    let (user, refresh) = server.login("user", "user-demo-pass");
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        sqlx::query("UPDATE users SET disabled_at = 1 WHERE username = 'user'")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    });
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&user));
    assert_eq!(error_code(&me), "AUTH_001");
    assert!(
        me["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("disabled"),
        "{me}"
    );
    let (_, refreshed) = server.graphql(
        "mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }",
        json!({"t": refresh}),
        None,
    );
    assert_eq!(error_code(&refreshed), "AUTH_001");
}

fn write_csv(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn import_is_checked_written_all_or_nothing_and_safe_to_rerun() {
    let (dir, server) = fresh_platform();
    let (admin, _) = server.login("root", PASS);
    let good = write_csv(
        &dir,
        "good.csv",
        "username,role,user_type,password\n\
         olga,operator,premium,her own passphrase!\n\
         bob,user,,\n\
         =carol,user,free,\n",
    );
    // Dry run: the report, and nothing written. =carol is refused (not a username) and its
    // cell is neutralised in CSV output.
    let dry = server.run_as(
        &admin,
        &["users", "import", "--from", &good, "--dry-run", "-o", "csv"],
    );
    assert_eq!(dry.code, 2, "{}", dry.stderr);
    assert!(dry.stdout.contains("WOULD_CREATE"), "{}", dry.stdout);
    assert!(dry.stdout.contains("'=carol"), "{}", dry.stdout);
    assert!(dry.stderr.contains("1 row(s) failed"), "{}", dry.stderr);
    assert_eq!(total(&server, &admin), 1);

    // One bad row: its batch writes nothing.
    let bad = server.run_as(&admin, &["users", "import", "--from", &good, "-o", "json"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    let report: Value = serde_json::from_str(&bad.stdout).unwrap();
    let actions: Vec<(i64, &str)> = report
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["row"].as_i64().unwrap(), r["action"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actions,
        [(2, "WOULD_CREATE"), (3, "WOULD_CREATE"), (4, "ERROR")]
    );
    assert!(
        report[0]["message"]
            .as_str()
            .unwrap()
            .contains("none was written")
    );
    assert_eq!(total(&server, &admin), 1, "nothing was written");

    // Fixed: created; bob's generated password is reported once and works.
    let fixed = write_csv(
        &dir,
        "fixed.csv",
        "username,role,user_type,password\n\
         olga,operator,premium,her own passphrase!\n\
         bob,user,,\n",
    );
    let done = server
        .run_as(&admin, &["users", "import", "--from", &fixed, "-o", "json"])
        .json();
    assert_eq!(done[0]["action"], "CREATED");
    assert_eq!(done[0]["generatedPassword"], Value::Null);
    let generated = done[1]["generatedPassword"].as_str().unwrap();
    server.login("bob", generated);
    server.login("olga", "her own passphrase!");
    assert_eq!(total(&server, &admin), 3);

    // A rerun changes nothing; a conflicting role is an error naming the existing one.
    let rerun = server
        .run_as(&admin, &["users", "import", "--from", &fixed, "-o", "json"])
        .json();
    let actions: Vec<&str> = rerun
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["UNCHANGED", "UNCHANGED"]);
    assert_eq!(rerun[1]["generatedPassword"], Value::Null);
    let conflict = write_csv(&dir, "conflict.csv", "username,role\nbob,operator\n");
    server
        .run_as(&admin, &["users", "import", "--from", &conflict])
        .fails(2, "1 row(s) failed");
    let body = gql(
        &server,
        &admin,
        "mutation { importUsers(rows: [{row: 2, username: \"BOB\", role: \"operator\"}]) { failed rows { message } } }",
        json!({}),
    );
    let message = body["data"]["importUsers"]["rows"][0]["message"]
        .as_str()
        .unwrap();
    assert!(message.contains("role USER"), "{message}");
    assert_eq!(total(&server, &admin), 3);

    // A bad file is refused before anything is sent.
    let typo = write_csv(&dir, "typo.csv", "user,role\nx,user\n");
    server
        .run_as(&admin, &["users", "import", "--from", &typo])
        .fails(2, "unknown column 'user'");
}

#[test]
fn bad_input_to_the_accounts_api_changes_nothing() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let before = total(&server, &admin);
    let long = "x".repeat(129);
    let rows: Vec<Value> = (0..101)
        .map(|i| json!({"row": i, "username": format!("u{i}"), "role": "user"}))
        .collect();
    for (query, variables, code) in [
        // Missing, unknown, oversized ids.
        (
            "mutation { disableUser(userId: \"\") { revokedTokens } }",
            json!({}),
            "VAL_001",
        ),
        (
            "mutation { disableUser(userId: \"usr-nope\") { revokedTokens } }",
            json!({}),
            "RSC_001",
        ),
        (
            "mutation($v: ID!) { deleteUser(userId: $v) { revokedTokens } }",
            json!({"v": long}),
            "VAL_001",
        ),
        (
            "query { user(id: \"usr-nope\") { id } }",
            json!({}),
            "RSC_001",
        ),
        (
            "mutation { disableUser { revokedTokens } }",
            json!({}),
            "VAL_001",
        ),
        // Wrong types.
        (
            "mutation { updateUser(input: {userId: \"usr-user\", role: SUPERUSER}) { id } }",
            json!({}),
            "VAL_001",
        ),
        (
            "mutation { createUser(input: {username: 5, password: \"a long passphrase here\"}) { id } }",
            json!({}),
            "VAL_001",
        ),
        (
            "mutation { updateUser(input: {userId: \"usr-user\"}) { id } }",
            json!({}),
            "VAL_001",
        ),
        // Oversized and odd strings.
        (
            "mutation($u: String!) { createUser(input: {username: $u, password: \"a long passphrase here\"}) { id } }",
            json!({"u": "u".repeat(65)}),
            "VAL_001",
        ),
        (
            "mutation($p: String!) { createUser(input: {username: \"newbie\", password: $p}) { id } }",
            json!({"p": "p".repeat(257)}),
            "VAL_001",
        ),
        (
            "mutation { createUser(input: {username: \"new\\nline\", password: \"a long passphrase here\"}) { id } }",
            json!({}),
            "VAL_001",
        ),
        (
            "query($s: String) { users(filter: {search: $s}) { pageInfo { totalItems } } }",
            json!({"s": "s".repeat(65)}),
            "VAL_001",
        ),
        (
            "{ users(pagination: {page: 0, size: 10}) { pageInfo { totalItems } } }",
            json!({}),
            "VAL_001",
        ),
        // Duplicates: a demo username, in another case.
        (
            "mutation { createUser(input: {username: \"OPERATOR\", password: \"a long passphrase here\"}) { id } }",
            json!({}),
            "VAL_001",
        ),
        // Imports: empty and oversized batches.
        (
            "mutation { importUsers(rows: []) { failed } }",
            json!({}),
            "VAL_001",
        ),
        (
            "mutation($r: [ImportUserRow!]!) { importUsers(rows: $r) { failed } }",
            json!({"r": rows}),
            "VAL_001",
        ),
        (
            "mutation { changePassword(currentPassword: \"\", newPassword: \"a long passphrase here\") { success } }",
            json!({}),
            "VAL_001",
        ),
    ] {
        let (_, body) = server.graphql(query, variables, Some(&admin));
        assert_eq!(error_code(&body), code, "{query}: {body}");
        assert!(
            body["data"].is_null()
                || body["data"]
                    .as_object()
                    .is_some_and(|d| d.values().all(Value::is_null)),
            "{body}"
        );
    }
    assert_eq!(
        total(&server, &admin),
        before,
        "nothing was created or removed"
    );
    // CLI exit codes: unknown 3, invalid 2, not an admin 4.
    server
        .run_as(&admin, &["users", "show", "usr-nope"])
        .fails(3, "RSC_001");
    server
        .run_as(&admin, &["users", "show", "usr nope"])
        .fails(2, "USER_ID");
    server
        .run_as(&admin, &["users", "list", "--search", &"s".repeat(65)])
        .fails(2, "--search");
    let (user, _) = server.login("user", "user-demo-pass");
    server
        .run_as(&user, &["users", "list"])
        .fails(4, "AUTH_001");
}

#[test]
fn account_mutations_are_audited_with_their_ids_only() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let created = gql(
        &server,
        &admin,
        CREATE,
        json!({"i": {"username": "audited", "password": "some long passphrase"}}),
    );
    let id = created["data"]["createUser"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for query in [
        "mutation($v: ID!) { disableUser(userId: $v) { revokedTokens } }",
        "mutation($v: ID!) { enableUser(userId: $v) { id } }",
        "mutation($v: ID!) { resetUserPassword(userId: $v, newPassword: \"another passphrase\") { revokedTokens } }",
        "mutation($v: ID!) { deleteUser(userId: $v) { revokedTokens } }",
    ] {
        let body = gql(&server, &admin, query, json!({"v": id}));
        assert!(body["errors"].is_null(), "{body}");
    }
    let log = gql(
        &server,
        &admin,
        "{ auditLog(filter: {user: \"admin\"}, pagination: {page: 1, size: 20}) { items { operation targetIds result } } }",
        json!({}),
    );
    let rows: Vec<(String, Value, String)> = log["data"]["auditLog"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["operation"].as_str().unwrap().to_string(),
                r["targetIds"].clone(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for operation in [
        "disableUser",
        "enableUser",
        "resetUserPassword",
        "deleteUser",
    ] {
        assert!(
            rows.contains(&(operation.into(), json!([id]), "OK".into())),
            "{operation}: {rows:?}"
        );
    }
    // createUser has no id argument; its row is there, and no password is anywhere.
    assert!(
        rows.contains(&("createUser".into(), json!([]), "OK".into())),
        "{rows:?}"
    );
    assert!(!log.to_string().contains("passphrase"), "{log}");
}

#[test]
fn the_servers_password_minimum_applies_to_new_accounts() {
    let server = TestServer::start(&["--password-min-length", "20"]);
    let admin = server.admin_token();
    let body = gql(
        &server,
        &admin,
        CREATE,
        json!({"i": {"username": "newbie", "password": "fifteen chars!!"}}),
    );
    assert_eq!(error_code(&body), "VAL_001");
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("at least 20 characters"), "{message}");
    let body = gql(
        &server,
        &admin,
        CREATE,
        json!({"i": {"username": "newbie", "password": "twenty-one characters"}}),
    );
    assert_eq!(body["data"]["createUser"]["username"], "newbie", "{body}");
    // Out of range: clap refuses before anything starts.
    Env::new()
        .run(&[
            "server",
            "--db",
            ":memory:",
            "--demo",
            "--password-min-length",
            "4",
        ])
        .fails(2, "8-256");
}

#[cfg(target_os = "linux")]
#[test]
fn deleting_asks_first_on_a_terminal() {
    use crate::common::pty::Pty;
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let created = gql(
        &server,
        &admin,
        CREATE,
        json!({"i": {"username": "doomed", "password": "some long passphrase"}}),
    );
    let id = created["data"]["createUser"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let spawn = || {
        let mut cmd = server.env.command();
        cmd.env("TERM", "xterm").env("VPNMINE_TOKEN", &admin).args([
            "--endpoint",
            &server.url,
            "users",
            "delete",
            &id,
        ]);
        Pty::spawn(cmd)
    };
    let mut declined = spawn();
    declined.expect(&format!("Delete {id}?"));
    declined.wait_for_key_reads();
    declined.send("n");
    let (code, screen) = declined.finish();
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("cancelled: nothing was changed"),
        "{screen}"
    );
    let still = gql(
        &server,
        &admin,
        "query($v: ID!) { user(id: $v) { status } }",
        json!({"v": id}),
    );
    assert_eq!(still["data"]["user"]["status"], "ACTIVE");

    let mut accepted = spawn();
    accepted.expect(&format!("Delete {id}?"));
    accepted.wait_for_key_reads();
    accepted.send("y");
    let (code, screen) = accepted.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("DELETED"), "{screen}");
}
