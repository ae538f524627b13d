"""Token and call accounting: per sample as metrics, per batch as one log line.

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


def log_batch_usage(handler: Handler, meter: UsageMeter = METER, logger: Any = None) -> Handler:
    """Wrap ``handler`` so that each invocation logs ``judge batch usage`` with its totals."""
    if logger is None:
        from grader_core.observability import make_logger

        logger = make_logger("rft-graders-judge")

    def wrapped(event: Any, context: Any) -> Any:
        meter.take()  # drop what threads abandoned by an earlier batch added late
        try:
            return handler(event, context)
        finally:
            logger.info("judge batch usage", extra={"judge_usage": meter.take()})

    return wrapped
