#!/usr/bin/env bash
# The README's first command on a fresh machine (issue 17, goal 4): a fresh clone, a fresh
# target dir and an empty CARGO_HOME, so every crate is downloaded and compiled.
#
#   bench/first-build.sh                        # HEAD, README command 1
#   REV=main bench/first-build.sh               # another commit of this repo
#   SLIM=1 bench/first-build.sh                 # `cargo build --release --no-default-features`
#   KEEP=1 bench/first-build.sh                 # keep the scratch folder (it is about 2 GB)
#   TIMINGS=DIR bench/first-build.sh            # also cargo's --timings report, copied to DIR,
#                                               # and when our lib started, how long lib and bin took
#
# Prints the download alone (`cargo fetch`, the floor no build setting can cut), then the
# build and first run: wall time and the CPU time (user + system) of every process cargo ran.
# On shared cores the wall time follows the others' load, printed before and after; the CPU
# time hardly does, so compare builds by it. Then the binary's size as built and stripped.
# Run one at a time; it is meant to be run by hand, not in CI.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REV=${REV:-HEAD}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/vpnmine-first-build.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi

git clone --quiet --no-checkout "$ROOT" "$WORK/src"
git -C "$WORK/src" checkout --quiet "$(git -C "$ROOT" rev-parse "$REV")"
mkdir -p "$WORK/cargo-home" "$WORK/data" "$WORK/config"
# Registry mirror settings, if this machine has any, still apply to the empty cache.
for f in "${CARGO_HOME:-$HOME/.cargo}"/config*; do
    [ -e "$f" ] && cp "$f" "$WORK/cargo-home/"
done
export CARGO_HOME=$WORK/cargo-home CARGO_TARGET_DIR=$WORK/target CARGO_TERM_COLOR=never
export XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
cd "$WORK/src"

# CPU seconds (user + system) of this shell's finished children.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($16 + $17) / hz }' "/proc/$$/stat"; }

echo "rev: $(git rev-parse --short HEAD)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
cpu0=$(cpu)
cargo fetch --quiet --target "$(rustc -vV | sed -n 's/^host: //p')"
fetched=$(date +%s.%N)
cpu1=$(cpu)
if [ -n "${SLIM:-}" ]; then
    cargo build --release --quiet --no-default-features ${TIMINGS:+--timings}
    "$CARGO_TARGET_DIR/release/vpnmine" --version
else
    cargo run --release --quiet ${TIMINGS:+--timings} -- --endpoint local servers list | tail -1
fi
done_at=$(date +%s.%N)
cpu2=$(cpu)
bin=$CARGO_TARGET_DIR/release/vpnmine
strip -o "$WORK/stripped" "$bin"
awk -v s="$start" -v f="$fetched" -v d="$done_at" -v c0="$cpu0" -v c1="$cpu1" -v c2="$cpu2" 'BEGIN {
    printf "                        wall      CPU\n"
    printf "download (cargo fetch): %6.1f s %7.1f s\n", f - s, c1 - c0
    printf "build and first run:    %6.1f s %7.1f s\n", d - f, c2 - c1
    printf "total:                  %6.1f s %7.1f s\n", d - s, c2 - c0 }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $(stat -c %s "$bin") bytes, stripped $(stat -c %s "$WORK/stripped") bytes"
if [ -n "${TIMINGS:-}" ]; then
    mkdir -p "$TIMINGS" && cp "$CARGO_TARGET_DIR"/cargo-timings/cargo-timing.html "$TIMINGS/"
    # Where the wall time went: the dependencies until our library starts (little else runs
    # after that), then the library and the binary, from cargo's own record of each unit.
    python3 - "$TIMINGS/cargo-timing.html" <<'PY'
import json, re, sys
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", open(sys.argv[1]).read(), re.S)[1])
ours = {u["target"].strip() or "lib": u for u in units if u["name"] == "vpnmine"}
lib, binary = ours["lib"], ours['vpnmine "bin"']
print(f"units: {len(units)}, their times add up to {sum(u['duration'] for u in units):.1f} s")
print(f"vpnmine lib started at {lib['start']:.1f} s and took {lib['duration']:.1f} s; bin {binary['duration']:.1f} s")
PY
fi
echo "crates downloaded: $(find "$CARGO_HOME/registry/cache" -name '*.crate' | wc -l)"
