"""Optional requests-per-minute and tokens-per-minute budgets for the judge.

Provider quotas are per minute (Bedrock: requests and tokens per minute per model and
account; self-hosted servers: whatever they can take). Adaptive concurrency reacts to
429s after the fact; a budget keeps a function under a known quota before the fact, so a
training job's judge traffic does not starve other users of the same quota.

Each budget is a token bucket holding at most one minute's worth, refilled continuously.
A call takes one request and an *estimate* of its tokens (prompt characters / 4 plus
``max_tokens``) before it starts, and settles the difference when the provider reports
real usage, so the bucket follows real consumption. A call that cannot get its share
before the sample's deadline fails with a clear error instead of waiting past it.

The budget is per execution environment (one per grader spec). Lambda runs many
environments at once, so give each a share: the quota divided by the function's reserved
concurrency.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

CHARS_PER_TOKEN = 4  # a conservative English average; settled against real usage anyway


class BudgetExhausted(Exception):
    """The per-minute budget has no room for this call before the sample's deadline."""


@dataclass(frozen=True)
class RateLimit:
    requests_per_minute: float | None = None
    tokens_per_minute: float | None = None


class _Bucket:
    def __init__(self, per_minute: float, clock: Callable[[], float]) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.level = self.capacity
        self._clock = clock
        self._at = clock()

    def refill(self) -> None:
        now = self._clock()
        self.level = min(self.capacity, self.level + (now - self._at) * self.rate)
        self._at = now

    def wait_for(self, amount: float) -> float:
        """Seconds until ``amount`` is available (0 if it is)."""
        # A single call larger than the whole bucket may go once the bucket is full.
        need = min(amount, self.capacity) - self.level
        return 0.0 if need <= 0 else need / self.rate


class Budget:
    """Thread-safe request and token buckets shared by one grader's calls."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self._cond = threading.Condition()
        self._clock = clock
        self._requests = _Bucket(limit.requests_per_minute, clock) if limit.requests_per_minute else None
        self._tokens = _Bucket(limit.tokens_per_minute, clock) if limit.tokens_per_minute else None

    def acquire(self, tokens: int, timeout: float) -> None:
        """Take one request and ``tokens`` tokens, waiting up to ``timeout`` seconds."""
        deadline = self._clock() + timeout
        with self._cond:
            while True:
                wait = 0.0
                for bucket, amount in ((self._requests, 1), (self._tokens, tokens)):
                    if bucket is not None:
                        bucket.refill()
                        wait = max(wait, bucket.wait_for(amount))
                if wait <= 0:
                    if self._requests is not None:
                        self._requests.level -= 1
                    if self._tokens is not None:
                        self._tokens.level -= tokens
                    return
                left = deadline - self._clock()
                if wait > left:
                    raise BudgetExhausted(
                        f"the per-minute judge budget has no room for this call before the sample's deadline "
                        f"(needs {wait:.1f} s more, {max(left, 0):.1f} s left)"
                    )
                self._cond.wait(wait)

    def settle(self, estimated: int, actual: int | None) -> None:
        """Correct the token bucket by what the provider reported (no report: keep the estimate)."""
        if self._tokens is None or actual is None:
            return
        with self._cond:
            self._tokens.level += estimated - actual
            self._cond.notify_all()


def estimate_tokens(system: str, user: str, max_tokens: int) -> int:
    return (len(system) + len(user)) // CHARS_PER_TOKEN + max_tokens
