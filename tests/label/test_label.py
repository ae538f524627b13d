"""The label grader: reading, normalising, single / ordinal / multi scoring and the hacks.

Every row says why it holds; graders are built through ``build_grader`` so the spec's
JSON Schema and build-time checks apply as in production.
"""

from __future__ import annotations

from typing import Any

import pytest

from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Message, Sample, Score, Status

PRIORITY = {"labels": ["P1", "P2", "P3", "P4"], "synonyms": {"urgent": "P1", "sev 1": "P1"}}


def grade(response: str, reference: Any, **spec: Any) -> Score:
    sample = Sample(
        id="s", messages=(Message("user", "q"), Message("assistant", response)), response=response, reference=reference
    )
    return build_grader({"type": "label", **spec}).grade(sample, GradeContext.within(5))


def metrics(score: Score) -> dict[str, float]:
    return {m.name: m.value for m in score.metrics}


SINGLE_CASES = [
    pytest.param("P1", {}, 1.0, None, id="exact"),
    pytest.param("  p1. ", {}, 1.0, None, id="case-space-and-final-period-normalised"),
    pytest.param("**P1**", {}, 1.0, None, id="markdown-emphasis-stripped"),
    pytest.param("Urgent", PRIORITY, 1.0, None, id="synonym-maps-to-label"),
    pytest.param("SEV  1", PRIORITY, 1.0, None, id="synonym-with-odd-spacing"),
    pytest.param("P2", PRIORITY, 0.0, None, id="wrong-label"),
    pytest.param("P1 or P2", PRIORITY, 0.0, "hedged", id="hack-hedge-with-or-is-wrong-though-p1-is-there"),
    pytest.param("P1/P2", PRIORITY, 0.0, "hedged", id="hack-hedge-with-slash"),
    pytest.param("P1, urgent", PRIORITY, 1.0, None, id="same-label-twice-is-not-a-hedge"),
    pytest.param("P1 P2 P3 P4", PRIORITY, 0.0, "unknown_label", id="hack-label-list-without-separators-is-no-label"),
    pytest.param("P0", PRIORITY, 0.0, "unknown_label", id="undeclared-label"),
    pytest.param("P1, P0", PRIORITY, 0.0, "hedged", id="known-plus-unknown-is-a-hedge"),
    pytest.param("", PRIORITY, 0.0, "no_label", id="empty-response"),
    pytest.param("I think P1", {}, 0.0, None, id="no-declared-set-wordy-answer-is-another-label"),
    pytest.param("p1", {"ignore_case": False}, 0.0, None, id="case-sensitive-when-asked"),
]


@pytest.mark.parametrize(("response", "spec", "value", "flag"), SINGLE_CASES)
def test_single(response: str, spec: dict[str, Any], value: float, flag: str | None) -> None:
    score = grade(response, "P1", **spec)
    assert score.status is Status.OK and score.value == value
    assert metrics(score)["correct"] == value
    for name in ("hedged", "unknown_label", "no_label"):
        assert metrics(score).get(name, 0.0) == (1.0 if name == flag else 0.0)


READ_CASES = [
    pytest.param({"from": "tag"}, "Thinking...<label>P1</label>", 1.0, id="tag"),
    pytest.param({"from": "tag"}, "<label>P2</label> then <label>P1</label>", 1.0, id="last-tag-wins"),
    pytest.param({"from": "tag", "tag": "priority"}, "<label>P1</label>", 0.0, id="other-tag-is-no-label"),
    pytest.param({"from": "json", "field": "ticket.priority"}, '{"ticket": {"priority": "P1"}}', 1.0, id="json-path"),
    pytest.param({"from": "json"}, '```json\n{"label": "p1"}\n```', 1.0, id="json-in-fence"),
    pytest.param({"from": "json"}, '{"label": 1}', 0.0, id="json-non-string-is-no-label"),
    pytest.param({"from": "json"}, "label: P1", 0.0, id="not-json-is-no-label"),
    pytest.param({"from": "line"}, "Reasoning: outage.\nLabel: P1", 1.0, id="line"),
    pytest.param({"from": "line"}, "- **Label**: P1", 1.0, id="line-with-markdown"),
    pytest.param({"from": "line"}, "Label: P2\nOn reflection\nLabel: P1", 1.0, id="last-line-wins"),
    pytest.param({"from": "line", "prefix": "Priority"}, "priority = P1", 1.0, id="prefix-case-insensitive-equals"),
]


@pytest.mark.parametrize(("spec", "response", "value"), READ_CASES)
def test_reading(spec: dict[str, Any], response: str, value: float) -> None:
    assert grade(response, "P1", **spec).value == value


ORDINAL = {"mode": "ordinal", **PRIORITY}


@pytest.mark.parametrize(
    ("response", "spec", "value"),
    [
        pytest.param("P1", ORDINAL, 1.0, id="exact"),
        pytest.param("P2", ORDINAL, 2 / 3, id="off-by-one-on-a-4-scale"),
        pytest.param("P4", ORDINAL, 0.0, id="opposite-end"),
        pytest.param("P2", {**ORDINAL, "max_distance": 2}, 0.5, id="max-distance-2"),
        pytest.param("P3", {**ORDINAL, "max_distance": 1}, 0.0, id="beyond-max-distance-is-zero-not-negative"),
        pytest.param("P1 or P2", ORDINAL, 0.0, id="hack-hedge-across-adjacent-levels-gets-no-partial-credit"),
    ],
)
def test_ordinal(response: str, spec: dict[str, Any], value: float) -> None:
    score = grade(response, "P1", **spec)
    assert score.value == pytest.approx(value) and metrics(score)["ordinal"] == pytest.approx(value)


TAGS = {"mode": "multi", "labels": ["billing", "bug", "account", "feature request"]}


@pytest.mark.parametrize(
    ("response", "spec", "value"),
    [
        pytest.param("bug, billing", TAGS, 1.0, id="order-free"),
        pytest.param("billing", TAGS, 2 / 3, id="half-recall"),
        pytest.param("billing, bug, account, feature request", TAGS, 2 / 3, id="hack-stuffing-costs-precision"),
        pytest.param(
            "billing, bug, account, feature request",
            {**TAGS, "multi_metric": "jaccard"},
            0.5,
            id="hack-stuffing-jaccard",
        ),
        pytest.param("billing and refund", TAGS, 0.5, id="unknown-label-is-a-false-positive"),
        pytest.param("feature request", TAGS, 0.0, id="label-with-space-is-one-label"),
    ],
)
def test_multi(response: str, spec: dict[str, Any], value: float) -> None:
    assert grade(response, ["billing", "bug"], **spec).value == pytest.approx(value)


def test_separator_inside_a_declared_label_is_not_split() -> None:
    spec = {"mode": "multi", "labels": ["bug/regression", "billing"]}
    assert grade("bug/regression, billing", ["bug/regression", "billing"], **spec).value == 1.0


@pytest.mark.parametrize(
    ("reference", "spec", "error", "mentions"),
    [
        pytest.param(None, PRIORITY, SkipSample, "no reference", id="no-reference-skips"),
        pytest.param("P9", PRIORITY, SampleError, "'P9' is not one of the declared labels", id="undeclared-reference"),
        pytest.param(["P1", "P2"], PRIORITY, SampleError, "expected one label string", id="list-for-single"),
        pytest.param({"priority": "P1"}, PRIORITY, SampleError, "without the label field", id="object-without-label"),
        pytest.param(["P1", 2], {"mode": "multi"}, SampleError, r"reference\[1\]", id="non-string-in-multi"),
    ],
)
def test_bad_references(reference: Any, spec: dict[str, Any], error: type[Exception], mentions: str) -> None:
    with pytest.raises(error, match=mentions):
        grade("P1", reference, **spec)


def test_reference_object_field() -> None:
    assert grade("P1", {"priority": "P1"}, reference_field="priority", **PRIORITY).value == 1.0
    assert grade("P1", {"label": "P1"}).value == 1.0


@pytest.mark.parametrize(
    ("spec", "mentions"),
    [
        pytest.param({"mode": "ordinal"}, "spec.labels", id="ordinal-without-scale"),
        pytest.param({"labels": ["P1"], "synonyms": {"urgent": "P0"}}, "spec.synonyms.urgent", id="synonym-to-nothing"),
        pytest.param({"labels": ["Bug", "bug"]}, "spec.labels", id="labels-equal-once-normalised"),
        pytest.param({"from": "line", "tag": "x"}, "spec.tag", id="option-for-another-source"),
        pytest.param({"max_distance": 2}, "spec.max_distance", id="max-distance-outside-ordinal"),
        pytest.param({"mode": "ranked"}, "spec.mode", id="unknown-mode"),
    ],
)
def test_invalid_specs(spec: dict[str, Any], mentions: str) -> None:
    with pytest.raises(SpecError, match=mentions):
        build_grader({"type": "label", **spec})
