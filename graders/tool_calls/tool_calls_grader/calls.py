"""Reading calls: the expected ones from the record, the made ones from the response.

A call is a name and an argument object. Expected calls come from the record's
``ground_truth`` (metadata or top level), the reference answer's ``ground_truth``, or the
reference answer itself (AWS's BFCL sample uses all three), as:

- ``{"name": ..., "arguments": {...}}`` (``arguments`` may be a JSON string, as OpenAI sends it),
- ``{"function": {"name": ..., "arguments": ...}}`` (an OpenAI ``tool_calls`` entry),
- ``{"func_name": {"arg": [allowed, values]}}`` (BFCL's possible answers: each argument
  lists the values accepted; ``""`` among them means the argument may be left out),

alone, in a list, or under ``tool_calls``. Made calls come from native ``tool_calls`` on
the final assistant message, else from its text: ``<tool_call>`` tags, JSON (whole text
or fenced), Python call syntax (``[get_weather(city="Paris")]``), or JSON call objects
embedded in prose. Python syntax is read with :mod:`ast` and literals only: nothing runs.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from typing import Any

from grader_core.errors import SampleError
from grader_core.text import decode_json_text as _decode
from grader_core.text import fenced_blocks
from grader_core.types import Sample

_TAG = re.compile(r"<tool_call>(.*?)</tool_call>", re.DOTALL)
# Python call syntax is only tried on text this short: ast.parse is linear, but a policy
# must not make the grader parse megabytes of brackets.
MAX_PYTHON_CHARS = 20_000
MAX_EMBEDDED_SCAN_CHARS = 100_000
MAX_EMBEDDED_ATTEMPTS = 256


@dataclass(frozen=True)
class AnyOf:
    """BFCL's possible answers for one argument; ``optional`` when ``""`` is among them."""

    values: tuple[Any, ...]
    optional: bool = False


@dataclass(frozen=True)
class Call:
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)
    # Positional arguments of a Python-syntax call, before they are named from the schema.
    positional: tuple[Any, ...] = ()


# --- expected calls --------------------------------------------------------------------


def expected_calls(sample: Sample) -> tuple[list[Call], str] | None:
    """The expected calls and where they were found, or ``None`` if the record has none."""
    reference = _decode(sample.reference)
    candidates = [
        ("ground_truth", sample.fields.get("ground_truth")),
        ("reference.ground_truth", reference.get("ground_truth") if isinstance(reference, dict) else None),
        ("reference", reference),
    ]
    for where, value in candidates:
        if value is not None:
            return reference_calls(_decode(value), where), where
    return None


def reference_calls(value: Any, where: str) -> list[Call]:
    """Parse expected calls; a malformed entry is a ``SampleError`` naming its path."""
    if isinstance(value, dict) and "tool_calls" in value:
        value, where = _decode(value["tool_calls"]), f"{where}.tool_calls"
    items = value if isinstance(value, list) else [value]
    calls = []
    for i, item in enumerate(items):
        path = f"{where}[{i}]" if isinstance(value, list) else where
        calls.append(_reference_call(_decode(item), path))
    return calls


def _reference_call(item: Any, path: str) -> Call:
    if not isinstance(item, dict):
        raise SampleError(f"{path}: expected a call object, got {_kind(item)}")
    if isinstance(item.get("function"), dict):
        item, path = item["function"], f"{path}.function"
    if "name" in item:
        name = item["name"]
        if not isinstance(name, str) or not name:
            raise SampleError(f"{path}.name: expected a non-empty string, got {name!r}")
        arguments = _decode(item.get("arguments", item.get("parameters", {})))
        if arguments is None:
            arguments = {}
        if not isinstance(arguments, dict):
            raise SampleError(f"{path}.arguments: expected an object, got {_kind(arguments)}")
        return Call(name, arguments)
    if len(item) == 1 and not item.keys() & {"arguments", "parameters", "function"}:
        [(name, arguments)] = item.items()
        arguments = _decode(arguments)
        # BFCL lists the accepted values of every argument; anything else is a typo.
        if isinstance(arguments, dict) and all(isinstance(values, list) for values in arguments.values()):
            return Call(name, {key: _any_of(values) for key, values in arguments.items()})
    raise SampleError(f"{path}: expected {{'name', 'arguments'}} or BFCL's {{name: {{argument: [values]}}}}")


def _any_of(values: list[Any]) -> AnyOf:
    return AnyOf(tuple(v for v in values if v != ""), optional="" in values)


# --- calls made in the response ----------------------------------------------------------


def native_calls(sample: Sample) -> list[Call] | None:
    """Calls on the final assistant message's ``tool_calls``, or ``None`` if it has none."""
    for message in reversed(sample.messages):
        if message.role in ("assistant", "nova_assistant"):
            raw = message.raw.get("tool_calls") if isinstance(message.raw, dict) else None
            if not raw or not isinstance(raw, list):
                return None
            return [call for item in raw if (call := _made_call(item)) is not None]
    return None


def text_calls(text: str) -> list[Call] | None:
    """Calls written in the response text, or ``None`` if none can be read."""
    tagged = _TAG.findall(text)
    if tagged:
        return [call for chunk in tagged for call in (_json_calls(chunk.strip()) or [])]
    for chunk in [*reversed(fenced_blocks(text)), text]:
        chunk = chunk.strip()
        found = _json_calls(chunk)
        if found is None:
            found = _python_calls(chunk)
        if found is not None:
            return found
    return _embedded_json_calls(text)


def _json_calls(text: str) -> list[Call] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _calls_in(value)


def _calls_in(value: Any) -> list[Call] | None:
    if isinstance(value, dict) and isinstance(value.get("tool_calls"), list):
        value = value["tool_calls"]
    items = value if isinstance(value, list) else [value]
    calls = [_made_call(item) for item in items]
    if not items or any(call is None for call in calls):
        return None
    return [call for call in calls if call is not None]


def _made_call(item: Any) -> Call | None:
    """A call as a model writes it; ``None`` if ``item`` is not one."""
    if not isinstance(item, dict):
        return None
    if isinstance(item.get("function"), dict):
        item = item["function"]
    name = item.get("name")
    if not isinstance(name, str) or not name:
        return None
    arguments = item.get("arguments", item.get("parameters", {}))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except ValueError:
            return None
    if arguments is None:
        arguments = {}
    return Call(name, arguments) if isinstance(arguments, dict) else None


def _python_calls(text: str) -> list[Call] | None:
    if len(text) > MAX_PYTHON_CHARS:
        return None
    try:
        tree = ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    nodes = tree.elts if isinstance(tree, (ast.List, ast.Tuple)) else [tree]
    calls = []
    for node in nodes:
        if not isinstance(node, ast.Call) or (name := _dotted(node.func)) is None:
            return None
        try:
            positional = tuple(ast.literal_eval(arg) for arg in node.args)
            keywords = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg is not None}
        except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
            return None
        if any(kw.arg is None for kw in node.keywords):  # **kwargs
            return None
        calls.append(Call(name, keywords, positional))
    return calls or None


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and (base := _dotted(node.value)) is not None:
        return f"{base}.{node.attr}"
    return None


def _embedded_json_calls(text: str) -> list[Call] | None:
    """Call objects embedded in prose ("I'll call {"name": ...} now")."""
    decoder = json.JSONDecoder()
    calls: list[Call] = []
    position = attempts = 0
    # Each failed attempt may scan to the end of the text: bound both, so that a response
    # of unbalanced braces costs milliseconds, not seconds.
    text = text[:MAX_EMBEDDED_SCAN_CHARS]
    while (start := text.find("{", position)) >= 0 and attempts < MAX_EMBEDDED_ATTEMPTS:
        attempts += 1
        try:
            value, end = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            position = start + 1
            continue
        found = _calls_in(value)
        calls.extend(found or [])
        position = end
    return calls or None


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__
