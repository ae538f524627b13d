"""Turn a sandbox run into a score: the one place that decides pass or fail.

- Only a final frame carrying the run's token counts; exit codes and printed text never
  do. Without one, every case fails, with the metric that says why.
- ``asserts``/``pytest``: the runner judged (it holds the tests; the candidate never ran
  in its interpreter). ``stdio``/``calls``: the runner only reports what the candidate
  produced, and the comparison with the expected values happens here.
- Failures of the grader itself (the sandbox could not start, the harness crashed) are
  raised as ``SampleError``: an error status, never a silent 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from code_grader import compare
from code_grader.harness import wire
from code_grader.harness.text import excerpt
from code_grader.sandbox import RunResult
from code_grader.suites import Suite
from grader_core.errors import SampleError
from grader_core.types import Metric, Score

FLAGS = ("no_code", "compile_error", "timeout", "memory_exceeded", "output_exceeded", "file_size_exceeded", "crashed")
_RUNNER_FLAGS = {
    "timeout": "timeout",
    "memory": "memory_exceeded",
    "file_size": "file_size_exceeded",
    "crashed": "crashed",
}


@dataclass(frozen=True)
class Options:
    float_tolerance: float | None = None
    tuple_as_list: bool = True
    partial_credit: bool = True


def score(passed: int, total: int, flags: set[str], options: Options, reason: str = "", *, fs_confined: bool) -> Score:
    """``fs_confined``: the candidate ran (or would have run) with its filesystem confined."""
    total = max(total, 1)
    passed = min(passed, total)
    fraction = passed / total
    value = fraction if options.partial_credit else float(passed == total)
    metrics = [
        Metric.reward("pass_rate", fraction),
        Metric("tests_passed", passed),
        Metric("tests_total", total),
        *(Metric(flag, 1.0 if flag in flags else 0.0) for flag in FLAGS),
        Metric("fs_confined", 1.0 if fs_confined else 0.0),
    ]
    if not reason and passed < total:
        # Every failed check says what failed (the preflight shows it): how many, and why if known.
        why = ", ".join(sorted(flags))
        reason = f"{total - passed} of {total} tests failed" + (f" ({why})" if why else "")
    return Score.ok(value, metrics, reason)


def judge(suite: Suite, result: RunResult, options: Options) -> Score:
    if result.setup_error:
        raise SampleError(f"sandbox setup failed: {excerpt(result.setup_error)}")
    flags: set[str] = set()
    if result.wall_timeout:
        flags.add("timeout")
    if result.output_exceeded:
        flags.add("output_exceeded")
    final = result.final
    if not result.ready:  # no candidate code had run yet: whatever happened is ours
        stderr = excerpt(result.stderr.decode("utf-8", errors="replace")[-300:])
        why = "timed out" if result.wall_timeout else f"exit status {result.exit_status}"
        raise SampleError(f"sandbox did not start ({why}): {stderr}")
    if final is None:
        if not flags:
            flags.add("crashed")  # the runner died after the candidate started: its doing
        reason = result.protocol_error or "no result from the sandbox"
        return score(0, suite.total, flags, options, reason, fs_confined=result.fs_confined)
    if final.get("runner_error"):
        raise SampleError(f"test harness failed: {excerpt(final['runner_error'])}")

    runner_flags = final.get("flags") if isinstance(final.get("flags"), dict) else {}
    flags |= {name for key, name in _RUNNER_FLAGS.items() if runner_flags.get(key) is True}
    cases = final.get("cases") if isinstance(final.get("cases"), list) else []
    if suite.format == "stdio":
        verdicts = [
            _stdio_case(case, expected, options, flags) for case, expected in zip(cases, suite.expected, strict=False)
        ]
    elif suite.format == "calls":
        verdicts = [_call_case(case, expected, options) for case, expected in zip(cases, suite.expected, strict=False)]
    else:
        verdicts = [isinstance(case, dict) and case.get("passed") is True for case in cases]
    total = max(suite.total, len(verdicts))
    reason = excerpt(final.get("load_error") or "", 500)
    return score(sum(verdicts), total, flags, options, reason, fs_confined=result.fs_confined)


def _stdio_case(case: Any, expected: str, options: Options, flags: set[str]) -> bool:
    if not isinstance(case, dict):
        return False
    status = case.get("status")
    if status in ("timeout", "crashed", "file_size", "memory", "output_exceeded"):
        flags.add({"memory": "memory_exceeded", "file_size": "file_size_exceeded"}.get(status, status))
    if status != "ok" or not isinstance(case.get("stdout"), str):
        return False
    return compare.outputs_match(case["stdout"], expected, options.float_tolerance)


def _call_case(case: Any, expected: Any, options: Options) -> bool:
    if not isinstance(case, dict) or "value" not in case:
        return False
    try:
        # No reference resolver: a candidate object (a ``$ref``) is not a result.
        actual = wire.decode(case["value"])
    except wire.WireError:
        return False
    return compare.values_match(actual, expected, options.float_tolerance, options.tuple_as_list)
