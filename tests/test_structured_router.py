"""The structured graders through the router, as a mixed dataset would reach it.

Each sample names its grader in its ``grader`` field; the router (which carries every
registered type) grades them side by side in one batch, and a ``weighted`` spec combines
a structured grader with a format check.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

TOOLS = [{"type": "function", "function": {"name": "f", "parameters": {"properties": {"a": {"type": "integer"}}}}}]
CASES: list[tuple[str, dict[str, Any], str, Any, dict[str, Any], float]] = [
    # (id, spec, response, reference, extra fields, expected reward)
    ("calls", {"type": "tool_calls"}, 'f(a="1")', {"ground_truth": [{"name": "f", "arguments": {"a": 1}}]},
     {"tools": TOOLS}, 1.0),
    ("label", {"type": "label", "mode": "ordinal", "labels": ["P1", "P2", "P3"]}, "P2", "P1", {}, 0.5),
    ("fields", {"type": "fields"}, '{"a": 1, "b": 3}', {"a": 1, "b": 2}, {}, 0.5),
    ("similarity", {"type": "similarity", "metric": "fuzzy_match"}, "same text", "same text", {}, 1.0),
    ("weighted", {"type": "weighted", "parts": [
        {"name": "label", "weight": 3, "grader": {"type": "label"}},
        {"name": "short", "grader": {"type": "format", "checks": [{"check": "length", "unit": "words", "max": 1}]}}]},
     "billing", "billing", {}, 1.0),
]  # fmt: skip


def test_router_grades_every_structured_type_in_one_batch(handler_for) -> None:
    event = [
        {
            "id": name,
            "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": response}],
            "metadata": {"reference_answer": reference, "grader": spec, **extra},
        }
        for name, spec, response, reference, extra, _ in CASES
    ]
    result = {r["id"]: r for r in handler_for("router")(json.loads(json.dumps(event)), None)}
    for name, *_, expected in CASES:
        assert result[name]["aggregate_reward_score"] == pytest.approx(expected), result[name]
