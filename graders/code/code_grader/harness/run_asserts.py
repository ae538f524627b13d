"""Format ``asserts``: HumanEval-style test code with a ``check(candidate)`` function.

The test code and an optional trusted ``setup`` (e.g. HumanEval's prompt, so helpers such
as ``poly`` are the dataset's, not the candidate's) run here, in the runner. Their
namespace holds exactly: a fresh copy of the real builtins, what ``setup`` defines, and the
entry point (the candidate's, as a :class:`~remote.Remote` proxy). No other name of the
candidate's module is visible: a module-level ``def range(*a): return []`` next to the
solution would otherwise turn the test's own ``for _ in range(100): assert ...`` into no
test at all. One case per test snippet.
"""

from __future__ import annotations

from code_grader.harness.boot import Session, fresh_builtins
from code_grader.harness.text import excerpt

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def run(session: Session) -> None:
    names = session.start_candidate()
    secret = session.secret()
    tests: list[str] = secret["tests"]
    entry, check = secret["entry_point"], secret.get("check", "check")
    session.cases[:] = [
        {"name": f"test_{i}", "passed": False, "reason": "not run: time ran out"} for i in range(len(tests))
    ]
    for case, test in zip(session.cases, tests, strict=True):
        if names is None:
            case["reason"] = f"not run: {session.load_error}"
            continue
        if entry not in names:
            case["reason"] = f"the code defines no {entry!r}"
            continue
        case["passed"], case["reason"] = _run_one(names[entry], secret.get("setup"), test, entry, check)


def _run_one(candidate: Any, setup: str | None, test: str, entry: str, check: str) -> tuple[bool, str]:
    namespace: dict[str, Any] = {"__name__": "__rft_tests__", "__builtins__": fresh_builtins()}
    try:
        if setup:
            exec(compile(setup, "<setup>", "exec", dont_inherit=True), namespace)
        namespace[entry] = candidate
        exec(compile(test, "<test>", "exec", dont_inherit=True), namespace)
        namespace[check](candidate)
    except Exception as exc:
        return False, excerpt(f"{type(exc).__name__}: {exc}")
    return True, ""
