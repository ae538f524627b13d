"""Metric and Score construction rules: nothing non-finite or inconsistent can be built."""

from __future__ import annotations

import math

import pytest

from grader_core.types import Message, Metric, Sample, Score, Status

# --- Metric ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(0, 0.0, id="int-zero-becomes-float"),
        pytest.param(1, 1.0, id="int-one-becomes-float"),
        pytest.param(0.25, 0.25, id="float-kept"),
        pytest.param(-3.5, -3.5, id="negative-allowed-metrics-are-not-rewards"),
        pytest.param(1e300, 1e300, id="huge-but-finite-allowed"),
    ],
)
def test_metric_accepts_finite_numbers_and_stores_floats(value, expected):
    metric = Metric("m", value)
    assert metric.value == expected
    assert type(metric.value) is float  # the wire needs a JSON number, never an int subclass like bool


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        pytest.param(math.nan, ValueError, "finite", id="nan-never-reaches-the-wire"),
        pytest.param(math.inf, ValueError, "finite", id="inf-never-reaches-the-wire"),
        pytest.param(-math.inf, ValueError, "finite", id="minus-inf-never-reaches-the-wire"),
        pytest.param(True, TypeError, "number", id="bool-is-not-a-number-here"),
        pytest.param("1.0", TypeError, "number", id="numeric-string-is-not-a-number"),
        pytest.param(None, TypeError, "number", id="none-is-not-a-number"),
    ],
)
def test_metric_rejects_non_finite_or_non_numbers(value, error, message):
    with pytest.raises(error, match=message):
        Metric("m", value)


@pytest.mark.parametrize(
    ("name", "metric_type"),
    [
        pytest.param("", "Metric", id="empty-name"),
        pytest.param(None, "Metric", id="none-name"),
        pytest.param(3, "Metric", id="int-name"),
        pytest.param("m", "reward", id="type-is-case-sensitive-on-the-wire"),
        pytest.param("m", "Score", id="type-outside-reward-metric"),
    ],
)
def test_metric_rejects_bad_name_or_type(name, metric_type):
    with pytest.raises(ValueError):
        Metric(name, 1.0, metric_type)


def test_metric_defaults_to_diagnostic_and_reward_helper_marks_reward():
    assert Metric("latency", 3.0).type == "Metric"  # a diagnostic unless said otherwise
    assert Metric.reward("format", 1).type == "Reward"


def test_metric_prefixed_keeps_value_and_type():
    assert Metric.reward("tags", 0.5).prefixed("format") == Metric("format.tags", 0.5, "Reward")


def test_metric_is_frozen():
    metric = Metric("m", 1.0)
    with pytest.raises(AttributeError):
        metric.value = 2.0  # type: ignore[misc]


# --- Score -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "status", "value"),
    [
        pytest.param(Score.ok(1), Status.OK, 1.0, id="ok-int-becomes-float"),
        pytest.param(Score.ok(0.0), Status.OK, 0.0, id="ok-zero-is-a-real-score-not-a-failure"),
        pytest.param(Score.ok(1.7), Status.OK, 1.7, id="ok-out-of-range-allowed-runner-clamps"),
        pytest.param(Score.skipped("no reference"), Status.SKIPPED, None, id="skipped-has-no-value"),
        pytest.param(Score.error("boom"), Status.ERROR, None, id="error-has-no-value"),
        pytest.param(Score(0.5), Status.OK, 0.5, id="status-defaults-to-ok"),
        pytest.param(Score(0.5, "ok"), Status.OK, 0.5, id="status-given-as-string-is-coerced"),
        pytest.param(Score(None, "skipped"), Status.SKIPPED, None, id="skipped-as-string-is-coerced"),
    ],
)
def test_score_construction(score, status, value):
    assert score.status is status  # identity: the runner compares with `is`
    assert score.value == value


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        pytest.param(lambda: Score(None), ValueError, "needs a value", id="ok-without-value"),
        pytest.param(lambda: Score.ok(math.nan), ValueError, "finite", id="ok-nan"),
        pytest.param(lambda: Score.ok(math.inf), ValueError, "finite", id="ok-inf"),
        pytest.param(lambda: Score.ok(True), TypeError, "number", id="ok-bool-is-not-a-score"),
        pytest.param(lambda: Score.ok("0.5"), TypeError, "number", id="ok-string-is-not-a-score"),
        pytest.param(lambda: Score(0.0, Status.ERROR), ValueError, "error score carries no value", id="error-with-0"),
        pytest.param(lambda: Score(1.0, Status.SKIPPED), ValueError, "skipped score", id="skipped-with-value"),
        pytest.param(lambda: Score(0.5, "done"), ValueError, "done", id="unknown-status-string"),
        pytest.param(
            lambda: Score.ok(0.5, [("a", 1.0)]), TypeError, "Metric", id="metric-tuple-would-crash-the-encoder"
        ),
        pytest.param(lambda: Score.error("x", ["error"]), TypeError, "Metric", id="metric-string-on-error-score"),
    ],
)
def test_score_rejects_inconsistent_construction(build, error, message):
    with pytest.raises(error, match=message):
        build()


def test_score_metrics_list_is_stored_as_tuple():
    # Frozen all the way down: a grader cannot mutate a score after returning it.
    score = Score.ok(1.0, [Metric("a", 1.0)])
    assert score.metrics == (Metric("a", 1.0),)
    assert isinstance(score.metrics, tuple)


def test_failure_scores_keep_their_reason_and_metrics():
    score = Score.error("regex ran out of time", [Metric("timeout", 1.0)])
    assert (score.reason, score.metrics) == ("regex ran out of time", (Metric("timeout", 1.0),))


# --- Sample ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        pytest.param(["system", "user", "assistant"], "user-1", id="the-only-user-turn"),
        pytest.param(["user", "assistant", "user", "assistant"], "user-2", id="last-user-turn-wins"),
        pytest.param(["system", "assistant"], "", id="no-user-turn-is-empty-not-an-error"),
    ],
)
def test_sample_prompt_is_last_user_turn(roles, expected):
    counts: dict[str, int] = {}
    messages = []
    for role in roles:
        counts[role] = counts.get(role, 0) + 1
        messages.append(Message(role, f"{role}-{counts[role]}"))
    assert Sample(id="x", messages=tuple(messages), response="r").prompt == expected
