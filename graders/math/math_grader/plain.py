"""Plain numbers on both sides, compared exactly with ``fractions.Fraction``: no SymPy.

Most references in math RL data are integers, decimals or fractions, and so are most
answers. When the reference and every extracted answer are such plain numbers, the
verdict is decided here, with the same rules as :mod:`numeric` (so the result, the metrics
and the reason are the same as the SymPy path's), and SymPy is never imported: a batch of
numeric answers does not pay SymPy's 0.3-0.8 s import at all. Anything else -- ``\\sqrt``,
``x``, ``3e8``, ``50\\%``, a unit, ``2 1/2`` -- returns ``None`` and goes to SymPy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from math_grader.clean import decimal_comma, prepare
from math_grader.extract import Extraction
from math_grader.verdict import Verdict, quote

_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_SLASH = re.compile(r"([+-]?)(\d+)/(\d+)")
_FRAC = re.compile(r"([+-]?)\\[dt]?frac\{(\d+)\}\{(\d+)\}")
# Python refuses int() of more digits; the SymPy path applies its own guards to these.
_MAX_DIGITS = 1_000


@dataclass(frozen=True)
class Plain:
    """A plain number: its exact value, and whether it was written as a decimal."""

    value: Fraction
    decimal: bool
    integer: bool  # an exact integer (``4``, ``8/2``), not a decimal


def plain_number(text: str) -> Plain | None:
    """``12``, ``-3.5``, ``250,000``, ``2/4``, ``\\frac{3}{4}`` -> :class:`Plain`; anything else ``None``."""
    if len(text) > _MAX_DIGITS:
        return None
    text = prepare(text, True).strip()
    if _DECIMAL.fullmatch(text):
        decimal = "." in text
        return Plain(Fraction(text.rstrip(".")), decimal, not decimal)
    match = _SLASH.fullmatch(text) or _FRAC.fullmatch(text)
    if match and int(match.group(3)) != 0:
        value = Fraction(int(match.group(2)), int(match.group(3)))
        # 8/2 is the integer 4 (SymPy reduces it too): matched exactly as a reference.
        return Plain(-value if match.group(1) == "-" else value, False, value.denominator == 1)
    return None


def numbers_equal(gold: Plain, pred: Plain, rel_tol: float) -> bool:
    """:func:`numeric.numbers_equal` for plain numbers (exact unless a decimal is involved)."""
    if not (gold.decimal or pred.decimal) or gold.integer:
        # Exact values exactly; an integer reference is matched exactly (a count is never
        # "about" right), a decimal answer included.
        return gold.value == pred.value
    if gold.value == pred.value:
        return True
    if gold.value == 0 or pred.value == 0:
        return False  # relative error is undefined at zero: an exact zero is needed
    return abs(gold.value - pred.value) <= Fraction(rel_tol) * max(abs(gold.value), abs(pred.value))


def judge_plain(gold_text: str, found: Extraction, declared: bool, rel_tol: float) -> Verdict | None:
    """The verdict when the reference and every answer are plain numbers, else ``None``."""
    gold = plain_number(gold_text)
    if gold is None:
        return None
    values = [plain_number(decimal_comma(answer)) for answer in found.answers]
    if any(value is None for value in values):
        return None
    distinct: list[Plain] = []
    for value in values:
        assert value is not None
        if not any(_same(kept, value, rel_tol) for kept in distinct):
            distinct.append(value)
    where = f"{found.source} answer"
    answer = found.answers[-1]
    chars = len(answer)
    if len(distinct) > 1:
        shown = ", ".join(quote(a, 20) for a in found.answers[-4:])
        return Verdict(
            declared_format=declared,
            multiple_answers=True,
            answer_chars=chars,
            reason=f"wrong: {len(distinct)} different {where}s ({shown}); the reference {quote(gold_text)} "
            "is one expression",
        )
    if numbers_equal(gold, distinct[0], rel_tol):
        reason = f"correct: {where} {quote(answer)} matches the reference {quote(gold_text)}"
        return Verdict(correct=True, declared_format=declared, answer_chars=chars, reason=reason)
    reason = f"wrong: {where} {quote(answer)} is not equivalent to the reference {quote(gold_text)}"
    return Verdict(declared_format=declared, answer_chars=chars, reason=reason)


def _same(kept: Plain, value: Plain, rel_tol: float) -> bool:
    # As the SymPy path's _distinct: the earlier answer plays the reference.
    return numbers_equal(kept, value, rel_tol)
