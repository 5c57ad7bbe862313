//! Issue 14's evaluation benchmark: 20 alert rules over 10,200 servers per broker tick.
//!
//! - eval: `Evaluator::on_tick` with a tick of 10,200 samples (each with a custom metric) and
//!   20 enabled rules of mixed metrics and scopes (network-wide per-server rules, operators'
//!   rules, single-server rules, network totals), values drawn so that a few percent breach
//!   (2% of servers run hot for good, 1% spike now and then); one tick a second of simulated
//!   time, so durations elapse and alerts fire and resolve as they would.
//! - floor: one pass over the same samples that reads every metric (the built-in ones and the
//!   custom one) and no rule logic: what any evaluation must pay.
//! - write: `Store::apply_alert_changes` on a database file with a tick in which 1% of the
//!   watched (rule, server) pairs fire (each with its outbox rows), then the resolution of
//!   the same alerts.
//!
//! Prints median, p99 and worst per tick for eval and floor over >= 200 measured ticks, and
//! every write. Not part of the test suite; run it by hand:
//!
//!     cargo bench --bench alert_eval [-- TICKS]

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use vpnmine::domain::alert_rule::{AlertRule, AlertSeverity, Comparator, Metric, RuleScope};
use vpnmine::server::alerting::Evaluator;
use vpnmine::server::api::types::{NetworkMetricsUpdate, ServerStatus};
use vpnmine::server::broker::{Sample, Tick};
use vpnmine::server::store::Store;
use vpnmine::server::store::alerts::AlertChange;

const SERVERS: usize = 10_200;
const OPERATORS: usize = 100;
const WARMUP_TICKS: usize = 20;
const CUSTOM: &str = "wg.handshakes";

/// A small deterministic generator (xorshift64*), so every run sees the same values.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }

    fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.next()
    }
}

fn server_id(n: usize) -> String {
    format!("srv-{n:05}")
}

fn operator_id(n: usize) -> String {
    format!("op-{n:03}")
}

fn rule(
    id: &str,
    metric: Metric,
    comparator: Comparator,
    threshold: f64,
    duration_secs: i64,
    severity: AlertSeverity,
    scope: RuleScope,
) -> AlertRule {
    AlertRule {
        id: id.into(),
        owner_id: match &scope {
            RuleScope::Operator(op) => Some(op.clone()),
            RuleScope::Server(_) => Some(operator_id(0)),
            RuleScope::Network => None,
        },
        name: id.into(),
        metric,
        custom_metric: (metric == Metric::Custom).then(|| CUSTOM.to_string()),
        comparator,
        threshold,
        duration_secs,
        severity,
        scope,
        message: "{metric} {value} on {server} (threshold {threshold})".into(),
        enabled: true,
        builtin: false,
        channel_ids: vec!["ch-bench".into()],
    }
}

/// 20 rules: today's five built-ins' kind (network-wide, per server), operators' own rules,
/// rules on one server, and the network's totals.
fn rules() -> Vec<AlertRule> {
    use AlertSeverity::{Critical, Info, Warning};
    use Comparator::{Gt, Lt};
    use Metric::*;
    let net = || RuleScope::Network;
    let op = |n: usize| RuleScope::Operator(operator_id(n));
    let one = |n: usize| RuleScope::Server(server_id(n));
    vec![
        rule("r01", Cpu, Gt, 90.0, 60, Warning, net()),
        rule("r02", Memory, Gt, 90.0, 60, Warning, net()),
        rule("r03", Latency, Gt, 250.0, 60, Warning, net()),
        rule("r04", ErrorRate, Gt, 0.05, 60, Warning, net()),
        rule("r05", Cpu, Gt, 97.0, 0, Critical, net()),
        rule("r06", Connections, Gt, 950.0, 30, Info, net()),
        rule("r07", Cpu, Gt, 80.0, 30, Warning, op(1)),
        rule("r08", Latency, Gt, 150.0, 10, Warning, op(2)),
        rule("r09", NetworkIn, Gt, 900.0, 0, Info, op(3)),
        rule("r10", NetworkOut, Gt, 900.0, 0, Info, op(4)),
        rule("r11", Custom, Gt, 480.0, 0, Warning, op(5)),
        rule("r12", Memory, Gt, 85.0, 120, Critical, op(6)),
        rule("r13", Custom, Lt, 5.0, 30, Critical, net()),
        rule("r14", Cpu, Gt, 50.0, 0, Info, one(42)),
        rule("r15", Latency, Gt, 100.0, 5, Warning, one(4_242)),
        rule("r16", ErrorRate, Gt, 0.01, 0, Critical, one(10_199)),
        rule("r17", NetworkLatency, Gt, 200.0, 60, Warning, net()),
        rule("r18", NetworkBandwidth, Lt, 1_000.0, 60, Critical, net()),
        rule("r19", NetworkActiveUsers, Gt, 5_000_000.0, 0, Info, net()),
        rule("r20", NetworkConnections, Lt, 10.0, 0, Critical, net()),
    ]
}

/// The samples of one tick: hot servers (2%) stay above the usual thresholds; any other
/// spikes with 1% chance per metric.
fn samples(rng: &mut Rng, at: DateTime<Utc>) -> Vec<Sample> {
    (0..SERVERS)
        .map(|n| {
            let hot = n % 50 == 7;
            let mut value = |normal: (f64, f64), spike: (f64, f64)| {
                if hot || rng.next() < 0.01 {
                    rng.between(spike.0, spike.1)
                } else {
                    rng.between(normal.0, normal.1)
                }
            };
            Sample {
                at,
                server_id: server_id(n),
                owner_id: operator_id(n % OPERATORS),
                cpu: value((5.0, 85.0), (91.0, 99.5)),
                memory: value((20.0, 84.0), (91.0, 99.0)),
                network_in: value((10.0, 600.0), (901.0, 1_000.0)),
                network_out: value((10.0, 600.0), (901.0, 1_000.0)),
                connections: value((0.0, 900.0), (951.0, 1_200.0)) as i64,
                latency_ms: value((10.0, 140.0), (251.0, 900.0)),
                error_rate: value((0.0, 0.009), (0.06, 0.3)),
                status: ServerStatus::Online,
                custom: vec![(CUSTOM.to_string(), value((10.0, 400.0), (481.0, 900.0)))],
            }
        })
        .collect()
}

fn tick(samples: Vec<Sample>, at: DateTime<Utc>) -> Tick {
    Tick {
        at,
        network: NetworkMetricsUpdate {
            total_bandwidth: 4_000_000.0,
            average_latency: 60.0,
            total_active_users: 1_500_000,
            connections_by_region: async_graphql::Json(serde_json::json!({})),
            current_token_rate: 1_200.0,
        },
        active_connections: 4_000_000,
        samples,
    }
}

/// One pass that reads every metric of every sample: the floor under any evaluation.
fn floor(tick: &Tick) -> f64 {
    let mut sum = 0.0;
    for s in &tick.samples {
        sum += s.cpu + s.memory + s.network_in + s.network_out + s.connections as f64;
        sum += s.latency_ms + s.error_rate;
        for (name, value) in &s.custom {
            if name == CUSTOM {
                sum += value;
            }
        }
    }
    sum
}

fn stats(mut times: Vec<Duration>) -> (Duration, Duration, Duration) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99), *times.last().unwrap())
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// (rule, server) pairs the rules watch: per-server rules only (network totals have one).
fn watched_pairs(rules: &[AlertRule]) -> Vec<(String, usize)> {
    let mut pairs = Vec::new();
    for rule in rules.iter().filter(|r| !r.metric.is_network()) {
        for n in 0..SERVERS {
            if rule.watches(&server_id(n), &operator_id(n % OPERATORS)) {
                pairs.push((rule.id.clone(), n));
            }
        }
    }
    pairs
}

async fn bench_write(rules: &[AlertRule]) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("bench.db");
    let store = Store::open(path.to_str().unwrap())
        .await
        .expect("open the database");
    let mut setup = String::from("BEGIN;");
    for n in 0..OPERATORS {
        setup += &format!(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES ('{0}', '{0}', '!', 'OPERATOR', 'FREE', 'u-{0}', 0);",
            operator_id(n)
        );
    }
    for n in 0..SERVERS {
        setup += &format!(
            "INSERT INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
             VALUES ('{}', '{}', 'h{n}.example.net', '192.0.2.1', 'eu-west', 0);",
            server_id(n),
            operator_id(n % OPERATORS)
        );
    }
    setup += &format!(
        "INSERT INTO alert_channels (id, owner_id, name, url, secret, created_at) \
         VALUES ('ch-bench', '{}', 'bench', 'https://hooks.example.test/', 's', 0);",
        operator_id(0)
    );
    for rule in rules {
        let (scope, scope_id) = rule.scope.parts();
        setup += &format!(
            "INSERT INTO alert_rules (id, owner_id, name, metric, custom_metric, operator, threshold, \
               duration_secs, severity, scope, scope_id, message, created_at, updated_at) \
             VALUES ('{id}', {owner}, '{id}', '{metric}', {custom}, '{op}', {threshold}, {duration}, \
               '{severity}', '{scope}', {scope_id}, 'm', 0, 0); \
             INSERT INTO alert_rule_channels VALUES ('{id}', 'ch-bench');",
            id = rule.id,
            owner = rule
                .owner_id
                .as_ref()
                .map_or("NULL".into(), |o| format!("'{o}'")),
            metric = rule.metric.as_str(),
            custom = rule
                .custom_metric
                .as_ref()
                .map_or("NULL".into(), |c| format!("'{c}'")),
            op = rule.comparator.as_str(),
            threshold = rule.threshold,
            duration = rule.duration_secs,
            severity = rule.severity.as_str(),
            scope_id = scope_id.map_or("NULL".into(), |s| format!("'{s}'")),
        );
    }
    setup += "COMMIT;";
    sqlx::raw_sql(sqlx::AssertSqlSafe(setup))
        .execute(store.pool())
        .await
        .expect("set up the database");

    let pairs = watched_pairs(rules);
    let firing = pairs.len() / 100;
    println!(
        "write: {} watched (rule, server) pairs, 1% = {firing} alerts firing in one tick",
        pairs.len()
    );
    // Every 100th pair, so that the alerts spread over rules and servers.
    let chosen: Vec<&(String, usize)> = pairs.iter().step_by(100).take(firing).collect();
    for round in 0..3 {
        let at = 1_000 + round * 100;
        let changes: Vec<AlertChange> = chosen
            .iter()
            .map(|(rule, n)| AlertChange::Fire {
                rule_id: rule.clone(),
                server_id: Some(server_id(*n)),
                severity: AlertSeverity::Warning,
                value: 95.0,
                threshold: 90.0,
                summary: format!("CPU 95 on h{n}.example.net (threshold 90)"),
                at,
            })
            .collect();
        let start = Instant::now();
        let applied = store.apply_alert_changes(&changes).await.expect("fire");
        let fired = start.elapsed();
        let resolves: Vec<AlertChange> = applied
            .iter()
            .flatten()
            .map(|a| AlertChange::Resolve {
                alert_id: a.alert_id.clone(),
                value: 40.0,
                at: at + 50,
            })
            .collect();
        let outbox: usize = applied.iter().flatten().map(|a| a.deliveries).sum();
        let start = Instant::now();
        store.apply_alert_changes(&resolves).await.expect("resolve");
        let resolved = start.elapsed();
        println!(
            "write round {}: fire {} alerts (+{outbox} outbox rows) {}, resolve them {}",
            round + 1,
            resolves.len(),
            ms(fired),
            ms(resolved)
        );
    }
}

#[tokio::main]
async fn main() {
    let ticks: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(300)
        .max(200);
    let rules = rules();
    let (mut evaluator, _) = Evaluator::new(rules.clone(), &[], 0);
    evaluator.learn_servers((0..SERVERS).map(|n| {
        (
            server_id(n),
            operator_id(n % OPERATORS),
            format!("h{n}.example.net"),
        )
    }));
    let mut rng = Rng(0x005e_ed0f_a1e7);
    let start_at = DateTime::from_timestamp(1_780_000_000, 0).unwrap();
    let mut eval = Vec::with_capacity(ticks);
    let mut floors = Vec::with_capacity(ticks);
    let mut decisions = 0usize;
    for n in 0..WARMUP_TICKS + ticks {
        let at = start_at + chrono::Duration::seconds(n as i64);
        let tick = tick(samples(&mut rng, at), at);

        let started = Instant::now();
        black_box(floor(black_box(&tick)));
        let floor_time = started.elapsed();

        let started = Instant::now();
        let decided = evaluator.on_tick(black_box(&tick));
        let eval_time = started.elapsed();

        if n >= WARMUP_TICKS {
            decisions += decided.len();
            eval.push(eval_time);
            floors.push(floor_time);
        }
    }
    let (e50, e99, emax) = stats(eval);
    let (f50, f99, fmax) = stats(floors);
    println!(
        "eval: {} rules x {SERVERS} servers, {ticks} ticks (+{WARMUP_TICKS} warm-up), {decisions} decisions",
        rules.len()
    );
    println!(
        "eval per tick:  median {}  p99 {}  worst {}",
        ms(e50),
        ms(e99),
        ms(emax)
    );
    println!(
        "floor per tick: median {}  p99 {}  worst {}",
        ms(f50),
        ms(f99),
        ms(fmax)
    );
    bench_write(&rules).await;
}
