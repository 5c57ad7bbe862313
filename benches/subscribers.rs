//! Issue 6's benchmark: 1,000 concurrent `metricUpdates` subscribers on loopback while 100
//! servers each report a heartbeat every second. Reports the delivery lag of every heartbeat
//! (subscriber's receive time minus the update's timestamp, which is when the oldest heartbeat
//! it carries arrived, so an upper bound for each) p50/p99, deliveries, and the server's RSS.
//!
//!     cargo bench --bench subscribers [-- SUBSCRIBERS SERVERS SECONDS]

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use async_graphql::futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const SUBSCRIPTION: &str =
    "subscription { metricUpdates { timestamp serverMetrics { serverId cpuUsage } } }";

fn arg(n: usize, default: usize) -> usize {
    std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .nth(n)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

fn rss_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

async fn post(http: &reqwest::Client, url: &str, token: Option<&str>, body: Value) -> Value {
    let mut request = http.post(url).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    match request.send().await {
        Ok(response) => response.json().await.unwrap_or(Value::Null),
        Err(_) => Value::Null,
    }
}

/// What one subscriber saw.
#[derive(Default)]
struct Subscriber {
    /// Its socket was accepted and acknowledged `connection_init`.
    connected: bool,
    /// The server closed its socket before the end.
    dropped: bool,
    /// Heartbeats received, and the messages that carried them.
    received: usize,
    messages: usize,
}

#[tokio::main]
async fn main() {
    let subscribers = arg(0, 1000);
    let servers = arg(1, 100);
    let seconds = arg(2, 20) as u64;
    let mut child = Command::new(env!("CARGO_BIN_EXE_vpnmine"))
        .args([
            "server",
            "--db",
            ":memory:",
            "--demo",
            "--rate-limit",
            "off",
            // One address holds every subscriber: the per-caller limits would refuse all but
            // the first 32 sockets (and concurrent heartbeats).
            "--max-sockets",
            "0",
            "--max-concurrent",
            "0",
            "--listen",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    let mut banner = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut banner,
    )
    .unwrap();
    let url = banner.trim().rsplit(' ').next().unwrap().to_string();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let login = post(&http, &url, None, json!({"query": "mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"})).await;
    let token = login["data"]["authenticate"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();
    let page = post(&http, &url, None, json!({"query": format!("{{ miningServers(filters: {{status: ONLINE}}, pagination: {{size: {servers}}}) {{ items {{ id }} }} }}")})).await;
    let ids: Vec<String> = page["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    println!(
        "{subscribers} subscribers, {} servers reporting every second, {seconds} s",
        ids.len()
    );

    // Subscribers: each records the lag of every update it receives.
    let lags = Arc::new(Mutex::new(Vec::<f64>::new()));
    let running = Arc::new(AtomicBool::new(true));
    let ws_url = url.replace("http://", "ws://");
    let mut tasks = Vec::new();
    for _ in 0..subscribers {
        let (ws_url, token, lags, running) =
            (ws_url.clone(), token.clone(), lags.clone(), running.clone());
        tasks.push(tokio::spawn(async move {
            let mut request = ws_url.into_client_request().unwrap();
            request.headers_mut().insert(
                "sec-websocket-protocol",
                "graphql-transport-ws".parse().unwrap(),
            );
            let Ok((mut ws, _)) = tokio_tungstenite::connect_async(request).await else {
                return Subscriber::default();
            };
            let init = json!({"type": "connection_init", "payload": {"authToken": token}});
            let _ = ws.send(Message::text(init.to_string())).await;
            let acknowledged = matches!(ws.next().await, Some(Ok(Message::Text(t))) if t.contains("connection_ack"));
            if !acknowledged {
                return Subscriber::default();
            }
            let start = json!({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}});
            let _ = ws.send(Message::text(start.to_string())).await;
            let mut mine = Vec::new();
            let mut me = Subscriber {
                connected: true,
                ..Subscriber::default()
            };
            while running.load(Ordering::Relaxed) {
                let text = match tokio::time::timeout(Duration::from_millis(500), ws.next()).await {
                    Ok(Some(Ok(Message::Text(text)))) => text,
                    Err(_elapsed) => continue,
                    Ok(Some(Ok(_))) => continue,
                    // A socket the server closed (or that failed) delivers nothing more;
                    // looping on it would spin and starve the other subscribers.
                    Ok(None | Some(Err(_))) => {
                        me.dropped = true;
                        break;
                    }
                };
                let now = chrono::Utc::now();
                let frame: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                let update = &frame["payload"]["data"]["metricUpdates"];
                let stamp = update["timestamp"].as_str();
                if let Some(at) = stamp.and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok()) {
                    let lag = (now - at.with_timezone(&chrono::Utc))
                        .num_microseconds()
                        .unwrap_or(0) as f64
                        / 1000.0;
                    let heartbeats = update["serverMetrics"].as_array().map_or(0, Vec::len);
                    mine.extend(std::iter::repeat_n(lag, heartbeats));
                    me.received += heartbeats;
                    me.messages += 1;
                }
            }
            lags.lock().await.extend(mine);
            me
        }));
    }
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Heartbeats: every server once a second, spread evenly over the second as independent
    // agents would be (not in one burst).
    let started = Instant::now();
    let mut sent = 0usize;
    let mut pace = tokio::time::interval(Duration::from_secs(1) / ids.len().max(1) as u32);
    let mut inflight = Vec::new();
    'reporting: loop {
        for id in &ids {
            if started.elapsed() >= Duration::from_secs(seconds) {
                break 'reporting;
            }
            pace.tick().await;
            let body = json!({"query": "mutation($i: HeartbeatInput!) { reportMetrics(input: $i) { status } }",
                "variables": {"i": {"serverId": id, "cpuUsage": 40.0, "memoryUsage": 50.0, "networkIn": 100.0,
                                    "networkOut": 80.0, "activeConnections": 25, "latencyMs": 30.0}}});
            let (http, url, token) = (http.clone(), url.clone(), token.clone());
            inflight.push(tokio::spawn(async move {
                post(&http, &url, Some(&token), body).await
            }));
            sent += 1;
        }
    }
    let mut accepted = 0usize;
    for report in inflight {
        if report
            .await
            .is_ok_and(|answer| answer["data"]["reportMetrics"]["status"].is_string())
        {
            accepted += 1;
        }
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (rss, peak) = rss_kib(child.id());
    running.store(false, Ordering::Relaxed);
    let (mut delivered, mut messages, mut connected, mut dropped) = (0, 0, 0, 0);
    for task in tasks {
        let me = task.await.unwrap_or_default();
        delivered += me.received;
        messages += me.messages;
        connected += usize::from(me.connected);
        dropped += usize::from(me.dropped);
    }
    let _ = child.kill();
    let _ = child.wait();
    let mut lags = lags.lock().await.clone();
    lags.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| {
        lags.get(((lags.len() as f64 * p) as usize).min(lags.len().saturating_sub(1)))
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!("subscribers connected: {connected} of {subscribers}; closed early: {dropped}");
    println!(
        "heartbeats sent: {sent}, accepted: {accepted}; heartbeats delivered: {delivered} of {} expected, in {messages} messages",
        accepted * connected
    );
    println!(
        "delivery lag: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        pct(0.50),
        pct(0.99),
        lags.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "server RSS: {} MiB now, {} MiB peak",
        rss / 1024,
        peak / 1024
    );
}
