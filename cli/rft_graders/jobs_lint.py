"""Warnings about a job request that the APIs would accept, or reject only late.

Pure functions over the request's parts; ``job create`` prints them before sending.
"""

from __future__ import annotations

import re

# Nova 1 ids (amazon.nova-lite-v1:0, amazon.nova-pro-v1:0, ...) are valid model ids that
# Bedrock RFT does not train: reinforcement fine-tuning takes Nova 2 Lite.
_NOVA_1 = re.compile(r"^(?:[a-z]{2}\.)?amazon\.nova-(?:micro|lite|pro|premier)-v1(?::|$)")
_ARN_REGION = re.compile(r"^arn:aws[a-z-]*:lambda:([a-z0-9-]+):")


def job_warnings(model: str, region: str, lambda_arn: str) -> list[str]:
    """What looks wrong in a job for ``model`` in ``region`` graded by ``lambda_arn``."""
    warnings = []
    if _NOVA_1.match(model):
        warnings.append(
            f"{model} is a Nova 1 model; Bedrock reinforcement fine-tuning trains Nova 2 Lite "
            "(--model amazon.nova-2-lite-v1:0:256k)"
        )
    found = _ARN_REGION.match(lambda_arn)
    if found and found.group(1) != region:
        warnings.append(
            f"the grader function is in {found.group(1)} but the job runs in {region}: deploy the stack in "
            f"{region} (sam deploy --region {region}) or start the job in {found.group(1)} with --region"
        )
    return warnings
