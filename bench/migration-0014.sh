#!/usr/bin/env bash
# The check of migration 0014 (exact money) on a large demo database.
#
#   bench/migration-0014.sh                  # scale 10: 3,000 servers, 30,000 users
#   SCALE=2 RUNS=5 WORK=/tmp/x bench/migration-0014.sh
#
# 1. Builds the release binary and seeds a demo database once (kept in $WORK for reruns).
#    The binary is at the latest migration, so its ledger is already exact.
# 2. Turns a copy back into a database at migration level 0013 with REAL amounts, as a
#    platform running the previous release would have it: the ledger of migration 0007
#    (spends positive, the sign is the kind), each amount the exact one plus a deterministic
#    sub-micro-token part (what the old floating-point rewards carried), and none of 0014's
#    tables or triggers; `_sqlx_migrations` forgets 0014 and later.
# 3. $RUNS times, on a fresh copy of that file: applies migrations/0014_exact_money.sql in one
#    transaction with the sqlite3 shell (as sqlx would, minus the bookkeeping) and times it;
#    the floor is, in the same run, a plain copy of the same ledger rows
#    (CREATE TABLE .. AS SELECT, rolled back). Then reports, against the REAL amounts kept
#    aside: rows converted, accounts checked, balances moved (must be 0: the migration aborts
#    otherwise, and this counts again independently), the largest per-entry difference from
#    the old REAL value (must be below one micro-token) and entries whose sign changed.
# 4. Opens one converted level-13 copy with the binary itself (the server applies 0014 and any
#    later migrations through sqlx, with its bundled SQLite), as a platform's upgrade would.
set -euo pipefail

SCALE=${SCALE:-10}
RUNS=${RUNS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/vpnmine-bench-migration}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=${BIN:-$TARGET/release/vpnmine}
DB=$WORK/scale$SCALE.db
OLD=$WORK/scale$SCALE-level13.db
REAL=$WORK/scale$SCALE-real-amounts.db
MIGRATION=$ROOT/migrations/0014_exact_money.sql
mkdir -p "$WORK"
command -v sqlite3 >/dev/null || { echo "needs sqlite3" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "== build (release)"
    (cd "$ROOT" && cargo build --release --quiet)
fi

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

PID=
stop() {
    if [ -n "$PID" ]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
        PID=
    fi
}
trap stop EXIT

# Runs the server on $1 until it listens (migrations and any seeding done), then stops it.
open_with_binary() {
    local out=$WORK/server.out
    : >"$out"
    "$BIN" --quiet server --db "$1" "${@:2}" --listen 127.0.0.1:0 --rate-limit off \
        >"$out" 2>"$WORK/server.err" &
    PID=$!
    while ! grep -q listening "$out"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
        sleep 0.2
    done
    stop
}

if [ ! -s "$DB" ]; then
    echo "== seed demo scale $SCALE into $DB"
    t0=$(now)
    open_with_binary "$DB" --demo --demo-scale "$SCALE"
    echo "   seeded in $(since "$t0") s"
fi

echo "== back to migration level 0013, with REAL amounts"
rm -f "$OLD" "$REAL"
cp "$DB" "$OLD"
sqlite3 "$OLD" <<'SQL'
PRAGMA foreign_keys = OFF;
BEGIN;
DROP TRIGGER ledger_no_update;
DROP TRIGGER ledger_no_delete;
DROP TRIGGER ledger_account_exists;
DROP TRIGGER ledger_keeps_account_balances;
DROP TABLE account_balances;
-- The ledger as migration 0007 left it (0008 to 0013 did not change it).
CREATE TABLE ledger_real (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    account_id      TEXT NOT NULL REFERENCES users (id),
    server_id       TEXT REFERENCES servers (id),
    kind            TEXT NOT NULL CHECK (kind IN ('claim', 'spend')),
    amount          REAL NOT NULL,
    period_end      INTEGER,
    idempotency_key TEXT,
    requested_by    TEXT,
    created_at      INTEGER NOT NULL,
    UNIQUE (requested_by, idempotency_key)
);
-- Unsigned amounts in tokens, each with a sub-micro-token part in [-0.5, 0.5) micro-token
-- drawn from its seq (deterministic, so every run converts the same file).
INSERT INTO ledger_real
    (seq, id, account_id, server_id, kind, amount, period_end, idempotency_key, requested_by,
     created_at)
SELECT seq, id, account_id, server_id, kind,
       MAX(0.0, (ABS(amount) + ((seq * 2654435761) % 1000003) / 1000003.0 - 0.5) / 1e6),
       period_end, idempotency_key, requested_by, created_at
FROM ledger WHERE kind IN ('claim', 'spend') ORDER BY seq;
SELECT 'entries left out (not claims or spends): ' || COUNT(*) FROM ledger
WHERE kind NOT IN ('claim', 'spend');
DROP TABLE ledger;
ALTER TABLE ledger_real RENAME TO ledger;
CREATE INDEX ledger_server ON ledger (server_id, created_at);
CREATE INDEX ledger_account ON ledger (account_id, created_at);
CREATE INDEX ledger_created ON ledger (created_at);
DROP TABLE withdrawals;
DELETE FROM _sqlx_migrations WHERE version >= 14;
COMMIT;
VACUUM;
SQL
# The REAL amounts, signed, kept aside for the comparison after each run.
sqlite3 "$OLD" "ATTACH '$REAL' AS kept;
CREATE TABLE kept.old (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, signed REAL NOT NULL)
    WITHOUT ROWID;
INSERT INTO kept.old SELECT id, account_id, CASE kind WHEN 'spend' THEN -amount ELSE amount END
FROM ledger;"
echo "   $(sqlite3 "$OLD" 'SELECT COUNT(*) FROM ledger') REAL entries of \
$(sqlite3 "$OLD" 'SELECT COUNT(DISTINCT account_id) FROM ledger') accounts; \
$(sqlite3 "$OLD" "SELECT COUNT(*) FROM ledger WHERE amount * 1e6 <> ROUND(amount * 1e6)") \
with a sub-micro-token part"

times=()
floors=()
for run in $(seq 1 "$RUNS"); do
    copy=$WORK/run$run.db
    cp "$OLD" "$copy"
    t0=$(now)
    sqlite3 "$copy" "BEGIN; CREATE TABLE floor_copy AS SELECT * FROM ledger; ROLLBACK;"
    floor=$(since "$t0")
    t0=$(now)
    { echo "PRAGMA foreign_keys = ON; BEGIN;"; cat "$MIGRATION"; echo "COMMIT;"; } |
        sqlite3 -bail "$copy"
    took=$(since "$t0")
    times+=("$took")
    floors+=("$floor")
    report=$(sqlite3 -separator ' ' "$copy" "ATTACH '$REAL' AS kept;
SELECT (SELECT COUNT(*) FROM ledger),
       (SELECT COUNT(*) FROM (SELECT account_id FROM kept.old GROUP BY account_id)),
       (SELECT COUNT(*) FROM (
            SELECT o.account_id, CAST(ROUND(SUM(o.signed) * 1e6) AS INTEGER) AS old_balance
            FROM kept.old o GROUP BY o.account_id) old
        LEFT JOIN account_balances b USING (account_id)
        WHERE b.balance IS NOT old.old_balance OR b.held <> 0),
       (SELECT printf('%.9f', MAX(ABS(l.amount - o.signed * 1e6)))
        FROM ledger l JOIN kept.old o USING (id)),
       (SELECT COUNT(*) FROM ledger l JOIN kept.old o USING (id)
        WHERE l.amount <> 0 AND (l.amount > 0) <> (o.signed > 0));")
    read -r rows accounts moved largest flipped <<<"$report"
    echo "== run $run: 0014 in $took s (floor: a plain copy of the ledger, $floor s)"
    echo "   rows converted $rows, accounts checked $accounts, balances moved $moved," \
        "largest entry difference $largest micro-token, signs changed $flipped"
    [ "$moved" = 0 ] && [ "$flipped" = 0 ] &&
        awk -v d="$largest" 'BEGIN { exit !(d < 1) }' ||
        { echo "FAILED: the conversion is not exact" >&2; exit 1; }
    [ "$run" = 1 ] || rm -f "$copy"
done

stats() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        printf "median %.3f s, worst %.3f s", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR] }'
}
echo "== migration 0014 over $RUNS runs: $(stats "${times[@]}"); floor $(stats "${floors[@]}")"

echo "== the binary opens a level-13 copy (sqlx applies 0014 and later, bundled SQLite)"
copy=$WORK/binary.db
cp "$OLD" "$copy"
t0=$(now)
open_with_binary "$copy"
echo "   opened in $(since "$t0") s (start-up included):" \
    "$(sqlite3 "$copy" "SELECT group_concat(version, ' ') FROM _sqlx_migrations WHERE version >= 14") applied," \
    "$(sqlite3 "$copy" "SELECT typeof(amount) || ' ' || COUNT(*) FROM ledger GROUP BY typeof(amount)") entries"
rm -f "$copy" "$WORK/run1.db"
