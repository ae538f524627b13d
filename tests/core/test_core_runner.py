"""grade_batch: mapping, failure isolation, deadlines, concurrency, order, one log line per sample.

Time-limit tests use budgets of a fraction of a second and assert statuses and metrics, not
durations; the only wall-clock assertion is a generous sanity bound on whole batches.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from grader_core.config import RunnerConfig
from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.response import encode_response
from grader_core.runner import Outcome, grade_batch
from grader_core.types import Message, Metric, Sample, Score, Status

# Far above anything these tests need, far below "hung": catches a limit that never fires.
SANITY_BOUND_S = 10.0


def sample(sample_id: str | int = "s", response: str | None = "answer", problem: str | None = None) -> Sample:
    return Sample(id=sample_id, messages=(Message("assistant", response or ""),), response=response, problem=problem)


class FnGrader:
    """A grader whose behaviour is a plain function of (sample, ctx)."""

    def __init__(self, fn: Callable[[Sample, GradeContext], Any], concurrency: int = 1) -> None:
        self.fn = fn
        self.concurrency = concurrency
        self.calls: list[Any] = []

    def grade(self, sample: Sample, ctx: GradeContext) -> Any:
        self.calls.append(sample.id)
        return self.fn(sample, ctx)


def constant(value: float) -> FnGrader:
    return FnGrader(lambda s, ctx: Score.ok(value))


def run(samples, grader_or_resolve, **kwargs) -> list[Outcome]:
    resolve = grader_or_resolve if not hasattr(grader_or_resolve, "grade") else (lambda s: grader_or_resolve)
    return grade_batch(samples, resolve, **kwargs)


def loop_forever(sample: Sample, ctx: GradeContext) -> Score:
    while True:
        pass


def loop_swallowing_exceptions(sample: Sample, ctx: GradeContext) -> Score:
    while True:
        try:
            sum(range(1000))
        except Exception:  # a grader trying (and failing) to swallow the time limit
            continue


# --- mapping and clamping ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "value", "reward"),
    [
        pytest.param(RunnerConfig(), 0.6, 0.6, id="default-range-identity"),
        pytest.param(RunnerConfig(score_min=-1, score_max=1), 0.0, -1.0, id="minus-one-range-zero-is-worst"),
        pytest.param(RunnerConfig(score_min=-1, score_max=1), 0.75, 0.5, id="minus-one-range-mapped-linearly"),
        pytest.param(RunnerConfig(score_min=-1, score_max=1), 1.0, 1.0, id="minus-one-range-one-is-best"),
        pytest.param(RunnerConfig(), 7.0, 1.0, id="grader-overshoot-clamped-to-max"),
        pytest.param(RunnerConfig(), -2.0, 0.0, id="grader-undershoot-clamped-to-min"),
        pytest.param(RunnerConfig(score_min=-1, score_max=1), -0.1, -1.0, id="undershoot-clamped-in-minus-one-range"),
        pytest.param(RunnerConfig(score_min=2, score_max=4), 0.5, 3.0, id="offset-range"),
    ],
)
def test_ok_value_is_mapped_and_clamped(config, value, reward):
    [outcome] = run([sample()], constant(value), config=config)
    assert outcome.status is Status.OK
    assert outcome.reward == pytest.approx(reward)
    assert outcome.metrics == ()  # an ok score gets no status marker


@pytest.mark.parametrize(
    ("config", "fn", "status", "reward"),
    [
        pytest.param(RunnerConfig(), lambda s, c: Score.error("x"), Status.ERROR, 0.0, id="error-defaults-to-min"),
        pytest.param(RunnerConfig(), lambda s, c: Score.skipped("x"), Status.SKIPPED, 0.0, id="skip-defaults-to-min"),
        pytest.param(
            RunnerConfig(score_min=-1, score_max=1),
            lambda s, c: Score.error("x"),
            Status.ERROR,
            -1.0,
            id="error-follows-min-in-minus-one-range",
        ),
        pytest.param(
            RunnerConfig(score_min=-1, score_max=1, skip_score=0.0),
            lambda s, c: Score.skipped("x"),
            Status.SKIPPED,
            0.0,
            id="configured-neutral-skip",
        ),
        pytest.param(
            RunnerConfig(error_score=0.1, skip_score=0.2),
            lambda s, c: Score.error("x"),
            Status.ERROR,
            0.1,
            id="configured-error-score-is-on-output-scale-not-mapped",
        ),
        pytest.param(
            RunnerConfig(score_min=0, score_max=10, skip_score=5),
            lambda s, c: Score.skipped("x"),
            Status.SKIPPED,
            5.0,
            id="configured-skip-score-is-on-output-scale-not-mapped",
        ),
    ],
)
def test_failure_rewards(config, fn, status, reward):
    [outcome] = run([sample()], FnGrader(fn), config=config)
    assert (outcome.status, outcome.reward) == (status, reward)
    assert Metric(status.value, 1.0) in outcome.metrics  # failures are visible as a metric, never a silent 0


# --- a failing grader is data, and the rest of the batch is graded -------------------------


def _raise(exc: BaseException):
    def fn(sample, ctx):
        raise exc

    return fn


FAILING_GRADERS = [
    pytest.param(
        _raise(SampleError("no boxed answer")), Status.ERROR, "no boxed answer", id="sample-error-reason-kept"
    ),
    pytest.param(_raise(SkipSample("no reference")), Status.SKIPPED, "no reference", id="skip-sample-is-skipped"),
    pytest.param(
        _raise(ValueError("bad literal")),
        Status.ERROR,
        "grader raised ValueError: bad literal",
        id="crash-is-error-status-never-a-fake-zero",
    ),
    pytest.param(
        _raise(SpecError("spec.x: bad")), Status.ERROR, "grader raised SpecError", id="spec-error-while-grading"
    ),
    pytest.param(lambda s, c: 0.5, Status.ERROR, "grader returned float, not a Score", id="returns-bare-float"),
    pytest.param(lambda s, c: None, Status.ERROR, "grader returned NoneType, not a Score", id="returns-none"),
    pytest.param(
        lambda s, c: {"value": 1.0}, Status.ERROR, "grader returned dict, not a Score", id="returns-dict-lookalike"
    ),
    pytest.param(
        lambda s, c: Score.ok(math.nan), Status.ERROR, "must be finite", id="nan-score-refused-at-construction"
    ),
    pytest.param(
        lambda s, c: Score.ok(1.0, [Metric("latency", math.inf)]),
        Status.ERROR,
        "must be finite",
        id="inf-metric-refused-at-construction",
    ),
    pytest.param(
        lambda s, c: Score.ok(1.0, [("name", 1.0)]),
        Status.ERROR,
        "Metric objects",
        id="non-metric-in-metrics-errors-this-sample-not-the-encoder",
    ),
    pytest.param(
        lambda s, c: Score(None, "skipped", "string status"),
        Status.SKIPPED,
        "string status",
        id="string-status-coerced-so-logging-and-encoding-work",
    ),
]


@pytest.mark.parametrize(("fn", "status", "reason"), FAILING_GRADERS)
def test_failing_grader_is_isolated(fn, status, reason):
    good = constant(1.0)
    bad = FnGrader(fn)
    samples = [sample("before"), sample("bad"), sample("after")]
    outcomes = run(samples, lambda s: bad if s.id == "bad" else good)

    assert [o.sample.id for o in outcomes] == ["before", "bad", "after"]
    assert [o.status for o in outcomes] == [Status.OK, status, Status.OK]
    assert reason in outcomes[1].score.reason
    assert [o.reward for o in outcomes] == [1.0, 0.0, 1.0]
    # The whole batch still encodes: the failure never reaches the wire as a crash.
    encoded = encode_response(outcomes)
    assert encoded[1]["metrics_list"][-1] == {"name": status.value, "value": 1.0, "type": "Metric"}


RESOLVER_FAILURES = [
    pytest.param(SkipSample("no grader for this task"), Status.SKIPPED, "no grader for this task", id="resolver-skip"),
    pytest.param(SpecError("spec.type: unknown"), Status.ERROR, "spec.type: unknown", id="bad-per-sample-spec"),
    pytest.param(SampleError("no grader spec"), Status.ERROR, "no grader spec", id="resolver-sample-error"),
    pytest.param(
        KeyError("oops"), Status.ERROR, "could not choose a grader: KeyError", id="resolver-bug-errors-one-sample"
    ),
]


@pytest.mark.parametrize(("exc", "status", "reason"), RESOLVER_FAILURES)
def test_resolver_failure_is_isolated(exc, status, reason):
    good = constant(1.0)

    def resolve(s):
        if s.id == "bad":
            raise exc
        return good

    outcomes = run([sample("bad"), sample("good")], resolve)
    assert [o.status for o in outcomes] == [status, Status.OK]
    assert reason in outcomes[0].score.reason


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        pytest.param(
            sample("p", response=None, problem="messages: no assistant turn to grade"),
            "no assistant turn",
            id="event-problem-errors-without-grading",
        ),
        pytest.param(sample("p", response="x" * 11), "11 characters, over the limit of 10", id="over-long-response"),
    ],
)
def test_unusable_samples_error_before_the_grader_runs(item, reason):
    grader = constant(1.0)
    outcomes = run([item, sample("ok", response="x" * 10)], grader, config=RunnerConfig(max_response_chars=10))
    assert outcomes[0].status is Status.ERROR
    assert reason in outcomes[0].score.reason
    assert outcomes[1].status is Status.OK  # exactly at the limit is still graded
    assert grader.calls == ["ok"]  # the unusable sample never reached the grader


# --- time limits on the main thread ------------------------------------------------------


@pytest.mark.parametrize(
    "fn",
    [
        pytest.param(loop_forever, id="busy-loop-interrupted"),
        pytest.param(loop_swallowing_exceptions, id="except-exception-cannot-swallow-the-limit"),
    ],
)
def test_main_thread_grader_is_interrupted_by_its_budget(fn):
    hog = FnGrader(fn)
    good = constant(1.0)
    started = time.monotonic()
    outcomes = run(
        [sample("hog"), sample("next")],
        lambda s: hog if s.id == "hog" else good,
        config=RunnerConfig(sample_timeout_s=0.2),
    )
    assert time.monotonic() - started < SANITY_BOUND_S
    hogged, following = outcomes
    assert hogged.status is Status.ERROR
    assert hogged.score.reason.startswith("timeout: sample exceeded its time budget")
    assert Metric("timeout", 1.0) in hogged.metrics
    assert following.status is Status.OK  # the time limit is per sample, not per batch


def test_fair_share_of_a_short_batch_deadline():
    # remaining 1.2 s -> margin min(1.0, 0.12) -> 1.08 s for three hogs: each gets at most a
    # third; without fair sharing the first would take everything and the others get nothing.
    seen_budgets: list[float] = []

    def hog(sample, ctx):
        seen_budgets.append(ctx.remaining())
        loop_forever(sample, ctx)

    started = time.monotonic()
    outcomes = run([sample(i) for i in range(3)], FnGrader(hog), remaining_s=1.2)
    assert time.monotonic() - started < SANITY_BOUND_S
    assert len(seen_budgets) == 3  # every sample got its turn
    assert all(0 < budget <= 1.08 / 3 + 1e-6 for budget in seen_budgets)
    assert all(o.status is Status.ERROR and "timeout" in o.score.reason for o in outcomes)


def test_fair_share_leaves_time_for_samples_after_a_hog():
    hog = FnGrader(loop_forever)
    quick = constant(1.0)
    outcomes = run(
        [sample("hog"), sample("a"), sample("b")], lambda s: hog if s.id == "hog" else quick, remaining_s=1.2
    )
    assert [o.status for o in outcomes] == [Status.ERROR, Status.OK, Status.OK]


def test_sample_budget_caps_the_share():
    seen: list[float] = []
    run([sample()], FnGrader(lambda s, ctx: seen.append(ctx.remaining()) or Score.ok(1)), remaining_s=900)
    # Default sample_timeout_s (30 s) bounds a sample even when the batch has 15 minutes.
    assert 0 < seen[0] <= 30.0


def test_no_time_left_scores_timeouts_without_calling_the_grader():
    grader = constant(1.0)
    outcomes = run([sample("a"), sample("b")], grader, remaining_s=0.0)
    assert all(o.status is Status.ERROR for o in outcomes)
    assert all("batch deadline passed before this sample was graded" in o.score.reason for o in outcomes)
    assert all(Metric("timeout", 1.0) in o.metrics for o in outcomes)
    assert grader.calls == []


# --- threaded graders --------------------------------------------------------------------


def test_threaded_grader_runs_samples_concurrently():
    # Three samples meet at a barrier: this only completes if they run at the same time.
    barrier = threading.Barrier(3, timeout=5)

    def meet(sample, ctx):
        barrier.wait()
        return Score.ok(1.0)

    outcomes = run([sample(i) for i in range(3)], FnGrader(meet, concurrency=3))
    assert [o.status for o in outcomes] == [Status.OK] * 3, [o.score.reason for o in outcomes]


def test_each_grader_instance_honours_its_own_concurrency_cap():
    lock = threading.Lock()
    active = {"a": 0, "b": 0}
    peak = {"a": 0, "b": 0}
    # Two graders with cap 2 each: four samples can meet only if both caps are used fully.
    barrier = threading.Barrier(4, timeout=5)

    def make(key):
        def fn(sample, ctx):
            with lock:
                active[key] += 1
                peak[key] = max(peak[key], active[key])
            try:
                if sample.id.endswith("meet"):
                    barrier.wait()
                return Score.ok(1.0)
            finally:
                with lock:
                    active[key] -= 1

        return FnGrader(fn, concurrency=2)

    graders = {"a": make("a"), "b": make("b")}
    ids = ["a1-meet", "a2-meet", "b1-meet", "b2-meet", "a3", "a4", "b3", "a5"]
    outcomes = run([sample(i) for i in ids], lambda s: graders[s.id[0]])
    assert [o.status for o in outcomes] == [Status.OK] * len(ids), [o.score.reason for o in outcomes]
    assert peak == {"a": 2, "b": 2}


def test_stuck_threaded_sample_times_out_at_batch_deadline_while_others_complete():
    release = threading.Event()
    seen_remaining: list[float] = []

    def fn(sample, ctx):
        seen_remaining.append(ctx.remaining())
        if sample.id == "stuck":
            release.wait(timeout=SANITY_BOUND_S)  # ignores ctx.remaining(): a misbehaving grader
        return Score.ok(1.0)

    started = time.monotonic()
    try:
        outcomes = run([sample("a"), sample("stuck"), sample("b")], FnGrader(fn, concurrency=4), remaining_s=1.0)
    finally:
        release.set()  # let the abandoned worker thread finish
    assert time.monotonic() - started < SANITY_BOUND_S
    assert [o.status for o in outcomes] == [Status.OK, Status.ERROR, Status.OK]
    assert outcomes[1].score.reason == "timeout: still running at the batch deadline"
    assert Metric("timeout", 1.0) in outcomes[1].metrics
    assert outcomes[1].reward == 0.0
    # A threaded grader's own deadline never lies beyond the batch's.
    assert all(0 < r <= 1.0 for r in seen_remaining)


@pytest.mark.parametrize(
    ("fn", "status", "reason"),
    [
        pytest.param(_raise(RuntimeError("socket closed")), Status.ERROR, "grader raised RuntimeError", id="crash"),
        pytest.param(_raise(SkipSample("no ref")), Status.SKIPPED, "no ref", id="skip"),
        pytest.param(lambda s, c: "0.5", Status.ERROR, "grader returned str", id="non-score"),
    ],
)
def test_threaded_failures_are_isolated_too(fn, status, reason):
    bad = FnGrader(fn, concurrency=2)
    good = FnGrader(lambda s, c: Score.ok(1.0), concurrency=2)
    outcomes = run([sample("bad"), sample("good")], lambda s: bad if s.id == "bad" else good)
    assert [o.status for o in outcomes] == [status, Status.OK]
    assert reason in outcomes[0].score.reason


def test_outcome_order_matches_input_order_across_scheduling_paths():
    # Threaded "t-first" waits until "t-second" has finished, so completion order differs
    # from input order; sequential, threaded and never-graded samples are interleaved.
    second_done = threading.Event()

    def threaded(sample, ctx):
        if sample.id == "t-first":
            assert second_done.wait(timeout=5)
        else:
            second_done.set()
        return Score.ok(0.5)

    thr = FnGrader(threaded, concurrency=2)
    seq = constant(1.0)
    items = [
        sample("t-first"),
        sample("seq-1"),
        sample("problem", response=None, problem="messages: missing"),
        sample("t-second"),
        sample(7),
    ]
    outcomes = run(items, lambda s: thr if str(s.id).startswith("t-") else seq)
    assert [o.sample.id for o in outcomes] == ["t-first", "seq-1", "problem", "t-second", 7]
    assert [o.status for o in outcomes] == [Status.OK, Status.OK, Status.ERROR, Status.OK, Status.OK]
    assert [o.reward for o in outcomes] == [0.5, 1.0, 0.0, 0.5, 1.0]


def test_graders_without_concurrency_attribute_run_on_the_main_thread():
    class Plain:
        def grade(self, sample, ctx):
            return Score.ok(float(threading.current_thread() is threading.main_thread()))

    [outcome] = run([sample()], Plain())
    assert outcome.reward == 1.0


# --- structured logging --------------------------------------------------------------------


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def capture():
    logger = logging.Logger("test-core-runner-capture", level=logging.INFO)
    handler = Capture()
    logger.addHandler(handler)
    return logger, handler.records


def test_one_structured_log_record_per_sample(capture):
    logger, records = capture
    graders = {
        "ok": FnGrader(lambda s, c: Score.ok(0.75, [Metric.reward("tags", 1.0)])),
        "err": FnGrader(_raise(SampleError("unparseable"))),
        "skip": FnGrader(_raise(SkipSample("no reference"))),
    }
    items = [sample("ok"), sample("err"), sample("skip"), sample(42, response=None, problem="messages: missing")]
    run(
        items, lambda s: graders.get(s.id, graders["ok"]), config=RunnerConfig(score_min=-1, score_max=1), logger=logger
    )

    assert len(records) == 4  # one line per sample, in input order
    fields = [
        (r.id, r.aggregate_reward_score, r.status, r.reason, r.metrics)  # type: ignore[attr-defined]
        for r in records
    ]
    assert fields == [
        ("ok", 0.5, "ok", "", {"tags": 1.0}),
        ("err", -1.0, "error", "unparseable", {"error": 1.0}),
        ("skip", -1.0, "skipped", "no reference", {"skipped": 1.0}),
        (42, -1.0, "error", "messages: missing", {"error": 1.0}),
    ]
    assert all(r.levelno == logging.INFO and isinstance(r.latency_ms, float) for r in records)  # type: ignore[attr-defined]


def test_no_logger_means_no_logging_and_no_crash():
    assert run([sample()], constant(1.0), logger=None)[0].reward == 1.0


# --- encoding ------------------------------------------------------------------------------


def test_encoded_response_echoes_ids_and_rounds():
    outcomes = run(
        [sample("a"), sample(2)],
        FnGrader(lambda s, c: Score.ok(1 / 3, [Metric("latency_ms", 12.3456789)])),
    )
    assert encode_response(outcomes) == [
        {
            "id": "a",
            "aggregate_reward_score": 0.333333,
            "metrics_list": [{"name": "latency_ms", "value": 12.345679, "type": "Metric"}],
        },
        {
            "id": 2,
            "aggregate_reward_score": 0.333333,
            "metrics_list": [{"name": "latency_ms", "value": 12.345679, "type": "Metric"}],
        },
    ]


def test_empty_batch():
    assert run([], constant(1.0)) == []
