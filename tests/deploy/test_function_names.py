"""Every command that takes a function takes every name a user may paste."""

from __future__ import annotations

import pytest

from rft_graders.cli import CliError
from rft_graders.jobs_stack import function_output, invocable, pinning_warning

ACCOUNT = "arn:aws:lambda:us-east-1:123456789012:function"


@pytest.mark.parametrize(
    ("name", "logical"),
    [
        ("router", "RouterGraderFunction"),  # short name
        ("RouterGraderFunction", "RouterGraderFunction"),  # logical id
        ("rft-graders-RouterGraderFunction-AbC123", "RouterGraderFunction"),  # the example
        ("rft-graders-RouterGraderFunction-AKSTG7GE2OGP", "RouterGraderFunction"),  # CloudFormation's 12 characters
        ("my-team-rft-graders-MathGraderFunction-Z1SZY1BMV1VU", "MathGraderFunction"),  # hyphens in the stack name
        ("a-very-long-stack-name-for-rft-graders-RouterGrader-1A2B3C4D5E6F", "RouterGraderFunction"),  # cut short
        (f"{ACCOUNT}:rft-graders-CodeGraderFunction-AbC123", "CodeGraderFunction"),  # ARN of the deployed name
        (f"{ACCOUNT}:rft-graders-CodeGraderFunction-AbC123:7", "CodeGraderFunction"),  # version-qualified
        (f"{ACCOUNT}:rft-graders-CodeGraderFunction-AbC123:live", "CodeGraderFunction"),  # alias-qualified
        (f"{ACCOUNT}:judge:live", "JudgeGraderFunction"),  # ARN of a short name (start-lambda)
    ],
)
def test_project_resolves(project, name: str, logical: str) -> None:
    assert project.function(name).logical_id == logical


@pytest.mark.parametrize(
    "name",
    [
        "rft-graders-Grader-AbC123",  # "Grader" begins no logical id
        "rft-graders-Function-AbC123",  # cut to nothing useful
        "other-stack-Lambda-AbC123",
    ],
)
def test_unknown_deployed_names_are_refused_with_the_known_ones(project, name: str) -> None:
    with pytest.raises(CliError, match=r"known: format \(FormatGraderFunction\)"):
        project.function(name)


@pytest.mark.parametrize(
    ("name", "output"),
    [
        ("router", "RouterGraderFunctionArn"),
        ("llm_judge", "LlmJudgeGraderFunctionArn"),
        ("RouterGraderFunction", "RouterGraderFunctionArn"),
        ("rft-graders-RouterGraderFunction-AbC123", "RouterGraderFunctionArn"),
        (f"{ACCOUNT}:rft-graders-MathGraderFunction-AbC123:3", "MathGraderFunctionArn"),
    ],
)
def test_stack_output_for_any_name(name: str, output: str) -> None:
    assert function_output(name) == output


def test_a_cut_short_deployed_name_finds_its_output_among_the_stacks() -> None:
    outputs = {"RouterGraderFunctionArn": "x", "RouterGraderFunctionAliasArn": "y", "MathGraderFunctionArn": "z"}
    assert function_output("long-stack-name-RouterGrader-1A2B3C4D5E6F", outputs) == "RouterGraderFunctionArn"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("router", f"{ACCOUNT}:rft-graders-RouterGraderFunction-AbC123:4"),  # via the stack: the version
        ("rft-graders-RouterGraderFunction-AbC123", "rft-graders-RouterGraderFunction-AbC123"),  # Lambda knows it
        (f"{ACCOUNT}:x:live", f"{ACCOUNT}:x:live"),  # an ARN is what it says
    ],
)
def test_invocable_names(name: str, expected: str) -> None:
    outputs = {"RouterGraderFunctionArn": f"{ACCOUNT}:rft-graders-RouterGraderFunction-AbC123:4"}
    assert invocable(name, lambda: outputs, "rft-graders") == expected


@pytest.mark.parametrize(
    ("arn", "warning"),
    [
        (f"{ACCOUNT}:g-RouterGraderFunction-A:3", None),  # a version pins
        (f"{ACCOUNT}:g-RouterGraderFunction-A", "runs $LATEST"),
        (f"{ACCOUNT}:g-RouterGraderFunction-A:$LATEST", "runs $LATEST"),
        (f"{ACCOUNT}:g-RouterGraderFunction-A:live", "moves on redeploy"),
    ],
)
def test_job_arns_that_do_not_pin_are_flagged(arn: str, warning: str | None) -> None:
    found = pinning_warning(arn)
    assert (found is None) if warning is None else (warning in found)
