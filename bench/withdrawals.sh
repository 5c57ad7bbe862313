#!/usr/bin/env bash
# Issue 13's withdrawal benchmark: 10,000 requestWithdrawal per run against a release build, with
# the `{ __typename }` floor measured the same way in the same run, repeated.
#   bench/withdrawals.sh            Env: RUNS (3), REQUESTS (10000), CONNS (32), DB (a temp file),
#                                   BIN (a built binary; default: cargo build --release)
# Starts `vpnmine server` on a demo database FILE (WAL, as a platform runs it: every request is
# a write-locked transaction that commits), rate limits off, withdrawals of 0.01 allowed with
# no daily limit and no flat fee, so that every request is accepted; logs in as the demo
# operator (about 1,100 tokens: 3 x 10,000 x 0.01 fits). wrk sends each request with its own
# idempotency key; each wrk thread stops after its share of answers, so a run is REQUESTS
# answers (give or take the requests in flight when a thread stops), and the run ends when
# the last thread stops. Prints per run req/s,
# p50/p99, refused answers (an `errors` body) and how many withdrawals the database holds,
# then the median and worst of the runs. Needs wrk, curl and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3} requests=${REQUESTS:-10000} conns=${CONNS:-32} threads=2
for tool in wrk curl sqlite3; do
  command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/vpnmine}
work=$(mktemp -d)
db=${DB:-$work/withdrawals.db}
"$bin" server --db "$db" --demo --rate-limit off --max-concurrent 0 \
  --withdrawal-minimum 0.01 --withdrawal-fee 0 --withdrawal-fee-percent 1 --withdrawal-daily-limit off \
  --listen 127.0.0.1:0 > "$work/server.out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q listening "$work/server.out" 2>/dev/null; do sleep 0.2; done
port=$(head -1 "$work/server.out" | sed -E 's#.*:([0-9]+).*#\1#')
url="http://127.0.0.1:$port/graphql"
token=$(curl -s -X POST "$url" -H 'content-type: application/json' \
  -d '{"query":"mutation { authenticate(username: \"operator\", password: \"operator-demo-pass\") { accessToken } }"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

# $1: the script; stdin: a Lua function body(key, n) returning the request body.
script() {
  cat > "$1"
  cat >> "$1" <<LUA
local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer $token"
  sent, answered, refused = 0, 0, 0
  share = math.floor($requests / $threads)
  run = args[1]
end
function request()
  sent = sent + 1
  return wrk.format(nil, nil, nil, body("bench-" .. run .. "-" .. id .. "-" .. sent, sent))
end
function response(status, headers, answer)
  answered = answered + 1
  if status ~= 200 or string.find(answer, '"errors"', 1, true) then refused = refused + 1 end
  if answered == share then
    -- Tell the script this thread is done: wrk itself waits out -d unless interrupted.
    local mark = io.open("$work/stopped", "a")
    mark:write("stopped\n")
    mark:close()
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("refused") end
  io.write(string.format("answers %d refused %d\n", summary.requests, total))
end
LUA
}
script "$work/withdraw.lua" <<'LUA'
function body(key, n)
  return '{"query":"mutation($k: String) { requestWithdrawal(amount: \\"0.01\\", destination: \\"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\\", idempotencyKey: $k) { id status } }","variables":{"k":"' .. key .. '"}}'
end
LUA
script "$work/floor.lua" <<'LUA'
function body(key, n)
  return '{"query":"{ p' .. n .. ': __typename }"}'
end
LUA

echo "release build, demo database file, $conns connections, $requests requests per run"
report() { # name: median and worst of the runs' req/s and p99 (ms)
  sort -n "$work/$1.rps" | awk -v n="$1" '{a[NR]=$1} END {printf "%s req/s: median %.0f, worst %.0f\n", n, a[int((NR+1)/2)], a[1]}'
  sort -n "$work/$1.p99" | awk -v n="$1" '{a[NR]=$1} END {printf "%s p99 ms: median %.2f, worst %.2f\n", n, a[int((NR+1)/2)], a[NR]}'
}
ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}'; }
for r in $(seq "$runs"); do
  for name in withdraw floor; do
    # wrk sleeps out -d even when its threads stopped early; a SIGINT once every thread has
    # its share ends the run there, and wrk's req/s is then answers over the real run time.
    : > "$work/stopped"
    wrk -t$threads -c"$conns" -d300s --latency -s "$work/$name.lua" "$url" -- "$r" > "$work/wrk.out" &
    wrk_pid=$!
    while [ "$(wc -l < "$work/stopped")" -lt $threads ] && kill -0 $wrk_pid 2>/dev/null; do sleep 0.02; done
    kill -INT $wrk_pid 2>/dev/null || true
    wait $wrk_pid || true
    rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.out")
    p50=$(awk '$1=="50%" {print $2}' "$work/wrk.out"); p99=$(awk '$1=="99%" {print $2}' "$work/wrk.out")
    answers=$(grep -E '^answers' "$work/wrk.out")
    echo "$rps" >> "$work/$name.rps"; echo "$p99" | ms >> "$work/$name.p99"
    echo "run $r $name: $rps req/s, p50 $p50, p99 $p99, $answers"
  done
  echo "run $r: the database holds $(sqlite3 "$db" "SELECT COUNT(*) FROM withdrawals") withdrawals, held $(sqlite3 "$db" "SELECT held FROM account_balances WHERE account_id = 'usr-operator'") micro-tokens"
done
report withdraw
report floor
