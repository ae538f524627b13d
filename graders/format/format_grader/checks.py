"""Pure check functions: text (and options) in, pass or fail out. No I/O, no state.

Each returns ``None`` when the response passes, else a short reason saying what it saw
(bounded, escaped quotes of the response: reasons reach the logs). They raise ``SkipSample`` only when the
check needs a reference answer and the sample has none, and ``SampleError`` when the
sample's own data (e.g. a JSON Schema in its reference) is unusable.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from grader_core.errors import SampleError, SkipSample
from grader_core.text import decode_json_text as _decode

_FENCE = re.compile(r"```[A-Za-z0-9_+-]*[ \t]*\n(.*?)```", re.DOTALL)
_MISSING = object()


def tags_problem(text: str, sequence: list[str], exact: bool = True) -> str | None:
    """``None`` if each tag of ``sequence`` appears exactly once, as a pair, in order, not
    nested; else what is wrong, for the sample's reason.

    With ``exact``, nothing but white space may stand outside the tags, so
    ``<think>..</think><answer>..</answer>`` passes and ``Sure! <think>..`` does not.
    """
    position = 0
    outside: list[str] = []
    for tag in sequence:
        opening, closing = f"<{tag}>", f"</{tag}>"
        opens, closes = text.count(opening), text.count(closing)
        if opens != 1 or closes != 1:
            return f"<{tag}> appears {opens} times and </{tag}> {closes} times (expected once each)"
        start = text.find(opening)
        end = text.find(closing)
        if start < position or end < start:
            return f"<{tag}> is out of order (expected the sequence {' '.join(sequence)})"
        outside.append(text[position:start])
        position = end + len(closing)
    outside.append(text[position:])
    # A later tag inside an earlier one's span was caught by the order check; what is
    # left to rule out is text around the structure.
    stray = next((part.strip() for part in outside if part.strip()), "")
    if exact and stray:
        return f"text outside the tags: {excerpt(stray)}"
    return None


def excerpt(text: str, limit: int = 40) -> str:
    """A bounded, escaped quote of response text for a reason (reasons reach the logs)."""
    return repr(text[:limit] + ("…" if len(text) > limit else ""))


def extract_json_text(text: str) -> str:
    """The last fenced code block if there is one, else the whole text, stripped."""
    blocks = _FENCE.findall(text)
    return (blocks[-1] if blocks else text).strip()


def parse_json(text: str) -> Any:
    """The JSON value in ``text`` or ``_MISSING``; NaN and Infinity are not JSON."""
    try:
        return json.loads(extract_json_text(text), parse_constant=_reject_constant, parse_float=_finite_float)
    except (ValueError, RecursionError):
        # Deeply nested arrays exhaust the decoder's recursion limit: that is a response
        # that is not usable JSON, not a grader failure a policy could steer towards.
        return _MISSING


def json_problem(text: str) -> str | None:
    return None if parse_json(text) is not _MISSING else f"not JSON: {excerpt(extract_json_text(text))}"


def schema_problem(text: str, schema: dict[str, Any]) -> str | None:
    """``None`` if the response's JSON validates, else the first violation with its path."""
    value = parse_json(text)
    if value is _MISSING:
        return f"not JSON: {excerpt(extract_json_text(text))}"
    from jsonschema.exceptions import best_match

    error = best_match(_validator(json.dumps(schema, sort_keys=True)).iter_errors(value))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    return f"JSON Schema violation at {where}: {excerpt(error.message, 80)}"


def check_schema(schema: Any) -> str | None:
    """``None`` if ``schema`` is a valid Draft 2020-12 schema, else the reason it is not."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    if not isinstance(schema, (dict, bool)):
        return f"a JSON Schema is an object, got {type(schema).__name__}"
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        return exc.message
    return None


def schema_from_reference(reference: Any, path: str) -> dict[str, Any]:
    """Find a JSON Schema in the sample's reference answer.

    ``path`` is ``"reference"`` for the reference itself or ``"reference.a.b"`` for a
    field inside it; a reference that arrived as a JSON string is decoded first.
    """
    if reference is None:
        raise SkipSample("no reference answer to take the JSON Schema from")
    value = _decode(reference)
    for key in path.split(".")[1:]:
        if not isinstance(value, dict) or key not in value:
            raise SampleError(f"reference has no field {path!r} holding a JSON Schema")
        value = _decode(value[key])
    problem = check_schema(value)
    if problem:
        raise SampleError(f"the JSON Schema at {path!r} is invalid: {problem}")
    return value


def count_units(text: str, unit: str) -> int:
    if unit == "chars":
        return len(text)
    if unit == "words":
        return len(text.split())
    return len(text.splitlines())


def contains_phrases(text: str, phrases: list[str], ignore_case: bool) -> list[str]:
    """The phrases found in ``text``."""
    haystack = text.casefold() if ignore_case else text
    return [phrase for phrase in phrases if (phrase.casefold() if ignore_case else phrase) in haystack]


def compare_to_reference(text: str, reference: Any, mode: str, field: str | None, strip: bool) -> str | None:
    """Compare the response with the reference answer (or one of its fields) as strings:
    ``None`` if it passes, else what was compared."""
    if reference is None:
        raise SkipSample("no reference answer to compare with")
    expected = reference
    if field is not None:
        expected = _decode(reference)
        if not isinstance(expected, dict) or field not in expected:
            raise SkipSample(f"reference answer has no field {field!r}")
        expected = expected[field]
    if not isinstance(expected, str):
        expected = json.dumps(expected, sort_keys=True)
    if strip:
        text, expected = text.strip(), expected.strip()
    if not expected and mode in ("contains", "icontains", "not_equals"):
        # Every response contains "": an empty reference would pay for anything.
        raise SkipSample("the reference answer is empty")
    shown = f"{excerpt(text)} vs the reference {excerpt(expected)}"
    if mode.startswith("i"):
        text, expected = text.casefold(), expected.casefold()
    if mode in ("equals", "iequals"):
        passed = text == expected
    elif mode == "not_equals":
        passed = text != expected
    else:
        passed = expected in text
    return None if passed else f"{mode} failed: {shown}"


@lru_cache(maxsize=64)
def _validator(schema_json: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(schema_json))


def _finite_float(literal: str) -> float:
    value = float(literal)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{literal} overflows a float")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
