"""The OpenAI-compatible judge's key: one Secrets Manager read per environment, never an env var."""

from __future__ import annotations

import json

import boto3
import pytest
from botocore.stub import Stubber

from judge_grader import api_key
from judge_grader.backends.base import JudgeCallError
from judge_grader.backends.openai_compat import OpenAICompatClient, OpenAIConfig

ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rft/judge-key-AbCdEf"
URL = "https://judge.example.com/v1"
ENV = {api_key.SECRET_ARN_ENV: ARN, "AWS_REGION": "us-east-1"}


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    api_key._forget()
    yield
    api_key._forget()


def stubbed(secret_string: str | None, calls: int = 1, error: str | None = None):
    client = boto3.client("secretsmanager", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
    stub = Stubber(client)
    for _ in range(calls):
        if error:
            stub.add_client_error("get_secret_value", service_error_code=error, expected_params={"SecretId": ARN})
        else:
            stub.add_response(
                "get_secret_value",
                {"ARN": ARN, "Name": "rft/judge-key", "SecretString": secret_string},
                {"SecretId": ARN},
            )
    stub.activate()
    return client, stub


def test_secret_is_read_once_at_init_and_reused() -> None:
    client, stub = stubbed("sk-plain", calls=1)  # a second read would find no queued response
    api_key.prefetch(ENV, client)
    assert api_key.api_key("JUDGE_OPENAI_API_KEY", URL, ENV) == "sk-plain"
    assert api_key.api_key("ANY_NAME", URL, ENV) == "sk-plain"  # a plain secret is the one key
    stub.assert_no_pending_responses()


def test_the_key_reaches_the_authorization_header_and_not_the_environment() -> None:
    client, _ = stubbed(json.dumps({"JUDGE_OPENAI_API_KEY": "sk-json", "base_url": URL}))
    api_key.prefetch(ENV, client)
    judge = OpenAICompatClient(OpenAIConfig(URL, "m", "JUDGE_OPENAI_API_KEY"), env=ENV)
    assert judge._headers["Authorization"] == "Bearer sk-json"
    assert "sk-json" not in json.dumps(ENV)


@pytest.mark.parametrize(
    ("secret", "name", "url", "message"),
    [
        pytest.param(json.dumps({"OTHER": "k"}), "JUDGE_OPENAI_API_KEY", URL, "no key 'JUDGE_OPENAI_API_KEY'",
                     id="json-secret-without-the-named-key-lists-its-keys"),
        pytest.param(json.dumps({"K": "k", "base_url": URL}), "K", "https://evil.example.net/v1", "binds its key",
                     id="key-bound-to-an-endpoint-is-not-sent-elsewhere"),
        pytest.param("{not json", "K", URL, "not a JSON object", id="braces-but-not-json-is-not-a-key"),
        pytest.param("   ", "K", URL, "is empty", id="empty-secret"),
    ],
)  # fmt: skip
def test_unusable_secrets_fail_with_the_reason(secret: str, name: str, url: str, message: str) -> None:
    client, _ = stubbed(secret)
    api_key.prefetch(ENV, client)
    with pytest.raises(JudgeCallError, match=message):
        api_key.api_key(name, url, ENV)


def test_missing_permission_names_the_parameter() -> None:
    client, _ = stubbed(None, error="AccessDeniedException")
    with pytest.raises(JudgeCallError, match="JudgeApiKeySecretArn"):
        api_key.prefetch(ENV, client)


def test_secret_in_another_region_is_refused_before_any_call() -> None:
    env = {**ENV, "AWS_REGION": "eu-west-1"}
    with pytest.raises(JudgeCallError, match="replicate the secret to this region"):
        api_key.prefetch(env, client=object())  # no call is made: the object has no methods


def test_without_a_secret_the_named_environment_variable_is_used() -> None:
    assert api_key.api_key("MY_KEY", URL, {"MY_KEY": " sk-env "}) == "sk-env"
    with pytest.raises(JudgeCallError, match="JudgeApiKeySecretArn"):
        api_key.api_key("MY_KEY", URL, {})


def test_with_a_secret_environment_variables_are_never_consulted() -> None:
    # A spec naming AWS_SECRET_ACCESS_KEY must not turn the role's credentials into a "key".
    client, _ = stubbed(json.dumps({"K": "sk"}))
    env = {**ENV, "AWS_SECRET_ACCESS_KEY": "role-credential"}
    api_key.prefetch(env, client)
    with pytest.raises(JudgeCallError, match="no key 'AWS_SECRET_ACCESS_KEY'"):
        api_key.api_key("AWS_SECRET_ACCESS_KEY", URL, env)
