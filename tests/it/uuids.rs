//! UUID validation and migration over HTTP, and a migration killed with SIGKILL mid-way.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use vpnmine::server::store::Store;
use vpnmine::server::store::seed::DemoSize;

use crate::common::{TestServer, error_code};

const VALIDATE: &str = "mutation($ids: [ID!]) { validateUserUuids(userIds: $ids) { success validatedCount invalidEntries { userId uuid reason serverId } recommendations { action affected } } }";
const MIGRATE: &str = "mutation($input: MigrateUuidsInput) { migrateUserUuids(input: $input) { success dryRun migratedCount errors { userId reason } details { userId oldUuid newUuid status } } }";
const CONFIGS: &str = "query($page: Int!) { miningServers(pagination: {page: $page, size: 500, sort: {field: HOST_NAME}}) { pageInfo { hasNext } items { id protocols { type configString } } } }";

/// Users of the demo network at a scale: its users, operators and the three named accounts.
fn demo_users(scale: u32) -> usize {
    let size = DemoSize::scale(scale);
    size.users + size.operators + 3
}

fn validate(server: &TestServer, token: &str, ids: Option<Vec<&str>>) -> Value {
    let (status, body) = server.graphql(VALIDATE, json!({ "ids": ids }), Some(token));
    assert_eq!(status, 200, "{body}");
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["validateUserUuids"].clone()
}

fn migrate(server: &TestServer, token: &str, input: Value) -> Value {
    let (status, body) = server.graphql(MIGRATE, json!({ "input": input }), Some(token));
    assert_eq!(status, 200, "{body}");
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["migrateUserUuids"].clone()
}

/// Every VLESS/REALITY configuration as the admin sees it: (server, type) → configString.
fn configs(server: &TestServer, token: &str) -> HashMap<(String, String), String> {
    let mut out = HashMap::new();
    for page in 1.. {
        let (_, body) = server.graphql(CONFIGS, json!({ "page": page }), Some(token));
        let data = &body["data"]["miningServers"];
        for item in data["items"].as_array().expect("items") {
            for protocol in item["protocols"].as_array().unwrap() {
                let kind = protocol["type"].as_str().unwrap();
                if kind == "VLESS" || kind == "REALITY" {
                    out.insert(
                        (item["id"].as_str().unwrap().into(), kind.into()),
                        protocol["configString"].as_str().unwrap().into(),
                    );
                }
            }
        }
        if data["pageInfo"]["hasNext"] != json!(true) {
            break;
        }
    }
    out
}

fn client_ids(config: &str) -> Vec<String> {
    let config: Value = serde_json::from_str(config).unwrap();
    config["clients"]
        .as_array()
        .map(|clients| {
            clients
                .iter()
                .map(|c| c["id"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_demo_network_validates_and_a_dry_run_changes_nothing() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let report = validate(&server, &admin, None);
    let users = demo_users(1);
    assert_eq!(report["validatedCount"], json!(users), "{report}");
    assert_eq!(report["success"], json!(true), "{report}");
    assert_eq!(report["invalidEntries"], json!([]));
    // Only the note about users in no configuration (the admin and operators among them).
    let recommendations = report["recommendations"].as_array().unwrap();
    assert_eq!(recommendations.len(), 1, "{report}");
    let unprovisioned = recommendations[0]["affected"].as_u64().unwrap() as usize;
    assert!(unprovisioned > 40 && unprovisioned < users, "{report}");
    assert!(
        recommendations[0]["action"]
            .as_str()
            .unwrap()
            .starts_with("Not an error: ")
    );

    let before = configs(&server, &admin);
    assert!(before.len() >= 300);
    let plan = migrate(
        &server,
        &admin,
        json!({ "dryRun": true, "batchSize": 1000 }),
    );
    assert_eq!(plan["dryRun"], json!(true));
    assert_eq!(plan["success"], json!(true));
    assert_eq!(plan["migratedCount"], json!(0));
    let details = plan["details"].as_array().unwrap();
    assert_eq!(details.len(), users);
    for detail in details {
        assert_eq!(detail["status"], "PLANNED", "{detail}");
        assert_ne!(detail["oldUuid"], detail["newUuid"]);
    }
    assert_eq!(configs(&server, &admin), before);
    assert_eq!(validate(&server, &admin, None), report);
    // Planned UUIDs are nobody's yet, and a second dry run plans other ones.
    let again = migrate(&server, &admin, json!({ "dryRun": true }));
    assert_ne!(again["details"][0]["newUuid"], details[0]["newUuid"]);
    assert_eq!(again["details"][0]["oldUuid"], details[0]["oldUuid"]);
}

#[test]
fn migrating_a_few_users_changes_their_uuid_everywhere() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    // Who holds which UUID: a dry run's plan says.
    let plan = migrate(&server, &admin, json!({ "dryRun": true }));
    let holder: HashMap<String, String> = plan["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["oldUuid"].as_str().unwrap().to_string(),
                d["userId"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let before = configs(&server, &admin);
    // The clients of the first REALITY endpoint (also in its server's VLESS one), and the admin.
    let (key, config) = before
        .iter()
        .filter(|((_, kind), _)| kind == "REALITY")
        .min()
        .unwrap();
    let olds: Vec<String> = client_ids(config);
    let mut seen = HashSet::new();
    let targets: Vec<String> = olds
        .iter()
        .map(|u| holder[u].clone())
        .chain(["usr-admin".to_string()])
        .filter(|user| seen.insert(user.clone()))
        .collect();

    let result = migrate(
        &server,
        &admin,
        json!({ "userIds": targets, "batchSize": 2 }),
    );
    assert_eq!(result["success"], json!(true), "{result}");
    assert_eq!(result["migratedCount"], json!(targets.len()));
    let details = result["details"].as_array().unwrap();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for (detail, user) in details.iter().zip(&targets) {
        assert_eq!(detail["userId"], json!(user));
        assert_eq!(detail["status"], "MIGRATED");
        renamed.insert(
            detail["oldUuid"].as_str().unwrap().into(),
            detail["newUuid"].as_str().unwrap().into(),
        );
    }
    let after = configs(&server, &admin);
    assert_eq!(after.len(), before.len());
    let mut rewritten = 0;
    for (endpoint, config) in &before {
        let expected: Vec<String> = client_ids(config)
            .into_iter()
            .map(|id| renamed.get(&id).cloned().unwrap_or(id))
            .collect();
        let now = client_ids(&after[endpoint]);
        assert_eq!(now, expected, "{endpoint:?}");
        if client_ids(config) != now {
            rewritten += 1;
        }
        for old in renamed.keys() {
            assert!(!after[endpoint].contains(old.as_str()), "{endpoint:?}");
        }
    }
    assert!(rewritten >= 1);
    assert_ne!(after[key], *config);
    // Everything still checks out, and the users' new UUIDs are what a new plan starts from.
    assert_eq!(validate(&server, &admin, None)["success"], json!(true));
    let ids: Vec<&str> = targets.iter().map(String::as_str).collect();
    let report = validate(&server, &admin, Some(ids.clone()));
    assert_eq!(report["validatedCount"], json!(ids.len()));
    let plan = migrate(&server, &admin, json!({ "userIds": ids, "dryRun": true }));
    for detail in plan["details"].as_array().unwrap() {
        assert!(renamed.values().any(|new| detail["oldUuid"] == json!(new)));
    }
}

#[test]
fn only_admins_migrate_and_inputs_are_checked() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (user, _) = server.login("user", "user-demo-pass");
    for token in [Some(operator.as_str()), Some(user.as_str()), None] {
        let (_, body) = server.graphql(VALIDATE, json!({}), token);
        assert_eq!(error_code(&body), "AUTH_001", "{body}");
        let (_, body) = server.graphql(MIGRATE, json!({ "input": { "dryRun": true } }), token);
        assert_eq!(error_code(&body), "AUTH_001", "{body}");
    }
    for size in [0, 20_000, -1] {
        let (_, body) = server.graphql(
            MIGRATE,
            json!({ "input": { "batchSize": size } }),
            Some(&admin),
        );
        assert_eq!(error_code(&body), "VAL_001", "{body}");
        assert!(body["data"].is_null() || body["data"]["migrateUserUuids"].is_null());
    }
    let (_, body) = server.graphql(MIGRATE, json!({ "input": { "userIds": [] } }), Some(&admin));
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    let (_, body) = server.graphql(
        MIGRATE,
        json!({ "input": { "userIds": ["usr-admin", "usr-nobody"] } }),
        Some(&admin),
    );
    assert_eq!(error_code(&body), "RSC_001", "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("usr-nobody")
    );
    let (_, body) = server.graphql(VALIDATE, json!({ "ids": ["usr-nobody"] }), Some(&admin));
    assert_eq!(error_code(&body), "RSC_001", "{body}");
    // Nothing was migrated by any of these.
    let (_, body) = server.graphql(
        MIGRATE,
        json!({ "input": { "userIds": ["usr-admin"], "dryRun": true } }),
        Some(&admin),
    );
    assert_eq!(
        body["data"]["migrateUserUuids"]["details"][0]["status"],
        "PLANNED"
    );
}

/// The database's view: users' UUIDs, VLESS/REALITY client ids, and MIGRATED backup rows
/// (user → (old, new, migration)).
struct Snapshot {
    users: HashMap<String, String>,
    configs: HashMap<String, Vec<String>>,
    migrated: HashMap<String, Vec<(String, String, String)>>,
}

async fn snapshot(store: &Store) -> Snapshot {
    let users: Vec<(String, String)> = sqlx::query_as("SELECT id, vpn_uuid FROM users")
        .fetch_all(store.pool())
        .await
        .unwrap();
    let configs: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, config FROM server_protocols WHERE type IN ('VLESS', 'REALITY')",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT user_id, old_uuid, new_uuid, migration_id FROM uuid_migrations WHERE status = 'MIGRATED'",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let mut migrated: HashMap<String, Vec<(String, String, String)>> = HashMap::new();
    for (user, old, new, run) in rows {
        migrated.entry(user).or_default().push((old, new, run));
    }
    Snapshot {
        users: users.into_iter().collect(),
        configs: configs
            .into_iter()
            .map(|(id, config)| (id, client_ids(&config)))
            .collect(),
        migrated,
    }
}

/// Every user is either untouched (its old UUID, no backup row) or migrated (one backup row from
/// its old UUID to the one it has now); every configuration is the original with exactly the
/// migrated users' UUIDs replaced. Returns how many users are migrated.
fn check_whole(original: &Snapshot, now: &Snapshot) -> usize {
    assert_eq!(now.users.len(), original.users.len());
    let mut renamed: HashMap<&str, &str> = HashMap::new();
    for (user, old) in &original.users {
        match now.migrated.get(user).map(Vec::as_slice) {
            None => assert_eq!(&now.users[user], old, "{user} changed without a backup row"),
            Some([(backup_old, new, _)]) => {
                assert_eq!(backup_old, old, "{user}");
                assert_eq!(
                    &now.users[user], new,
                    "{user} has a backup row but not its UUID"
                );
                renamed.insert(old.as_str(), new.as_str());
            }
            Some(rows) => panic!("{user} migrated {} times", rows.len()),
        }
    }
    for (endpoint, ids) in &original.configs {
        let expected: Vec<&str> = ids
            .iter()
            .map(|id| renamed.get(id.as_str()).copied().unwrap_or(id))
            .collect();
        assert_eq!(now.configs[endpoint], expected, "configuration {endpoint}");
    }
    renamed.len()
}

#[test]
fn a_migration_killed_at_any_moment_leaves_every_user_whole_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let db = db.to_str().unwrap();
    let scale = ["--demo-scale", "4"];
    let server = TestServer::start_with_db(db, &scale);
    let admin = server.admin_token();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = runtime.block_on(Store::open(db)).unwrap();
    let original = runtime.block_on(snapshot(&store));
    let users = demo_users(4);
    assert_eq!(original.users.len(), users);
    let distinct: HashSet<&String> = original.users.values().collect();
    assert_eq!(distinct.len(), users, "the demo's UUIDs are unique");

    // Migrate everyone in batches of 200 in the background; kill the server once a
    // pseudo-random number of batches (1 to 20) committed, plus 0-39 ms (often mid-batch).
    let (url, token) = (server.url.clone(), admin.clone());
    let background = std::thread::spawn(move || {
        let _ = crate::common::http()
            .timeout(Duration::from_secs(120))
            .build()
            .unwrap()
            .post(url)
            .bearer_auth(token)
            .json(&json!({ "query": MIGRATE, "variables": { "input": { "batchSize": 200 } } }))
            .send();
    });
    let noise = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let target = 200 * i64::from(1 + noise % 20);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let count: i64 = runtime
            .block_on(
                sqlx::query_scalar("SELECT COUNT(*) FROM uuid_migrations").fetch_one(store.pool()),
            )
            .unwrap();
        if count >= target {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the migration never committed a batch"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    std::thread::sleep(Duration::from_millis(u64::from(noise / 20 % 40)));
    drop(server); // SIGKILL, then wait
    background.join().unwrap();

    let killed = runtime.block_on(snapshot(&store));
    let migrated = check_whole(&original, &killed);
    eprintln!("killed after {migrated} of {users} users had been migrated");
    assert!(
        migrated > 0 && migrated < users,
        "killed after {migrated} of {users} users"
    );

    // Restarted, the same call resumes the interrupted migration and finishes it.
    let server = TestServer::start_with_db(db, &scale);
    let admin = server.admin_token();
    let started = Instant::now();
    let result = migrate(&server, &admin, json!({ "batchSize": 1000 }));
    eprintln!("the rest took {:?}", started.elapsed());
    assert_eq!(result["success"], json!(true));
    assert_eq!(result["migratedCount"], json!(users));
    let finished = runtime.block_on(snapshot(&store));
    assert_eq!(check_whole(&original, &finished), users);
    for (user, old_new) in &killed.migrated {
        assert_eq!(
            finished.migrated[user], *old_new,
            "{user} kept its first new UUID"
        );
    }
    let runs: HashSet<&String> = finished
        .migrated
        .values()
        .flat_map(|rows| rows.iter().map(|(_, _, run)| run))
        .collect();
    assert_eq!(runs.len(), 1, "one migration, resumed");
    let report = validate(&server, &admin, None);
    assert_eq!(report["success"], json!(true), "{report}");
    assert_eq!(report["validatedCount"], json!(users));
}

#[test]
fn restore_refuses_malformed_input_with_val_001_and_unknown_users_with_rsc_001() {
    const RESTORE: &str = "mutation($input: RestoreUuidsInput!) { restoreUserUuids(input: $input) { success details { userId status } } }";
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let uuid = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    let entry = |user: &str, current: &str| json!({"userId": user, "currentUuid": current, "restoreUuid": uuid});
    let cases = [
        (json!({"users": []}), "VAL_001", "1-10000"),
        (
            json!({"users": [entry("usr-a", "zzz")]}),
            "VAL_001",
            "currentUuid",
        ),
        (
            json!({"users": [entry("usr-a", uuid), entry("usr-a", uuid)]}),
            "VAL_001",
            "twice",
        ),
        (
            json!({"users": [entry("usr-a", uuid)], "batchSize": 0}),
            "VAL_001",
            "batchSize",
        ),
        (
            json!({"users": [entry("usr-nobody", uuid)]}),
            "RSC_001",
            "usr-nobody",
        ),
    ];
    for (input, code, needle) in cases {
        let (_, body) = server.graphql(RESTORE, json!({ "input": input }), Some(&admin));
        assert_eq!(error_code(&body), code, "{input}: {body}");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(needle), "{input}: {message}");
    }
}
