#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Slow readers of a streamed export, for scripts/bench-abuse: COUNT connections ask for PATH at
# once, each with a small receive buffer, then take at most RATE bytes a second each for SECONDS.
# Prints one JSON object: how many got each status, how many were still streaming at the end,
# how many saw their transfer end (cut off by the server, or complete), and the bytes they took.
#   slow-export-readers.py HOST PORT PATH TOKEN COUNT SECONDS RATE
import json
import select
import socket
import sys
import time

host, port, path, token = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
count, seconds, rate = int(sys.argv[5]), float(sys.argv[6]), int(sys.argv[7])

readers = []
for _ in range(count):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect((host, port))
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
              "Connection: close\r\n\r\n".encode())
    s.setblocking(False)
    readers.append({"socket": s, "head": b"", "status": None, "body": 0, "ended": False, "complete": False})

def take(reader, limit):
    try:
        data = reader["socket"].recv(limit)
    except BlockingIOError:
        return
    except OSError:
        reader["ended"] = True
        return
    if not data:
        reader["ended"] = True
        return
    if reader["status"] is None:
        reader["head"] += data
        if b"\r\n\r\n" in reader["head"]:
            head, _, rest = reader["head"].partition(b"\r\n\r\n")
            reader["status"] = int(head.split(b" ")[1])
            reader["body"] += len(rest)
            reader["tail"] = rest[-7:]
    else:
        reader["body"] += len(data)
        reader["tail"] = (reader.get("tail", b"") + data)[-7:]
    if reader.get("tail", b"").endswith(b"\r\n0\r\n\r\n"[-7:]):
        reader["complete"] = True

# Every head first (a few hundred bytes each), then the trickle.
deadline = time.monotonic() + 10
while time.monotonic() < deadline and any(r["status"] is None and not r["ended"] for r in readers):
    waiting = [r["socket"] for r in readers if r["status"] is None and not r["ended"]]
    ready, _, _ = select.select(waiting, [], [], 0.5)
    for r in readers:
        if r["socket"] in ready:
            take(r, 512)

end = time.monotonic() + seconds
while time.monotonic() < end:
    for r in readers:
        if not r["ended"] and r["status"] == 200:
            take(r, rate)
    time.sleep(1)

statuses = {}
for r in readers:
    statuses[str(r["status"])] = statuses.get(str(r["status"]), 0) + 1
streamed = [r for r in readers if r["status"] == 200]
print(json.dumps({
    "statuses": statuses,
    "streaming_at_end": sum(1 for r in streamed if not r["ended"]),
    "ended": sum(1 for r in streamed if r["ended"] and not r["complete"]),
    "complete": sum(1 for r in streamed if r["complete"]),
    "bytes": sum(r["body"] for r in streamed),
}))
