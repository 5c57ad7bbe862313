#!/usr/bin/env bash
# Backup, verify and restore of a large demo database against the sqlite3 shell's `.backup`.
#
#   bench/backup.sh                         # scale 34 (about 10,000 servers, 100,000 users)
#   SCALE=2 RUNS=5 WORK=/tmp/x bench/backup.sh
#
# 1. Builds the release binary and seeds a demo database once (kept in $WORK for reruns).
# 2. $RUNS rounds, each in the same order on the same (page-cached) file:
#    - the floor: `sqlite3 DB ".backup FILE"` (an uncompressed page copy), its time and size;
#      then `zstd -1 -T0` and `gzip -1` of that copy, for the size a generic compressor gets;
#    - ours: `vpnmine server backup --db DB --out FILE` (the pages of one read transaction
#      streamed into zstd --fast=1, manifest),
#      its time and size;
#    - `vpnmine server backup verify FILE` (checksums, restore to a scratch file, integrity
#      and foreign key checks, row counts), its time;
#    - `vpnmine server restore FILE --db COPY` onto a copy (verify, then the atomic swap).
# 3. Median and worst of each, and our backup time over the floor's (the target: at most 1.5).
set -euo pipefail

SCALE=${SCALE:-34}
RUNS=${RUNS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/vpnmine-bench-backup}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=${BIN:-$TARGET/release/vpnmine}
DB=$WORK/scale$SCALE.db
mkdir -p "$WORK"
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install -y sqlite3)" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "== build (release)"
    (cd "$ROOT" && cargo build --release --quiet)
fi

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
size() { stat -c %s "$1"; }

PID=
stop() {
    if [ -n "$PID" ]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
        PID=
    fi
}
trap stop EXIT

if [ ! -s "$DB" ]; then
    echo "== seed demo scale $SCALE into $DB"
    t0=$(now)
    out=$WORK/server.out
    : >"$out"
    "$BIN" --quiet server --db "$DB" --demo --demo-scale "$SCALE" --listen 127.0.0.1:0 \
        >"$out" 2>"$WORK/server.err" &
    PID=$!
    while ! grep -q listening "$out"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
        sleep 0.5
    done
    stop
    echo "   seeded in $(since "$t0") s"
fi
echo "== database: $(size "$DB") bytes"
# Warm the page cache for both sides alike.
cat "$DB" >/dev/null

declare -a FLOOR OURS VERIFY RESTORE RATIO
for run in $(seq 1 "$RUNS"); do
    rm -f "$WORK/floor.db" "$WORK/ours.vpnbak" "$WORK/floor.db.zst" "$WORK/floor.db.gz"
    # Each timed step starts with no dirty pages: the gigabytes the step before wrote would
    # otherwise throttle its writes (whichever side happens to come next).
    sync; t0=$(now); sqlite3 "$DB" ".backup '$WORK/floor.db'"; floor=$(since "$t0")
    t0=$(now); zstd -q -1 -T0 "$WORK/floor.db" -o "$WORK/floor.db.zst"; zst=$(since "$t0")
    t0=$(now); gzip -1 -c "$WORK/floor.db" >"$WORK/floor.db.gz"; gz=$(since "$t0")
    sync; t0=$(now); "$BIN" --quiet server backup --db "$DB" --out "$WORK/ours.vpnbak" >/dev/null
    ours=$(since "$t0")
    sync; t0=$(now); "$BIN" --quiet server backup verify "$WORK/ours.vpnbak" >/dev/null
    verify=$(since "$t0")
    cp "$DB" "$WORK/restore.db"
    sync; t0=$(now); "$BIN" --quiet server restore "$WORK/ours.vpnbak" --db "$WORK/restore.db" >/dev/null
    restore=$(since "$t0")
    rm -f "$WORK"/restore.db*
    ratio=$(awk -v o="$ours" -v f="$floor" 'BEGIN { printf "%.2f", o / f }')
    FLOOR+=("$floor"); OURS+=("$ours"); VERIFY+=("$verify"); RESTORE+=("$restore"); RATIO+=("$ratio")
    printf 'run %d: sqlite3 .backup %ss (%s bytes; +zstd -1 %ss -> %s, +gzip -1 %ss -> %s) | ours %ss (%s bytes, %sx the floor) | verify %ss | restore %ss\n' \
        "$run" "$floor" "$(size "$WORK/floor.db")" "$zst" "$(size "$WORK/floor.db.zst")" \
        "$gz" "$(size "$WORK/floor.db.gz")" "$ours" "$(size "$WORK/ours.vpnbak")" "$ratio" "$verify" "$restore"
done

stats() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "median %.3f s, worst %.3f s", v[int((NR + 1) / 2)], v[NR] }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "== $RUNS runs, scale $SCALE"
echo "sqlite3 .backup (floor): $(stats "${FLOOR[@]}")"
echo "vpnmine backup:          $(stats "${OURS[@]}")"
echo "vpnmine verify:          $(stats "${VERIFY[@]}")"
echo "vpnmine restore:         $(stats "${RESTORE[@]}")"
awk -v o="$(median "${OURS[@]}")" -v f="$(median "${FLOOR[@]}")" \
    'BEGIN { printf "backup / floor (medians): %.2fx (target <= 1.5x)\n", o / f }'
echo "backup / floor, per run: $(printf '%s\n' "${RATIO[@]}" | sort -g | awk '{ v[NR] = $1 } END { printf "median %.2fx, worst %.2fx", v[int((NR + 1) / 2)], v[NR] }')"
echo "sizes: database $(size "$DB"), sqlite3 .backup $(size "$WORK/floor.db"), ours $(size "$WORK/ours.vpnbak"), zstd -1 of the copy $(size "$WORK/floor.db.zst"), gzip -1 $(size "$WORK/floor.db.gz")"
