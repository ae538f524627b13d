"""Atoms of an answer: numbers, variables, commands, functions, brackets, sets and matrices.

:class:`AtomParser` reads one atom; the operators between atoms are :mod:`parse`'s
``_Parser``, which also supplies ``item``, ``sum`` and ``power`` used here for what
brackets and arguments hold.
"""

from __future__ import annotations

import sympy

from math_grader.limits import AnswerTooLarge
from math_grader.literals import integer_frac, repeating_decimal
from math_grader.parse_base import TokenCursor
from math_grader.tokens import ParseError
from math_grader.values import IntervalOf, MatrixOf, SetOf, TupleOf, Value

_MATRIX_ENVS = frozenset({"matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array"})
_FUNCS = {
    "sin": sympy.sin,
    "cos": sympy.cos,
    "tan": sympy.tan,
    "cot": sympy.cot,
    "sec": sympy.sec,
    "csc": sympy.csc,
    "arcsin": sympy.asin,
    "arccos": sympy.acos,
    "arctan": sympy.atan,
    "asin": sympy.asin,
    "acos": sympy.acos,
    "atan": sympy.atan,
    "sinh": sympy.sinh,
    "cosh": sympy.cosh,
    "tanh": sympy.tanh,
    "coth": sympy.coth,
    "ln": sympy.log,
    "exp": sympy.exp,
}
_INVERSE = {"sin": "arcsin", "cos": "arccos", "tan": "arctan"}


class AtomParser(TokenCursor):
    # Supplied by the operator grammar (parse._Parser).
    def item(self) -> Value:
        raise NotImplementedError

    def sum(self) -> Value:
        raise NotImplementedError

    def power(self) -> Value:
        raise NotImplementedError

    def starts_factor(self) -> bool:
        raise NotImplementedError

    def expand(self, item: Value) -> list[Value]:
        raise NotImplementedError

    def atom(self) -> Value:
        self.enter()
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def _atom(self) -> Value:
        kind, value = self.take()
        if kind == "num":
            return self.number(value)
        if kind == "letter":
            return self.variable(value)
        if kind == "name":
            return self.subscripted(value)
        if kind == "func":
            return self.function(value)
        if kind == "cmd":
            return self.command(value)
        if kind == "begin":
            return self.matrix(value)
        if kind == "op":
            if value in ("(", "["):
                return self.bracketed(value)
            if value == "\\{":
                return self.set_literal()
            if value == "{":
                return self.braced()
            if value == "|":
                self.abs_depth += 1
                inner = self.scalar(self.sum())
                self.abs_depth -= 1
                self.expect_op("|")
                return sympy.Abs(inner)
            if value in ("⌊", "⌈"):
                inner = self.scalar(self.sum())
                self.expect_op("⌋" if value == "⌊" else "⌉")
                return sympy.floor(inner) if value == "⌊" else sympy.ceiling(inner)
        raise ParseError(f"unexpected {value!r}")

    def number(self, literal: str) -> sympy.Expr:
        if "(" in literal:
            return repeating_decimal(literal)
        if "." in literal or "e" in literal or "E" in literal:
            digits = sum(ch.isdigit() for ch in literal)
            value = sympy.Float(literal, max(15, digits + 2))
            if not value.is_finite:
                raise AnswerTooLarge(f"the number {literal} is out of range")
            return value
        whole = sympy.Integer(int(literal))
        # Mixed numbers: 2\frac{1}{2} and 2 1/2 are 5/2, never 2 * 1/2.
        fraction = self.mixed_fraction()
        return whole if fraction is None else whole + fraction

    def mixed_fraction(self) -> sympy.Rational | None:
        t = self.tokens
        j = self.i
        if self.at("cmd", "frac"):
            parts = integer_frac(t, j + 1)
            if parts is not None:
                num, den, end = parts
                if 0 < num < den:
                    self.i = end
                    return sympy.Rational(num, den)
            return None
        if (
            j + 2 < len(t)
            and t[j][0] == "num"
            and t[j + 1] == ("op", "/")
            and t[j + 2][0] == "num"
            and (j + 3 == len(t) or t[j + 3][0] == "sep" or t[j + 3] == ("op", ","))
            and t[j][1].isdigit()
            and t[j + 2][1].isdigit()
            and 0 < int(t[j][1]) < int(t[j + 2][1])
        ):
            self.i = j + 3
            return sympy.Rational(int(t[j][1]), int(t[j + 2][1]))
        return None

    def variable(self, letter: str) -> sympy.Expr:
        if letter == "e" and not self.at_op("_"):
            return sympy.E
        if letter == "i" and not self.at_op("_"):
            return sympy.I
        return self.subscripted(letter)

    def subscripted(self, name: str) -> sympy.Symbol:
        if self.at_op("_"):
            self.take()
            if self.at_op("{"):
                self.take()
                parts: list[str] = []
                while not self.at_op("}"):
                    parts.append(self.take()[1])
                self.take()
                name = f"{name}_{''.join(parts)}"
            else:
                name = f"{name}_{self.take()[1]}"
        return sympy.Symbol(name)

    def command(self, name: str) -> Value:
        if name == "frac":
            num = self.argument()
            den = self.argument()
            return self.checked(num / den)
        if name == "sqrt":
            index = None
            if self.at_op("["):
                self.take()
                index = self.scalar(self.sum())
                self.expect_op("]")
            return self.root(self.argument(), index)
        if name == "binom":
            return self.binomial(self.argument(), self.argument())
        if name == "abs":
            return sympy.Abs(self.argument())
        if name == "pi":
            return sympy.pi
        if name == "infty":
            return sympy.oo
        if name == "emptyset":
            return SetOf((), explicit=True)
        if name == "reals":
            return IntervalOf(-sympy.oo, sympy.oo, True, True)
        if name == "dots":
            raise ParseError("an answer with '...' is not a finite value")
        raise ParseError(f"unexpected \\{name}")

    def argument(self) -> sympy.Expr:
        """One argument of ``\\frac``/``\\sqrt``/``\\binom``: ``{...}`` or a single character."""
        if self.at_op("{"):
            self.enter()
            try:
                self.take()
                value = self.scalar(self.sum())
                self.expect_op("}")
                return value
            finally:
                self.depth -= 1
        if self.at("num") and len(self.peek()[1]) > 1:  # type: ignore[index]
            literal = self.peek()[1]  # type: ignore[index]
            if literal[0].isdigit():
                self.tokens[self.i] = ("num", literal[1:])  # \frac12: one digit each
                return sympy.Integer(int(literal[0]))
        if self.at_op("("):
            return self.scalar(self.atom())  # plain text: sqrt(2)
        return self.scalar(self.atom())

    def function(self, name: str) -> sympy.Expr:
        base = None
        if name == "log" and self.at_op("_"):
            self.take()
            base = self.argument() if self.at_op("{") else self.scalar(self.atom())
        exponent = None
        if self.at_op("^"):
            self.take()
            exponent = self.exponent()
            if exponent == -1 and name in _INVERSE:
                name, exponent = _INVERSE[name], None
        if self.at_op("("):
            argument = self.scalar(self.atom())
        else:
            # \sin 2x is sin(2x); the argument stops at + - and at the next function.
            argument = self.scalar(self.power())
            while self.starts_factor() and not self.at("func"):
                argument = self.checked(argument * self.scalar(self.power()))
        if name == "sqrt":
            result = self.root(argument, None)
        elif name == "log":
            result = sympy.log(argument, base) if base is not None else sympy.log(argument)
        elif name == "lg":
            result = sympy.log(argument, 10)
        else:
            result = _FUNCS[name](argument)
        return self.pow(result, exponent) if exponent is not None else result

    def bracketed(self, opening: str) -> Value:
        """``( )`` / ``[ ]`` hold a group, a tuple or an interval; the closing bracket decides."""
        items = [self.item()]
        while self.at_op(",", ";"):  # (1;2) is written in some countries for (1,2)
            self.take()
            items.append(self.item())
        closing = self.take()
        if closing not in (("op", ")"), ("op", "]")):
            raise ParseError(f"expected ')' or ']', found {closing[1]!r}")
        close = closing[1]
        if len(items) > self.limits.max_items:
            raise AnswerTooLarge(f"a tuple of {len(items)} items (limit {self.limits.max_items})")
        if len(items) == 1:
            if (opening, close) in (("(", ")"), ("[", "]")):
                return items[0]
            raise ParseError(f"'{opening}...{close}' holds one item; an interval needs two")
        if len(items) == 2:
            lo, hi = items
            mixed = (opening, close) in (("(", "]"), ("[", ")"))
            infinite = any(isinstance(x, sympy.Expr) and x.is_infinite for x in items)
            if mixed or infinite or (opening, close) == ("[", "]"):
                return IntervalOf(self.scalar(lo), self.scalar(hi), opening == "(", close == ")")
        if (opening, close) not in (("(", ")"), ("[", "]")):
            raise ParseError(f"'{opening}...{close}' with {len(items)} items")
        return TupleOf(tuple(items), opening + close)

    def braced(self) -> Value:
        """``{...}``: a group, or with commas a set (``{2, 4}``, as some answers write ``\\{2, 4\\}``)."""
        items = [self.sum()]
        while self.at_op(","):
            self.take()
            items.append(self.item())
        self.expect_op("}")
        if len(items) == 1:
            return items[0]
        if len(items) > self.limits.max_items:
            raise AnswerTooLarge(f"a set of {len(items)} items (limit {self.limits.max_items})")
        return SetOf(tuple(v for item in items for v in self.expand(item)), explicit=True)

    def set_literal(self) -> SetOf:
        if self.at_op("\\}"):
            self.take()
            return SetOf((), explicit=True)
        items = [self.item()]
        while self.at_op(",", ";"):
            self.take()
            items.append(self.item())
        self.expect_op("\\}")
        if len(items) > self.limits.max_items:
            raise AnswerTooLarge(f"a set of {len(items)} items (limit {self.limits.max_items})")
        expanded: list[Value] = []
        for item in items:
            expanded.extend(self.expand(item))
        return SetOf(tuple(expanded), explicit=True)

    def matrix(self, env: str) -> MatrixOf:
        if env not in _MATRIX_ENVS:
            raise ParseError(f"unsupported environment {env!r}")
        rows: list[list[sympy.Expr]] = []
        row: list[sympy.Expr] = []
        while True:
            if self.at("end"):
                if self.take()[1] != env:
                    raise ParseError(f"\\begin{{{env}}} closed by another environment")
                break
            if self.at("rowsep"):
                self.take()
                rows.append(row)
                row = []
                continue
            if self.at_op("&") or self.at("sep", "and"):
                self.take()
                continue
            row.append(self.scalar(self.sum()))
            if len(row) * (len(rows) + 1) > self.limits.max_items:
                raise AnswerTooLarge(f"a matrix over {self.limits.max_items} entries")
        if row:
            rows.append(row)
        if not rows or len({len(r) for r in rows}) != 1 or not rows[0]:
            raise ParseError("a matrix needs rows of equal, non-zero length")
        return MatrixOf(tuple(tuple(r) for r in rows))
