//! The local demo stays alive (issue #12, point 8): `--endpoint local` on a demo database a day
//! old brings its simulated agents up to now, and `mining claim --all` of the local admin shows
//! both what the rules pay and what they refuse.

use std::collections::HashSet;
use std::path::PathBuf;

use serde_json::Value;
use vpnmine::client::embedded::LOCAL_DEMO_SEED;
use vpnmine::domain::money::Tokens;
use vpnmine::server::store::Store;
use vpnmine::server::store::seed::DemoSize;

use crate::common::{Env, Run, tokens};

const DAY: i64 = 86_400;

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Where `--endpoint local` keeps its database in the isolated HOME of `env`.
fn local_db(env: &Env) -> PathBuf {
    env.home
        .path()
        .join("data")
        .join("vpnmine")
        .join("local.db")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Ids the query `sql` (of one parameter, `since`) selects from the local database.
fn local_ids(env: &Env, sql: &'static str, since: i64) -> HashSet<String> {
    runtime().block_on(async {
        let store = Store::open(&local_db(env).display().to_string())
            .await
            .unwrap();
        let ids: Vec<String> = sqlx::query_scalar(sql)
            .bind(since)
            .fetch_all(store.pool())
            .await
            .unwrap();
        store.pool().any_pool().close().await;
        ids.into_iter().collect()
    })
}

/// Ids of the servers whose last heartbeat is at least `since`.
fn reported_since(env: &Env, since: i64) -> HashSet<String> {
    local_ids(
        env,
        "SELECT id FROM servers WHERE last_heartbeat >= ?",
        since,
    )
}

fn json_rows(run: &Run) -> Vec<Value> {
    serde_json::from_str::<Value>(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr))
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The claim rows of one result (`paid` or `refused`).
fn claims<'a>(rows: &'a [Value], result: &str) -> Vec<&'a Value> {
    rows.iter().filter(|r| r["result"] == result).collect()
}

fn ids(rows: &[Value]) -> HashSet<String> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_day_old_local_demo_is_brought_up_to_now_and_claims_pay_again() {
    let env = Env::new();
    let seeded_at = unix_now() - DAY;
    runtime().block_on(async {
        let store = Store::open(&local_db(&env).display().to_string())
            .await
            .unwrap();
        store
            .seed_demo(LOCAL_DEMO_SEED, DemoSize::scale(1), seeded_at)
            .await
            .unwrap();
        store.pool().any_pool().close().await;
    });
    // A day old: nothing has reported for a day.
    assert!(reported_since(&env, seeded_at + 60).is_empty());
    let was_reporting = reported_since(&env, seeded_at - 300);

    let online = env.run(&[
        "--endpoint",
        "local",
        "servers",
        "list",
        "--status",
        "online",
        "--all",
        "-o",
        "json",
    ]);
    assert_eq!(online.code, 0, "{}", online.stderr);
    assert!(
        online.stderr.contains("idle for 24 hours"),
        "{}",
        online.stderr
    );
    let online = ids(&json_rows(&online));
    let offline = env.run(&[
        "--endpoint",
        "local",
        "servers",
        "list",
        "--status",
        "offline",
        "--all",
        "-o",
        "json",
    ]);
    assert_eq!(offline.code, 0, "{}", offline.stderr);
    // Within the hour of the first run: nothing more to say.
    assert!(!offline.stderr.contains("idle for"), "{}", offline.stderr);
    let offline = ids(&json_rows(&offline));
    // Every server that was reporting a day ago reports again (the degraded ones are neither
    // online nor offline), and only those: the silent ones stay offline.
    let caught_up = reported_since(&env, unix_now() - 300);
    assert!(was_reporting.len() > 250, "{}", was_reporting.len());
    assert!(caught_up.iter().all(|id| was_reporting.contains(id)));
    assert!(online.len() > 200, "{} online", online.len());
    assert!(online.iter().all(|id| caught_up.contains(id)));
    assert!(!offline.is_empty());
    assert!(offline.iter().all(|id| !caught_up.contains(id)));

    let claim = env.run(&[
        "--endpoint",
        "local",
        "mining",
        "claim",
        "--all",
        "-o",
        "json",
    ]);
    // Exit 5: a rule refused some, none failed.
    assert_eq!(claim.code, 5, "{}\n{}", claim.stdout, claim.stderr);
    let rows = json_rows(&claim);
    let paid = claims(&rows, "paid");
    let refused = claims(&rows, "refused");
    assert!(paid.len() >= 2, "{rows:#?}");
    assert!(!refused.is_empty(), "{rows:#?}");
    assert_eq!(paid.len() + refused.len(), rows.len(), "{rows:#?}");
    for row in &paid {
        assert!(
            tokens(&row["amount"]) >= Tokens::whole(10).unwrap(),
            "{row}"
        );
        assert!(
            caught_up.contains(row["serverId"].as_str().unwrap()),
            "{row}"
        );
    }
    assert!(refused.iter().all(|r| r["rule"].is_string()), "{rows:#?}");
    // The admin's server in maintenance sent no heartbeat for the day: its uptime is short.
    let resting = in_maintenance(&env);
    assert!(!resting.is_empty());
    for id in &resting {
        let row = rows.iter().find(|r| r["serverId"] == id.as_str()).unwrap();
        assert_eq!(row["rule"], "PERFORMANCE", "{row}");
    }
}

/// The local admin's servers in maintenance.
fn in_maintenance(env: &Env) -> HashSet<String> {
    local_ids(
        env,
        "SELECT id FROM servers WHERE owner_id = 'usr-admin' AND maintenance = 1 \
         AND created_at >= ?",
        0,
    )
}

#[test]
fn mining_claim_all_on_a_new_local_demo_prints_paid_and_refused_rows() {
    let env = Env::new();
    let claim = env.run(&[
        "--endpoint",
        "local",
        "mining",
        "claim",
        "--all",
        "-o",
        "json",
    ]);
    assert_eq!(claim.code, 5, "{}\n{}", claim.stdout, claim.stderr);
    assert!(
        claim.stderr.contains("Created the local platform"),
        "{}",
        claim.stderr
    );
    let rows = json_rows(&claim);
    let paid = claims(&rows, "paid");
    let refused = claims(&rows, "refused");
    assert!(paid.len() >= 3, "{rows:#?}");
    let rules: HashSet<&str> = refused.iter().filter_map(|r| r["rule"].as_str()).collect();
    // The server that is not mining is refused whatever the time.
    assert!(rules.contains("THRESHOLD"), "{rows:#?}");
    assert!(
        refused
            .iter()
            .any(|r| r["message"].as_str().unwrap().contains("not mining")),
        "{rows:#?}"
    );

    // Run again at once: the cooldown refuses what was just paid, and pays nothing twice.
    let again = env.run(&[
        "--endpoint",
        "local",
        "mining",
        "claim",
        "--all",
        "-o",
        "json",
    ]);
    assert_eq!(again.code, 5, "{}", again.stderr);
    let again = json_rows(&again);
    assert!(claims(&again, "paid").is_empty(), "{again:#?}");
    for row in paid {
        let id = &row["serverId"];
        let second = again.iter().find(|r| &r["serverId"] == id).unwrap();
        assert_eq!(second["rule"], "COOLDOWN", "{second}");
    }
}
