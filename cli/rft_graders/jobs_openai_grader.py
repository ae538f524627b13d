"""``job create --openai-grader``: start a job only on a stack that runs exactly that grader.

The grader reaches the deployed function the way every default spec does (a file in
``specs/`` named by a ``*DefaultSpecFile`` parameter, shipped with the build). Before a job
starts, the stack's parameter for the chosen function must name a file whose spec equals the
OpenAI grader packed with its model mapping; otherwise the job would train against another
reward. The fix is printed: ``openai pack``, ``make build``, ``rft-graders deploy``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# Functions whose default spec may hold an ``openai`` spec, and the parameter naming its file.
SPEC_PARAMETERS = {"openai": "OpenaiDefaultSpecFile", "router": "RouterDefaultSpecFile"}


class GraderMismatch(Exception):
    """The stack does not run the grader the job was asked to use."""


def packed_spec(grader_path: str, model_map: list[str]) -> dict[str, Any]:
    """The grader file as this project's ``openai`` spec, validated (``openai pack``'s output)."""
    import argparse

    from rft_graders.openai_cmd import build

    args = argparse.Namespace(grader=grader_path, model=model_map, backend=None)
    spec, _ = build(args)
    return spec


def check_stack_runs(
    spec: Mapping[str, Any], function: str, parameters: Mapping[str, str], root: Path, grader_path: str
) -> str:
    """The spec file the stack's ``function`` runs, when it holds ``spec``; else ``GraderMismatch``."""
    if function not in SPEC_PARAMETERS:
        raise GraderMismatch(f"--openai-grader needs --function openai or router, not {function!r}")
    parameter = SPEC_PARAMETERS[function]
    name = parameters.get(parameter, "")
    target = f"specs/openai-{Path(grader_path).stem}.json"
    fix = (
        f"rft-graders openai pack {grader_path} --out {target} (with the same --model mappings), then "
        f"make build && rft-graders deploy --parameter-overrides {parameter}={target}"
    )
    if not name:
        raise GraderMismatch(f"the stack's {parameter} is empty: no default spec is deployed. Fix: {fix}")
    path = root / name
    try:
        deployed = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GraderMismatch(f"the stack's {parameter}={name} cannot be read here ({exc}). Fix: {fix}") from None
    if deployed != dict(spec):
        raise GraderMismatch(
            f"the stack's {parameter}={name} is not this grader (or not its model mapping). Fix: {fix}"
        )
    return name


def stack_parameters(client: Any, stack: str) -> dict[str, str]:
    """``DescribeStacks`` -> ``{ParameterKey: ParameterValue}``."""
    stacks = client.describe_stacks(StackName=stack)["Stacks"]
    return {p["ParameterKey"]: p.get("ParameterValue", "") for p in (stacks[0].get("Parameters", []) if stacks else [])}
