//! One condition, one hint: the platform's AUTH_001 gets the same hint whether it comes as a
//! GraphQL error in an HTTP 200, in an HTTP 401 with a GraphQL body, or as a bare HTTP 401
//! (a proxy in front of the platform).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use crate::common::{Run, TestServer};

/// The `hint:` line of a failed run.
fn hint(run: &Run) -> String {
    run.stderr
        .lines()
        .find_map(|l| l.strip_prefix("hint: "))
        .unwrap_or_else(|| panic!("no hint: {}", run.stderr))
        .to_string()
}

/// An endpoint that answers every request with a bare HTTP 401, as a proxy would; it serves
/// `requests` requests, then stops.
fn bare_401(requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/graphql", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = std::io::Read::read_exact(&mut reader, &mut body);
            let _ = stream.write_all(
                b"HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\nContent-Length: 13\r\nConnection: close\r\n\r\nunauthorized\n",
            );
        }
    });
    url
}

#[test]
fn auth_001_gets_the_same_hint_on_every_path() {
    let server = TestServer::start(&[]);
    let command = ["analytics", "network"];
    // No token: the platform answers HTTP 200 with AUTH_001 in `errors`.
    let in_graphql = server.run(&command);
    in_graphql.fails(4, "AUTH_001");
    // A token it does not know: HTTP 401, with AUTH_001 in a GraphQL body.
    let in_401 = server.run_as("not-a-token", &command);
    in_401.fails(4, "AUTH_001");
    // A bare 401 with no GraphQL in it.
    let bare = server
        .env
        .run(&["--endpoint", &bare_401(1), "analytics", "network"]);
    bare.fails(4, "HTTP 401");

    let expected = hint(&in_graphql);
    assert!(expected.contains("vpnmine auth login"), "{expected}");
    assert_eq!(hint(&in_401), expected);
    assert_eq!(hint(&bare), expected);
    // -o json carries the same hint.
    let json = server.run_as("not-a-token", &["analytics", "network", "-o", "json"]);
    let error: serde_json::Value = serde_json::from_str(json.stderr.trim()).unwrap();
    assert_eq!(error["error"]["hint"], expected.as_str());
}

#[test]
fn a_missing_id_gets_the_tables_hint_for_rsc_001() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let run = server.run_as(&admin, &["users", "show", "usr-nobody"]);
    run.fails(3, "RSC_001");
    assert!(hint(&run).contains("check the id"), "{}", run.stderr);
}
