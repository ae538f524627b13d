"""Where grader types are registered: the one place a new grader is added.

Each entry maps a spec ``type`` to a module that defines

- ``SPEC_SCHEMA``: a JSON Schema (Draft 2020-12) for that type's spec, and
- ``build(spec: dict) -> Grader``: a factory called with an already validated spec.

Modules are imported on first use, so a function pays only for the graders it runs.
``FUNCTIONS`` ties each Lambda function (by short name) to the grader types it accepts;
tests check it against ``template.yaml``, ``events/`` and the docs.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from grader_core.errors import SpecError

GRADER_MODULES: dict[str, str] = {
    "weighted": "grader_core.compose",
    "format": "format_grader.grader",
    "code": "code_grader.grader",
    "judge": "judge_grader.grader",
    "math": "math_grader.grader",
    "tool_calls": "tool_calls_grader.grader",
    "label": "label_grader.grader",
    "fields": "fields_grader.grader",
    "similarity": "similarity_grader.grader",
}

# Short function name -> grader types it grades (None: all of them).
FUNCTIONS: dict[str, frozenset[str] | None] = {
    "router": None,
    "format": frozenset({"format", "weighted"}),
    "code": frozenset({"code", "weighted"}),
    "judge": frozenset({"judge", "weighted"}),
    "math": frozenset({"math", "weighted"}),
    "tool_calls": frozenset({"tool_calls", "weighted"}),
    "label": frozenset({"label", "weighted"}),
    "fields": frozenset({"fields", "weighted"}),
    "similarity": frozenset({"similarity", "weighted"}),
}


def grader_module(grader_type: str) -> ModuleType:
    try:
        path = GRADER_MODULES[grader_type]
    except KeyError:
        known = ", ".join(sorted(GRADER_MODULES))
        raise SpecError(f"spec.type: unknown grader type {grader_type!r} (known: {known})") from None
    return importlib.import_module(path)
