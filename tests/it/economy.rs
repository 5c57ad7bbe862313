//! Distribution and earnings (#13): the daily emission budget, `tokenEconomy`, the admin
//! dashboard's token economy panel, and `earnings` statements.

use serde_json::{Value, json};

use crate::common::TestServer;

/// The next UTC midnight, as `retryAt` writes it.
fn next_midnight() -> String {
    let now = chrono::Utc::now().timestamp();
    let next = now - now.rem_euclid(86_400) + 86_400;
    chrono::DateTime::from_timestamp(next, 0)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn rows(run: &crate::common::Run) -> Vec<Value> {
    serde_json::from_str::<Value>(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn claims_beyond_the_daily_budget_are_refused_until_midnight() {
    // A budget of nothing: every claim that would pay is refused, whatever the seed claimed.
    let server = TestServer::start(&["--daily-emission", "0"]);
    let admin = server.admin_token();
    let supply = |server: &TestServer| -> Value {
        let (_, body) = server.graphql(
            "{ tokenEconomy { supply claimedToday } }",
            json!({}),
            Some(&admin),
        );
        body["data"]["tokenEconomy"].clone()
    };
    let before = supply(&server);
    let run = server.run_as(&admin, &["mining", "claim", "--all", "-o", "json"]);
    assert_eq!(
        run.code, 5,
        "refused for now, like a cooldown: {}",
        run.stderr
    );
    let refused = rows(&run);
    let budget: Vec<&Value> = refused.iter().filter(|r| r["rule"] == "BUDGET").collect();
    assert!(
        !budget.is_empty(),
        "the admin's healthy servers meet the budget: {refused:?}"
    );
    for row in &refused {
        assert_eq!(row["result"], "refused", "{row}");
    }
    for row in budget {
        assert_eq!(row["retryAt"], next_midnight(), "{row}");
        assert!(
            row["message"]
                .as_str()
                .unwrap()
                .contains("daily emission budget of 0 tokens has 0 left"),
            "{row}"
        );
    }
    assert_eq!(supply(&server), before, "nothing was minted");
}
