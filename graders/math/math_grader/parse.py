"""Read an answer string into a value: a SymPy expression or a structure from :mod:`values`.

A small recursive-descent parser over :mod:`tokens`, building SymPy objects directly so
that every power, factorial and radicand passes a size guard (:mod:`limits`) *before*
SymPy evaluates it. Grammar, loosest binding first::

    answer    := item (("," | ";" | "or" | "and") item)*     several items: a bare list
    item      := union (relop union)*                         relations, chains, "x \\in S"
    union     := sum ("\\cup" sum)*
    sum       := term (("+" | "-" | "\\pm" | "\\mp") term)*
    term      := unary (("*" | "/" | implicit) power)*
    unary     := ("-" | "+" | "\\pm" | "\\mp") unary | power
    power     := postfix ("^" exponent)?                     right-associative; "^\\circ": degrees
    postfix   := atom ("!" | "%" | "°")*
    atom      := number | variable | constant | function | \\frac | \\sqrt | \\binom
               | "(" ... ")" | "[" ... "]" (group, tuple or interval) | "\\{" ... "\\}" | "|" sum "|"
               | matrix environment | floor / ceiling

Conventions a careful reader of answers expects: ``2\\frac{1}{2}`` and ``2 1/2`` are mixed
numbers (5/2); ``\\frac12`` takes one digit per argument (LaTeX) while ``x^12`` takes the
whole number (how answers are written); ``e`` and ``i`` are Euler's number and the
imaginary unit; decimals become SymPy ``Float`` so that comparison knows they are
approximations; ``\\pm`` yields both values.
"""

from __future__ import annotations

from functools import lru_cache

import sympy

from math_grader.clean import drop_commentary, prepare
from math_grader.limits import DEFAULT_LIMITS, AnswerTooLarge, Limits
from math_grader.parse_atoms import AtomParser
from math_grader.tokens import NotMath, ParseError, tokenize
from math_grader.values import Chain, Degrees, Percent, Relation, SetOf, TupleOf, UnionOf, Value, map_exprs

__all__ = ["NotMath", "ParseError", "parse_math"]

# The sign of ``\pm``: one symbol, substituted by +1 and -1 once the item is parsed.
PM = sympy.Dummy("pm")

_RELOPS = frozenset({"=", "!=", "<", "<=", ">", ">=", "∈"})
_ADDOPS = frozenset({"+", "-", "±", "∓"})
_ATOM_CMDS = frozenset({"frac", "sqrt", "binom", "pi", "infty", "abs"})


@lru_cache(maxsize=4096)
def parse_math(text: str, thousands: bool = True, limits: Limits = DEFAULT_LIMITS) -> Value:
    """Parse one answer. ``thousands``: read ``1,000`` as one number (off when a list is expected).

    Raises :class:`NotMath` for words, :class:`ParseError` for math it cannot read and
    :class:`~math_grader.limits.AnswerTooLarge` for answers over a size guard.
    """
    if len(text) > limits.max_answer_chars:
        raise AnswerTooLarge(f"answer is {len(text):,} characters (limit {limits.max_answer_chars:,})")
    tokens = drop_commentary(tokenize(prepare(text, thousands), limits))
    if not tokens:
        raise ParseError("nothing to parse")
    value = _Parser(tokens, limits).answer()
    _check_defined(value)
    return value


def _check_defined(value: Value) -> None:
    def check(expr: sympy.Basic) -> sympy.Basic:
        if isinstance(expr, sympy.Basic) and expr.has(sympy.nan, sympy.zoo):
            raise ParseError(f"the value {expr} is undefined (division by zero?)")
        return expr

    map_exprs(value, check)


class _Parser(AtomParser):
    # ---- grammar ------------------------------------------------------------------------
    def answer(self) -> Value:
        items = [self.item()]
        while self.at_separator():
            self.take()
            while self.at_separator():
                self.take()
            if self.peek() is None:
                break
            items.append(self.item())
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        items = _assignment_list(items)
        expanded: list[Value] = []
        for item in items:
            expanded.extend(_expand_pm(item))
        if len(expanded) > self.limits.max_items:
            raise AnswerTooLarge(f"the answer lists {len(expanded)} items (limit {self.limits.max_items})")
        if len(expanded) == 1:
            return expanded[0]
        return SetOf(tuple(expanded), explicit=False)

    def at_separator(self) -> bool:
        return self.at("sep") or self.at_op(",", ";")

    def item(self) -> Value:
        first = self.union()
        if self.at_op(":"):
            return self.ratio(first)
        if not self.at_relop():
            return first
        terms = [first]
        ops: list[str] = []
        while self.at_relop():
            op = self.take()[1]
            if op == "∈":
                if not isinstance(first, sympy.Symbol) or ops:
                    raise ParseError("'\\in' needs a variable on its left")
                member = self.union()
                if self.at_relop():
                    raise ParseError("a relation after '\\in'")
                return member
            terms.append(self.union())
            ops.append(op)
        scalars = tuple(self.scalar(t) for t in terms)
        if len(ops) == 1:
            return Relation(scalars[0], ops[0], scalars[1])
        return Chain(scalars, tuple(ops))

    def ratio(self, first: Value) -> TupleOf:
        """``3:5`` or the clock time ``9:45``: numbers in order, never an interval or a point."""
        parts = [self.scalar(first)]
        while self.at_op(":"):
            self.take()
            parts.append(self.scalar(self.union()))
        return TupleOf(tuple(parts), ":")

    def at_relop(self) -> bool:
        token = self.peek()
        return token is not None and token[0] == "op" and token[1] in _RELOPS

    def union(self) -> Value:
        parts = [self.sum()]
        while self.at_op("∪"):
            self.take()
            parts.append(self.sum())
        return parts[0] if len(parts) == 1 else UnionOf(tuple(parts))

    def sum(self) -> Value:
        left = self.term()
        while self.at_op(*_ADDOPS):
            op = self.take()[1]
            right = self.scalar(self.term())
            left = self.scalar(left)
            if op == "+":
                left = self.checked(left + right)
            elif op == "-":
                left = self.checked(left - right)
            else:
                left = self.checked(left + (PM if op == "±" else -PM) * right)
        return left

    def term(self) -> Value:
        left = self.unary()
        while True:
            if self.at_op("*"):
                self.take()
                left = self.checked(self.scalar(left) * self.scalar(self.unary()))
            elif self.at_op("/"):
                self.take()
                left = self.checked(self.scalar(left) / self.scalar(self.unary()))
            elif self.starts_factor():
                if self.at("num") and self.tokens[self.i - 1][0] == "num":
                    raise ParseError("two numbers in a row")
                left = self.checked(self.scalar(left) * self.scalar(self.power()))
            else:
                return left

    def starts_factor(self) -> bool:
        token = self.peek()
        if token is None:
            return False
        kind, value = token
        if kind in ("num", "letter", "name", "func"):
            return True
        if kind == "cmd":
            return value in _ATOM_CMDS
        if kind == "op":
            return value in ("(", "⌊", "⌈") or (value == "|" and self.abs_depth == 0)
        return False

    def unary(self) -> Value:
        if not self.at_op("-", "+", "±", "∓"):
            return self.power()
        self.enter()  # "- - - ... 1" nests like brackets do
        try:
            op = self.take()[1]
            operand = self.unary()
            if op == "+":
                return operand
            sign = {"-": -1, "±": PM, "∓": -PM}[op]
            return self.checked(sign * self.scalar(operand))
        finally:
            self.depth -= 1

    def power(self) -> Value:
        base = self.postfix()
        if not self.at_op("^"):
            return base
        self.take()
        if self.at_op("°"):
            self.take()
            return Degrees(self.scalar(base))
        if self.at_op("{") and self.peek(1) == ("op", "°") and self.peek(2) == ("op", "}"):
            self.i += 3
            return Degrees(self.scalar(base))
        exponent = self.exponent()
        return self.pow(self.scalar(base), exponent)

    def exponent(self) -> sympy.Expr:
        """What follows ``^``: a braced group, or a signed single atom (``x^-1``, ``2^3^2``)."""
        self.enter()
        try:
            if self.at_op("{"):
                self.take()
                value = self.scalar(self.sum())
                self.expect_op("}")
                return value
            if self.at_op("-"):
                self.take()
                return self.checked(-self.exponent())
            if self.at_op("+"):
                self.take()
            return self.scalar(self.power())
        finally:
            self.depth -= 1

    def postfix(self) -> Value:
        value = self.atom()
        while True:
            if self.at_op("!"):
                self.take()
                if self.at_op("!"):
                    raise ParseError("double factorial is not supported")
                value = self.factorial(self.scalar(value))
            elif self.at_op("%"):
                self.take()
                value = Percent(self.scalar(value))
            elif self.at_op("°"):
                self.take()
                value = Degrees(self.scalar(value))
            elif self.at_op("'"):
                raise ParseError("primes (derivatives) are not supported")
            else:
                return value

    def expand(self, item: Value) -> list[Value]:
        return _expand_pm(item)


def _assignment_list(items: list[Value]) -> list[Value]:
    """``x = 1, 2`` lists the values of ``x``: the same as ``x = 1, x = 2``."""
    first = items[0]
    if (
        len(items) > 1
        and isinstance(first, Relation)
        and first.op == "="
        and isinstance(first.lhs, sympy.Symbol)
        and all(isinstance(v, sympy.Expr) for v in items[1:])
    ):
        return [first, *(Relation(first.lhs, "=", v) for v in items[1:])]
    return items


def _expand_pm(value: Value) -> list[Value]:
    """``1 \\pm \\sqrt 2`` -> [1 + sqrt 2, 1 - sqrt 2] (one value when both are equal)."""
    has_pm = False

    def probe(expr: sympy.Basic) -> sympy.Basic:
        nonlocal has_pm
        has_pm = has_pm or (isinstance(expr, sympy.Basic) and expr.has(PM))
        return expr

    map_exprs(value, probe)
    if not has_pm:
        return [value]
    plus = map_exprs(value, lambda e: e.xreplace({PM: sympy.Integer(1)}))
    minus = map_exprs(value, lambda e: e.xreplace({PM: sympy.Integer(-1)}))
    return [plus] if plus == minus else [plus, minus]
