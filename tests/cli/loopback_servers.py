"""Loopback HTTP servers for the job and preflight tests (127.0.0.1 only, threads, bounded).

- :class:`FakeOpenAI`: the part of the OpenAI-compatible protocol the CLI speaks --
  ``POST /v1/files``, ``POST/GET /v1/fine_tuning/jobs[/{id}[/events]]`` and
  ``POST /v1/chat/completions`` -- with scripted job statuses and events.
- :class:`FakeLambda`: the Lambda Invoke API (``POST /2015-03-31/functions/{name}/invocations``
  and ``GET .../configuration``) running grader_core's router handler in-process, or
  answering with a function error or a malformed response.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _Server:
    """A ThreadingHTTPServer on an ephemeral loopback port, as a context manager."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                # HTTP header names are case-insensitive (httpx sends them in lower case): store
                # them in canonical Title-Case so tests read one spelling.
                headers = {"-".join(w.capitalize() for w in k.split("-")): v for k, v in self.headers.items()}
                recorded = Recorded(self.command, self.path, headers, self.rfile.read(length))
                owner.requests.append(recorded)
                status, headers, payload = owner.route(recorded)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def route(self, request: Recorded) -> tuple[int, dict[str, str], Any]:
        raise NotImplementedError

    def __enter__(self) -> _Server:
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Script:
    """What the fake fine-tuning API reports on successive GETs of the job."""

    statuses: list[str] = field(default_factory=lambda: ["running", "succeeded"])
    # events[i] become visible at the i-th GET of the job (cumulative), oldest first
    events_by_poll: list[list[dict[str, Any]]] = field(default_factory=list)
    error: dict[str, Any] | None = None


class FakeOpenAI(_Server):
    def __init__(
        self,
        api_key: str | None = None,
        script: Script | None = None,
        reply: Callable[[dict[str, Any], int], str] | None = None,
        honour_n: bool = True,
        page_size: int = 100,
    ) -> None:
        super().__init__()
        self.api_key, self.script, self.honour_n, self.page_size = api_key, script or Script(), honour_n, page_size
        self.reply = reply or (lambda body, i: f"response {i}")
        self.polls = 0
        self.visible: list[dict[str, Any]] = []

    def route(self, request: Recorded) -> tuple[int, dict[str, str], Any]:
        if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            return 401, {}, {"error": {"message": "invalid API key", "type": "authentication_error"}}
        path = request.path.split("?")[0]
        if request.method == "POST" and path == "/v1/files":
            text = request.body.decode()
            name = re.search(r'filename="([^"]+)"', text)
            purpose = re.search(r'name="purpose"\r\n\r\n([^\r]+)', text)
            return (
                200,
                {},
                {
                    "id": "file-abc123",
                    "object": "file",
                    "filename": name and name.group(1),
                    "purpose": purpose and purpose.group(1),
                    "bytes": len(request.body),
                },
            )
        if request.method == "POST" and path == "/v1/fine_tuning/jobs":
            body = request.json()
            return 200, {}, {"id": "ftjob-xyz789", "object": "fine_tuning.job", "status": "validating_files", **body}
        match = re.fullmatch(r"/v1/fine_tuning/jobs/([^/]+)(/events)?", path)
        if request.method == "GET" and match:
            if match.group(2):
                return 200, {}, self._events(request.path)
            return 200, {}, self._job(match.group(1))
        if request.method == "POST" and path == "/v1/chat/completions":
            body = request.json()
            n = body.get("n", 1) if self.honour_n else 1
            choices = [
                {"index": i, "message": {"role": "assistant", "content": self.reply(body, i)}, "finish_reason": "stop"}
                for i in range(n)
            ]
            return 200, {}, {"id": "chatcmpl-1", "object": "chat.completion", "choices": choices}
        return 404, {}, {"error": {"message": f"no route for {request.method} {path}"}}

    def _job(self, job_id: str) -> dict[str, Any]:
        index = min(self.polls, len(self.script.statuses) - 1)
        if self.polls < len(self.script.events_by_poll):
            self.visible.extend(self.script.events_by_poll[self.polls])
        self.polls += 1
        status = self.script.statuses[index]
        job = {"id": job_id, "object": "fine_tuning.job", "model": "openai.gpt-oss-20b", "status": status}
        if status == "failed" and self.script.error:
            job["error"] = self.script.error
        if status == "succeeded":
            job["fine_tuned_model"] = "openai.gpt-oss-20b:ft:rft-demo"
        return job

    def _events(self, path: str) -> dict[str, Any]:
        # Newest first with an `after` cursor, like OpenAI's list.
        after = re.search(r"after=([^&]+)", path)
        newest_first = list(reversed(self.visible))
        if after:
            ids = [e["id"] for e in newest_first]
            newest_first = newest_first[ids.index(after.group(1)) + 1 :]
        page = newest_first[: self.page_size]
        return {"object": "list", "data": page, "has_more": len(newest_first) > len(page)}


class FakeLambda(_Server):
    """``mode``: ``grade`` (run the router handler), ``raise`` (function error), ``garbage``."""

    def __init__(self, mode: str = "grade", timeout: int = 120, default_spec: Any = None) -> None:
        super().__init__()
        self.mode, self.timeout = mode, timeout
        from grader_core.handler import make_handler

        env = {"GRADER_SPEC": json.dumps(default_spec)} if default_spec is not None else {}
        self.handler = make_handler("router", env=env)
        # One event at a time, as in one Lambda execution environment (the handler's
        # Powertools metrics are per process and must not interleave).
        self.lock = threading.Lock()

    def route(self, request: Recorded) -> tuple[int, dict[str, str], Any]:
        if request.method == "GET" and request.path.endswith("/configuration"):
            return 200, {}, {"FunctionName": "router", "Timeout": self.timeout, "MemorySize": 512}
        if self.mode == "raise":
            error = {"errorType": "EventError", "errorMessage": "event[0].id: missing"}
            return 200, {"X-Amz-Function-Error": "Unhandled"}, error
        if self.mode == "garbage":
            return 200, {}, {"statusCode": 200, "body": "[]"}
        with self.lock:
            return 200, {}, self.handler(request.json(), None)
