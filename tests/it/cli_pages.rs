//! `--all` end to end: the rows of every page written as they arrive, the same as the pages
//! one after another, and a page that fails midway leaves whole lines and a clear error.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use serde_json::Value;

use crate::common::{TestServer, http};

/// Columns that do not move while the demo runs.
const STILL: &str = "id,host,location";

fn csv_lines(text: &str) -> Vec<&str> {
    assert!(text.ends_with('\n'), "a line is cut: {text:?}");
    text.lines().collect()
}

#[test]
fn all_as_csv_or_json_is_the_pages_one_after_another() {
    let server = TestServer::start(&[]);
    let list = |extra: &[&str]| {
        let mut args = vec!["servers", "list", "--columns", STILL];
        args.extend_from_slice(extra);
        server.run(&args)
    };
    let all = list(&["--all", "-o", "csv"]);
    let all = csv_lines(all.ok())
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>();
    assert!(all.len() > 100, "{} lines", all.len());

    // In pages of 40: the same header, then every page's rows, in order.
    let in_pages = list(&["--all", "--size", "40", "-o", "csv"]);
    assert_eq!(csv_lines(in_pages.ok()), all);
    let mut concatenated = vec![all[0].clone()];
    for page in 1.. {
        let page = page.to_string();
        let run = list(&["--page", &page, "--size", "40", "-o", "csv"]);
        let lines = csv_lines(run.ok());
        assert_eq!(lines[0], all[0]);
        if lines.len() == 1 {
            break;
        }
        concatenated.extend(lines[1..].iter().map(|l| l.to_string()));
    }
    assert_eq!(concatenated, all);

    // JSON in pages is one array, the same whatever the page size.
    let json = |size: &str| {
        let run = server.run(&["servers", "list", "--all", "--size", size, "-o", "json"]);
        let items: Value = serde_json::from_str(run.ok()).expect("one JSON array");
        items
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let ids = json("500");
    assert_eq!(ids.len(), all.len() - 1);
    assert_eq!(json("40"), ids);
    assert_eq!(
        ids,
        all[1..]
            .iter()
            .map(|l| l.split(',').next().unwrap())
            .collect::<Vec<_>>()
    );
}

/// A proxy to `upstream` that answers the request for page `failing` with a GraphQL error.
fn failing_at_page(upstream: &str, failing: i64) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/graphql", listener.local_addr().unwrap());
    let upstream = upstream.to_string();
    std::thread::spawn(move || {
        let http = http().build().unwrap();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut token = None;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                let lower = line.to_ascii_lowercase();
                if let Some(value) = lower.strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
                if lower.starts_with("authorization:") {
                    token = Some(line["authorization:".len()..].trim().to_string());
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let text = String::from_utf8_lossy(&body);
            let answer = if text.contains(&format!("\"page\":{failing},")) {
                r#"{"errors":[{"message":"the database is on fire","extensions":{"code":"SRV_001"}}]}"#
                    .to_string()
            } else {
                let mut request = http
                    .post(&upstream)
                    .header("content-type", "application/json")
                    .body(body.clone());
                if let Some(token) = &token {
                    request = request.header("authorization", token);
                }
                request.send().and_then(|r| r.text()).unwrap_or_default()
            };
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    url
}

#[test]
fn a_page_failing_midway_leaves_whole_lines_and_a_clear_error() {
    let server = TestServer::start(&[]);
    let proxy = failing_at_page(&server.url, 3);
    let list = |format: &str| {
        server.env.run(&[
            "--endpoint",
            &proxy,
            "servers",
            "list",
            "--all",
            "--size",
            "25",
            "-o",
            format,
        ])
    };

    let csv = list("csv");
    assert_eq!(csv.code, 1, "{}", csv.stderr);
    assert!(
        csv.stderr.contains("the database is on fire"),
        "{}",
        csv.stderr
    );
    // The header and the two pages before the failing one, each line whole.
    let lines = csv_lines(&csv.stdout);
    assert_eq!(lines.len(), 1 + 2 * 25, "{}", csv.stdout);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    assert_eq!(reader.records().map(Result::unwrap).count(), 50);

    // A JSON array cut off is left open: no parser takes it for the whole list.
    let json = list("json");
    assert_eq!(json.code, 1, "{}", json.stderr);
    assert!(json.stdout.starts_with("[\n"), "{}", json.stdout);
    assert!(serde_json::from_str::<Value>(&json.stdout).is_err());
}
