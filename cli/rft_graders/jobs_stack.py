"""What a job needs from the deployed stack: the grader's ARN and the service role.

``template.yaml`` outputs ``<Name>GraderFunctionArn`` for each function and, when
``CreateRFTServiceRole=true``, ``RFTServiceRoleArn``.
"""

from __future__ import annotations

from typing import Any

DEFAULT_STACK = "rft-graders"
ROLE_OUTPUT = "RFTServiceRoleArn"
FUNCTION_SUFFIX = "GraderFunction"


class StackError(Exception):
    """The stack or one of its outputs is missing; the message says what to do."""


def function_output(function: str) -> str:
    """``router`` / ``RouterGraderFunction`` / ``llm_judge`` -> the stack output holding its ARN."""
    if function.endswith(FUNCTION_SUFFIX):
        return f"{function}Arn"
    return "".join(part.capitalize() for part in function.replace("-", "_").split("_")) + f"{FUNCTION_SUFFIX}Arn"


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


def grader_arn(outputs: dict[str, str], stack: str, function: str) -> str:
    key = function_output(function)
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
