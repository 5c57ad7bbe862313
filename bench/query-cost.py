#!/usr/bin/env python3
"""Issue 11, point 4: what one anonymous, expensive request costs the server.

    bench/query-cost.py [BINARY] [--aliases 300] [--size 500] [--runs 3] [--server-arg ARG]...

Starts `BINARY server --db :memory: --demo --demo-scale 2` (default binary:
$CARGO_TARGET_DIR/release/vpnmine, else target/release/vpnmine) on a free loopback port with
the server's DEFAULT limits (add flags with --server-arg, e.g. --server-arg=--rate-limit=off),
sends one anonymous `{ __typename }` request (the floor), then ONE anonymous request holding
ALIASES aliases of a SIZE-row `miningServers` page with its protocols, and prints the
server's CPU time (user + system, from /proc/PID/stat, 10 ms ticks; and the sum of the
threads' /proc/PID/task/*/schedstat run time, in ns) and peak RSS (VmHWM) spent on each
request, the HTTP status and the first error, if any. With --runs N, a fresh server per run
and a median / worst summary at the end. Linux only (reads /proc).
"""

import argparse
import json
import os
import socket
import statistics
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


def task_run_ns(pid: int) -> dict:
    """Run time (ns) of each live thread, from /proc/PID/task/TID/schedstat."""
    times = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                times[tid] = int(f.read().split()[0])
        except OSError:
            pass
    return times


def sched_delta_ms(before: dict, after: dict) -> float:
    """CPU of the threads alive at the end; a thread gone meanwhile is not counted."""
    return sum(ns - before.get(tid, 0) for tid, ns in after.items()) / 1e6


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


def post(url: str, body: bytes, pid: int):
    """One request; returns (status, answer, wall s, CPU ms by ticks, CPU ms by schedstat)."""
    cpu_before, sched_before = cpu_seconds(pid), task_run_ns(pid)
    request = urllib.request.Request(
        url, data=body, headers={"content-type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            status, answer = response.status, json.load(response)
    except urllib.error.HTTPError as e:
        status, answer = e.code, json.load(e)
    wall = time.monotonic() - started
    time.sleep(0.05)  # let the server finish writing and dropping the answer
    cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000
    return status, answer, wall, cpu_ms, sched_delta_ms(sched_before, task_run_ns(pid))


def run_once(args) -> dict:
    port = free_port()
    server = subprocess.Popen(
        [args.binary, "server", "--db", ":memory:", "--demo", "--demo-scale", str(args.demo_scale),
         *args.server_arg, "--listen", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        server.stdout.readline()  # the banner: listening
        url = f"http://127.0.0.1:{port}/graphql"
        time.sleep(1.0)  # let the demo seed and the simulator settle
        # The floor: the cheapest request, same server, same run.
        _, _, _, floor_cpu, floor_sched = post(
            url, json.dumps({"query": "{ __typename }"}).encode(), server.pid)
        body = json.dumps({"query": query(args.aliases, args.size)}).encode()
        rss_before = peak_rss_mib(server.pid)
        status, answer, wall, cpu_ms, sched_ms = post(url, body, server.pid)
        rss_after = peak_rss_mib(server.pid)
        errors = answer.get("errors") or []
        print(f"request: {args.aliases} aliases x {args.size} rows, {len(body):,} bytes")
        print(f"  floor {{ __typename }}: server CPU {floor_cpu:.0f} ms (ticks), "
              f"{floor_sched:.2f} ms (schedstat)")
        print(f"  status {status}; wall {wall * 1000:.0f} ms; "
              f"server CPU {cpu_ms:.0f} ms (ticks), {sched_ms:.0f} ms (schedstat); "
              f"peak RSS {rss_before:.0f} -> {rss_after:.0f} MiB")
        if errors:
            e = errors[0]
            outcome = f"refused: {e.get('extensions', {}).get('code')} {e.get('message')}"
        else:
            rows = sum(len(v["items"]) for v in answer["data"].values())
            outcome = f"answered {rows:,} rows"
        print(f"  {outcome}")
        return {"cpu": cpu_ms, "sched": sched_ms, "rss": rss_after - rss_before,
                "wall": wall * 1000, "floor": floor_cpu, "floor_sched": floor_sched,
                "outcome": outcome}
    finally:
        server.terminate()
        server.wait()


def main() -> int:
    parser = argparse.ArgumentParser()
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("binary", nargs="?", default=f"{target}/release/vpnmine")
    parser.add_argument("--aliases", type=int, default=300)
    parser.add_argument("--size", type=int, default=500)
    # Scale 1 seeds 300 servers; 2 seeds 600, so that a 500-row page is really 500 rows.
    parser.add_argument("--demo-scale", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--server-arg", action="append", default=[],
                        help="extra server flag (repeatable); default: the server's defaults")
    args = parser.parse_args()
    runs = [run_once(args) for _ in range(args.runs)]
    if args.runs > 1:
        print(f"summary of {args.runs} runs (median / worst):")
        for key, label in [("cpu", "server CPU ms (ticks)"), ("sched", "server CPU ms (schedstat)"),
                           ("rss", "peak RSS growth MiB"), ("wall", "wall ms"),
                           ("floor", "floor CPU ms (ticks)"), ("floor_sched", "floor CPU ms (schedstat)")]:
            values = [r[key] for r in runs]
            print(f"  {label}: {statistics.median(values):.2f} / {max(values):.2f}")
        print(f"  outcomes: {sorted(set(r['outcome'] for r in runs))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
