"""The fields grader: per-match comparisons, field-level P/R/F1, the gate and the hacks.

Every row says why it holds; graders are built through ``build_grader``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from fields_grader.compare import FieldRule, credit
from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Message, Sample, Score, Status

REFERENCE = {"name": "Ada Lovelace", "age": 36, "born": "1815-12-10", "tags": ["math", "poetry"], "spouse": None}


def grade(response: str, reference: Any = REFERENCE, **spec: Any) -> Score:
    sample = Sample(
        id="s", messages=(Message("user", "q"), Message("assistant", response)), response=response, reference=reference
    )
    return build_grader({"type": "fields", **spec}).grade(sample, GradeContext.within(5))


def metrics(score: Score) -> dict[str, float]:
    return {m.name: m.value for m in score.metrics}


CREDIT_CASES = [
    pytest.param("ACME  gmbh", "Acme GmbH", {}, 1.0, id="text-case-and-space-folded"),
    pytest.param("Acme", "Acme GmbH", {}, 0.0, id="text-prefix-is-not-equal"),
    pytest.param(12345, "12345", {}, 0.0, id="text-wants-a-string"),
    pytest.param("1,234.50", 1234.5, {}, 1.0, id="number-from-string-with-thousands"),
    pytest.param("$12", 12, {}, 1.0, id="number-currency-symbol"),
    pytest.param("EUR 1.234,50", 1234.5, {}, 0.0, id="number-with-letters-is-no-number"),
    pytest.param("1.234,50 €", 1234.5, {}, 1.0, id="number-european-separators"),
    pytest.param("12,5", 12.5, {}, 1.0, id="number-decimal-comma"),
    pytest.param("1,234", 1234, {}, 1.0, id="number-comma-thousands-not-a-decimal-comma"),
    pytest.param(1234.49, 1234.5, {"match": "number", "tolerance": 0.01}, 1.0, id="number-within-tolerance"),
    pytest.param(1234.4, 1234.5, {"match": "number", "tolerance": 0.01}, 0.0, id="number-outside-tolerance"),
    pytest.param(101, 100, {"match": "number", "rel_tolerance": 0.02}, 1.0, id="number-relative-tolerance"),
    pytest.param("NaN", 1.0, {}, 0.0, id="nan-is-no-number"),
    pytest.param(True, 1, {}, 0.0, id="true-is-not-1"),
    pytest.param("March 4, 2026", "2026-03-04", {"match": "date"}, 1.0, id="date-long-form"),
    pytest.param("2026-03-04T09:00:00", "2026-03-04", {"match": "date"}, 1.0, id="date-from-datetime"),
    pytest.param("04/03/2026", "2026-03-04", {"match": "date"}, 0.0, id="ambiguous-numeric-date-needs-a-format"),
    pytest.param("04/03/2026", "2026-03-04", {"match": "date", "formats": ["%d/%m/%Y"]}, 1.0, id="date-day-first"),
    pytest.param("04/03/2026", "2026-03-04", {"match": "date", "formats": ["%m/%d/%Y"]}, 0.0, id="date-month-first"),
    pytest.param(["b", "a"], ["a", "b"], {}, 1.0, id="set-order-free"),
    pytest.param(["a"], ["a", "b"], {}, 2 / 3, id="set-half-recall"),
    pytest.param(["a", "a", "a"], ["a", "b"], {}, 0.4, id="hack-set-repeats-match-once"),
    pytest.param(["b", "a"], ["a", "b"], {"match": "sequence"}, 0.0, id="sequence-order-matters"),
    pytest.param(["a", "b", "c"], ["a", "b"], {"match": "sequence"}, 2 / 3, id="sequence-extra-element"),
    pytest.param({"x": 1, "y": 2}, {"x": 1, "y": 3}, {}, 0.5, id="object-half-right"),
    pytest.param("a", ["a"], {}, 0.0, id="set-wants-a-list"),
]


@pytest.mark.parametrize(("got", "want", "rule", "value"), CREDIT_CASES)
def test_credit(got: Any, want: Any, rule: dict[str, Any], value: float) -> None:
    grader = build_grader({"type": "fields", "fields": {"f": rule}})
    assert credit(got, want, grader.rules["f"]) == pytest.approx(value)


def answer(**changes: Any) -> str:
    return json.dumps({**{k: v for k, v in REFERENCE.items() if k not in changes}, **changes})


SCORE_CASES = [
    pytest.param(answer(), 1.0, id="all-right"),
    pytest.param(answer(age=37), 0.8, id="one-of-five-wrong"),
    pytest.param(
        json.dumps({k: v for k, v in REFERENCE.items() if k != "spouse"}),
        1.0,
        id="null-reference-field-may-be-left-out",
    ),
    pytest.param(answer(spouse="William King"), 0.8, id="hack-value-for-a-null-field-is-a-hallucination"),
    pytest.param(answer(died="1852-11-27", title="Countess"), 5 / 6, id="hack-extra-fields-cost-precision"),
    # name right and the null spouse rightly absent: precision 2/2, recall 2/5, F1 4/7
    pytest.param(json.dumps({"name": "Ada Lovelace"}), 4 / 7, id="missing-fields-cost-recall"),
    pytest.param("Sure! Here it is:\n```json\n" + answer() + "\n```", 1.0, id="fenced-json-with-prose"),
    pytest.param("Result: " + answer() + " (done)", 1.0, id="object-embedded-in-prose"),
    pytest.param("{'name': 'Ada Lovelace'}", 0.0, id="python-dict-is-invalid-json"),
    pytest.param("[1, 2]", 0.0, id="json-not-an-object"),
]


@pytest.mark.parametrize(("response", "value"), SCORE_CASES)
def test_scores(response: str, value: float) -> None:
    score = grade(response)
    assert score.status is Status.OK and score.value == pytest.approx(value)


def test_extra_fields_ignored_when_asked() -> None:
    assert grade(answer(died="1852"), extra_fields="ignore").value == 1.0


def test_per_field_metrics_and_counts() -> None:
    m = metrics(grade(json.dumps({"name": "Ada Lovelace", "age": 37, "nick": "Ada"})))
    assert m["field.name"] == 1.0 and m["field.age"] == 0.0 and m["field.tags"] == 0.0
    assert m["missing_fields"] == 2 and m["extra_fields"] == 1 and m["fields_expected"] == 5


@pytest.mark.parametrize(
    ("response", "flag", "value"),
    [
        pytest.param("no json here", "invalid_json", 1.0, id="no-json"),
        pytest.param('"just a string"', "invalid_json", 1.0, id="json-string"),
        pytest.param(json.dumps({"age": 36}), "schema_valid", 0.0, id="schema-gate-fails-without-name"),
        pytest.param(answer(), "schema_valid", 1.0, id="schema-gate-passes"),
    ],
)
def test_invalid_json_and_schema_gate(response: str, flag: str, value: float) -> None:
    score = grade(response, schema={"type": "object", "required": ["name"]})
    assert metrics(score)[flag] == value
    assert (score.value == 0.0) == (flag == "invalid_json" or value == 0.0)


def test_in_tag() -> None:
    assert grade("<answer>" + answer() + "</answer>", in_tag="answer").value == 1.0
    assert metrics(grade(answer(), in_tag="answer"))["invalid_json"] == 1.0  # the tag is required


@pytest.mark.parametrize(
    ("reference", "spec", "error", "mentions"),
    [
        pytest.param(None, {}, SkipSample, "no reference", id="none-skips"),
        pytest.param(["a"], {}, SampleError, "reference: expected a JSON object, got list", id="list"),
        pytest.param("not json", {}, SampleError, "reference: a string that is not JSON", id="bad-string"),
        pytest.param({"x": 1}, {"reference_field": "gold"}, SampleError, "reference.gold: missing", id="no-field"),
    ],
)
def test_bad_references(reference: Any, spec: dict[str, Any], error: type[Exception], mentions: str) -> None:
    with pytest.raises(error, match=mentions):
        grade(answer(), reference, **spec)


def test_reference_as_json_string_and_field() -> None:
    assert grade(answer(), json.dumps(REFERENCE)).value == 1.0
    assert grade(answer(), {"gold": REFERENCE}, reference_field="gold").value == 1.0


@pytest.mark.parametrize(
    ("spec", "mentions"),
    [
        pytest.param(
            {"fields": {"d": {"match": "date", "tolerance": 1}}}, "spec.fields.d.tolerance", id="wrong-option"
        ),
        pytest.param(
            {"fields": {"l": {"match": "set", "items": {"match": "text", "formats": ["%Y"]}}}},
            "spec.fields.l.items.formats",
            id="nested-wrong-option",
        ),
        pytest.param({"schema": {"type": "nope"}}, "spec.schema", id="invalid-schema"),
        pytest.param({"fields": {"x": {"match": "fuzzy"}}}, "match", id="unknown-match"),
    ],
)
def test_invalid_specs(spec: dict[str, Any], mentions: str) -> None:
    with pytest.raises(SpecError, match=mentions):
        build_grader({"type": "fields", **spec})


def test_rule_defaults_infer_from_reference_type() -> None:
    assert credit("x", "X", FieldRule()) == 1.0 and credit("x", ["x"], FieldRule()) == 0.0
