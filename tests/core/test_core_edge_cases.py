"""Edge cases found by review, each pinned by a test that failed before its fix."""

from __future__ import annotations

import sys
import time

import pytest

from grader_core.errors import SampleTimeout
from grader_core.events import parse_sample
from grader_core.handler import make_handler
from grader_core.limits import time_limit, uncharged
from grader_core.protocol import GradeContext
from grader_core.runner import grade_batch
from grader_core.spec import build_grader
from grader_core.types import Sample, Score, Status


def test_inner_time_limit_does_not_switch_off_the_outer_one() -> None:
    # A grader limiting one of its own steps must not cancel the runner's per-sample limit.
    started = time.monotonic()
    with pytest.raises(SampleTimeout), time_limit(0.3):
        with time_limit(5):
            pass
        while True:
            pass
    assert time.monotonic() - started < 3


def test_inner_time_limit_never_outlives_the_outer_one() -> None:
    started = time.monotonic()
    with pytest.raises(SampleTimeout), time_limit(0.2), time_limit(60):
        while True:
            pass
    assert time.monotonic() - started < 3


def test_uncharged_work_pauses_the_limit_and_the_limit_still_fires_after_it() -> None:
    # A one-time import inside a sample (0.4 s here) is not charged to its 0.2 s budget,
    # nested limits included; the rest of the sample is still limited.
    with time_limit(0.2), time_limit(10):
        with uncharged():
            time.sleep(0.4)
        done_in_budget = True
    assert done_in_budget
    started = time.monotonic()
    with pytest.raises(SampleTimeout), time_limit(0.2):
        with uncharged():
            time.sleep(0.3)
        while True:
            pass
    assert time.monotonic() - started < 3


class Exits:
    concurrency = 1

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        sys.exit(0)  # an exit-code trick inside a grader must not end the batch


class Fixed:
    concurrency = 1

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        return Score.ok(1.0)


def test_system_exit_in_a_grader_is_that_samples_error() -> None:
    samples = [parse_sample({"id": i, "messages": [{"role": "assistant", "content": "x"}]}, i) for i in range(2)]
    outcomes = grade_batch(samples, lambda s: Exits() if s.id == 0 else Fixed())
    assert [o.status for o in outcomes] == [Status.ERROR, Status.OK]
    assert "SystemExit" in outcomes[0].score.reason


def test_null_grader_field_falls_back_to_the_default_spec() -> None:
    spec = '{"type": "format", "checks": [{"check": "length", "unit": "chars", "max": 5}]}'
    handler = make_handler("format", env={"GRADER_SPEC": spec})
    event = [{"id": "a", "grader": None, "messages": [{"role": "assistant", "content": "hi"}]}]
    assert handler(event, None)[0]["aggregate_reward_score"] == 1.0


def test_null_metadata_reference_does_not_mask_the_top_level_one() -> None:
    sample = parse_sample({"id": "a", "messages": [], "reference_answer": "4", "metadata": {"reference_answer": None}})
    assert sample.reference == "4"


def _format_score(check: dict, response: str, reference: object = None) -> Score:
    grader = build_grader({"type": "format", "checks": [check]})
    item = {"id": "a", "messages": [{"role": "assistant", "content": response}], "reference_answer": reference}
    return grade_batch([parse_sample(item)], lambda s: grader)[0].score


@pytest.mark.parametrize(
    ("check", "response", "reference", "status", "value"),
    [
        # 1e400 overflows to inf: not a JSON number a consumer could use.
        ({"check": "json"}, '{"x": 1e400}', None, Status.OK, 0.0),
        ({"check": "json"}, '{"x": 1e300}', None, Status.OK, 1.0),
        # Every text contains "": an empty reference must not pay for anything.
        ({"check": "reference", "mode": "contains"}, "anything", "", Status.SKIPPED, None),
        ({"check": "reference", "mode": "icontains"}, "anything", "   ", Status.SKIPPED, None),
        # equals with an empty reference is still a meaningful comparison.
        ({"check": "reference", "mode": "equals"}, "", "", Status.OK, 1.0),
    ],
    ids=[
        "json-overflow-is-not-json",
        "json-large-finite-ok",
        "contains-empty-ref",
        "icontains-blank-ref",
        "equals-empty",
    ],
)
def test_format_edge_cases(check: dict, response: str, reference: object, status: Status, value: float | None) -> None:
    score = _format_score(check, response, reference)
    assert score.status is status and score.value == value


class Crashes:
    concurrency = 1

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        raise ValueError("boom")


def test_crashing_weighted_part_is_named_in_the_reason() -> None:
    from grader_core.compose import Part, WeightedGrader

    grader = WeightedGrader([Part("ok", 1.0, Fixed()), Part("judge", 1.0, Crashes())])
    sample = parse_sample({"id": "a", "messages": [{"role": "assistant", "content": "x"}]})
    outcome = grade_batch([sample], lambda s: grader)[0]
    assert outcome.status is Status.ERROR and outcome.score.reason == "judge: grader raised ValueError: boom"


class Threaded:
    concurrency = 8

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        return Score.ok(1.0)


FORMAT = {"type": "format", "checks": [{"check": "json"}]}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # format + judge: the judge keeps its concurrency (format is neutral).
        (["format", Threaded()], 8),
        # format + a main-thread grader (math): the signal timer is needed, so main thread.
        (["format", Fixed()], 1),
        # only neutral parts: still neutral, which the runner schedules on the main thread.
        (["format", "format"], 0),
        # a main-thread part wins over a threaded one: its time limit must be enforceable.
        ([Threaded(), Fixed()], 1),
    ],
    ids=["format+judge", "format+main-thread", "all-neutral", "threaded+main-thread"],
)
def test_weighted_concurrency(parts: list, expected: int) -> None:
    from grader_core.compose import Part, WeightedGrader

    graders = [build_grader(FORMAT) if p == "format" else p for p in parts]
    combined = WeightedGrader([Part(f"p{i}", 1.0, g) for i, g in enumerate(graders)])
    assert combined.concurrency == expected


class BadConcurrency:
    concurrency = "lots"

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        return Score.ok(1.0)


def test_malformed_concurrency_errors_one_sample_not_the_batch() -> None:
    samples = [parse_sample({"id": i, "messages": [{"role": "assistant", "content": "x"}]}, i) for i in range(2)]
    outcomes = grade_batch(samples, lambda s: BadConcurrency() if s.id == 0 else Fixed())
    assert [o.status for o in outcomes] == [Status.ERROR, Status.OK]
    assert "invalid concurrency 'lots'" in outcomes[0].score.reason


class Value:
    concurrency = 1

    def __init__(self, value: float) -> None:
        self.value = value

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        return Score.ok(self.value)


def test_chained_gates_cascade() -> None:
    # correctness (0) gates format (1.0 raw), which gates style (1.0 raw): both pay nothing.
    from grader_core.compose import Part, WeightedGrader

    grader = WeightedGrader(
        [
            Part("correctness", 1.0, Value(0.0)),
            Part("format", 1.0, Value(1.0), gate_part="correctness"),
            Part("style", 1.0, Value(1.0), gate_part="format"),
        ]
    )
    sample = parse_sample({"id": "a", "messages": [{"role": "assistant", "content": "x"}]})
    score = grade_batch([sample], lambda s: grader)[0].score
    assert score.value == 0.0
    assert {m.name: m.value for m in score.metrics} == {"correctness": 0.0, "format": 0.0, "style": 0.0}


def test_gate_cycles_are_refused() -> None:
    from grader_core.errors import SpecError

    fmt = {"type": "format", "checks": [{"check": "json"}]}
    spec = {
        "type": "weighted",
        "parts": [
            {"name": "a", "grader": fmt, "gate": {"part": "b"}},
            {"name": "b", "grader": fmt, "gate": {"part": "a"}},
        ],
    }
    with pytest.raises(SpecError, match=r"spec.parts\[0\].gate: gates form a cycle through 'a'"):
        build_grader(spec)
