#!/usr/bin/env python3
"""Issue 11, point 4: what one anonymous, expensive request costs the server.

    bench/query-cost.py [BINARY] [--aliases 300] [--size 500]

Starts `BINARY server --demo` (default: $CARGO_TARGET_DIR/release/vpnmine, else
target/release/vpnmine) on a free loopback port, sends ONE anonymous request holding
ALIASES aliases of a SIZE-row `miningServers` page with its protocols, and prints the
server's CPU time (user + system, from /proc) and peak RSS (VmHWM) spent on that request,
the HTTP status and the first error, if any. Linux only (reads /proc).
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request


def query(aliases: int, size: int) -> str:
    page = (
        f"miningServers(pagination: {{size: {size}}}) "
        "{ items { id hostName location status protocols { type port enabled status } } }"
    )
    return "{ " + " ".join(f"a{i}: {page}" for i in range(aliases)) + " }"


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of stat; here offset by the two cut off.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("binary", nargs="?", default=f"{target}/release/vpnmine")
    parser.add_argument("--aliases", type=int, default=300)
    parser.add_argument("--size", type=int, default=500)
    # Scale 1 seeds 300 servers; 2 seeds 600, so that a 500-row page is really 500 rows.
    parser.add_argument("--demo-scale", type=int, default=2)
    args = parser.parse_args()

    port = free_port()
    server = subprocess.Popen(
        [args.binary, "server", "--db", ":memory:", "--demo", "--demo-scale", str(args.demo_scale), "--rate-limit", "off",
         "--listen", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        server.stdout.readline()  # the banner: listening
        url = f"http://127.0.0.1:{port}/graphql"
        time.sleep(1.0)  # let the demo seed and the simulator settle
        body = json.dumps({"query": query(args.aliases, args.size)}).encode()
        cpu_before, rss_before = cpu_seconds(server.pid), peak_rss_mib(server.pid)
        request = urllib.request.Request(
            url, data=body, headers={"content-type": "application/json"})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=600) as response:
                status, answer = response.status, json.load(response)
        except urllib.error.HTTPError as e:
            status, answer = e.code, json.load(e)
        wall = time.monotonic() - started
        cpu_after, rss_after = cpu_seconds(server.pid), peak_rss_mib(server.pid)
        errors = answer.get("errors") or []
        print(f"request: {args.aliases} aliases x {args.size} rows, {len(body):,} bytes")
        print(f"status {status}; wall {wall * 1000:.0f} ms; "
              f"server CPU {(cpu_after - cpu_before) * 1000:.0f} ms; "
              f"peak RSS {rss_before:.0f} -> {rss_after:.0f} MiB")
        if errors:
            e = errors[0]
            print(f"refused: {e.get('extensions', {}).get('code')} {e.get('message')}")
        else:
            rows = sum(len(v["items"]) for v in answer["data"].values())
            print(f"answered {rows:,} rows")
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
