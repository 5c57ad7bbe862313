//! Server management over HTTP: enabling mining, protocol endpoints, configuration, and who
//! may do each.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};

use crate::common::{TestServer, error_code};

/// The first server of the demo `operator` account and one owned by someone else.
fn servers(server: &TestServer, token: &str) -> (String, String) {
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(token));
    let me = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let (_, page) = server.graphql(
        "{ miningServers(pagination: {size: 50}) { items { id ownerId } } }",
        json!({}),
        None,
    );
    let items = page["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .clone();
    let own = items
        .iter()
        .find(|s| s["ownerId"] == me.as_str())
        .map(|s| s["id"].as_str().unwrap().to_string());
    let other = items
        .iter()
        .find(|s| s["ownerId"] != me.as_str())
        .map(|s| s["id"].as_str().unwrap().to_string());
    match (own, other) {
        (Some(own), Some(other)) => (own, other),
        _ => {
            let (_, mine) = server.graphql(
                "query($o: ID) { miningServers(filters: {ownerId: $o}) { items { id } } }",
                json!({"o": me}),
                None,
            );
            let own = mine["data"]["miningServers"]["items"][0]["id"]
                .as_str()
                .expect("operator owns a server");
            let other = items.iter().find(|s| s["id"] != own).unwrap()["id"]
                .as_str()
                .unwrap();
            (own.to_string(), other.to_string())
        }
    }
}

const ENABLE: &str =
    "mutation($id: ID!) { enableMiningServer(serverId: $id) { id miningEnabled } }";
const PROTOCOL: &str = "mutation($input: MiningServerProtocolInput!) { updateMiningServerProtocol(input: $input) { type port enabled status publicKey configString } }";
const CONFIGURE: &str = "mutation($input: ServerConfigInput!) { updateServerConfiguration(input: $input) { success server { id status message configuration { protocols mining security } } } }";

#[test]
fn enabling_mining_is_for_owners_and_admins() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (own, other) = servers(&server, &operator);

    let (_, body) = server.graphql(ENABLE, json!({"id": own}), Some(&operator));
    assert_eq!(
        body["data"]["enableMiningServer"]["miningEnabled"], true,
        "{body}"
    );
    let (_, body) = server.graphql(ENABLE, json!({"id": other}), Some(&operator));
    assert_eq!(error_code(&body), "AUTH_001");
    let (_, body) = server.graphql(ENABLE, json!({"id": other}), None);
    assert_eq!(error_code(&body), "AUTH_001");
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, body) = server.graphql(ENABLE, json!({"id": own}), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001");
    let admin = server.admin_token();
    let (_, body) = server.graphql(ENABLE, json!({"id": other}), Some(&admin));
    assert_eq!(
        body["data"]["enableMiningServer"]["miningEnabled"], true,
        "{body}"
    );
    let (_, body) = server.graphql(ENABLE, json!({"id": "srv-nope"}), Some(&admin));
    assert_eq!(error_code(&body), "RSC_001");
}

#[test]
fn protocol_endpoints_are_validated_per_protocol() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (own, other) = servers(&server, &operator);
    let wg_private = STANDARD.encode([7u8; 32]);
    let wg_peer = STANDARD.encode([9u8; 32]);
    let wireguard = json!({"privateKey": wg_private, "address": "10.8.0.1/24",
                           "peers": [{"publicKey": wg_peer, "allowedIps": ["10.8.0.2/32"]}]});
    let input = |protocol: &str, port: i64, config: Value| json!({"input": {"serverId": own, "type": protocol, "port": port, "enabled": true, "config": config}});

    let (_, body) = server.graphql(
        PROTOCOL,
        input("WIREGUARD", 51999, wireguard.clone()),
        Some(&operator),
    );
    let endpoint = &body["data"]["updateMiningServerProtocol"];
    assert_eq!(endpoint["status"], "ACTIVE", "{body}");
    assert_eq!(endpoint["port"], 51999);
    let public = endpoint["publicKey"].as_str().unwrap();
    assert_eq!(
        public.len(),
        44,
        "WireGuard public key derived from the private key"
    );
    assert!(
        endpoint["configString"]
            .as_str()
            .unwrap()
            .contains(&wg_private),
        "owners see their secrets"
    );

    // Each refusal names what is wrong and changes nothing.
    let reality_bad_short_id = json!({"serverNames": ["www.example.com"], "privateKey": URL_SAFE_NO_PAD.encode([5u8; 32]),
        "shortIds": ["abc"], "dest": "www.example.com:443", "clients": []});
    let cases = [
        (input("REALITY", 8443, reality_bad_short_id), "shortIds"),
        (input("WIREGUARD", 443, wireguard.clone()), "port 443"),
        (input("WIREGUARD", 70000, wireguard.clone()), "port"),
        (
            input("VLESS", 443, json!({"clients": [{"id": "not-a-uuid"}]})),
            "clients",
        ),
        (
            input("WIREGUARD", 51820, json!({"privateKey": "short"})),
            "privateKey",
        ),
    ];
    for (variables, needle) in cases {
        let (_, body) = server.graphql(PROTOCOL, variables.clone(), Some(&operator));
        assert_eq!(error_code(&body), "VAL_001", "{variables}: {body}");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains(needle),
            "{message} should mention {needle}"
        );
    }
    let no_config =
        json!({"input": {"serverId": own, "type": "OPENCONNECT", "port": 4999, "enabled": true}});
    let (_, body) = server.graphql(PROTOCOL, no_config, Some(&operator));
    // The demo server may or may not already have an OpenConnect endpoint.
    if body["errors"].is_array() {
        assert_eq!(error_code(&body), "VAL_001");
    }

    let (_, body) = server.graphql(PROTOCOL, json!({"input": {"serverId": other, "type": "WIREGUARD", "port": 51999, "enabled": true, "config": wireguard}}), Some(&operator));
    assert_eq!(error_code(&body), "AUTH_001");
}

#[test]
fn configuration_changes_merge_and_validate() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (own, other) = servers(&server, &operator);
    let configure = |input: Value| {
        server
            .graphql(CONFIGURE, json!({"input": input}), Some(&operator))
            .1
    };

    let body = configure(
        json!({"serverId": own, "maintenance": true, "settings": {"maxClients": 500, "note": "x"}}),
    );
    let result = &body["data"]["updateServerConfiguration"];
    assert_eq!(result["success"], true, "{body}");
    assert_eq!(result["server"]["status"], "MAINTENANCE");
    assert_eq!(
        result["server"]["configuration"]["security"],
        json!({"maxClients": 500, "note": "x"})
    );
    assert_eq!(result["server"]["configuration"]["protocols"]["VLESS"], 443);

    let body = configure(
        json!({"serverId": own, "maintenance": false, "settings": {"note": null}, "location": "EU-West"}),
    );
    let result = &body["data"]["updateServerConfiguration"];
    assert_ne!(result["server"]["status"], "MAINTENANCE");
    assert_eq!(
        result["server"]["configuration"]["security"],
        json!({"maxClients": 500})
    );
    let (_, listed) = server.graphql("query($id: ID) { miningServers(filters: {ownerId: $id, location: \"eu-west\"}) { items { id } } }", json!({"id": null}), None);
    assert!(
        listed["data"]["miningServers"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == own.as_str())
    );

    for (input, needle) in [
        (
            json!({"serverId": own, "publicIp": "300.1.1.1"}),
            "publicIp",
        ),
        (json!({"serverId": own, "hostName": "bad host"}), "hostName"),
        (json!({"serverId": own, "settings": [1, 2]}), "settings"),
        (json!({"serverId": own, "location": "  "}), "location"),
    ] {
        let body = configure(input);
        assert_eq!(error_code(&body), "VAL_001", "{body}");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains(needle),
            "{body}"
        );
    }
    let (_, others) = server.graphql(
        "{ miningServers(pagination: {size: 50}) { items { id hostName } } }",
        json!({}),
        None,
    );
    let taken = others["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] != own.as_str())
        .unwrap()["hostName"]
        .clone();
    let body = configure(json!({"serverId": own, "hostName": taken}));
    assert_eq!(error_code(&body), "VAL_001", "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("already used")
    );
    let body = configure(json!({"serverId": other, "maintenance": true}));
    assert_eq!(error_code(&body), "AUTH_001");
}
