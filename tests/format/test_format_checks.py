"""The format grader: one table per check kind, partial credit, metric names, the handler.

Checks are built through ``build_grader`` (so the JSON Schema and build-time validation
apply exactly as in production) and graded with ``GradeContext.within(5)``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from format_grader.grader import FormatGrader
from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.handler import make_handler
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.text import last_tag_content
from grader_core.types import Message, Metric, Sample, Score, Status

USER = {"role": "user", "content": "Give your answer."}


def sample(response: str, reference: Any = None) -> Sample:
    return Sample(
        id="s", messages=(Message("user", "q"), Message("assistant", response)), response=response, reference=reference
    )


def format_grader(*check_options: dict[str, Any]) -> FormatGrader:
    grader = build_grader({"type": "format", "checks": list(check_options)})
    assert isinstance(grader, FormatGrader)
    return grader


def grade(options: dict[str, Any], response: str, reference: Any = None, seconds: float = 5) -> Score:
    return format_grader(options).grade(sample(response, reference), GradeContext.within(seconds))


def passes(options: dict[str, Any], response: str, reference: Any = None) -> bool:
    score = grade(options, response, reference)
    assert score.status is Status.OK
    assert score.value in (0.0, 1.0)
    [metric] = score.metrics
    assert metric.type == "Reward" and metric.value == score.value  # each check is a 0/1 Reward metric
    return score.value == 1.0


# --- regex --------------------------------------------------------------------------------

REGEX_CASES = [
    pytest.param({"pattern": r"\\boxed\{\d+\}"}, r"so \boxed{4}", True, id="search-anywhere"),
    pytest.param({"pattern": r"\\boxed\{\d+\}"}, "so 4", False, id="no-match-fails"),
    pytest.param({"pattern": "as an ai", "must_match": False}, "Here is x", True, id="must-match-false-absent-passes"),
    pytest.param(
        {"pattern": "as an ai", "must_match": False}, "Speaking as an ai...", False, id="must-match-false-present-fails"
    ),
    pytest.param({"pattern": "as an ai"}, "As An AI", False, id="case-sensitive-by-default"),
    pytest.param({"pattern": "as an ai", "ignore_case": True}, "As An AI", True, id="ignore-case"),
    pytest.param(
        {"pattern": "as an ai", "ignore_case": True, "must_match": False},
        "AS AN AI model",
        False,
        id="ignore-case-with-must-match-false",
    ),
    pytest.param({"pattern": r"\d+", "fullmatch": True}, "42", True, id="fullmatch-whole-text"),
    pytest.param({"pattern": r"\d+", "fullmatch": True}, "42 apples", False, id="fullmatch-refuses-trailing-text"),
    pytest.param({"pattern": r"\d+"}, "42 apples", True, id="search-accepts-partial"),
    pytest.param({"pattern": r"^answer:", "multiline": True}, "think\nanswer: 4", True, id="multiline-anchors-lines"),
    pytest.param({"pattern": r"^answer:"}, "think\nanswer: 4", False, id="anchor-is-text-start-by-default"),
    pytest.param({"pattern": r"a.b", "dotall": True}, "a\nb", True, id="dotall-dot-matches-newline"),
    pytest.param({"pattern": r"a.b"}, "a\nb", False, id="dot-skips-newline-by-default"),
    pytest.param({"pattern": ""}, "", True, id="empty-pattern-matches-empty-text"),
]


@pytest.mark.parametrize(("options", "response", "expected"), REGEX_CASES)
def test_regex(options, response, expected):
    assert passes({"check": "regex", **options}, response) is expected


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param("(", id="unbalanced-paren"),
        pytest.param("[a-", id="unterminated-class"),
        pytest.param("*x", id="nothing-to-repeat"),
    ],
)
def test_invalid_regex_is_a_spec_error(pattern):
    with pytest.raises(SpecError, match=r"spec\.checks\[0\]: pattern: invalid regular expression"):
        format_grader({"check": "regex", "pattern": pattern})


def test_pathological_regex_times_out_as_a_sample_error():
    # A policy that found catastrophic backtracking must not hang the batch.
    grader = format_grader({"check": "regex", "pattern": "(a|aa)+$"})
    with pytest.raises(SampleError, match="ran out of time"):
        grader.grade(sample("a" * 40 + "b"), GradeContext.within(0.05))


# --- tags ---------------------------------------------------------------------------------

THINK_ANSWER = ["think", "answer"]

TAGS_CASES = [
    pytest.param(THINK_ANSWER, True, "<think>x</think><answer>4</answer>", True, id="exact-sequence"),
    pytest.param(THINK_ANSWER, True, "\n <think>x</think>\n\n<answer>4</answer>\n", True, id="white-space-outside-ok"),
    pytest.param(THINK_ANSWER, True, "Sure! <think>x</think><answer>4</answer>", False, id="text-before-fails-exact"),
    pytest.param(THINK_ANSWER, True, "<think>x</think> then <answer>4</answer>", False, id="text-between-fails-exact"),
    pytest.param(THINK_ANSWER, True, "<think>x</think><answer>4</answer> ok?", False, id="text-after-fails-exact"),
    pytest.param(
        THINK_ANSWER, False, "Sure! <think>x</think> so <answer>4</answer>.", True, id="not-exact-allows-text"
    ),
    pytest.param(THINK_ANSWER, True, "<answer>4</answer><think>x</think>", False, id="wrong-order"),
    pytest.param(THINK_ANSWER, False, "<answer>4</answer><think>x</think>", False, id="wrong-order-even-not-exact"),
    pytest.param(THINK_ANSWER, True, "<think>x<answer>4</answer></think>", False, id="answer-nested-in-think"),
    pytest.param(THINK_ANSWER, False, "<think>x<answer>4</answer></think>", False, id="nesting-fails-even-not-exact"),
    pytest.param(THINK_ANSWER, True, "<think>x</think>", False, id="missing-tag"),
    pytest.param(THINK_ANSWER, True, "<think>x</think><answer>4", False, id="unclosed-tag"),
    pytest.param(THINK_ANSWER, True, "<think>x</think></answer>4<answer>", False, id="close-before-open"),
    pytest.param(
        THINK_ANSWER,
        True,
        "<think>a</think><think>b</think><answer>4</answer>",
        False,
        id="tag-twice-is-not-exactly-once",
    ),
    pytest.param(
        THINK_ANSWER, False, "<think>a</think><answer>1</answer><answer>2</answer>", False, id="two-answers-refused"
    ),
    pytest.param(["answer"], True, "<answer_final>4</answer_final>", False, id="prefix-named-tag-is-another-tag"),
    pytest.param(["answer"], True, "<ANSWER>4</ANSWER>", False, id="tag-names-are-case-sensitive"),
    pytest.param(["answer"], True, "<answer></answer>", True, id="empty-content-is-still-the-structure"),
]


@pytest.mark.parametrize(("sequence", "exact", "response", "expected"), TAGS_CASES)
def test_tags(sequence, exact, response, expected):
    assert passes({"check": "tags", "sequence": sequence, "exact": exact}, response) is expected


def test_tags_exact_is_the_default():
    assert not passes({"check": "tags", "sequence": ["a"]}, "x <a>1</a>")


# --- json ---------------------------------------------------------------------------------

JSON_CASES = [
    pytest.param('{"name": "x"}', True, id="object"),
    pytest.param("  [1, 2]\n", True, id="array-with-white-space"),
    pytest.param("42", True, id="bare-number-is-json"),
    pytest.param('"s"', True, id="bare-string-is-json"),
    pytest.param("null", True, id="null-is-json"),
    pytest.param('{"name": "x",}', False, id="trailing-comma"),
    pytest.param("{'name': 'x'}", False, id="single-quotes-are-python-not-json"),
    pytest.param('Here you go: {"a": 1}', False, id="prose-around-unfenced-json"),
    pytest.param('Here you go:\n```json\n{"a": 1}\n```\nDone.', True, id="fenced-block-with-language"),
    pytest.param('```\n{"a": 1}\n```', True, id="fenced-block-without-language"),
    pytest.param('```json\n{"a": 1}\n```\nand\n```json\nnot json\n```', False, id="last-fenced-block-is-the-answer"),
    pytest.param('```json\nnot json\n```\n```json\n{"a": 1}\n```', True, id="earlier-bad-block-ignored"),
    pytest.param('```json {"a": 1}```', False, id="fence-without-newline-is-not-a-block"),
    pytest.param('{"a": NaN}', False, id="nan-is-not-json"),
    pytest.param("Infinity", False, id="infinity-is-not-json"),
    pytest.param('{"a": -Infinity}', False, id="minus-infinity-is-not-json"),
    pytest.param("", False, id="empty-response"),
    pytest.param("[" * 100_000 + "]" * 100_000, False, id="pathologically-deep-json-fails-rather-than-crashing"),
    pytest.param("1" * 5000, False, id="over-long-integer-literal-fails-rather-than-crashing"),
]


@pytest.mark.parametrize(("response", "expected"), JSON_CASES)
def test_json(response, expected):
    assert passes({"check": "json"}, response) is expected


# --- json_schema --------------------------------------------------------------------------

PERSON = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}

JSON_SCHEMA_INLINE_CASES = [
    pytest.param(PERSON, '{"name": "Ada"}', True, id="valid-object"),
    pytest.param(PERSON, '{"nom": "Ada"}', False, id="missing-required"),
    pytest.param(PERSON, '{"name": 7}', False, id="wrong-type"),
    pytest.param(PERSON, "not json", False, id="not-json-fails-schema"),
    pytest.param(PERSON, '```json\n{"name": "Ada"}\n```', True, id="fenced-block-validated"),
    pytest.param(PERSON, '{"name": "Ada", "x": NaN}', False, id="nan-never-validates"),
    pytest.param(True, "[]", True, id="boolean-true-schema-accepts-any-json"),
    pytest.param(True, "nope", False, id="true-schema-still-needs-json"),
    pytest.param(False, "{}", False, id="boolean-false-schema-accepts-nothing"),
]


@pytest.mark.parametrize(("schema", "response", "expected"), JSON_SCHEMA_INLINE_CASES)
def test_json_schema_inline(schema, response, expected):
    assert passes({"check": "json_schema", "schema": schema}, response) is expected


JSON_SCHEMA_REFERENCE_CASES = [
    pytest.param("reference", PERSON, '{"name": "Ada"}', True, id="reference-is-the-schema"),
    pytest.param("reference", PERSON, '{"age": 3}', False, id="reference-schema-refuses"),
    pytest.param("reference.schema", {"schema": PERSON, "note": "x"}, '{"name": "A"}', True, id="field-of-reference"),
    pytest.param("reference.schema", {"schema": PERSON}, "{}", False, id="field-of-reference-refuses"),
    pytest.param("reference", json.dumps(PERSON), '{"name": "A"}', True, id="reference-as-json-string-decoded"),
    pytest.param(
        "reference.schema", json.dumps({"schema": PERSON}), '{"name": "A"}', True, id="json-string-then-field"
    ),
    pytest.param(
        "reference.schema", {"schema": json.dumps(PERSON)}, '{"name": "A"}', True, id="field-holding-a-json-string"
    ),
    pytest.param("reference.spec.schema", {"spec": {"schema": PERSON}}, '{"name": "A"}', True, id="nested-field-path"),
]


@pytest.mark.parametrize(("path", "reference", "response", "expected"), JSON_SCHEMA_REFERENCE_CASES)
def test_json_schema_from_reference(path, reference, response, expected):
    assert passes({"check": "json_schema", "schema_from": path}, response, reference) is expected


JSON_SCHEMA_REFERENCE_FAILURES = [
    pytest.param("reference", None, Status.SKIPPED, "no reference answer", id="missing-reference-is-skipped"),
    pytest.param(
        "reference", {"type": "nonsense"}, Status.ERROR, "JSON Schema at 'reference' is invalid", id="invalid-schema"
    ),
    pytest.param("reference", "just text", Status.ERROR, "is an object, got str", id="reference-not-a-schema"),
    pytest.param("reference", [1, 2], Status.ERROR, "is an object, got list", id="reference-a-list"),
    pytest.param(
        "reference.schema",
        {"other": PERSON},
        Status.ERROR,
        "reference has no field 'reference.schema'",
        id="field-missing-in-reference",
    ),
    pytest.param(
        "reference.schema",
        {"schema": {"required": "name"}},
        Status.ERROR,
        "JSON Schema at 'reference.schema' is invalid",
        id="invalid-schema-in-field",
    ),
    pytest.param(
        "reference.schema", "not json", Status.ERROR, "reference has no field", id="string-reference-has-no-fields"
    ),
]


@pytest.mark.parametrize(("path", "reference", "status", "reason"), JSON_SCHEMA_REFERENCE_FAILURES)
def test_json_schema_reference_failures(path, reference, status, reason):
    # Through the runner's eyes: the sample's own data is unusable (error) or absent (skip).
    grader = format_grader({"check": "json_schema", "schema_from": path})
    expected = SkipSample if status is Status.SKIPPED else SampleError
    with pytest.raises(expected, match=reason) as excinfo:
        grader.grade(sample('{"name": "A"}', reference), GradeContext.within(5))
    if expected is SampleError:
        assert not isinstance(excinfo.value, SkipSample)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param({}, "exactly one of 'schema'", id="neither-inline-nor-reference"),
        pytest.param({"schema": PERSON, "schema_from": "reference"}, "exactly one of", id="both-inline-and-reference"),
        pytest.param({"schema": {"type": "nonsense"}}, "schema: invalid JSON Schema", id="invalid-inline-schema"),
        pytest.param({"schema": {"minLength": -1}}, "schema: invalid JSON Schema", id="invalid-keyword-value"),
    ],
)
def test_json_schema_spec_errors(options, message):
    with pytest.raises(SpecError, match=message):
        format_grader({"check": "json_schema", **options})


@pytest.mark.parametrize(
    "schema_from",
    [
        pytest.param("answer", id="must-start-with-reference"),
        pytest.param("reference.", id="empty-field-name"),
        pytest.param("reference..a", id="empty-middle-field-name"),
    ],
)
def test_json_schema_from_path_is_validated(schema_from):
    with pytest.raises(SpecError, match=r"spec\.checks\[0\]\.schema_from"):
        format_grader({"check": "json_schema", "schema_from": schema_from})


# --- length -------------------------------------------------------------------------------

LENGTH_CASES = [
    pytest.param("chars", {"max": 5}, "hello", True, id="chars-max-inclusive"),
    pytest.param("chars", {"max": 5}, "hello!", False, id="chars-over-max"),
    pytest.param("chars", {"min": 5}, "hell", False, id="chars-under-min"),
    pytest.param("chars", {"min": 5, "max": 5}, "hello", True, id="min-equals-max-is-exact"),
    pytest.param("chars", {"min": 0, "max": 0}, "", True, id="empty-within-zero-bounds"),
    pytest.param("words", {"max": 3}, "one two  three", True, id="words-split-on-runs-of-space"),
    pytest.param("words", {"max": 3}, "one two three four", False, id="words-over-max"),
    pytest.param("words", {"min": 2}, "  one\n\ttwo  ", True, id="words-ignore-surrounding-white-space"),
    pytest.param("words", {"min": 1}, "   ", False, id="white-space-only-is-zero-words"),
    pytest.param("lines", {"max": 2}, "a\nb\n", True, id="trailing-newline-is-not-a-line"),
    pytest.param("lines", {"max": 2}, "a\n\nb", False, id="blank-lines-count"),
    pytest.param("lines", {"min": 1}, "", False, id="empty-text-has-no-lines"),
    pytest.param("lines", {"min": 2}, "a\r\nb", True, id="crlf-line-endings"),
]


@pytest.mark.parametrize(("unit", "bounds", "response", "expected"), LENGTH_CASES)
def test_length(unit, bounds, response, expected):
    assert passes({"check": "length", "unit": unit, **bounds}, response) is expected


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param({"unit": "chars"}, "give 'min', 'max' or both", id="no-bounds-would-always-pass"),
        pytest.param({"unit": "words", "min": 5, "max": 4}, r"max \(4\) is below min \(5\)", id="inverted-bounds"),
        pytest.param({"unit": "tokens", "max": 4}, r"spec\.checks\[0\]\.unit", id="unknown-unit"),
        pytest.param({"max": 4}, "'unit' is a required property", id="unit-required"),
        pytest.param({"unit": "chars", "max": 2.5}, r"spec\.checks\[0\]\.max: 2\.5 is not of type", id="float-bound"),
    ],
)
def test_length_spec_errors(options, message):
    with pytest.raises(SpecError, match=message):
        format_grader({"check": "length", **options})


# --- contains_all / contains_none -----------------------------------------------------------

CONTAINS_CASES = [
    pytest.param("contains_all", ["alpha", "beta"], False, "alpha and beta", True, id="all-present"),
    pytest.param("contains_all", ["alpha", "beta"], False, "alpha only", False, id="all-one-missing"),
    pytest.param("contains_all", ["Alpha"], False, "alpha", False, id="all-case-sensitive-by-default"),
    pytest.param("contains_all", ["Alpha"], True, "ALPHA", True, id="all-ignore-case"),
    pytest.param("contains_all", ["straße"], True, "STRASSE", True, id="ignore-case-uses-casefold"),
    pytest.param("contains_all", ["cat"], False, "concatenate", True, id="substring-not-word-match"),
    pytest.param("contains_none", ["sorry", "as an ai"], False, "Here it is", True, id="none-present"),
    pytest.param("contains_none", ["sorry", "as an ai"], False, "sorry, no", False, id="none-one-present-fails"),
    pytest.param("contains_none", ["Sorry"], False, "sorry", True, id="none-case-sensitive-by-default"),
    pytest.param("contains_none", ["Sorry"], True, "SORRY", False, id="none-ignore-case"),
]


@pytest.mark.parametrize(("kind", "phrases", "ignore_case", "response", "expected"), CONTAINS_CASES)
def test_contains(kind, phrases, ignore_case, response, expected):
    assert passes({"check": kind, "phrases": phrases, "ignore_case": ignore_case}, response) is expected


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"phrases": []}, id="no-phrases-would-always-pass"),
        pytest.param({"phrases": [""]}, id="empty-phrase-is-in-every-text"),
        pytest.param({"phrases": "alpha"}, id="string-instead-of-list"),
    ],
)
@pytest.mark.parametrize("kind", ["contains_all", "contains_none"])
def test_contains_spec_errors(kind, options):
    with pytest.raises(SpecError, match=r"spec\.checks\[0\]\.phrases"):
        format_grader({"check": kind, **options})


# --- reference comparisons ----------------------------------------------------------------

REFERENCE_CASES = [
    pytest.param("equals", {}, "42", "42", True, id="equals"),
    pytest.param("equals", {}, " 42\n", "42", True, id="strip-is-the-default"),
    pytest.param("equals", {"strip": False}, " 42\n", "42", False, id="strip-off-keeps-white-space"),
    pytest.param("equals", {}, "Paris", "paris", False, id="equals-is-case-sensitive"),
    pytest.param("iequals", {}, "PARIS ", "paris", True, id="iequals-ignores-case"),
    pytest.param("iequals", {}, "Paris, France", "paris", False, id="iequals-is-still-equality"),
    pytest.param("not_equals", {}, "a new answer", "the old answer", True, id="not-equals-different"),
    pytest.param("not_equals", {}, " the old answer ", "the old answer", False, id="not-equals-same-after-strip"),
    pytest.param("not_equals", {}, "The Old Answer", "the old answer", True, id="not-equals-is-case-sensitive"),
    pytest.param("contains", {}, "the capital is Paris.", "Paris", True, id="contains"),
    pytest.param("contains", {}, "the capital is paris.", "Paris", False, id="contains-case-sensitive"),
    pytest.param("icontains", {}, "THE CAPITAL IS PARIS.", "paris", True, id="icontains"),
    pytest.param("equals", {}, "42", 42, True, id="number-reference-compared-as-json-text"),
    pytest.param("equals", {"field": "answer"}, "4", {"answer": "4", "work": "2x=8"}, True, id="field"),
    pytest.param("equals", {"field": "answer"}, "4", json.dumps({"answer": "4"}), True, id="field-of-json-string"),
    pytest.param("equals", {"field": "n"}, "4", {"n": 4}, True, id="numeric-field-as-json-text"),
    pytest.param("equals", {"field": "tags"}, '["a", "b"]', {"tags": ["a", "b"]}, True, id="list-field-as-json-text"),
]


@pytest.mark.parametrize(("mode", "options", "response", "reference", "expected"), REFERENCE_CASES)
def test_reference_modes(mode, options, response, reference, expected):
    assert passes({"check": "reference", "mode": mode, **options}, response, reference) is expected


@pytest.mark.parametrize(
    ("options", "reference", "reason"),
    [
        pytest.param({"mode": "equals"}, None, "no reference answer to compare with", id="no-reference"),
        pytest.param(
            {"mode": "equals", "field": "answer"}, {"other": 1}, "has no field 'answer'", id="field-missing-no-signal"
        ),
        pytest.param({"mode": "equals", "field": "answer"}, "42", "has no field 'answer'", id="field-of-plain-string"),
    ],
)
def test_reference_without_signal_is_skipped(options, reference, reason):
    grader = format_grader({"check": "reference", **options})
    with pytest.raises(SkipSample, match=reason):
        grader.grade(sample("42", reference), GradeContext.within(5))


def test_reference_mode_is_validated():
    with pytest.raises(SpecError, match=r"spec\.checks\[0\]\.mode"):
        format_grader({"check": "reference", "mode": "startswith"})


# --- in_tag -------------------------------------------------------------------------------

IN_TAG_CASES = [
    pytest.param({"check": "json"}, '<think>{"x": bad}</think><answer>{"a": 1}</answer>', True, id="json-in-answer"),
    pytest.param({"check": "json"}, '<answer>{"a": 1}</answer> trailing prose', True, id="text-outside-tag-ignored"),
    pytest.param({"check": "json"}, '{"a": 1}', False, id="missing-tag-fails"),
    pytest.param({"check": "json"}, "<answer>[1]</answer><answer>nope</answer>", False, id="last-tag-is-checked"),
    pytest.param({"check": "json"}, "<answer>nope</answer><answer>[1]</answer>", True, id="earlier-tag-ignored"),
    pytest.param({"check": "length", "unit": "words", "max": 2}, "<answer>x = 4</answer>", False, id="length-inside"),
    pytest.param({"check": "length", "unit": "words", "max": 1}, "blah blah <answer>4</answer>", True, id="len-in"),
    pytest.param(
        {"check": "reference", "mode": "equals"}, "<think>4?</think><answer> 4 </answer>", True, id="ref-in-tag"
    ),
    pytest.param({"check": "regex", "pattern": r"^\d+$"}, "<answer>12</answer>", True, id="regex-anchors-to-content"),
    pytest.param({"check": "json"}, "<answer>[1]", False, id="unclosed-tag-fails"),
]


@pytest.mark.parametrize(("options", "response", "expected"), IN_TAG_CASES)
def test_in_tag(options, response, expected):
    assert passes({**options, "in_tag": "answer"}, response, reference="4") is expected


# --- partial credit -----------------------------------------------------------------------

TWO_TAGS = {"check": "tags", "sequence": ["think", "answer"]}
JSON_ANSWER = {"check": "json", "in_tag": "answer"}
SHORT = {"check": "length", "unit": "words", "max": 10}

PARTIAL_CREDIT_CASES = [
    pytest.param(
        [TWO_TAGS, JSON_ANSWER, SHORT],
        '<think>ok</think><answer>{"a": 1}</answer>',
        1.0,
        [1.0, 1.0, 1.0],
        id="all-pass",
    ),
    pytest.param(
        [TWO_TAGS, JSON_ANSWER, SHORT], "<think>ok</think><answer>nope</answer>", 2 / 3, [1, 0, 1], id="equal-thirds"
    ),
    pytest.param([TWO_TAGS, JSON_ANSWER, SHORT], "", 1 / 3, [0, 0, 1], id="empty-still-short-no-other-credit"),
    pytest.param(
        [{**TWO_TAGS, "weight": 3}, JSON_ANSWER],
        "<think>ok</think><answer>nope</answer>",
        0.75,
        [1, 0],
        id="weights-normalised",
    ),
    pytest.param(
        [TWO_TAGS, {**JSON_ANSWER, "weight": 0.5}],
        'x <answer>{"a": 1}</answer>',
        1 / 3,
        [0, 1],
        id="fractional-weight",
    ),
]


@pytest.mark.parametrize(("options", "response", "value", "metric_values"), PARTIAL_CREDIT_CASES)
def test_partial_credit(options, response, value, metric_values):
    score = format_grader(*options).grade(sample(response), GradeContext.within(5))
    assert score.status is Status.OK
    assert score.value == pytest.approx(value)
    assert [m.value for m in score.metrics] == metric_values
    assert all(m.type == "Reward" for m in score.metrics)


def test_one_check_without_signal_skips_the_whole_format_score():
    # No reference: the reference check cannot say anything, so no partial score is invented.
    grader = format_grader({"check": "json"}, {"check": "reference", "mode": "equals"})
    with pytest.raises(SkipSample):
        grader.grade(sample("{}"), GradeContext.within(5))


# --- metric names -------------------------------------------------------------------------

NAMING_CASES = [
    pytest.param([{"check": "json"}], ["json"], id="kind-is-the-default-name"),
    pytest.param(
        [{"check": "regex", "pattern": "a"}, {"check": "regex", "pattern": "b"}, {"check": "regex", "pattern": "c"}],
        ["regex", "regex_2", "regex_3"],
        id="repeated-kind-numbered",
    ),
    pytest.param(
        [{"check": "json", "name": "valid_json"}, {"check": "json"}], ["valid_json", "json"], id="explicit-name-wins"
    ),
    pytest.param(
        [{"check": "json", "name": "regex"}, {"check": "regex", "pattern": "a"}],
        ["regex", "regex_2"],
        id="auto-name-steps-around-earlier-explicit-name",
    ),
    pytest.param(
        [{"check": "regex", "pattern": "a"}, {"check": "regex", "pattern": "b"}, {"check": "json", "name": "regex_2"}],
        ["regex", "regex_3", "regex_2"],
        id="auto-name-steps-around-later-explicit-name",
    ),
    pytest.param(
        [{"check": "json", "name": "regex_2"}, {"check": "regex", "pattern": "a"}, {"check": "regex", "pattern": "b"}],
        ["regex_2", "regex", "regex_3"],
        id="numbered-name-taken-explicitly-is-skipped",
    ),
    pytest.param(
        [{"check": "regex", "pattern": "a"}, {"check": "json", "name": "regex"}],
        ["regex_2", "regex"],
        id="explicit-name-keeps-it-even-when-declared-later",
    ),
    pytest.param([{"check": "json", "name": "a.b-c_1"}], ["a.b-c_1"], id="dots-dashes-underscores-allowed-in-names"),
]


@pytest.mark.parametrize(("options", "names"), NAMING_CASES)
def test_metric_names_are_unique(options, names):
    grader = format_grader(*options)
    assert [c.name for c in grader.checks] == names
    score = grader.grade(sample("{}"), GradeContext.within(5))
    assert [m.name for m in score.metrics] == names  # metrics_list never carries one name twice


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param(
            [{"check": "json", "name": "fmt"}, {"check": "regex", "pattern": "a", "name": "fmt"}],
            r"spec\.checks\[1\]\.name: 'fmt' is used twice",
            id="explicit-duplicate-refused",
        ),
        pytest.param([{"check": "json", "name": "has space"}], r"spec\.checks\[0\]\.name", id="name-charset"),
        pytest.param([{"check": "json", "weight": 0}], r"spec\.checks\[0\]\.weight", id="zero-weight-refused"),
        pytest.param([{"check": "json", "in_tag": "<answer>"}], r"spec\.checks\[0\]\.in_tag", id="in-tag-bare-name"),
        pytest.param(
            [{"check": "json", "pattern": "x"}], r"spec\.checks\[0\]: Additional properties", id="option-of-other-kind"
        ),
    ],
)
def test_naming_and_common_option_errors(options, message):
    with pytest.raises(SpecError, match=message):
        format_grader(*options)


# --- the pure helpers behind the checks ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<a>1</a><a>2</a>", "2", id="last-pair"),
        pytest.param("<a>1</a> <a>2", "1", id="unclosed-last-opening-ignored"),
        pytest.param("</a><a>", None, id="closing-before-opening-is-no-pair"),
        pytest.param("<a></a>", "", id="empty-content"),
        pytest.param("no tags", None, id="none"),
    ],
)
def test_last_tag_content(text, expected):
    assert last_tag_content(text, "a") == expected


# --- through the Lambda handler ------------------------------------------------------------


def test_handler_grades_a_bedrock_event_with_the_default_spec():
    spec = {"type": "format", "checks": [TWO_TAGS, JSON_ANSWER]}
    handler = make_handler("format", env={"GRADER_SPEC": json.dumps(spec), "SCORE_MIN": "-1"})
    event = [
        {"id": "a", "messages": [USER, {"role": "assistant", "content": '<think>t</think><answer>{"x":1}</answer>'}]},
        {"id": "b", "messages": [USER, {"role": "assistant", "content": "no structure"}]},
        {
            "id": "c",
            "messages": [USER, {"role": "assistant", "content": "anything"}],
            "metadata": {"grader": {"type": "format", "checks": [{"check": "contains_all", "phrases": ["any"]}]}},
        },
        {"id": "d", "messages": [USER]},
    ]
    response = handler(event, None)
    assert [(r["id"], r["aggregate_reward_score"]) for r in response] == [
        ("a", 1.0),
        ("b", -1.0),
        ("c", 1.0),
        ("d", -1.0),
    ]
    assert response[0]["metrics_list"] == [
        {"name": "tags", "value": 1.0, "type": "Reward"},
        {"name": "json", "value": 1.0, "type": "Reward"},
    ]
    assert response[3]["metrics_list"] == [{"name": "error", "value": 1.0, "type": "Metric"}]


def test_handler_with_invalid_default_spec_fails_at_init():
    # A bare "format" default has no checks: a misconfigured deployment fails loudly at init.
    with pytest.raises(SpecError, match="spec: 'checks' is a required property"):
        make_handler("format", env={"GRADER_SPEC": "format"})


def test_handler_per_sample_spec_of_another_type_errors_that_sample_only():
    handler = make_handler("format", env={"GRADER_SPEC": json.dumps({"type": "format", "checks": [{"check": "json"}]})})
    event = [
        {"id": 1, "messages": [USER, {"role": "assistant", "content": "{}"}], "grader": {"type": "router"}},
        {"id": 2, "messages": [USER, {"role": "assistant", "content": "{}"}]},
    ]
    response = handler(event, None)
    assert [r["aggregate_reward_score"] for r in response] == [0.0, 1.0]
    assert response[0]["metrics_list"] == [{"name": "error", "value": 1.0, "type": "Metric"}]


def test_metric_values_are_rewards_for_the_wire():
    score = grade({"check": "json"}, "{}")
    assert score.metrics == (Metric.reward("json", 1.0),)
