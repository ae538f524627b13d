"""Number literals and the sizes the parser's guards need."""

from __future__ import annotations

import math

import sympy

from math_grader.limits import magnitude_bits
from math_grader.tokens import Token


def integer_frac(tokens: list[Token], j: int) -> tuple[int, int, int] | None:
    """``\\frac{3}{4}`` / ``\\frac34`` starting at ``j`` (after ``frac``): (3, 4, index after)."""
    parts: list[int] = []
    while len(parts) < 2:
        if j < len(tokens) and tokens[j] == ("op", "{"):
            if j + 2 < len(tokens) and tokens[j + 1][0] == "num" and tokens[j + 2] == ("op", "}"):
                if not tokens[j + 1][1].isdigit():
                    return None
                parts.append(int(tokens[j + 1][1]))
                j += 3
                continue
            return None
        if j < len(tokens) and tokens[j][0] == "num" and tokens[j][1].isdigit():
            if len(tokens[j][1]) == 2 and not parts:
                return int(tokens[j][1][0]), int(tokens[j][1][1]), j + 1
            if len(tokens[j][1]) != 1:
                return None
            parts.append(int(tokens[j][1]))
            j += 1
            continue
        return None
    return parts[0], parts[1], j


def repeating_decimal(literal: str) -> sympy.Rational:
    """``0.1(6)`` (from ``0.1\\overline{6}``) -> 1/6: a repeating decimal is exact."""
    head, repeat = literal.rstrip(")").split("(")
    whole, _, fixed = head.partition(".")
    value = sympy.Rational(int(whole or "0") * 10 ** len(fixed) + int(fixed or "0"), 10 ** len(fixed))
    return value + sympy.Rational(int(repeat), (10 ** len(repeat) - 1) * 10 ** len(fixed))


def bits_of(base: sympy.Expr) -> float:
    if base.is_Rational:
        return magnitude_bits(base.p, base.q)
    if base.is_Float:
        # A float power has fixed precision whatever its size: only the exponent cap applies.
        return 0.0 if abs(base) in (0, 1) else 1e-9
    if base.is_number:
        size = numeric_size(base)
        if size is None:
            return 1.0
        return math.log2(size) if size > 1 else 1.0  # |base| <= 1 may still be e.g. 1/2: count it
    return 1.0  # symbolic base: only the exponent's size matters


def exponent_size(exponent: sympy.Expr) -> int | float:
    """|exponent|, as an int when it is one (a float cannot hold 10^400)."""
    if exponent.is_Integer:
        return abs(int(exponent))
    if exponent.is_Rational:
        return abs(exponent.p) // exponent.q + 1 if abs(exponent.p) > 10**300 else abs(exponent.p) / exponent.q
    return abs(float(exponent))


def numeric_size(expr: sympy.Expr) -> float | None:
    try:
        value = complex(expr.evalf(15))
    except (TypeError, ValueError, OverflowError):
        return None
    size = abs(value)
    return size if size == size and size != float("inf") else None
