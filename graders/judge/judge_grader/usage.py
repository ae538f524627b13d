"""Token and call accounting: per sample as metrics, per batch as one log line and EMF.

Each sample's own counts travel in its ``metrics_list`` (``judge_input_tokens`` ...). For
the batch total, every judge grader in the execution environment adds to one meter, and
:func:`log_batch_usage` wraps the Lambda handler to log and reset it per invocation
(Lambda runs one invocation at a time per environment, so the meter's contents between
two resets are that batch's).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Usage:
    samples: int = 0
    judge_calls: int = 0
    attempts: int = 0
    throttled: int = 0
    cached: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    trivial: int = 0
    injections: int = 0


class UsageMeter:
    """Thread-safe running totals; graders in worker threads add to it concurrently."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._usage = Usage()

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self._usage, name, getattr(self._usage, name) + value)

    def take(self) -> dict[str, int]:
        """The totals so far, and start again from zero."""
        with self._lock:
            totals, self._usage = asdict(self._usage), Usage()
        return totals


METER = UsageMeter()

Handler = Callable[[Any, Any], Any]


# Batch totals as CloudWatch metrics (EMF): name -> Usage field.
EMF_METRICS = {
    "JudgeCalls": "judge_calls",
    "JudgeAttempts": "attempts",
    "JudgeThrottled": "throttled",
    "JudgeCached": "cached",
    "JudgeInputTokens": "input_tokens",
    "JudgeOutputTokens": "output_tokens",
    "JudgeTrivial": "trivial",
    "JudgeInjections": "injections",
}


def emit_usage_metrics(metrics: Any, totals: dict[str, int]) -> None:
    """One EMF record per batch with its judge calls, tokens, cache hits and catches."""
    if not totals.get("samples"):
        return
    from aws_lambda_powertools.metrics import MetricUnit

    for name, key in EMF_METRICS.items():
        metrics.add_metric(name=name, unit=MetricUnit.Count, value=totals.get(key, 0))
    metrics.flush_metrics()


def log_batch_usage(handler: Handler, meter: UsageMeter = METER, logger: Any = None, metrics: Any = None) -> Handler:
    """Wrap ``handler`` so that each invocation logs ``judge batch usage`` with its totals
    and emits them as EMF metrics."""
    if logger is None or metrics is None:
        from grader_core.observability import make_logger, make_metrics

        logger = logger or make_logger("rft-graders-judge")
        metrics = metrics or make_metrics("rft-graders-judge")

    def wrapped(event: Any, context: Any) -> Any:
        meter.take()  # drop what threads abandoned by an earlier batch added late
        try:
            return handler(event, context)
        finally:
            totals = meter.take()
            logger.info("judge batch usage", extra={"judge_usage": totals})
            emit_usage_metrics(metrics, totals)

    return wrapped
