//! Issue 11, point 4: a request's cost counts the rows it asks for, over HTTP and from the CLI.

use serde_json::json;

use crate::common::{TestServer, error_code};

/// `ALIASES` aliases of a 500-row page of servers with their protocols.
fn aliased_pages(aliases: usize) -> String {
    let page =
        "miningServers(pagination: {size: 500}) { items { id hostName protocols { type port } } }";
    let fields: String = (0..aliases).map(|i| format!("a{i}: {page} ")).collect();
    format!("{{ {fields} }}")
}

#[test]
fn an_anonymous_request_of_300_large_pages_is_refused_before_it_runs() {
    let server = TestServer::start(&[]);
    let (status, body) = server.graphql(&aliased_pages(300), json!({}), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    // Per row: id, hostName, protocols (1 + 4 protocols x 2 fields) = 11; per alias
    // miningServers and items (2) + 500 rows = 5,502.
    assert_eq!(
        body["errors"][0]["message"],
        "query cost 1,650,600 exceeds the limit of 200,000"
    );
    assert!(body["data"].is_null(), "nothing ran: {body}");
    assert!(body["errors"][0]["locations"].is_null(), "{body}");
    // One such page is fine.
    let (_, one) = server.graphql(&aliased_pages(1), json!({}), None);
    assert!(one["errors"].is_null(), "{one}");
    assert_eq!(
        one["data"]["a0"]["items"].as_array().map(Vec::len),
        Some(300)
    );
}

#[test]
fn the_cli_lists_its_largest_page_and_reports_a_refusal_as_invalid_input() {
    let server = TestServer::start(&[]);
    let servers = server
        .run(&["servers", "list", "--size", "500", "-o", "json"])
        .json();
    assert_eq!(servers.as_array().map(Vec::len), Some(300));
    server
        .run(&["api", &aliased_pages(40)])
        .fails(2, "query cost 220,080 exceeds the limit of 200,000");
}
