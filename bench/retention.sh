#!/usr/bin/env bash
# Issue 15's retention benchmark: the retention pass (runMaintenance) on a scale-34 demo
# database, against a floor of sqlite3 doing the same roll-up in one transaction on a copy.
#   bench/retention.sh      Env: RUNS (3), SCALE (34), RETAIN (7d), DENSE_DAYS (7),
#                           BASE (a seeded database to reuse), BIN (default: cargo build --release)
# The demo reports hourly, so that the roll-up has something to fold, the oldest DENSE_DAYS of
# its 14 days get five more samples an hour per server (a heartbeat every 12 minutes), written
# by sqlite3 with the derived-totals triggers paused (the pass neither reads nor changes those
# totals, so they do not matter here). Each run takes a fresh copy, starts the server on it
# with --retain-raw RETAIN, runs `admin maintenance run` (its durationMs is the pass), stops the
# server and reports the freelist bytes the pass left (reused by new rows) and the file size
# before and after a VACUUM. The floor: sqlite3 rolling up the same hours with one
# INSERT ... SELECT, DELETE and INSERT on another copy. Prints each run, then median and worst.
# Needs sqlite3 and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3} scale=${SCALE:-34} retain=${RETAIN:-7d} dense_days=${DENSE_DAYS:-7}
for tool in sqlite3 curl; do
  command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/vpnmine}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

# $1: database; further arguments go to the server. Sets pid and url.
start() {
  local db=$1; shift
  "$bin" server --db "$db" --listen 127.0.0.1:0 "$@" > "$work/server.out" 2>/dev/null &
  pid=$!
  until grep -q listening "$work/server.out" 2>/dev/null; do sleep 0.5; done
  url="http://127.0.0.1:$(head -1 "$work/server.out" | sed -E 's#.*:([0-9]+).*#\1#')/graphql"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

base=${BASE:-$work/base.db}
if [ ! -s "$base" ]; then
  echo "seeding a scale-$scale demo into $base"
  start "$base" --demo --demo-scale "$scale"
  stop
  start_ts=$(sqlite3 "$base" "SELECT MIN(ts) FROM metrics")
  sqlite3 "$base" <<SQL
BEGIN;
INSERT INTO derived_totals_paused (paused) VALUES (1);
WITH k(n) AS (VALUES (1), (2), (3), (4), (5))
INSERT OR IGNORE INTO metrics (server_id, ts, cpu, memory, network_in, network_out,
  connections, latency_ms, error_rate)
SELECT server_id, ts - ts % 3600 + n * 720, cpu * (1 + n / 50.0), memory, network_in,
  network_out, connections + n, latency_ms + n / 10.0, error_rate
FROM metrics CROSS JOIN k WHERE ts < $start_ts + $dense_days * 86400;
DELETE FROM derived_totals_paused;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
fi
rows=$(sqlite3 "$base" "SELECT COUNT(*) FROM metrics")
echo "base: $(stat -c %s "$base") bytes, $rows metric rows"

login='{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}'
run='{"query":"mutation { runMaintenance { durationMs pass { hoursRolledUp samplesRolledUp rowsRemoved } } }"}'
passes=() floors=()
for i in $(seq 1 "$runs"); do
  cp "$base" "$work/run.db"
  start "$work/run.db" --retain-raw "$retain"
  token=$(curl -s -X POST "$url" -H 'content-type: application/json' -d "$login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  answer=$(curl -s -X POST "$url" -H 'content-type: application/json' \
    -H "Authorization: Bearer $token" -d "$run")
  stop
  ms=$(echo "$answer" | sed -E 's/.*"durationMs":([0-9.]+).*/\1/')
  free=$(( $(sqlite3 "$work/run.db" "PRAGMA freelist_count") * $(sqlite3 "$work/run.db" "PRAGMA page_size") ))
  size=$(stat -c %s "$work/run.db")
  sqlite3 "$work/run.db" "VACUUM"
  vacuumed=$(stat -c %s "$work/run.db")
  # The floor: the same hours rolled up by sqlite3 in one transaction.
  cp "$base" "$work/floor.db"
  cutoff=$(sqlite3 "$work/floor.db" "SELECT (strftime('%s','now') - $(echo "$retain" | sed -E 's/d$/*86400/;s/h$/*3600/')) / 3600 * 3600")
  floor_ms=$( { /usr/bin/time -f %e sqlite3 "$work/floor.db" <<SQL >/dev/null; } 2>&1
BEGIN;
INSERT INTO derived_totals_paused (paused) VALUES (1);
CREATE TEMP TABLE r AS SELECT server_id, ts / 3600 * 3600 AS ts, COUNT(*) AS samples, SUM(cpu) AS cpu,
  SUM(memory) AS memory, SUM(network_in) AS network_in, SUM(network_out) AS network_out,
  SUM(connections) AS connections, SUM(latency_ms) AS latency_ms, SUM(error_rate) AS error_rate
  FROM metrics WHERE ts < $cutoff GROUP BY server_id, ts / 3600 HAVING COUNT(*) > 1;
DELETE FROM metrics WHERE ts < $cutoff AND (server_id, ts / 3600 * 3600) IN (SELECT server_id, ts FROM r);
INSERT INTO metrics (server_id, ts, samples, cpu, memory, network_in, network_out, connections,
  latency_ms, error_rate) SELECT * FROM r;
DELETE FROM derived_totals_paused;
COMMIT;
SQL
  )
  floor_ms=$(echo "$floor_ms * 1000" | bc)
  echo "run $i: pass ${ms} ms ($answer), freelist ${free} B, file ${size} B -> ${vacuumed} B after VACUUM; floor (sqlite3) ${floor_ms} ms"
  passes+=("$ms") floors+=("$floor_ms")
done
stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "median %s worst %s", a[int((NR+1)/2)], a[NR]}'; }
echo "pass ms: $(stats "${passes[@]}")"
echo "floor ms: $(stats "${floors[@]}")"
