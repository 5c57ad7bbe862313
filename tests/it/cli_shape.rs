//! What a user chooses to see of a command's output, through the binary against the bundled
//! server: `--jq` (jaq), `--columns`, and `--chart`, which draws only on a terminal.

use serde_json::Value;

use crate::common::{Env, Run, TestServer};

fn lines(run: &Run) -> Vec<String> {
    run.ok().lines().map(str::to_string).collect()
}

#[test]
fn jq_filters_the_json_a_command_would_print() {
    let server = TestServer::start(&[]);
    let json = server
        .run(&["servers", "list", "--size", "5", "-o", "json"])
        .json();
    let ids: Vec<String> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 5);

    // Strings raw, one per line, as `jq -r` prints them; the table format is implied away.
    let run = server.run(&["servers", "list", "--size", "5", "--jq", ".[].id"]);
    assert_eq!(lines(&run), ids);
    // Anything else as compact JSON, one result per line.
    let run = server.run(&[
        "servers",
        "list",
        "--size",
        "5",
        "--jq",
        ".[] | {id, status}",
    ]);
    let objects: Vec<Value> = lines(&run)
        .iter()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect();
    assert_eq!(objects.len(), 5);
    assert_eq!(objects[0]["id"], ids[0].as_str());
    assert_eq!(objects[0].as_object().unwrap().len(), 2);
    // The standard library: jq's own functions work.
    let run = server.run(&[
        "servers",
        "list",
        "--size",
        "5",
        "--jq",
        "map(.id) | length",
    ]);
    assert_eq!(run.ok(), "5\n");
    // Sections filter as the object that -o json prints.
    let (user, _) = server.login("user", "user-demo-pass");
    let run = server.run_as(
        &user,
        &[
            "analytics",
            "network",
            "--jq",
            ".topPerformingServers | length",
        ],
    );
    assert_eq!(run.ok(), "10\n");
}

#[test]
fn bad_jq_is_refused_before_anything_is_sent() {
    // Nothing listens on port 9: had a request been sent, the exit would be 6.
    let env = Env::new();
    let unreachable = ["--endpoint", "http://127.0.0.1:9/graphql"];
    let run = env.run(
        &[
            &unreachable[..],
            &["servers", "list", "--jq", ".[] | select("],
        ]
        .concat(),
    );
    run.fails(2, "--jq");
    let run = env.run(&[&unreachable[..], &["servers", "list", "--jq", "nosuch(1)"]].concat());
    run.fails(2, "nosuch");
    let run = env.run(
        &[
            &unreachable[..],
            &["servers", "list", "--jq", ".", "-o", "csv"],
        ]
        .concat(),
    );
    run.fails(2, "-o csv");
    let run = env.run(
        &[
            &unreachable[..],
            &["servers", "list", "--columns", "id", "-o", "json"],
        ]
        .concat(),
    );
    run.fails(2, "--jq");
    let run = env.run(
        &[
            &unreachable[..],
            &["servers", "list", "--columns", "id,,host"],
        ]
        .concat(),
    );
    run.fails(2, "empty");
}

#[test]
fn a_jq_filter_that_fails_on_the_answer_is_a_usage_error() {
    let server = TestServer::start(&[]);
    let run = server.run(&["servers", "list", "--size", "1", "--jq", ".[0].id + 1"]);
    run.fails(2, "--jq");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn columns_choose_and_order_table_and_csv_columns() {
    let server = TestServer::start(&[]);
    let all = server
        .run(&["servers", "list", "--size", "3", "-o", "json"])
        .json();
    let csv = server.run(&[
        "servers",
        "list",
        "--size",
        "3",
        "-o",
        "csv",
        "--columns",
        "status,ID,cpu",
    ]);
    let rows = lines(&csv);
    assert_eq!(rows[0], "STATUS,ID,CPU%");
    assert_eq!(rows.len(), 4);
    let first = &all[0];
    assert_eq!(
        rows[1],
        format!(
            "{},{},{}",
            first["status"].as_str().unwrap(),
            first["id"].as_str().unwrap(),
            first["metrics"]["cpuUsage"]
        )
    );
    // Paths work as names too, and tables follow the same choice.
    let table = server.run(&[
        "servers",
        "list",
        "--size",
        "3",
        "--columns",
        "hostName,tokenBalance",
    ]);
    let header: Vec<String> = table
        .ok()
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .map(String::from)
        .collect();
    assert_eq!(header, ["HOST", "BALANCE"]);
    // A record's fields.
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let me = server.run_as(
        &operator,
        &["auth", "status", "-o", "csv", "--columns", "role,username"],
    );
    assert_eq!(lines(&me)[0], "role,username", "{}", me.stdout);
}

#[test]
fn an_unknown_column_names_the_known_ones_and_still_prints_everything() {
    let server = TestServer::start(&[]);
    let whole = server.run(&["servers", "list", "--size", "3", "-o", "csv"]);
    let run = server.run(&[
        "servers",
        "list",
        "--size",
        "3",
        "-o",
        "csv",
        "--columns",
        "id,nmae",
    ]);
    run.fails(2, "nmae");
    assert!(run.stderr.contains("ID, HOST, LOCATION"), "{}", run.stderr);
    assert_eq!(run.stdout, whole.stdout, "the output is not lost to a typo");
}

#[test]
fn charts_draw_on_a_terminal_and_are_the_table_elsewhere() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let id = server.run_as(
        &admin,
        &["servers", "list", "--size", "1", "--jq", ".[0].id"],
    );
    let id = id.ok().trim().to_string();
    let metrics = ["servers", "metrics", id.as_str(), "--from", "-2d"];

    let table = server.run_as(&admin, &metrics);
    let piped = server.run_as(&admin, &[&metrics[..], &["--chart"]].concat());
    assert_eq!(piped.ok(), table.ok(), "piped, --chart is the table");
    assert!(table.ok().contains("LATENCY MS"), "{}", table.stdout);
    let json = server
        .run_as(&admin, &[&metrics[..], &["--chart", "-o", "json"]].concat())
        .json();
    let points = json.as_array().unwrap();
    assert!(
        points.len() >= 40,
        "two days of hourly points: {}",
        points.len()
    );
    assert!(
        points
            .iter()
            .all(|p| p["latencyMs"].as_f64().unwrap() > 0.0)
    );

    let mut cmd = server.env.command();
    cmd.env("VPNMINE_TOKEN", &admin)
        .env("VPNMINE_FORCE_TTY", "stdout")
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .args(["--endpoint", &server.url])
        .args(metrics)
        .arg("--chart");
    let drawn = Run::from(cmd.output().unwrap());
    let text = drawn.ok();
    for title in [
        "CPU (%)",
        "Memory (%)",
        "Network (Mbit/s): in ⠿, out •",
        "Latency (ms)",
    ] {
        assert!(text.contains(title), "{title}: {text}");
    }
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    assert!(
        text.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "{text}"
    );
    assert!(
        !text.contains("LATENCY MS"),
        "a chart, not the table: {text}"
    );
}

#[test]
fn analytics_network_charts_the_timeline() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let json = server
        .run_as(
            &user,
            &[
                "analytics",
                "network",
                "--from",
                "-1d",
                "--chart",
                "-o",
                "json",
            ],
        )
        .json();
    let timeline = json["timeline"]
        .as_array()
        .expect("the timeline with --chart");
    // A day in hours (a chart asks for at most 200 points), every server in each whole hour.
    assert!((24..=25).contains(&timeline.len()), "{}", timeline.len());
    let servers: Vec<i64> = timeline
        .iter()
        .map(|p| p["reportingServers"].as_i64().unwrap())
        .collect();
    assert!(
        servers[1..servers.len() - 1].iter().all(|&n| n > 250),
        "{servers:?}"
    );
    // Without --chart the timeline is not asked for.
    let json = server
        .run_as(&user, &["analytics", "network", "-o", "json"])
        .json();
    assert!(json.get("timeline").is_none(), "{json}");

    let piped = server.run_as(&user, &["analytics", "network", "--chart"]);
    assert!(
        piped.ok().contains("The network over time"),
        "{}",
        piped.stdout
    );
    assert!(piped.ok().contains("LATENCY MS"));
}

#[test]
fn jq_applies_to_each_line_of_a_stream() {
    let server = TestServer::start(&["--simulate", "1s"]);
    let admin = server.admin_token();
    let run = server.run_as(
        &admin,
        &[
            "metrics",
            "watch",
            "--count",
            "2",
            "--jq",
            ".networkMetrics.totalActiveUsers >= 0",
        ],
    );
    assert_eq!(run.ok(), "true\ntrue\n");
}
