//! PostgreSQL for the tests (issue #18): the cluster named by `VPNMINE_TEST_PG`, or else a
//! throwaway one that `scripts/test-postgres.sh` starts for this test process (and stops when it
//! exits). Each test gets a database of its own in that cluster.
//!
//! A test that needs PostgreSQL skips, saying why, only when `VPNMINE_TEST_PG` is unset and no
//! cluster can be started. Under CI (`CI` set) it fails instead: CI never skips them.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use sqlx::Executor as _;
use sqlx::postgres::{PgPool, PgPoolOptions};

/// The cluster's URL, or why there is none.
fn cluster() -> &'static Result<String, String> {
    static CLUSTER: OnceLock<Result<String, String>> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        if let Ok(url) = std::env::var("VPNMINE_TEST_PG") {
            return Ok(url);
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/test-postgres.sh");
        let dir = std::env::temp_dir().join(format!("vpnmine-test-pg-{}", std::process::id()));
        let out = Command::new(&script)
            .arg("start")
            .arg(&dir)
            .arg(std::process::id().to_string())
            .output()
            .map_err(|e| format!("could not run {}: {e}", script.display()))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        } else {
            Err(format!(
                "{} could not start a cluster: {}",
                script.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    })
}

/// A new, empty database in the test cluster, or `None` (the test then skips) when there is no
/// cluster outside CI.
pub async fn fresh_database() -> Option<PgPool> {
    let url = match cluster() {
        Ok(url) => url,
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("PostgreSQL is required under CI: set VPNMINE_TEST_PG ({why})")
        }
        Err(why) => {
            eprintln!(
                "skipped: this test needs PostgreSQL. Set VPNMINE_TEST_PG=postgres://... or \
                 install PostgreSQL's server binaries ({why})"
            );
            return None;
        }
    };
    let admin = PgPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the test cluster {url}: {e}"));
    let name = format!(
        "vpnmine_test_{}",
        &uuid::Uuid::new_v4().simple().to_string()[..16]
    );
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("create the test database");
    admin.close().await;
    let mut url = reqwest::Url::parse(url).expect("VPNMINE_TEST_PG is a postgres:// URL");
    url.set_path(&name);
    Some(
        PgPoolOptions::new()
            .max_connections(4)
            .connect(url.as_str())
            .await
            .expect("connect to the test database"),
    )
}
