#!/usr/bin/env bash
# Issue 3's load benchmark, with issue 17's rules: a large demo network, driven on loopback
# with wrk; every figure that counts is of requests that really execute, with the transport's
# own floor measured in the same run beside it.
#   bench/server-load.sh [SCALE]      (default 34: 10,200 servers, 3.4M metric samples)
# Environment:
#   BASE=FILE   a seeded database to copy first (e.g. /root/.cache/bench/base34.db): no
#               reseeding, and BASE itself is never written; the copy is deleted at the end
#   DB=FILE     the database to use as it is (seeded into when missing; kept)
#   SIMULATE=1s the demo agents report this often while measuring (writers compete, and the
#               shared-answer cache cannot help)
#   RUNS=3      wrk runs of each kind (median and worst are printed); SECS=10 per run;
#               RUNS=0 times the single requests only
#   BIN=FILE    the vpnmine binary to measure (e.g. a copy of main's, for a before/after);
#               without it, this tree's release build
#   DATABASE_URL=postgres://...  serve from this PostgreSQL database instead (issue #18): an
#               empty one is filled from BASE with `server copy-store`, or seeded at SCALE;
#               one that holds a platform is used as it is. Needs psql.
#   REPLICAS=2  with DATABASE_URL, serve from this many replicas on that one database; each wrk
#               run then drives all of them at once, 64 connections in all split evenly, and
#               prints their summed req/s and the worst replica's p50 and p99
# Prints, first, the executed miningServers first page (a unique alias per request) at 64
# connections beside `{ __typename }` (the transport alone, also a unique alias) in the same
# runs, and their ratio; then the same page with identical requests (shared answers); then
# single-request times of serverMetrics, networkAnalytics, adminDashboard and userDashboard,
# each executed; and the server's RSS. Needs wrk (apt-get install wrk) and sqlite3 (psql with DATABASE_URL).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-34}
port=${PORT:-18631}
runs=${RUNS:-3}
secs=${SECS:-10}
simulate=${SIMULATE:-0}
replicas=${REPLICAS:-1}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/vpnmine}
work=$(mktemp -d)
scratch=("$work")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "${scratch[@]}"
}
trap cleanup EXIT
pg=${DATABASE_URL:-}
if [ "$replicas" -gt 1 ] && [ -z "$pg" ]; then
  echo "REPLICAS needs DATABASE_URL: replicas share a PostgreSQL database" >&2; exit 1
fi
if [ -n "$pg" ]; then
  tables=$(psql "$pg" -Atc "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'servers'")
  if [ "$tables" = 0 ] && [ -n "${BASE:-}" ]; then
    echo "copying $BASE into $pg (once; reused by later runs)"
    $bin server copy-store --from "sqlite:$BASE" --to "$pg" >/dev/null
  elif [ "$tables" = 0 ]; then
    echo "seeding scale $scale into $pg (once; reused by later runs)"
    start=$(date +%s.%N)
  fi
  database=(--database-url "$pg")
  sql() { psql "$pg" -Atc "$1"; }
elif [ -n "${BASE:-}" ]; then
  db=$(mktemp --tmpdir="$(dirname "$BASE")" vpnmine-bench-XXXXXX.db)
  scratch+=("$db" "$db-wal" "$db-shm" "$db.lock")
  cp "$BASE" "$db"
else
  db=${DB:-/tmp/vpnmine-bench-$scale.db}
fi
log=$work/server.log
if [ -z "$pg" ]; then
  if [ ! -f "$db" ]; then
    echo "seeding scale $scale into $db (once; reused by later runs)"
    start=$(date +%s.%N)
  fi
  database=(--db "$db")
  sql() { sqlite3 "$db" "$1"; }
fi
# The first replica seeds (or copies) and simulates; the others start once it is up.
urls=()
for r in $(seq 0 $((replicas - 1))); do
  rlog=$log.$r
  [ "$r" = 0 ] && rlog=$log
  every=$simulate
  [ "$r" = 0 ] || every=0
  $bin server "${database[@]}" --demo --demo-scale "$scale" --rate-limit off --max-concurrent 0 \
    --simulate "$every" --listen "127.0.0.1:$((port + r))" >"$rlog" 2>/dev/null &
  pids+=($!)
  until grep -q listening "$rlog" 2>/dev/null; do
    kill -0 "${pids[$r]}" 2>/dev/null || { echo "the server did not start" >&2; exit 1; }
    sleep 0.2
  done
  urls+=("http://127.0.0.1:$((port + r))/graphql")
done
pid=${pids[0]}
[ -n "${start:-}" ] && echo "seeded in $(echo "$(date +%s.%N) - $start" | bc) s"
url=${urls[0]}
[ "$replicas" -gt 1 ] && echo "replicas: $replicas on one database (${urls[*]})"

post() { curl -s -X POST "$url" -H 'content-type: application/json' "$@"; }
token=$(post -d '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
samples=$(sql 'SELECT COUNT(*) FROM metrics')
servers=$(sql 'SELECT COUNT(*) FROM servers')
echo "network: $servers servers, $samples metric samples; agents report every: $simulate"

fields='items { id hostName location status activeConnections tokenBalance miningEnabled miningRate protocols { type port enabled } metrics { cpuUsage memoryUsage networkSpeed lastHeartbeat } } pageInfo { totalItems hasNext }'
# wrk scripts. A fresh alias per request keeps every answer the request's own: the same work,
# but no request can reuse another's answer. The alias holds the thread and the start time
# too, since each wrk thread counts on its own and every run starts again at 1.
unique_script() { # file, selection
  cat >"$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local prefix, n = "", 0
function init(args)
  prefix = "p" .. id .. "t" .. os.time() .. "_"
end
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"query":"{ ' .. prefix .. n .. ': $2 }"}')
end
LUA
}
page_lua=$work/page.lua floor_lua=$work/floor.lua shared_lua=$work/shared.lua
unique_script "$page_lua" "miningServers { $fields }"
unique_script "$floor_lua" "__typename"
cat >"$shared_lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ miningServers { $fields } }"}'
LUA

# One wrk run of one replica: "req/s p50-ms p99-ms non2xx".
wrk_one() { # script url connections threads
  wrk -t"$4" -c"$3" -d"${secs}s" --latency -s "$1" "$2" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF } END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}
# One run at 64 connections over all replicas at once: summed req/s, the worst replica's p50
# and p99, summed non-2xx.
measure() { # script
  if [ "$replicas" = 1 ]; then wrk_one "$1" "$url" 64 2; return; fi
  local r running=()
  for r in $(seq 0 $((replicas - 1))); do
    wrk_one "$1" "${urls[$r]}" $((64 / replicas)) 1 >"$work/wrk.$r" &
    running+=($!)
  done
  wait "${running[@]}"
  cat "$work"/wrk.* | awk '{ rps += $1; if ($2 > p50) p50 = $2; if ($3 > p99) p99 = $3; bad += $4 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
  rm -f "$work"/wrk.*
}
# Median and worst of one column over the runs: "median worst"; worst is the lowest for
# req/s and ratios, the highest for latencies.
summary() { # file column lower-is-worse(1|0)
  sort -g -k"$2" "$1" | awk -v c="$2" -v low="$3" '{a[NR] = $c} END {
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "%s %s\n", m, (low ? a[1] : a[NR]) }'
}

if [ "$runs" -gt 0 ]; then
  echo "== executed: miningServers first page vs the transport floor { __typename }, both a unique alias per request,"
  echo "   64 connections, $runs x $secs s each, interleaved"
  results=$work/runs
  for run in $(seq "$runs"); do
    read -r frps fp50 fp99 fbad < <(measure "$floor_lua")
    read -r prps pp50 pp99 pbad < <(measure "$page_lua")
    ratio=$(echo "scale=3; $prps / $frps" | bc)
    printf "run %d: page %6d req/s p50 %6.2f ms p99 %6.2f ms | floor %6d req/s p50 %6.2f ms p99 %6.2f ms | page/floor %s\n" \
      "$run" "$prps" "$pp50" "$pp99" "$frps" "$fp50" "$fp99" "$ratio"
    [ "$pbad$fbad" = "00" ] || echo "   non-2xx answers: page $pbad, floor $fbad"
    echo "$prps $pp50 $pp99 $frps $fp50 $fp99 $ratio" >>"$results"
  done
  read -r m w < <(summary "$results" 1 1); echo "page  req/s: median $m, worst $w"
  read -r m w < <(summary "$results" 3 0); echo "page  p99:   median $m ms, worst $w ms"
  read -r m w < <(summary "$results" 4 1); echo "floor req/s: median $m, worst $w"
  read -r m w < <(summary "$results" 6 0); echo "floor p99:   median $m ms, worst $w ms"
  read -r m w < <(summary "$results" 7 1); echo "page/floor:  median $m, worst $w"

  echo "== the same page with identical requests (one caller's answers shared while nothing writes)"
  read -r srps sp50 sp99 sbad < <(measure "$shared_lua")
  echo "shared: $srps req/s p50 $sp50 ms p99 $sp99 ms (non-2xx: $sbad)"

fi

echo "== single requests, each executed (median and worst of 10)"
time_query() { # name, body: ALIAS is made unique per request
  local name=$1 body=$2 answer times
  answer=$work/answer times=$work/times
  : >"$times"
  for i in $(seq 10); do
    post -H "authorization: Bearer $token" -o "$answer" -w '%{time_total}\n' -d "${body/ALIAS/q$i}" >>"$times"
    # A refused query is fast: its timing would mean nothing.
    if grep -q '"errors"' "$answer"; then echo "$name failed: $(head -c 300 "$answer")" >&2; exit 1; fi
  done
  sort -n "$times" | awk -v n="$name" '{a[NR]=$1} END {printf "%s: median %.1f ms, worst %.1f ms\n", n, (a[5]+a[6])*500, a[10]*1000}'
}
time_query "transport floor { __typename }" '{"query":"{ ALIAS: __typename }"}'
time_query "miningServers first page" "{\"query\":\"{ ALIAS: miningServers { $fields } }\"}"
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
now=$(at now)
week=$(at '-7 days')
analytics() { # name, from, to
  time_query "networkAnalytics $1" "{\"query\":\"{ ALIAS: networkAnalytics(from: \\\"$2\\\", to: \\\"$3\\\") { totalUsers totalServers totalDataTransferred totalActiveConnections topPerformingServers { serverId averageLatencyMs } } }\"}"
}
analytics "30 days" "$(at '-30 days')" "$now"
analytics "7 days" "$week" "$now"
analytics "1 day" "$(at '-1 day')" "$now"
analytics "3 days ending 5 days ago" "$(at '-8 days')" "$(at '-5 days')"
server=$(sql 'SELECT id FROM servers ORDER BY id LIMIT 1')
time_query "serverMetrics 7 days hourly" "{\"query\":\"{ ALIAS: serverMetrics(serverId: \\\"$server\\\", timeRange: {from: \\\"$week\\\", to: \\\"$now\\\", interval: HOUR}) { timestamp metrics { cpu { usage } mining { rewards } } } }\"}"
economy='asOf supply circulating spent paidOut feesCollected held pendingWithdrawals { count amount } approvedWithdrawals { count amount } claimedToday dailyBudget budgetLeft budgetResetsAt'
time_query "adminDashboard" "{\"query\":\"{ ALIAS: adminDashboard { networkOverview { totalActiveConnections totalServers activeServers totalDataTransferred averageNetworkUtilization connectionsByRegion } topServers { serverId serverName location activeConnections cpuUsage memoryUsage networkUtilization tokenEarningsExact } topUsers { userId username activeConnections dataTransferred tokensSpentExact lastActive } tokenMetrics { totalTokensInCirculationExact totalTokensEarnedExact totalTokensSpentExact averageDailyVolumeExact recentActivity { timestamp earnedExact spentExact } tokenEconomy { $economy } } } }\"}"
# The operator with the most servers: the dashboard's heaviest user.
operator=$(sql 'SELECT owner_id FROM servers GROUP BY owner_id ORDER BY COUNT(*) DESC, owner_id LIMIT 1')
time_query "userDashboard (operator of $(sql "SELECT COUNT(*) FROM servers WHERE owner_id = '$operator'") servers)" "{\"query\":\"{ ALIAS: userDashboard(userId: \\\"$operator\\\") { user { id username role userType } currentSession { id server protocol startTime dataTransferred } statistics { totalSessions totalDataTransferred averageSessionDuration preferredServers } mining { activeServers totalRewardsExact pendingRewardsExact miningEfficiency } } }\"}"
for p in "${pids[@]}"; do grep -E "VmRSS|VmHWM" "/proc/$p/status"; done
