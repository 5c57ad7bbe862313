#!/usr/bin/env bash
# Issue 4's benchmark: start-up of the CLI, and `servers list -o json` against the bundled
# server compared with curl posting the same query, as whole processes (hyperfine).
# Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 1; }
cargo build --release --quiet
bin=$PWD/target/release/vpnmine
out=$(mktemp)
$bin server --db :memory: --demo --rate-limit off --listen 127.0.0.1:0 > "$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q listening "$out"; do sleep 0.2; done
url=$(awk '{print $NF}' "$out")
# The query `servers list` sends, taken from its own document.
query=$(python3 - <<'PY'
import json, re
doc = open("graphql/servers.graphql").read()
print(json.dumps({"query": doc, "operationName": "MiningServers",
                  "variables": {"filters": {}, "pagination": {"page": 1, "size": 20}}}))
PY
)
echo "$query" > /tmp/vpnmine-query.json
hyperfine --warmup 5 --runs 100 -N \
  "$bin --version" \
  "$bin --endpoint $url servers list -o json" \
  "curl -s -X POST $url -H content-type:application/json --data-binary @/tmp/vpnmine-query.json"
