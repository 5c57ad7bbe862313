#!/usr/bin/env bash
# Benchmark of migrateUserUuids (and validateUserUuids) on a large demo network, against the
# floor of one bare SQL UPDATE giving every user a new UUID, measured in the same run.
#
#   bench/uuid-migrate.sh                                  # seeds scale 34 once: 103,363 users
#   BASE=/root/.cache/bench/base34.db RUNS=3 bench/uuid-migrate.sh   # copies BASE, seeds nothing
#   SCALE=4 BATCH=200 WORK=/tmp/x bench/uuid-migrate.sh
#   BIN=/path/to/vpnmine bench/uuid-migrate.sh             # that binary; builds nothing
#
# Builds the release binary, unless BIN names one. Each run starts from a fresh copy of the base database ($BASE, or
# one seeded once into $WORK) and measures, in this order:
#   floor     sqlite3 on its own copy, with the server's journal settings (WAL, synchronous
#             NORMAL): one `UPDATE users SET vpn_uuid = <random v4>` in one transaction;
#   set-based sqlite3 on another copy, the migration's SQL work done set-based in one
#             transaction: a temp table of new UUIDs, the backup rows (INSERT ... SELECT), the
#             users (UPDATE ... FROM) and every VLESS/REALITY configuration's client ids
#             (json_each), unless SETBASED=0. No validation, no batches: a bound, not a rival;
#   batched   the same SQL in transactions of $BATCH users in storage order, as the migration
#             commits them (the configurations referencing each batch found through a temp table
#             of every client entry, as the server's in-memory index does), unless SETBASED=0:
#             what the batches alone cost in SQLite;
#   validate  validateUserUuids with curl;
#   migrate   migrateUserUuids for every user with batchSize $BATCH, with curl (the answer goes
#             to $WORK/migrate.json): the figure, printed with its ratio to the floor, and the
#             server's own split of its time (its "where the time went" log line);
#   parts     unless SPLIT=0, on the same server, to tell the answer from the work: the
#             migration again asking only `migratedCount` (no details: the answer is 70
#             bytes), and two dry runs (everything but the writes), with and without details;
#   cli       `vpnmine --timeout 600 uuids migrate --yes --report FILE.csv -o json` (every user again, the
#             whole command: request, answer, report file and output), unless CLI=0.
# Prints each run, then the median and worst of each figure over $RUNS runs.
set -euo pipefail

SCALE=${SCALE:-34}
BATCH=${BATCH:-1000}
RUNS=${RUNS:-3}
CLI=${CLI:-1}
SETBASED=${SETBASED:-1}
SPLIT=${SPLIT:-1}
BASE=${BASE:-}
WORK=${WORK:-${TMPDIR:-/tmp}/vpnmine-bench-uuids}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-}
DB=$WORK/run.db
FLOOR_DB=$WORK/floor.db
mkdir -p "$WORK"
for tool in curl jq sqlite3; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

if [ -z "$BIN" ]; then
    echo "== build (release)"
    (cd "$ROOT" && cargo build --release --quiet)
    BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/vpnmine
fi

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }

PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi; PID=; }
cleanup() { stop; rm -f "$DB" "$DB"-wal "$DB"-shm "$FLOOR_DB" "$FLOOR_DB"-wal "$FLOOR_DB"-shm; }
trap cleanup EXIT

# Starts the server on $1 (seeding an empty one) and sets PID and URL.
start() {
    local out=$WORK/server.out
    : >"$out"
    RUST_LOG=error,vpnmine::server::store::uuids=info "$BIN" --quiet server --db "$1" --demo --demo-scale "$SCALE" --listen 127.0.0.1:0 \
        --rate-limit off >"$out" 2>"$WORK/server.err" &
    PID=$!
    while ! grep -q listening "$out"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
        sleep 0.2
    done
    URL=$(awk '{print $NF}' "$out" | head -1)
}

if [ -z "$BASE" ]; then
    BASE=$WORK/scale$SCALE.db
    if [ ! -s "$BASE" ]; then
        echo "== seed demo scale $SCALE into $BASE"
        t0=$(date +%s.%N)
        start "$BASE"
        stop
        echo "   seeded in $(since "$t0") s"
    fi
fi
[ -s "$BASE" ] || { echo "no database at $BASE" >&2; exit 1; }
# A copy of the base, with no WAL or shared-memory file of an earlier run.
copy() { rm -f "$1" "$1"-wal "$1"-shm; cp "$BASE" "$1"; }

# A random version 4 UUID, in SQL.
V4="lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) \
|| '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' \
|| hex(randomblob(6)))"
# A configuration's client entries with each UUID that moves (temp table m: old -> new) replaced.
REWRITTEN_CLIENTS="json_set(config, '\$.clients', (
    SELECT json_group_array(json(json_set(c.value, '\$.id', coalesce(
        (SELECT new FROM m WHERE lower(m.old) = lower(c.value ->> '\$.id')), c.value ->> '\$.id'))))
    FROM json_each(config, '\$.clients') AS c))"

floor() {
    copy "$FLOOR_DB"
    sqlite3 "$FLOOR_DB" 'PRAGMA journal_mode = WAL' >/dev/null
    local t0 t
    t0=$(date +%s.%N)
    sqlite3 "$FLOOR_DB" "PRAGMA synchronous = NORMAL; UPDATE users SET vpn_uuid = $V4;"
    t=$(since "$t0")
    rm -f "$FLOOR_DB" "$FLOOR_DB"-wal "$FLOOR_DB"-shm
    echo "$t"
}

# The set-based bound: what the writes of a migration cost in SQL alone.
setbased() {
    copy "$FLOOR_DB"
    sqlite3 "$FLOOR_DB" 'PRAGMA journal_mode = WAL' >/dev/null
    local t0 t
    t0=$(date +%s.%N)
    sqlite3 -bail "$FLOOR_DB" <<SQL
PRAGMA synchronous = NORMAL;
BEGIN IMMEDIATE;
CREATE TEMP TABLE m AS SELECT id AS user_id, vpn_uuid AS old, $V4 AS new FROM users;
CREATE INDEX temp.m_old ON m (lower(old));
INSERT INTO uuid_migration_runs (id, scope, status, created_at) VALUES ('mig-bench', 'all', 'RUNNING', 0);
INSERT INTO uuid_migrations (migration_id, user_id, old_uuid, new_uuid, status, created_at)
    SELECT 'mig-bench', user_id, old, new, 'MIGRATED', 0 FROM m;
UPDATE users SET vpn_uuid = m.new FROM m WHERE users.id = m.user_id;
UPDATE server_protocols SET config = $REWRITTEN_CLIENTS
WHERE type IN ('VLESS', 'REALITY') AND json_array_length(config, '\$.clients') > 0;
UPDATE uuid_migration_runs SET status = 'FINISHED', finished_at = 0 WHERE id = 'mig-bench';
COMMIT;
SQL
    t=$(since "$t0")
    rm -f "$FLOOR_DB" "$FLOOR_DB"-wal "$FLOOR_DB"-shm
    echo "$t"
}

# The batched bound: the set-based SQL, one transaction per $BATCH users in rowid order.
batched() {
    copy "$FLOOR_DB"
    sqlite3 "$FLOOR_DB" 'PRAGMA journal_mode = WAL' >/dev/null
    local users batches t0 t
    users=$(sqlite3 "$FLOOR_DB" 'SELECT COUNT(*) FROM users')
    batches=$(( (users + BATCH - 1) / BATCH ))
    t0=$(date +%s.%N)
    {
        cat <<SQL
PRAGMA synchronous = NORMAL;
CREATE TEMP TABLE m (rid INTEGER PRIMARY KEY, user_id TEXT, old TEXT, new TEXT);
CREATE INDEX temp.m_old ON m (lower(old));
CREATE TEMP TABLE refs AS SELECT p.rowid AS cfg, lower(c.value ->> '\$.id') AS key
    FROM server_protocols AS p, json_each(p.config, '\$.clients') AS c
    WHERE p.type IN ('VLESS', 'REALITY');
CREATE INDEX temp.refs_key ON refs (key);
CREATE TEMP TABLE done (rid INTEGER);
INSERT INTO done VALUES (0);
INSERT INTO uuid_migration_runs (id, scope, status, created_at) VALUES ('mig-bench', 'all', 'RUNNING', 0);
SQL
        for _ in $(seq 1 "$batches"); do
            cat <<SQL
BEGIN IMMEDIATE;
DELETE FROM m;
INSERT INTO m SELECT rowid, id, vpn_uuid, $V4 FROM users
    WHERE rowid > (SELECT rid FROM done) ORDER BY rowid LIMIT $BATCH;
UPDATE done SET rid = (SELECT MAX(rid) FROM m);
INSERT INTO uuid_migrations (migration_id, user_id, old_uuid, new_uuid, status, created_at)
    SELECT 'mig-bench', user_id, old, new, 'MIGRATED', 0 FROM m;
UPDATE users SET vpn_uuid = m.new FROM m WHERE users.rowid = m.rid
    AND users.rowid BETWEEN (SELECT MIN(rid) FROM m) AND (SELECT MAX(rid) FROM m);
UPDATE server_protocols SET config = $REWRITTEN_CLIENTS
WHERE rowid IN (SELECT cfg FROM refs JOIN m ON refs.key = lower(m.old));
COMMIT;
SQL
        done
        echo "UPDATE uuid_migration_runs SET status = 'FINISHED', finished_at = 0 WHERE id = 'mig-bench';"
    } | sqlite3 -bail "$FLOOR_DB"
    t=$(since "$t0")
    rm -f "$FLOOR_DB" "$FLOOR_DB"-wal "$FLOOR_DB"-shm
    echo "$t"
}

# The server's account of its last migration call (its log line "where the time went").
time_split() {
    local line
    line=$(grep -a 'where the time went' "$WORK/server.err" | tail -1)
    if [ -z "$line" ]; then
        echo "(no timing line in the server's log: a binary older than the split?)"
        return
    fi
    jq -r '.context |
        "\(.total_ms) ms = load \(.load_ms) + read \(.read_ms) + plan \(.plan_ms) + write \(.write_ms) + commit \(.commit_ms) ms and the rest, \(.batches) batches"' <<<"$line"
}

gql() {
    curl -sS --fail -H 'Content-Type: application/json' ${TOKEN:+-H "Authorization: Bearer $TOKEN"} \
        -d "$1" "$URL"
}

VALIDATE='{"query":"mutation { validateUserUuids { success validatedCount invalidEntries { userId uuid reason serverId } recommendations { action affected } } }"}'
QUERY=$(jq -cn --argjson batch "$BATCH" '{
  query: "mutation($input: MigrateUuidsInput) { migrateUserUuids(input: $input) { success dryRun migratedCount errors { userId reason } details { userId oldUuid newUuid status } } }",
  variables: {input: {batchSize: $batch}}}')

FLOORS=() SETBASEDS=() BATCHEDS=() VALIDATES=() MIGRATES=() CLIS=()
for run in $(seq 1 "$RUNS"); do
    echo "== run $run of $RUNS"
    t_floor=$(floor)
    FLOORS+=("$t_floor")
    echo "   floor (sqlite3, one UPDATE of every user): $t_floor s"
    if [ "$SETBASED" = 1 ]; then
        t_set=$(setbased)
        SETBASEDS+=("$t_set")
        echo "   set-based (sqlite3: backups, users, configurations, one transaction): $t_set s = $(awk -v a="$t_set" -v b="$t_floor" 'BEGIN { printf "%.2f", a / b }')x the floor"
        t_batched=$(batched)
        BATCHEDS+=("$t_batched")
        echo "   batched (the same SQL, one transaction per $BATCH users): $t_batched s = $(awk -v a="$t_batched" -v b="$t_floor" 'BEGIN { printf "%.2f", a / b }')x the floor"
    fi

    copy "$DB"
    start "$DB"
    if [ "$run" = 1 ]; then
        echo "   $URL: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM users') users, \
$(sqlite3 "$DB" 'SELECT COUNT(*) FROM servers') servers, \
$(sqlite3 "$DB" "SELECT COUNT(*) FROM server_protocols WHERE type IN ('VLESS', 'REALITY')") VLESS/REALITY endpoints"
    fi
    TOKEN=
    TOKEN=$(gql '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' |
        jq -r .data.authenticate.accessToken)

    t0=$(date +%s.%N)
    result=$(gql "$VALIDATE")
    t_validate=$(since "$t0")
    VALIDATES+=("$t_validate")
    echo "   validate: $t_validate s: $(echo "$result" | jq -c '.errors // (.data.validateUserUuids | {success, validatedCount, invalid: (.invalidEntries | length)})')"

    t0=$(date +%s.%N)
    gql "$QUERY" >"$WORK/migrate.json"
    t_migrate=$(since "$t0")
    MIGRATES+=("$t_migrate")
    jq -e '.errors == null' "$WORK/migrate.json" >/dev/null || { head -c 2000 "$WORK/migrate.json" >&2; exit 1; }
    echo "   migrate (batchSize $BATCH): $t_migrate s = $(awk -v a="$t_migrate" -v b="$t_floor" 'BEGIN { printf "%.2f", a / b }')x the floor: \
$(jq -c '.data.migrateUserUuids | {success, migratedCount, errors: (.errors | length), details: (.details | length)}' "$WORK/migrate.json"), \
answer $(stat -c %s "$WORK/migrate.json") bytes"
    echo "   server's split: $(time_split)"
    echo "   backup rows: $(sqlite3 "$DB" "SELECT status, COUNT(*) FROM uuid_migrations WHERE migration_id = (SELECT id FROM uuid_migration_runs ORDER BY created_at DESC, rowid DESC LIMIT 1) GROUP BY status")"

    if [ "$SPLIT" = 1 ]; then
        for part in "real:false:" "dry run:true:details { userId oldUuid newUuid status }" "dry run:true:"; do
            IFS=: read -r name dry fields <<<"$part"
            body=$(jq -cn --argjson batch "$BATCH" --argjson dry "$dry" --arg fields "$fields" '{
  query: ("mutation($input: MigrateUuidsInput) { migrateUserUuids(input: $input) { success migratedCount " + $fields + " } }"),
  variables: {input: {batchSize: $batch, dryRun: $dry}}}')
            t0=$(date +%s.%N)
            gql "$body" >"$WORK/part.json"
            t_part=$(since "$t0")
            jq -e '.errors == null' "$WORK/part.json" >/dev/null || { head -c 2000 "$WORK/part.json" >&2; exit 1; }
            echo "   part: $name, $([ -n "$fields" ] && echo "with details" || echo "no details"): $t_part s, answer $(stat -c %s "$WORK/part.json") bytes; server's split: $(time_split)"
        done
    fi

    if [ "$CLI" = 1 ]; then
        t0=$(date +%s.%N)
        VPNMINE_TOKEN=$TOKEN HOME=$WORK XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data \
            "$BIN" --endpoint "$URL" --timeout 600 uuids migrate --yes --batch-size "$BATCH" \
            --report "$WORK/report.csv" -o json >"$WORK/cli.json"
        t_cli=$(since "$t0")
        CLIS+=("$t_cli")
        echo "   cli migrate (--report CSV, -o json): $t_cli s = $(awk -v a="$t_cli" -v b="$t_floor" 'BEGIN { printf "%.2f", a / b }')x the floor: \
$(jq -c '.summary' "$WORK/cli.json"), output $(stat -c %s "$WORK/cli.json") bytes, report $(stat -c %s "$WORK/report.csv") bytes"
    fi
    stop
    rm -f "$DB" "$DB"-wal "$DB"-shm
done

# "median worst" of the arguments.
stats() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "median %.3f s, worst %.3f s", v[int((NR + 1) / 2)], v[NR] }'; }
echo "== $RUNS run(s), batchSize $BATCH"
echo "floor (sqlite3 UPDATE):   $(stats "${FLOORS[@]}")"
if [ "$SETBASED" = 1 ]; then
    echo "set-based (sqlite3):      $(stats "${SETBASEDS[@]}")"
    echo "batched (sqlite3):        $(stats "${BATCHEDS[@]}")"
fi
echo "migrateUserUuids (curl):  $(stats "${MIGRATES[@]}")"
echo "validateUserUuids (curl): $(stats "${VALIDATES[@]}")"
[ "$CLI" = 1 ] && echo "uuids migrate (CLI):      $(stats "${CLIS[@]}")"
ratios=()
for i in "${!MIGRATES[@]}"; do
    ratios+=("$(awk -v a="${MIGRATES[$i]}" -v b="${FLOORS[$i]}" 'BEGIN { printf "%.3f", a / b }')")
done
echo "migrate / same-run floor: $(stats "${ratios[@]}" | sed 's/ s//g')"
