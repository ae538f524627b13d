"""The data, preflight and job commands load their heavy dependencies only when they use them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ["boto3", "botocore.session", "botocore.client", "matplotlib", "jsonschema", "aws_lambda_powertools"]


def loaded_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize(
    ("statement", "allowed"),
    [
        # registering the commands (what `rft-graders --help` does) costs nothing heavy
        ("import rft_graders.data, rft_graders.jobs, rft_graders.preflight.command", set()),
        # validating data needs jsonschema only for per-record grader specs
        ("from rft_graders.data_rules import validate_lines; validate_lines(['{}'])", set()),
        # stats and verdicts are pure Python
        ("import rft_graders.preflight.stats, rft_graders.preflight.verdict", set()),
        # the report pays for matplotlib when it draws, not when it is imported
        ("import rft_graders.preflight.report_html", set()),
    ],
    ids=["commands", "data-rules", "stats", "report-module"],
)
def test_imports_stay_light(statement: str, allowed: set[str]) -> None:
    heavy = {name for name in HEAVY if name in loaded_after(statement)}
    assert heavy <= allowed, f"{statement!r} imported {sorted(heavy - allowed)}"
