"""Equality of two SymPy expressions: exact where both are exact, tolerant where one is not.

Rules, in the order they are tried:

1. Structurally equal after SymPy's automatic evaluation: equal.
2. Constants (no free symbols):
   - two exact rationals are equal only if identical (``1/3`` is not ``0.333333``);
   - otherwise, if neither side holds a decimal (``Float``), the difference is evaluated
     with SymPy's adaptive precision: an identity such as ``(1+\\sqrt2)^2 = 3+2\\sqrt2``
     leaves no significant digit, while ``\\pi + 10^{-60}`` vs ``\\pi`` is a real difference;
   - with a decimal on either side, relative tolerance ``rel_tol`` applies -- except that an
     integer reference must be matched exactly (a count is never "about" right), and a zero
     reference needs an exact zero (relative error is undefined there).
3. Expressions with variables: rational functions are compared exactly by cancelling the
   difference when that is cheap; everything else (and decimals) by evaluating both sides
   at fixed pseudo-random points of both signs, with ``simplify`` only when too few points
   can be evaluated. Points of both signs matter: ``\\sqrt{x^2}`` is not ``x``.
"""

from __future__ import annotations

import mpmath
import sympy

# Significant digits for numeric checks; exact identities agree to ~28 of 30 digits.
_DPS = 30
_EXACT_REL = mpmath.mpf("1e-20")
# Fixed, irregular points of both signs: deterministic, and no policy can aim at them.
_POINTS = (0.6180339887, -1.3247179572, 2.2360679775, -0.4142135624, 1.7320508076, -2.6457513111, 0.3819660113)
_MIN_AGREEING = 3
# Rational functions up to this degree are cancelled exactly; larger ones are probed.
_MAX_CANCEL_DEGREE = 40
_MAX_CANCEL_OPS = 200


def exprs_equal(gold: sympy.Expr, pred: sympy.Expr, rel_tol: float) -> bool:
    if gold == pred:
        return True
    if gold.has(sympy.oo, -sympy.oo, sympy.zoo) or pred.has(sympy.oo, -sympy.oo, sympy.zoo):
        return False  # infinities only equal themselves (rule 1)
    if not gold.free_symbols and not pred.free_symbols:
        return numbers_equal(gold, pred, rel_tol)
    return functions_equal(gold, pred, rel_tol)


def numbers_equal(gold: sympy.Expr, pred: sympy.Expr, rel_tol: float) -> bool:
    inexact = gold.has(sympy.Float) or pred.has(sympy.Float)
    if not inexact:
        if gold.is_Rational and pred.is_Rational:
            return False
        return is_zero(gold - pred)
    if gold.is_Integer:
        return is_zero(gold - pred)
    g, p = to_mpc(gold), to_mpc(pred)
    if g is None or p is None:
        return False
    return close(g, p, mpmath.mpf(rel_tol), exact_zero=True)


def is_zero(difference: sympy.Expr) -> bool:
    """True when ``difference`` (a constant) evaluates to zero at every precision SymPy tries."""
    if difference == 0:
        return True
    try:
        value = difference.evalf(_DPS)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return False
    if value == 0:
        return True
    if not value.is_number:
        return False
    real, imag = value.as_real_imag()
    return all(part == 0 or (part.is_Float and part._prec <= 1) for part in (real, imag))


def to_mpc(expr: sympy.Expr, subs: dict[sympy.Symbol, sympy.Float] | None = None) -> mpmath.mpc | None:
    """``expr`` evaluated to a complex mpmath number, or ``None`` if it is not a finite number."""
    try:
        value = expr.evalf(_DPS, subs=subs) if subs else expr.evalf(_DPS)
        if not value.is_number or value.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            return None
        with mpmath.workdps(_DPS):
            result = mpmath.mpc(value._to_mpmath(mpmath.mp.prec, allow_ints=True))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError):
        return None
    if not (mpmath.isfinite(result.real) and mpmath.isfinite(result.imag)):
        return None
    return result


def close(a: mpmath.mpc, b: mpmath.mpc, rel_tol: mpmath.mpf, exact_zero: bool = False) -> bool:
    scale = max(abs(a), abs(b))
    if scale == 0:
        return True
    if exact_zero and (a == 0 or b == 0):
        return False
    return abs(a - b) <= rel_tol * scale


def functions_equal(gold: sympy.Expr, pred: sympy.Expr, rel_tol: float) -> bool:
    if not gold.has(sympy.Float) and pred.has(sympy.Float):
        # 0.5x is x/2, but x^2 + 0.0000001 is not x^2: a decimal in a formula is read as the
        # exact decimal fraction it is written as, unless the reference itself has decimals.
        pred = exact_decimals(pred)
    inexact = gold.has(sympy.Float) or pred.has(sympy.Float)
    difference = gold - pred
    if difference == 0:
        return True
    if not inexact:
        verdict = _cancel_is_zero(difference)
        if verdict is not None:
            return verdict
    verdict = _probe(gold, pred, mpmath.mpf(rel_tol) if inexact else _EXACT_REL)
    if verdict is not None:
        return verdict
    return bool(sympy.simplify(difference) == 0)


def exact_decimals(expr: sympy.Expr) -> sympy.Expr:
    """Replace each Float by the exact fraction of its decimal digits (0.1 -> 1/10)."""
    return expr.xreplace({f: sympy.Rational(str(f)) for f in expr.atoms(sympy.Float)})


def _cancel_is_zero(difference: sympy.Expr) -> bool | None:
    """Exact verdict for rational functions small enough to cancel; ``None`` otherwise."""
    if not difference.is_rational_function() or sympy.count_ops(difference) > _MAX_CANCEL_OPS:
        return None
    for power in difference.atoms(sympy.Pow):
        if power.exp.is_Integer and abs(power.exp) > _MAX_CANCEL_DEGREE:
            return None
    return bool(sympy.cancel(difference) == 0)


def _probe(gold: sympy.Expr, pred: sympy.Expr, rel_tol: mpmath.mpf) -> bool | None:
    """Compare values at fixed points: False at the first clear difference, True after
    enough agreeing points, ``None`` when too few points can be evaluated."""
    symbols = sorted(gold.free_symbols | pred.free_symbols, key=lambda s: s.name)
    agreeing = 0
    for k in range(len(_POINTS)):
        point = _point(symbols, k)
        g, p = to_mpc(gold, point), to_mpc(pred, point)
        if g is None or p is None:
            continue
        if not close(g, p, rel_tol):
            return False
        agreeing += 1
        if agreeing >= _MIN_AGREEING + 1:
            return True
    return True if agreeing >= _MIN_AGREEING else None


def _point(symbols: list[sympy.Symbol], k: int) -> dict[sympy.Symbol, sympy.Float]:
    """The k-th probe point: each variable gets a different value, of either sign."""
    n = len(_POINTS)
    return {s: sympy.Float(_POINTS[(k + 3 * j) % n] * (1 + 0.137 * j), _DPS) for j, s in enumerate(symbols)}


def proportional(a: sympy.Expr, b: sympy.Expr, positive: bool, rel_tol: float) -> bool:
    """``a == c * b`` for a constant ``c != 0`` (``c > 0`` when ``positive``).

    This is what makes ``y = 2x + 3`` and ``4x - 2y + 6 = 0`` the same equation while
    ``3x - y + 13 = 0`` and ``3x + 4y + 14 = 0`` stay different.
    """
    if a == 0 or b == 0:
        return a == 0 and b == 0
    if not a.has(sympy.Float) and b.has(sympy.Float):
        b = exact_decimals(b)  # as in functions_equal: the reference has no decimals to be near
    inexact = a.has(sympy.Float) or b.has(sympy.Float)
    if not inexact and a.is_rational_function() and b.is_rational_function():
        ratio = _cancelled_ratio(a, b)
        if ratio is not None:
            if ratio.free_symbols or not ratio.is_number:
                return False
            return bool(ratio != 0 and (not positive or ratio.is_positive))
    tol = mpmath.mpf(rel_tol) if inexact else _EXACT_REL
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    ratios: list[mpmath.mpc] = []
    for k in range(len(_POINTS)):
        point = _point(symbols, k)
        va, vb = to_mpc(a, point), to_mpc(b, point)
        if va is None or vb is None or vb == 0:
            continue
        ratios.append(va / vb)
    if len(ratios) < _MIN_AGREEING:
        return False
    first = ratios[0]
    if first == 0 or any(not close(r, first, tol) for r in ratios[1:]):
        return False
    if positive:
        return abs(first.imag) <= tol * abs(first) and first.real > 0
    return True


def _cancelled_ratio(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr | None:
    for expr in (a, b):
        if sympy.count_ops(expr) > _MAX_CANCEL_OPS:
            return None
        for power in expr.atoms(sympy.Pow):
            if power.exp.is_Integer and abs(power.exp) > _MAX_CANCEL_DEGREE:
                return None
    return sympy.cancel(a / b)
