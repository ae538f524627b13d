"""Bounded retries with exponential backoff and full jitter, inside the sample's deadline.

Throttling is where a judge Lambda turns provider trouble into a failed training job: the
service retries a failed invocation a few times and then gives up on the job. So a judge
call is retried only on throttling, server errors and timeouts; each pause is drawn
uniformly from ``[0, min(max_delay, base * 2^n)]`` ("full jitter", which spreads a burst of
throttled callers best) or the server's ``Retry-After`` if longer; and no attempt or pause
starts unless it can end with ``min_attempt_s`` to spare before the deadline. When the
budget or the attempts run out the sample gets an error status that says so.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from judge_grader.backends.base import RetryableError
from judge_grader.throttle import AdaptiveLimit


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6
    base_delay_s: float = 0.5
    max_delay_s: float = 10.0
    # Starting a judge call with less time than this left only burns tokens.
    min_attempt_s: float = 1.0

    def delay(self, retry: int, rng: Callable[[], float], retry_after: float | None = None) -> float:
        """Pause before retry number ``retry`` (1 = the first retry)."""
        ceiling = min(self.max_delay_s, self.base_delay_s * 2 ** (retry - 1))
        return max(rng() * ceiling, retry_after or 0.0)


@dataclass
class CallStats:
    """What happened across the attempts of one sample's judge calls (mutable, per sample)."""

    calls: int = 0  # judge calls asked for (each may take several attempts)
    attempts: int = 0
    throttled: int = 0
    waited_s: float = 0.0
    cached: int = 0  # judge calls answered by an identical call's verdict in this batch


class RetriesExhausted(Exception):
    """Every allowed attempt failed, or no time was left for another one."""


def call_with_retries[T](
    call: Callable[[float], T],
    remaining: Callable[[], float],
    policy: RetryPolicy,
    stats: CallStats,
    sleep: Callable[[float], None] = time.sleep,
    rng: Callable[[], float] = random.random,
    gate: AdaptiveLimit | None = None,
) -> T:
    """Run ``call(timeout_s)`` until it succeeds; ``RetryableError`` earns another attempt.

    Any other exception propagates at once. Raises :class:`RetriesExhausted` with the last
    error when attempts or time run out. With a ``gate``, each attempt first waits for a slot
    under the adaptive limit (see :mod:`judge_grader.throttle`) and reports how it went.
    """
    last: RetryableError | None = None
    made = 0
    for attempt in range(1, policy.max_attempts + 1):
        left = remaining()
        if left < policy.min_attempt_s:
            raise RetriesExhausted(_summary(made, last, f"only {left:.1f}s of the sample's time left"))
        slot = None
        if gate is not None:
            slot = gate.acquire(left - policy.min_attempt_s)
            if slot is None:
                raise RetriesExhausted(_summary(made, last, "no judge capacity came free before the deadline"))
            left = remaining()
        stats.attempts += 1
        made += 1
        try:
            result = call(left)
        except RetryableError as exc:
            last = exc
            stats.throttled += exc.throttled
            if gate is not None and slot is not None:
                gate.release(slot, throttled=exc.throttled)
        except BaseException:
            if gate is not None and slot is not None:
                gate.release(slot)
            raise
        else:
            if gate is not None and slot is not None:
                gate.release(slot, succeeded=True)
            return result
        if attempt == policy.max_attempts:
            break
        pause = policy.delay(attempt, rng, last.retry_after)
        if remaining() - pause < policy.min_attempt_s:
            raise RetriesExhausted(_summary(made, last, "no time left for another attempt"))
        sleep(pause)
        stats.waited_s += pause
    raise RetriesExhausted(_summary(made, last, f"{policy.max_attempts} attempts allowed"))


def _summary(made: int, last: RetryableError | None, why: str) -> str:
    kind = "throttled" if last is not None and last.throttled else "unavailable"
    if last is None:
        return f"judge not called: {why}"
    return f"judge {kind}: gave up after {made} attempt(s), {why}; last error: {last}"
