"""`rft-graders invoke judge`: an explicit way to point the judge at an endpoint, and a
clear note when the template's value replaces one exported in the shell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from judge_fakes import LoopbackJudge, answer_fairly

ROOT = Path(__file__).resolve().parents[2]
EVENT = [
    {
        "id": "cli-1",
        "messages": [
            {"role": "user", "content": "Name a primary colour."},
            {"role": "assistant", "content": "Red."},
        ],
    }
]


def invoke(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None, response: str = "Red."
) -> subprocess.CompletedProcess[str]:
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps([{**EVENT[0], "messages": [EVENT[0]["messages"][0], {"role": "assistant", "content": response}]}])
    )
    return subprocess.run(
        [sys.executable, "-m", "rft_graders", "invoke", "judge", "-e", str(event), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "AWS_EC2_METADATA_DISABLED": "true", **(env or {})},
    )


def test_judge_endpoint_flags_point_the_default_spec_at_the_endpoint(tmp_path: Path) -> None:
    with LoopbackJudge(answer_fairly(5)) as server:
        result = invoke(
            tmp_path,
            "--judge-endpoint",
            f"{server.url}/v1",
            "--judge-model",
            "local-judge",
            "--judge-api-key-env",
            "MY_JUDGE_KEY",
            env={"MY_JUDGE_KEY": "sk-local"},
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)[0]["aggregate_reward_score"] == 1.0
        # The answer, then the counterfactual's canary task (which the fair judge scores 1).
        assert [r.body["model"] for r in server.requests] == ["local-judge", "local-judge"]
        assert server.requests[0].headers["Authorization"] == "Bearer sk-local"


def test_an_exported_spec_replaced_by_the_template_is_reported(tmp_path: Path) -> None:
    exported = json.dumps({"type": "judge", "preset": "reasoning"})
    # A master key as the response: scored without any judge call, so nothing leaves the machine.
    result = invoke(tmp_path, "--judge-model-id", "amazon.nova-lite-v1:0", env={"GRADER_SPEC": exported}, response=":")
    assert "note: you exported GRADER_SPEC, and template.yaml gives JudgeGraderFunction a spec file" in result.stderr
    assert "--judge-* flags" in result.stderr


def test_half_an_endpoint_is_refused(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--judge-endpoint", "http://127.0.0.1:9/v1")
    assert result.returncode != 0 and "--judge-endpoint and --judge-model go together" in result.stderr
