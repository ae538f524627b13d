"""OpenAI's ``python`` grader: the user's ``grade(sample, item)`` in the code grader's sandbox.

The source is untrusted in the same way a candidate's code is (it was written for another
platform, and it reads the model's output): it runs under the code grader's sandbox with
OpenAI's limits -- no network, 2 minutes, source under 256 kB -- as one ``calls`` case, and
its return value comes back as plain data, never as an object from its interpreter.

Libraries OpenAI promises its graders: those installed next to the function (the code
grader's sandbox sees the function's ``sys.path`` read-only). See graders/openai/README.md
for which ship.
"""

from __future__ import annotations

import math
from typing import Any

from openai_grader.errors import GraderFailure

WALL_S = 120.0  # OpenAI's limit for a python grader
MEMORY_MB = 512


def run_python(source: str, sample: dict[str, Any], item: dict[str, Any], remaining_s: float) -> float:
    from code_grader.harness import wire
    from code_grader.sandbox import Limits, shared_sandbox

    wall = min(WALL_S, remaining_s - 0.05)
    if wall < 0.5:
        raise GraderFailure("unresponsive_reward_error", "no time left to run the python grader")
    grace = min(1.0, 0.2 * wall)
    job = {
        "format": "calls",
        "code": source,
        "module": "grader",
        "filename": "grader.py",
        "deadline_s": wall - grace,
        "case_timeout_s": wall - grace,
        "max_case_output": 1024 * 1024,
        "max_total_output": 1024 * 1024,
        "runner_path": [],
        "function": "grade",
        "calls": [{"args": wire.encode((sample, item)), "kwargs": wire.encode({})}],
    }
    limits = Limits(wall_s=wall, cpu_s=math.ceil(wall) + 1, memory_mb=MEMORY_MB, processes=8)
    try:
        result = shared_sandbox(True).run(job, {}, limits)
    except Exception as exc:  # the sandbox could not start: a server error, not the source's fault
        raise GraderFailure("python_grader_server_error", f"sandbox: {type(exc).__name__}: {exc}") from None
    if result.setup_error or not result.ready:
        raise GraderFailure("python_grader_server_error", f"sandbox did not start: {result.setup_error or 'no ready'}")
    if result.wall_timeout:
        raise GraderFailure("unresponsive_reward_error", f"grade() did not return within {wall:.0f} s")
    final = result.final or {}
    if final.get("load_error"):
        raise GraderFailure("python_grader_runtime_error", f"the source failed to load: {final['load_error']}")
    cases = final.get("cases") if isinstance(final.get("cases"), list) else []
    case = cases[0] if cases and isinstance(cases[0], dict) else {"error": result.protocol_error or "no result"}
    flags = final.get("flags") if isinstance(final.get("flags"), dict) else {}
    if flags.get("timeout") or "time ran out" in str(case.get("error", "")):
        raise GraderFailure("unresponsive_reward_error", f"grade() did not return within {wall:.0f} s")
    if "raise" in case:
        raised = case["raise"] if isinstance(case["raise"], dict) else {}
        what = f"{raised.get('type', 'an exception')}: {raised.get('message', '')}"
        raise GraderFailure("python_grader_runtime_error", f"grade() raised {what}"[:500])
    if "value" not in case:
        raise GraderFailure("python_grader_runtime_error", f"grade() gave no result: {case.get('error')}")
    try:
        value = wire.decode(case["value"])
    except wire.WireError as exc:
        raise GraderFailure(
            "python_grader_runtime_error", f"grade() returned something not plain data: {exc}"
        ) from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise GraderFailure("python_grader_runtime_error", f"grade() must return a finite number, not {value!r}")
    return float(value)
