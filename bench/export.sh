#!/usr/bin/env bash
# Benchmark of exportDetailedStats on a large demo network.
#
#   bench/export.sh                 # scale 10: 3,000 servers, ~1,000,000 metric samples
#   SCALE=20 WORK=/tmp/x bench/export.sh
#   BIN=/path/to/vpnmine NO_BUILD=1 bench/export.sh   # another build, e.g. of an older commit
#
# Builds the release binary, seeds a demo database file once (kept in $WORK for reruns),
# starts a server on it, exports SERVER_STATISTICS over the whole history as CSV and downloads
# it with curl, timing both and checking size and SHA-256; then dumps the same rows with
# `sqlite3 -csv` for comparison. Reports the server's resident memory after start-up and its
# peak (VmHWM) after the export and download.
set -euo pipefail

SCALE=${SCALE:-10}
WORK=${WORK:-${TMPDIR:-/tmp}/vpnmine-bench-export}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/vpnmine}
DB=$WORK/scale$SCALE.db
mkdir -p "$WORK"
for tool in curl jq sqlite3 sha256sum; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

if [ -z "${NO_BUILD:-}" ]; then
    echo "== build (release)"
    (cd "$ROOT" && cargo build --release --quiet)
fi

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }

PID=
stop() {
    if [ -n "$PID" ]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
        PID=
    fi
}
trap stop EXIT

# Starts the server on $DB (seeding an empty one) and sets PID and URL.
start() {
    local out=$WORK/server.out
    : >"$out"
    # Every run writes a 240 MB file: the exports of earlier runs, and the default 1 GiB
    # quota, would refuse the fifth.
    rm -rf "$WORK/exports"
    "$BIN" --quiet server --db "$DB" --demo --demo-scale "$SCALE" --listen 127.0.0.1:0 \
        --rate-limit off --export-quota off >"$out" 2>"$WORK/server.err" &
    PID=$!
    while ! grep -q listening "$out"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
        sleep 0.2
    done
    URL=$(awk '{print $NF}' "$out" | head -1)
    BASE=${URL%/graphql}
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
status() { awk -v k="$1:" '$1 == k {print $2 " " $3}' "/proc/$PID/status"; }
echo "   $URL  (after start-up: VmRSS $(status VmRSS), VmHWM $(status VmHWM))"

gql() {
    curl -sS --fail -H 'Content-Type: application/json' ${TOKEN:+-H "Authorization: Bearer $TOKEN"} \
        -d "$1" "$URL"
}
TOKEN=$(gql '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' |
    jq -r .data.authenticate.accessToken)

FROM=$(sqlite3 "$DB" 'SELECT MIN(ts) FROM metrics')
TO=$(( $(sqlite3 "$DB" 'SELECT MAX(ts) FROM metrics') + 1 ))
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
QUERY=$(jq -cn --arg from "$(iso "$FROM")" --arg to "$(iso "$TO")" '{
  query: "query($from: DateTime!, $to: DateTime!) { exportDetailedStats(from: $from, to: $to, format: CSV, kinds: [SERVER_STATISTICS]) { url size sha256 rowCount } }",
  variables: {from: $from, to: $to}}')

echo "== export SERVER_STATISTICS $(iso "$FROM") .. $(iso "$TO") as CSV"
t0=$(date +%s.%N)
RESULT=$(gql "$QUERY")
t_export=$(since "$t0")
echo "$RESULT" | jq -e '.errors == null' >/dev/null || { echo "$RESULT" >&2; exit 1; }
ROWS=$(echo "$RESULT" | jq -r .data.exportDetailedStats.rowCount)
SIZE=$(echo "$RESULT" | jq -r .data.exportDetailedStats.size)
SHA=$(echo "$RESULT" | jq -r .data.exportDetailedStats.sha256)
DOWNLOAD_URL=$(echo "$RESULT" | jq -r .data.exportDetailedStats.url)
printf '   %s rows, %.0f bytes, in %.2f s\n' "$ROWS" "$SIZE" "$t_export"

echo "== download with curl"
t0=$(date +%s.%N)
curl -sS --fail -o "$WORK/export.csv" "$DOWNLOAD_URL"
t_download=$(since "$t0")
GOT_SIZE=$(stat -c %s "$WORK/export.csv")
GOT_SHA=$(sha256sum "$WORK/export.csv" | cut -d' ' -f1)
GOT_ROWS=$(( $(wc -l <"$WORK/export.csv") - 1 ))
printf '   %s bytes in %.2f s; size %s, sha256 %s, %s data lines\n' "$GOT_SIZE" "$t_download" \
    "$([ "$GOT_SIZE" = "$(printf %.0f "$SIZE")" ] && echo ok || echo MISMATCH)" \
    "$([ "$GOT_SHA" = "$SHA" ] && echo ok || echo MISMATCH)" "$GOT_ROWS"
echo "   server after export: VmRSS $(status VmRSS), VmHWM (peak) $(status VmHWM)"

# The floor: the same rows, columns and order with sqlite3, into $WORK/sqlite3.csv.
dump_sqlite() {
    sqlite3 -csv -header "$DB" "SELECT 'SERVER_STATISTICS' AS kind, m.server_id, s.host_name,
        strftime('%Y-%m-%dT%H:%M:%SZ', m.ts, 'unixepoch') AS ts, m.cpu, m.memory, m.network_in,
        m.network_out, m.connections, m.latency_ms, m.error_rate
        FROM metrics m JOIN servers s ON s.id = m.server_id
        WHERE m.ts >= $FROM AND m.ts < $TO ORDER BY m.ts, m.server_id" >"$WORK/sqlite3.csv"
}

echo "== sqlite3 -csv dump of the same rows"
t0=$(date +%s.%N)
dump_sqlite
t_sqlite=$(since "$t0")
SQLITE_ROWS=$(( $(wc -l <"$WORK/sqlite3.csv") - 1 ))
printf '   %s rows, %s bytes, in %.2f s\n' "$SQLITE_ROWS" "$(stat -c %s "$WORK/sqlite3.csv")" "$t_sqlite"
# Same rows in the same order: compare the (server_id, ts) keys.
if cmp -s <(cut -d, -f2,4 "$WORK/sqlite3.csv" | tail -n +2) \
          <(awk -F, 'NR > 1 {print $3 "," $11}' "$WORK/export.csv"); then
    echo "   same (server_id, ts) rows in the same order: yes"
else
    echo "   same (server_id, ts) rows in the same order: NO"
fi

RUNS=${RUNS:-3}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
worst() { sort -n | tail -1; }
echo "== end to end, $RUNS runs each, interleaved: vpnmine stats export (export, download, verify,"
echo "   rename into place) | sqlite3 -csv of the same rows (the floor)"
: >"$WORK/cli.times"
: >"$WORK/sqlite.times"
for run in $(seq "$RUNS"); do
    rm -f "$WORK/cli.csv"
    t0=$(date +%s.%N)
    VPNMINE_TOKEN=$TOKEN /usr/bin/time -f '%M' -o "$WORK/cli.time" "$BIN" --endpoint "$URL" \
        stats export --from "$(iso "$FROM")" --to "$(iso "$TO")" --format csv \
        --kind server-statistics --out "$WORK/cli.csv" --quiet
    t_cli=$(since "$t0")
    t0=$(date +%s.%N)
    dump_sqlite
    t_floor=$(since "$t0")
    echo "$t_cli" >>"$WORK/cli.times"
    echo "$t_floor" >>"$WORK/sqlite.times"
    CLI_RSS_KB=$(tail -1 "$WORK/cli.time")
    CLI_ROWS=$(( $(wc -l <"$WORK/cli.csv") - 1 ))
    printf '   run %s: vpnmine %.2f s (%s rows, CLI peak RSS %s kB) | sqlite3 -csv %.2f s\n' \
        "$run" "$t_cli" "$CLI_ROWS" "$CLI_RSS_KB" "$t_floor"
done
echo "   same bytes as the curl download (but the export's timestamp line): $(
    cmp -s <(tail -n +2 "$WORK/cli.csv") <(tail -n +2 "$WORK/export.csv") && echo yes || echo NO)"
t_cli=$(median <"$WORK/cli.times")
t_floor=$(median <"$WORK/sqlite.times")

echo "== summary (scale $SCALE)"
printf '   rows %s | export %.2f s | download %.2f s | sqlite3 -csv %.2f s | server peak RSS %s\n' \
    "$ROWS" "$t_export" "$t_download" "$t_sqlite" "$(status VmHWM)"
printf '   end to end with the CLI: median %.2f s, worst %.2f s | sqlite3 -csv in the same runs: median %.2f s, worst %.2f s\n' \
    "$t_cli" "$(worst <"$WORK/cli.times")" "$t_floor" "$(worst <"$WORK/sqlite.times")"
printf '   ratio of the medians: %.2fx sqlite3 -csv (target <= 1.5x) | CLI peak RSS %s kB\n' \
    "$(awk -v a="$t_cli" -v b="$t_floor" 'BEGIN { print a / b }')" "$CLI_RSS_KB"
