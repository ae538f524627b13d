"""Specs: load, validate (errors carry the path), allowed types, weighted composition, cache.

A tiny ``fixed`` grader type is registered for these tests so that weighted combinations
can be checked with exact numbers; the real ``format`` type covers the schema paths.
"""

from __future__ import annotations

import json
import sys
import types
from collections import OrderedDict
from typing import Any

import pytest

from grader_core import registry
from grader_core import spec as spec_module
from grader_core.compose import Part, WeightedGrader
from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.runner import grade_batch
from grader_core.spec import build_grader, load_spec, validate_spec
from grader_core.types import Message, Metric, Sample, Score, Status

FORMAT_JSON = {"type": "format", "checks": [{"check": "json"}]}


class FixedGrader:
    """Returns what its spec says: a value, a failure status, or a raised failure."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.concurrency = spec.get("concurrency", 1)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        outcome = self.spec.get("outcome", "ok")
        metrics = [Metric(name, value) for name, value in self.spec.get("metrics", {}).items()]
        if outcome == "error":
            return Score.error("fixed error")
        if outcome == "skipped":
            return Score.skipped("fixed skip")
        if outcome == "raise_error":
            raise SampleError("raised error")
        if outcome == "raise_skip":
            raise SkipSample("raised skip")
        return Score.ok(self.spec.get("value", 1.0), metrics)


def _fixed_module() -> types.ModuleType:
    module = types.ModuleType("test_core_spec_fixed_grader")
    module.SPEC_SCHEMA = {
        "type": "object",
        "properties": {
            "type": {"const": "fixed"},
            "value": {"type": "number"},
            "outcome": {"enum": ["ok", "error", "skipped", "raise_error", "raise_skip"]},
            "metrics": {"type": "object", "additionalProperties": {"type": "number"}},
            "concurrency": {"type": "integer", "minimum": 1},
        },
        "required": ["type"],
        "additionalProperties": False,
    }
    module.build = FixedGrader
    return module


@pytest.fixture(autouse=True)
def fixed_type(monkeypatch):
    module = _fixed_module()
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(registry.GRADER_MODULES, "fixed", module.__name__)
    # A fresh cache per test: cached graders of the test-only type must not leak.
    monkeypatch.setattr(spec_module, "_cache", OrderedDict())


def fixed(value: float = 1.0, **options: Any) -> dict[str, Any]:
    return {"type": "fixed", "value": value, **options}


def weighted(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"type": "weighted", "parts": list(parts)}


def part(name: str, grader: Any, **options: Any) -> dict[str, Any]:
    return {"name": name, "grader": grader, **options}


def sample(response: str = "{}") -> Sample:
    return Sample(id="s", messages=(Message("assistant", response),), response=response)


def grade(spec: Any, response: str = "{}") -> Score:
    return build_grader(spec).grade(sample(response), GradeContext.within(5))


# --- load_spec -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(FORMAT_JSON, FORMAT_JSON, id="object-as-is"),
        pytest.param(json.dumps(FORMAT_JSON), FORMAT_JSON, id="json-string-decoded"),
        pytest.param("  " + json.dumps(FORMAT_JSON) + "\n", FORMAT_JSON, id="json-string-with-whitespace"),
        pytest.param("format", {"type": "format"}, id="bare-type-name"),
        pytest.param(" weighted ", {"type": "weighted"}, id="bare-type-name-stripped"),
        pytest.param({"type": "nope"}, {"type": "nope"}, id="unknown-type-loads-validation-refuses-later"),
    ],
)
def test_load_spec_forms(raw, expected):
    assert load_spec(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param('{"type": "format",', "spec: not valid JSON", id="truncated-json-string"),
        pytest.param("", "spec: expected an object or a grader type name, got str", id="empty-string"),
        pytest.param(["format"], "got list", id="list-is-not-a-spec"),
        pytest.param(3, "got int", id="number-is-not-a-spec"),
        pytest.param(None, "got NoneType", id="null-is-not-a-spec"),
        pytest.param({"checks": []}, "spec.type: missing", id="object-without-type"),
        pytest.param({"type": 3}, "spec.type: missing", id="type-not-a-string"),
    ],
)
def test_load_spec_errors(raw, message):
    with pytest.raises(SpecError, match=message):
        load_spec(raw)


# --- validation errors name the path inside the spec ----------------------------------------

VALIDATION_ERRORS = [
    pytest.param({"type": "vibes"}, "spec.type: unknown grader type 'vibes' (known: ", id="unknown-type-lists-known"),
    pytest.param({"type": "format"}, "spec: 'checks' is a required property", id="missing-required-at-root"),
    pytest.param(
        {"type": "format", "checks": [{"check": "json"}, {"check": "regex", "pattern": 5}]},
        "spec.checks[1].pattern: 5 is not of type 'string'",
        id="wrong-type-names-index-and-option",
    ),
    pytest.param(
        {"type": "format", "checks": [{"check": "json"}, {"check": "regex"}]},
        "spec.checks[1]: 'pattern' is a required property",
        id="missing-option-names-the-check",
    ),
    pytest.param(
        {"type": "format", "checks": [{"check": "regexp", "pattern": "x"}]},
        "spec.checks[0].check: 'regexp' is not one of",
        id="unknown-check-kind",
    ),
    pytest.param(
        {"type": "format", "checks": [{"check": "json", "patern": "x"}]},
        "spec.checks[0]: Additional properties are not allowed ('patern' was unexpected)",
        id="typo-in-option-name-is-refused-not-ignored",
    ),
    pytest.param(
        {"type": "format", "checks": [{"check": "length", "unit": "words", "max": -1}]},
        "spec.checks[0].max: -1 is less than the minimum of 0",
        id="negative-length-bound",
    ),
    pytest.param({"type": "format", "checks": []}, "spec.checks: [] should be non-empty", id="no-checks"),
    pytest.param({**FORMAT_JSON, "extra": 1}, "spec: Additional properties", id="unknown-top-level-key"),
    pytest.param(
        weighted(part("a", FORMAT_JSON, weight=0)),
        "spec.parts[0].weight: 0 is less than or equal to the minimum of 0",
        id="zero-weight-refused",
    ),
    pytest.param(
        weighted(part("a b", FORMAT_JSON)), "spec.parts[0].name: 'a b' does not match", id="part-name-charset"
    ),
    pytest.param(
        weighted(part("a", {"type": "format", "checks": [{"check": "json"}, {"check": "regex", "pattern": 5}]})),
        "spec.parts[0].grader.checks[1].pattern: 5 is not of type 'string'",
        id="nested-validation-error-carries-the-full-path",
    ),
    pytest.param(
        weighted(part("a", fixed()), part("b", {"type": "vibes"})),
        "spec.parts[1].grader.type: unknown grader type 'vibes'",
        id="nested-unknown-type",
    ),
    pytest.param(
        weighted(part("a", weighted(part("b", {"type": "fixed", "value": "high"})))),
        "spec.parts[0].grader.parts[0].grader.value: 'high' is not of type 'number'",
        id="doubly-nested-path",
    ),
    pytest.param(weighted(part("a", "nope")), "spec.parts[0].grader.type: unknown", id="nested-bare-name"),
]


@pytest.mark.parametrize(("spec", "message"), VALIDATION_ERRORS)
def test_validation_errors_carry_paths(spec, message):
    with pytest.raises(SpecError) as excinfo:
        validate_spec(spec)
    assert str(excinfo.value).startswith(message)
    with pytest.raises(SpecError):  # build_grader validates first, and never caches a failure
        build_grader(spec)
    assert len(spec_module._cache) == 0


BUILD_ERRORS = [
    pytest.param(
        weighted(part("a", fixed()), part("a", fixed(0.5))),
        "spec.parts: part names must be unique",
        id="duplicate-part-names-would-collide-as-metrics",
    ),
    pytest.param(
        weighted(part("a", fixed(), gate={"part": "a"})),
        "spec.parts[0].gate.part: 'a' is not another part's name",
        id="gate-naming-itself",
    ),
    pytest.param(
        weighted(part("a", fixed()), part("b", fixed(), gate={"part": "correctness"})),
        "spec.parts[1].gate.part: 'correctness' is not another part's name",
        id="gate-naming-unknown-part",
    ),
    pytest.param(
        {"type": "format", "checks": [{"check": "json"}, {"check": "regex", "pattern": "("}]},
        "spec.checks[1]: pattern: invalid regular expression",
        id="build-time-error-names-the-check",
    ),
    pytest.param(
        weighted(part("ok", fixed()), part("fmt", {"type": "format", "checks": [{"check": "regex", "pattern": "("}]})),
        "spec.parts[1].grader.checks[0]: pattern: invalid regular expression",
        id="nested-build-error-carries-the-part-path",
    ),
]


@pytest.mark.parametrize(("spec", "message"), BUILD_ERRORS)
def test_build_errors(spec, message):
    with pytest.raises(SpecError) as excinfo:
        build_grader(spec)
    assert str(excinfo.value).startswith(message)


# --- allowed types ------------------------------------------------------------------------

FORMAT_FUNCTION = frozenset({"format", "weighted"})

ALLOWED_CASES = [
    pytest.param(FORMAT_JSON, FORMAT_FUNCTION, None, id="own-type-accepted"),
    pytest.param(weighted(part("f", FORMAT_JSON)), FORMAT_FUNCTION, None, id="weighted-of-own-type-accepted"),
    pytest.param(
        fixed(),
        FORMAT_FUNCTION,
        "spec.type: this function grades format, weighted specs, not 'fixed'",
        id="other-registered-type-refused",
    ),
    pytest.param(
        {"type": "vibes"},
        FORMAT_FUNCTION,
        "spec.type: this function grades format, weighted specs, not 'vibes'",
        id="allowed-check-comes-before-unknown-type",
    ),
    pytest.param(
        weighted(part("f", FORMAT_JSON), part("x", fixed())),
        FORMAT_FUNCTION,
        "spec.parts[1].grader.type: this function grades format, weighted specs, not 'fixed'",
        id="refused-recursively-inside-weighted",
    ),
    pytest.param(
        weighted(part("outer", weighted(part("x", fixed())))),
        FORMAT_FUNCTION,
        "spec.parts[0].grader.parts[0].grader.type: this function grades",
        id="refused-two-levels-down",
    ),
    pytest.param(
        weighted(part("x", fixed())), frozenset({"fixed"}), "spec.type:", id="weighted-itself-must-be-allowed"
    ),
    pytest.param(fixed(), None, None, id="router-allows-everything"),
    pytest.param(FORMAT_JSON, frozenset(), "spec.type: this function grades  specs", id="empty-set-allows-nothing"),
]


@pytest.mark.parametrize(("spec", "allowed", "message"), ALLOWED_CASES)
def test_allowed_types(spec, allowed, message):
    if message is None:
        validate_spec(spec, allowed)
        build_grader(spec, allowed)
        return
    with pytest.raises(SpecError) as excinfo:
        validate_spec(spec, allowed)
    assert str(excinfo.value).startswith(message)


def test_refusal_suggests_the_router():
    with pytest.raises(SpecError, match="RouterGraderFunction"):
        validate_spec(fixed(), FORMAT_FUNCTION)


# --- weighted composition ------------------------------------------------------------------

WEIGHTED_CASES = [
    pytest.param(
        weighted(part("a", fixed(1.0)), part("b", fixed(0.0))),
        0.5,
        [Metric.reward("a", 1.0), Metric.reward("b", 0.0)],
        id="default-weights-are-equal",
    ),
    pytest.param(
        weighted(part("c", fixed(1.0), weight=0.8), part("f", fixed(0.5), weight=0.2)),
        0.9,
        [Metric.reward("c", 1.0), Metric.reward("f", 0.5)],
        id="weights-normalised-by-their-sum",
    ),
    pytest.param(
        weighted(part("c", fixed(1.0), weight=3), part("f", fixed(0.0), weight=1)),
        0.75,
        [Metric.reward("c", 1.0), Metric.reward("f", 0.0)],
        id="weights-need-not-sum-to-one",
    ),
    pytest.param(
        weighted(part("c", fixed(0.0)), part("f", fixed(1.0), gate={"part": "c"})),
        0.0,
        [Metric.reward("c", 0.0), Metric.reward("f", 0.0)],
        id="gate-closed-format-alone-never-pays",
    ),
    pytest.param(
        weighted(part("c", fixed(1.0)), part("f", fixed(1.0), gate={"part": "c"})),
        1.0,
        [Metric.reward("c", 1.0), Metric.reward("f", 1.0)],
        id="gate-open-at-default-min-one",
    ),
    pytest.param(
        weighted(part("c", fixed(0.99)), part("f", fixed(1.0), gate={"part": "c"})),
        0.495,
        [Metric.reward("c", 0.99), Metric.reward("f", 0.0)],
        id="default-gate-min-is-one-so-almost-correct-is-closed",
    ),
    pytest.param(
        weighted(part("c", fixed(0.5)), part("f", fixed(1.0), gate={"part": "c", "min": 0.5})),
        0.75,
        [Metric.reward("c", 0.5), Metric.reward("f", 1.0)],
        id="gate-min-is-inclusive",
    ),
    pytest.param(
        weighted(part("f", fixed(1.0), gate={"part": "c", "min": 0.6}), part("c", fixed(0.5))),
        0.25,
        [Metric.reward("f", 0.0), Metric.reward("c", 0.5)],
        id="gate-may-name-a-later-part",
    ),
    pytest.param(
        weighted(part("a", fixed(0.5, metrics={"latency": 3.0})), part("b", fixed(1.0, metrics={"n": 2.0}))),
        0.75,
        [Metric.reward("a", 0.5), Metric.reward("b", 1.0), Metric("a.latency", 3.0), Metric("b.n", 2.0)],
        id="part-metrics-follow-prefixed-by-part-name",
    ),
    pytest.param(
        weighted(part("outer", weighted(part("inner", fixed(0.5, metrics={"m": 1.0})))), part("x", fixed(1.0))),
        0.75,
        [
            Metric.reward("outer", 0.5),
            Metric.reward("x", 1.0),
            Metric.reward("outer.inner", 0.5),
            Metric("outer.inner.m", 1.0),
        ],
        id="nested-weighted-prefixes-compose",
    ),
    pytest.param(
        weighted(part("fmt", FORMAT_JSON), part("c", fixed(0.0))),
        0.5,
        [Metric.reward("fmt", 1.0), Metric.reward("c", 0.0), Metric.reward("fmt.json", 1.0)],
        id="real-format-part-metrics-prefixed",
    ),
]


@pytest.mark.parametrize(("spec", "value", "metrics"), WEIGHTED_CASES)
def test_weighted_composition(spec, value, metrics):
    score = grade(spec)
    assert score.status is Status.OK
    assert score.value == pytest.approx(value)
    assert list(score.metrics) == metrics


PART_FAILURES = [
    pytest.param("error", Status.ERROR, "bad: fixed error", id="error-score-gets-part-name"),
    pytest.param("skipped", Status.SKIPPED, "bad: fixed skip", id="skipped-score-stays-skipped-with-part-name"),
    pytest.param("raise_error", Status.ERROR, "bad: raised error", id="raised-error-becomes-error-score"),
    pytest.param("raise_skip", Status.SKIPPED, "bad: raised skip", id="raised-skip-stays-a-skip"),
]


@pytest.mark.parametrize(("outcome", "status", "reason"), PART_FAILURES)
def test_part_failure_is_the_sample_score_with_part_name(outcome, status, reason):
    # The weighted grader returns the part's failure as its own score: no exception for
    # the runner to turn back into one, and an error is never demoted to a skip.
    score = grade(weighted(part("good", fixed(1.0)), part("bad", fixed(outcome=outcome))))
    assert (score.status, score.reason, score.value) == (status, reason, None)


def test_weighted_spec_is_validated_once(monkeypatch):
    # The parent's validation covers its parts (nested_specs): building them must not
    # validate each part a second time.
    checked: list[str] = []
    real = spec_module._validate_module

    def counting(module, spec):
        checked.append(spec["type"])
        real(module, spec)

    monkeypatch.setattr(spec_module, "_validate_module", counting)
    build_grader(weighted(part("a", fixed(1.0)), part("b", fixed(0.5))))
    assert sorted(checked) == ["fixed", "fixed", "weighted"]


@pytest.mark.parametrize(
    ("outcome", "status", "reason"),
    [
        pytest.param("error", Status.ERROR, "bad: fixed error", id="one-failing-part-errors-the-sample"),
        pytest.param("skipped", Status.SKIPPED, "bad: fixed skip", id="one-skipped-part-skips-the-sample"),
    ],
)
def test_part_failure_through_the_runner(outcome, status, reason):
    grader = build_grader(weighted(part("good", fixed(1.0)), part("bad", fixed(outcome=outcome))))
    [outcome_] = grade_batch([sample()], lambda s: grader)
    assert (outcome_.status, outcome_.score.reason) == (status, reason)


@pytest.mark.parametrize(
    ("caps", "expected"),
    [
        pytest.param([4, 8], 4, id="all-threaded-takes-the-smallest-cap"),
        pytest.param([4, 1], 1, id="any-main-thread-part-makes-it-main-thread"),
        pytest.param([1, 1], 1, id="all-main-thread"),
    ],
)
def test_weighted_concurrency(caps, expected):
    spec = weighted(*(part(f"p{i}", fixed(concurrency=c)) for i, c in enumerate(caps)))
    assert build_grader(spec).concurrency == expected


def test_weighted_grader_direct_parts():
    grader = WeightedGrader([Part("a", 1.0, FixedGrader({"value": 0.2})), Part("b", 3.0, FixedGrader({"value": 1}))])
    assert grader.grade(sample(), GradeContext.within(5)).value == pytest.approx(0.8)


# --- cache ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(fixed(0.5), fixed(0.5), id="equal-objects"),
        pytest.param(fixed(0.5), json.dumps(fixed(0.5)), id="json-string-and-object"),
        pytest.param("fixed", {"type": "fixed"}, id="bare-name-and-object"),
    ],
)
def test_cache_returns_same_instance_for_equal_specs(first, second):
    assert build_grader(first) is build_grader(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param((fixed(0.5), None), (fixed(0.6), None), id="different-specs"),
        pytest.param(
            (fixed(1, metrics={"a": 1}), None), (fixed(1, metrics={"b": 1}), None), id="nested-difference-counts"
        ),
        pytest.param((FORMAT_JSON, None), (FORMAT_JSON, FORMAT_FUNCTION), id="allowed-types-part-of-the-key"),
        # The key is the spec's repr (cheap, exact): another key order is a miss, never a wrong hit.
        pytest.param(
            ({"type": "fixed", "value": 0.5}, None), ({"value": 0.5, "type": "fixed"}, None), id="key-order-misses"
        ),
        pytest.param((fixed(1), None), (fixed(1.0), None), id="int-and-float-kept-apart"),
    ],
)
def test_cache_keeps_different_specs_apart(first, second):
    try:
        a, b = build_grader(*first), build_grader(*second)
    except SpecError:
        pytest.fail("both specs are valid")
    assert a is not b


def test_cache_does_not_bypass_a_stricter_allowed_set():
    # Built once with no restriction, the same spec must still be checked for a function
    # that allows nothing (None and an empty set are different restrictions).
    build_grader(FORMAT_JSON, None)
    with pytest.raises(SpecError, match="this function grades"):
        build_grader(FORMAT_JSON, frozenset())


def test_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(spec_module, "_CACHE_SIZE", 3)
    first = build_grader(fixed(0))
    for i in range(1, 4):
        build_grader(fixed(i))
    assert len(spec_module._cache) == 3
    assert build_grader(fixed(0)) is not first  # the least recently used entry was evicted
