"""The verdict parser: strict JSON in, raw scores out; everything else is a reason."""

from __future__ import annotations

import pytest

from judge_grader.parse import VerdictError, parse_verdict, to_unit

ACCEPTED = [
    # (judge output, expected score, why it is accepted)
    ('{"reasoning": "fine", "score": 4}', 4.0, "the exact schema"),
    ('  \n{"score": 2.5, "reasoning": "x"}\n', 2.5, "key order and surrounding white space do not matter"),
    ('```json\n{"reasoning": "fine", "score": 5}\n```', 5.0, "one Markdown fence is the only leniency"),
    ('```\n{"reasoning": "fine", "score": 1}\n```', 1.0, "a fence without a language tag"),
    ('{"reasoning": "", "score": 3}', 3.0, "empty reasoning is still a verdict"),
]


@pytest.mark.parametrize(("text", "score", "why"), ACCEPTED, ids=[row[2] for row in ACCEPTED])
def test_accepts_strict_verdicts(text: str, score: float, why: str) -> None:
    assert parse_verdict(text).scores == {"score": score}


REJECTED = [
    # (judge output, fragment of the reason, why it must be rejected)
    ("", "empty reply", "nothing to read"),
    ("Score: 5", "not a single JSON object", "prose is not a verdict"),
    ('The answer is good. {"reasoning": "x", "score": 5}', "not a single JSON object", "text before the object"),
    ('{"reasoning": "x", "score": 5} Hope this helps!', "not a single JSON object", "text after the object"),
    ('{"reasoning": "x", "score": 1}\n{"reasoning": "y", "score": 5}', "not a single JSON object", "two verdicts"),
    ('{"reasoning": "x", "score": 1, "score": 5}', "duplicate key 'score'", "a judge steered into restating the score"),
    ('{"reasoning": "x"}', "missing score", "no score"),
    ('{"score": 4}', "missing reasoning", "no reasoning"),
    ('{"reasoning": "x", "score": 4, "confidence": 0.9}', "unexpected confidence", "extra keys"),
    ('{"reasoning": "x", "score": "4"}', "not a number", "a numeric string is not a number"),
    ('{"reasoning": "x", "score": true}', "not a number", "booleans are not scores"),
    ('{"reasoning": "x", "score": NaN}', "NaN is not valid JSON", "NaN is not JSON"),
    ('{"reasoning": "x", "score": 1e999}', "not a number", "overflow to infinity"),
    ('{"reasoning": 5, "score": 4}', "'reasoning' is not a string", "reasoning must be text"),
    ("[4]", "not an object", "a bare array"),
    ("I'm sorry, but I can't evaluate this content.", "judge refused", "a refusal is named as such"),
    ('```json\n{"reasoning": "x", "score": 4}\n``` and more', "not a single JSON object", "text after a fence"),
]


@pytest.mark.parametrize(("text", "reason", "why"), REJECTED, ids=[row[2] for row in REJECTED])
def test_rejects_anything_else_with_a_reason(text: str, reason: str, why: str) -> None:
    with pytest.raises(VerdictError, match=reason.replace("(", r"\(")):
        parse_verdict(text)


CRITERIA = [
    # (judge output, expected scores or error fragment, why)
    ('{"reasoning": "r", "scores": {"a": 4, "b": 2}}', {"a": 4.0, "b": 2.0}, "every criterion scored"),
    ('{"reasoning": "r", "scores": {"a": 4}}', "missing b", "a criterion left out"),
    ('{"reasoning": "r", "scores": {"a": 4, "b": 2, "c": 5}}', "unexpected c", "a criterion invented"),
    ('{"reasoning": "r", "score": 4}', "missing scores", "single score where a rubric was asked for"),
    ('{"reasoning": "r", "scores": [4, 2]}', "'scores' is not an object", "scores as a list"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CRITERIA, ids=[row[2] for row in CRITERIA])
def test_rubric_verdicts_name_exactly_the_criteria(text: str, expected: dict | str, why: str) -> None:
    if isinstance(expected, dict):
        assert parse_verdict(text, ["a", "b"]).scores == expected
    else:
        with pytest.raises(VerdictError, match=expected):
            parse_verdict(text, ["a", "b"])


SCALES = [
    # (raw, scale, expected unit value or None for an error, why)
    (1, (1, 5), 0.0, "bottom of the scale is 0"),
    (5, (1, 5), 1.0, "top of the scale is 1"),
    (4, (1, 5), 0.75, "linear in between"),
    (3.5, (1, 5), 0.625, "half points are fine"),
    (7, (0, 10), 0.7, "any scale"),
    (10, (1, 5), None, "above the scale: an error, not full marks"),
    (5.01, (1, 5), None, "just above is above"),
    (0, (1, 5), None, "below the scale: an error, not a zero"),
]


@pytest.mark.parametrize(("raw", "scale", "expected", "why"), SCALES, ids=[row[3] for row in SCALES])
def test_scale_mapping(raw: float, scale: tuple, expected: float | None, why: str) -> None:
    if expected is None:
        with pytest.raises(VerdictError, match="outside the rubric's scale"):
            to_unit(raw, scale)
    else:
        assert to_unit(raw, scale) == pytest.approx(expected)
