"""Read a judge's verdict strictly, and map its score onto 0..1.

The judge must answer with one JSON object and nothing else:
``{"reasoning": "...", "score": 4}`` or, for a rubric, ``{"reasoning": "...", "scores":
{"accuracy": 4, "tone": 5}}``. The only leniency is a single surrounding Markdown code
fence, which many models add whatever they are told. Everything else -- prose around the
object, extra or missing keys, duplicate keys (a manipulated judge may write the score
twice), booleans, strings, NaN -- is a :class:`VerdictError` carrying the reason: a verdict
we cannot read is never turned into a 0 or a 1.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_FENCED = re.compile(r"\A```(?:json|JSON)?[ \t]*\n(?P<body>.*?)\n?```\Z", re.DOTALL)
# What a model says when it will not grade; worth naming apart from "unparseable".
_REFUSAL = re.compile(
    r"\A\W*(i'?m sorry|i am sorry|sorry,|i can(?:no|')t|i cannot|i am unable|i'?m unable|i won'?t|as an ai)",
    re.IGNORECASE,
)
EXCERPT_CHARS = 120


class VerdictError(ValueError):
    """The judge's output is not a verdict we can use; the message says why."""


@dataclass(frozen=True)
class Verdict:
    """Raw scores on the judge's scale (key ``"score"`` for a single score) and its reasoning."""

    scores: dict[str, float]
    reasoning: str


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "...")


def parse_verdict(text: str, criteria: Sequence[str] | None = None) -> Verdict:
    """Parse a single-score verdict, or one score per name in ``criteria``."""
    stripped = text.strip()
    if not stripped:
        raise VerdictError("judge returned an empty reply")
    fenced = _FENCED.match(stripped)
    body = fenced["body"].strip() if fenced else stripped
    try:
        value = json.loads(body, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except ValueError as exc:
        if _REFUSAL.match(stripped):
            raise VerdictError(f"judge refused to grade: {excerpt(stripped)}") from None
        raise VerdictError(f"judge reply is not a single JSON object ({exc}): {excerpt(stripped)}") from None
    if not isinstance(value, dict):
        raise VerdictError(f"judge reply is JSON but not an object: {excerpt(stripped)}")

    score_key = "score" if criteria is None else "scores"
    _exact_keys(value, {"reasoning", score_key}, "judge reply")
    reasoning = value["reasoning"]
    if not isinstance(reasoning, str):
        raise VerdictError("judge reply: 'reasoning' is not a string")
    if criteria is None:
        return Verdict({"score": _number(value["score"], "score")}, reasoning)
    scores = value["scores"]
    if not isinstance(scores, dict):
        raise VerdictError("judge reply: 'scores' is not an object")
    _exact_keys(scores, set(criteria), "judge reply 'scores'")
    return Verdict({name: _number(scores[name], f"scores.{name}") for name in criteria}, reasoning)


def to_unit(raw: float, scale: tuple[float, float]) -> float:
    """Map ``raw`` on ``scale`` linearly onto 0..1.

    Outside the scale is always an error: a judge that answers 10 on a 1-5 scale did not
    follow the rubric -- quite possibly because the response told it to -- and clamping
    that to full marks would pay the policy for the injection.
    """
    low, high = scale
    if low <= raw <= high:
        return (raw - low) / (high - low)
    raise VerdictError(f"judge score {raw:g} is outside the rubric's scale {low:g}..{high:g}")


def _exact_keys(obj: dict[str, Any], expected: set[str], where: str) -> None:
    missing, extra = expected - obj.keys(), obj.keys() - expected
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(sorted(missing)))
        if extra:
            parts.append("unexpected " + ", ".join(sorted(extra)))
        raise VerdictError(f"{where}: {'; '.join(parts)}")


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise VerdictError(f"judge reply: {name!r} is {value!r}, not a number")
    return float(value)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
