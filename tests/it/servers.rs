//! `servers list` end to end against a bundled server, in every output mode.

use std::collections::HashSet;

use serde_json::Value;

use crate::common::{TestServer, tokens};

fn items(json: &Value) -> &Vec<Value> {
    json.as_array().expect("a JSON array of servers")
}

#[test]
fn list_in_json_table_and_csv_show_the_same_servers() {
    let server = TestServer::start(&[]);

    let json = server.run(&["servers", "list", "-o", "json"]).json();
    let servers = items(&json);
    assert_eq!(servers.len(), 20, "default page size");
    for s in servers {
        for field in [
            "id",
            "hostName",
            "location",
            "status",
            "protocols",
            "tokenBalance",
        ] {
            assert!(s.get(field).is_some(), "{field} missing in {s}");
        }
        // The exact decimal string, never a float.
        assert!(!tokens(&s["tokenBalance"]).is_negative(), "{s}");
    }
    let ids: Vec<&str> = servers.iter().map(|s| s["id"].as_str().unwrap()).collect();
    let hosts: Vec<&str> = servers
        .iter()
        .map(|s| s["hostName"].as_str().unwrap())
        .collect();
    let mut sorted = hosts.clone();
    sorted.sort();
    assert_eq!(hosts, sorted, "sorted by host name by default");

    // Piped, the table is plain aligned text: a header and one line per server.
    let table = server.run(&["servers", "list"]);
    let lines: Vec<&str> = table.ok().lines().collect();
    assert_eq!(lines.len(), 21, "{}", table.stdout);
    assert!(lines[0].starts_with("ID") && lines[0].contains("HOST") && lines[0].contains("STATUS"));
    let table_ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(table_ids, ids);
    assert!(!table.stdout.contains('│'), "no borders when piped");

    let csv_out = server.run(&["servers", "list", "-o", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_out.ok().as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "ID");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.iter().map(|r| &r[0]).collect::<Vec<_>>(), ids);
    let protocols = headers.iter().position(|h| h == "PROTOCOLS").unwrap();
    for (row, server) in rows.iter().zip(servers) {
        let mut enabled: Vec<String> = server["protocols"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["enabled"] == true)
            .map(|p| format!("{}:{}", p["type"].as_str().unwrap(), p["port"]))
            .collect();
        enabled.sort();
        let mut cell: Vec<String> = row[protocols]
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        cell.sort();
        assert_eq!(cell, enabled, "enabled protocols flattened as TYPE:PORT");
    }
}

#[test]
fn filters_sorting_and_all_pages() {
    let server = TestServer::start(&[]);

    let reality = server
        .run(&[
            "servers",
            "list",
            "--protocol",
            "reality",
            "--location",
            "eu-west",
            "--all",
            "-o",
            "json",
        ])
        .json();
    let reality = items(&reality);
    assert!(!reality.is_empty());
    for s in reality {
        assert_eq!(s["location"], "eu-west");
        assert!(
            s["protocols"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["type"] == "REALITY" && p["enabled"] == true),
            "{s}"
        );
    }

    let all = server
        .run(&["servers", "list", "--all", "--size", "50", "-o", "json"])
        .json();
    let all = items(&all);
    assert_eq!(all.len(), 300, "the default demo network has 300 servers");
    let unique: HashSet<&str> = all.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(unique.len(), 300, "pages neither overlap nor skip");

    let busiest = server
        .run(&[
            "servers",
            "list",
            "--sort",
            "connections",
            "--desc",
            "-o",
            "json",
        ])
        .json();
    let conns: Vec<i64> = items(&busiest)
        .iter()
        .map(|s| s["activeConnections"].as_i64().unwrap())
        .collect();
    assert!(conns.windows(2).all(|w| w[0] >= w[1]), "{conns:?}");
    let max = all
        .iter()
        .map(|s| s["activeConnections"].as_i64().unwrap())
        .max();
    assert_eq!(conns.first().copied(), max);

    let offline = server
        .run(&[
            "servers", "list", "--status", "offline", "--all", "-o", "json",
        ])
        .json();
    assert!(items(&offline).iter().all(|s| s["status"] == "OFFLINE"));

    // Protocol secrets stay hidden from anonymous callers.
    let page = server.run(&["servers", "list", "-o", "json"]).json();
    assert!(
        !page.to_string().contains("privateKey"),
        "the listing selects no secrets"
    );
}

#[test]
fn local_endpoint_creates_and_reuses_the_local_platform() {
    let env = crate::common::Env::new();
    let first = env.run(&[
        "--endpoint",
        "local",
        "servers",
        "list",
        "--size",
        "3",
        "-o",
        "json",
    ]);
    assert_eq!(first.json().as_array().unwrap().len(), 3);
    assert!(
        first.stderr.contains("Created the local platform"),
        "{}",
        first.stderr
    );
    assert!(env.home.path().join("data/vpnmine/local.db").exists());

    let again = env.run(&["servers", "list", "--size", "3", "-o", "json"]);
    let ids = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(again.json()),
        ids(first.json()),
        "the same database, seeded once"
    );
    assert!(!again.stderr.contains("Created"), "{}", again.stderr);
}
