#!/usr/bin/env bash
# Benchmark of alert evaluation (issue 14): 20 rules over 10,200 servers per tick.
#
#   bench/alert-eval.sh            # 3 runs of 300 measured ticks each
#   RUNS=5 TICKS=500 bench/alert-eval.sh
#
# Runs `cargo bench --bench alert_eval` (benches/alert_eval.rs: Evaluator::on_tick on a tick
# of 10,200 samples, the floor of one pass that only reads every metric, and the store write
# of a tick where 1% of the watched pairs fire) RUNS times, prints each run's lines, then the
# median and the worst over the runs of each figure.
set -euo pipefail

RUNS=${RUNS:-3}
TICKS=${TICKS:-300}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

(cd "$ROOT" && cargo bench --quiet --bench alert_eval --no-run)
for run in $(seq "$RUNS"); do
    echo "== run $run"
    (cd "$ROOT" && cargo bench --quiet --bench alert_eval -- "$TICKS") | tee -a "$OUT"
done

# The median and the worst (largest) of one figure over the runs.
summary() {
    local label=$1 pattern=$2 field=$3
    grep -E "$pattern" "$OUT" | awk -v f="$field" '{ print $f }' | sort -g |
        awk -v label="$label" '{ v[NR] = $1 } END {
            if (NR == 0) { exit }
            printf "%-28s median %8.3f ms  worst %8.3f ms  (%d values)\n", label, v[int((NR + 1) / 2)], v[NR], NR
        }'
}

echo "== over $RUNS runs (writes: 3 rounds per run)"
summary "eval per tick, median" '^eval per tick:' 5
summary "eval per tick, p99" '^eval per tick:' 8
summary "floor per tick, median" '^floor per tick:' 5
summary "floor per tick, p99" '^floor per tick:' 8
summary "write: fire 1% of pairs" '^write round' 10
