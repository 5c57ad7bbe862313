#!/usr/bin/env python3
"""Issue 18's cross-replica subscription delay, with the standard library only.

    bench/replica-delay.py --database-url postgres://... [--binary PATH] [--beats 200] [--runs 3]

Starts two `vpnmine server` replicas on one PostgreSQL database (the first seeds the demo
network into an empty one), then, RUNS times:

1. subscribes to `realTimeMetrics` of one of the operator's servers on replica B, posts BEATS
   heartbeats for it to replica A one after the other, and times each from just before its
   POST to the moment B's subscriber receives it (each heartbeat carries its own CPU figure);
2. the same with the subscriber on replica A itself: the floor, through the same code but no
   database round trip between replicas, measured in the same run.

Both include the broker's coalescing of heartbeats (broker::TICK_INTERVAL, 100 ms). Prints each
run's p50, p99 and worst, then the median and the worst of the runs' p50 and p99.
The binary defaults to $CARGO_TARGET_DIR/release/vpnmine (build it with cargo build --release).
"""

import argparse
import importlib.util
import json
import os
import statistics
import time
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ws_sockets", os.path.join(here, "ws-sockets.py"))
ws = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ws)

LIVE = "subscription($id: ID!) { realTimeMetrics(serverId: $id) { metrics { type value } } }"
REPORT = "mutation($input: HeartbeatInput!) { reportMetrics(input: $input) { serverId } }"


def graphql(port, query, variables=None, token=None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"content-type": "application/json",
                 **({"authorization": f"Bearer {token}"} if token else {})},
    )
    with urllib.request.urlopen(request) as answer:
        body = json.load(answer)
    if body.get("errors"):
        raise SystemExit(f"{query[:60]}...: {body['errors']}")
    return body["data"]


def subscriber(port, token, server_id):
    sock, status = ws.handshake(port)
    assert status == 101, status
    ws.send_text(sock, json.dumps({"type": "connection_init", "payload": {"authToken": token}}))
    assert ws.read_message(sock)["type"] == "connection_ack"
    ws.send_text(sock, json.dumps({"id": "1", "type": "subscribe",
                                   "payload": {"query": LIVE, "variables": {"id": server_id}}}))
    time.sleep(0.3)
    return sock


def delays(post_port, sub_port, token, server_id, beats, first_cpu):
    """Milliseconds from each heartbeat's POST to A until B's subscriber has it."""
    sock = subscriber(sub_port, token, server_id)
    out = []
    for n in range(beats):
        cpu = round(first_cpu + n * 0.01, 2)
        started = time.perf_counter()
        graphql(post_port, REPORT, {"input": {
            "serverId": server_id, "cpuUsage": cpu, "memoryUsage": 40.0, "networkIn": 1.0,
            "networkOut": 1.0, "activeConnections": 3, "latencyMs": 20.0}}, token)
        while True:
            message = ws.read_message(sock)
            if isinstance(message, tuple):
                raise SystemExit(f"the subscription closed: {message}")
            if message.get("type") != "next":
                continue
            figures = message["payload"]["data"]["realTimeMetrics"]["metrics"]
            if any(m["type"] == "CPU" and m["value"] == cpu for m in figures):
                out.append((time.perf_counter() - started) * 1000)
                break
    sock.close()
    return out


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("--binary", default=os.path.join(target, "release", "vpnmine"))
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--beats", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    replica = ("--database-url", args.database_url)
    a, a_port = ws.start_server(args.binary, ("--rate-limit", "off"), replica)
    b, b_port = ws.start_server(args.binary, ("--rate-limit", "off"), replica)
    try:
        token = graphql(a_port, 'mutation { authenticate(username: "operator", password: '
                        '"operator-demo-pass") { accessToken } }')["authenticate"]["accessToken"]
        me = graphql(a_port, "{ me { id } }", token=token)["me"]["id"]
        page = graphql(a_port, "query($o: ID) { miningServers(filters: {ownerId: $o, status: ONLINE})"
                       " { items { id } } }", {"o": me})
        server_id = page["miningServers"]["items"][0]["id"]
        summary = {"cross": [], "local": []}
        for run in range(1, args.runs + 1):
            line = []
            for kind, sub_port in (("cross", b_port), ("local", a_port)):
                got = delays(a_port, sub_port, token, server_id, args.beats,
                             10 + run + (0.5 if kind == "local" else 0))
                p50, p99 = statistics.median(got), percentile(got, 99)
                summary[kind].append((p50, p99))
                line.append(f"{kind} p50 {p50:.1f} ms p99 {p99:.1f} ms worst {max(got):.1f} ms")
            print(f"run {run}: " + " | ".join(line), flush=True)
        for kind, label in (("cross", "A -> subscriber on B"), ("local", "A -> subscriber on A (floor)")):
            p50s = [p for p, _ in summary[kind]]
            p99s = [p for _, p in summary[kind]]
            print(f"{label}: p50 median {statistics.median(p50s):.1f} ms, worst {max(p50s):.1f} ms; "
                  f"p99 median {statistics.median(p99s):.1f} ms, worst {max(p99s):.1f} ms")
    finally:
        for server in (a, b):
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
