"""What a job needs from the deployed stack: the grader's ARN and the service role.

``template.yaml`` outputs ``<Name>GraderFunctionArn`` for each function (its published
version: a job given it keeps its grader through redeploys), ``<Name>GraderFunctionAliasArn``
(the ``live`` alias) and, when ``CreateRFTServiceRole=true``, ``RFTServiceRoleArn``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rft_graders.project import arn_qualifier, function_name_from, logical_id_in_physical_name

DEFAULT_STACK = "rft-graders"
ROLE_OUTPUT = "RFTServiceRoleArn"
FUNCTION_SUFFIX = "GraderFunction"


class StackError(Exception):
    """The stack or one of its outputs is missing; the message says what to do."""


def function_output(function: str, outputs: Mapping[str, str] | None = None) -> str:
    """The stack output holding a function's version ARN.

    ``router`` / ``RouterGraderFunction`` / ``llm_judge``, or the deployed name
    (``rft-graders-RouterGraderFunction-AbC123``) or an ARN of it.
    """
    name = function_name_from(function)
    if name.endswith(FUNCTION_SUFFIX):
        return f"{name}Arn"
    logical_ids = [key.removesuffix("Arn") for key in outputs or {} if key.endswith(f"{FUNCTION_SUFFIX}Arn")]
    logical = logical_id_in_physical_name(name, logical_ids)
    if logical is not None:
        return f"{logical}Arn"
    parts = name.split("-")
    if len(parts) >= 3 and parts[-2].endswith(FUNCTION_SUFFIX):
        return f"{parts[-2]}Arn"  # a deployed name, read without the outputs
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_")) + f"{FUNCTION_SUFFIX}Arn"


def invocable(name: str, outputs: Callable[[], Mapping[str, str]], stack: str) -> str:
    """What to invoke for ``name``: ARNs and deployed names as given, others via the stack.

    A logical id or short name means nothing to Lambda; the stack's output turns it into the
    function's published version (what a job started now would run).
    """
    if name.startswith("arn:") or logical_id_in_physical_name(name, [function_output(name)[:-3]]):
        return name
    return grader_arn(outputs(), stack, name)


def pinning_warning(arn: str) -> str | None:
    """Why an ARN handed to a job does not pin its grader, if it does not."""
    qualifier = arn_qualifier(arn)
    if qualifier is None or qualifier == "$LATEST":
        return (
            f"{arn} runs $LATEST: redeploying the stack would change the grader under a running job; "
            "pass a version ARN (the stack's <Name>GraderFunctionArn output)"
        )
    if not qualifier.isdigit():
        return f"{arn} is the alias {qualifier!r}, which moves on redeploy; a version ARN pins the grader"
    return None


def stack_outputs(client: Any, stack: str) -> dict[str, str]:
    """``DescribeStacks`` -> ``{OutputKey: OutputValue}``."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        stacks = client.describe_stacks(StackName=stack)["Stacks"]
    except ClientError as exc:
        message = exc.response.get("Error", {}).get("Message", str(exc))
        raise StackError(f"stack {stack!r}: {message} (deploy it with `sam deploy`, or pass --stack)") from None
    except BotoCoreError as exc:
        raise StackError(f"stack {stack!r}: {exc}") from None
    if not stacks:
        raise StackError(f"stack {stack!r} not found")
    return {o["OutputKey"]: o["OutputValue"] for o in stacks[0].get("Outputs", [])}


def grader_arn(outputs: Mapping[str, str], stack: str, function: str) -> str:
    key = function_output(function, outputs)
    if key not in outputs:
        known = ", ".join(sorted(k for k in outputs if k.endswith(f"{FUNCTION_SUFFIX}Arn"))) or "none"
        raise StackError(f"stack {stack!r} has no output {key} (grader outputs: {known})")
    return outputs[key]


def service_role_arn(outputs: dict[str, str], stack: str) -> str:
    if ROLE_OUTPUT not in outputs:
        raise StackError(
            f"stack {stack!r} has no {ROLE_OUTPUT}: pass --role-arn, or deploy with "
            "CreateRFTServiceRole=true and DataBucketName=<bucket> to have the stack create the role"
        )
    return outputs[ROLE_OUTPUT]
