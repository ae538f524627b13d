"""Import-time budget of every function's init, as Powertools keeps one for its own imports.

What test_imports.py proves by module names (no sympy, boto3 or jsonschema at init), this
proves in time: each function's handler module, imported as Lambda imports it (a fresh
interpreter with the function's template environment), stays under a budget. The budget
is several times the init goal in docs/benchmarks.md (format and router <= 100 ms), so a
loaded CI machine passes and an init that starts importing something heavy does not; the
best of three runs is compared. bench/cold_start.py measures init precisely.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from grader_core.spec_source import SPECS_ROOT_ENV
from rft_graders.project import Project, lambda_environment, load_project

# Milliseconds, best of RUNS, for every function of template.yaml (a new one included).
# Init today is ~40-90 ms on a quiet machine (handler import and default spec); the margin
# absorbs a CI machine running other jobs, not an init that imports SymPy or jsonschema.
BUDGET_MS = 1000
FUNCTIONS = sorted(fn.short_name for fn in load_project().functions.values())
RUNS = 3
_IMPORT = (
    "import importlib, sys, time; start = time.perf_counter(); importlib.import_module(sys.argv[1]); "
    "print((time.perf_counter() - start) * 1000)"
)


def init_ms(project: Project, short_name: str) -> float:
    fn = project.function(short_name)
    # Spec files are read from the checkout (on Lambda: /opt/specs, from the layer).
    env = {**os.environ, **lambda_environment(fn), SPECS_ROOT_ENV: str(project.root), **fn.environment}
    runs = [
        float(subprocess.run([sys.executable, "-c", _IMPORT, fn.handler_module], env=env, capture_output=True,
                             text=True, check=True).stdout)
        for _ in range(RUNS)
    ]  # fmt: skip
    return min(runs)


@pytest.mark.perf
@pytest.mark.parametrize("short_name", FUNCTIONS)
def test_function_init_stays_within_budget(project: Project, short_name: str) -> None:
    elapsed = init_ms(project, short_name)
    assert elapsed < BUDGET_MS, (
        f"{short_name}: init took {elapsed:.0f} ms (best of {RUNS}), budget {BUDGET_MS} ms: "
        "see `python -X importtime` for what it now imports"
    )
