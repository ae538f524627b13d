"""Preflight through the Lambda Invoke API (boto3, concurrent) against a loopback server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loopback_servers import FakeLambda

from rft_graders.cli import main
from rft_graders.preflight.defaults import demo_spec


def preflight(tmp_path: Path, name: str, *args: str) -> tuple[int, dict]:
    out = tmp_path / name
    code = main(["preflight", "--out", str(out), "--no-html", *args])
    return code, json.loads((out / "summary.json").read_text())


def test_lambda_path_matches_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeLambda(default_spec=demo_spec(), timeout=120) as server:
        code, remote = preflight(
            tmp_path,
            "lambda",
            "--lambda",
            "router",
            "--endpoint-url",
            server.url,
            "--concurrency",
            "4",
            "--batch-size",
            "100",
        )
    out = capsys.readouterr().out
    _, local = preflight(tmp_path, "local", "--batch-size", "100")
    assert code == 0
    assert "  grader:    Lambda router at http://127.0.0.1:" in out
    assert "(function timeout 120 s)" in out  # read from GetFunctionConfiguration
    invocations = [r for r in server.requests if r.method == "POST"]
    assert len(invocations) == 10  # 960 rollouts in batches of 100
    assert all(r.path == "/2015-03-31/functions/router/invocations" for r in invocations)
    for key in ("reward_mean", "reward_std", "flat_groups", "metric_means", "histogram_counts"):
        assert remote["summary"][key] == local["summary"][key], key
    assert remote["summary"]["sample_latency_p50_ms"] is None  # only the invocation's time is known
    assert remote["max_payload_bytes"] == local["max_payload_bytes"] > 10_000  # the same events, measured alike


def test_events_sent_to_the_lambda_have_the_bedrock_shape(tmp_path: Path) -> None:
    with FakeLambda(default_spec=demo_spec()) as server:
        preflight(tmp_path, "r", "--lambda", "router", "--endpoint-url", server.url, "--prompts", "1", "--k", "2")
    event = next(r for r in server.requests if r.method == "POST").json()
    line = event[0]["id"].split("-")[0]  # ids are <line>-<rollout index>, unique per rollout
    assert [e["id"] for e in event] == [f"{line}-0", f"{line}-1"]
    sample = event[0]
    assert sample["messages"][0]["role"] == "system" and sample["messages"][-1]["role"] == "assistant"
    assert set(sample["metadata"]) == {"reference_answer", "task_id", "difficulty"}


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # the function raised: in a job the service retries, then fails the job
        ("raise", "the function raised: EventError: event[0].id: missing"),
        # a response that is not the bare list the contract requires
        ("garbage", "malformed grader response: expected a list of 64 results, got dict"),
    ],
)
def test_failed_invocations_stop_the_job(
    tmp_path: Path, mode: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeLambda(mode=mode) as server:
        code, summary = preflight(tmp_path, "r", "--lambda", "router", "--endpoint-url", server.url, "--prompts", "8")
    out = capsys.readouterr().out
    assert code == 1
    assert "verdict: STOP" in out
    assert summary["summary"]["invocation_failures"] == 64
    assert summary["invocation_errors"][0] == expected
