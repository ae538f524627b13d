"""A math spec, validated, with its defaults filled in (no SymPy here: read at init)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from grader_core.errors import SpecError
from math_grader.extract import FORMATS
from math_grader.limits import DEFAULT_LIMITS, Limits

_FORMAT = {"enum": list(FORMATS)}

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "math"},
        "answer_format": _FORMAT,
        "strict": {"type": "boolean"},
        "fallback_formats": {"type": "array", "items": _FORMAT, "uniqueItems": True},
        "answer_tag": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
        "format_weight": {"type": "number", "minimum": 0, "maximum": 1},
        "rel_tol": {"type": "number", "minimum": 0, "maximum": 0.1},
        "reference_field": {"type": "string", "minLength": 1},
        "max_answer_chars": {"type": "integer", "minimum": 16, "maximum": 100000},
    },
    "required": ["type"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class MathConfig:
    """A validated spec with its defaults filled in."""

    answer_format: str = "boxed"
    strict: bool = False
    fallback_formats: tuple[str, ...] = tuple(f for f in FORMATS if f != "boxed")
    answer_tag: str = "answer"
    # Credit for the declared format, on top of correctness 1 (so at most 1/2 of the total).
    format_weight: float = 0.0
    # Relative tolerance where a decimal is involved; exact values are compared exactly.
    rel_tol: float = 1e-6
    reference_field: str | None = None
    limits: Limits = field(default=DEFAULT_LIMITS)

    @property
    def formats(self) -> tuple[str, ...]:
        """Formats to search, in order."""
        return (self.answer_format,) if self.strict else (self.answer_format, *self.fallback_formats)


def config_from_spec(spec: dict[str, Any]) -> MathConfig:
    declared = spec.get("answer_format", "boxed")
    strict = bool(spec.get("strict", False))
    if "fallback_formats" in spec:
        fallbacks = tuple(spec["fallback_formats"])
        if strict and fallbacks:
            raise SpecError("spec.fallback_formats: a strict grader accepts only answer_format; drop one of the two")
        if declared in fallbacks:
            raise SpecError(f"spec.fallback_formats: {declared!r} is already the answer_format")
    else:
        fallbacks = tuple(f for f in FORMATS if f != declared)
    limits = DEFAULT_LIMITS
    if "max_answer_chars" in spec:
        chars = int(spec["max_answer_chars"])
        limits = Limits(max_answer_chars=chars, max_tokens=max(DEFAULT_LIMITS.max_tokens, chars))
    return MathConfig(
        answer_format=declared,
        strict=strict,
        fallback_formats=fallbacks,
        answer_tag=spec.get("answer_tag", "answer"),
        format_weight=float(spec.get("format_weight", 0.0)),
        rel_tol=float(spec.get("rel_tol", 1e-6)),
        reference_field=spec.get("reference_field"),
        limits=limits,
    )
