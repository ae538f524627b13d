"""Is a parsed answer equivalent to the parsed reference? Structure first, then values.

The reference decides what kind of thing is expected; the prediction must be that kind:

- numbers and expressions: :func:`numeric.exprs_equal` (percent and degrees read both ways);
- an assignment ``x = 4`` counts as its value ``4`` against a plain value, both ways;
- equations and inequalities: the same relation after rearranging and scaling
  (:func:`numeric.proportional`), never by comparing one side;
- sets: equal as sets (every element matched once, none left over) -- a subset or a
  superset is wrong; a bare list ``1, 2`` is a set, and a set of one is its element;
- tuples: same length, in order; ``(a, b)`` may also be the open interval;
- intervals, unions and one-variable inequalities: the same set of reals, compared by
  endpoints and openness;
- matrices: same shape, element by element (a vector may be written as a tuple);
- multiple-choice letters and text: the same letter / the same words.
"""

from __future__ import annotations

import sympy

from math_grader.numeric import exprs_equal, proportional
from math_grader.real_sets import FLIP, is_interval_like, may_be_interval, real_sets_equal
from math_grader.values import (
    Chain,
    Choice,
    Degrees,
    IntervalOf,
    MatrixOf,
    Named,
    Percent,
    Relation,
    SetOf,
    Text,
    TupleOf,
    UnionOf,
    Value,
)

_SCALAR_TYPES = (sympy.Expr, Percent, Degrees)


def equivalent(gold: Value, pred: Value, rel_tol: float) -> bool:
    """``True`` when ``pred`` says what ``gold`` says (see the module docstring)."""
    if gold == pred:
        return True
    if isinstance(gold, Named):
        if isinstance(pred, Named):
            return pred.name == gold.name and equivalent(gold.value, pred.value, rel_tol)
        return equivalent(gold.value, pred, rel_tol)
    if isinstance(gold, Text):
        return isinstance(pred, Text) and pred.text == gold.text
    if isinstance(gold, Choice):
        return _choice_letter(pred) == gold.letter
    if isinstance(gold, SetOf):
        return _against_set(gold, pred, rel_tol)
    if isinstance(pred, SetOf):
        if len(pred.items) == 1:
            return equivalent(gold, pred.items[0], rel_tol)
        if isinstance(gold, TupleOf) and not pred.explicit:
            return _in_order(gold.items, _by_variable(pred.items), rel_tol)
        if is_interval_like(gold):
            return real_sets_equal(gold, pred, rel_tol, sets_equal)
        return False
    if isinstance(gold, TupleOf):
        return _against_tuple(gold, pred, rel_tol)
    if isinstance(gold, MatrixOf):
        return _against_matrix(gold, pred, rel_tol)
    if isinstance(gold, (IntervalOf, UnionOf, Chain)):
        return real_sets_equal(gold, pred, rel_tol, sets_equal)
    if isinstance(gold, Relation):
        return _against_relation(gold, pred, rel_tol)
    if isinstance(gold, _SCALAR_TYPES):
        value = _assigned_value(pred) if isinstance(pred, Relation) else pred
        return isinstance(value, _SCALAR_TYPES) and _scalars_equal(gold, value, rel_tol)
    return False


# ---- scalars -------------------------------------------------------------------------------


def _scalars_equal(gold: Value, pred: Value, rel_tol: float) -> bool:
    if isinstance(gold, Percent) or isinstance(pred, Percent):
        if isinstance(gold, Degrees) or isinstance(pred, Degrees):
            return False
        if isinstance(gold, Percent) and isinstance(pred, Percent):
            return exprs_equal(gold.value, pred.value, rel_tol)
        # 50% answers "what percent" as 50 and "what fraction" as 0.5: both are right.
        percent, plain, gold_is_percent = (gold, pred, True) if isinstance(gold, Percent) else (pred, gold, False)
        candidates = (percent.value, percent.value / 100)
        return any(_ordered_equal(c, plain, gold_is_percent, rel_tol) for c in candidates)
    if isinstance(gold, Degrees) or isinstance(pred, Degrees):
        if isinstance(gold, Degrees) and isinstance(pred, Degrees):
            return exprs_equal(gold.value, pred.value, rel_tol)
        degrees, plain, gold_is_degrees = (gold, pred, True) if isinstance(gold, Degrees) else (pred, gold, False)
        if plain.has(sympy.pi):
            # An angle given in radians on the other side: 30^\circ and \pi/6.
            return _ordered_equal(degrees.value * sympy.pi / 180, plain, gold_is_degrees, rel_tol)
        # 30 for 30^\circ, and 2^\circ for 2: the degree sign marks the unit the number is in.
        return _ordered_equal(degrees.value, plain, gold_is_degrees, rel_tol)
    return exprs_equal(gold, pred, rel_tol)


def _ordered_equal(a: sympy.Expr, b: sympy.Expr, a_is_gold: bool, rel_tol: float) -> bool:
    return exprs_equal(a, b, rel_tol) if a_is_gold else exprs_equal(b, a, rel_tol)


def _assigned_value(value: Relation) -> sympy.Expr | None:
    """``x = 4`` or ``4 = x`` -> 4: an equation that only names its value."""
    if value.op != "=":
        return None
    for var, other in ((value.lhs, value.rhs), (value.rhs, value.lhs)):
        if isinstance(var, sympy.Symbol) and var not in other.free_symbols:
            return other
    return None


# ---- relations -----------------------------------------------------------------------------


def _against_relation(gold: Relation, pred: Value, rel_tol: float) -> bool:
    if isinstance(pred, Relation):
        return relations_equal(gold, pred, rel_tol)
    if isinstance(pred, _SCALAR_TYPES):
        value = _assigned_value(gold)
        return value is not None and _scalars_equal(value, pred, rel_tol)
    if gold.op != "=" and is_interval_like(pred):
        return real_sets_equal(gold, pred, rel_tol, sets_equal)
    return False


def relations_equal(gold: Relation, pred: Relation, rel_tol: float) -> bool:
    g, p = _normalized(gold), _normalized(pred)
    if g.op != p.op:
        return False
    if not (g.lhs.free_symbols | g.rhs.free_symbols | p.lhs.free_symbols | p.rhs.free_symbols):
        same = exprs_equal(g.lhs, p.lhs, rel_tol) and exprs_equal(g.rhs, p.rhs, rel_tol)
        swapped = g.op in ("=", "!=") and exprs_equal(g.lhs, p.rhs, rel_tol) and exprs_equal(g.rhs, p.lhs, rel_tol)
        return same or swapped
    return proportional(g.lhs - g.rhs, p.lhs - p.rhs, positive=g.op in (">", ">="), rel_tol=rel_tol)


def _normalized(relation: Relation) -> Relation:
    """``a < b`` -> ``b > a``: one direction, so that only the scale factor is left to compare."""
    if relation.op in ("<", "<="):
        return Relation(relation.rhs, FLIP[relation.op], relation.lhs)
    return relation


# ---- sets and tuples -----------------------------------------------------------------------


def _against_set(gold: SetOf, pred: Value, rel_tol: float) -> bool:
    if isinstance(pred, SetOf):
        if is_interval_like(gold) and is_interval_like(pred):
            return real_sets_equal(gold, pred, rel_tol, sets_equal)
        return sets_equal(gold.items, pred.items, rel_tol)
    if isinstance(pred, TupleOf) and not gold.explicit:
        return sets_equal(gold.items, pred.items, rel_tol)
    if len(gold.items) == 1:
        return equivalent(gold.items[0], pred, rel_tol)
    if is_interval_like(gold) and is_interval_like(pred):
        return real_sets_equal(gold, pred, rel_tol, sets_equal)
    return False


def sets_equal(gold: tuple[Value, ...], pred: tuple[Value, ...], rel_tol: float) -> bool:
    """Equal as sets: duplicates collapse, then every element is matched exactly once."""
    gold_unique = _unique(gold, rel_tol)
    pred_unique = _unique(pred, rel_tol)
    if len(gold_unique) != len(pred_unique):
        return False
    remaining = list(pred_unique)
    for item, mark in gold_unique:
        for j, (candidate, other) in enumerate(remaining):
            if item == candidate or (_may_match(mark, other) and equivalent(item, candidate, rel_tol)):
                del remaining[j]
                break
        else:
            return False
    return True


def _unique(items: tuple[Value, ...], rel_tol: float) -> list[tuple[Value, complex | None]]:
    unique: list[tuple[Value, complex | None]] = []
    for item in dict.fromkeys(items):  # structural duplicates first: cheap
        mark = _fingerprint(item)
        if not any(_may_match(mark, m) and equivalent(kept, item, rel_tol) for kept, m in unique):
            unique.append((item, mark))
    return unique


def _fingerprint(value: Value) -> complex | None:
    """A constant's value in double precision, computed once per element.

    Matching sets is quadratic in element comparisons; two constants whose values are far
    apart cannot be equivalent under any allowed tolerance, so most pairs skip SymPy.
    """
    if not isinstance(value, sympy.Expr) or value.free_symbols:
        return None
    try:
        return complex(value.evalf(15))
    except (TypeError, ValueError, OverflowError):
        return None


def _may_match(a: complex | None, b: complex | None) -> bool:
    if a is None or b is None:
        return True
    # rel_tol is at most 0.1 (SPEC_SCHEMA): a gap of a quarter of the magnitude is decisive.
    return abs(a - b) <= 0.25 * max(abs(a), abs(b)) or max(abs(a), abs(b)) < 1e-300


def _by_variable(items: tuple[Value, ...]) -> tuple[Value, ...]:
    """``y = 3, x = 2`` answers the point (2, 3): assignments to distinct variables, sorted by name."""
    names = [_assigned_name(item) for item in items]
    if None in names or len(set(names)) != len(names):
        return items
    return tuple(item for _, item in sorted(zip(names, items, strict=True), key=lambda pair: str(pair[0])))


def _assigned_name(item: Value) -> str | None:
    if isinstance(item, Relation) and item.op == "=" and isinstance(item.lhs, sympy.Symbol):
        return item.lhs.name if item.lhs not in item.rhs.free_symbols else None
    return None


def _in_order(gold: tuple[Value, ...], pred: tuple[Value, ...], rel_tol: float) -> bool:
    return len(gold) == len(pred) and all(equivalent(g, p, rel_tol) for g, p in zip(gold, pred, strict=True))


def _against_tuple(gold: TupleOf, pred: Value, rel_tol: float) -> bool:
    if isinstance(pred, TupleOf):
        if (gold.brackets == ":") != (pred.brackets == ":"):
            return False  # a ratio or a clock time is not a point
        return _in_order(gold.items, pred.items, rel_tol)
    if may_be_interval(gold) and isinstance(pred, (IntervalOf, UnionOf, Chain, Relation)):
        return real_sets_equal(gold, pred, rel_tol, sets_equal)
    if isinstance(pred, MatrixOf):
        vector = _as_vector(pred)
        return vector is not None and _in_order(gold.items, vector, rel_tol)
    return False


def _against_matrix(gold: MatrixOf, pred: Value, rel_tol: float) -> bool:
    if isinstance(pred, MatrixOf):
        gold_vector, pred_vector = _as_vector(gold), _as_vector(pred)
        if gold_vector is not None and pred_vector is not None:
            # A vector is a vector, written as a row or as a column.
            return _in_order(gold_vector, pred_vector, rel_tol)
        if len(gold.rows) != len(pred.rows) or len(gold.rows[0]) != len(pred.rows[0]):
            return False
        return all(
            exprs_equal(g, p, rel_tol)
            for grow, prow in zip(gold.rows, pred.rows, strict=True)
            for g, p in zip(grow, prow, strict=True)
        )
    if isinstance(pred, TupleOf):
        vector = _as_vector(gold)
        return vector is not None and _in_order(vector, pred.items, rel_tol)
    return False


def _as_vector(matrix: MatrixOf) -> tuple[sympy.Expr, ...] | None:
    if len(matrix.rows) == 1:
        return matrix.rows[0]
    if all(len(row) == 1 for row in matrix.rows):
        return tuple(row[0] for row in matrix.rows)
    return None


# ---- multiple choice -----------------------------------------------------------------------


def _choice_letter(value: Value) -> str | None:
    if isinstance(value, Choice):
        return value.letter
    if isinstance(value, sympy.Symbol) and len(value.name) == 1 and value.name.isupper():
        return value.name
    return None
