#!/usr/bin/env bash
# Issue 16's benchmark: the CPU `vpnmine top` uses on a 10,200-server network (the demo at
# scale 34), (a) idle: nothing reports, top holds its subscriptions and fetches the server
# list every --refresh (15 s); (b) live: the server simulates every agent each second
# (--simulate 1s), so top takes in 10,200 heartbeats a second and redraws each second.
# The floor, in the same window of the same run: `metrics watch -o json` (the same
# subscription, no list, no drawing) writing to /dev/null.
#   bench/top-cpu.sh      Env: RUNS (3), WINDOW (60, seconds), WARMUP (10, seconds),
#                         SCALE (34), BASE (a seeded demo database to copy instead of seeding
#                         one; it is only read), BIN (default: cargo build --release)
# top runs on a 120x40 pseudo-terminal (script -qfc; stty sets its size). Each run starts
# top and the floor, waits for top's first frame and WARMUP more (for the rest of its first
# list of 10,200 servers), then reads
# utime+stime of each from /proc/PID/stat at the start and the end of WINDOW seconds, and
# prints their CPU as a percentage of one core. Prints each run, then median and worst.
# Needs script, curl, jq and bc.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3} window=${WINDOW:-60} warmup=${WARMUP:-10} scale=${SCALE:-34}
for tool in script curl jq bc; do
  command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
bin=$(realpath "${BIN:-${CARGO_TARGET_DIR:-target}/release/vpnmine}")
work=$(mktemp -d)
pid= top_pid= floor_pid= drawn=0
cleanup() {
  for p in $top_pid $floor_pid $pid; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
tick=$(getconf CLK_TCK)

# $1: database; further arguments go to the server. Sets pid and url.
start() {
  local db=$1; shift
  : > "$work/server.out"
  "$bin" server --db "$db" --listen 127.0.0.1:0 --rate-limit off "$@" \
    > "$work/server.out" 2> "$work/server.err" &
  pid=$!
  until grep -q listening "$work/server.out" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { pid=; cat "$work/server.err" >&2; exit 1; }
    sleep 0.5
  done
  url="http://127.0.0.1:$(head -1 "$work/server.out" | sed -E 's#.*:([0-9]+).*#\1#')/graphql"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

base=$work/base.db
if [ -n "${BASE:-}" ]; then
  [ -s "$BASE" ] || { echo "BASE=$BASE is not a database" >&2; exit 1; }
  echo "copying $BASE"
  cp "$BASE" "$base"
  if [ -s "$BASE-wal" ]; then cp "$BASE-wal" "$base-wal"; fi
else
  echo "seeding a scale-$scale demo into $base (a few minutes)"
  start "$base" --demo --demo-scale "$scale"
  stop
fi

# One run against the server at $url: writes "top% floor%" to $work/result.
measure() {
  export VPNMINE_TOKEN=$token HOME=$work/home XDG_DATA_HOME=$work/home/data
  mkdir -p "$work/home"
  # stty gives the pseudo-terminal a size; exec makes top the shell's own process.
  script -qfc "stty rows 40 cols 120; exec '$bin' --endpoint '$url' top" /dev/null \
    > "$work/top.out" 2> "$work/top.err" &
  local script_pid=$!
  "$bin" --endpoint "$url" metrics watch -o json > /dev/null 2> "$work/floor.err" &
  floor_pid=$!
  sleep 1
  top_pid=$(ps -o pid= --ppid "$script_pid" | tr -d ' ')
  [ -n "$top_pid" ] || { echo "top did not start" >&2; cat "$work/top.err" >&2; exit 1; }
  # Its first frame, then WARMUP for the rest of the list (21 pages) to arrive.
  for _ in $(seq 240); do [ -s "$work/top.out" ] && break; sleep 0.5; done
  sleep "$warmup"
  local top0 floor0 top1 floor1
  top0=$(cpu_ticks "$top_pid") floor0=$(cpu_ticks "$floor_pid")
  local drawn0; drawn0=$(stat -c %s "$work/top.out")
  sleep "$window"
  top1=$(cpu_ticks "$top_pid") floor1=$(cpu_ticks "$floor_pid")
  # What top sent to its terminal in the window: a check that it was drawing.
  drawn=$(( ($(stat -c %s "$work/top.out") - drawn0) / 1024 ))
  kill "$top_pid" "$floor_pid"
  wait "$floor_pid" 2>/dev/null || true
  wait "$script_pid" 2>/dev/null || true
  top_pid= floor_pid=
  echo "$(echo "scale=1; 100 * ($top1 - $top0) / $tick / $window" | bc)" \
       "$(echo "scale=1; 100 * ($floor1 - $floor0) / $tick / $window" | bc)" > "$work/result"
}

# Prints "median worst" of the numbers on stdin.
summary() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[NR] }'; }

for mode in idle live; do
  flags=(--demo)
  if [ "$mode" = live ]; then flags+=(--simulate 1s); fi
  start "$base" "${flags[@]}"
  login='{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}'
  token=$(curl -sf -H 'content-type: application/json' -d "$login" "$url" | jq -r .data.authenticate.accessToken)
  : > "$work/$mode.txt"
  for run in $(seq "$runs"); do
    measure
    read -r top floor < "$work/result"
    echo "$mode run $run: top ${top}% of a core (drew ${drawn} KiB), metrics watch -o json ${floor}%"
    echo "$top $floor" >> "$work/$mode.txt"
  done
  stop
  read -r tm tw < <(cut -d' ' -f1 "$work/$mode.txt" | summary)
  read -r fm fw < <(cut -d' ' -f2 "$work/$mode.txt" | summary)
  echo "$mode: top median ${tm}% worst ${tw}%; floor (metrics watch -o json) median ${fm}% worst ${fw}%"
done
