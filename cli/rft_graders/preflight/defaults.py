"""The bundled demo: what ``rft-graders preflight`` with no arguments runs.

120 arithmetic prompts with 8 pre-generated responses each (``demo/``, also reachable as
``examples/arithmetic``). The default grader is correctness plus a format reward gated
behind it, as AWS's reward-design guidance recommends; correctness uses the ``math``
grader when it is registered and an exact match of the ``<answer>`` tag otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_DATA = DEMO_DIR / "train.jsonl"
DEMO_RESPONSES = DEMO_DIR / "responses.jsonl"
DEMO_GROUP_BY = ("difficulty",)

EXACT_ANSWER: dict[str, Any] = {
    "type": "format",
    "checks": [{"check": "reference", "mode": "equals", "in_tag": "answer"}],
}
THINK_ANSWER_FORMAT: dict[str, Any] = {
    "type": "format",
    "checks": [{"check": "tags", "sequence": ["think", "answer"]}],
}


def demo_spec() -> dict[str, Any]:
    """The default spec, built from whatever grader types are registered right now."""
    return {
        "type": "weighted",
        "parts": [
            {"name": "correctness", "weight": 0.8, "grader": correctness_spec()},
            {"name": "format", "weight": 0.2, "grader": THINK_ANSWER_FORMAT, "gate": {"part": "correctness"}},
        ],
    }


def correctness_spec() -> dict[str, Any]:
    from grader_core.errors import SpecError
    from grader_core.registry import GRADER_MODULES
    from grader_core.spec import validate_spec

    if "math" in GRADER_MODULES:
        try:
            return validate_spec({"type": "math"})
        except SpecError:
            pass  # a math grader that needs options we do not know: fall back to exact match
    return EXACT_ANSWER
