//! `vpnmine server backup`, `server backup verify` and `server restore` (issue #15): a backup
//! taken while a server serves and writes, damaged backups named as such, a restore refused
//! under a running server, a restore killed with SIGKILL at any moment, scheduled backups, and
//! `admin backup create|list` through the API.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use vpnmine::domain::backup_manifest;

use crate::common::{Env, TestServer, on_postgres};

const PASSWORD: &str = "correct-horse-battery-staple";

/// `vpnmine server init --db DB --admin NAME`.
fn init_db(env: &Env, db: &Path, admin: &str) {
    let mut cmd = env.command();
    cmd.args(["server", "init", "--db"])
        .arg(db)
        .args(["--admin", admin, "--password-stdin"]);
    Env::run_input(cmd, &format!("{PASSWORD}\n")).ok();
}

fn run(env: &Env, args: &[&str]) -> crate::common::Run {
    env.run(args)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temp path")
}

fn block_on<T>(work: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(work)
}

async fn connect(db: &Path) -> sqlx::SqliteConnection {
    use sqlx::ConnectOptions as _;
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(db)
        .connect()
        .await
        .expect("open the database")
}

/// What tells the databases of these tests apart: the usernames, the filler rows, and
/// whether SQLite finds the file sound.
#[derive(Debug, PartialEq, Eq)]
struct Fingerprint {
    users: String,
    filler: i64,
    integrity: String,
}

fn fingerprint(db: &Path) -> Fingerprint {
    block_on(async {
        let mut conn = connect(db).await;
        let users: String =
            sqlx::query_scalar("SELECT group_concat(username, ',') FROM (SELECT username FROM users ORDER BY username)")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        let has_filler: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'filler'")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        let filler = if has_filler == 1 {
            sqlx::query_scalar("SELECT COUNT(*) FROM filler")
                .fetch_one(&mut conn)
                .await
                .unwrap()
        } else {
            0
        };
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        use sqlx::Connection as _;
        conn.close().await.unwrap();
        Fingerprint {
            users,
            filler,
            integrity,
        }
    })
}

/// Adds a `filler` table of `rows` rows of 200 random-ish bytes, so that a restore takes long
/// enough to be killed in the middle of its work.
fn add_filler(db: &Path, rows: u32) {
    block_on(async {
        let mut conn = connect(db).await;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
             INSERT INTO filler (id, body) SELECT i, randomblob(200) FROM n;"
        )))
        .execute(&mut conn)
        .await
        .unwrap();
        use sqlx::Connection as _;
        conn.close().await.unwrap();
    });
}

fn backup(env: &Env, db: &Path, out: &Path) -> serde_json::Value {
    run(
        env,
        &[
            "server",
            "backup",
            "--db",
            s(db),
            "--out",
            s(out),
            "-o",
            "json",
        ],
    )
    .json()
}

fn read_users(server: &TestServer, token: &str) -> Vec<serde_json::Value> {
    let mut users: Vec<serde_json::Value> = server
        .run_as(token, &["users", "list", "--all", "-o", "json"])
        .json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|u| serde_json::json!({"id": u["id"], "username": u["username"], "role": u["role"]}))
        .collect();
    users.sort_by_key(|u| u["id"].to_string());
    users
}

#[test]
fn a_backup_taken_while_serving_verifies_and_restores_to_the_same_answers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let out = dir.path().join("live.vpnbak");
    // The simulator writes heartbeats all along, from the server's own connections.
    let server = TestServer::start_with_db(s(&db), &["--simulate", "1s"]);
    let token = server.admin_token();
    let before = read_users(&server, &token);
    // Not the servers' status: it follows the simulator's load figures and the heartbeats' age.
    let (_, servers_before) = server.graphql(
        "{ miningServers(pagination: {page: 1, size: 500}) { items { id hostName } } }",
        serde_json::json!({}),
        Some(&token),
    );

    let made = backup(&server.env, &db, &out);
    assert!(made["rows"].as_u64().unwrap() > 1000, "{made}");
    assert!(out.is_file());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "scratch files left: {leftovers:?}");

    // A change after the backup, which the restore must undo.
    server
        .run_as_input(
            &token,
            &[
                "users",
                "create",
                "after-backup",
                "--role",
                "user",
                "--type",
                "free",
                "--password-stdin",
            ],
            &format!("{PASSWORD}\n"),
        )
        .ok();
    assert_ne!(read_users(&server, &token), before);

    let verified = run(
        &server.env,
        &["server", "backup", "verify", s(&out), "-o", "json"],
    )
    .json();
    assert_eq!(verified["summary"]["ok"], true, "{verified}");
    let checks: Vec<&str> = verified["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        checks,
        [
            "manifest",
            "payload",
            "decompress",
            "database",
            "integrity",
            "foreignKeys",
            "rowCounts"
        ]
    );

    // While the server runs, a restore is refused and changes nothing.
    let refused = run(&server.env, &["server", "restore", s(&out), "--db", s(&db)]);
    refused.fails(5, "in use");
    let env = Env::new();
    drop(server);

    let restored = run(
        &env,
        &["server", "restore", s(&out), "--db", s(&db), "-o", "json"],
    )
    .json();
    let previous = PathBuf::from(
        restored["previous"]
            .as_str()
            .expect("the old database kept"),
    );
    assert!(previous.is_file(), "{restored}");
    assert!(
        fingerprint(&previous).users.contains("after-backup"),
        "the kept database is the one replaced"
    );

    let server = TestServer::start_with_db(s(&db), &[]);
    let token = server.admin_token();
    assert_eq!(read_users(&server, &token), before);
    let (_, servers_after) = server.graphql(
        "{ miningServers(pagination: {page: 1, size: 500}) { items { id hostName } } }",
        serde_json::json!({}),
        Some(&token),
    );
    assert_eq!(servers_after, servers_before);
}

/// A small backup, its bytes, and where the manifest frame starts.
fn small_backup(env: &Env, dir: &Path) -> (PathBuf, Vec<u8>, usize) {
    let db = dir.join("small.db");
    init_db(env, &db, "root");
    let out = dir.join("small.vpnbak");
    backup(env, &db, &out);
    let bytes = std::fs::read(&out).unwrap();
    let tail = &bytes[bytes.len() - backup_manifest::TRAILER_LEN..];
    let layout = backup_manifest::locate(bytes.len() as u64, tail).unwrap();
    (out, bytes, layout.payload_len as usize)
}

#[test]
fn verify_names_the_damage_with_exit_7() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let (good, bytes, payload_len) = small_backup(&env, dir.path());
    run(&env, &["server", "backup", "verify", s(&good)]).ok();

    // A flipped byte in the compressed database.
    let flipped = dir.path().join("flipped.vpnbak");
    let mut damaged = bytes.clone();
    damaged[payload_len / 2] ^= 0x40;
    std::fs::write(&flipped, &damaged).unwrap();
    let verdict = run(
        &env,
        &["server", "backup", "verify", s(&flipped), "-o", "json"],
    );
    verdict.fails(7, "payload: SHA-256");
    let report: serde_json::Value = serde_json::from_str(&verdict.stdout).unwrap();
    assert_eq!(report["summary"]["ok"], false, "{report}");

    // A truncated file.
    let truncated = dir.path().join("truncated.vpnbak");
    std::fs::write(&truncated, &bytes[..bytes.len() - 100]).unwrap();
    run(&env, &["server", "backup", "verify", s(&truncated)]).fails(7, "truncated");

    // A manifest whose row count is wrong (the frame itself well formed).
    let frame = &bytes[payload_len..];
    let mut manifest = backup_manifest::decode_frame(frame).unwrap();
    *manifest.tables.get_mut("users").unwrap() += 1;
    let mut miscounted = bytes[..payload_len].to_vec();
    miscounted.extend(backup_manifest::encode_frame(&manifest));
    let wrong_count = dir.path().join("miscounted.vpnbak");
    std::fs::write(&wrong_count, &miscounted).unwrap();
    run(&env, &["server", "backup", "verify", s(&wrong_count)])
        .fails(7, "rowCounts: users: 1 rows, the manifest says 2");

    // Not a backup at all, and no file at all.
    let garbage = dir.path().join("garbage.vpnbak");
    std::fs::write(&garbage, b"hello, this is not a backup file at all").unwrap();
    run(&env, &["server", "backup", "verify", s(&garbage)]).fails(7, "manifest");
    run(
        &env,
        &["server", "backup", "verify", s(&dir.path().join("none"))],
    )
    .fails(3, "no backup file");

    // Restore refuses a damaged backup and leaves the database as it was.
    let db = dir.path().join("target.db");
    init_db(&env, &db, "keeper");
    let before = fingerprint(&db);
    run(&env, &["server", "restore", s(&flipped), "--db", s(&db)]).fails(7, "damaged");
    assert_eq!(fingerprint(&db), before);
    assert_no_partials(dir.path());
}

#[test]
fn a_failed_backup_leaves_nothing() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let not_a_db = dir.path().join("not.db");
    std::fs::write(&not_a_db, vec![b'x'; 8192]).unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("b.vpnbak");
    let failed = run(
        &env,
        &["server", "backup", "--db", s(&not_a_db), "--out", s(&out)],
    );
    failed.fails(1, "not a database");
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 0);
    run(
        &env,
        &[
            "server",
            "backup",
            "--db",
            s(&dir.path().join("missing.db")),
            "--out",
            s(&out),
        ],
    )
    .fails(3, "no database");
}

/// The database at `db` as a crash left it: `old` (an admin `alpha`, one filler row) with the
/// filler row still only in its write-ahead log, as a server killed right after a write
/// leaves it. Restoring over it must never combine that log with the restored file.
fn crash_image(template: &Path, db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", template.display()));
        let to = PathBuf::from(format!("{}{suffix}", db.display()));
        let _ = std::fs::remove_file(&to);
        if from.exists() {
            std::fs::copy(&from, &to).unwrap();
        }
    }
}

/// Makes the template of [`crash_image`]: `template` and `template-wal`.
fn make_crash_template(env: &Env, template: &Path) {
    init_db(env, template, "alpha");
    block_on(async {
        let mut conn = connect(template).await;
        sqlx::raw_sql("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::raw_sql(
            "CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
             INSERT INTO filler (body) VALUES (x'00');",
        )
        .execute(&mut conn)
        .await
        .unwrap();
        // Copy the files while the connection is open: its log is not checkpointed yet.
        let wal = PathBuf::from(format!("{}-wal", template.display()));
        assert!(std::fs::metadata(&wal).unwrap().len() > 0);
        let image = template.with_extension("image");
        std::fs::copy(template, &image).unwrap();
        std::fs::copy(&wal, format!("{}-wal", image.display())).unwrap();
        use sqlx::Connection as _;
        conn.close().await.unwrap();
        std::fs::rename(&image, template).unwrap();
        std::fs::rename(format!("{}-wal", image.display()), &wal).unwrap();
    });
}

/// Starts `server restore FILE --db DB`, pausing at `pause` when given.
fn spawn_restore(env: &Env, file: &Path, db: &Path, pause: Option<&str>) -> std::process::Child {
    let mut cmd = env.command();
    cmd.args(["server", "restore", s(file), "--db", s(db)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(point) = pause {
        cmd.env("VPNMINE_RESTORE_PAUSE_AT", point);
    }
    cmd.spawn().expect("spawn restore")
}

#[test]
fn a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template.db");
    make_crash_template(&env, &template);

    let new_db = dir.path().join("new.db");
    init_db(&env, &new_db, "bravo");
    add_filler(&new_db, 100_000);
    let file = dir.path().join("new.vpnbak");
    backup(&env, &new_db, &file);
    let new = fingerprint(&new_db);

    let db = dir.path().join("platform.db");
    crash_image(&template, &db);
    let old = fingerprint(&db);
    assert_eq!(
        old.filler, 1,
        "the template's row is readable through its log"
    );
    assert_ne!(old, new);

    // Killed at each named point.
    for point in backup_files_pause_points() {
        crash_image(&template, &db);
        let mut child = spawn_restore(&env, &file, &db, Some(point));
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        assert_eq!(line.trim(), format!("restore: paused at {point}"));
        child.kill().unwrap();
        child.wait().unwrap();
        let found = fingerprint(&db);
        let expected = if point == "renamed" { &new } else { &old };
        assert_eq!(&found, expected, "killed at {point}");
    }

    // How long a whole restore takes, then kills at random moments within it.
    crash_image(&template, &db);
    let started = Instant::now();
    let status = spawn_restore(&env, &file, &db, None).wait().unwrap();
    assert!(status.success());
    let whole = started.elapsed();
    assert_eq!(fingerprint(&db), new);
    let mut saw = (0, 0);
    for i in 0..12u32 {
        crash_image(&template, &db);
        let mut child = spawn_restore(&env, &file, &db, None);
        // Spread over the whole run, and a little past it.
        let delay = whole.mul_f64(f64::from((i * 7 + 3) % 13) / 11.0 + rand_jitter(i));
        std::thread::sleep(delay);
        let _ = child.kill();
        child.wait().unwrap();
        let found = fingerprint(&db);
        if found == old {
            saw.0 += 1;
        } else {
            assert_eq!(found, new, "killed after {delay:?} of {whole:?}");
            saw.1 += 1;
        }
    }
    assert!(saw.0 > 0, "some kills came before the swap: {saw:?}");

    // A restore after all those kills still works, and clears what the killed ones left.
    crash_image(&template, &db);
    let done = run(&env, &["server", "restore", s(&file), "--db", s(&db)]);
    done.ok();
    assert_eq!(fingerprint(&db), new);
    assert_no_partials(dir.path());
}

/// Asserts that no restore left a `.partial` file in `dir`.
fn assert_no_partials(dir: &std::path::Path) {
    let partials: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(partials.is_empty(), "{partials:?}");
}

fn backup_files_pause_points() -> [&'static str; 4] {
    vpnmine::server::backup_files::PAUSE_POINTS
}

/// A small, different offset for each round (0 to 0.1), from the clock's nanoseconds.
fn rand_jitter(round: u32) -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .subsec_nanos();
    f64::from((nanos ^ round.wrapping_mul(2_654_435_761)) % 1000) / 10_000.0
}

/// The "backups" component of `systemHealth`, as the admin `root` of [`init_db`] reads it.
fn backups_component(server: &TestServer) -> serde_json::Value {
    let (token, _) = server.login("root", PASSWORD);
    let (_, body) = server.graphql(
        "{ systemHealth { status components { name status message metrics } } }",
        serde_json::json!({}),
        Some(&token),
    );
    body["data"]["systemHealth"]["components"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .find(|c| c["name"] == "backups")
        .cloned()
        .expect("a backups component")
}

fn backup_files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "vpnbak"));
    files.sort();
    files
}

#[test]
fn the_schedule_takes_backups_prunes_to_keep_and_reports_failures() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("scheduled.db");
    init_db(&env, &db, "root");
    let backups = dir.path().join("kept");
    let server = TestServer::start_without_demo(
        s(&db),
        &[
            "--backup-dir",
            s(&backups),
            "--backup-every",
            "2s",
            "--backup-keep",
            "2",
        ],
    );
    let quiet = backups_component(&server);
    assert_eq!(quiet["status"], "HEALTHY", "{quiet}");
    // Three or four runs: two kept.
    std::thread::sleep(Duration::from_millis(7_500));
    let health = backups_component(&server);
    assert_eq!(health["status"], "HEALTHY", "{health}");
    assert_eq!(health["metrics"]["lastStatus"], "COMPLETED", "{health}");
    assert_eq!(health["metrics"]["keep"], 2);
    // Stopped first, so that no prune runs while the kept files are verified.
    drop(server);
    let kept = backup_files_in(&backups);
    assert_eq!(kept.len(), 2, "{kept:?}");
    for file in &kept {
        run(&env, &["server", "backup", "verify", s(file)]).ok();
    }

    // A backup folder that cannot be created: the failure shows in systemHealth.
    let blocked = dir.path().join("a-file");
    std::fs::write(&blocked, b"not a folder").unwrap();
    let server = TestServer::start_without_demo(
        s(&db),
        &[
            "--backup-dir",
            s(&blocked.join("sub")),
            "--backup-every",
            "1s",
        ],
    );
    std::thread::sleep(Duration::from_millis(2_500));
    let health = backups_component(&server);
    assert_eq!(health["status"], "DEGRADED", "{health}");
    assert_eq!(health["metrics"]["lastStatus"], "FAILED", "{health}");
    assert!(
        health["message"].as_str().unwrap().contains("failed"),
        "{health}"
    );
}

#[test]
fn admin_backup_create_and_list_through_the_api_and_audited() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db");
    init_db(&env, &db, "root");
    let folder = dir.path().join("api-backups");
    std::fs::create_dir(&folder).unwrap();
    // Not a backup: listed as FAILED, with the reason.
    std::fs::write(folder.join("junk.vpnbak"), b"not a backup").unwrap();
    let server = TestServer::start_without_demo(s(&db), &["--backup-dir", s(&folder)]);
    let (token, _) = server.login("root", PASSWORD);

    let created = server
        .run_as(&token, &["admin", "backup", "create", "-o", "json"])
        .json();
    let backup = &created["backup"];
    let id = backup["id"].as_str().expect("an id").to_string();
    assert!(
        id.starts_with("vpnmine-") && id.ends_with(".vpnbak"),
        "{created}"
    );
    assert_eq!(backup["status"], "COMPLETED", "{created}");
    assert_eq!(backup["type"], "FULL", "{created}");
    assert_eq!(backup["validation"]["valid"], true, "{created}");
    assert!(backup["size"].as_f64().unwrap() > 0.0, "{created}");
    let users = created["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "users")
        .cloned()
        .unwrap_or_else(|| panic!("no users table: {created}"));
    assert_eq!(users["size"], 1.0, "{created}");
    assert_eq!(users["type"], "TABLE");
    let file = folder.join(&id);
    run(&env, &["server", "backup", "verify", s(&file)]).ok();

    let listed = server
        .run_as(&token, &["admin", "backup", "list", "-o", "json"])
        .json();
    let listed = listed.as_array().expect("a list");
    let ids: Vec<&str> = listed.iter().map(|b| b["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [id.as_str(), "junk.vpnbak"], "newest first");
    assert_eq!(listed[1]["status"], "FAILED");
    assert_eq!(listed[1]["validation"]["valid"], false);
    assert!(
        listed[1]["validation"]["message"]
            .as_str()
            .unwrap()
            .starts_with("the file is 12 bytes, too short"),
        "{listed:?}"
    );
    let table = server.run_as(&token, &["admin", "backup", "list"]);
    assert!(table.ok().contains(&id), "{}", table.ok());
    let csv = server.run_as(&token, &["admin", "backup", "list", "-o", "csv"]);
    assert!(
        csv.ok()
            .starts_with("ID,STATUS,START,END,SIZE,SCHEMA,MESSAGE"),
        "{}",
        csv.ok()
    );

    let audit = server
        .run_as(
            &token,
            &[
                "admin",
                "audit",
                "--operation",
                "createBackup",
                "-o",
                "json",
            ],
        )
        .json();
    let rows = audit.as_array().expect("a list");
    assert_eq!(rows.len(), 1, "{audit}");
    assert_eq!(rows[0]["result"], "OK", "{audit}");
    assert!(rows[0]["targetIds"].to_string().contains(&id), "{audit}");
}

#[test]
fn admin_backup_create_is_refused_for_a_database_in_memory_and_list_for_users() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    // The suite's servers run on SQLite in memory, or on PostgreSQL (VPNMINE_TEST_ENGINE).
    let why = if on_postgres() {
        "back it up with pg_dump"
    } else {
        "in memory"
    };
    server
        .run_as(&admin, &["admin", "backup", "create"])
        .fails(2, why);
    let (user, _) = server.login("user", "user-demo-pass");
    server
        .run_as(&user, &["admin", "backup", "list"])
        .fails(4, "");
}
