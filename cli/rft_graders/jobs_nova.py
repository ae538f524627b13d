"""Nova RFT jobs: ``CreateModelCustomizationJob`` requests, checked before they are sent.

Hyperparameters are checked against the ranges in the ``bedrock`` service model (contract
§5; ``tests/cli/test_jobs_nova.py`` holds this table to botocore's model), and the whole
request against botocore's parameter validation, so a dry run catches what the service
would reject -- and a real run fails in seconds rather than after queueing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_MODEL = "amazon.nova-2-lite-v1:0:256k"
DEFAULT_REGION = "us-east-1"
TERMINAL = frozenset({"Completed", "Failed", "Stopped"})
# Service-model patterns for the two names the user chooses.
NAME_PATTERNS = {
    "jobName": re.compile(r"[a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*"),
    "customModelName": re.compile(r"([0-9a-zA-Z][_-]?){1,63}"),
}


@dataclass(frozen=True)
class HyperParameter:
    kind: type
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()


# RFTHyperParameters in the bedrock service model.
HYPERPARAMETERS: dict[str, HyperParameter] = {
    "epochCount": HyperParameter(int, 1, 50),
    "batchSize": HyperParameter(int, 16, 512),
    "learningRate": HyperParameter(float, 1e-7, 1e-3),
    "maxPromptLength": HyperParameter(int, 1),
    "trainingSamplePerPrompt": HyperParameter(int, 2, 16),
    "inferenceMaxTokens": HyperParameter(int, 1),
    "reasoningEffort": HyperParameter(str, choices=("low", "medium", "high")),
    "evalInterval": HyperParameter(int, 1, 100),
}


class RequestError(ValueError):
    """The request would be rejected; the message names the field."""


def parse_hyperparameters(pairs: list[str]) -> tuple[dict[str, Any], list[str]]:
    """``["epochCount=2", ...]`` -> native JSON values, checked; returns (values, warnings)."""
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep:
            raise RequestError(f"--hp {pair!r}: expected NAME=VALUE")
        spec = HYPERPARAMETERS.get(name)
        if spec is None:
            raise RequestError(f"--hp {name}: not a Nova RFT hyperparameter (known: {', '.join(HYPERPARAMETERS)})")
        values[name] = _convert(name, raw.strip(), spec)
    if values.get("reasoningEffort") == "medium":
        warnings.append("reasoningEffort=medium: the service model allows it, but Nova guides list only low and high")
    return values, warnings


def _convert(name: str, raw: str, spec: HyperParameter) -> Any:
    if spec.kind is str:
        if raw not in spec.choices:
            raise RequestError(f"--hp {name}: {raw!r} is not one of {', '.join(spec.choices)}")
        return raw
    try:
        value = int(raw) if spec.kind is int else float(raw)
    except ValueError:
        raise RequestError(f"--hp {name}: {raw!r} is not {'an integer' if spec.kind is int else 'a number'}") from None
    if (spec.low is not None and value < spec.low) or (spec.high is not None and value > spec.high):
        bounds = f"{spec.low:g} to {spec.high:g}" if spec.high is not None else f"at least {spec.low:g}"
        raise RequestError(f"--hp {name}: {raw} is outside the service's range ({bounds})")
    return value


def build_request(
    *,
    job_name: str,
    model_name: str,
    role_arn: str,
    base_model: str,
    lambda_arn: str,
    training_uri: str,
    output_uri: str,
    validation_uri: str | None = None,
    hyperparameters: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``CreateModelCustomizationJob`` request (contract §5), validated."""
    for field, value in (("jobName", job_name), ("customModelName", model_name)):
        if len(value) > 63 or not NAME_PATTERNS[field].fullmatch(value):
            raise RequestError(f"{field} {value!r}: up to 63 letters, digits and - (see the service's naming rules)")
    for field, uri in (("training data", training_uri), ("output", output_uri), ("validation data", validation_uri)):
        if uri is not None and not uri.startswith("s3://"):
            raise RequestError(f"{field}: {uri!r} is not an s3:// URI (upload the file first: aws s3 cp FILE s3://...)")
    rft: dict[str, Any] = {"graderConfig": {"lambdaGrader": {"lambdaArn": lambda_arn}}}
    if hyperparameters:
        rft["hyperParameters"] = dict(hyperparameters)
    request: dict[str, Any] = {
        "jobName": job_name,
        "customModelName": model_name,
        "roleArn": role_arn,
        "baseModelIdentifier": base_model,
        "customizationType": "REINFORCEMENT_FINE_TUNING",
        "trainingDataConfig": {"s3Uri": training_uri},
        "outputDataConfig": {"s3Uri": output_uri},
        "customizationConfig": {"rftConfig": rft},
    }
    if validation_uri:
        request["validationDataConfig"] = {"validators": [{"s3Uri": validation_uri}]}
    check_against_service_model(request)
    return request


def check_against_service_model(request: dict[str, Any]) -> None:
    """botocore's own parameter validation (types, required members, lengths) plus patterns."""
    import botocore.session
    from botocore.validate import ParamValidator

    model = botocore.session.get_session().get_service_model("bedrock")
    shape = model.operation_model("CreateModelCustomizationJob").input_shape
    report = ParamValidator().validate(request, shape)
    if report.has_errors():
        raise RequestError(report.generate_report())
    arn_pattern = shape.members["customizationConfig"].members["rftConfig"].members["graderConfig"]
    pattern = arn_pattern.members["lambdaGrader"].members["lambdaArn"].metadata.get("pattern")
    arn = request["customizationConfig"]["rftConfig"]["graderConfig"]["lambdaGrader"]["lambdaArn"]
    if pattern and not re.fullmatch(pattern, arn):
        raise RequestError(
            f"lambdaArn {arn!r} is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)"
        )


def describe(job: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``GetModelCustomizationJob`` as (label, value) rows for the terminal."""
    rows = [("job", job.get("jobArn", "")), ("name", job.get("jobName", "")), ("status", job.get("status", "?"))]
    details = job.get("statusDetails") or {}
    stages = [
        f"{label} {details[key]['status']}"
        for key, label in (
            ("validationDetails", "validation"),
            ("dataProcessingDetails", "data processing"),
            ("trainingDetails", "training"),
        )
        if isinstance(details.get(key), dict) and "status" in details[key]
    ]
    if stages:
        rows.append(("stages", ", ".join(stages)))
    for key, label in (
        ("baseModelArn", "base model"),
        ("creationTime", "created"),
        ("endTime", "ended"),
        ("outputModelArn", "output model"),
        ("failureMessage", "failure"),
    ):
        if job.get(key):
            rows.append((label, str(job[key])))
    return rows
