"""``job create --openai-grader``: a job starts only on a stack that runs that grader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rft_graders.jobs_openai_grader import GraderMismatch, check_stack_runs, packed_spec

GRADER = {
    "type": "string_check",
    "name": "exact",
    "operation": "eq",
    "input": "{{ sample.output_text }}",
    "reference": "{{ item.reference_answer }}",
}


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, str, dict]:
    grader = tmp_path / "grader.json"
    grader.write_text(json.dumps(GRADER))
    spec = packed_spec(str(grader), [])
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "openai-grader.json").write_text(json.dumps(spec))
    (tmp_path / "specs" / "other.json").write_text(
        json.dumps({"type": "openai", "grader": GRADER | {"operation": "ne"}})
    )
    return tmp_path, str(grader), spec


CASES = [
    ("openai", {"OpenaiDefaultSpecFile": "specs/openai-grader.json"}, None, "the stack runs the packed grader"),
    ("router", {"RouterDefaultSpecFile": "specs/openai-grader.json"}, None, "the router's default may hold it too"),
    ("openai", {"OpenaiDefaultSpecFile": "specs/other.json"}, "is not this grader", "another grader is deployed"),
    ("openai", {"OpenaiDefaultSpecFile": ""}, "is empty", "no default spec deployed"),
    ("openai", {"OpenaiDefaultSpecFile": "specs/gone.json"}, "cannot be read", "the named file is not in the checkout"),
    ("math", {}, "needs --function openai or router", "a function that cannot run OpenAI graders"),
]


@pytest.mark.parametrize(("function", "parameters", "error"), [c[:3] for c in CASES], ids=[c[3] for c in CASES])
def test_the_stack_must_run_exactly_this_grader(
    repo: tuple[Path, str, dict], function: str, parameters: dict[str, str], error: str | None
) -> None:
    root, grader, spec = repo
    if error is None:
        assert check_stack_runs(spec, function, parameters, root, grader) == "specs/openai-grader.json"
    else:
        with pytest.raises(GraderMismatch, match=error) as caught:
            check_stack_runs(spec, function, parameters, root, grader)
        if function != "math":  # the fix names the commands to run
            assert "rft-graders openai pack" in str(caught.value) and "rft-graders deploy" in str(caught.value)


def test_a_different_model_mapping_is_a_different_grader(repo: tuple[Path, str, dict], tmp_path: Path) -> None:
    root, _, _ = repo
    judge = {
        "type": "score_model",
        "name": "s",
        "model": "gpt-4o",
        "input": [{"role": "user", "content": "{{ sample.output_text }}"}],
    }
    path = tmp_path / "judge.json"
    path.write_text(json.dumps(judge))
    deployed = packed_spec(str(path), ["gpt-4o=us.amazon.nova-pro-v1:0"])
    (root / "specs" / "judge.json").write_text(json.dumps(deployed))
    wanted = packed_spec(str(path), ["gpt-4o=us.amazon.nova-lite-v1:0"])
    with pytest.raises(GraderMismatch, match="model mapping"):
        check_stack_runs(wanted, "openai", {"OpenaiDefaultSpecFile": "specs/judge.json"}, root, str(path))


def test_pack_writes_the_spec_the_function_deploys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rft_graders.cli import main

    out = tmp_path / "specs" / "openai-default.json"
    assert main(["openai", "pack", json.dumps(GRADER), "--out", str(out)]) == 0
    assert json.loads(out.read_text()) == {"type": "openai", "grader": GRADER}
    assert "OpenaiDefaultSpecFile=" in capsys.readouterr().out
