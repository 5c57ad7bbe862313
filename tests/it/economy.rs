//! Distribution and earnings (#13): the daily emission budget, `tokenEconomy`, the admin
//! dashboard's token economy panel, and `earnings` statements.

use serde_json::{Value, json};

use vpnmine::domain::money::Tokens;

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
    // The refused claims are in the audit log, with their server ids; reading the economy
    // (a query) is not.
    let audited = |operation: &str| {
        let (_, body) = server.graphql(
            "query($f: AuditLogFilter) { auditLog(filter: $f, pagination: {size: 100}) { items { operation targetIds } } }",
            json!({"f": {"operation": operation}}),
            Some(&admin),
        );
        body["data"]["auditLog"]["items"]
            .as_array()
            .unwrap()
            .clone()
    };
    let claims = audited("claimMiningRewards");
    assert_eq!(claims.len(), refused.len(), "{claims:?}");
    for row in &refused {
        assert!(
            claims.iter().any(|c| c["targetIds"][0] == row["serverId"]),
            "{row}"
        );
    }
    assert!(audited("tokenEconomy").is_empty());
}

fn tokens(value: &Value) -> Tokens {
    value
        .as_str()
        .unwrap_or_else(|| panic!("an exact amount: {value}"))
        .parse()
        .unwrap()
}

fn sum<'a>(values: impl IntoIterator<Item = &'a Value>) -> Tokens {
    Tokens::sum(values.into_iter().map(tokens)).unwrap()
}

/// Without the time of the answer, and with the reset time in one RFC 3339 form (the CLI
/// writes `Z`, the server `+00:00`).
fn normalize(economy: &mut Value) {
    economy["asOf"] = Value::Null;
    let resets = chrono::DateTime::parse_from_rfc3339(economy["budgetResetsAt"].as_str().unwrap());
    economy["budgetResetsAt"] = json!(
        resets
            .unwrap()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
}

const ECONOMY_FIELDS: &str = "asOf supply circulating spent paidOut feesCollected held \
    pendingWithdrawals { count amount } approvedWithdrawals { count amount } claimedToday \
    dailyBudget budgetLeft budgetResetsAt";

#[test]
fn the_token_economy_adds_up_and_is_the_dashboards_panel() {
    let server = TestServer::start(&["--daily-emission", "250000.5"]);
    let admin = server.admin_token();
    let (_, body) = server.graphql(
        &format!("{{ tokenEconomy {{ {ECONOMY_FIELDS} }} }}"),
        json!({}),
        Some(&admin),
    );
    let mut economy = body["data"]["tokenEconomy"].clone();
    assert!(economy.is_object(), "{body}");
    // The demo has claims and spending, no withdrawals yet.
    assert!(tokens(&economy["supply"]).is_positive(), "{economy}");
    assert!(tokens(&economy["spent"]).is_positive(), "{economy}");
    for nothing in ["paidOut", "feesCollected", "held"] {
        assert_eq!(economy[nothing], "0", "{nothing}");
    }
    assert_eq!(
        economy["pendingWithdrawals"],
        json!({"count": 0, "amount": "0"})
    );
    assert_eq!(
        economy["approvedWithdrawals"],
        json!({"count": 0, "amount": "0"})
    );
    // What circulates is what was minted less what was spent and paid out.
    assert_eq!(
        tokens(&economy["circulating"]),
        tokens(&economy["supply"])
            .checked_sub(tokens(&economy["spent"]))
            .and_then(|t| t.checked_sub(tokens(&economy["paidOut"])))
            .unwrap()
    );
    assert_eq!(economy["dailyBudget"], "250000.5");
    assert_eq!(
        tokens(&economy["budgetLeft"]),
        tokens(&economy["dailyBudget"])
            .checked_sub(tokens(&economy["claimedToday"]))
            .unwrap()
    );
    let resets = chrono::DateTime::parse_from_rfc3339(economy["budgetResetsAt"].as_str().unwrap());
    assert_eq!(
        resets
            .unwrap()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        next_midnight()
    );

    // The dashboard shows the same figures; its circulation is the sum of the balances.
    let (_, body) = server.graphql(
        &format!(
            "{{ adminDashboard {{ tokenMetrics {{ totalTokensInCirculationExact totalTokensEarnedExact \
             totalTokensSpentExact tokenEconomy {{ {ECONOMY_FIELDS} }} }} }} }}"
        ),
        json!({}),
        Some(&admin),
    );
    let metrics = &body["data"]["adminDashboard"]["tokenMetrics"];
    assert!(metrics.is_object(), "{body}");
    let mut panel = metrics["tokenEconomy"].clone();
    assert_eq!(
        metrics["totalTokensInCirculationExact"],
        panel["circulating"]
    );
    assert_eq!(metrics["totalTokensEarnedExact"], panel["supply"]);
    assert_eq!(metrics["totalTokensSpentExact"], panel["spent"]);
    normalize(&mut panel);
    normalize(&mut economy);
    assert_eq!(panel, economy, "nothing was claimed in between");

    // The CLI: the panel in the dashboard, and `admin economy` in every format.
    let run = server.run_as(&admin, &["admin", "dashboard", "-o", "json"]);
    let mut shown = run.json()["tokenEconomy"].clone();
    normalize(&mut shown);
    assert_eq!(shown, economy);
    let table = server.run_as(&admin, &["admin", "dashboard"]);
    assert!(
        table.ok().contains("Token economy statistics"),
        "{}",
        table.stdout
    );
    let json_out = server
        .run_as(&admin, &["admin", "economy", "-o", "json"])
        .json();
    assert_eq!(json_out["supply"], economy["supply"]);
    let table = server.run_as(&admin, &["admin", "economy"]);
    for field in [
        "supply",
        "circulating",
        "budgetLeft",
        "pendingWithdrawals.count",
    ] {
        assert!(table.ok().contains(field), "{field}: {}", table.stdout);
    }
    let csv_out = server.run_as(&admin, &["admin", "economy", "-o", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_out.ok().as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][at("supply")], economy["supply"].as_str().unwrap());
    assert_eq!(&rows[0][at("dailyBudget")], "250000.5");

    // Operators and users see their own earnings, not the platform's economy.
    let (operator, _) = server.operator();
    server
        .run_as(&operator, &["admin", "economy"])
        .fails(4, "AUTH_001");
}

const EARNINGS: &str = "query($from: DateTime, $to: DateTime, $by: EarningsGrouping!, $a: ID) { \
    earnings(from: $from, to: $to, by: $by, accountId: $a) { accountId startBalance endBalance \
    groups { key serverId periodStart figures { gross fees withdrawals spent net } } \
    total { gross fees withdrawals spent net } } }";

fn statement(server: &TestServer, token: &str, variables: Value) -> Value {
    let (_, body) = server.graphql(EARNINGS, variables, Some(token));
    let statement = body["data"]["earnings"].clone();
    assert!(statement.is_object(), "{body}");
    // The totals are the sum of the groups, and start + net = end, exactly.
    let groups = statement["groups"].as_array().unwrap();
    for figure in ["gross", "fees", "withdrawals", "spent", "net"] {
        assert_eq!(
            sum(groups.iter().map(|g| &g["figures"][figure])),
            tokens(&statement["total"][figure]),
            "{figure}"
        );
    }
    assert_eq!(
        tokens(&statement["startBalance"]).checked_add(tokens(&statement["total"]["net"])),
        Some(tokens(&statement["endBalance"]))
    );
    statement
}

#[test]
fn the_demo_operators_statement_reconciles_with_the_ledger() {
    let server = TestServer::start(&[]);
    let (operator, operator_id) = server.operator();
    let now = chrono::Utc::now().to_rfc3339();
    let all_time = statement(&server, &operator, json!({"by": "SERVER", "to": now}));
    assert_eq!(all_time["accountId"], operator_id.as_str());
    assert_eq!(all_time["startBalance"], "0");
    // Each server's group is what the server's claims paid, read another way.
    let (_, body) = server.graphql(
        "query($o: ID!) { miningServers(filters: {ownerId: $o}, pagination: {size: 500}) { items { id tokenBalanceExact } } }",
        json!({"o": operator_id}),
        Some(&operator),
    );
    let servers = body["data"]["miningServers"]["items"]
        .as_array()
        .unwrap()
        .clone();
    assert!(!servers.is_empty(), "{body}");
    let groups = all_time["groups"].as_array().unwrap();
    for item in &servers {
        let group = groups.iter().find(|g| g["serverId"] == item["id"]);
        let gross = group.map_or(Tokens::ZERO, |g| tokens(&g["figures"]["gross"]));
        assert_eq!(gross, tokens(&item["tokenBalanceExact"]), "{}", item["id"]);
    }
    assert_eq!(
        tokens(&all_time["total"]["gross"]),
        sum(servers.iter().map(|s| &s["tokenBalanceExact"]))
    );
    assert!(tokens(&all_time["total"]["gross"]).is_positive());

    // By day: the same totals; a sub-period starts where the statement up to it ends.
    let by_day = statement(&server, &operator, json!({"by": "DAY", "to": now}));
    assert_eq!(by_day["total"], all_time["total"]);
    assert!(by_day["groups"].as_array().unwrap().len() > 1);
    let week_ago = (chrono::Utc::now() - chrono::Duration::days(7)).to_rfc3339();
    let before = statement(&server, &operator, json!({"by": "WEEK", "to": week_ago}));
    let since = statement(
        &server,
        &operator,
        json!({"by": "MONTH", "from": week_ago, "to": now}),
    );
    assert_eq!(since["startBalance"], before["endBalance"]);
    assert_eq!(since["endBalance"], all_time["endBalance"]);
    for group in by_day["groups"].as_array().unwrap() {
        assert!(group["serverId"].is_null(), "{group}");
        let start = group["periodStart"].as_str().unwrap();
        assert!(start.starts_with(group["key"].as_str().unwrap()), "{group}");
        assert!(start.ends_with("T00:00:00+00:00"), "{group}");
    }
    // ISO weeks start on Mondays, UTC.
    use chrono::Datelike as _;
    for group in before["groups"].as_array().unwrap() {
        let day = chrono::NaiveDate::parse_from_str(group["key"].as_str().unwrap(), "%Y-%m-%d");
        assert_eq!(day.unwrap().weekday(), chrono::Weekday::Mon, "{group}");
    }
    // By server, fees and payouts (none yet on the demo) would be the group `none`.
    assert!(
        groups
            .iter()
            .all(|g| g["key"] == g["serverId"] || g["key"] == "none"),
        "{groups:?}"
    );

    // Admins read anyone's; the CLI prints the same statement.
    let admin = server.admin_token();
    let theirs = statement(
        &server,
        &admin,
        json!({"by": "SERVER", "to": now, "a": operator_id}),
    );
    assert_eq!(theirs, all_time);
    let run = server.run_as(
        &operator,
        &["mining", "earnings", "--to", &now, "-o", "json"],
    );
    let shown = run.json();
    assert_eq!(shown["statement"]["endBalance"], all_time["endBalance"]);
    assert_eq!(shown["total"], all_time["total"]);
    assert_eq!(
        shown["groups"].as_array().unwrap().len(),
        all_time["groups"].as_array().unwrap().len()
    );
    let table = server.run_as(&operator, &["mining", "earnings", "--by", "week"]);
    for needle in [
        "Earnings statement",
        "startBalance",
        "By week",
        "GROSS",
        "WITHDRAWALS",
        "Total",
    ] {
        assert!(table.ok().contains(needle), "{needle}: {}", table.stdout);
    }
    let csv_out = server.run_as(
        &operator,
        &[
            "mining", "earnings", "--by", "day", "--to", &now, "-o", "csv",
        ],
    );
    let mut reader = csv::Reader::from_reader(csv_out.ok().as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (total, days) = rows.split_last().unwrap();
    assert_eq!(&total[at("KEY")], "TOTAL");
    assert_eq!(
        &total[at("END BALANCE")],
        all_time["endBalance"].as_str().unwrap()
    );
    assert_eq!(days.len(), by_day["groups"].as_array().unwrap().len());
    let net: Vec<Tokens> = days.iter().map(|r| r[at("NET")].parse().unwrap()).collect();
    assert_eq!(
        Tokens::sum(net).unwrap().to_string(),
        total[at("NET")].to_string()
    );

    // Refusals, changing nothing (these are queries).
    let (user, user_id) = {
        let (token, _) = server.login("user", "user-demo-pass");
        let (_, me) = server.graphql("{ me { id } }", json!({}), Some(&token));
        (token, me["data"]["me"]["id"].as_str().unwrap().to_string())
    };
    let refused = |token: &str, variables: Value, code: &str| {
        let (_, body) = server.graphql(EARNINGS, variables, Some(token));
        assert_eq!(crate::common::error_code(&body), code, "{body}");
    };
    refused(&user, json!({"by": "DAY", "a": operator_id}), "AUTH_001");
    refused(
        &user,
        json!({"by": "DAY", "a": "no-such-account"}),
        "AUTH_001",
    );
    refused(
        &admin,
        json!({"by": "DAY", "a": "no-such-account"}),
        "RSC_001",
    );
    refused(
        &operator,
        json!({"by": "DAY", "from": now, "to": week_ago}),
        "VAL_001",
    );
    refused(&operator, json!({"by": "YEAR"}), "VAL_001");
    let (_, body) = server.graphql(EARNINGS, json!({"by": "DAY"}), None);
    assert_eq!(crate::common::error_code(&body), "AUTH_001", "{body}");
    // Oneself by id is fine.
    statement(&server, &user, json!({"by": "MONTH", "a": user_id}));
    let cli = |token: &str, args: &[&str]| {
        let mut all = vec!["mining", "earnings"];
        all.extend_from_slice(args);
        server.run_as(token, &all)
    };
    cli(&user, &["--account", &operator_id]).fails(4, "AUTH_001");
    cli(&admin, &["--account", "no-such-account"]).fails(3, "RSC_001");
    cli(&operator, &["--from", "now", "--to", "-7d"]).fails(2, "--from");
    cli(&operator, &["--by", "year"]).fails(2, "year");
    cli(&operator, &["--from", "soonish"]).fails(2, "--from");
}

const CLAIM: &str = "mutation($id: ID!) { claimMiningRewards(serverId: $id) { success amountExact refusedBy retryAt } }";

/// Servers' claims racing a budget that pays the largest of them alone but not all of them:
/// some are paid, the others refused for the budget, and together they stay within it.
#[test]
fn racing_claims_stay_within_a_small_budget() {
    // What the admin's servers' claims pay, measured on a first platform of the same seed.
    let measured = {
        let server = TestServer::start(&[]);
        let admin = server.admin_token();
        let run = server.run_as(&admin, &["mining", "claim", "--all", "-o", "json"]);
        rows(&run)
            .into_iter()
            .filter(|r| r["result"] == "paid")
            .map(|r| {
                (
                    r["serverId"].as_str().unwrap().to_string(),
                    tokens(&r["amount"]),
                )
            })
            .collect::<Vec<_>>()
    };
    assert!(measured.len() >= 2, "{measured:?}");
    let largest = measured.iter().map(|(_, a)| *a).max().unwrap();
    let total = Tokens::sum(measured.iter().map(|(_, a)| *a)).unwrap();
    // Rewards grow by the second: 5 % above the largest still pays it alone, and stays
    // below 95 % of them all.
    let budget = largest.checked_add(largest.divided(20).unwrap()).unwrap();
    assert!(
        budget < total.checked_sub(total.divided(20).unwrap()).unwrap(),
        "{measured:?}"
    );
    let budget = budget.to_string();

    let server = TestServer::start(&["--daily-emission", &budget]);
    let admin = server.admin_token();
    let results: Vec<Value> = std::thread::scope(|scope| {
        let handles: Vec<_> = measured
            .iter()
            .flat_map(|(id, _)| [id, id])
            .map(|id| {
                let (server, admin) = (&server, &admin);
                scope.spawn(move || server.graphql(CLAIM, json!({"id": id}), Some(admin)).1)
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let claims: Vec<&Value> = results
        .iter()
        .map(|b| &b["data"]["claimMiningRewards"])
        .collect();
    let paid: Vec<Tokens> = claims
        .iter()
        .filter(|c| c["success"] == true)
        .map(|c| tokens(&c["amountExact"]))
        .collect();
    assert!(!paid.is_empty(), "{results:?}");
    assert!(
        claims
            .iter()
            .any(|c| c["refusedBy"] == "BUDGET" && c["retryAt"].is_string()),
        "{results:?}"
    );
    let budget: Tokens = budget.parse().unwrap();
    let minted = Tokens::sum(paid).unwrap();
    assert!(minted <= budget, "{minted} > {budget}");
    let (_, body) = server.graphql(
        "{ tokenEconomy { claimedToday budgetLeft } }",
        json!({}),
        Some(&admin),
    );
    let economy = &body["data"]["tokenEconomy"];
    assert_eq!(tokens(&economy["claimedToday"]), minted, "{body}");
    assert_eq!(
        tokens(&economy["budgetLeft"]),
        budget.checked_sub(minted).unwrap()
    );
}

#[test]
fn the_budget_flag_takes_exact_tokens_or_off() {
    let env = crate::common::Env::new();
    for bad in ["-1", "1.0000001", "lots", ""] {
        let flag = format!("--daily-emission={bad}");
        env.run(&["server", "--db", ":memory:", &flag])
            .fails(2, "--daily-emission");
    }
    let help = env.run(&["server", "--help"]);
    assert!(
        help.ok().contains("--daily-emission <TOKENS|off>"),
        "{}",
        help.stdout
    );
    assert!(help.ok().contains("[default: 1000000]"), "{}", help.stdout);
}
