"""The ``math`` grader type: the final answer checked against the reference with SymPy.

```json
{"type": "math",
 "answer_format": "boxed",
 "strict": false,
 "format_weight": 0.25,
 "rel_tol": 1e-6}
```

``answer_format`` is the format the prompt asks for (``boxed``, ``answer_tag``,
``final_answer``, ``answer_line``, ``gsm8k`` or ``bare``). Unless ``strict``, an answer in
another format (``fallback_formats``, by default all others, ``bare`` last) still counts
for correctness. ``format_weight`` adds credit for using the declared format, paid only
with a correct answer. This module stays light: SymPy is imported when the first sample
is graded.
"""

from __future__ import annotations

import importlib
import signal
import sys
import threading
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from grader_core.errors import SpecError
from grader_core.protocol import GradeContext
from grader_core.types import Sample, Score
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


def build(spec: dict[str, Any]) -> DeferredMathGrader:
    return DeferredMathGrader(config_from_spec(spec))


class DeferredMathGrader:
    """The math grader, with SymPy imported when the first sample is graded, not at init.

    Importing SymPy takes 0.3-0.5 s, more than the rest of the function's cold start
    together; a validated spec does not need it. The first sample pays for it instead, and
    the import is shielded from the runner's timer (see :func:`_import_scoring`).
    """

    concurrency = 1

    def __init__(self, config: MathConfig) -> None:
        self.config = config
        self._grader: Any = None

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        if self._grader is None:
            self._grader = _import_scoring().MathGrader(self.config)
        return self._grader.grade(sample, ctx)


def _import_scoring() -> ModuleType:
    """Import the SymPy-backed modules with SIGALRM held back until the import is done.

    A timeout raised halfway through ``import sympy`` would leave SymPy half-initialised
    for every later sample in this execution environment. Blocking the signal makes the
    import atomic: if the sample's budget ran out meanwhile, the timeout fires right after.
    """
    if "math_grader.scoring" in sys.modules:
        return sys.modules["math_grader.scoring"]
    can_block = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    if can_block:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    try:
        return importlib.import_module("math_grader.scoring")
    finally:
        if can_block:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
