"""From raw strings to comparable values: the reference, the prediction, choices and text.

The reference is read first and decides how the prediction is read: a choice letter
expects a letter, words expect words, and a set or tuple turns off reading ``1,000`` as
one thousand (``1, 000`` is then a list).
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from functools import lru_cache
from typing import Any

from grader_core.errors import SampleError, SkipSample
from math_grader.extract import boxed_contents, clean_answer
from math_grader.limits import Limits
from math_grader.parse import NotMath, ParseError, parse_math
from math_grader.values import Choice, IntervalOf, MatrixOf, SetOf, Text, TupleOf, UnionOf, Value

# Keys tried, in order, when the reference is an object and no reference_field is set.
REFERENCE_KEYS = ("answer", "final_answer", "solution", "reference_answer", "value", "text")

_TEXT_WRAPPER = re.compile(r"\\(?:text[a-z]*|mathrm|mbox|mathbf)\s*\{([^{}]*)\}")
_CHOICE_REFERENCE = re.compile(r"^[(\[]?([A-Z])[)\]]?\.?$")
# "(C) 42", "C) 42", "C. 42", "C", "Option C": a letter marked as a choice. A bare capital
# followed by a word ("A cat ...") is prose, or any response starting with "A " would pick A.
_CHOICE_ANSWER = re.compile(r"^(?:(?i:option|choice|answer)\s*:?\s*)?(?:[(\[]([A-Z])[)\]]|([A-Z])(?:[).:]|\s*$))")
_GSM8K_MARK = "####"
# fmt: off
_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)
# fmt: on


@lru_cache(maxsize=1)
def _special_values() -> dict[str, Value]:
    """Answers written in words that name a value: "no solution", "all real numbers", "five"."""
    import sympy

    empty = SetOf((), explicit=True)
    reals = IntervalOf(-sympy.oo, sympy.oo, True, True)
    numbers: dict[str, Value] = {word: sympy.Integer(n) for n, word in enumerate(_NUMBER_WORDS)}
    return {
        **numbers,
        "no solution": empty,
        "no solutions": empty,
        "no real solution": empty,
        "no real solutions": empty,
        "none": empty,
        "empty set": empty,
        "the empty set": empty,
        "all real numbers": reals,
        "all reals": reals,
        "all real x": reals,
    }


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
    text = value
    boxed = boxed_contents(text)
    if boxed:
        text = boxed[-1]
    elif _GSM8K_MARK in text:
        text = text[text.rindex(_GSM8K_MARK) + len(_GSM8K_MARK) :]
    text = clean_answer(text)
    if not text:
        raise SampleError("the reference answer is empty")
    return text


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


@lru_cache(maxsize=1024)
def parse_reference(text: str, limits: Limits) -> Value:
    """The reference as a value. Words become :class:`Text`; math it cannot read is an error."""
    choice = _CHOICE_REFERENCE.match(_unwrap_text(text).strip())
    if choice:
        return Choice(choice.group(1))
    special = _special_values().get(normalize_text(text))
    if special is not None:
        return special
    try:
        return parse_math(text, True, limits)
    except NotMath:
        return Text(normalize_text(text))
    except ParseError as exc:
        raise SampleError(f"cannot read the reference answer {quote(text)} as math: {exc}") from None


def parse_prediction(text: str, gold: Value, limits: Limits) -> Value:
    """The extracted answer as a value, read the way the reference expects.

    Raises :class:`ParseError` (the policy wrote something unreadable: a wrong answer)
    and lets :class:`~math_grader.limits.AnswerTooLarge` through (an error status).
    """
    if isinstance(gold, Text):
        return Text(normalize_text(text))
    if isinstance(gold, Choice):
        letter = choice_letter(text)
        if letter is not None:
            return Choice(letter)
    special = _special_values().get(normalize_text(text))
    if special is not None:
        return special
    expects_list = isinstance(gold, (SetOf, TupleOf, IntervalOf, UnionOf, MatrixOf))
    return parse_math(text, not expects_list, limits)


def choice_letter(text: str) -> str | None:
    """``(C)``, ``C``, ``C) 42``, ``\\text{(C)}``, ``Option C`` -> ``"C"``; else ``None``."""
    match = _CHOICE_ANSWER.match(_unwrap_text(text).replace("*", "").strip())
    return (match.group(1) or match.group(2)) if match else None


def normalize_text(text: str) -> str:
    """Words for comparison: no LaTeX wrappers, braces or edge punctuation; case-folded."""
    text = _unwrap_text(text)
    text = re.sub(r"[\\{}$*]", " ", text)
    return " ".join(text.casefold().split()).strip(" .,;:!")


def _unwrap_text(text: str) -> str:
    for _ in range(3):  # \textbf{\text{...}} nests at most a couple of levels in practice
        new = _TEXT_WRAPPER.sub(lambda m: m.group(1), text)
        if new == text:
            break
        text = new
    return text.replace("$", "")


def quote(text: str, limit: int = 60) -> str:
    """``repr`` of ``text``, shortened for a reason string."""
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")
