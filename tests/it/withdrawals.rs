//! Withdrawals over HTTP and the CLI: holds under concurrency, a payout that survives kill -9
//! exactly once, every bad input refused with nothing changed, the audit trail, and the
//! `wallet` and `admin withdrawals` commands.

use std::io::Write as _;

use serde_json::{Value, json};
use vpnmine::domain::money::Tokens;

use crate::common::{TestServer, error_code, tokens};

const EVM: &str = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const REQUEST: &str = "mutation($a: Tokens!, $d: String!, $k: String) { requestWithdrawal(amount: $a, destination: $d, idempotencyKey: $k) { id status amount fee net payoutReference } }";

fn t(text: &str) -> Tokens {
    text.parse().unwrap()
}

/// (balance, held, available) of the account `token` belongs to.
fn wallet(server: &TestServer, token: &str) -> (Tokens, Tokens, Tokens) {
    let (_, body) = server.graphql(
        "{ wallet { balance held available } }",
        json!({}),
        Some(token),
    );
    let w = &body["data"]["wallet"];
    (
        tokens(&w["balance"]),
        tokens(&w["held"]),
        tokens(&w["available"]),
    )
}

/// Every ledger entry of the account `token` belongs to: (kind, amount, withdrawal id).
fn history(server: &TestServer, token: &str) -> Vec<(String, Tokens, Option<String>)> {
    let mut all = Vec::new();
    for page in 1.. {
        let (_, body) = server.graphql(
            "query($p: Int!) { walletHistory(pagination: {page: $p, size: 500}) { items { kind amount withdrawalId } pageInfo { hasNext } } }",
            json!({"p": page}),
            Some(token),
        );
        let result = &body["data"]["walletHistory"];
        for item in result["items"].as_array().expect("items") {
            all.push((
                item["kind"].as_str().unwrap().to_string(),
                tokens(&item["amount"]),
                item["withdrawalId"].as_str().map(str::to_string),
            ));
        }
        if result["pageInfo"]["hasNext"] != true {
            break;
        }
    }
    all
}

/// The ledger of `token`'s account sums to what `wallet` answers (kept by a trigger):
/// balance = all but holds and releases, held = minus holds and releases.
fn assert_ledger_matches_wallet(server: &TestServer, token: &str) {
    let entries = history(server, token);
    let sum = |holds: bool| {
        Tokens::sum(
            entries
                .iter()
                .filter(|(kind, _, _)| (kind == "HOLD" || kind == "RELEASE") == holds)
                .map(|(_, amount, _)| *amount),
        )
        .unwrap()
    };
    let (balance, held, available) = wallet(server, token);
    assert_eq!(sum(false), balance);
    assert_eq!(sum(true).negated(), held);
    assert_eq!(balance.checked_sub(held), Some(available));
}

fn request(
    server: &TestServer,
    token: &str,
    amount: &str,
    destination: &str,
    key: Option<&str>,
) -> Value {
    server
        .graphql(
            REQUEST,
            json!({"a": amount, "d": destination, "k": key}),
            Some(token),
        )
        .1
}

fn change(server: &TestServer, token: &str, mutation: &str, variables: Value) -> Value {
    server.graphql(mutation, variables, Some(token)).1
}

const APPROVE: &str = "mutation($id: ID!) { approveWithdrawal(id: $id) { id status } }";
const REJECT: &str = "mutation($id: ID!, $r: String!) { rejectWithdrawal(id: $id, reason: $r) { id status reason } }";
const PAY: &str = "mutation($id: ID!, $r: String!) { payWithdrawal(id: $id, payoutReference: $r) { id status payoutReference } }";
const CANCEL: &str = "mutation($id: ID!) { cancelWithdrawal(id: $id) { id status } }";

fn id_of(body: &Value, field: &str) -> String {
    body["data"][field]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{field}: {body}"))
        .to_string()
}

/// 200 requests at once against one balance that allows exactly k of them: k are held, the
/// rest refused, and nothing is held twice.
#[test]
fn concurrent_requests_hold_exactly_what_the_balance_allows() {
    let server = TestServer::start(&[
        "--withdrawal-daily-limit",
        "off",
        "--rate-limit",
        "off",
        "--max-concurrent",
        "0",
    ]);
    let (operator, _) = server.operator();
    let (balance, held, available) = wallet(&server, &operator);
    assert_eq!(held, Tokens::ZERO);
    const K: i64 = 37;
    // k of these fit, k + 1 do not.
    let amount = Tokens::from_micro(available.micro() / K);
    assert!(
        amount >= t("10"),
        "the demo operator earns enough: {available}"
    );
    let amount_text = amount.to_string();
    let bodies: Vec<Value> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..200)
            .map(|i| {
                let (server, operator, amount) = (&server, &operator, &amount_text);
                scope.spawn(move || {
                    request(server, operator, amount, EVM, Some(&format!("burst-{i}")))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let held_ok = bodies
        .iter()
        .filter(|b| b["errors"].is_null() && b["data"]["requestWithdrawal"]["status"] == "PENDING")
        .count();
    assert_eq!(held_ok as i64, K);
    for refused in bodies.iter().filter(|b| !b["errors"].is_null()) {
        assert_eq!(error_code(refused), "VAL_001", "{refused}");
        assert!(
            refused["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("more than is available"),
            "{refused}"
        );
    }
    let (after_balance, after_held, after_available) = wallet(&server, &operator);
    assert_eq!(after_balance, balance);
    assert_eq!(after_held, Tokens::from_micro(K * amount.micro()));
    assert_eq!(after_available, available.checked_sub(after_held).unwrap());
    assert!(!after_available.is_negative());
    assert!(after_available < amount);
    assert_ledger_matches_wallet(&server, &operator);
}

/// Sends a GraphQL POST and returns without reading the answer.
fn send_and_forget(url: &str, token: &str, query: &str, variables: Value) {
    let address = url.trim_start_matches("http://").split('/').next().unwrap();
    let body = json!({"query": query, "variables": variables}).to_string();
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    write!(
        stream,
        "POST /graphql HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    stream.flush().unwrap();
}

/// kill -9 between approve and pay (the pay sent, its answer never read), a restart on the
/// same file, and the same pay again: one payout, PAID once, the money exact; and a pay
/// repeated after success writes nothing.
#[test]
fn a_kill_between_approve_and_pay_never_pays_twice() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("platform.db");
    let db = db.to_str().unwrap();
    let server = TestServer::start_with_db(db, &[]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let (balance, held, _) = wallet(&server, &operator);
    let body = request(&server, &operator, "50", EVM, Some("kill-test"));
    let id = id_of(&body, "requestWithdrawal");
    let fee = tokens(&body["data"]["requestWithdrawal"]["fee"]);
    assert_eq!(fee, t("1"), "0.5 + 1 % of 50");
    let body = change(&server, &admin, APPROVE, json!({"id": id}));
    assert_eq!(
        body["data"]["approveWithdrawal"]["status"], "APPROVED",
        "{body}"
    );
    send_and_forget(&server.url, &admin, PAY, json!({"id": id, "r": "0xabc"}));
    drop(server); // SIGKILL, right after the pay was sent.

    let server = TestServer::start_with_db(db, &[]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let body = change(&server, &admin, PAY, json!({"id": id, "r": "0xabc"}));
    assert_eq!(body["data"]["payWithdrawal"]["status"], "PAID", "{body}");
    assert_eq!(body["data"]["payWithdrawal"]["payoutReference"], "0xabc");
    let entries = history(&server, &operator);
    let of_it = |kind: &str| {
        entries
            .iter()
            .filter(|(k, _, w)| k == kind && w.as_deref() == Some(id.as_str()))
            .map(|(_, amount, _)| *amount)
            .collect::<Vec<_>>()
    };
    assert_eq!(of_it("PAYOUT"), [t("-49")]);
    assert_eq!(of_it("FEE"), [t("-1")]);
    assert_eq!(of_it("HOLD"), [t("-50")]);
    assert_eq!(of_it("RELEASE"), [t("50")]);
    let (after_balance, after_held, _) = wallet(&server, &operator);
    assert_eq!(after_balance, balance.checked_sub(t("50")).unwrap());
    assert_eq!(after_held, held);
    assert_ledger_matches_wallet(&server, &operator);
    let (_, listed) = server.graphql(
        "{ withdrawals(status: PAID) { items { id } } }",
        json!({}),
        Some(&admin),
    );
    assert_eq!(listed["data"]["withdrawals"]["items"], json!([{"id": id}]));

    // Paying again with the same reference answers the same and writes nothing.
    let count = entries.len();
    let again = change(&server, &admin, PAY, json!({"id": id, "r": "0xabc"}));
    assert_eq!(
        again["data"]["payWithdrawal"],
        body["data"]["payWithdrawal"]
    );
    assert_eq!(history(&server, &operator).len(), count);
    assert_eq!(wallet(&server, &operator).0, after_balance);
    // Another reference for the paid withdrawal is refused, and writes nothing either.
    let other = change(&server, &admin, PAY, json!({"id": id, "r": "0xother"}));
    assert_eq!(error_code(&other), "VAL_001");
    assert!(
        other["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("0xabc")
    );
    assert_eq!(history(&server, &operator).len(), count);
}

/// What a refused input must leave alone: the operator's wallet and ledger, and every
/// withdrawal's status.
fn snapshot(server: &TestServer, operator: &str, admin: &str) -> Value {
    let (balance, held, available) = wallet(server, operator);
    let (_, all) = server.graphql(
        "{ withdrawals(pagination: {size: 500}) { items { id status amount fee payoutReference reason } pageInfo { totalItems } } }",
        json!({}),
        Some(admin),
    );
    json!({
        "wallet": [balance.to_string(), held.to_string(), available.to_string()],
        "ledger": history(server, operator).len(),
        "withdrawals": all["data"]["withdrawals"],
    })
}

#[test]
fn every_bad_input_is_refused_and_changes_nothing() {
    let server = TestServer::start(&["--withdrawal-daily-limit", "100"]);
    let (operator, _) = server.operator();
    let (user, _) = server.login("user", "user-demo-pass");
    let admin = server.admin_token();
    // A paid, an approved and a pending withdrawal to act on: 60 of the 100 a day.
    let paid = id_of(
        &request(&server, &operator, "20", EVM, Some("a")),
        "requestWithdrawal",
    );
    change(&server, &admin, APPROVE, json!({"id": paid}));
    let body = change(&server, &admin, PAY, json!({"id": paid, "r": "tx-paid"}));
    assert_eq!(body["data"]["payWithdrawal"]["status"], "PAID", "{body}");
    let approved = id_of(
        &request(&server, &operator, "20", EVM, Some("b")),
        "requestWithdrawal",
    );
    change(&server, &admin, APPROVE, json!({"id": approved}));
    let pending = id_of(
        &request(&server, &operator, "20", EVM, Some("c")),
        "requestWithdrawal",
    );
    let before = snapshot(&server, &operator, &admin);

    let huge = "9".repeat(300);
    // Amounts the Tokens scalar refuses fail variable validation, whose message names the type
    // (async-graphql keeps the scalar's reason only for literals); the CLI checks them first.
    let cases: Vec<(&str, &str, Value, &str, &str)> = vec![
        (
            "negative",
            REQUEST,
            json!({"a": "-5", "d": EVM}),
            "VAL_001",
            "positive",
        ),
        (
            "zero",
            REQUEST,
            json!({"a": "0", "d": EVM}),
            "VAL_001",
            "positive",
        ),
        (
            "below the minimum",
            REQUEST,
            json!({"a": "9.999999", "d": EVM}),
            "VAL_001",
            "smallest",
        ),
        (
            "too many decimals",
            REQUEST,
            json!({"a": "10.0000001", "d": EVM}),
            "VAL_001",
            "\"Tokens\"",
        ),
        (
            "a float",
            REQUEST,
            json!({"a": 10.5, "d": EVM}),
            "VAL_001",
            "\"Tokens\"",
        ),
        (
            "oversized amount",
            REQUEST,
            json!({"a": huge, "d": EVM}),
            "VAL_001",
            "\"Tokens\"",
        ),
        (
            "above the available balance",
            REQUEST,
            json!({"a": "99999", "d": EVM}),
            "VAL_001",
            "more than is available",
        ),
        (
            "above the daily limit",
            REQUEST,
            json!({"a": "40.000001", "d": EVM}),
            "RTE_001",
            "today's limit",
        ),
        (
            "malformed address",
            REQUEST,
            json!({"a": "10", "d": "0x1234"}),
            "VAL_001",
            "40 hex digits",
        ),
        (
            "wrong checksum",
            REQUEST,
            json!({"a": "10", "d": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}),
            "VAL_001",
            "EIP-55",
        ),
        (
            "missing address",
            REQUEST,
            json!({"a": "10", "d": ""}),
            "VAL_001",
            "40 hex digits",
        ),
        (
            "oversized key",
            REQUEST,
            json!({"a": "10", "d": EVM, "k": "k".repeat(129)}),
            "VAL_001",
            "idempotencyKey",
        ),
        (
            "a key reused for another amount",
            REQUEST,
            json!({"a": "21", "d": EVM, "k": "c"}),
            "VAL_001",
            "idempotencyKey was used",
        ),
        (
            "unknown withdrawal (approve)",
            APPROVE,
            json!({"id": "wdr-unknown"}),
            "RSC_001",
            "not found",
        ),
        (
            "unknown withdrawal (pay)",
            PAY,
            json!({"id": "wdr-unknown", "r": "x"}),
            "RSC_001",
            "not found",
        ),
        (
            "unknown withdrawal (reject)",
            REJECT,
            json!({"id": "wdr-unknown", "r": "x"}),
            "RSC_001",
            "not found",
        ),
        (
            "oversized id",
            APPROVE,
            json!({"id": "w".repeat(65)}),
            "VAL_001",
            "1-64",
        ),
        (
            "approving a paid one",
            APPROVE,
            json!({"id": paid}),
            "VAL_001",
            "it is PAID",
        ),
        (
            "rejecting a paid one",
            REJECT,
            json!({"id": paid, "r": "late"}),
            "VAL_001",
            "it is PAID",
        ),
        (
            "paying a pending one",
            PAY,
            json!({"id": pending, "r": "tx-2"}),
            "VAL_001",
            "it is PENDING",
        ),
        (
            "paying under another's reference",
            PAY,
            json!({"id": approved, "r": "tx-paid"}),
            "VAL_001",
            "already used",
        ),
        (
            "a paid one under a new reference",
            PAY,
            json!({"id": paid, "r": "tx-new"}),
            "VAL_001",
            "PAID already",
        ),
        (
            "an empty reference",
            PAY,
            json!({"id": approved, "r": " "}),
            "VAL_001",
            "payoutReference",
        ),
        (
            "an oversized reason",
            REJECT,
            json!({"id": pending, "r": "r".repeat(257)}),
            "VAL_001",
            "reason",
        ),
    ];
    for (what, query, variables, code, needle) in cases {
        let body = change(
            &server,
            &operator_or_admin(query, &operator, &admin),
            query,
            variables,
        );
        assert_eq!(error_code(&body), code, "{what}: {body}");
        let message = body["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains(needle), "{what}: {body}");
        assert_eq!(
            snapshot(&server, &operator, &admin),
            before,
            "{what} changed something"
        );
    }
    // The owner's cancels: someone else's is not found to them, an approved one is refused.
    let body = change(&server, &user, CANCEL, json!({"id": pending}));
    assert_eq!(error_code(&body), "RSC_001", "{body}");
    let body = change(&server, &admin, CANCEL, json!({"id": pending}));
    assert_eq!(
        error_code(&body),
        "RSC_001",
        "admins reject, they do not cancel: {body}"
    );
    let body = change(&server, &operator, CANCEL, json!({"id": approved}));
    assert_eq!(error_code(&body), "VAL_001");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("APPROVED")
    );
    let body = change(&server, &operator, CANCEL, json!({"id": "wdr-unknown"}));
    assert_eq!(error_code(&body), "RSC_001");
    assert_eq!(snapshot(&server, &operator, &admin), before);

    // The same request under the same key answers the first and holds nothing more.
    let again = request(&server, &operator, "20", EVM, Some("c"));
    assert_eq!(id_of(&again, "requestWithdrawal"), pending);
    assert_eq!(snapshot(&server, &operator, &admin), before);

    // A cancel gives its hold and its room under the daily limit back.
    let (_, held, _) = wallet(&server, &operator);
    let body = change(&server, &operator, CANCEL, json!({"id": pending}));
    assert_eq!(
        body["data"]["cancelWithdrawal"]["status"], "CANCELLED",
        "{body}"
    );
    assert_eq!(
        wallet(&server, &operator).1,
        held.checked_sub(t("20")).unwrap()
    );
    let body = request(&server, &operator, "60", EVM, Some("d"));
    assert_eq!(
        body["data"]["requestWithdrawal"]["status"], "PENDING",
        "{body}"
    );
    // A rejection releases an approved hold, with its reason.
    let body = change(
        &server,
        &admin,
        REJECT,
        json!({"id": approved, "r": "sanctioned address"}),
    );
    assert_eq!(
        body["data"]["rejectWithdrawal"]["reason"],
        "sanctioned address"
    );
    assert_ledger_matches_wallet(&server, &operator);
}

/// Admin mutations are sent as the admin, the others as the operator.
fn operator_or_admin(query: &str, operator: &str, admin: &str) -> String {
    if query == REQUEST || query == CANCEL {
        operator.to_string()
    } else {
        admin.to_string()
    }
}

#[test]
fn every_change_is_in_the_audit_trail_with_the_withdrawal_id() {
    let server = TestServer::start(&[]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let first = id_of(
        &request(&server, &operator, "10", EVM, None),
        "requestWithdrawal",
    );
    change(&server, &operator, CANCEL, json!({"id": first}));
    let second = id_of(
        &request(&server, &operator, "10", EVM, None),
        "requestWithdrawal",
    );
    change(&server, &admin, REJECT, json!({"id": second, "r": "no"}));
    let third = id_of(
        &request(&server, &operator, "10", EVM, None),
        "requestWithdrawal",
    );
    change(&server, &admin, APPROVE, json!({"id": third}));
    change(&server, &admin, PAY, json!({"id": third, "r": "tx"}));
    let (_, body) = server.graphql(
        "{ auditLog(pagination: {size: 50}) { items { operation targetIds result username } } }",
        json!({}),
        Some(&admin),
    );
    let rows: Vec<(String, Vec<String>, String)> = body["data"]["auditLog"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["operation"].as_str().unwrap().contains("ithdrawal"))
        .map(|r| {
            (
                r["operation"].as_str().unwrap().to_string(),
                serde_json::from_value(r["targetIds"].clone()).unwrap(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .rev()
        .collect();
    let ok = |op: &str, id: &str| (op.to_string(), vec![id.to_string()], "OK".to_string());
    assert_eq!(
        rows,
        [
            ok("requestWithdrawal", &first),
            ok("cancelWithdrawal", &first),
            ok("requestWithdrawal", &second),
            ok("rejectWithdrawal", &second),
            ok("requestWithdrawal", &third),
            ok("approveWithdrawal", &third),
            ok("payWithdrawal", &third),
        ]
    );
}

#[test]
fn the_wallet_commands_confirm_quote_and_print_exact_amounts() {
    let server = TestServer::start(&["--withdrawal-daily-limit", "100"]);
    let (operator, _) = server.operator();
    let admin = server.admin_token();
    let (user, _) = server.login("user", "user-demo-pass");

    // No terminal and no --yes: refused before anything is sent.
    let run = server.run_as(
        &operator,
        &["wallet", "withdraw", "--amount", "25", "--to", EVM],
    );
    run.fails(2, "--yes");
    assert_eq!(wallet(&server, &operator).1, Tokens::ZERO);
    let run = server.run_as(
        &operator,
        &[
            "wallet",
            "withdraw",
            "--amount",
            "1.0000001",
            "--to",
            EVM,
            "--yes",
        ],
    );
    run.fails(2, "6 decimal");
    let run = server.run_as(
        &operator,
        &["wallet", "withdraw", "--amount", "-3", "--to", EVM, "--yes"],
    );
    run.fails(2, "positive");
    let run = server.run_as(
        &operator,
        &[
            "wallet",
            "withdraw",
            "--amount",
            "25",
            "--to",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
            "--yes",
        ],
    );
    run.fails(2, "EIP-55");

    // With --yes: the record shows amount, fee and net, exact strings in JSON.
    let run = server.run_as(
        &operator,
        &[
            "wallet",
            "withdraw",
            "--amount",
            "25.123456",
            "--to",
            EVM,
            "--yes",
            "-o",
            "json",
        ],
    );
    let record = run.json();
    assert_eq!(record["amount"], "25.123456");
    // 0.5 + 1 % of 25.123456 = 0.75123456, rounded once.
    assert_eq!(record["fee"], "0.751235");
    assert_eq!(record["net"], "24.372221");
    assert_eq!(record["status"], "PENDING");
    let id = record["id"].as_str().unwrap().to_string();
    let table = server.run_as(
        &operator,
        &["wallet", "withdraw", "--amount", "10", "--to", EVM, "--yes"],
    );
    let out = table.ok();
    assert!(
        out.contains("fee") && out.contains("0.6") && out.contains("9.4"),
        "{out}"
    );
    // Past the daily limit (35.123456 of 100 used): refused for now.
    let run = server.run_as(
        &operator,
        &["wallet", "withdraw", "--amount", "70", "--to", EVM, "--yes"],
    );
    run.fails(5, "limit");

    let balance = server
        .run_as(&operator, &["wallet", "balance", "-o", "json"])
        .json();
    assert_eq!(balance["held"], "35.123456");
    assert_eq!(balance["rules"]["usedToday"], "35.123456");
    assert_eq!(balance["rules"]["leftToday"], "64.876544");
    let csv = server.run_as(&operator, &["wallet", "balance", "-o", "csv"]);
    assert!(csv.ok().contains("rules.feePercent"), "{}", csv.stdout);
    let history = server
        .run_as(
            &operator,
            &["wallet", "history", "--from", "-1h", "-o", "json"],
        )
        .json();
    assert_eq!(history[0]["kind"], "HOLD");
    assert_eq!(history[0]["amount"], "-10");
    let mine = server.run_as(
        &operator,
        &["wallet", "withdrawals", "--status", "pending", "-o", "csv"],
    );
    assert_eq!(mine.ok().lines().count(), 3, "{}", mine.stdout);

    // Someone else's is not found; cancelling one's own works.
    server
        .run_as(&user, &["wallet", "cancel", &id])
        .fails(3, "not found");
    let cancelled = server
        .run_as(&operator, &["wallet", "cancel", &id, "-o", "json"])
        .json();
    assert_eq!(cancelled["status"], "CANCELLED");

    // The admin flow through the CLI.
    server
        .run_as(&user, &["admin", "withdrawals", "list"])
        .fails(4, "admin");
    let pending = server
        .run_as(
            &admin,
            &[
                "admin",
                "withdrawals",
                "list",
                "--status",
                "pending",
                "-o",
                "json",
            ],
        )
        .json();
    let pending_id = pending[0]["id"].as_str().unwrap().to_string();
    assert_eq!(pending[0]["amount"], "10");
    let approved = server
        .run_as(
            &admin,
            &["admin", "withdrawals", "approve", &pending_id, "-o", "json"],
        )
        .json();
    assert_eq!(approved["status"], "APPROVED");
    let paid = server
        .run_as(
            &admin,
            &[
                "admin",
                "withdrawals",
                "pay",
                &pending_id,
                "--reference",
                "tx-cli",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(
        (&paid["status"], &paid["payoutReference"]),
        (&json!("PAID"), &json!("tx-cli"))
    );
    // Safe to repeat; another reference or a second approval is refused (exit 2).
    server
        .run_as(
            &admin,
            &[
                "admin",
                "withdrawals",
                "pay",
                &pending_id,
                "--reference",
                "tx-cli",
            ],
        )
        .ok();
    server
        .run_as(
            &admin,
            &[
                "admin",
                "withdrawals",
                "pay",
                &pending_id,
                "--reference",
                "tx-2",
            ],
        )
        .fails(2, "PAID already");
    server
        .run_as(&admin, &["admin", "withdrawals", "approve", &pending_id])
        .fails(2, "it is PAID");
    server
        .run_as(
            &admin,
            &[
                "admin",
                "withdrawals",
                "reject",
                "wdr-unknown",
                "--reason",
                "x",
            ],
        )
        .fails(3, "not found");
    let csv = server.run_as(
        &admin,
        &[
            "admin",
            "withdrawals",
            "list",
            "--status",
            "paid",
            "-o",
            "csv",
        ],
    );
    assert!(csv.ok().contains("tx-cli"), "{}", csv.stdout);
    assert_ledger_matches_wallet(&server, &operator);
}

#[cfg(target_os = "linux")]
mod on_a_real_terminal {
    use super::*;
    use crate::common::pty::Pty;

    /// `wallet withdraw` on a terminal shows the amount, fee and net and asks; declined, it
    /// holds nothing; accepted, it holds the amount.
    #[test]
    fn withdraw_shows_fee_and_net_and_asks_first() {
        let server = TestServer::start(&[]);
        let (operator, _) = server.operator();
        let spawn = || {
            let mut cmd = server.env.command();
            cmd.env("VPNMINE_TOKEN", &operator)
                .env("TERM", "xterm")
                .args(["--endpoint", &server.url])
                .args(["wallet", "withdraw", "--amount", "20", "--to", EVM]);
            Pty::spawn(cmd)
        };
        let question =
            format!("Withdraw 20 tokens to {EVM}: fee 0.7, the destination receives 19.3");

        let mut declined = spawn();
        declined.expect(&question);
        declined.wait_for_key_reads();
        declined.send("n");
        let (code, screen) = declined.finish();
        assert_eq!(code, 1, "{screen}");
        assert!(screen.contains("nothing was changed"), "{screen}");
        assert_eq!(wallet(&server, &operator).1, Tokens::ZERO);

        let mut accepted = spawn();
        accepted.expect(&question);
        accepted.wait_for_key_reads();
        accepted.send("y");
        let (code, screen) = accepted.finish();
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("PENDING"), "{screen}");
        assert_eq!(wallet(&server, &operator).1, t("20"));
    }
}
