#!/usr/bin/env bash
# Issue 16's doctor benchmark: the wall time of `vpnmine doctor` (all six checks, as the admin)
# against the bundled server, with the floor measured the same way in the same run: one curl
# POST of the same introspection query (the largest request doctor sends) to the same server.
#   bench/doctor.sh          Env: RUNS (7), BIN (a built binary; default: cargo build --release)
# Starts `vpnmine server --db :memory: --demo` on 127.0.0.1, logs in as the demo admin, warms
# both up once, then alternates doctor and curl RUNS times. Prints each run, then the median
# and worst of each. Needs curl and python3 (to read the query and do the arithmetic).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
for tool in curl python3; do
  command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ -z "${BIN:-}" ]; then cargo build --release --quiet; fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/vpnmine}
work=$(mktemp -d)
"$bin" server --db :memory: --demo --listen 127.0.0.1:0 > "$work/server.out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q listening "$work/server.out" 2>/dev/null; do sleep 0.2; done
port=$(head -1 "$work/server.out" | sed -E 's#.*:([0-9]+).*#\1#')
url="http://127.0.0.1:$port/graphql"
token=$(curl -s -X POST "$url" -H 'content-type: application/json' \
  -d '{"query":"mutation { authenticate(username: \"admin\", password: \"admin-demo-pass\") { accessToken } }"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
  src/client/introspection.graphql > "$work/introspection.json"
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data VPNMINE_TOKEN=$token

now() { date +%s%N; }
doctor() { "$bin" --endpoint "$url" doctor -o json > "$work/doctor.json"; }
floor() {
  curl -s -o "$work/floor.json" -X POST "$url" -H 'content-type: application/json' \
    -H "authorization: Bearer $token" --data-binary "@$work/introspection.json"
}
doctor || { cat "$work/doctor.json"; echo "doctor failed" >&2; exit 1; }
floor
grep -q '"__schema"' "$work/floor.json" || { echo "the floor request failed" >&2; exit 1; }

: > "$work/times"
for i in $(seq 1 "$runs"); do
  t0=$(now); doctor; t1=$(now); floor; t2=$(now)
  d=$(( (t1 - t0) / 1000 )) f=$(( (t2 - t1) / 1000 ))
  printf 'run %d  doctor %7.1f ms  floor (curl introspection) %6.1f ms\n' "$i" \
    "$(awk "BEGIN { print $d / 1000 }")" "$(awk "BEGIN { print $f / 1000 }")"
  echo "$d $f" >> "$work/times"
done
python3 - "$work/times" <<'PY'
import statistics, sys
rows = [tuple(int(x) / 1000 for x in line.split()) for line in open(sys.argv[1])]
for name, values in (("doctor", [r[0] for r in rows]), ("floor ", [r[1] for r in rows])):
    print(f"{name}  median {statistics.median(values):7.1f} ms  worst {max(values):7.1f} ms  ({len(values)} runs)")
PY
