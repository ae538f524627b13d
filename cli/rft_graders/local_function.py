"""Grade in this process with a deployed function's rules (grader_core.resolve).

Without a function name the rules are the router's (any grader type) with this shell's
environment; with one, they are that template.yaml function's: the grader types it
accepts and its environment (its default spec, score range, time limits).
"""

from __future__ import annotations

import os
from typing import Any

from grader_core.resolve import FunctionSetup, function_setup


def local_setup(function: str | None, spec: Any, missing: str, **config_overrides: Any) -> FunctionSetup:
    """``spec`` (a CLI's ``--spec``) replaces the function's default; ``missing`` ends the
    reason a sample without a spec gets when there is no default at all."""
    env: dict[str, str] = dict(os.environ)
    short_name = "router"
    if function is not None:
        from grader_core.spec_source import SPECS_ROOT_ENV
        from rft_graders.project import load_project

        project = load_project()
        fn = project.function(function)
        short_name = fn.short_name
        # Spec files (GRADER_SPEC_FILE) are read from the checkout, as `rft-graders invoke` does,
        # unless the shell already points elsewhere.
        env.update({SPECS_ROOT_ENV: env.get(SPECS_ROOT_ENV) or str(project.root), **fn.environment})
    return function_setup(short_name, env, spec, missing, **config_overrides)
