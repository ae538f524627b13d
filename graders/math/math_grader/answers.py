"""From answer strings to comparable values: the reference, the prediction, choices and text.

The reference is read first and decides how the prediction is read: a choice letter
expects a letter, words expect words, a set or tuple turns off reading ``1,000`` as one
thousand (``1, 000`` is then a list), and a named left side (``g(2)=9``, ``D=(0,1)``)
expects its value, with or without the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from grader_core.errors import SampleError
from math_grader.clean import decimal_comma, prepare, split_commentary
from math_grader.limits import Limits
from math_grader.parse import NotMath, ParseError, parse_math
from math_grader.tokens import tokenize
from math_grader.units import canonical_unit
from math_grader.values import Choice, IntervalOf, MatrixOf, Named, SetOf, Text, TupleOf, UnionOf, Value
from math_grader.verdict import quote

_TEXT_WRAPPER = re.compile(r"\\(?:text[a-z]*|mathrm|mbox|mathbf)\s*\{([^{}]*)\}")
_CHOICE_REFERENCE = re.compile(r"^[(\[]?([A-Z])[)\]]?\.?$")
# "(C) 42", "C) 42", "C. 42", "C", "Option C": a letter marked as a choice. A bare capital
# followed by a word ("A cat ...") is prose, or any response starting with "A " would pick A.
_CHOICE_ANSWER = re.compile(r"^(?:(?i:option|choice|answer)\s*:?\s*)?(?:[(\[]([A-Z])[)\]]|([A-Z])(?:[).:]|\s*$))")
# Another choice after the first: "(C) or (D)", "(C), (D)", "C) 12 or D) 15", "C or D".
_OTHER_CHOICE = re.compile(r"[(\[]([A-Z])[)\]]|(?<![A-Za-z])([A-Z])\)|(?:[,;/&]|\bor\b|\band\b)\s*([A-Z])(?![A-Za-z])")
# A named left side of the reference: g(2)=9, (a,b)=(1,4), |AB|=5, AB=5, D=(0,1).
_NAME = (
    r"[A-Za-z]\s*\([^()=]*\)|\(\s*[A-Za-z](?:\s*[,;]\s*[A-Za-z])+\s*\)|\|\s*[A-Za-z]+\s*\||\\overline\{[A-Z]+\}"
    r"|(?:m\s*)?\\angle\s*[A-Z]+|[A-Z]{2,3}|[A-Z](?=\s*=\s*\()"
)
_NAMED = re.compile(rf"^\s*({_NAME})\s*=(?![=<>])\s*(\S.*)$", re.DOTALL)
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


@lru_cache(maxsize=1024)
def parse_reference(text: str, limits: Limits) -> Value:
    """The reference as a value. Words become :class:`Text`; math it cannot read is an error."""
    choice = _CHOICE_REFERENCE.match(_unwrap_text(text).strip())
    if choice:
        return Choice(choice.group(1))
    special = _special_values().get(normalize_text(text))
    if special is not None:
        return special
    named = _named(text)
    if named is not None:
        name, rest = named
        return Named(name, parse_reference(rest, limits))
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
    if isinstance(gold, Named):
        named = _named(text)
        if named is not None:
            return Named(named[0], parse_prediction(named[1], gold.value, limits))
        return parse_prediction(text, gold.value, limits)
    if isinstance(gold, Text):
        return Text(normalize_text(text))
    if isinstance(gold, Choice):
        letters = choice_letters(text)
        if len(letters) == 1:
            return Choice(letters[0])
        if letters:  # a hedge between choices is several answers
            return SetOf(tuple(Choice(letter) for letter in letters), explicit=False)
    special = _special_values().get(normalize_text(text))
    if special is not None:
        return special
    expects_list = isinstance(gold, (SetOf, TupleOf, IntervalOf, UnionOf, MatrixOf))
    if not expects_list and getattr(gold, "is_number", False):
        text = decimal_comma(text)
    return parse_math(text, not expects_list, limits)


def choice_letters(text: str) -> list[str]:
    """``(C)``, ``C) 42``, ``\\text{(C)}``, ``Option C`` -> ``["C"]``; ``(C) or (D)`` -> ``["C", "D"]``."""
    unwrapped = _unwrap_text(text).replace("*", "").strip()
    match = _CHOICE_ANSWER.match(unwrapped)
    if match is None:
        return []
    letters = [match.group(1) or match.group(2)]
    for other in _OTHER_CHOICE.finditer(unwrapped, match.end()):
        letter = next(g for g in other.groups() if g is not None)
        if letter not in letters:
            letters.append(letter)
    return letters


def choice_letter(text: str) -> str | None:
    """The one choice letter of ``text``, or ``None`` (no letter, or several)."""
    letters = choice_letters(text)
    return letters[0] if len(letters) == 1 else None


def units_differ(gold: str, pred: str, limits: Limits) -> tuple[str, str] | None:
    """(reference unit, answer unit) when both name a unit and they differ, else ``None``.

    A unit is dropped only when the reference has none or the answer leaves it out:
    ``5 m`` for ``5 cm`` and ``cm`` for ``cm^2`` are different answers.
    """
    gold_unit = unit_of(gold, limits)
    if gold_unit is None:
        return None
    pred_unit = unit_of(pred, limits)
    if pred_unit is None or pred_unit == gold_unit:
        return None
    return gold_unit, pred_unit


@lru_cache(maxsize=1024)
def unit_of(text: str, limits: Limits) -> str | None:
    named = _named(text)
    if named is not None:
        text = named[1]
    try:
        _, dropped = split_commentary(tokenize(prepare(text, True), limits))
    except (ParseError, SampleError):
        return None
    return canonical_unit(dropped)


def _named(text: str) -> tuple[str, str] | None:
    """``g(2) = 9`` -> (``g(2)``, ``9``): a left side that names the value (one ``=`` only)."""
    if text.count("=") != 1:
        return None
    match = _NAMED.match(text)
    if match is None:
        return None
    return "".join(match.group(1).split()), match.group(2).strip()


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
