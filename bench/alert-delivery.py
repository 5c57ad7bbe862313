#!/usr/bin/env python3
"""Issue 14: the delay from a heartbeat that crosses a threshold to the webhook's arrival.

    bench/alert-delivery.py [--binary PATH] [--alerts 1000] [--runs 3] [--servers 50]

Per run: starts `vpnmine server --db FILE --demo` (a database file, rate limits off), logs in
as the demo admin and creates a channel through the API pointing at a receiver this script
runs on 127.0.0.1 (it timestamps each POST as it arrives). Stops the server, adds a rule with
sqlite3 (CPU GT 90, duration 0, scope NETWORK) linked to the channel, starts the server again
on the same file (it loads rules from the database). Then, ALERTS times: a heartbeat with CPU
99 for the next of SERVERS online servers (admins report for any server), timed from just
before the POST to the receiver's arrival of the matching firing body; then a heartbeat with
CPU 10 resolves it, so the server can fire again when its turn comes back.

The floor, in the same run: the same number of plain POSTs of a body of the same size from
this script to the receiver, timed the same way (the transport alone).

Prints p50/p99/max per run, then the median and worst of the runs. Needs sqlite3 on PATH; the
binary defaults to target/release/vpnmine (or $CARGO_TARGET_DIR's).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    """Records (arrival time, parsed body) of every POST and answers 200."""

    def __init__(self):
        self.lock = threading.Condition()
        self.arrivals = {}
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                at = time.perf_counter()
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()
                try:
                    parsed = json.loads(body)
                except ValueError:
                    return
                alert = (parsed.get("alerts") or [{}])[0]
                key = (parsed.get("status"), alert.get("labels", {}).get("server_id"), parsed.get("n"))
                with receiver.lock:
                    receiver.arrivals[key] = at
                    receiver.lock.notify_all()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d/hook" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, key, timeout=15.0):
        deadline = time.perf_counter() + timeout
        with self.lock:
            while key not in self.arrivals:
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise TimeoutError("no webhook for %r" % (key,))
                self.lock.wait(left)
            return self.arrivals.pop(key)

    def forget(self):
        with self.lock:
            self.arrivals.clear()


def start_server(binary, db, extra):
    proc = subprocess.Popen(
        [binary, "server", "--db", db, "--demo", "--rate-limit", "off", "--max-concurrent", "0",
         "--listen", "127.0.0.1:0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    banner = proc.stdout.readline()
    url = banner.strip().rsplit(" ", 1)[-1]
    if not url.startswith("http://"):
        proc.kill()
        sys.exit("unexpected banner: %r" % banner)
    return proc, url


def stop(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def graphql(url, query, variables=None, token=None):
    request = urllib.request.Request(
        url, data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"content-type": "application/json",
                 **({"authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(request, timeout=30) as answer:
        body = json.load(answer)
    if body.get("errors"):
        raise RuntimeError("%s: %s" % (query[:60], body["errors"]))
    return body["data"]


def login(url):
    data = graphql(url, 'mutation { authenticate(username: "admin", password: "admin-demo-pass") '
                        '{ accessToken } }')
    return data["authenticate"]["accessToken"]


HEARTBEAT = ("mutation($s: ID!, $c: Float!) { reportMetrics(input: {serverId: $s, cpuUsage: $c, "
             "memoryUsage: 30, networkIn: 1, networkOut: 1, activeConnections: 3, latencyMs: 20}) "
             "{ status } }")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def one_run(binary, alerts, servers):
    work = tempfile.mkdtemp(prefix="alert-delivery-")
    db = os.path.join(work, "bench.db")
    receiver = Receiver()
    try:
        proc, url = start_server(binary, db, [])
        try:
            token = login(url)
            channel = graphql(url, "mutation($u: String!) { createAlertChannel(input: {name: \"bench\", url: $u}) "
                                   "{ channel { id ownerId } } }", {"u": receiver.url}, token)
            channel = channel["createAlertChannel"]["channel"]
            online = graphql(url, "{ miningServers(filters: {status: ONLINE}, pagination: {size: 500}) "
                                  "{ items { id } } }", token=token)["miningServers"]["items"]
        finally:
            stop(proc)
        ids = [s["id"] for s in online][:servers]
        if not ids:
            sys.exit("the demo network has no online server")
        subprocess.run(["sqlite3", db, """
            INSERT INTO alert_rules (id, owner_id, name, metric, operator, threshold, duration_secs,
                                     severity, scope, message, created_at, updated_at)
            VALUES ('rule-bench', '%s', 'bench-cpu', 'CPU', 'GT', 90, 0, 'CRITICAL', 'NETWORK',
                    'CPU at {value}%% on {server}', 0, 0);
            INSERT INTO alert_rule_channels VALUES ('rule-bench', '%s');
            """ % (channel["ownerId"], channel["id"])], check=True)
        proc, url = start_server(binary, db, [])
        try:
            token = login(url)
            # Resolve anything left firing, and let the engine settle.
            for sid in ids:
                graphql(url, HEARTBEAT, {"s": sid, "c": 10.0}, token)
            time.sleep(1.5)
            receiver.forget()
            delays = []
            for n in range(alerts):
                sid = ids[n % len(ids)]
                sent = time.perf_counter()
                graphql(url, HEARTBEAT, {"s": sid, "c": 99.0}, token)
                arrived = receiver.wait(("firing", sid, None))
                delays.append((arrived - sent) * 1000)
                graphql(url, HEARTBEAT, {"s": sid, "c": 10.0}, token)
            # The floor: plain POSTs of a body of about the same size to the same receiver.
            floor = []
            padding = "x" * 1200
            for n in range(alerts):
                body = json.dumps({"status": "floor", "n": n, "padding": padding}).encode()
                request = urllib.request.Request(receiver.url, data=body,
                                                 headers={"content-type": "application/json"})
                sent = time.perf_counter()
                urllib.request.urlopen(request, timeout=10).read()
                arrived = receiver.wait(("floor", None, n))
                floor.append((arrived - sent) * 1000)
        finally:
            stop(proc)
        return delays, floor
    finally:
        receiver.server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("--binary", default=os.path.join(target, "release", "vpnmine"))
    parser.add_argument("--alerts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--servers", type=int, default=50)
    args = parser.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 is needed")
    results = []
    for run in range(1, args.runs + 1):
        delays, floor = one_run(args.binary, args.alerts, args.servers)
        row = {
            "p50": percentile(delays, 50), "p99": percentile(delays, 99), "max": max(delays),
            "floor_p50": percentile(floor, 50), "floor_p99": percentile(floor, 99),
        }
        results.append(row)
        print("run %d: %d alerts: heartbeat -> webhook p50 %.1f ms p99 %.1f ms max %.1f ms; "
              "floor (plain POST) p50 %.2f ms p99 %.2f ms"
              % (run, len(delays), row["p50"], row["p99"], row["max"], row["floor_p50"], row["floor_p99"]),
              flush=True)
    for key in ["p50", "p99", "floor_p50", "floor_p99"]:
        values = [r[key] for r in results]
        print("%-9s median %.2f ms, worst %.2f ms" % (key, statistics.median(values), max(values)))


if __name__ == "__main__":
    main()
