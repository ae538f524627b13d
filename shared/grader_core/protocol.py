"""The protocol every grader implements."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from grader_core.types import Sample, Score


@dataclass(frozen=True)
class GradeContext:
    """What a grader knows about its time: an absolute ``time.monotonic()`` deadline."""

    deadline: float

    def remaining(self) -> float:
        """Seconds left for this sample (never negative)."""
        return max(0.0, self.deadline - time.monotonic())

    @classmethod
    def within(cls, seconds: float) -> GradeContext:
        return cls(time.monotonic() + seconds)


@runtime_checkable
class Grader(Protocol):
    """Grades one sample.

    ``concurrency`` tells the runner how to schedule the grader:

    - ``1``: run samples one after another on the main thread. The runner then enforces
      the sample's time budget with a signal timer, which interrupts pure-Python work
      (sympy, regex fallbacks) -- the right choice for CPU-bound graders.
    - ``N > 1``: the grader is thread-safe and waits on I/O or subprocesses; the runner
      grades up to N samples at once in worker threads. It cannot interrupt a thread, so
      such a grader must honour ``ctx.remaining()`` itself (subprocess and HTTP
      timeouts); samples still running at the batch deadline are scored as timeouts.
    - ``0``: neutral -- cheap, bounded by its own limits (e.g. regex timeouts) and
      thread-safe, so it runs wherever it is put. Alone it runs like ``1``; inside a
      ``weighted`` spec it does not stop an I/O-bound part (a judge) from running
      concurrently.

    ``grade`` returns a :class:`Score` or raises ``SampleError`` / ``SkipSample``; any other
    exception is caught by the runner and becomes an error status with the exception as
    the reason. A grader does no I/O of its own beyond what it exists to do.
    """

    concurrency: int

    def grade(self, sample: Sample, ctx: GradeContext) -> Score: ...
