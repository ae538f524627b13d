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
from math_grader.limits import DEFAULT_LIMITS, AnswerTooLarge, Limits, check_bits, check_power, magnitude_bits
from math_grader.literals import bits_of, exponent_size, integer_frac, numeric_size, repeating_decimal
from math_grader.tokens import NotMath, ParseError, Token, tokenize
from math_grader.values import (
    Chain,
    Degrees,
    IntervalOf,
    MatrixOf,
    Percent,
    Relation,
    SetOf,
    TupleOf,
    UnionOf,
    Value,
    map_exprs,
)

__all__ = ["NotMath", "ParseError", "parse_math"]

# The sign of ``\pm``: one symbol, substituted by +1 and -1 once the item is parsed.
PM = sympy.Dummy("pm")

_RELOPS = frozenset({"=", "!=", "<", "<=", ">", ">=", "∈"})
_ADDOPS = frozenset({"+", "-", "±", "∓"})
_MATRIX_ENVS = frozenset({"matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array"})
_ATOM_CMDS = frozenset({"frac", "sqrt", "binom", "pi", "infty", "abs"})
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


class _Parser:
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
                inner = self.sum()
                self.expect_op("}")
                return inner
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
        while self.at_op(","):
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
            expanded.extend(_expand_pm(item))
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
