"""The reference answer as one string: unwrapped from objects, cut out of worked solutions.

The reference is trusted, so it is normalised freely: several boxes in a worked solution
are the set it means, and a solution ending in "The final answer is $12$." gives ``12``.
"""

from __future__ import annotations

import contextlib
import json
import math
from typing import Any

from grader_core.errors import SampleError, SkipSample
from math_grader.extract import boxed_contents, clean_answer, extract

# Keys tried, in order, when the reference is an object and no reference_field is set.
REFERENCE_KEYS = ("answer", "final_answer", "solution", "reference_answer", "value", "text")
_GSM8K_MARK = "####"


def reference_text(reference: Any, field: str | None) -> str:
    """The reference answer as one string; a worked solution is cut down to its final answer."""
    if reference is None:
        raise SkipSample("no reference answer")
    value = reference
    if field is not None or isinstance(value, dict):
        value = _reference_field(value, field)
    if isinstance(value, bool) or value is None:
        raise SampleError(f"the reference answer is {json.dumps(value)}, not a math answer")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise SampleError(f"the reference answer {value!r} is not a finite number")
        return repr(value) if isinstance(value, float) else str(value)
    if not isinstance(value, str):
        raise SampleError(
            f"the reference answer is a {type(value).__name__}; give one string "
            "(e.g. '\\{1, 2\\}' for a set) or set reference_field"
        )
    text = clean_answer(_final_part(value))
    if not text:
        raise SampleError("the reference answer is empty")
    return text


def _final_part(text: str) -> str:
    if "\\\\boxed{" in text and "\\boxed{" not in text.replace("\\\\boxed{", ""):
        text = text.replace("\\\\", "\\")  # went through JSON twice
    boxed = list(dict.fromkeys(clean_answer(b) for b in boxed_contents(text)))
    if len(boxed) == 1:
        return boxed[0]
    if boxed:
        # "\boxed{2} \text{ and } \boxed{5}": a reference with several boxes means that set.
        return ", ".join(boxed)
    if _GSM8K_MARK in text:
        return text[text.rindex(_GSM8K_MARK) + len(_GSM8K_MARK) :]
    found = extract(text, ("final_answer",), max_chars=len(text))
    return found.answers[-1] if found is not None else text


def _reference_field(reference: Any, field: str | None) -> Any:
    if isinstance(reference, str) and reference.lstrip().startswith("{"):
        with contextlib.suppress(ValueError):  # not JSON after all: an answer starting with "{"
            reference = json.loads(reference)
    if not isinstance(reference, dict):
        if field is None:
            return reference
        raise SampleError(f"reference_field is {field!r} but the reference answer is not an object")
    if field is not None:
        if field not in reference:
            raise SampleError(f"the reference answer has no field {field!r} (it has: {', '.join(sorted(reference))})")
        return reference[field]
    if len(reference) == 1:
        return next(iter(reference.values()))
    for key in REFERENCE_KEYS:
        if key in reference:
            return reference[key]
    raise SampleError(
        f"the reference answer is an object with fields {', '.join(sorted(reference))}; "
        "set reference_field to the one holding the answer"
    )
