#!/usr/bin/env bash
# Benchmark of `servers list --all -o csv` on a large network, against one SQL query.
#
#   bench/list-all.sh                         # a copy of the scale-34 demo (10,200 servers)
#   SRC=/path/to/demo.db RUNS=5 bench/list-all.sh
#   BIN=/path/to/other/vpnmine bench/list-all.sh   # e.g. a build of an older commit
#   ARGS="--size 500" bench/list-all.sh            # more arguments for the CLI
#
# Copies $SRC into $WORK once (the server migrates and writes its database), starts a server on
# the copy without rate limits, and times, RUNS times each, interleaved:
# - `vpnmine servers list --all -o csv`, from outside, into a file;
# - `sqlite3 -csv` selecting the same ten columns of the same servers in the same order (the
#   floor: what the rows cost without GraphQL, HTTP and the CLI).
# Prints the median and the worst of each and the ratio of the medians (target: <= 1.5).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=${SRC:-/root/.cache/bench/base34.db}
WORK=${WORK:-${TMPDIR:-/tmp}/vpnmine-bench-list-all}
RUNS=${RUNS:-5}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=${BIN:-}
DB=$WORK/list-all.db
mkdir -p "$WORK"
for tool in curl jq sqlite3; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

if [ -z "$BIN" ]; then
    echo "== build (release)"
    (cd "$ROOT" && cargo build --release --quiet)
    BIN=$TARGET/release/vpnmine
fi
if [ ! -s "$DB" ]; then
    echo "== copy $SRC to $DB"
    cp "$SRC" "$DB"
fi

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
# The median and the worst of the numbers on stdin.
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.3f s, worst %.3f s", v[int((NR + 1) / 2)], v[NR] }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

PID=
stop() {
    if [ -n "$PID" ]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
        PID=
    fi
}
trap stop EXIT

echo "== start server on $DB"
"$BIN" --quiet server --db "$DB" --listen 127.0.0.1:0 --rate-limit off \
    >"$WORK/server.out" 2>"$WORK/server.err" &
PID=$!
while ! grep -q listening "$WORK/server.out"; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
    sleep 0.2
done
URL=$(awk '{print $NF}' "$WORK/server.out" | head -1)
TOKEN=$(curl -sS --fail -H 'Content-Type: application/json' \
    -d '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' \
    "$URL" | jq -r .data.authenticate.accessToken)
export VPNMINE_TOKEN=$TOKEN

# The CLI's columns: ID, HOST, LOCATION, STATUS, PROTOCOLS, CONNS, CPU%, MINING, RATE/H,
# BALANCE, with the resolver's status rule (server_status) and the store's balance of claims.
TIMEOUT=$(grep -o 'HEARTBEAT_TIMEOUT_SECS: i64 = [0-9_]*' "$ROOT/src/server/store/servers.rs" |
    grep -o '[0-9_]*$' | tr -d _)
SQL="SELECT s.id, s.host_name, s.location,
    CASE WHEN s.decommissioned_at IS NOT NULL THEN 'DECOMMISSIONED'
         WHEN s.maintenance THEN 'MAINTENANCE'
         WHEN s.last_heartbeat IS NULL OR s.last_heartbeat < unixepoch() - ${TIMEOUT:-300} THEN 'OFFLINE'
         WHEN s.cpu_usage > 90 OR s.memory_usage > 90 THEN 'DEGRADED'
         ELSE 'ONLINE' END AS status,
    (SELECT group_concat(p.type, ' ') FROM server_protocols p WHERE p.server_id = s.id) AS protocols,
    s.active_connections, s.cpu_usage, s.mining_enabled = 1, s.mining_rate,
    (SELECT COALESCE(SUM(l.amount), 0) FROM ledger l WHERE l.server_id = s.id AND l.kind = 'claim')
    FROM servers s ORDER BY s.host_name"

: >"$WORK/cli.times"
: >"$WORK/sqlite.times"
echo "== $RUNS runs each, interleaved"
for run in $(seq "$RUNS"); do
    t0=$(now)
    "$BIN" --endpoint "$URL" servers list --all -o csv ${ARGS:-} >"$WORK/cli.csv"
    t_cli=$(since "$t0")
    t0=$(now)
    sqlite3 -csv -header "$DB" "$SQL" >"$WORK/sqlite3.csv"
    t_sqlite=$(since "$t0")
    echo "$t_cli" >>"$WORK/cli.times"
    echo "$t_sqlite" >>"$WORK/sqlite.times"
    printf '   run %s: vpnmine %.3f s (%s rows) | sqlite3 -csv %.3f s (%s rows)\n' "$run" \
        "$t_cli" "$(( $(wc -l <"$WORK/cli.csv") - 1 ))" \
        "$t_sqlite" "$(( $(wc -l <"$WORK/sqlite3.csv") - 1 ))"
done
# Same servers in the same order (the first column).
if cmp -s <(cut -d, -f1 "$WORK/cli.csv" | tail -n +2) <(cut -d, -f1 "$WORK/sqlite3.csv" | tail -n +2); then
    echo "   same servers in the same order: yes"
else
    echo "   same servers in the same order: NO"
fi

echo "== summary ($(( $(wc -l <"$WORK/cli.csv") - 1 )) servers, $RUNS runs)"
echo "   vpnmine servers list --all -o csv: $(stats <"$WORK/cli.times")"
echo "   sqlite3 -csv (floor):              $(stats <"$WORK/sqlite.times")"
printf '   ratio of the medians: %.2fx (target <= 1.5x)\n' \
    "$(awk -v a="$(median <"$WORK/cli.times")" -v b="$(median <"$WORK/sqlite.times")" 'BEGIN { print a / b }')"
