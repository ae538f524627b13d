"""Preflight response sources: Bedrock Converse (Stubber), an OpenAI-compatible endpoint
(loopback server), and a saved responses file -- each through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from loopback_servers import FakeOpenAI

from rft_graders.cli import main
from rft_graders.preflight import command
from rft_graders.preflight.sources import converse_messages

SPEC = json.dumps({"type": "format", "checks": [{"check": "reference", "mode": "equals", "in_tag": "answer"}]})


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "train.jsonl"
    records = [
        {
            "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "2+2?"}],
            "reference_answer": "4",
            "task_id": "t1",
        },
        {"messages": [{"role": "user", "content": "3+3?"}], "reference_answer": "6", "task_id": "t2"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def converse_answer(text: str) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 5, "outputTokens": 3, "totalTokens": 8},
        "metrics": {"latencyMs": 12},
    }


def test_converse_source_sends_system_and_turns(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    stubber = Stubber(client)
    config = {"maxTokens": 256, "temperature": 1.0}
    first = {
        "modelId": "amazon.nova-lite-v1:0",
        "inferenceConfig": config,
        "system": [{"text": "Be brief."}],
        "messages": [{"role": "user", "content": [{"text": "2+2?"}]}],
    }
    second = {
        "modelId": "amazon.nova-lite-v1:0",
        "inferenceConfig": config,
        "messages": [{"role": "user", "content": [{"text": "3+3?"}]}],
    }
    # k=2 per prompt: right then wrong for t1, both right for t2
    for params, text in (
        (first, "<answer>4</answer>"),
        (first, "<answer>5</answer>"),
        (second, "<answer>6</answer>"),
        (second, "<answer>6</answer>"),
    ):
        stubber.add_response("converse", converse_answer(text), params)
    stubber.activate()
    monkeypatch.setattr(command, "_boto_client", lambda service, args, read_timeout: client)

    code = main(
        [
            "preflight",
            "--data",
            str(data),
            "--bedrock-model",
            "amazon.nova-lite-v1:0",
            "--k",
            "2",
            "--concurrency",
            "1",
            "--max-tokens",
            "256",
            "--grader",
            SPEC,
            "--out",
            str(tmp_path / "r"),
            "--save-responses",
            str(tmp_path / "saved.jsonl"),
        ]
    )
    out = capsys.readouterr().out
    stubber.assert_no_pending_responses()
    assert code == 0
    assert out.startswith("RFT preflight: 2 prompts x 2 responses = 4 rollouts graded\n")
    assert "  responses: Bedrock Converse: amazon.nova-lite-v1:0\n" in out
    assert "reward     mean 0.750 (75.0% of [0, 1])" in out
    assert "groups     1/2 prompts (50.0%) had all rollouts score the same (0 all at min, 1 all at max)" in out
    saved = [json.loads(line) for line in (tmp_path / "saved.jsonl").read_text().splitlines()]
    assert saved == [
        {"line": 1, "responses": ["<answer>4</answer>", "<answer>5</answer>"]},
        {"line": 2, "responses": ["<answer>6</answer>", "<answer>6</answer>"]},
    ]


def test_converse_failures_are_counted_not_fatal(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    stubber = Stubber(client)
    stubber.add_client_error("converse", "ThrottlingException", "Too many requests")
    stubber.add_response("converse", converse_answer("<answer>4</answer>"))
    stubber.add_client_error("converse", "ValidationException", "bad input")
    stubber.add_response("converse", converse_answer("<answer>7</answer>"))
    stubber.activate()
    monkeypatch.setattr(command, "_boto_client", lambda service, args, read_timeout: client)

    code = main(
        [
            "preflight",
            "--data",
            str(data),
            "--bedrock-model",
            "m",
            "--k",
            "2",
            "--concurrency",
            "1",
            "--grader",
            SPEC,
            "--out",
            str(tmp_path / "r"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0  # two rollouts were still graded
    assert "generation errors 2" in out
    rows = [json.loads(line) for line in (tmp_path / "r" / "rollouts.jsonl").read_text().splitlines()]
    reasons = sorted(r["reason"] for r in rows if r["status"] == "generation_error")
    assert "ThrottlingException" in reasons[0] and "ValidationException" in reasons[1]


@pytest.mark.parametrize("honour_n", [True, False], ids=["server-honours-n", "server-ignores-n-so-we-top-up"])
def test_openai_chat_source(
    data: Path, tmp_path: Path, honour_n: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = {"2+2?": "4", "3+3?": "6"}
    calls = iter(range(1, 100))

    def reply(body: dict[str, Any], i: int) -> str:
        # right on the first choice of odd-numbered calls only, so that every group is mixed
        right = i == 0 and next(calls) % 2 == 1
        return f"<answer>{answers[body['messages'][-1]['content']] if right else 'no idea'}</answer>"

    monkeypatch.setenv("TEST_KEY", "sk-test")
    with FakeOpenAI(api_key="sk-test", reply=reply, honour_n=honour_n) as server:
        code = main(
            [
                "preflight",
                "--data",
                str(data),
                "--openai-model",
                "qwen.qwen3-32b",
                "--k",
                "3",
                "--base-url",
                f"{server.url}/v1",
                "--api-key-env",
                "TEST_KEY",
                "--grader",
                SPEC,
                "--concurrency",
                "1",
                "--out",
                str(tmp_path / "r"),
            ]
        )
    out = capsys.readouterr().out
    assert code == 0
    assert "RFT preflight: 2 prompts x 3 responses = 6 rollouts graded" in out
    sent = [r.json() for r in server.requests]
    assert all(r.headers["Authorization"] == "Bearer sk-test" for r in server.requests)
    if honour_n:
        assert [c["n"] for c in sent] == [3, 3]
        assert "reward     mean 0.167" in out  # calls 1 (t1) and 2 (t2): one right of six
    else:
        assert [c["n"] for c in sent] == [3, 2, 1, 3, 2, 1]  # asked each time for what was still missing
        assert "reward     mean 0.500" in out  # calls 1, 3 (t1) and 5 (t2) right
    assert sent[0]["model"] == "qwen.qwen3-32b" and sent[0]["temperature"] == 1.0


def test_saved_responses_regrade_identically(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    responses = tmp_path / "responses.jsonl"
    responses.write_text(json.dumps({"task_id": "t2", "responses": ["<answer>6</answer>", "6"]}) + "\n")
    code = main(
        [
            "preflight",
            "--data",
            str(data),
            "--responses",
            str(responses),
            "--match-field",
            "task_id",
            "--grader",
            SPEC,
            "--out",
            str(tmp_path / "r"),
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["summary"]["rollouts"] == 2
    assert report["summary"]["reward_mean"] == 0.5
    assert report["config"]["prompts sampled"] == "2 of 2 (seed 0)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # a model needs prompts to send it
        (["--bedrock-model", "m"], "--data is required with a model"),
        # two sources at once is ambiguous
        (["--data", "{data}", "--responses", "{data}", "--openai-model", "m"], "choose one response source"),
        # no source at all
        (["--data", "{data}"], "choose one response source"),
        # a spec that does not validate is refused before any model call
        (["--data", "{data}", "--bedrock-model", "m", "--grader", '{"type": "format"}'], "--grader: spec"),
        (["--grader", "@/nonexistent.json"], "--grader: cannot read /nonexistent.json"),
        # a responses file for another dataset
        (["--data", "{data}", "--responses", "{other}"], "no responses for any of the 2 sampled prompts"),
        (["--score-range", "1", "0"], "--score-range: MIN must be below MAX"),
        # without a spec every rollout would error: say so before sampling a model
        (["--data", "{data}", "--bedrock-model", "m"], "no grader: pass --grader SPEC"),
    ],
)
def test_user_errors(
    data: Path, tmp_path: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"line": 99, "responses": ["x"]}) + "\n")
    args = [a.replace("{data}", str(data)).replace("{other}", str(other)) for a in args]
    code = main(["preflight", *args, "--out", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("rft-graders preflight: ") and message in err


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        # system turns move to Converse's system field
        (
            [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}],
            ([{"text": "S"}], [{"role": "user", "content": [{"text": "U"}]}]),
        ),
        # consecutive user turns merge: Converse wants alternating roles
        (
            [{"role": "user", "content": "a"}, {"role": "user", "content": [{"type": "text", "text": "b"}]}],
            ([], [{"role": "user", "content": [{"text": "a"}, {"text": "b"}]}]),
        ),
    ],
)
def test_converse_messages(messages: list[dict[str, Any]], expected: tuple[Any, Any]) -> None:
    assert converse_messages(messages) == expected


@pytest.mark.parametrize(
    ("messages", "message"),
    [
        ([{"role": "user", "content": "a"}, {"role": "tool", "content": "r"}], "tool turns need a toolConfig"),
        ([{"role": "assistant", "content": "a"}], "start with a user turn"),
    ],
)
def test_converse_messages_refuses(messages: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        converse_messages(messages)


def test_no_credentials_is_named_with_the_fix_where_the_user_looks(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A real client with no credentials anywhere: botocore raises NoCredentialsError per call.
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    client = boto3.Session(region_name="us-east-1").client("bedrock-runtime")
    monkeypatch.setattr(command, "_boto_client", lambda service, args, read_timeout: client)
    out_dir = tmp_path / "r"
    args = ["preflight", "--data", str(data), "--bedrock-model", "m", "--k", "2", "--grader", SPEC]
    code = main([*args, "--out", str(out_dir)])
    out = capsys.readouterr().out
    assert code == 1
    assert "verdict: STOP" in out
    assert "no rollout was graded: NoCredentialsError: Unable to locate credentials (x4)" in out
    assert "fix: no AWS credentials: run `aws configure` or `aws sso login`" in out
    summary = json.loads((out_dir / "summary.json").read_text())
    assert summary["summary"]["top_generation_errors"] == [["NoCredentialsError: Unable to locate credentials", 4]]
    assert summary["failure_reasons"][0]["kind"] == "generation"
    assert summary["failure_reasons"][0]["fix"].startswith("no AWS credentials")
    assert "NoCredentialsError" in (out_dir / "report.html").read_text()
