"""The ``code`` grader on each test format: correct, partial and wrong answers, and bad data."""

from __future__ import annotations

from typing import Any

import pytest

from code_grader.grader import sandbox_concurrency
from code_grader.harness import seccomp
from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Sample

FLAGS = ("no_code", "compile_error", "timeout", "memory_exceeded", "output_exceeded", "file_size_exceeded", "crashed")
SPEC = {"type": "code", "timeout_s": 8, "case_timeout_s": 3}

ADD_ASSERTS = {"test": "def check(candidate):\n    assert candidate(1, 2) == 3\n", "entry_point": "add"}
STDIO = {"cases": [{"input": "1 2\n", "output": "3\n"}, {"input": "10 -4\n", "output": "6\n"}]}
CALLS = {
    "function": "divide",
    "calls": [
        {"args": [6, 3], "expected": 2.0},
        {"args": [7, 2], "expected": 3.5},
        {"args": [1], "kwargs": {"b": 4}, "expected": 0.25},
        {"args": [1, 3], "expected": 0.3333333333},
    ],
}
PYTEST = {
    "pytest": {
        "test_a.py": "import pytest\nfrom solution import Stack\n\n"
        "def test_push_pop():\n    s = Stack()\n    s.push(1)\n    s.push(2)\n"
        "    assert s.pop() == 2\n    assert len(s) == 1\n\n"
        "def test_empty_raises():\n    with pytest.raises(IndexError):\n        Stack().pop()\n\n"
        "@pytest.mark.parametrize('n', [0, 3])\ndef test_many(n):\n    s = Stack()\n"
        "    for i in range(n):\n        s.push(i)\n    assert list(s) == list(range(n))\n",
    },
    "expected_tests": 4,
}
TWO_SNIPPETS = {**ADD_ASSERTS, "test": [ADD_ASSERTS["test"], ADD_ASSERTS["test"].replace("1, 2) == 3", "2, 2) == 4")]}
ADD_STDIN = "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"
STDIO_NEGATIVE = {"cases": [*STDIO["cases"], {"input": "-5 1", "output": "-4"}]}
STACK = (
    "class Stack:\n    def __init__(self):\n        self.items = []\n"
    "    def push(self, x):\n        self.items.append(x)\n"
    "    def pop(self):\n        return self.items.pop()\n    def __len__(self):\n        return len(self.items)\n"
    "    def __iter__(self):\n        return iter(self.items)\n"
)


def grade(
    code: str | None, reference: Any, spec: dict[str, Any] | None = None, fenced: bool = True
) -> tuple[float, dict[str, float]]:
    response = code if code is None or not fenced else f"```python\n{code}```"
    sample = Sample(id=1, messages=(), response=response, reference=reference)
    score = build_grader(spec or SPEC).grade(sample, GradeContext.within(30))
    assert score.value is not None
    return score.value, {m.name: m.value for m in score.metrics}


@pytest.mark.parametrize(
    ("code", "reference", "value", "passed", "total", "flags"),
    [
        ("def add(a, b):\n    return a + b\n", ADD_ASSERTS, 1.0, 1, 1, ()),
        ("def add(a, b):\n    return a - b\n", ADD_ASSERTS, 0.0, 0, 1, ()),
        # Several snippets are several cases: partial credit.
        ("def add(a, b):\n    return 3\n", TWO_SNIPPETS, 0.5, 1, 2, ()),
        ("def plus(a, b):\n    return a + b\n", ADD_ASSERTS, 0.0, 0, 1, ()),  # the entry point is missing
        ("raise ValueError('at import')\n", ADD_ASSERTS, 0.0, 0, 1, ()),  # import fails: all cases fail
        ("def add(a, b):\n    return a +\n", ADD_ASSERTS, 0.0, 0, 1, ("compile_error",)),
        (ADD_STDIN, STDIO, 1.0, 2, 2, ()),
        (ADD_STDIN.replace("(a + b)", "(abs(a + b))"), STDIO_NEGATIVE, 2 / 3, 2, 3, ()),
        ("print(3)\n", STDIO, 0.5, 1, 2, ()),  # hard-coded output passes only the case it fits
        # A non-zero exit fails even with the right output.
        ("import sys\nprint(3)\nsys.exit(1)\n", STDIO, 0.0, 0, 2, ()),
        ("def divide(a, b=1):\n    return a / b\n", CALLS, 0.75, 3, 4, ()),  # 1/3 is not 0.3333333333 exactly
        ("def divide(a, b=1):\n    return a // b\n", CALLS, 0.0, 0, 4, ()),  # 6 // 3 == 2 is an int, not 2.0
        ("def divide(a, b=1):\n    raise ZeroDivisionError\n", CALLS, 0.0, 0, 4, ()),
        (STACK, PYTEST, 1.0, 4, 4, ()),
        # A FIFO instead of a stack: only test_push_pop notices.
        (STACK.replace("return self.items.pop()", "return self.items.pop(0)"), PYTEST, 0.75, 3, 4, ()),
    ],
    ids=[
        "asserts_correct", "asserts_wrong", "asserts_partial", "asserts_no_entry_point", "asserts_import_error",
        "asserts_compile_error", "stdio_correct", "stdio_partial", "stdio_hard_coded", "stdio_nonzero_exit",
        "calls_partial_float", "calls_int_for_float", "calls_raises", "pytest_correct", "pytest_partial",
    ],
)  # fmt: skip
def test_format_scores(
    code: str, reference: Any, value: float, passed: int, total: int, flags: tuple[str, ...]
) -> None:
    got, metrics = grade(code, reference)
    assert got == pytest.approx(value)
    assert (metrics["tests_passed"], metrics["tests_total"]) == (passed, total)
    assert {f for f in FLAGS if metrics[f] == 1.0} == set(flags)


def test_float_tolerance_from_the_spec() -> None:
    # The spec's tolerance applies to call results and stdout tokens alike.
    assert grade("def divide(a, b=1):\n    return a / b\n", CALLS, {**SPEC, "float_tolerance": 1e-6})[0] == 1.0


def test_all_or_nothing_scoring() -> None:
    value, metrics = grade("print(3)\n", STDIO, {**SPEC, "partial_credit": False})
    assert value == 0.0 and metrics["pass_rate"] == 0.5


def test_bare_code_and_no_code() -> None:
    assert grade("def add(a, b):\n    return a + b\n", ADD_ASSERTS, fenced=False)[0] == 1.0
    value, metrics = grade("I would add the two numbers.", ADD_ASSERTS, fenced=False)
    assert value == 0.0 and metrics["no_code"] == 1.0 and metrics["tests_total"] == 1


@pytest.mark.parametrize(
    ("extra", "expected_tests", "value", "total"),
    [
        # More tests ran than the dataset declares: none of them is trusted.
        ("def test_extra():\n    pass\n", 4, 0.0, 5),
        # Fewer ran than declared (a test file was lost): the missing ones count as failed.
        ("", 6, 4 / 6, 6),
        # A skip or xfail in the test data is not a pass.
        ("import pytest\n@pytest.mark.skip\ndef test_skipped():\n    pass\n", 5, 0.8, 5),
        ("import pytest\n@pytest.mark.xfail\ndef test_xpass():\n    pass\n", 5, 0.8, 5),
    ],
    ids=["more_than_expected", "fewer_than_expected", "skip_marker", "xpass"],
)
def test_pytest_counts(extra: str, expected_tests: int, value: float, total: int) -> None:
    files = {"test_a.py": PYTEST["pytest"]["test_a.py"], "test_b.py": extra or "X = 1\n"}
    got, metrics = grade(STACK, {"pytest": files, "expected_tests": expected_tests})
    assert got == pytest.approx(value) and metrics["tests_total"] == total


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ({"test": "", "entry_point": "f"}, "'test' must be test code"),
        ({"test": "def check(c): pass", "entry_point": "not an identifier"}, "'entry_point' must be a Python"),
        ({"cases": [{"input": "1"}]}, "each case needs 'input' and 'output'"),
        ({"inputs": ["1"], "outputs": ["1", "2"]}, "differ in length"),
        ({"calls": [{"args": [1]}], "function": "f"}, "needs 'expected'"),
        ({"pytest": {"../evil.py": "x"}}, "must look like test_x.py"),
        ({"test": "x", "cases": []}, "matches asserts and stdio"),
        ({"whatever": 1}, "matches none of the formats"),
        ("not json", "must be an object"),
        ('{"broken json', "not valid JSON"),
    ],
    ids=["empty_test", "bad_entry_point", "case_missing_output", "length_mismatch", "call_missing_expected",
         "path_in_file_name", "ambiguous", "unknown", "plain_string", "bad_json_string"],
)  # fmt: skip
def test_malformed_test_data_is_an_error_that_says_why(reference: Any, message: str) -> None:
    with pytest.raises(SampleError, match=message):
        grade("x = 1\n", reference)


def test_no_test_data_skips_the_sample() -> None:
    with pytest.raises(SkipSample):
        grade("x = 1\n", None)


def test_tests_from_a_sample_field_and_json_string() -> None:
    import json

    sample = Sample(id=1, messages=(), response="```python\nprint(3)\n```", fields={"tests": json.dumps(STDIO)})
    score = build_grader({**SPEC, "tests_from": "tests"}).grade(sample, GradeContext.within(30))
    assert score.value == 0.5


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"type": "code", "timeout_s": 2, "case_timeout_s": 5}, "case_timeout_s"),
        ({"type": "code", "format": "cobol"}, "spec.format"),
        ({"type": "code", "memory_mb": 1}, "spec.memory_mb"),
        ({"type": "code", "unknown": 1}, "Additional properties"),
        ({"type": "code", "check": "lint", "select": ["not a rule"]}, "spec.select"),
        ({"type": "code", "check": "lint", "scoring": "binary", "half_life": 2}, "spec.half_life"),
        ({"type": "code", "check": "lint", "timeout_s": 2}, "Additional properties"),  # a tests option in lint mode
    ],
    ids=[
        "case_longer_than_sample",
        "unknown_format",
        "tiny_memory",
        "unknown_option",
        "bad_rule",
        "half_life_unused",
        "test_option_in_lint_mode",
    ],
)
def test_invalid_specs(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        build_grader(spec)


@pytest.mark.parametrize(
    ("function_mb", "memory_mb", "expected"),
    [
        (None, 256, "cores"),  # outside Lambda: one per core
        ("2048", 256, 2),  # (2048 - 256) // 512 = 3 fit, two cores bound it
        ("1024", 256, 1),  # (1024 - 256) // 512 = 1
        ("512", 256, SpecError),  # not even one sandbox fits: fail at init, loudly
        ("512", 64, 2),
    ],
)
def test_concurrency_follows_cores_and_function_memory(function_mb: str | None, memory_mb: int, expected: Any) -> None:
    import os

    env = {} if function_mb is None else {"AWS_LAMBDA_FUNCTION_MEMORY_SIZE": function_mb}
    cores = len(os.sched_getaffinity(0))
    if expected is SpecError:
        with pytest.raises(SpecError, match="does not fit"):
            sandbox_concurrency(memory_mb, env)
        return
    assert sandbox_concurrency(memory_mb, env) == (cores if expected == "cores" else min(cores, expected))


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
def test_seccomp_programs_end_in_allow_and_check_the_architecture(machine: str) -> None:
    # A filter for the wrong architecture would let every syscall number mean something else.
    for profile in ("runner", "candidate"):
        program = seccomp.build_program(profile, machine)
        assert len(program) % 8 == 0
        assert program[-8:] == seccomp._stmt(seccomp._RET_K, seccomp.RET_ALLOW)
        assert program[:8] == seccomp._stmt(seccomp._LD_W_ABS, 4)
    assert len(seccomp.build_program("candidate", machine)) > len(seccomp.build_program("runner", machine))


def test_seccomp_refuses_unknown_architectures() -> None:
    with pytest.raises(seccomp.SeccompUnavailable):
        seccomp.build_program("runner", "riscv64")


def test_a_timeout_under_a_cut_budget_is_an_error_not_a_zero() -> None:
    # 1 s left in the batch for a spec that allows 8 s: the loop's timeout is the deadline's fault.
    from grader_core.config import RunnerConfig
    from grader_core.runner import grade_batch
    from grader_core.types import Status

    grader = build_grader(SPEC)
    sample = Sample(
        id=1, messages=(), response="```python\ndef add(a, b):\n    while True: pass\n```", reference=ADD_ASSERTS
    )
    (outcome,) = grade_batch([sample], lambda s: grader, RunnerConfig(deadline_margin_s=0), remaining_s=1.5)
    assert outcome.status is Status.ERROR and {m.name: m.value for m in outcome.metrics}["timeout"] == 1.0


def test_a_failed_test_run_says_how_many_failed() -> None:
    # The preflight and the log line show the reason: a 0 must say why (issue 16).
    from code_grader.verdict import Options, score

    assert score(1, 3, set(), Options(), fs_confined=True).reason == "2 of 3 tests failed"
    assert score(0, 2, {"timeout"}, Options(), fs_confined=True).reason == "2 of 2 tests failed (timeout)"
    assert score(2, 2, set(), Options(), fs_confined=True).reason == ""
