"""Retries: only retryable failures, bounded in count, always inside the remaining time.

A fake clock stands in for time: ``sleep`` advances it, so these tests assert on the
schedule the policy chose, never on wall time.
"""

from __future__ import annotations

import pytest

from judge_grader.backends.base import JudgeCallError, RetryableError
from judge_grader.retry import CallStats, RetriesExhausted, RetryPolicy, call_with_retries


class FakeClock:
    def __init__(self, budget: float, call_cost: float = 0.0) -> None:
        self.now = 0.0
        self.budget = budget
        self.call_cost = call_cost
        self.sleeps: list[float] = []

    def remaining(self) -> float:
        return max(0.0, self.budget - self.now)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def script(clock: FakeClock, outcomes: list[object]):
    """A call that takes ``call_cost`` of fake time and then returns or raises the next outcome."""
    timeouts: list[float] = []

    def call(timeout: float) -> object:
        timeouts.append(timeout)
        clock.now += clock.call_cost
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return call, timeouts


THROTTLED = RetryableError("ThrottlingException: Rate exceeded", throttled=True)
UNAVAILABLE = RetryableError("HTTP 503: busy")


def run(clock: FakeClock, outcomes: list[object], policy: RetryPolicy, rng: float = 1.0) -> tuple[object, CallStats]:
    call, _ = script(clock, outcomes)
    stats = CallStats()
    result = call_with_retries(call, clock.remaining, policy, stats, sleep=clock.sleep, rng=lambda: rng)
    return result, stats


def test_throttling_then_success_returns_the_reply_and_counts_the_throttles() -> None:
    clock = FakeClock(budget=60)
    result, stats = run(clock, [THROTTLED, THROTTLED, "verdict"], RetryPolicy())
    assert (result, stats.attempts, stats.throttled) == ("verdict", 3, 2)
    # Exponential: base 0.5 s doubled per retry (rng pinned at the top of the jitter range).
    assert clock.sleeps == [0.5, 1.0]


def test_persistent_throttling_gives_up_after_max_attempts_with_the_reason() -> None:
    clock = FakeClock(budget=600)
    with pytest.raises(RetriesExhausted, match=r"judge throttled: gave up after 4 attempt\(s\), 4 attempts allowed"):
        run(clock, [THROTTLED] * 4, RetryPolicy(max_attempts=4))
    assert clock.sleeps == [0.5, 1.0, 2.0]  # no pause after the last attempt


def test_backoff_is_capped() -> None:
    clock = FakeClock(budget=600)
    with pytest.raises(RetriesExhausted):
        run(clock, [UNAVAILABLE] * 6, RetryPolicy(max_attempts=6, base_delay_s=1, max_delay_s=5))
    assert clock.sleeps == [1, 2, 4, 5, 5]


def test_full_jitter_draws_pauses_below_the_exponential_ceiling() -> None:
    clock = FakeClock(budget=600)
    run(clock, [THROTTLED, THROTTLED, "ok"], RetryPolicy(), rng=0.25)
    assert clock.sleeps == [0.125, 0.25]


def test_server_retry_after_is_honoured_when_longer_than_the_jitter() -> None:
    clock = FakeClock(budget=600)
    hinted = RetryableError("HTTP 429", throttled=True, retry_after=3.0)
    run(clock, [hinted, "ok"], RetryPolicy(), rng=0.1)
    assert clock.sleeps == [3.0]


def test_no_pause_that_would_leave_too_little_time_for_another_attempt() -> None:
    # 2.5 s budget, each call costs 1 s: after two failures only 0.5 s remain -- below
    # min_attempt_s -- so it stops instead of sleeping into the deadline.
    clock = FakeClock(budget=2.5, call_cost=1.0)
    with pytest.raises(RetriesExhausted, match="no time left for another attempt"):
        run(clock, [THROTTLED, THROTTLED, "never"], RetryPolicy(base_delay_s=0.1, min_attempt_s=1.0))
    assert clock.now <= clock.budget


@pytest.mark.parametrize(
    ("budget", "cost", "why"),
    [
        (5.0, 1.0, "short budget, quick calls"),
        (12.0, 2.5, "longer calls"),
        (30.0, 0.2, "a typical sample budget"),
    ],
)
def test_never_runs_past_the_deadline_under_persistent_throttling(budget: float, cost: float, why: str) -> None:
    clock = FakeClock(budget=budget, call_cost=cost)
    with pytest.raises(RetriesExhausted):
        run(clock, [THROTTLED] * 20, RetryPolicy(max_attempts=10, min_attempt_s=cost))
    assert clock.now <= budget


def test_each_attempt_gets_the_time_left_as_its_timeout() -> None:
    clock = FakeClock(budget=10, call_cost=1.0)
    call, timeouts = script(clock, [UNAVAILABLE, "ok"])
    call_with_retries(call, clock.remaining, RetryPolicy(), CallStats(), sleep=clock.sleep, rng=lambda: 1.0)
    assert timeouts == [10.0, 8.5]  # 10 - 1 s call - 0.5 s pause


def test_no_attempt_when_the_budget_is_already_spent() -> None:
    clock = FakeClock(budget=0.5)
    with pytest.raises(RetriesExhausted, match=r"judge not called: only 0\.5s"):
        run(clock, ["never"], RetryPolicy(min_attempt_s=1.0))


def test_a_final_error_is_not_retried() -> None:
    clock = FakeClock(budget=60)
    with pytest.raises(JudgeCallError, match="AccessDenied"):
        run(clock, [JudgeCallError("AccessDeniedException: no"), "never"], RetryPolicy())
    assert clock.sleeps == []
