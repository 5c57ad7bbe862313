#!/usr/bin/env bash
# server-load.sh's "every request executed" figure for one binary, plus a floor, repeated.
#   bench/load-compare.sh BINARY [SERVER FLAGS...]
# Env: SCALE (1), RUNS (3), DURATION (10s), CONNS (64).
# Starts BINARY server --db :memory: --demo --demo-scale SCALE [FLAGS] on a free loopback
# port, then RUNS times each: wrk on miningServers' first page with a fresh alias per request
# (as server-load.sh; nothing can be shared), and wrk on `{ pN: __typename }` (the floor: the
# cheapest executed request). Prints req/s, p50/p99 latency and non-2xx counts of every run.
# Needs wrk. Kills the server it started on exit.
set -euo pipefail
bin=$1; shift
scale=${SCALE:-1} runs=${RUNS:-3} duration=${DURATION:-10s} conns=${CONNS:-64}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
out=$(mktemp)
"$bin" server --db :memory: --demo --demo-scale "$scale" "$@" --listen 127.0.0.1:0 >"$out" 2>/dev/null &
pid=$!
lua=$(mktemp --suffix .lua) floor=$(mktemp --suffix .lua)
trap 'kill $pid 2>/dev/null || true; rm -f "$out" "$lua" "$floor"' EXIT
until grep -q listening "$out" 2>/dev/null; do sleep 0.2; done
port=$(head -1 "$out" | sed -E 's#.*:([0-9]+).*#\1#')
url="http://127.0.0.1:$port/graphql"
sleep 1
fields='items { id hostName location status activeConnections tokenBalance miningEnabled miningRate protocols { type port enabled } metrics { cpuUsage memoryUsage networkSpeed lastHeartbeat } } pageInfo { totalItems hasNext }'
for f in "$lua:{ p' .. n .. ': miningServers { $fields } }" "$floor:{ p' .. n .. ': __typename }"; do
  cat > "${f%%:*}" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"query":"${f#*:}"}')
end
LUA
done
echo "binary $bin, flags: ${*:-defaults}, scale $scale, $conns connections, $duration per run"
for name in executed floor; do
  script=$lua; [ $name = floor ] && script=$floor
  for r in $(seq "$runs"); do
    wrk -t2 -c"$conns" -d"$duration" --latency -s "$script" "$url" > "$out.wrk"
    rps=$(awk '/Requests\/sec/ {print $2}' "$out.wrk")
    p50=$(awk '$1=="50%" {print $2}' "$out.wrk"); p99=$(awk '$1=="99%" {print $2}' "$out.wrk")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$out.wrk"); errs=$(grep -E 'Socket errors' "$out.wrk" || true)
    echo "$name run $r: ${rps} req/s, p50 $p50, p99 $p99, non-2xx ${non2xx:-0} $errs"
  done
done
rm -f "$out.wrk"
grep -E "VmRSS|VmHWM" /proc/$pid/status | tr -s ' \t' ' ' | paste -sd';'
