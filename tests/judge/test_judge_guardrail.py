"""The optional Bedrock Guardrails screen, against botocore's Stubber (no network)."""

from __future__ import annotations

import boto3
import pytest
from botocore.stub import Stubber
from judge_fakes import ONE_CALL, RecordingClient, verdict

from grader_core.errors import SpecError
from grader_core.events import parse_sample
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Status
from judge_grader.backends.base import JudgeReply
from judge_grader.config import config_from_spec
from judge_grader.grader import JudgeGrader
from judge_grader.guardrail import GuardrailSpec, resolve

SAMPLE = parse_sample(
    {
        "id": "g",
        "messages": [
            {"role": "user", "content": "Summarise the memo."},
            {"role": "assistant", "content": "The memo moves the launch to May."},
        ],
    }
)
EXPECTED = {
    "guardrailIdentifier": "gr1abc",
    "guardrailVersion": "3",
    "source": "INPUT",
    "content": [{"text": {"text": "The memo moves the launch to May.", "qualifiers": ["guard_content"]}}],
}


def intervened() -> dict:
    return {
        "usage": {
            "topicPolicyUnits": 0,
            "contentPolicyUnits": 1,
            "wordPolicyUnits": 0,
            "sensitiveInformationPolicyUnits": 0,
            "sensitiveInformationPolicyFreeUnits": 0,
            "contextualGroundingPolicyUnits": 0,
        },
        "action": "GUARDRAIL_INTERVENED",
        "outputs": [{"text": "blocked"}],
        "assessments": [
            {"contentPolicy": {"filters": [{"type": "PROMPT_ATTACK", "confidence": "HIGH", "action": "BLOCKED"}]}}
        ],
    }


def passed() -> dict:
    return {**intervened(), "action": "NONE", "outputs": [], "assessments": []}


def grader_with(stubbed, client: RecordingClient) -> JudgeGrader:
    spec = {"type": "judge", "preset": "instruction_following", "guardrail": {"id": "gr1abc", "version": "3"}}
    return JudgeGrader(config_from_spec({**spec, **ONE_CALL}), client, guardrail_runtime=stubbed, sleep=lambda s: None)


def runtime():
    return boto3.client("bedrock-runtime", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")


def test_an_intervention_scores_zero_with_the_injection_metric_and_no_judge_call() -> None:
    client, rt = RecordingClient([]), runtime()
    with Stubber(rt) as stub:
        stub.add_response("apply_guardrail", intervened(), EXPECTED)
        score = grader_with(rt, client).grade(SAMPLE, GradeContext.within(30))
    assert score.value == 0.0 and client.requests == []
    assert ("injection", 1.0) in [(m.name, m.value) for m in score.metrics]
    assert "guardrail gr1abc:3 intervened (PROMPT_ATTACK HIGH)" in score.reason


def test_a_pass_goes_on_to_the_judge() -> None:
    client, rt = RecordingClient([JudgeReply(verdict(5))]), runtime()
    with Stubber(rt) as stub:
        stub.add_response("apply_guardrail", passed(), EXPECTED)
        score = grader_with(rt, client).grade(SAMPLE, GradeContext.within(30))
    assert score.value == 1.0 and len(client.requests) == 1


def test_a_failing_guardrail_fails_closed_with_an_error_status() -> None:
    client, rt = RecordingClient([]), runtime()
    with Stubber(rt) as stub:
        stub.add_client_error("apply_guardrail", "AccessDeniedException", "not allowed", 403)
        score = grader_with(rt, client).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR and "AccessDeniedException" in score.reason and client.requests == []


def test_throttling_is_retried() -> None:
    client, rt = RecordingClient([JudgeReply(verdict(5))]), runtime()
    with Stubber(rt) as stub:
        stub.add_client_error("apply_guardrail", "ThrottlingException", "slow down", 429)
        stub.add_response("apply_guardrail", passed(), EXPECTED)
        score = grader_with(rt, client).grade(SAMPLE, GradeContext.within(30))
    assert score.value == 1.0


@pytest.mark.parametrize(
    ("spec", "env", "expected", "why"),
    [
        (None, {}, None, "nothing configured: no guardrail"),
        (None, {"JUDGE_GUARDRAIL_ID": "abc"}, GuardrailSpec("abc", "DRAFT"), "the template's parameter, DRAFT"),
        (None, {"JUDGE_GUARDRAIL_ID": "abc", "JUDGE_GUARDRAIL_VERSION": "2"}, GuardrailSpec("abc", "2"), "version"),
        (GuardrailSpec("xyz", "5"), {"JUDGE_GUARDRAIL_ID": "abc"}, GuardrailSpec("xyz", "5"), "the spec wins"),
    ],
)
def test_resolution(spec, env, expected, why) -> None:
    assert resolve(spec, env) == expected


def test_the_spec_validates_ids_and_versions() -> None:
    with pytest.raises(SpecError):
        build_grader({"type": "judge", "preset": "reasoning", "guardrail": {"id": "Bad Id"}})
    with pytest.raises(SpecError):
        build_grader({"type": "judge", "preset": "reasoning", "guardrail": {"id": "abc", "version": "latest"}})
