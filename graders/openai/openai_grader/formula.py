"""``calculate_output`` of a ``multi`` grader: a formula over sub-grader names, evaluated
without ``eval``.

OpenAI documents the operators ``+ - * / ^`` (``**`` too) and the functions ``min max abs
floor ceil exp sqrt log``; numbers and the sub-graders' names are the only operands. The
formula is parsed once (a syntax error, an unknown name or function is a
``formula_parse_error`` at validation) and evaluated per sample over the sub-rewards; a
division by zero, a domain error (``sqrt(-1)``, ``log(0)``) or a non-finite result is a
``formula_parse_error`` of that sample, never a NaN on the wire.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

FUNCTIONS: dict[str, Callable[..., float]] = {
    "min": min,
    "max": max,
    "abs": abs,
    "floor": math.floor,
    "ceil": math.ceil,
    "exp": math.exp,
    "sqrt": math.sqrt,
    "log": math.log,
}
_BINARY: dict[type, Callable[[float, float], float]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.Pow: lambda a, b: a**b,
}
# A formula is a line, not a program; this also bounds the parser's work.
MAX_LENGTH = 2000
# `2 ^ 1000000` would hang on ints and overflow floats: cap the exponent's size.
MAX_EXPONENT = 1000


class FormulaError(Exception):
    """OpenAI's ``formula_parse_error``."""


@dataclass(frozen=True)
class Formula:
    source: str
    tree: ast.expr
    names: frozenset[str]

    def evaluate(self, values: Mapping[str, float]) -> float:
        try:
            result = float(_eval(self.tree, values))
        except ZeroDivisionError:
            raise FormulaError(f"{self.source!r}: division by zero") from None
        except (ValueError, OverflowError) as exc:
            raise FormulaError(f"{self.source!r}: {exc}") from None
        if not math.isfinite(result):
            raise FormulaError(f"{self.source!r}: the result is not a finite number ({result})")
        return result


def parse(source: str, names: frozenset[str] | set[str]) -> Formula:
    """Parse ``source``; every name must be one of ``names`` or a documented function."""
    if len(source) > MAX_LENGTH:
        raise FormulaError(f"the formula is longer than {MAX_LENGTH} characters")
    try:
        tree = ast.parse(source.replace("^", "**"), mode="eval").body
    except SyntaxError as exc:
        raise FormulaError(f"{source!r}: not a formula ({exc.msg})") from None
    used: set[str] = set()
    # Names in call position are functions; every other name must be a sub-grader.
    callees = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        if id(node) not in callees:
            _check(node, source, frozenset(names), used)
    return Formula(source, tree, frozenset(used))


def _check(node: ast.AST, source: str, names: frozenset[str], used: set[str]) -> None:
    allowed = (ast.BinOp, ast.UnaryOp, ast.Call, ast.Name, ast.Constant, ast.Load, ast.USub, ast.UAdd, *_BINARY)
    if not isinstance(node, allowed):
        raise FormulaError(f"{source!r}: {type(node).__name__} is not allowed (operators + - * / ^ and functions)")
    if isinstance(node, ast.Constant) and (isinstance(node.value, bool) or not isinstance(node.value, int | float)):
        raise FormulaError(f"{source!r}: {node.value!r} is not a number")
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS or node.keywords:
            name = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
            raise FormulaError(f"{source!r}: unknown function {name!r} (known: {', '.join(FUNCTIONS)})")
        if not node.args:
            raise FormulaError(f"{source!r}: {node.func.id}() needs arguments")
    elif isinstance(node, ast.Name):
        if node.id not in names:
            known = ", ".join(sorted(names)) or "none"
            raise FormulaError(f"{source!r}: unknown grader {node.id!r} (the sub-graders are: {known})")
        used.add(node.id)


def _eval(node: ast.expr, values: Mapping[str, float]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else +operand
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, values), _eval(node.right, values)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXPONENT:
            raise ValueError(f"exponent {right} is too large")
        return _BINARY[type(node.op)](float(left), float(right))
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    return FUNCTIONS[node.func.id](*(float(_eval(arg, values)) for arg in node.args))
