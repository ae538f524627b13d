"""Comparing a made call with an expected one: values with type coercion, then credit.

Coercion follows the tool's schema: ``"5"`` matches ``5`` only where the argument is
declared ``integer`` or ``number``, ``"true"`` matches ``true`` only where it is
``boolean``. Without a schema, ``5`` and ``5.0`` are equal (JSON does not tell them
apart) but ``"5"`` and ``5`` are not, and ``true`` is never ``1``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from tool_calls_grader.calls import AnyOf, Call
from tool_calls_grader.tools import properties, schema_type

_MISSING = object()


@dataclass(frozen=True)
class CallMatch:
    """How one made call compares with one expected call of the same name."""

    credit: float  # 0..1: correct arguments / (expected arguments + extra ones)
    correct: int
    missing: int
    wrong: int
    extra: int

    @property
    def exact(self) -> bool:
        return self.credit == 1.0


def compare_call(made: Call, expected: Call, schema: dict[str, Any] | None, coerce: bool) -> CallMatch | None:
    """``None`` when the names differ; otherwise the argument-level comparison."""
    if made.name != expected.name:
        return None
    props = properties(schema)
    arguments = name_positional(made, schema)
    correct = missing = wrong = 0
    for key, want in expected.arguments.items():
        got = arguments.get(key, _MISSING)
        if got is _MISSING:
            if not (isinstance(want, AnyOf) and want.optional):
                missing += 1
            continue
        if values_match(got, want, props.get(key), coerce):
            correct += 1
        else:
            wrong += 1
    extra = sum(1 for key in arguments if key not in expected.arguments)
    counted = correct + missing + wrong + extra
    return CallMatch(correct / counted if counted else 1.0, correct, missing, wrong, extra)


def name_positional(call: Call, schema: dict[str, Any] | None) -> dict[str, Any]:
    """Name a Python-syntax call's positional arguments from the schema's property order.

    Without a schema (or with more positional arguments than properties) the leftovers
    are named ``$0``, ``$1`` ...: they match nothing, so they count as extra arguments.
    """
    if not call.positional:
        return call.arguments
    names = [name for name in properties(schema) if name not in call.arguments]
    named = {names[i] if i < len(names) else f"${i}": value for i, value in enumerate(call.positional)}
    return {**named, **call.arguments}


def values_match(got: Any, want: Any, schema: Any, coerce: bool) -> bool:
    if isinstance(want, AnyOf):
        return any(values_match(got, option, schema, coerce) for option in want.values)
    if coerce:
        got, want = _coerce(got, schema), _coerce(want, schema)
    if isinstance(want, bool) or isinstance(got, bool):
        return isinstance(want, bool) and isinstance(got, bool) and want == got
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(want, list) and isinstance(got, list | tuple):
        items = schema.get("items") if isinstance(schema, dict) else None
        return len(want) == len(got) and all(values_match(g, w, items, coerce) for g, w in zip(got, want, strict=True))
    if isinstance(want, dict) and isinstance(got, dict):
        props = properties(schema)
        return set(want) == set(got) and all(values_match(got[k], want[k], props.get(k), coerce) for k in want)
    return type(want) is type(got) and want == got


def _coerce(value: Any, schema: Any) -> Any:
    """``value`` converted to the schema's declared type when it converts losslessly."""
    kind = schema_type(schema)
    if kind in ("integer", "number") and isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return value
        return number if math.isfinite(number) else value
    if kind == "boolean" and isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if kind == "array" and isinstance(value, tuple):
        return list(value)
    return value
