"""The Bedrock Converse backend, with botocore's Stubber and with a loopback endpoint.

No AWS: conftest sets fake credentials and disables the metadata service; the Stubber
answers in-process, and the loopback tests point botocore's ``endpoint_url`` at 127.0.0.1.
"""

from __future__ import annotations

import boto3
import pytest
from botocore.stub import ANY, Stubber
from judge_fakes import ONE_CALL, LoopbackJudge, converse_output, verdict

from grader_core.events import parse_sample
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Status
from judge_grader.backends import bedrock
from judge_grader.backends.base import JudgeCallError
from judge_grader.backends.bedrock import BedrockConfig, BedrockConverseClient, resolve_model_id
from judge_grader.config import config_from_spec
from judge_grader.grader import JudgeGrader

MODEL = "amazon.nova-pro-v1:0"
SAMPLE = parse_sample(
    {
        "id": "b1",
        "messages": [{"role": "user", "content": "What is 6 x 7?"}, {"role": "assistant", "content": "42"}],
        "reference_answer": "42",
    }
)


@pytest.fixture
def stubbed():
    runtime = boto3.session.Session().client("bedrock-runtime", region_name="us-east-1")
    with Stubber(runtime) as stubber:
        yield runtime, stubber
        stubber.assert_no_pending_responses()


def grader_on(runtime, **spec) -> JudgeGrader:
    config = config_from_spec({"type": "judge", "preset": "reference_correctness", **ONE_CALL, **spec})
    return JudgeGrader(config, BedrockConverseClient(BedrockConfig(model_id=MODEL), runtime), sleep=lambda s: None)


def expected_call(max_tokens: int = 1024) -> dict:
    return {
        "modelId": MODEL,
        "system": [{"text": ANY}],
        "messages": [{"role": "user", "content": [{"text": ANY}]}],
        "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.0},
    }


def metrics_of(score) -> dict[str, float]:
    return {m.name: m.value for m in score.metrics}


def test_success_maps_the_score_and_reports_tokens(stubbed) -> None:
    runtime, stubber = stubbed
    stubber.add_response("converse", converse_output(verdict(4, "Minor imprecision.")), expected_call(max_tokens=300))
    score = grader_on(runtime, max_tokens=300).grade(SAMPLE, GradeContext.within(30))
    assert (score.status, score.value) == (Status.OK, 0.75)
    expected = {"judge_input_tokens": 700, "judge_output_tokens": 30, "judge_attempts": 1}
    assert metrics_of(score).items() >= expected.items()
    assert score.reason == "reference_correctness@v2: Minor imprecision."


def test_throttling_then_success(stubbed) -> None:
    runtime, stubber = stubbed
    for _ in range(2):
        stubber.add_client_error("converse", "ThrottlingException", "Rate exceeded", 429)
    stubber.add_response("converse", converse_output(verdict(5)), expected_call())
    score = grader_on(runtime).grade(SAMPLE, GradeContext.within(30))
    assert (score.status, score.value) == (Status.OK, 1.0)
    assert metrics_of(score)["judge_attempts"] == 3 and metrics_of(score)["judge_throttled"] == 2


def test_persistent_throttling_is_an_error_status_with_the_reason(stubbed) -> None:
    runtime, stubber = stubbed
    for _ in range(3):
        stubber.add_client_error("converse", "ThrottlingException", "Rate exceeded", 429)
    score = grader_on(runtime, retry={"max_attempts": 3}).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR
    assert "judge throttled: gave up after 3 attempt(s)" in score.reason and "Rate exceeded" in score.reason
    assert metrics_of(score)["judge_throttled"] == 3


@pytest.mark.parametrize(
    ("code", "status", "attempts", "why"),
    [
        ("ServiceUnavailableException", 503, 2, "server trouble is retried"),
        ("InternalServerException", 500, 2, "server trouble is retried"),
        ("ModelTimeoutException", 408, 2, "a model timeout is retried"),
        ("ModelNotReadyException", 429, 2, "a model warming up is retried"),
        ("AccessDeniedException", 403, 1, "IAM will not change on retry"),
        ("ValidationException", 400, 1, "a bad request stays bad"),
        ("ResourceNotFoundException", 404, 1, "a wrong model id stays wrong"),
    ],
)
def test_errors_are_retried_only_when_retrying_can_help(stubbed, code, status, attempts, why) -> None:
    runtime, stubber = stubbed
    stubber.add_client_error("converse", code, "details", status)
    if attempts == 2:
        stubber.add_response("converse", converse_output(verdict(5)), expected_call())
    score = grader_on(runtime).grade(SAMPLE, GradeContext.within(30))
    assert metrics_of(score)["judge_attempts"] == attempts
    if attempts == 1:
        assert score.status is Status.ERROR and code in score.reason


@pytest.mark.parametrize(
    ("text", "stop", "reason", "why"),
    [
        ("Score: 5/5, great answer!", "end_turn", "not a single JSON object", "malformed output"),
        ('{"score": 5}', "end_turn", "missing reasoning", "schema not followed"),
        ("I'm sorry, I can't help with that.", "end_turn", "judge refused", "refusal in words"),
        ("", "content_filtered", "judge refused to grade (content_filtered)", "refusal by content filter"),
        ("blocked", "guardrail_intervened", "judge refused to grade (guardrail_intervened)", "guardrail"),
        ('{"reasoning": "The ans', "max_tokens", "cut off at max_tokens=1024", "truncated verdict"),
    ],
)
def test_unusable_output_is_an_error_status_never_a_score(stubbed, text, stop, reason, why) -> None:
    runtime, stubber = stubbed
    stubber.add_response("converse", converse_output(text, stop), expected_call())
    score = grader_on(runtime).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR and score.value is None
    assert reason in score.reason
    assert metrics_of(score)["judge_input_tokens"] == 700, "tokens spent on a failed verdict are still counted"


def test_reasoning_blocks_are_not_part_of_the_verdict(stubbed) -> None:
    runtime, stubber = stubbed
    output = converse_output(verdict(5))
    output["output"]["message"]["content"].insert(0, {"reasoningContent": {"reasoningText": {"text": "hmm 1"}}})
    stubber.add_response("converse", output, expected_call())
    assert grader_on(runtime).grade(SAMPLE, GradeContext.within(30)).value == 1.0


@pytest.mark.parametrize(
    ("spec_model", "env", "expected", "why"),
    [
        ("m.spec:0", {"JUDGE_MODEL_ID": "m.env:0"}, "m.spec:0", "the spec wins"),
        (None, {"JUDGE_MODEL_ID": "m.env:0"}, "m.env:0", "then the function's model"),
        (
            None,
            {
                "JUDGE_MODEL_ID": "m.env:0",
                "JUDGE_INFERENCE_PROFILE_ARN": "arn:aws:bedrock:us-east-1:1:inference-profile/us.m",
            },
            "arn:aws:bedrock:us-east-1:1:inference-profile/us.m",
            "an inference profile, when deployed with one, before the bare model",
        ),
        (None, {"JUDGE_MODEL_ID": "m.env:0", "JUDGE_INFERENCE_PROFILE_ARN": ""}, "m.env:0", "empty profile = none"),
    ],
)
def test_model_id_resolution(spec_model, env, expected, why) -> None:
    assert resolve_model_id(BedrockConfig(model_id=spec_model), env) == expected


def test_no_model_anywhere_is_a_clear_error() -> None:
    with pytest.raises(JudgeCallError, match="no judge model"):
        resolve_model_id(BedrockConfig(), {})


def test_through_a_spec_against_a_loopback_converse_endpoint() -> None:
    # The whole path a deployed function takes: spec -> cached boto3 client -> HTTP -> verdict.
    seen = []

    def respond(protocol, body):
        seen.append(body)
        return 200, {}, converse_output(verdict(5))

    with LoopbackJudge(respond) as server:
        spec = {
            "type": "judge",
            "preset": "reference_correctness",
            **ONE_CALL,
            "verdict_cache": False,  # six real calls, to count their connections
            "backend": {"type": "bedrock", "model_id": "us.amazon.nova-pro-v1:0", "endpoint_url": server.url},
        }
        for _ in range(6):
            score = build_grader(spec).grade(SAMPLE, GradeContext.within(30))
            assert (score.status, score.value) == (Status.OK, 1.0)
        assert [r.path for r in server.requests] == ["/model/us.amazon.nova-pro-v1%3A0/converse"] * 6
        # botocore's urllib3 pool keeps the connection alive: one handshake for six calls.
        assert server.connections == 1
        assert server.requests[0].headers["Authorization"].startswith("AWS4-HMAC-SHA256")
    assert seen[0]["inferenceConfig"] == {"maxTokens": 1024, "temperature": 0.0}
    # One client for the execution environment, not one per sample.
    assert sum(1 for key in bedrock._clients if server.url in key) == 1


def test_loopback_throttling_is_recognised_from_the_wire() -> None:
    with LoopbackJudge(lambda p, b: (200, {}, converse_output(verdict(3))), max_concurrent=0) as server:
        runtime = bedrock.runtime_client(BedrockConfig(endpoint_url=server.url, region="us-east-1"))
        client = BedrockConverseClient(BedrockConfig(model_id=MODEL, endpoint_url=server.url), runtime)
        config = config_from_spec(
            {"type": "judge", "preset": "reference_correctness", "retry": {"max_attempts": 2}, **ONE_CALL}
        )
        score = JudgeGrader(config, client, sleep=lambda s: None).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR and "judge throttled" in score.reason and "ThrottlingException" in score.reason
