#!/usr/bin/env bash
# Issue 17's fan-out figure: `cargo bench --bench subscribers -- SUBSCRIBERS SERVERS SECONDS`
# run RUNS times (default 5), each beside its floor: the same heartbeats with one subscriber,
# so the floor is what a heartbeat costs to reach anybody (the 100 ms coalescing tick, the
# write, the publish) and the difference is what fanning it out costs.
#   bench/subscribers.sh [RUNS] [SUBSCRIBERS] [SERVERS] [SECONDS]    (5 1000 100 15)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5} subscribers=${2:-1000} servers=${3:-100} seconds=${4:-15}
cargo bench --bench subscribers --no-run --quiet 2>/dev/null
bench() { cargo bench --quiet --bench subscribers -- "$@" 2>/dev/null; }
lag() { sed -nE 's/.*lag: p50 ([0-9.]+) ms, p99 ([0-9.]+) ms.*/\1 \2/p'; }
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for run in $(seq "$runs"); do
  floor=$(bench 1 "$servers" "$seconds" | lag)
  out=$(bench "$subscribers" "$servers" "$seconds")
  fanned=$(echo "$out" | lag)
  delivered=$(echo "$out" | sed -nE 's/.*delivered: ([0-9]+) of ([0-9]+) expected.*/\1\/\2/p')
  connected=$(echo "$out" | sed -nE 's/subscribers connected: ([0-9]+) of.*closed early: ([0-9]+)/\1 connected, \2 closed early/p')
  rss=$(echo "$out" | sed -nE 's/server RSS: .* ([0-9]+) MiB peak/\1/p')
  read -r p50 p99 <<<"$fanned"
  read -r f50 f99 <<<"$floor"
  printf 'run %d: %d subscribers p50 %s ms, p99 %s ms (%s; delivered %s, peak RSS %s MiB) | floor, 1 subscriber: p50 %s ms, p99 %s ms | load %s\n' \
    "$run" "$subscribers" "$p50" "$p99" "$connected" "$delivered" "$rss" "$f50" "$f99" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$p50 $p99 $f50 $f99" >> "$results"
done
summary() { # column, label
  sort -n -k"$1" "$results" | awk -v c="$1" -v l="$2" '{v[NR]=$c} END {printf "%s: median %.1f ms, worst %.1f ms\n", l, v[int((NR+1)/2)], v[NR]}'
}
echo "== over $runs runs"
summary 2 "p99, $subscribers subscribers"
summary 1 "p50, $subscribers subscribers"
summary 4 "p99 floor, 1 subscriber"
summary 3 "p50 floor, 1 subscriber"
