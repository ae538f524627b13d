"""The OpenAI-compatible backend against a loopback chat-completions server (127.0.0.1)."""

from __future__ import annotations

import pytest
from judge_fakes import LoopbackJudge, answer_with, chat_completion, verdict

from grader_core.errors import SpecError
from grader_core.events import parse_sample
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Status
from judge_grader.backends.base import JudgeCallError, JudgeRequest
from judge_grader.backends.openai_compat import OpenAICompatClient, OpenAIConfig
from judge_grader.config import config_from_spec
from judge_grader.grader import JudgeGrader

SAMPLE = parse_sample(
    {
        "id": "o1",
        "messages": [
            {"role": "system", "content": "Answer in one word."},
            {"role": "user", "content": "Capital of Italy?"},
            {"role": "assistant", "content": "Rome"},
        ],
    }
)
KEY_ENV = "RFT_TEST_JUDGE_KEY"


def grader_for(server: LoopbackJudge, env: dict[str, str] | None = None, **spec) -> JudgeGrader:
    backend = {"type": "openai", "base_url": f"{server.url}/v1", "model": "judge-model"}
    if env is not None:
        backend["api_key_env"] = KEY_ENV
    # Transport tests: one call per sample (the counterfactual's second call is tested apart).
    spec = {"counterfactual": {"enabled": False}, **spec}
    config = config_from_spec({"type": "judge", "preset": "instruction_following", "backend": backend, **spec})
    client = OpenAICompatClient(OpenAIConfig(backend["base_url"], "judge-model", backend.get("api_key_env")), env=env)
    return JudgeGrader(config, client, sleep=lambda s: None)


def metrics_of(score) -> dict[str, float]:
    return {m.name: m.value for m in score.metrics}


def test_success_sends_a_deterministic_bounded_request_and_maps_the_score() -> None:
    with LoopbackJudge(answer_with(verdict(4, "Good."))) as server:
        score = grader_for(server, max_tokens=256, json_mode=True).grade(SAMPLE, GradeContext.within(30))
    assert (score.status, score.value) == (Status.OK, 0.75)
    request = server.requests[0]
    assert request.path == "/v1/chat/completions"
    body = request.body
    assert (body["model"], body["temperature"], body["max_tokens"]) == ("judge-model", 0.0, 256)
    assert body["response_format"] == {"type": "json_object"}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "Authorization" not in request.headers, "no key configured, none sent"
    assert metrics_of(score)["judge_input_tokens"] == 700


def test_the_key_comes_from_the_named_environment_variable() -> None:
    with LoopbackJudge(answer_with(verdict(5))) as server:
        grader_for(server, env={KEY_ENV: "sk-test-123"}).grade(SAMPLE, GradeContext.within(30))
    assert server.requests[0].headers["Authorization"] == "Bearer sk-test-123"


def test_a_missing_key_variable_is_a_clear_error() -> None:
    with pytest.raises(JudgeCallError, match=f"environment variable {KEY_ENV}"):
        OpenAICompatClient(OpenAIConfig("https://judge.example/v1", "m", KEY_ENV), env={})


@pytest.mark.parametrize(
    ("url", "ok", "why"),
    [
        ("http://judge.internal:8000/v1", False, "a key over plain http to another host would leak"),
        ("https://judge.internal/v1", True, "https is fine"),
        ("http://127.0.0.1:8000/v1", True, "loopback is fine"),
        ("http://localhost:8000/v1", True, "loopback by name is fine"),
    ],
)
def test_keys_travel_only_over_https_or_loopback(url: str, ok: bool, why: str) -> None:
    spec = {"type": "judge", "preset": "instruction_following"}
    spec["backend"] = {"type": "openai", "base_url": url, "model": "m", "api_key_env": KEY_ENV}
    if ok:
        config_from_spec(spec)
    else:
        with pytest.raises(SpecError, match="only sent over https"):
            config_from_spec(spec)


def test_throttling_with_retry_after_then_success() -> None:
    replies = iter([(429, {"Retry-After": "0"}, {"error": "slow down"})] * 2 + [(200, {}, chat_completion(verdict(5)))])
    with LoopbackJudge(lambda p, b: next(replies)) as server:
        score = grader_for(server).grade(SAMPLE, GradeContext.within(30))
    assert (score.status, score.value) == (Status.OK, 1.0)
    assert (metrics_of(score)["judge_attempts"], metrics_of(score)["judge_throttled"]) == (3, 2)


@pytest.mark.parametrize(
    ("status", "attempts", "reason", "why"),
    [
        (503, 3, "judge unavailable: gave up after 3 attempt(s)", "server errors are retried, then reported"),
        (429, 3, "judge throttled: gave up after 3 attempt(s)", "throttling is retried, then reported"),
        (401, 1, "HTTP 401", "a bad key is not retried"),
        (400, 1, "HTTP 400", "a bad request is not retried"),
    ],
)
def test_http_errors(status: int, attempts: int, reason: str, why: str) -> None:
    with LoopbackJudge(lambda p, b: (status, {}, {"error": {"message": "nope"}})) as server:
        score = grader_for(server, retry={"max_attempts": 3}).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR and reason in score.reason
    assert len(server.requests) == attempts


@pytest.mark.parametrize(
    ("payload", "reason", "why"),
    [
        (chat_completion("Looks right to me: 5"), "not a single JSON object", "malformed verdict"),
        (chat_completion(None, refusal="I can't assist with that."), "judge refused", "the refusal field"),
        (chat_completion("", finish="content_filter"), "judge refused to grade (content_filter)", "content filter"),
        (chat_completion('{"reasoning": "cut', finish="length"), "cut off at max_tokens", "truncated verdict"),
        (chat_completion(verdict(5), finish="tool_calls"), "stopped for 'tool_calls'", "a tool call is not a verdict"),
        (chat_completion(verdict(5), finish="function_call"), "stopped for 'function_call'", "legacy function call"),
        (chat_completion(verdict(5), finish="eos_or_whatever"), "not a verdict", "an unknown finish reason"),
        (chat_completion(verdict(5), finish=""), "unknown reason", "no finish reason at all"),
        (chat_completion(verdict(5), finish="content_filter"), "judge refused", "filtered even with a verdict text"),
        (b"<html>bad gateway</html>", "not a chat completion", "a proxy's HTML page"),
        ({"choices": []}, "not a chat completion", "no choices"),
    ],
)
def test_unusable_replies_are_error_statuses(payload, reason: str, why: str) -> None:
    with LoopbackJudge(lambda p, b: (200, {}, payload)) as server:
        score = grader_for(server).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR and reason in score.reason


def test_unreachable_endpoint_is_retryable_and_reported() -> None:
    with LoopbackJudge(answer_with(verdict(5))) as server:
        url = server.url
    # The server is closed now: connection refused on every attempt.
    config = config_from_spec(
        {
            "type": "judge",
            "preset": "instruction_following",
            "counterfactual": {"enabled": False},
            "retry": {"max_attempts": 2},
            "backend": {"type": "openai", "base_url": url, "model": "m"},
        }
    )
    score = JudgeGrader(config, sleep=lambda s: None).grade(SAMPLE, GradeContext.within(30))
    assert score.status is Status.ERROR and "gave up after 2 attempt(s)" in score.reason


def test_per_attempt_timeout_follows_the_remaining_time() -> None:
    # The server answers after 2 s; the request may take only what is left (0.3 s).
    with LoopbackJudge(answer_with(verdict(5)), delay_s=2.0) as server:
        client = OpenAICompatClient(OpenAIConfig(f"{server.url}/v1", "m"))
        request = JudgeRequest(system="s", user="u", max_tokens=16, timeout_s=0.3)
        with pytest.raises(JudgeCallError, match="timed out"):
            client.complete(request)


def test_through_a_spec_with_a_cached_client() -> None:
    from judge_grader import backends

    with LoopbackJudge(answer_with(verdict(3))) as server:
        spec = {
            "type": "judge",
            "preset": "instruction_following",
            "counterfactual": {"enabled": False},
            "backend": {"type": "openai", "base_url": f"{server.url}/v1", "model": "m"},
            "verdict_cache": False,
        }
        values = [build_grader(spec).grade(SAMPLE, GradeContext.within(30)).value for _ in range(3)]
        assert values == [0.5, 0.5, 0.5] and len(server.requests) == 3
        clients = [c for key, c in backends._clients.items() if server.url in key]
        assert len(clients) == 1, "one client per configuration and execution environment"


def test_connections_are_kept_alive_and_reused() -> None:
    # One TCP (and, over https, TLS) handshake for many judge calls, not one per call.
    with LoopbackJudge(answer_with(verdict(5))) as server:
        grader = grader_for(server, verdict_cache=False)
        for _ in range(12):
            assert grader.grade(SAMPLE, GradeContext.within(30)).status is Status.OK
        assert (len(server.requests), server.connections) == (12, 1)


def test_concurrent_calls_open_at_most_one_connection_per_lane() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with LoopbackJudge(answer_with(verdict(5)), delay_s=0.05) as server:
        grader = grader_for(server, concurrency=4, verdict_cache=False)
        with ThreadPoolExecutor(4) as pool:
            scores = list(pool.map(lambda _: grader.grade(SAMPLE, GradeContext.within(30)), range(24)))
        assert all(s.status is Status.OK for s in scores)
        assert server.connections <= 4 < len(server.requests)
