#!/usr/bin/env python3
"""Issue 11: does a wrong password take longer for a known username than for an unknown one?

    bench/login-timing.py [--binary PATH] [--attempts 20] [--runs 3] [--server-arg ARG]...

Starts `vpnmine server --db :memory: --demo` (plus any --server-arg; give the merged binary
--server-arg=--lockout-after=0 so that the lockout does not answer early) on a free loopback
port, and times ATTEMPTS `authenticate` mutations over HTTP with a known username and a wrong
password and ATTEMPTS with an unknown username, interleaved (the order alternates each
pair), after one warm-up of each. Each request is unique (alias, password, unknown name), so
that no answer can be shared. Prints each run's medians and known/unknown ratio, and the
median and worst ratio over the runs. A fresh server per run; standard library only.
"""

import argparse
import http.client
import importlib.util
import json
import os
import statistics
import sys
import time


# The launcher of ws-sockets.py (a file name with a dash, so loaded by path).
_spec = importlib.util.spec_from_file_location(
    "ws_sockets", os.path.join(os.path.dirname(os.path.abspath(__file__)), "ws-sockets.py"))
ws = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ws)


def attempt(conn, n, username):
    query = (f'mutation {{ a{n}: authenticate(username: "{username}", password: "wrong-{n}") '
             f'{{ accessToken }} }}')
    body = json.dumps({"query": query})
    started = time.perf_counter()
    conn.request("POST", "/graphql", body, {"content-type": "application/json"})
    response = conn.getresponse()
    answer = json.loads(response.read())
    elapsed = time.perf_counter() - started
    errors = answer.get("errors") or [{}]
    return elapsed, (errors[0].get("extensions") or {}).get("code", "none")


def run_once(binary, extra, attempts, known):
    server, port = ws.start_server(binary, extra)
    try:
        time.sleep(1.0)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        attempt(conn, 0, known)
        attempt(conn, 1, "nobody-warmup")
        times = {"known": [], "unknown": []}
        codes = {}
        for i in range(attempts):
            pair = [("known", known), ("unknown", f"nobody-{i}")]
            if i % 2:
                pair.reverse()
            for kind, name in pair:
                elapsed, code = attempt(conn, 2 + 2 * i + (kind == "unknown"), name)
                times[kind].append(elapsed * 1000)
                codes[(kind, code)] = codes.get((kind, code), 0) + 1
        conn.close()
        return times, codes
    finally:
        server.kill()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("--binary", default=os.path.join(target, "release", "vpnmine"))
    parser.add_argument("--attempts", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--known", default="operator")
    parser.add_argument("--server-arg", action="append", default=[],
                        help="extra server flag (repeatable), e.g. --server-arg=--lockout-after=0")
    args = parser.parse_args()
    print(f"{args.binary} server flags: {args.server_arg or 'defaults'}; "
          f"{args.attempts} + {args.attempts} interleaved wrong-password logins per run")
    ratios = []
    for run in range(args.runs):
        times, codes = run_once(args.binary, args.server_arg, args.attempts, args.known)
        known, unknown = statistics.median(times["known"]), statistics.median(times["unknown"])
        ratios.append(known / unknown)
        print(f"  run {run + 1}: known {known:.2f} ms (max {max(times['known']):.2f}), "
              f"unknown {unknown:.2f} ms (max {max(times['unknown']):.2f}), "
              f"ratio {known / unknown:.2f}; answers {dict(sorted(codes.items()))}")
    worst = max(ratios, key=lambda r: abs(r - 1))
    print(f"  known/unknown ratio: median {statistics.median(ratios):.2f}, "
          f"worst (farthest from 1) {worst:.2f}")


if __name__ == "__main__":
    sys.exit(main())
