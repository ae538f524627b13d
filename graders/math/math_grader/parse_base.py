"""The parser's base: a cursor over tokens, and SymPy construction behind size guards.

Every power, factorial, binomial and radicand passes a guard of :mod:`limits` *before*
SymPy evaluates it: a single big-integer operation in C cannot be interrupted by the
runner's timer, so it must never start.
"""

from __future__ import annotations

import sympy

from math_grader.limits import AnswerTooLarge, Limits, check_bits, check_power, magnitude_bits
from math_grader.literals import bits_of, exponent_size, numeric_size
from math_grader.tokens import ParseError, Token
from math_grader.values import Degrees, Percent, Value


class TokenCursor:
    def __init__(self, tokens: list[Token], limits: Limits) -> None:
        self.tokens = tokens
        self.i = 0
        self.limits = limits
        self.depth = 0
        self.abs_depth = 0

    # ---- token access -------------------------------------------------------------------
    def peek(self, offset: int = 0) -> Token | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, kind: str, value: str | None = None) -> bool:
        token = self.peek()
        return token is not None and token[0] == kind and (value is None or token[1] == value)

    def at_op(self, *values: str) -> bool:
        token = self.peek()
        return token is not None and token[0] == "op" and token[1] in values

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise ParseError("the answer ends too early")
        self.i += 1
        return token

    def expect_op(self, value: str) -> None:
        token = self.peek()
        if token != ("op", value):
            found = "the end" if token is None else repr(token[1])
            raise ParseError(f"expected {value!r}, found {found}")
        self.i += 1

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.limits.max_depth:
            raise AnswerTooLarge(f"the answer nests deeper than {self.limits.max_depth} levels")

    # ---- guarded construction --------------------------------------------------------------
    def scalar(self, value: Value) -> sympy.Expr:
        """The expression a value stands for inside arithmetic (``50\\%`` is 1/2 there)."""
        if isinstance(value, Percent):
            return self.checked(value.value / 100)
        if isinstance(value, Degrees):
            return self.checked(value.value * sympy.pi / 180)
        if isinstance(value, sympy.Expr):
            return value
        raise ParseError(f"a {type(value).__name__.removesuffix('Of').lower()} cannot appear inside arithmetic")

    def checked(self, expr: sympy.Expr) -> sympy.Expr:
        if expr.is_Rational:
            check_bits(expr.p, expr.q, self.limits)
        return expr

    def pow(self, base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
        if exponent.is_Number:
            fractional = exponent.is_Rational and exponent.q != 1
            if fractional and base.is_Rational and magnitude_bits(base.p, base.q) > self.limits.max_root_bits:
                raise AnswerTooLarge(
                    f"a fractional power of a {max(base.p, base.q).bit_length():,}-bit number "
                    f"(limit {self.limits.max_root_bits:,} bits)"
                )
            check_power(bits_of(base), exponent_size(exponent), self.limits)
        elif base.is_Number and base.is_finite and not exponent.free_symbols:
            # A constant exponent that is not a plain number (2^{\sqrt 2}, 10^{10^{10}} was
            # already refused): evaluate its size before SymPy tries exactness.
            size = numeric_size(exponent)
            if size is None or size > self.limits.max_exponent:
                raise AnswerTooLarge("an exponent too large or not a finite number")
        return self.checked(sympy.Pow(base, exponent))

    def root(self, radicand: sympy.Expr, index: sympy.Expr | None) -> sympy.Expr:
        if index is None:
            return self.pow(radicand, sympy.Rational(1, 2))
        if index.is_Integer and index > 0 and index % 2 == 1 and radicand.is_number and radicand.is_extended_negative:
            # The real cube root of -8 is -2 (SymPy's principal root would be complex).
            return self.checked(-self.pow(-radicand, 1 / index))
        return self.pow(radicand, 1 / index)

    def factorial(self, n: sympy.Expr) -> sympy.Expr:
        if n.is_Number and (not n.is_finite or abs(n) > self.limits.max_factorial):
            raise AnswerTooLarge(f"factorial of {n} (limit {self.limits.max_factorial:,})")
        return self.checked(sympy.factorial(n))

    def binomial(self, n: sympy.Expr, k: sympy.Expr) -> sympy.Expr:
        cap = 10 * self.limits.max_factorial  # C(50000, 25000) has ~50,000 bits: under max_bits
        for part in (n, k):
            if part.is_Number and (not part.is_finite or abs(part) > cap):
                raise AnswerTooLarge(f"binomial coefficient with {part} (limit {cap:,})")
        return self.checked(sympy.binomial(n, k))
