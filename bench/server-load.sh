#!/usr/bin/env bash
# Issue 3's load benchmark: a large demo network, driven on loopback with wrk.
#   bench/server-load.sh [SCALE]      (default 34: 10,200 servers, 3.4M metric samples)
# Needs wrk (apt-get install wrk). Prints req/s and latency percentiles for the first page of
# miningServers at 64 connections, single-request timings of networkAnalytics (30, 7 and 1
# days ending now, and 3 days ending 5 days ago) and serverMetrics (7 days), and the server's
# RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-34}
port=${PORT:-18631}
db=${DB:-/tmp/vpnmine-bench-$scale.db}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/vpnmine
if [ ! -f "$db" ]; then
  echo "seeding scale $scale into $db (once; reused by later runs)"
  start=$(date +%s.%N)
fi
$bin server --db "$db" --demo --demo-scale "$scale" --rate-limit off --max-concurrent 0 --listen "127.0.0.1:$port" \
  > /tmp/vpnmine-bench.out 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q listening /tmp/vpnmine-bench.out 2>/dev/null; do sleep 0.2; done
[ -n "${start:-}" ] && echo "seeded in $(echo "$(date +%s.%N) - $start" | bc) s"
url="http://127.0.0.1:$port/graphql"

post() { curl -s -X POST "$url" -H 'content-type: application/json' "$@"; }
token=$(post -d '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
samples=$(sqlite3 "$db" 'SELECT COUNT(*) FROM metrics')
servers=$(sqlite3 "$db" 'SELECT COUNT(*) FROM servers')
echo "network: $servers servers, $samples metric samples"

fields='items { id hostName location status activeConnections tokenBalance miningEnabled miningRate protocols { type port enabled } metrics { cpuUsage memoryUsage networkSpeed lastHeartbeat } } pageInfo { totalItems hasNext }'
lua=$(mktemp --suffix .lua)
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ miningServers { $fields } }"}'
LUA
# A fresh alias per request: the same work, but no request can reuse another's answer.
unique=$(mktemp --suffix .lua)
cat > "$unique" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body = '{"query":"{ p' .. n .. ': miningServers { $fields } }"}'
  return wrk.format(nil, nil, nil, body)
end
LUA
# Every request executed first: that is the server's capacity. Shared answers only help
# identical requests of one caller (here: anonymous), so their figure comes second.
echo "== miningServers first page, 64 connections, 20 s: every request executed (unique alias per request)"
wrk -t2 -c64 -d20s --latency -s "$unique" "$url" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx"
echo "== the same with identical requests (one caller's answers shared for up to 1 s)"
wrk -t2 -c64 -d20s --latency -s "$lua" "$url" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx"

time_query() { # name, body: median of 10 single requests, each executed (ALIAS made unique)
  local name=$1 body=$2 answer times
  answer=$(mktemp) times=$(mktemp)
  for i in $(seq 10); do
    post -H "authorization: Bearer $token" -o "$answer" -w '%{time_total}\n' -d "${body/ALIAS/q$i}" >> "$times"
    # A refused query is fast: its timing would mean nothing.
    if grep -q '"errors"' "$answer"; then echo "$name failed: $(head -c 300 "$answer")" >&2; exit 1; fi
  done
  sort -n "$times" | awk -v n="$name" '{a[NR]=$1} END {printf "%s: median %.1f ms, max %.1f ms\n", n, a[5]*1000, a[10]*1000}'
  rm -f "$answer" "$times"
}
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
server=$(sqlite3 "$db" 'SELECT id FROM servers ORDER BY id LIMIT 1')
time_query "serverMetrics 7 days hourly" "{\"query\":\"{ ALIAS: serverMetrics(serverId: \\\"$server\\\", timeRange: {from: \\\"$week\\\", to: \\\"$now\\\", interval: HOUR}) { timestamp metrics { cpu { usage } mining { rewards } } } }\"}"
grep -E "VmRSS|VmHWM" /proc/$pid/status
