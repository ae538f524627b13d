"""template.yaml gives the judge exactly one permission: InvokeModel on the configured model."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from rft_graders.project import load_template

TEMPLATE = load_template(ROOT / "template.yaml")
RESOURCES = TEMPLATE["Resources"]
FM_IN_REGION = {"Fn::Sub": "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/${JudgeModelId}"}
FM_ANY_REGION = {"Fn::Sub": "arn:${AWS::Partition}:bedrock:*::foundation-model/${JudgeModelId}"}


def statements(function: str) -> list[dict]:
    found = []
    for policy in RESOURCES[function]["Properties"].get("Policies", []):
        if "Fn::If" in policy:
            policy = policy["Fn::If"][1]
        found.extend(policy["Statement"])
    return found


def test_judge_role_may_only_invoke_the_judge_model() -> None:
    # The second statement is the optional API key secret (tests/cli/test_template_deploy.py).
    statement, _secret = statements("JudgeGraderFunction")
    assert (statement["Effect"], statement["Action"]) == ("Allow", "bedrock:InvokeModel")
    condition, with_profile, without_profile = statement["Resource"]["Fn::If"]
    assert condition == "UseJudgeInferenceProfile"
    # A cross-region profile routes to the model in other regions: the profile plus the model anywhere.
    assert with_profile == [{"Ref": "JudgeInferenceProfileArn"}, FM_ANY_REGION]
    # Otherwise the foundation model in this region, nothing else.
    assert without_profile == [FM_IN_REGION]


def test_router_gets_the_permission_only_when_asked() -> None:
    policy, secret = RESOURCES["RouterGraderFunction"]["Properties"]["Policies"]
    condition, granted, otherwise = policy["Fn::If"]
    assert condition == "RouterJudge" and otherwise == {"Ref": "AWS::NoValue"}
    assert granted["Statement"] == statements("JudgeGraderFunction")[:1]
    assert secret["Fn::If"][0] == "RouterJudgeApiKey"
    assert TEMPLATE["Parameters"]["RouterMayInvokeJudge"]["Default"] == "false"


@pytest.mark.parametrize(
    ("value", "ok", "why"),
    [
        ("", True, "no profile: call the model in this region"),
        ("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0", True, "system profile"),
        ("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3", True, "application profile"),
        ("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.m", True, "other partitions"),
        ("us.amazon.nova-pro-v1:0", False, "a bare id cannot be scoped in IAM without the account"),
        ("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", False, "a model is not a profile"),
    ],
)
def test_inference_profile_parameter_accepts_profile_arns_only(value: str, ok: bool, why: str) -> None:
    pattern = TEMPLATE["Parameters"]["JudgeInferenceProfileArn"]["AllowedPattern"]
    assert bool(re.fullmatch(pattern, value)) is ok


def test_the_function_gets_the_model_and_profile_it_is_allowed_to_call() -> None:
    variables = RESOURCES["JudgeGraderFunction"]["Properties"]["Environment"]["Variables"]
    assert variables["JUDGE_MODEL_ID"] == {"Ref": "JudgeModelId"}
    assert variables["JUDGE_INFERENCE_PROFILE_ARN"] == {"Ref": "JudgeInferenceProfileArn"}
    assert variables["GRADER_SPEC_FILE"] == {"Ref": "JudgeDefaultSpecFile"}
    assert variables["JUDGE_API_KEY_SECRET_ARN"] == {"Ref": "JudgeApiKeySecretArn"}
