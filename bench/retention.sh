#!/usr/bin/env bash
# Issue 15's retention benchmark: the retention pass (runMaintenance) on a scale-34 demo
# database, against a floor of sqlite3 doing the same roll-up in one transaction on a copy.
#   bench/retention.sh      Env: RUNS (3), SCALE (34), RETAIN (7d), DENSE_DAYS (7),
#                           BASE (a seeded demo database to copy instead of seeding one; it is
#                           only read), BIN (default: cargo build --release)
# Once per bench, in a scratch directory: the base is seeded (or BASE copied), migrated to
# this binary's schema by starting the server on it once (a BASE of an older schema would
# otherwise be migrated by every run, and the floor's copy would lack the `samples` column),
# then densified: the demo reports hourly, so that the roll-up has something to fold, the
# oldest DENSE_DAYS of its 14 days get five more samples an hour per server (a heartbeat
# every 12 minutes), written by sqlite3 with the derived-totals triggers paused (the pass
# neither reads nor changes those totals, so they do not matter here).
# Each run takes a fresh copy of the base, starts the server on it with --retain-raw RETAIN,
# runs `admin maintenance run`'s mutation (its durationMs is the pass), stops the server and
# reports the metric rows after the pass, the freelist bytes it left (reused by new rows) and
# the file size before and after a VACUUM. The floor, in the same run: sqlite3 rolling up the
# same hours with one INSERT ... SELECT, DELETE and INSERT in one transaction on another copy.
# Prints each run, then median and worst. Needs sqlite3, curl and bc.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3} scale=${SCALE:-34} retain=${RETAIN:-7d} dense_days=${DENSE_DAYS:-7}
for tool in sqlite3 curl bc; do
  command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/vpnmine}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

# $1: database; further arguments go to the server. Sets pid and url; a server that exits
# before it listens stops the bench with its error.
start() {
  local db=$1; shift
  : > "$work/server.out"
  "$bin" server --db "$db" --listen 127.0.0.1:0 "$@" > "$work/server.out" 2> "$work/server.err" &
  pid=$!
  until grep -q listening "$work/server.out" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { pid=; cat "$work/server.err" >&2; exit 1; }
    sleep 0.5
  done
  url="http://127.0.0.1:$(head -1 "$work/server.out" | sed -E 's#.*:([0-9]+).*#\1#')/graphql"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
# A database's write-ahead log moved into its file, so that its size and freelist are final.
settle() { sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; }
metric_rows() { sqlite3 "$1" "SELECT COUNT(*) FROM metrics"; }

base=$work/base.db
if [ -n "${BASE:-}" ]; then
  [ -s "$BASE" ] || { echo "BASE=$BASE is not a database" >&2; exit 1; }
  echo "copying $BASE"
  cp "$BASE" "$base"
  if [ -s "$BASE-wal" ]; then cp "$BASE-wal" "$base-wal"; fi
else
  echo "seeding a scale-$scale demo into $base"
  start "$base" --demo --demo-scale "$scale"
  stop
fi
# Migrated by this binary (no pass: retention off), then densified.
start "$base" --retain-raw off
stop
settle "$base"
start_ts=$(sqlite3 "$base" "SELECT MIN(ts) FROM metrics")
echo "densifying the oldest $dense_days days ($(metric_rows "$base") metric rows)"
sqlite3 "$base" >/dev/null <<SQL
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
rows=$(metric_rows "$base")
base_size=$(stat -c %s "$base")
echo "base: $base_size bytes, $rows metric rows"

login='{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}'
run='{"query":"mutation { runMaintenance { durationMs pass { hoursRolledUp samplesRolledUp rowsRemoved } } }"}'
retain_secs=$(echo "$retain" | sed -E 's/d$/*86400/;s/h$/*3600/' | bc)
passes=() floors=() frees=() vacuums=() afters=()
for i in $(seq 1 "$runs"); do
  cp "$base" "$work/run.db"
  start "$work/run.db" --retain-raw "$retain"
  token=$(curl -s -X POST "$url" -H 'content-type: application/json' -d "$login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  answer=$(curl -s -X POST "$url" -H 'content-type: application/json' \
    -H "Authorization: Bearer $token" -d "$run")
  stop
  case $answer in
    *'"durationMs":'*) ;;
    *) echo "run $i: the pass failed: $answer" >&2; exit 1 ;;
  esac
  ms=$(echo "$answer" | sed -E 's/.*"durationMs":([0-9.]+).*/\1/')
  settle "$work/run.db"
  after=$(metric_rows "$work/run.db")
  free=$(( $(sqlite3 "$work/run.db" "PRAGMA freelist_count") * $(sqlite3 "$work/run.db" "PRAGMA page_size") ))
  size=$(stat -c %s "$work/run.db")
  sqlite3 "$work/run.db" "VACUUM"
  vacuumed=$(stat -c %s "$work/run.db")
  rm -f "$work/run.db"*
  # The floor: the same hours rolled up by sqlite3 in one transaction, on a fresh copy.
  cp "$base" "$work/floor.db"
  cutoff=$(( ($(date +%s) - retain_secs) / 3600 * 3600 ))
  floor_out=$( { /usr/bin/time -f 'elapsed %e' sqlite3 -bail "$work/floor.db" <<SQL; } 2>&1
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
  ) || { echo "run $i: the floor failed: $floor_out" >&2; exit 1; }
  floor_rows=$(metric_rows "$work/floor.db")
  rm -f "$work/floor.db"*
  floor_ms=$(echo "$(echo "$floor_out" | sed -nE 's/^elapsed ([0-9.]+)$/\1/p') * 1000" | bc)
  echo "run $i: pass ${ms} ms ($answer); metric rows $rows -> $after (floor: $floor_rows);" \
    "freelist ${free} B, file $base_size -> ${size} B -> ${vacuumed} B after VACUUM;" \
    "floor (sqlite3) ${floor_ms} ms"
  passes+=("$ms") floors+=("$floor_ms") frees+=("$free") vacuums+=("$vacuumed") afters+=("$after")
done
stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "median %s worst %s", a[int((NR+1)/2)], a[NR]}'; }
echo "pass ms: $(stats "${passes[@]}")"
echo "floor ms: $(stats "${floors[@]}")"
echo "metric rows: before $rows, after $(stats "${afters[@]}")"
echo "freelist bytes after the pass: $(printf '%s\n' "${frees[@]}" | sort -g | head -1) to $(printf '%s\n' "${frees[@]}" | sort -g | tail -1)"
echo "file bytes: before $base_size, after VACUUM $(printf '%s\n' "${vacuums[@]}" | sort -g | head -1) to $(printf '%s\n' "${vacuums[@]}" | sort -g | tail -1)"
