"""Test data: where it comes from, which of the four formats it is, and what is secret.

The test data is the sample's reference answer (or one of its fields), an object in one
of these shapes (a JSON string of one is decoded):

``asserts``  ``{"test": "def check(candidate): ...", "entry_point": "f", "setup"?: "...", "check"?: "check"}``
             (``test`` may be a list of snippets: one case each)
``stdio``    ``{"cases": [{"input": "1 2\\n", "output": "3\\n"}, ...]}`` or ``{"inputs": [...], "outputs": [...]}``
``calls``    ``{"function": "f", "calls": [{"args": [...], "kwargs": {...}, "expected": ...}, ...]}``
``pytest``   ``{"pytest": "def test_x(): ..." | {"test_a.py": "..."}, "expected_tests"?: 3, "module"?: "solution"}``

A :class:`Suite` splits each into what the sandbox may see before the candidate starts
(``job``), what only the runner may see (``secret``: test code, read after the candidate
was forked) and what never leaves the grader (``expected``: outputs and return values).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from code_grader.harness import wire
from grader_core.errors import SampleError, SkipSample
from grader_core.types import Sample

FORMATS = ("asserts", "stdio", "calls", "pytest")
MAX_CASES = 1000
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TEST_FILE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\.py$")


@dataclass(frozen=True)
class Suite:
    format: str
    total: int
    job: dict[str, Any] = field(default_factory=dict)
    secret: dict[str, Any] = field(default_factory=dict)
    expected: tuple[Any, ...] = ()


def load_suite(sample: Sample, tests_from: str, format_: str) -> Suite:
    """Build the suite for ``sample``; ``SkipSample`` without data, ``SampleError`` if malformed."""
    where = "reference answer" if tests_from == "reference" else f"field {tests_from!r}"
    raw = sample.reference if tests_from == "reference" else sample.fields.get(tests_from)
    if raw is None:
        raise SkipSample(f"no test data: the sample has no {where}")
    data = _decode(raw)
    if not isinstance(data, dict):
        raise SampleError(f"test data in the {where} must be an object, got {type(data).__name__}")
    detected = format_ if format_ != "auto" else detect_format(data, where)
    return _LOADERS[detected](data, where)


def detect_format(data: dict[str, Any], where: str) -> str:
    found = [
        name
        for name, keys in (
            ("asserts", ("test",)),
            ("stdio", ("cases",)),
            ("stdio", ("inputs", "outputs")),
            ("calls", ("calls",)),
            ("pytest", ("pytest",)),
        )
        if all(k in data for k in keys)
    ]
    if len(set(found)) != 1:
        what = "none" if not found else " and ".join(sorted(set(found)))
        raise SampleError(
            f"test data in the {where} matches {what} of the formats "
            "(asserts: 'test'; stdio: 'cases' or 'inputs'+'outputs'; calls: 'calls'; pytest: 'pytest'); "
            "set the spec's 'format' or fix the data"
        )
    return found[0]


def _decode(raw: Any) -> Any:
    if isinstance(raw, str) and raw.lstrip().startswith(("{", "[")):
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise SampleError(f"test data is a string that is not valid JSON ({exc})") from None
    return raw


def _require(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise SampleError(f"test data in the {where}: {message}")


def _identifier(data: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = data.get(key, default)
    _require(isinstance(value, str) and bool(_IDENTIFIER.match(value)), where, f"'{key}' must be a Python identifier")
    return value


def _cases(items: Any, where: str, key: str) -> list[Any]:
    _require(
        isinstance(items, list) and 0 < len(items) <= MAX_CASES, where, f"'{key}' must be a list of 1 to {MAX_CASES}"
    )
    return items


def _asserts(data: dict[str, Any], where: str) -> Suite:
    tests = data["test"]
    tests = [tests] if isinstance(tests, str) else tests
    _require(
        isinstance(tests, list) and bool(tests) and all(isinstance(t, str) and t.strip() for t in tests),
        where,
        "'test' must be test code or a non-empty list of test code",
    )
    _require(len(tests) <= MAX_CASES, where, f"at most {MAX_CASES} test snippets")
    setup = data.get("setup")
    _require(setup is None or isinstance(setup, str), where, "'setup' must be code")
    secret = {
        "tests": tests,
        "entry_point": _identifier(data, "entry_point", where),
        "check": _identifier(data, "check", where, "check"),
        "setup": setup,
    }
    return Suite("asserts", len(tests), secret=secret)


def _stdio(data: dict[str, Any], where: str) -> Suite:
    if "cases" in data:
        cases = _cases(data["cases"], where, "cases")
        _require(
            all(isinstance(c, dict) and {"input", "output"} <= set(c) for c in cases),
            where,
            "each case needs 'input' and 'output'",
        )
        pairs = [(c["input"], c["output"]) for c in cases]
    else:
        inputs, outputs = _cases(data["inputs"], where, "inputs"), _cases(data["outputs"], where, "outputs")
        _require(len(inputs) == len(outputs), where, "'inputs' and 'outputs' differ in length")
        pairs = list(zip(inputs, outputs, strict=True))
    _require(
        all(isinstance(i, str) and isinstance(o, str) for i, o in pairs), where, "inputs and outputs must be strings"
    )
    return Suite("stdio", len(pairs), job={"inputs": [i for i, _ in pairs]}, expected=tuple(o for _, o in pairs))


def _calls(data: dict[str, Any], where: str) -> Suite:
    calls = _cases(data["calls"], where, "calls")
    job_calls, expected = [], []
    for i, call in enumerate(calls):
        _require(isinstance(call, dict) and "expected" in call, where, f"calls[{i}] needs 'expected'")
        args, kwargs = call.get("args", []), call.get("kwargs", {})
        _require(
            isinstance(args, list) and isinstance(kwargs, dict),
            where,
            f"calls[{i}]: 'args' is a list, 'kwargs' an object",
        )
        job_calls.append({"args": wire.encode(tuple(args)), "kwargs": wire.encode(kwargs)})
        expected.append(call["expected"])
    job = {"function": _identifier(data, "function", where), "calls": job_calls}
    return Suite("calls", len(calls), job=job, expected=tuple(expected))


def _pytest(data: dict[str, Any], where: str) -> Suite:
    files = data["pytest"]
    if isinstance(files, str):
        files = {"test_solution.py": files}
    _require(
        isinstance(files, dict) and 0 < len(files) <= 20 and all(isinstance(v, str) for v in files.values()),
        where,
        "'pytest' must be test code or an object of up to 20 file name -> test code",
    )
    for name in files:
        _require(bool(_TEST_FILE.match(name)), where, f"test file name {name!r} must look like test_x.py")
    expected = data.get("expected_tests")
    _require(
        expected is None or (type(expected) is int and 0 < expected <= MAX_CASES),
        where,
        "'expected_tests' is a positive integer",
    )
    module = _identifier(data, "module", where, "solution")
    # Without a declared count the denominator is what pytest collected (at least one).
    return Suite("pytest", expected or 1, job={"module": module}, secret={"files": files, "expected_tests": expected})


_LOADERS = {"asserts": _asserts, "stdio": _stdio, "calls": _calls, "pytest": _pytest}
