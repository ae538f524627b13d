"""Verdicts that need the expected values, computed in the grader process only."""

from __future__ import annotations

import math
from typing import Any


def _float_token(token: str) -> float | None:
    try:
        value = float(token)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def outputs_match(actual: str, expected: str, float_tolerance: float | None = None) -> bool:
    """Competitive-programming comparison: the same whitespace-separated tokens.

    Line breaks, repeated blanks and trailing white space do not matter. With a
    tolerance, two tokens that both parse as finite numbers match when they differ by at
    most ``float_tolerance`` absolutely or relatively; other tokens must be identical.
    """
    got, want = actual.split(), expected.split()
    if len(got) != len(want):
        return False
    for a, e in zip(got, want, strict=True):
        if a == e:
            continue
        if float_tolerance is None:
            return False
        fa, fe = _float_token(a), _float_token(e)
        if fa is None or fe is None or not math.isclose(fa, fe, rel_tol=float_tolerance, abs_tol=float_tolerance):
            return False
    return True


def values_match(actual: Any, expected: Any, float_tolerance: float | None = None, tuple_as_list: bool = True) -> bool:
    """Strict comparison of a decoded result with an expected JSON value.

    Types must match exactly: ``True`` is not ``1``, ``1`` is not ``1.0``, ``"1"`` is not
    ``1``. Because JSON has no tuples, a returned tuple is compared as a list unless
    ``tuple_as_list`` is off. Floats compare with the tolerance when one is given.
    """
    if tuple_as_list and type(actual) is tuple:
        actual = list(actual)
    kind = type(expected)
    if type(actual) is not kind:
        return False
    if kind is float:
        if float_tolerance is None:
            return actual == expected
        return math.isclose(actual, expected, rel_tol=float_tolerance, abs_tol=float_tolerance)
    if kind is list:
        return len(actual) == len(expected) and all(
            values_match(a, e, float_tolerance, tuple_as_list) for a, e in zip(actual, expected, strict=True)
        )
    if kind is dict:
        return actual.keys() == expected.keys() and all(
            values_match(actual[k], expected[k], float_tolerance, tuple_as_list) for k in expected
        )
    return actual == expected
