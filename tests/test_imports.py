"""Heavy imports stay where they are needed: the core and the CLI entry point stay light."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Module names whose import costs tens of milliseconds or more. Powertools imports the bare
# `botocore` package to tag its user agent (0.6 ms); a botocore session or client is heavy.
HEAVY = [
    "sympy",
    "boto3",
    "botocore.session",
    "botocore.client",
    "jsonschema",
    "nltk",
    "rapidfuzz",
    "rouge_score",
    "numpy",
    "samcli",
    "aws_lambda_powertools",
    "yaml",
    "matplotlib",
]


def loaded_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize(
    ("statement", "allowed"),
    [
        # Importing the core costs nothing beyond the standard library.
        ("import grader_core, grader_core.runner, grader_core.spec, grader_core.events", set()),
        # The format grader's checks defer jsonschema and regex until a check needs them.
        ("import format_grader.grader", set()),
        # The structured-output graders import nothing heavy; similarity defers its
        # libraries (RapidFuzz, NLTK, rouge-score) to the build of a spec that uses them.
        (
            "import tool_calls_grader.grader, label_grader.grader, fields_grader.grader, similarity_grader.grader",
            set(),
        ),
        # The CLI's entry point loads only the subcommand being run.
        ("import rft_graders.cli", set()),
        # A handler needs Powertools (logging, EMF) and nothing heavier until a spec arrives.
        ("import router_grader.handler", {"aws_lambda_powertools"}),
        # Registering the data, preflight and job commands (`rft-graders --help`) is light.
        ("import rft_graders.data, rft_graders.jobs, rft_graders.preflight.command", set()),
        # Validating data needs jsonschema only for per-record grader specs.
        ("from rft_graders.data_rules import validate_lines; validate_lines(['{}'])", set()),
        # Preflight statistics and verdicts are pure Python.
        ("import rft_graders.preflight.stats, rft_graders.preflight.verdict", set()),
        # The report pays for matplotlib when it draws, not when it is imported.
        ("import rft_graders.preflight.report_html", set()),
    ],
    ids=[
        "core",
        "format-grader",
        "structured-graders",
        "cli-entry",
        "router-handler",
        "commands",
        "data-rules",
        "stats",
        "report-module",
    ],
)
def test_import_does_not_pull_heavy_dependencies(statement: str, allowed: set[str]) -> None:
    loaded = loaded_after(statement)
    heavy = {name for name in HEAVY if name in loaded}
    assert heavy <= allowed, f"{statement!r} imported {sorted(heavy - allowed)}"
