"""In-process callers may call one handler from several threads (benchmarks, the red-team
suite); Lambda never does. The handler serialises its invocations, because Powertools'
metric set and the per-batch state are process-wide (a race there surfaced as
`RuntimeError: dictionary changed size during iteration` in the EMF flush)."""

from __future__ import annotations

import contextlib
import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import grader_core.handler
from grader_core.handler import make_handler

SPEC = '{"type": "format", "checks": [{"check": "regex", "pattern": "^4$"}]}'


def test_concurrent_in_process_invocations_run_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    real = grader_core.handler.grade_batch
    inside, most, lock = 0, 0, threading.Lock()

    def watched(*args: Any, **kwargs: Any) -> Any:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)  # long enough for another thread to enter, were it allowed
        try:
            return real(*args, **kwargs)
        finally:
            with lock:
                inside -= 1

    monkeypatch.setattr(grader_core.handler, "grade_batch", watched)
    handler = make_handler("format", env={"GRADER_SPEC": SPEC})

    def invoke(i: int) -> list:
        answer = "4" if i % 2 else "5"
        event = [{"id": f"{i}-{j}", "messages": [{"role": "assistant", "content": answer}]} for j in range(8)]
        return handler(event, None)

    with contextlib.redirect_stdout(io.StringIO()), ThreadPoolExecutor(8) as pool:
        results = list(pool.map(invoke, range(24)))
    assert most == 1
    for i, response in enumerate(results):
        assert [r["id"] for r in response] == [f"{i}-{j}" for j in range(8)]
        assert {r["aggregate_reward_score"] for r in response} == {1.0 if i % 2 else 0.0}
