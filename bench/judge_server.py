"""A fake OpenAI-compatible judge for benchmarks, run in its own process.

    python bench/judge_server.py --delay 0.5 [--limit 8] [--retry-after 1]

Prints ``port <N>`` on its first line of stdout, then serves on 127.0.0.1 until stdin
closes (so it dies with the benchmark that started it). ``POST /v1/chat/completions``
answers ``{"reasoning": ..., "score": 4}`` after ``--delay`` seconds, or 429 at once
beyond ``--limit`` requests in flight. ``GET /stats`` returns requests, connections,
rejected and peak in flight; ``POST /reset`` zeroes them. In its own process it does not
share the benchmark's GIL, so its latency is the judge's, not the grader's contention.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.requests = self.connections = self.rejected = self.peak = self.in_flight = 0

    def snapshot(self) -> dict[str, int]:
        keys = ("requests", "connections", "rejected", "peak")
        return {k: getattr(self, k) for k in keys}


def make_server(delay: float, limit: int | None, retry_after: float | None) -> ThreadingHTTPServer:
    stats = Stats()
    verdict = json.dumps({"reasoning": "Follows the instruction.", "score": 4})
    completion = json.dumps(
        {
            "choices": [{"index": 0, "message": {"role": "assistant", "content": verdict}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 700, "completion_tokens": 30, "total_tokens": 730},
        }
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real endpoints

        def setup(self) -> None:
            super().setup()
            with stats.lock:
                stats.connections += 1

        def do_GET(self) -> None:
            self._send(200, json.dumps(stats.snapshot()).encode())

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/reset":
                with stats.lock:
                    stats.reset()
                return self._send(200, b"{}")
            with stats.lock:
                stats.requests += 1
                throttle = limit is not None and stats.in_flight >= limit
                if throttle:
                    stats.rejected += 1
                else:
                    stats.in_flight += 1
                    stats.peak = max(stats.peak, stats.in_flight)
            if throttle:
                headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
                return self._send(429, b'{"message": "Too many requests"}', headers)
            try:
                time.sleep(delay)
            finally:
                with stats.lock:
                    stats.in_flight -= 1
            self._send(200, completion)

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 256
        daemon_threads = True

    return Server(("127.0.0.1", 0), Handler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.5)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--retry-after", type=float)
    args = parser.parse_args()
    server = make_server(args.delay, args.limit, args.retry_after)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    print(f"port {server.server_address[1]}", flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or dies)
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
