//! Authentication over HTTP: login, me, refresh rotation, revocation, bad tokens.

use serde_json::json;

use crate::common::{TestServer, error_code};

const ME: &str = "{ me { id username role userType } }";

#[test]
fn login_me_refresh_and_revoke() {
    let server = TestServer::start(&[]);
    let (access, refresh) = server.login("operator", "operator-demo-pass");
    assert!(access.starts_with("vpm_at_") && refresh.starts_with("vpm_rt_"));

    let (status, me) = server.graphql(ME, json!({}), Some(&access));
    assert_eq!(status, 200);
    assert_eq!(me["data"]["me"]["username"], "operator");
    assert_eq!(me["data"]["me"]["role"], "OPERATOR");
    assert_eq!(me["data"]["me"]["userType"], "PREMIUM");

    // Rotation: the refresh token works once, and the old pair stops working.
    let refresh_query = "mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresIn tokenType } }";
    let (_, rotated) = server.graphql(refresh_query, json!({"t": refresh}), None);
    let new_access = rotated["data"]["refreshToken"]["accessToken"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(rotated["data"]["refreshToken"]["expiresIn"], 3600);
    assert_eq!(rotated["data"]["refreshToken"]["tokenType"], "Bearer");
    assert_ne!(new_access, access);
    let (_, reused) = server.graphql(refresh_query, json!({"t": refresh}), None);
    assert_eq!(error_code(&reused), "AUTH_001");
    let (status, old) = server.graphql(ME, json!({}), Some(&access));
    assert_eq!((status, error_code(&old)), (401, "AUTH_001"));
    let (_, me) = server.graphql(ME, json!({}), Some(&new_access));
    assert_eq!(me["data"]["me"]["username"], "operator");

    // Revoking the current token ends the session.
    let (_, revoked) = server.graphql(
        "mutation { revokeToken { success message } }",
        json!({}),
        Some(&new_access),
    );
    assert_eq!(revoked["data"]["revokeToken"]["success"], true);
    let (status, after) = server.graphql(ME, json!({}), Some(&new_access));
    assert_eq!(status, 401);
    assert!(
        after["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("revoked")
    );
}

#[test]
fn bad_credentials_and_tokens_are_refused_with_auth_001() {
    let server = TestServer::start(&[]);
    let login = "mutation($u: String!, $p: String!) { authenticate(username: $u, password: $p) { accessToken } }";
    for (user, password) in [
        ("operator", "wrong"),
        ("nobody", "operator-demo-pass"),
        ("user00001", ""),
    ] {
        let (_, body) = server.graphql(login, json!({"u": user, "p": password}), None);
        let expected = if password.is_empty() {
            "VAL_001"
        } else {
            "AUTH_001"
        };
        assert_eq!(error_code(&body), expected, "{user}/{password}: {body}");
        assert!(body["data"].is_null() || body["data"]["authenticate"].is_null());
    }
    // Generated demo users have no password login.
    let (_, body) = server.graphql(login, json!({"u": "user00001", "p": "!"}), None);
    assert_eq!(error_code(&body), "AUTH_001");

    let (status, body) = server.graphql(ME, json!({}), Some("vpm_at_not-a-real-token"));
    assert_eq!((status, error_code(&body)), (401, "AUTH_001"));
    let (_, body) = server.graphql(ME, json!({}), None);
    assert_eq!(error_code(&body), "AUTH_001", "me needs a login");

    let (_, body) = server.graphql(
        "mutation { revokeToken(token: \"vpm_at_unknown\") { success } }",
        json!({}),
        None,
    );
    assert_eq!(error_code(&body), "RSC_001");
    let (_, body) = server.graphql("mutation { revokeToken { success } }", json!({}), None);
    assert_eq!(error_code(&body), "VAL_001");
}

#[test]
fn owners_and_admins_see_secrets_others_do_not() {
    let server = TestServer::start(&[]);
    let query = "{ miningServers(filters: {protocol: REALITY}, pagination: {size: 500}) { items { ownerId protocols { type configString } } } }";
    let reality_config = |body: &serde_json::Value, owner: Option<&str>| -> Vec<String> {
        body["data"]["miningServers"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| owner.is_none_or(|o| s["ownerId"] == o))
            .flat_map(|s| s["protocols"].as_array().unwrap().clone())
            .filter(|p| p["type"] == "REALITY")
            .map(|p| p["configString"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, anonymous) = server.graphql(query, json!({}), None);
    let configs = reality_config(&anonymous, None);
    assert!(!configs.is_empty());
    assert!(configs.iter().all(|c| c.contains("<redacted>")));

    let (admin, _) = server.login("admin", "admin-demo-pass");
    let (_, as_admin) = server.graphql(query, json!({}), Some(&admin));
    assert!(
        reality_config(&as_admin, None)
            .iter()
            .all(|c| !c.contains("<redacted>"))
    );

    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (_, me) = server.graphql(ME, json!({}), Some(&operator));
    let operator_id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let (_, as_operator) = server.graphql(query, json!({}), Some(&operator));
    let own = reality_config(&as_operator, Some(&operator_id));
    let others: Vec<String> = reality_config(&as_operator, None)
        .into_iter()
        .filter(|c| !own.contains(c))
        .collect();
    assert!(
        own.iter().all(|c| !c.contains("<redacted>")),
        "own secrets visible"
    );
    assert!(
        others.iter().all(|c| c.contains("<redacted>")),
        "others' secrets hidden"
    );
}
