#!/usr/bin/env bash
# Benchmark of migrateUserUuids (and validateUserUuids) on a large demo network.
#
#   bench/uuid-migrate.sh                 # scale 34: 10,200 servers, 103,363 users
#   SCALE=4 BATCH=200 WORK=/tmp/x bench/uuid-migrate.sh
#
# Builds the release binary, seeds a demo database file once (kept in $WORK for reruns; every
# run migrates everyone again), starts a server on it, logs in as admin and times with curl:
# validateUserUuids, migrateUserUuids for every user with batchSize $BATCH (the response, one
# detail per user, goes to $WORK/migrate.json), and validateUserUuids again.
set -euo pipefail

SCALE=${SCALE:-34}
BATCH=${BATCH:-1000}
WORK=${WORK:-${TMPDIR:-/tmp}/vpnmine-bench-uuids}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$ROOT/target/release/vpnmine
DB=$WORK/scale$SCALE.db
mkdir -p "$WORK"
for tool in curl jq sqlite3; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

echo "== build (release)"
(cd "$ROOT" && cargo build --release --quiet)

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }

PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi; PID=; }
trap stop EXIT

# Starts the server on $DB (seeding an empty one) and sets PID and URL.
start() {
    local out=$WORK/server.out
    : >"$out"
    "$BIN" --quiet server --db "$DB" --demo --demo-scale "$SCALE" --listen 127.0.0.1:0 \
        --rate-limit off >"$out" 2>"$WORK/server.err" &
    PID=$!
    while ! grep -q listening "$out"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
        sleep 0.2
    done
    URL=$(awk '{print $NF}' "$out" | head -1)
}

if [ ! -s "$DB" ]; then
    echo "== seed demo scale $SCALE into $DB"
    t0=$(date +%s.%N)
    start
    stop
    echo "   seeded in $(since "$t0") s"
fi

echo "== start server"
start
echo "   $URL: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM users') users, \
$(sqlite3 "$DB" 'SELECT COUNT(*) FROM servers') servers, \
$(sqlite3 "$DB" "SELECT COUNT(*) FROM server_protocols WHERE type IN ('VLESS', 'REALITY')") VLESS/REALITY endpoints"

gql() {
    curl -sS --fail -H 'Content-Type: application/json' ${TOKEN:+-H "Authorization: Bearer $TOKEN"} \
        -d "$1" "$URL"
}
TOKEN=$(gql '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' |
    jq -r .data.authenticate.accessToken)

VALIDATE='{"query":"mutation { validateUserUuids { success validatedCount invalidEntries { userId uuid reason serverId } recommendations { action affected } } }"}'
validate() {
    local t0 result
    t0=$(date +%s.%N)
    result=$(gql "$VALIDATE")
    echo "   $(since "$t0") s: $(echo "$result" | jq -c '.errors // (.data.validateUserUuids | {success, validatedCount, invalid: (.invalidEntries | length), recommendations: [.recommendations[].affected]})')"
}

echo "== validateUserUuids"
validate

echo "== migrateUserUuids, every user, batchSize $BATCH"
QUERY=$(jq -cn --argjson batch "$BATCH" '{
  query: "mutation($input: MigrateUuidsInput) { migrateUserUuids(input: $input) { success dryRun migratedCount errors { userId reason } details { userId oldUuid newUuid status } } }",
  variables: {input: {batchSize: $batch}}}')
t0=$(date +%s.%N)
gql "$QUERY" >"$WORK/migrate.json"
t_migrate=$(since "$t0")
jq -e '.errors == null' "$WORK/migrate.json" >/dev/null || { head -c 2000 "$WORK/migrate.json" >&2; exit 1; }
echo "   $t_migrate s: $(jq -c '.data.migrateUserUuids | {success, migratedCount, errors: (.errors | length), details: (.details | length)}' "$WORK/migrate.json"), response $(stat -c %s "$WORK/migrate.json") bytes"
echo "   backup rows: $(sqlite3 "$DB" "SELECT status, COUNT(*) FROM uuid_migrations WHERE migration_id = (SELECT id FROM uuid_migration_runs ORDER BY created_at DESC, rowid DESC LIMIT 1) GROUP BY status")"

echo "== validateUserUuids after"
validate
echo "migrate_seconds=$t_migrate"
