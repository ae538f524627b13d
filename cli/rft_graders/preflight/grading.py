"""Grade rollouts the way the job will: in-process with grader_core, or through the Lambda.

Both paths send the same Bedrock-shaped events in batches of ``batch_size`` and record
each batch's wall time: a Lambda invocation grades one batch, so a batch's time is what
must fit inside the function's timeout.

- :class:`InProcessGrader`: ``grade_batch`` in this process, on the main thread (so the
  runner's per-sample time limits fire as they do in Lambda). The grader is chosen per
  sample by the deployed handler's own rule (grader_core.resolve): the record's own
  ``grader`` field, else the default spec, with a function's allowed grader types.
- :class:`LambdaGrader`: boto3 ``lambda.invoke`` against the deployed function (or any
  Invoke API, e.g. ``rft-graders start-lambda``), several batches at once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from rft_graders.preflight.rollouts import Graded, Rollout

Progress = Callable[[int], None]


@dataclass
class GradingRun:
    """Graded rollouts plus the wall time of each batch (seconds)."""

    graded: list[Graded] = field(default_factory=list)
    batch_seconds: list[float] = field(default_factory=list)
    invocation_errors: list[str] = field(default_factory=list)
    # Largest request (event) of any batch: a synchronous invocation carries at most 6 MB.
    max_payload_bytes: int = 0


def batches(rollouts: list[Rollout], size: int) -> Iterator[list[Rollout]]:
    for start in range(0, len(rollouts), size):
        yield rollouts[start : start + size]


class InProcessGrader:
    """Grades with grader_core in this process; ``spec`` is the default spec (may be None)."""

    def __init__(
        self,
        spec: Any,
        score_range: tuple[float, float] = (0.0, 1.0),
        timeout_s: float = 300.0,
        function: str | None = None,
    ) -> None:
        from rft_graders.local_function import local_setup

        # An invalid default spec fails here, before any grading.
        self.setup = local_setup(
            function, spec, "no --grader was given", score_min=score_range[0], score_max=score_range[1]
        )
        self.spec = self.setup.resolve.default_spec
        self.config = self.setup.config
        self.timeout_s = timeout_s
        self.description = "in-process (grader_core" + (f", as {function})" if function else ")")

    def grade(self, rollouts: list[Rollout], batch_size: int, progress: Progress) -> GradingRun:
        from grader_core.events import parse_sample
        from grader_core.runner import grade_batch

        resolve = self.setup.resolve
        run = GradingRun()
        for batch in batches(rollouts, batch_size):
            events = [r.event() for r in batch]
            run.max_payload_bytes = max(run.max_payload_bytes, len(json.dumps(events).encode()))
            samples = [parse_sample(event, i) for i, event in enumerate(events)]
            started = time.perf_counter()
            outcomes = grade_batch(samples, resolve, self.config, remaining_s=self.timeout_s)
            run.batch_seconds.append(time.perf_counter() - started)
            for rollout, outcome in zip(batch, outcomes, strict=True):
                run.graded.append(
                    Graded(
                        rollout,
                        outcome.reward,
                        outcome.status.value,
                        outcome.score.reason,
                        {m.name: m.value for m in outcome.metrics},
                        {m.name: m.type for m in outcome.metrics},
                        outcome.latency_ms,
                    )
                )
            progress(len(batch))
        return run


class LambdaGrader:
    """Invokes the grader function with batches of events, ``concurrency`` at a time."""

    def __init__(self, client: Any, function: str, concurrency: int = 8) -> None:
        self.client, self.function, self.concurrency = client, function, max(1, concurrency)
        self.description = f"Lambda {function}" + (
            f" at {client.meta.endpoint_url}" if "amazonaws.com" not in client.meta.endpoint_url else ""
        )

    def function_timeout(self) -> float | None:
        """The function's configured timeout, if the endpoint can tell (a local one may not)."""
        try:
            return float(self.client.get_function_configuration(FunctionName=self.function)["Timeout"])
        except Exception:
            return None

    def grade(self, rollouts: list[Rollout], batch_size: int, progress: Progress) -> GradingRun:
        run = GradingRun()
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="invoke") as pool:
            for batch, graded, seconds, problem, size in pool.map(self._invoke, batches(rollouts, batch_size)):
                run.graded.extend(graded)
                run.batch_seconds.append(seconds)
                run.max_payload_bytes = max(run.max_payload_bytes, size)
                if problem:
                    run.invocation_errors.append(problem)
                progress(len(batch))
        return run

    def _invoke(self, batch: list[Rollout]) -> tuple[list[Rollout], list[Graded], float, str | None, int]:
        payload = json.dumps([r.event() for r in batch]).encode()
        started = time.perf_counter()
        try:
            answer = self.client.invoke(FunctionName=self.function, Payload=payload)
            body = answer["Payload"].read()
        except Exception as exc:  # throttling, network: the batch is lost, the run goes on
            return batch, _failed(batch, f"invoke failed: {type(exc).__name__}: {exc}"), 0.0, str(exc), len(payload)
        seconds = time.perf_counter() - started
        size = len(payload)
        if answer.get("FunctionError"):
            reason = f"the function raised: {_error_text(body)}"
            return batch, _failed(batch, reason), seconds, reason, size
        try:
            graded = parse_response(batch, json.loads(body))
        except ValueError as exc:
            reason = f"malformed grader response: {exc}"
            return batch, _failed(batch, reason), seconds, reason, size
        return batch, graded, seconds, None, size


def parse_response(batch: list[Rollout], response: Any) -> list[Graded]:
    """Check a grader response against the contract (§2) and read it back.

    The status comes from the ``error`` / ``skipped`` marker metrics grader_core appends
    to samples it did not score; a grader that does not add them counts as all ok.
    """
    if not isinstance(response, list) or len(response) != len(batch):
        size = len(response) if isinstance(response, list) else type(response).__name__
        raise ValueError(f"expected a list of {len(batch)} results, got {size}")
    graded = []
    for i, (rollout, result) in enumerate(zip(batch, response, strict=True)):
        if not isinstance(result, dict) or result.get("id") != rollout.id:
            raise ValueError(
                f"result {i}: id {result.get('id') if isinstance(result, dict) else result!r} != {rollout.id!r}"
            )
        reward = result.get("aggregate_reward_score")
        if isinstance(reward, bool) or not isinstance(reward, (int, float)):
            raise ValueError(f"result {i}: aggregate_reward_score is not a number")
        metrics, types = {}, {}
        for metric in result.get("metrics_list") or []:
            metrics[metric["name"]] = float(metric["value"])
            types[metric["name"]] = metric.get("type", "Metric")
        status = "error" if metrics.get("error") == 1.0 else "skipped" if metrics.get("skipped") == 1.0 else "ok"
        # The wire carries no reason; the function logs one JSON line per sample with it.
        reason = (
            "" if status == "ok" else f"reason not in the response: see the function's log line for id {rollout.id}"
        )
        graded.append(Graded(rollout, float(reward), status, reason, metrics, types))
    return graded


def _failed(batch: list[Rollout], reason: str) -> list[Graded]:
    # No reward at all: in a job, a failing invocation is retried and then fails the job.
    return [Graded(r, None, "error", reason) for r in batch]


def _error_text(body: bytes) -> str:
    try:
        data = json.loads(body)
        return f"{data.get('errorType', 'Error')}: {data.get('errorMessage', '')}"
    except (ValueError, AttributeError):
        return body.decode("utf-8", "replace")[:300]
