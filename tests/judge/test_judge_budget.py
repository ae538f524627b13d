"""Per-minute request and token budgets: calls wait for room, never past their deadline."""

from __future__ import annotations

import pytest
from judge_fakes import ONE_CALL, RecordingClient, verdict

from grader_core.errors import SpecError
from grader_core.events import parse_sample
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Status
from judge_grader.backends.base import JudgeReply
from judge_grader.budget import Budget, BudgetExhausted, RateLimit, estimate_tokens
from judge_grader.config import config_from_spec
from judge_grader.grader import JudgeGrader


class Clock:
    """A clock the test moves by hand, so no test depends on real time passing."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_requests_per_minute_refill_continuously() -> None:
    clock = Clock()
    budget = Budget(RateLimit(requests_per_minute=2), clock)
    budget.acquire(0, timeout=0)
    budget.acquire(0, timeout=0)
    with pytest.raises(BudgetExhausted, match=r"needs 30\.0 s more"):
        budget.acquire(0, timeout=10)
    clock.now = 30.0  # half a minute refills one request of two per minute
    budget.acquire(0, timeout=0)


def test_tokens_are_settled_against_reported_usage() -> None:
    clock = Clock()
    budget = Budget(RateLimit(tokens_per_minute=1000), clock)
    budget.acquire(800, timeout=0)
    with pytest.raises(BudgetExhausted):
        budget.acquire(800, timeout=0)
    budget.settle(estimated=800, actual=200)  # the call used far less than estimated
    budget.acquire(800, timeout=0)


def test_a_call_larger_than_the_bucket_goes_once_it_is_full() -> None:
    budget = Budget(RateLimit(tokens_per_minute=100), Clock())
    budget.acquire(5000, timeout=0)


def test_estimate_counts_prompt_and_output() -> None:
    assert estimate_tokens("s" * 400, "u" * 400, 100) == 300


def qa(text: str) -> object:
    return parse_sample(
        {"id": "s", "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": text}]}
    )


def test_a_grader_over_budget_returns_an_error_status_with_the_reason() -> None:
    spec = {
        "type": "judge",
        "preset": "instruction_following",
        "rate_limit": {"requests_per_minute": 2},
        "retry": {"min_attempt_s": 0},
        **ONE_CALL,
    }
    client = RecordingClient(lambda r: JudgeReply(verdict(5), input_tokens=10, output_tokens=5))
    grader = JudgeGrader(config_from_spec(spec), client)
    scores = [grader.grade(qa(f"answer {i}"), GradeContext.within(0.5)) for i in range(3)]
    assert [s.status for s in scores] == [Status.OK, Status.OK, Status.ERROR]
    assert "per-minute judge budget" in scores[2].reason and len(client.requests) == 2


def test_the_spec_validates_budgets() -> None:
    with pytest.raises(SpecError):
        build_grader({"type": "judge", "preset": "reasoning", "rate_limit": {}})
    with pytest.raises(SpecError):
        build_grader({"type": "judge", "preset": "reasoning", "rate_limit": {"requests_per_minute": 0}})
