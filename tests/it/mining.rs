//! Mining over HTTP: start, claim (rules, idempotency, concurrency) and settings.

use std::collections::HashMap;

use serde_json::{Value, json};

use vpnmine::domain::money::Tokens;

use crate::common::{TestServer, error_code, tokens};

const CLAIM: &str = "mutation($id: ID!, $key: String) { claimMiningRewards(serverId: $id, idempotencyKey: $key) { success amount amountExact newBalance newBalanceExact message refusedBy retryAt claimId } }";
const SERVERS: &str = "{ miningServers(filters: {miningEnabled: true, status: ONLINE}, pagination: {size: 500, sort: {field: HOST_NAME}}) { items { id ownerId tokenBalance mining { rewards } } } }";

fn balances(server: &TestServer) -> HashMap<String, Tokens> {
    let (_, body) = server.graphql(
        "{ miningServers(pagination: {size: 500}) { items { id tokenBalanceExact } } }",
        json!({}),
        None,
    );
    body["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                tokens(&s["tokenBalanceExact"]),
            )
        })
        .collect()
}

#[test]
fn concurrent_claims_pay_each_server_at_most_once_and_the_ledger_adds_up() {
    let server = TestServer::start(&[]);
    claims_from_many_threads_pay_each_server_at_most_once(&[&server]);
}

/// 200 claims from 20 threads over ten servers, thread `t` sending through `replicas[t % n]`
/// (replicas of one database, or one server): each server is paid at most once, and balances
/// move by exactly what the claims paid.
pub(crate) fn claims_from_many_threads_pay_each_server_at_most_once(replicas: &[&TestServer]) {
    let server = replicas[0];
    let admin = server.admin_token();
    let (operator, _) = server.login("operator", "operator-demo-pass");
    let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&operator));
    let operator_id = me["data"]["me"]["id"].as_str().unwrap().to_string();
    let (_, listed) = server.graphql(SERVERS, json!({}), None);
    let items = listed["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .clone();
    assert!(items.len() >= 10);
    // Ten mining servers; the demo's rules refuse some of them (uptime, feedback), which the
    // test checks too.
    let targets: Vec<(String, String)> = items
        .iter()
        .take(10)
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["ownerId"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let before = balances(server);

    // 200 claims from 20 threads, with the admin's and (for its servers) the operator's token.
    let results: Vec<(String, Value)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..20)
            .map(|t| {
                let targets = &targets;
                let (admin, operator, operator_id) = (&admin, &operator, &operator_id);
                let server = replicas[t % replicas.len()];
                scope.spawn(move || {
                    (0..10)
                        .map(|i| {
                            let (id, owner) = &targets[(t + i) % targets.len()];
                            let token = if owner == operator_id && t % 2 == 0 {
                                operator
                            } else {
                                admin
                            };
                            let (_, body) = server.graphql(CLAIM, json!({"id": id}), Some(token));
                            (id.clone(), body)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert_eq!(results.len(), 200);

    let mut paid: HashMap<String, (usize, Tokens)> = HashMap::new();
    for (id, body) in &results {
        let result = &body["data"]["claimMiningRewards"];
        assert!(result.is_object(), "every claim gets a result: {body}");
        if result["success"] == true {
            let entry = paid.entry(id.clone()).or_default();
            entry.0 += 1;
            entry.1 = entry.1.checked_add(tokens(&result["amountExact"])).unwrap();
        } else {
            assert!(
                result["refusedBy"].is_string(),
                "a refusal names its rule: {result}"
            );
        }
    }
    assert!(!paid.is_empty(), "some of the servers could claim");
    for (id, (count, _)) in &paid {
        assert_eq!(*count, 1, "{id} was paid {count} times within one cooldown");
    }
    // Cooldown refusals carry the time to retry.
    assert!(
        results.iter().any(
            |(_, b)| b["data"]["claimMiningRewards"]["refusedBy"] == "COOLDOWN"
                && b["data"]["claimMiningRewards"]["retryAt"].is_string()
        )
    );

    let after = balances(server);
    for (id, _) in &targets {
        let gained = after[id].checked_sub(before[id]).unwrap();
        let expected = paid.get(id).map_or(Tokens::ZERO, |p| p.1);
        assert_eq!(
            gained, expected,
            "{id}: balance moved {gained}, claims paid {expected}"
        );
    }
}

#[test]
fn a_retried_claim_pays_once() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (_, listed) = server.graphql(SERVERS, json!({}), None);
    let items = listed["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .clone();
    let key = "retry-test-0001";
    let paid = items
        .iter()
        .take(100)
        .find_map(|s| {
            let id = s["id"].as_str().unwrap();
            let (_, body) = server.graphql(CLAIM, json!({"id": id, "key": key}), Some(&admin));
            let result = body["data"]["claimMiningRewards"].clone();
            (result["success"] == true).then(|| (id.to_string(), result))
        })
        .expect("one of the servers can claim");
    let (id, first) = paid;
    let (_, again) = server.graphql(CLAIM, json!({"id": id, "key": key}), Some(&admin));
    let again = &again["data"]["claimMiningRewards"];
    assert_eq!(again["success"], true);
    assert_eq!(again["claimId"], first["claimId"]);
    assert_eq!(again["amount"], first["amount"]);
    assert_eq!(
        again["newBalance"], first["newBalance"],
        "no second payment"
    );
    assert_eq!(balances(&server)[&id], tokens(&first["newBalanceExact"]));

    // Without the key, a second claim meets the cooldown.
    let (_, fresh) = server.graphql(CLAIM, json!({"id": id}), Some(&admin));
    assert_eq!(fresh["data"]["claimMiningRewards"]["refusedBy"], "COOLDOWN");
    // The same key for another server is a mistake, not a payment.
    let other = items.iter().find(|s| s["id"] != id.as_str()).unwrap()["id"]
        .as_str()
        .unwrap();
    let (_, misuse) = server.graphql(CLAIM, json!({"id": other, "key": key}), Some(&admin));
    assert_eq!(error_code(&misuse), "VAL_001");
}

#[test]
fn claims_and_mining_need_the_owner() {
    let server = TestServer::start(&[]);
    let (user, _) = server.login("user", "user-demo-pass");
    let (_, listed) = server.graphql(SERVERS, json!({}), None);
    let id = listed["data"]["miningServers"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, body) = server.graphql(CLAIM, json!({"id": id}), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001");
    let (_, body) = server.graphql(CLAIM, json!({"id": id}), None);
    assert_eq!(error_code(&body), "AUTH_001");
    let admin = server.admin_token();
    let (_, body) = server.graphql(CLAIM, json!({"id": "srv-missing"}), Some(&admin));
    assert_eq!(error_code(&body), "RSC_001");
    let (_, body) = server.graphql(CLAIM, json!({"id": id, "key": ""}), Some(&admin));
    assert_eq!(error_code(&body), "VAL_001");
    let start = "mutation($id: ID!) { startMining(serverId: $id) { id isActive currentReward server { id } } }";
    let (_, body) = server.graphql(start, json!({"id": id}), Some(&user));
    assert_eq!(error_code(&body), "AUTH_001");
}

#[test]
fn start_mining_and_settings() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (_, listed) = server.graphql(SERVERS, json!({}), None);
    let id = listed["data"]["miningServers"]["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let start = "mutation($id: ID!) { startMining(serverId: $id) { id isActive startTime currentReward server { id } } }";
    let (_, first) = server.graphql(start, json!({"id": id}), Some(&admin));
    let activity = &first["data"]["startMining"];
    assert_eq!(activity["isActive"], true, "{first}");
    assert_eq!(activity["server"]["id"], id.as_str());
    let (_, second) = server.graphql(start, json!({"id": id}), Some(&admin));
    assert_eq!(
        second["data"]["startMining"]["id"], activity["id"],
        "starting again returns the open activity"
    );

    let configure = "mutation($input: MiningConfigInput!) { configureMiningSettings(input: $input) { success settings { enabled rate thresholds { minimumClaim cooldownHours minUptime minFeedbackScore } rewards { accrued totalClaimed } } activation { status message } } }";
    let (_, body) = server.graphql(
        configure,
        json!({"input": {"serverId": id, "rate": 1.5, "minimumClaim": 25.0}}),
        Some(&admin),
    );
    let result = &body["data"]["configureMiningSettings"];
    assert_eq!(result["activation"]["status"], "APPLIED", "{body}");
    assert_eq!(result["settings"]["rate"], 1.5);
    assert_eq!(result["settings"]["thresholds"]["minimumClaim"], 25.0);
    assert_eq!(result["settings"]["thresholds"]["cooldownHours"], 24.0);
    let (_, body) = server.graphql(
        configure,
        json!({"input": {"serverId": id, "rate": 1.5}}),
        Some(&admin),
    );
    assert_eq!(
        body["data"]["configureMiningSettings"]["activation"]["status"],
        "UNCHANGED"
    );
    for input in [
        json!({"serverId": id, "rate": 5.0}),
        json!({"serverId": id, "minimumClaim": 1.0}),
    ] {
        let (_, body) = server.graphql(configure, json!({"input": input}), Some(&admin));
        assert_eq!(error_code(&body), "VAL_001", "{body}");
    }

    // Mining off: starting is refused with a reason.
    let (_, body) = server.graphql(
        configure,
        json!({"input": {"serverId": id, "enabled": false}}),
        Some(&admin),
    );
    assert_eq!(
        body["data"]["configureMiningSettings"]["settings"]["enabled"],
        false
    );
    let (_, body) = server.graphql(start, json!({"id": id}), Some(&admin));
    assert_eq!(error_code(&body), "VAL_001");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("disabled")
    );
}

/// The first server of `items` that `token` can claim for with `key`, and the claim's result.
fn first_paid_claim(
    server: &TestServer,
    token: &str,
    items: &[Value],
    key: &str,
) -> Option<(String, Value)> {
    items.iter().find_map(|s| {
        let id = s["id"].as_str().unwrap();
        let (_, body) = server.graphql(CLAIM, json!({"id": id, "key": key}), Some(token));
        assert!(body["errors"].is_null(), "{id}: {body}");
        let result = body["data"]["claimMiningRewards"].clone();
        (result["success"] == true).then(|| (id.to_string(), result))
    })
}

#[test]
fn idempotency_keys_belong_to_the_account_that_sent_them() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let (operator, operator_id) = server.operator();
    let (_, listed) = server.graphql(SERVERS, json!({}), None);
    let items = listed["data"]["miningServers"]["items"].as_array().unwrap();
    let (own, foreign): (Vec<Value>, Vec<Value>) = items
        .iter()
        .cloned()
        .partition(|s| s["ownerId"] == operator_id.as_str());
    let key = "shared-key-0001";

    let (operator_server, operator_claim) =
        first_paid_claim(&server, &operator, &own, key).expect("an operator's server pays");
    // Another account (an admin may claim for any server) sending the same key for the same
    // server learns nothing of the operator's claim: it is its own fresh claim, which meets
    // the cooldown, not the operator's answered back.
    let (_, body) = server.graphql(
        CLAIM,
        json!({"id": operator_server, "key": key}),
        Some(&admin),
    );
    let probe = &body["data"]["claimMiningRewards"];
    assert_eq!(probe["success"], false, "{body}");
    assert_eq!(probe["refusedBy"], "COOLDOWN", "{body}");
    assert!(probe["claimId"].is_null(), "{body}");
    // Nor is it blocked by it: the same key pays the other account's claim elsewhere.
    let (admin_server, admin_claim) =
        first_paid_claim(&server, &admin, &foreign, key).expect("another owner's server pays");
    assert_ne!(admin_server, operator_server);
    assert_ne!(admin_claim["claimId"], operator_claim["claimId"]);

    // Each account's retry still finds its own claim.
    for (token, id, first) in [
        (&operator, &operator_server, &operator_claim),
        (&admin, &admin_server, &admin_claim),
    ] {
        let (_, again) = server.graphql(CLAIM, json!({"id": id, "key": key}), Some(token));
        let again = &again["data"]["claimMiningRewards"];
        assert_eq!(again["claimId"], first["claimId"]);
        assert_eq!(again["newBalance"], first["newBalance"], "paid once");
    }
}
