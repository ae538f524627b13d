"""A failed format check says which check failed and what it saw (the sample's reason).

Without it a spec that fails every sample (``tags`` exact while responses also hold text
around the tags) shows a preflight full of zeros and no explanation.
"""

from __future__ import annotations

from typing import Any

import pytest

from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Message, Sample

CASES = [
    # (check options, response, reference, reason expected; why)
    (
        {"check": "tags", "sequence": ["think", "answer"]},
        "Sure! <think>x</think><answer>4</answer>",
        None,
        "tags: text outside the tags: 'Sure!'",
        "exact tags: the stray preamble is quoted",
    ),
    (
        {"check": "tags", "sequence": ["think", "answer"]},
        "<think>a</think><think>b</think><answer>4</answer>",
        None,
        "tags: <think> appears 2 times and </think> 2 times (expected once each)",
        "a repeated tag is counted",
    ),
    (
        {"check": "tags", "sequence": ["think", "answer"]},
        "<answer>4</answer><think>x</think>",
        None,
        "tags: <answer> is out of order (expected the sequence think answer)",
        "order is named",
    ),
    (
        {"check": "regex", "pattern": "^\\d+$"},
        "four",
        None,
        "regex: pattern '^\\\\d+$' not found",
        "a required pattern that is missing",
    ),
    (
        {"check": "regex", "pattern": "as an ai", "must_match": False, "ignore_case": True},
        "As an AI, 4",
        None,
        "regex: pattern 'as an ai' found, and must not be",
        "a forbidden pattern that is present",
    ),
    ({"check": "json"}, "{'a': 1}", None, "json: not JSON: \"{'a': 1}\"", "single quotes are not JSON"),
    (
        {"check": "json_schema", "schema": {"type": "object", "required": ["name"]}},
        '{"age": 3}',
        None,
        "json_schema: JSON Schema violation at (root): \"'name' is a required property\"",
        "the first violation and where",
    ),
    (
        {"check": "json_schema", "schema": {"properties": {"n": {"type": "integer"}}}},
        '{"n": "3"}',
        None,
        "json_schema: JSON Schema violation at n: \"'3' is not of type 'integer'\"",
        "a nested path",
    ),
    ({"check": "length", "unit": "words", "max": 3}, "one two three four", None, "length: 4 words, max 3", "too long"),
    ({"check": "length", "unit": "chars", "min": 5}, "abc", None, "length: 3 chars, min 5", "too short"),
    (
        {"check": "contains_all", "phrases": ["because", "therefore"]},
        "because",
        None,
        "contains_all: missing 'therefore'",
        "the missing phrase",
    ),
    (
        {"check": "contains_none", "phrases": ["lol"]},
        "lol 4",
        None,
        "contains_none: contains 'lol'",
        "the forbidden phrase",
    ),
    (
        {"check": "reference", "mode": "equals"},
        "5",
        "4",
        "reference: equals failed: '5' vs the reference '4'",
        "both sides shown",
    ),
    (
        {"check": "reference", "mode": "equals", "in_tag": "answer"},
        "4",
        "4",
        "reference: no <answer>...</answer> to check",
        "the missing tag, not a comparison",
    ),
    (
        {"check": "json"},
        '{"a": "' + "x" * 500 + "'",
        None,
        'json: not JSON: \'{"a": "' + "x" * 33 + "…'",
        "quotes of the response are bounded (reasons reach the logs)",
    ),
]


@pytest.mark.parametrize(
    ("options", "response", "reference", "reason"), [c[:4] for c in CASES], ids=[c[4] for c in CASES]
)
def test_a_failed_check_says_what_it_saw(options: dict[str, Any], response: str, reference: Any, reason: str) -> None:
    grader = build_grader({"type": "format", "checks": [options]})
    sample = Sample("s", (Message("user", "q"), Message("assistant", response)), response, reference)
    score = grader.grade(sample, GradeContext.within(5))
    assert score.value == 0.0
    assert score.reason == reason


def test_reasons_of_several_failed_checks_are_joined_and_passing_ones_are_silent() -> None:
    grader = build_grader(
        {
            "type": "format",
            "checks": [
                {"check": "json"},
                {"check": "length", "unit": "chars", "max": 2},
                {"check": "contains_all", "phrases": ["{"]},
            ],
        }
    )
    sample = Sample("s", (Message("user", "q"), Message("assistant", "{x}")), "{x}", None)
    score = grader.grade(sample, GradeContext.within(5))
    assert score.reason == "json: not JSON: '{x}'; length: 3 chars, max 2"
