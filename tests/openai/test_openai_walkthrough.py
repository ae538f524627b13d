"""docs/openai-migration.md runs offline up to the AWS step: its grader JSON and commands."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from conftest import ROOT

from rft_graders.cli import main

DOC = (ROOT / "docs" / "openai-migration.md").read_text()
GRADER = json.loads(re.search(r"```json\n(.*?)\n```", DOC, re.S).group(1))
MAPPING = "gpt-4o-2024-08-06=us.amazon.nova-pro-v1:0"


def commands(verb: str) -> list[list[str]]:
    """The doc's `$ rft-graders openai VERB ...` commands (continuation lines joined)."""
    text = DOC.replace("\\\n", " ")
    return [shlex.split(line)[1:] for line in re.findall(rf"^\$ (rft-graders openai {verb} .*)$", text, re.M)]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "grader.json").write_text(json.dumps(GRADER))
    return tmp_path


def test_validate_refuses_the_unmapped_model_then_accepts_the_mapping(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unmapped, mapped = commands("validate")
    assert main(unmapped) == 1
    assert "no mapping for the OpenAI model 'gpt-4o-2024-08-06'" in capsys.readouterr().out
    assert main(mapped) == 0
    assert json.loads(capsys.readouterr().out) == {"grader": GRADER}


def test_run_answers_like_graders_run_on_canned_model_replies(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [run, _] = commands("run")
    # A fair model: 7 for the answer, 1 against the counterfactual's canary record.
    canary = {"if_contains": {"prompt": "no correct answer"}, "reply": '{"result": 1, "steps": ["nothing matches"]}'}
    replay = {"type": "replay", "rules": [canary], "default": {"reply": '{"result": 7, "steps": ["matches"]}'}}
    assert main([*run, "--backend", json.dumps(replay)]) == 0
    answer = json.loads(capsys.readouterr().out)
    # the doc's example: an exact match and a judged 7 of 7
    assert answer["reward"] == 1.0 and answer["sub_rewards"] == {"exact": 1.0, "judged": 7.0}
    assert not any(answer["metadata"]["errors"].values())


def test_pack_writes_the_spec_the_deploy_step_names(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [pack] = [c for c in commands("pack") if "--out" in c]
    assert main(pack) == 0
    spec = json.loads((workdir / "specs" / "openai-default.json").read_text())
    assert spec == {"type": "openai", "grader": GRADER, "models": {"gpt-4o-2024-08-06": "us.amazon.nova-pro-v1:0"}}
    assert "OpenaiDefaultSpecFile=specs/openai-default.json" in DOC
