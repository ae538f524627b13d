"""What a parsed answer can be, besides a plain SymPy expression.

An answer is a *value*: a SymPy ``Expr`` for a number or formula, or one of the frozen
dataclasses below for the structures an answer can have. Keeping structure out of SymPy
matters for grading: ``Eq(3x-y+13, 0)`` must stay a relation (SymPy would happily
reduce both sides), a set must keep its elements, and ``(0, 1)`` must stay ambiguous
between a point and an open interval until the reference says which one was meant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A SymPy Expr or one of the classes below; SymPy stays an implementation detail here.
type Value = Any

RELATION_OPS = ("=", "!=", "<", "<=", ">", ">=")


@dataclass(frozen=True)
class Percent:
    """``50\\%``: equal to 50 (the number asked for) and to 0.5 (its value)."""

    value: Any


@dataclass(frozen=True)
class Degrees:
    """``30^\\circ``: equal to 30 and, when the other side is in radians, to pi/6."""

    value: Any


@dataclass(frozen=True)
class Relation:
    """``lhs op rhs`` with op one of :data:`RELATION_OPS`; never reduced to one side."""

    lhs: Any
    op: str
    rhs: Any


@dataclass(frozen=True)
class Chain:
    """``a < x <= b``: consecutive relations sharing their middle terms."""

    terms: tuple[Any, ...]
    ops: tuple[str, ...]


@dataclass(frozen=True)
class SetOf:
    """``\\{1, 2\\}`` (explicit) or a bare list ``1, 2`` / ``1 or 2`` (not explicit)."""

    items: tuple[Value, ...]
    explicit: bool = True


@dataclass(frozen=True)
class TupleOf:
    """``(1, 2)`` or ``[1, 2, 3]``: ordered. Two items in parentheses may be an open interval."""

    items: tuple[Value, ...]
    brackets: str = "()"


@dataclass(frozen=True)
class IntervalOf:
    lo: Any
    hi: Any
    lo_open: bool
    hi_open: bool


@dataclass(frozen=True)
class UnionOf:
    """``A \\cup B``: parts are intervals, sets or interval-like values."""

    parts: tuple[Value, ...]


@dataclass(frozen=True)
class MatrixOf:
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Choice:
    """A multiple-choice letter, ``(C)`` -> ``Choice("C")``."""

    letter: str


@dataclass(frozen=True)
class Named:
    """A reference that names what it gives: ``g(2)=9``, ``D=(0,1)``; the value is the answer."""

    name: str
    value: Value


@dataclass(frozen=True)
class Text:
    """An answer that is words, not math (``Monday``, ``\\text{no}``): compared as text."""

    text: str


def map_exprs(value: Value, fn: Callable[[Any], Any]) -> Value:
    """Apply ``fn`` to every SymPy expression inside ``value``, keeping its structure."""
    if isinstance(value, (Percent, Degrees)):
        return type(value)(fn(value.value))
    if isinstance(value, Relation):
        return Relation(fn(value.lhs), value.op, fn(value.rhs))
    if isinstance(value, Chain):
        return Chain(tuple(fn(t) for t in value.terms), value.ops)
    if isinstance(value, SetOf):
        return SetOf(tuple(map_exprs(v, fn) for v in value.items), value.explicit)
    if isinstance(value, TupleOf):
        return TupleOf(tuple(map_exprs(v, fn) for v in value.items), value.brackets)
    if isinstance(value, IntervalOf):
        return IntervalOf(fn(value.lo), fn(value.hi), value.lo_open, value.hi_open)
    if isinstance(value, UnionOf):
        return UnionOf(tuple(map_exprs(v, fn) for v in value.parts))
    if isinstance(value, MatrixOf):
        return MatrixOf(tuple(tuple(fn(c) for c in row) for row in value.rows))
    if isinstance(value, Named):
        return Named(value.name, map_exprs(value.value, fn))
    if isinstance(value, (Choice, Text)):
        return value
    return fn(value)


def describe(value: Value) -> str:
    """Short human-readable kind, for reasons."""
    names = {
        Percent: "percentage",
        Degrees: "angle in degrees",
        Relation: "relation",
        Chain: "chained inequality",
        SetOf: "set",
        TupleOf: "tuple",
        IntervalOf: "interval",
        UnionOf: "union",
        MatrixOf: "matrix",
        Choice: "choice",
        Text: "text",
    }
    if isinstance(value, Named):
        return describe(value.value)
    return names.get(type(value), "expression")
