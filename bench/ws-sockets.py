#!/usr/bin/env python3
"""Issue 11's WebSocket figures, with the standard library only.

    bench/ws-sockets.py [--binary PATH] [--sockets 5000] [--logins 40]

Starts `vpnmine server --db :memory: --demo` on a free loopback port, then:

1. opens SOCKETS idle anonymous WebSockets (graphql-transport-ws, no connection_init) from
   127.0.0.1 and reports how many were accepted (101) or refused (429), and the server's RSS
   growth and CPU time (from /proc/PID/status and /proc/PID/stat) while they are held
   (refused connections are closed, as a client told 429 does; --keep-refused holds them);
2. on one fresh socket, sends LOGINS `authenticate` mutations with a wrong password as fast as
   it can and counts the answers refused with RTE_001 (and AUTH_001), with the server's
   default limits.

The binary defaults to $CARGO_TARGET_DIR/release/vpnmine (build it with cargo build --release).
"""

import argparse
import base64
import json
import os
import resource
import socket
import struct
import subprocess
import sys
import time

PROTOCOL = "graphql-transport-ws"


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of stat(5); [0] here is field 3.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def handshake(port):
    """A WebSocket upgrade; returns (socket, HTTP status)."""
    sock = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            f"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: {PROTOCOL}\r\n\r\n"
        ).encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    status = int(head.split(b" ", 2)[1]) if head else 0
    return sock, status


def send_text(sock, text):
    payload = text.encode()
    mask = os.urandom(4)
    header = bytes([0x81])
    if len(payload) < 126:
        header += bytes([0x80 | len(payload)])
    elif len(payload) < 65536:
        header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
    else:
        header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    sock.sendall(header + mask + masked)


def read_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError("socket closed")
        data += chunk
    return data


def read_message(sock):
    """The next text message as JSON, or ('close', code) for a close frame."""
    first, second = read_exact(sock, 2)
    length = second & 0x7F
    if length == 126:
        length = struct.unpack(">H", read_exact(sock, 2))[0]
    elif length == 127:
        length = struct.unpack(">Q", read_exact(sock, 8))[0]
    payload = read_exact(sock, length)
    opcode = first & 0x0F
    if opcode == 0x8:
        return ("close", struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else None)
    if opcode == 0x1:
        return json.loads(payload)
    return read_message(sock)


def start_server(binary, extra=(), database=("--db", ":memory:")):
    """`binary server` on a demo database (by default a fresh one in memory) and a free
    loopback port, with the extra server flags; the process and its port. The other bench
    scripts use it too."""
    server = subprocess.Popen(
        [binary, "server", *database, "--demo", *extra, "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    banner = server.stdout.readline()
    port = int(banner.strip().rsplit(":", 1)[1].split("/")[0])
    return server, port


def idle_sockets(binary, count, keep_refused):
    server, port = start_server(binary)
    try:
        time.sleep(1)
        rss0, cpu0 = rss_kib(server.pid), cpu_seconds(server.pid)
        held, statuses = [], {}
        started = time.monotonic()
        for _ in range(count):
            try:
                sock, status = handshake(port)
            except OSError as error:
                statuses[f"error: {error.strerror}"] = statuses.get(f"error: {error.strerror}", 0) + 1
                continue
            statuses[status] = statuses.get(status, 0) + 1
            if status == 101 or keep_refused:
                held.append(sock)
            else:
                sock.close()
        opened_in = time.monotonic() - started
        time.sleep(1)
        rss1, cpu1 = rss_kib(server.pid), cpu_seconds(server.pid)
        accepted = statuses.get(101, 0)
        kept = "kept open" if keep_refused else "closed"
        print(f"{count} idle anonymous sockets from 127.0.0.1, opened in {opened_in:.1f} s "
              f"(refused connections {kept})")
        print(f"  answers: {statuses}")
        print(f"  server RSS {rss0 / 1024:.1f} MiB -> {rss1 / 1024:.1f} MiB "
              f"(+{(rss1 - rss0) / 1024:.1f} MiB"
              + (f", {(rss1 - rss0) / accepted:.0f} KiB per accepted socket)" if accepted else ")"))
        print(f"  server CPU time while opening them: {cpu1 - cpu0:.2f} s")
        for sock in held:
            sock.close()
    finally:
        server.kill()
        server.wait()


def login_storm(binary, logins):
    server, port = start_server(binary)
    try:
        sock, status = handshake(port)
        assert status == 101, status
        send_text(sock, json.dumps({"type": "connection_init", "payload": {}}))
        ack = read_message(sock)
        assert isinstance(ack, dict) and ack["type"] == "connection_ack", ack
        query = 'mutation { authenticate(username: "operator", password: "wrong") { accessToken } }'
        for n in range(logins):
            send_text(sock, json.dumps({"id": str(n), "type": "subscribe", "payload": {"query": query}}))
        codes = {}
        done = 0
        while done < logins:
            message = read_message(sock)
            if isinstance(message, tuple):
                print(f"  socket closed: {message}")
                break
            if message.get("type") == "next":
                errors = message["payload"].get("errors") or [{}]
                code = errors[0].get("extensions", {}).get("code", "none")
                codes[code] = codes.get(code, 0) + 1
            elif message.get("type") == "complete":
                done += 1
        print(f"{logins} rapid wrong-password authenticate mutations over one socket: {codes}")
        sock.close()
    finally:
        server.kill()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("--binary", default=os.path.join(target, "release", "vpnmine"))
    parser.add_argument("--sockets", type=int, default=5000)
    parser.add_argument("--logins", type=int, default=40)
    parser.add_argument("--keep-refused", action="store_true",
                        help="hold refused connections open too (HTTP keep-alive)")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, args.sockets * 2 + 256)
    if soft < wanted:
        # The server inherits this limit: both ends need a descriptor per socket.
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    if args.sockets:
        idle_sockets(args.binary, args.sockets, args.keep_refused)
    if args.logins:
        login_storm(args.binary, args.logins)


if __name__ == "__main__":
    sys.exit(main())
