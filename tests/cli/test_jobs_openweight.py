"""``rft-graders job`` on the open-weight path, against a loopback OpenAI-compatible server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loopback_servers import FakeOpenAI, Script

from rft_graders.cli import main

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "examples" / "arithmetic" / "train.jsonl"
DEFECTS = ROOT / "examples" / "defects" / "train.jsonl"
ARN = "arn:aws:lambda:us-west-2:123456789012:function:rft-graders-RouterGraderFunction-AbC"
CREATE = ["job", "create", "--model", "openai.gpt-oss-20b", "--lambda-arn", ARN]


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "bedrock-api-key-test")
    return "bedrock-api-key-test"


def test_dry_run_prints_upload_and_job_requests(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            *CREATE,
            "--training-data",
            str(TRAIN),
            "--hp",
            "n_epochs=1",
            "--hp",
            "batch_size=4",
            "--hp",
            "learning_rate_multiplier=1.0",
            "--dry-run",
        ]
    )
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    upload, create = printed["requests"]
    assert upload == {
        "method": "POST",
        "url": "https://bedrock-mantle.us-west-2.api.aws/v1/files",
        "multipart": {"purpose": "fine-tune", "file": {"filename": "train.jsonl", "bytes": TRAIN.stat().st_size}},
    }
    assert (
        create["method"] == "POST" and create["url"] == "https://bedrock-mantle.us-west-2.api.aws/v1/fine_tuning/jobs"
    )
    # contract §5: no roleArn, grader.type "lambda", native numbers
    assert create["json"] == {
        "training_file": "<id returned by POST /files for train.jsonl>",
        "model": "openai.gpt-oss-20b",
        "method": {
            "type": "reinforcement",
            "reinforcement": {
                "grader": {"type": "lambda", "lambda": {"function": ARN}},
                "hyperparameters": {"n_epochs": 1, "batch_size": 4, "learning_rate_multiplier": 1.0},
            },
        },
    }


def test_dry_run_with_an_uploaded_file_id_sends_only_the_job(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([*CREATE, "--training-data", "file-abc123", "--region", "us-east-1", "--dry-run"])
    requests = json.loads(capsys.readouterr().out)["requests"]
    assert code == 0
    assert len(requests) == 1
    assert requests[0]["url"] == "https://bedrock-mantle.us-east-1.api.aws/v1/fine_tuning/jobs"
    assert requests[0]["json"]["training_file"] == "file-abc123"


def test_create_uploads_then_creates(api_key: str, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOpenAI(api_key=api_key) as server:
        code = main([*CREATE, "--training-data", str(TRAIN), "--base-url", f"{server.url}/v1", "--suffix", "arith"])
    out = capsys.readouterr().out
    assert code == 0
    upload, create = server.requests
    assert (upload.method, upload.path) == ("POST", "/v1/files")
    assert upload.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert TRAIN.read_bytes() in upload.body and b'name="purpose"\r\n\r\nfine-tune\r\n' in upload.body
    assert (create.method, create.path) == ("POST", "/v1/fine_tuning/jobs")
    assert create.json()["training_file"] == "file-abc123" and create.json()["suffix"] == "arith"
    assert out.splitlines() == [
        f"uploaded {TRAIN} as file-abc123",
        "created open-weight RFT job ftjob-xyz789 (status validating_files)",
        "follow it with: rft-graders job watch ftjob-xyz789 --region us-west-2",
    ]


def test_a_file_with_errors_is_not_uploaded(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOpenAI() as server:
        code = main([*CREATE, "--training-data", str(DEFECTS), "--base-url", f"{server.url}/v1"])
    err = capsys.readouterr().err
    assert code == 2
    assert server.requests == []
    assert f"{DEFECTS} has 15 error(s) (rft-graders data validate {DEFECTS}):" in err
    assert "line 2: not valid JSON" in err and "--skip-validation" in err


@pytest.mark.parametrize(
    ("args", "env", "error"),
    [
        # no key, real endpoint: say which variable to set
        ([], {"AWS_BEARER_TOKEN_BEDROCK": None}, "set AWS_BEARER_TOKEN_BEDROCK to a Bedrock API key"),
        # an undocumented hyperparameter type error
        (["--hp", "n_epochs=two"], {}, "--hp n_epochs: 'two' is not an integer"),
        (["--hp", "batch_size=0"], {}, "--hp batch_size: must be positive"),
    ],
)
def test_create_user_errors(
    args: list[str], env: dict, error: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in env.items():
        monkeypatch.delenv(name) if value is None else monkeypatch.setenv(name, value)
    assert main([*CREATE, "--training-data", "file-abc123", *args]) == 2
    assert error in capsys.readouterr().err


def test_undocumented_hyperparameter_passes_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([*CREATE, "--training-data", "file-1", "--hp", "eval_interval=5", "--dry-run"])
    captured = capsys.readouterr()
    assert code == 0
    assert json.loads(captured.out)["requests"][0]["json"]["method"]["reinforcement"]["hyperparameters"] == {
        "eval_interval": 5
    }
    assert "warning: --hp eval_interval: not a documented hyperparameter" in captured.err


def test_api_errors_are_reported(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOpenAI(api_key="another-key") as server:
        code = main([*CREATE, "--training-data", "file-1", "--base-url", f"{server.url}/v1"])
    assert code == 2
    assert "POST /fine_tuning/jobs: HTTP 401: invalid API key" in capsys.readouterr().err


def metrics_event(step: int, reward: float, length: float) -> dict:
    return {
        "id": f"ftevent-{step}",
        "object": "fine_tuning.job.event",
        "created_at": 1_700_000_000 + step,
        "level": "info",
        "type": "metrics",
        "message": f"step {step}",
        "data": {"step": step, "critic_rewards_mean": reward, "response_length_mean": length},
    }


def test_watch_prints_metrics_and_warns_on_length_growth(capsys: pytest.CaptureFixture[str]) -> None:
    started = {
        "id": "ftevent-0",
        "created_at": 1_700_000_000,
        "level": "info",
        "type": "message",
        "message": "Fine-tuning job started",
    }
    script = Script(
        statuses=["running", "running", "running", "succeeded"],
        events_by_poll=[
            [started, metrics_event(10, 0.20, 300), metrics_event(20, 0.25, 310)],
            [metrics_event(30, 0.30, 330), metrics_event(40, 0.45, 420)],
            [metrics_event(50, 0.55, 520), metrics_event(60, 0.62, 640)],
        ],
    )
    with FakeOpenAI(script=script, page_size=2) as server:  # small pages: the client must follow `after`
        code = main(["job", "watch", "ftjob-xyz789", "--base-url", f"{server.url}/v1", "--interval", "0"])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    header = next(
        i for i, line in enumerate(lines) if line.split()[:3] == ["step", "critic_rewards_mean", "response_length_mean"]
    )
    rows = [line.split() for line in lines[header + 1 :] if line.split() and line.split()[0].isdigit()]
    assert rows == [
        ["10", "0.2", "300"],
        ["20", "0.25", "310"],
        ["30", "0.3", "330"],
        ["40", "0.45", "420"],
        ["50", "0.55", "520"],
        ["60", "0.62", "640"],
    ]
    assert any(line.endswith("event: Fine-tuning job started") for line in lines)
    warnings = [line for line in lines if line.startswith("WARNING:")]
    assert warnings == [
        "WARNING: response_length_mean grew 68% (313 -> 527) while critic_rewards_mean rose 0.250 -> 0.540 "
        "(steps 10-60): a reward-hacking sign. Read recent rollouts and check that the grader does not pay for length"
    ]
    assert lines[-1] == "output model: openai.gpt-oss-20b:ft:rft-demo"


def test_watch_reports_failure(capsys: pytest.CaptureFixture[str]) -> None:
    script = Script(
        statuses=["failed"], error={"code": "grader_error", "message": "Lambda returned 3 results for 4 samples"}
    )
    with FakeOpenAI(script=script) as server:
        code = main(["job", "watch", "ftjob-1", "--base-url", f"{server.url}/v1", "--interval", "0"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.endswith("failure: grader_error: Lambda returned 3 results for 4 samples\n")


def test_status_shows_job_and_latest_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    script = Script(statuses=["running"], events_by_poll=[[metrics_event(10, 0.2, 300), metrics_event(20, 0.3, 280)]])
    with FakeOpenAI(script=script) as server:
        code = main(["job", "status", "ftjob-1", "--base-url", f"{server.url}/v1"])
    assert code == 0
    assert capsys.readouterr().out.splitlines() == [
        "job:    ftjob-1",
        "status: running",
        "model:  openai.gpt-oss-20b",
        "latest metrics: step 20, critic_rewards_mean 0.3, response_length_mean 280",
    ]
