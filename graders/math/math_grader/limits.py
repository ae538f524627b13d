"""Size guards that run *before* SymPy does work a signal cannot interrupt.

The runner's ``SIGALRM`` timer interrupts pure-Python work between bytecodes, but a single
big-integer operation in C (``2**(10**10)``, a 100,000-digit multiplication) or SymPy's
perfect-power search on a huge radicand runs to completion first. So every number the
parser builds is checked against these caps before it is built, and an answer that
exceeds one is refused with :class:`AnswerTooLarge` (the sample gets an error status).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from grader_core.errors import SampleError


class AnswerTooLarge(SampleError):
    """An answer (or reference) would make SymPy do unbounded work; refused up front."""


@dataclass(frozen=True)
class Limits:
    """Caps on what one answer may ask of SymPy. Defaults keep every step well under 100 ms."""

    # Characters of one extracted answer or reference; the response itself may be longer.
    max_answer_chars: int = 2_000
    max_tokens: int = 2_000
    # Brackets, braces, fractions and function arguments nested inside each other.
    max_depth: int = 50
    # Digits of one number literal (Python refuses int() of > 4300 digits anyway).
    max_digits: int = 1_000
    # Bits of any exact number the parser builds, e.g. 2^65536 is the largest power of 2.
    max_bits: int = 65_536
    # Bits of an integer or fraction under a fractional power: SymPy looks for perfect
    # powers and small factors there, which takes seconds at a few thousand bits.
    max_root_bits: int = 1_024
    # |n| in x^n for a symbolic or inexact base.
    max_exponent: int = 1_000_000
    max_factorial: int = 5_000
    # Elements of one set, tuple or matrix.
    max_items: int = 400


DEFAULT_LIMITS = Limits()


def check_power(base_bits: float, exponent: int | float, limits: Limits) -> None:
    """Refuse ``base ** exponent`` when the exact result would exceed ``limits.max_bits``.

    ``base_bits`` is log2 of the base's magnitude (numerator and denominator counted
    separately for a fraction); bases 0, 1 and -1 pass with any exponent.
    """
    if base_bits <= 0:
        return
    if abs(exponent) > limits.max_exponent:
        raise AnswerTooLarge(f"exponent {_short(exponent)} is over the limit of {limits.max_exponent:,}")
    if base_bits * abs(exponent) > limits.max_bits:
        raise AnswerTooLarge(
            f"a power with exponent {_short(exponent)} would have about {base_bits * abs(exponent):,.0f} bits "
            f"(limit {limits.max_bits:,})"
        )


def check_bits(numerator: int, denominator: int, limits: Limits, what: str = "a number") -> None:
    bits = numerator.bit_length() + denominator.bit_length()
    if bits > limits.max_bits:
        raise AnswerTooLarge(f"{what} has {bits:,} bits (limit {limits.max_bits:,})")


def magnitude_bits(numerator: int, denominator: int = 1) -> float:
    """log2 of the larger of |numerator| and |denominator|: what powering it multiplies."""
    big = max(abs(numerator), abs(denominator))
    return math.log2(big) if big > 1 else 0.0


def _short(number: int | float) -> str:
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, int):
        digits = len(str(abs(number)))
        return f"{number:,}" if digits <= 18 else f"a {digits}-digit number"
    return f"{number:g}"
