"""Sets of reals: intervals, unions, one-variable inequalities and ranges, as SymPy sets.

``(0, \\infty)``, ``x > 0`` and ``-1 < x \\le 3`` describe sets of reals; two answers are
equal when their sets are, compared by components (endpoints and openness), so ``[1, 3]
\\cup [2, 5]`` is ``[1, 5]`` but ``(0, 2) \\cup (2, 4)`` is not ``(0, 4)``.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy

from math_grader.numeric import exprs_equal
from math_grader.values import Chain, IntervalOf, Relation, SetOf, TupleOf, UnionOf, Value

FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
# Equality of two finite sets of values (compare.sets_equal, passed in: it recurses into compare).
type FiniteEqual = Callable[[tuple[Value, ...], tuple[Value, ...], float], bool]


def may_be_interval(value: Value) -> bool:
    return (
        isinstance(value, TupleOf)
        and value.brackets == "()"
        and len(value.items) == 2
        and all(isinstance(x, sympy.Expr) for x in value.items)
    )


def is_interval_like(value: Value) -> bool:
    return _real_set(value) is not None


def real_sets_equal(gold: Value, pred: Value, rel_tol: float, finite_sets_equal: FiniteEqual) -> bool:
    g, p = _real_set(gold), _real_set(pred)
    if g is None or p is None:
        return False
    (gset, gvar), (pset, pvar) = g, p
    if gvar is not None and pvar is not None and gvar != pvar:
        return False
    if gset == pset:
        return True
    gparts, pparts = _components(gset), _components(pset)
    if len(gparts) != len(pparts):
        return False
    return all(_components_equal(a, b, rel_tol, finite_sets_equal) for a, b in zip(gparts, pparts, strict=True))


def _components(real_set: sympy.Set) -> list[sympy.Set]:
    if isinstance(real_set, sympy.Union):
        return list(real_set.args)
    return [real_set]


def _components_equal(a: sympy.Set, b: sympy.Set, rel_tol: float, finite_sets_equal: FiniteEqual) -> bool:
    if isinstance(a, sympy.Interval) and isinstance(b, sympy.Interval):
        return (
            a.left_open == b.left_open
            and a.right_open == b.right_open
            and exprs_equal(a.start, b.start, rel_tol)
            and exprs_equal(a.end, b.end, rel_tol)
        )
    if isinstance(a, sympy.FiniteSet) and isinstance(b, sympy.FiniteSet):
        return finite_sets_equal(tuple(a.args), tuple(b.args), rel_tol)
    return a == b


def _real_set(value: Value) -> tuple[sympy.Set, sympy.Symbol | None] | None:
    """The set of reals ``value`` describes, with its variable if it names one."""
    try:
        return _real_set_unchecked(value)
    except (TypeError, ValueError):
        return None  # SymPy cannot order symbolic endpoints


def _real_set_unchecked(value: Value) -> tuple[sympy.Set, sympy.Symbol | None] | None:
    if isinstance(value, IntervalOf):
        return sympy.Interval(value.lo, value.hi, value.lo_open, value.hi_open), None
    if may_be_interval(value):
        lo, hi = value.items
        return sympy.Interval(lo, hi, True, True), None
    if isinstance(value, Relation):
        return _relation_set(value.lhs, value.op, value.rhs)
    if isinstance(value, Chain):
        # -2 < x < 3, and a range on an expression: -2 < g(x) < 3.
        if len(value.ops) != 2 or not getattr(value.terms[1], "free_symbols", None):
            return None
        lo, middle, hi = value.terms
        var = middle if isinstance(middle, sympy.Symbol) else None
        ops = value.ops
        if all(op in (">", ">=") for op in ops):
            lo, hi, ops = hi, lo, tuple(FLIP[op] for op in reversed(ops))
        if not all(op in ("<", "<=") for op in ops) or lo.free_symbols or hi.free_symbols:
            return None
        return sympy.Interval(lo, hi, ops[0] == "<", ops[1] == "<"), var
    if isinstance(value, (UnionOf, SetOf)):
        parts = value.parts if isinstance(value, UnionOf) else value.items
        if isinstance(value, SetOf) and value.explicit:
            if all(isinstance(x, sympy.Expr) for x in parts):
                return sympy.FiniteSet(*parts), None
            return None
        sets = []
        variables = set()
        for part in parts:
            if isinstance(part, SetOf) and part.explicit and all(isinstance(x, sympy.Expr) for x in part.items):
                sets.append(sympy.FiniteSet(*part.items))
                continue
            converted = _real_set(part)
            if converted is None:
                return None
            sets.append(converted[0])
            if converted[1] is not None:
                variables.add(converted[1])
        if len(variables) > 1:
            return None
        return sympy.Union(*sets), (variables.pop() if variables else None)
    return None


def _relation_set(lhs: sympy.Expr, op: str, rhs: sympy.Expr) -> tuple[sympy.Set, sympy.Symbol] | None:
    if not lhs.free_symbols and rhs.free_symbols:
        lhs, rhs, op = rhs, lhs, FLIP[op]
    if isinstance(lhs, sympy.Abs) and op != "=" and not rhs.free_symbols:
        return _distance_set(lhs.args[0], op, rhs)
    if not isinstance(lhs, sympy.Symbol) or rhs.free_symbols:
        return None
    oo = sympy.oo
    sets = {
        "=": sympy.FiniteSet(rhs),
        "!=": sympy.Union(sympy.Interval(-oo, rhs, True, True), sympy.Interval(rhs, oo, True, True)),
        "<": sympy.Interval(-oo, rhs, True, True),
        "<=": sympy.Interval(-oo, rhs, True, False),
        ">": sympy.Interval(rhs, oo, True, True),
        ">=": sympy.Interval(rhs, oo, False, True),
    }
    return sets[op], lhs


def _distance_set(inner: sympy.Expr, op: str, bound: sympy.Expr) -> tuple[sympy.Set, sympy.Symbol] | None:
    """``|x - c| < r`` is the interval (c - r, c + r); ``>`` its complement. Only for x +/- c."""
    symbols = inner.free_symbols
    if len(symbols) != 1:
        return None
    var = next(iter(symbols))
    center = -(inner - var)
    if center.free_symbols or not (inner - var).is_number:
        return None
    lo, hi = center - bound, center + bound
    if op in ("<", "<="):
        return sympy.Interval(lo, hi, op == "<", op == "<"), var
    if op in (">", ">="):
        # |x| > 3 leaves out [-3, 3]; |x| >= 3 leaves out only (-3, 3).
        excluded = sympy.Interval(lo, hi, op == ">=", op == ">=")
        return sympy.Complement(sympy.Reals, excluded), var
    return None
