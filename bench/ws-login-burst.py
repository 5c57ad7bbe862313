#!/usr/bin/env python3
"""Issue 11: the WebSocket limiter against a login burst, with the standard library only.

    bench/ws-login-burst.py [--binary PATH] [--logins 40] [--runs 3] [--server-arg ARG]...

Starts `vpnmine server --db :memory: --demo` (plus any --server-arg, e.g.
--server-arg=--rate-limit=FREE=5) on a free loopback port, opens ONE graphql-transport-ws
socket, sends connection_init, then LOGINS `authenticate` mutations with a known username and
a wrong password as fast as it can (all written before any answer is read), and counts the
answers by error code (AUTH_001 wrong credentials, RTE_001 refused by the limiter, ...).
A `next` with errors, an `error` message, or a close each count once. A fresh server per run.
"""

import argparse
import importlib.util
import json
import os
import socket
import statistics
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ws_sockets", os.path.join(here, "ws-sockets.py"))
ws = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ws)


MESSAGES = {}


def code_of(errors):
    errors = errors or [{}]
    code = (errors[0].get("extensions") or {}).get("code", "none")
    MESSAGES.setdefault(code, errors[0].get("message"))
    return code


def burst(binary, extra, logins, username):
    server, port = ws.start_server(binary, extra)
    try:
        time.sleep(0.5)
        sock, status = ws.handshake(port)
        assert status == 101, status
        sock.settimeout(30)
        ws.send_text(sock, json.dumps({"type": "connection_init", "payload": {}}))
        ack = ws.read_message(sock)
        assert isinstance(ack, dict) and ack["type"] == "connection_ack", ack
        query = f'mutation {{ authenticate(username: "{username}", password: "wrong") {{ accessToken }} }}'
        started = time.monotonic()
        for n in range(logins):
            ws.send_text(sock, json.dumps({"id": str(n), "type": "subscribe", "payload": {"query": query}}))
        codes, answered = {}, set()
        while len(answered) < logins:
            try:
                message = ws.read_message(sock)
            except (EOFError, socket.timeout) as error:
                codes[f"no answer ({type(error).__name__})"] = logins - len(answered)
                break
            if isinstance(message, tuple):
                codes[f"socket closed {message[1]}"] = logins - len(answered)
                break
            kind, op = message.get("type"), message.get("id")
            if kind == "next" and op not in answered:
                answered.add(op)
                code = code_of(message["payload"].get("errors"))
                if code == "none" and (message["payload"].get("data") or {}).get("authenticate"):
                    code = "logged in"
                codes[code] = codes.get(code, 0) + 1
            elif kind == "error" and op not in answered:
                answered.add(op)
                payload = message.get("payload")
                code = code_of(payload if isinstance(payload, list) else [payload or {}])
                codes[code] = codes.get(code, 0) + 1
        elapsed = time.monotonic() - started
        sock.close()
        return codes, elapsed
    finally:
        server.kill()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("--binary", default=os.path.join(target, "release", "vpnmine"))
    parser.add_argument("--logins", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--username", default="operator")
    parser.add_argument("--server-arg", action="append", default=[],
                        help="extra server flag (repeatable); default: the server's defaults")
    args = parser.parse_args()
    print(f"{args.binary} server flags: {args.server_arg or 'defaults'}; "
          f"{args.logins} wrong-password logins for {args.username!r} over one socket")
    results = []
    for run in range(args.runs):
        codes, elapsed = burst(args.binary, args.server_arg, args.logins, args.username)
        results.append(codes)
        print(f"  run {run + 1}: {dict(sorted(codes.items()))} in {elapsed:.2f} s")
    keys = sorted({k for codes in results for k in codes})
    print("  median per code: " + ", ".join(
        f"{k} {statistics.median([c.get(k, 0) for c in results]):g} "
        f"(min {min(c.get(k, 0) for c in results)}, max {max(c.get(k, 0) for c in results)})"
        for k in keys))
    for code, message in sorted(MESSAGES.items()):
        print(f"  {code}: {message}")


if __name__ == "__main__":
    sys.exit(main())
