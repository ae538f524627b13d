"""Test doubles for the judge: a loopback HTTP judge, and a recording in-process client.

``LoopbackJudge`` listens on 127.0.0.1 only and speaks two protocols: OpenAI
chat-completions (``POST /v1/chat/completions``) and Bedrock Converse
(``POST /model/{modelId}/converse``, for botocore pointed at it with ``endpoint_url``). It
can answer after a fixed delay and reject requests beyond a concurrency limit with 429,
which is what the throttling tests and ``bench/judge_concurrency.py`` need. It is bounded:
it serves at most ``max_requests`` requests and shuts itself down after ``lifetime_s``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from judge_grader.backends.base import JudgeReply, JudgeRequest

# Tests of one judge call switch off the counterfactual check's second call (on by default
# for presets that read a reference); the counterfactual has tests of its own.
ONE_CALL = {"counterfactual": {"enabled": False}}
# Every preset now runs the counterfactual check (a wrong reference or a canary task).
ONE_CALL_BY_PRESET = {
    name: ONE_CALL
    for name in (
        "reasoning", "reference_correctness", "summarization", "custom", "instruction_following", "rag_faithfulness"
    )
}  # fmt: skip

# (protocol, request body) -> (status, headers, JSON payload)
Responder = Callable[[str, dict[str, Any]], tuple[int, dict[str, str], Any]]


def verdict(score: float, reasoning: str = "ok") -> str:
    return json.dumps({"reasoning": reasoning, "score": score})


def chat_completion(text: str | None, finish: str = "stop", refusal: str | None = None, usage: bool = True) -> dict:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if refusal is not None:
        message["refusal"] = refusal
    payload: dict[str, Any] = {
        "id": "chatcmpl-1",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
    }
    if usage:
        payload["usage"] = {"prompt_tokens": 700, "completion_tokens": 30, "total_tokens": 730}
    return payload


def converse_output(text: str, stop: str = "end_turn") -> dict:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": stop,
        "usage": {"inputTokens": 700, "outputTokens": 30, "totalTokens": 730},
        "metrics": {"latencyMs": 12},
    }


def answer_fairly(score: int) -> Responder:
    """A judge that reads the counterfactual's canaries as written (the lowest score against
    a reference no answer matches or a task no response fulfils) and gives ``score``
    otherwise: what a judge doing its job does with the grader's second call."""

    def respond(protocol: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        sent = json.dumps(body)
        canary = "Reply with exactly the text CANARY-" in sent or "There is no correct answer to this question" in sent
        text = verdict(1 if canary else score)
        return 200, {}, chat_completion(text) if protocol == "openai" else converse_output(text)

    return respond


def answer_with(text: str) -> Responder:
    """A responder that gives the same verdict text in whichever protocol was asked."""

    def respond(protocol: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        return 200, {}, chat_completion(text) if protocol == "openai" else converse_output(text)

    return respond


class _Server(ThreadingHTTPServer):
    # The default listen backlog of 5 drops SYNs when a batch connects at once, and the
    # client's 1 s SYN retransmit would then look like judge latency.
    request_queue_size = 256


@dataclass
class Recorded:
    protocol: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class LoopbackJudge:
    responder: Responder
    delay_s: float = 0.0
    max_concurrent: int | None = None  # beyond this, 429 at once
    retry_after: float | None = None  # sent with each 429
    max_requests: int = 5000
    lifetime_s: float = 120.0
    requests: list[Recorded] = field(default_factory=list)
    peak_in_flight: int = 0
    rejected: int = 0
    connections: int = 0  # TCP connections accepted (keep-alive reuses one for many requests)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._in_flight = 0
        judge = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.1 keeps the connection open between requests, as real endpoints do, so
            # tests can count connections (`connections`) against requests.
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with judge._lock:
                    judge.connections += 1

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                protocol = "openai" if self.path.endswith("/chat/completions") else "converse"
                judge._serve(self, protocol, body)

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits up to one interval.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._timer = threading.Timer(self.lifetime_s, self._server.shutdown)
        self._timer.daemon = True

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> LoopbackJudge:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler, protocol: str, body: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(Recorded(protocol, handler.path, dict(handler.headers), body))
            over_budget = len(self.requests) > self.max_requests
            throttle = not over_budget and self.max_concurrent is not None and self._in_flight >= self.max_concurrent
            if throttle:
                self.rejected += 1
            elif not over_budget:
                self._in_flight += 1
                self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        if over_budget:
            return self._send(handler, 503, {}, {"message": "loopback judge: request budget spent"})
        if throttle:
            headers = {"x-amzn-ErrorType": "ThrottlingException"}
            if self.retry_after is not None:
                headers["Retry-After"] = str(self.retry_after)
            return self._send(handler, 429, headers, {"message": "Too many requests, please wait"})
        try:
            if self.delay_s:
                time.sleep(self.delay_s)
            status, headers, payload = self.responder(protocol, body)
        finally:
            with self._lock:
                self._in_flight -= 1
        self._send(handler, status, headers, payload)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], payload: Any) -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)


class RecordingClient:
    """In-process :class:`JudgeClient`: replies from a list (or a function), records requests."""

    def __init__(self, replies: list[JudgeReply | Exception] | Callable[[JudgeRequest], JudgeReply]) -> None:
        self._replies = replies
        self.requests: list[JudgeRequest] = []
        self._lock = threading.Lock()

    def complete(self, request: JudgeRequest) -> JudgeReply:
        with self._lock:
            self.requests.append(request)
            if callable(self._replies):
                return self._replies(request)
            reply = self._replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply
