"""One rule picks the grader for a sample: the handler, ``grade`` and the preflight agree.

The Lambda handler, ``rft-graders grade --function`` and the in-process preflight all call
grader_core.resolve; these tests hold them to the golden responses and to the deployed
function's restrictions, so a preflight cannot pass what the function would fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden import GoldenEvent, golden_events

from grader_core.events import parse_event
from grader_core.resolve import SPEC_FIELD, SpecResolver, function_setup
from grader_core.response import encode_response
from grader_core.runner import grade_batch
from grader_core.types import Status
from rft_graders.cli import main
from rft_graders.local_function import local_setup
from rft_graders.preflight.grading import InProcessGrader
from rft_graders.preflight.rollouts import Prompt, Rollout

GOLDEN = [g for g in golden_events() if not g.expects_error]


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda g: g.id)
def test_offline_grading_as_the_function_gives_the_golden_response(golden: GoldenEvent) -> None:
    # What grade --function and preflight --as-function run: the function's environment
    # from template.yaml, its allowed types, the same resolver.
    setup = local_setup(golden.function, None, "no default")
    outcomes = grade_batch(parse_event(golden.event()), setup.resolve, setup.config)
    assert encode_response(outcomes) == golden.expected()


def _write(tmp_path: Path, records: list[dict]) -> Path:
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records))
    return data


SAMPLE = {"messages": [{"role": "user", "content": "1+1?"}, {"role": "assistant", "content": "\\boxed{2}"}]}


@pytest.mark.parametrize(
    ("function", "status", "reason", "exit_code"),
    [
        # The math function refuses a format spec, so grade --function math must too.
        pytest.param("math", "error", "this function grades math, weighted specs, not 'format'", 1, id="math-refuses"),
        # The router grades every type: the same sample is ok there.
        pytest.param("router", "ok", "", 0, id="router-accepts"),
        pytest.param(None, "ok", "", 0, id="default-is-the-router"),
    ],
)
def test_grade_applies_the_functions_allowed_types(tmp_path, capsys, function, status, reason, exit_code) -> None:
    data = _write(tmp_path, [{**SAMPLE, "id": "a", SPEC_FIELD: {"type": "format", "checks": [{"check": "json"}]}}])
    argv = ["grade", "--data", str(data), "--jsonl"]
    assert main([*argv, "--function", function] if function else argv) == exit_code
    [line] = capsys.readouterr().out.splitlines()
    result = json.loads(line)
    assert result["status"] == status
    assert reason in result["reason"]


def test_grade_as_a_function_uses_its_default_spec(tmp_path, capsys) -> None:
    # template.yaml's MathDefaultSpec grades a sample without a spec; without --function
    # and --spec there is nothing to grade it with.
    data = _write(tmp_path, [{**SAMPLE, "id": "a", "reference_answer": "2"}])
    assert main(["grade", "--data", str(data), "--jsonl", "--function", "math"]) == 0
    assert json.loads(capsys.readouterr().out)["aggregate_reward_score"] == 1.0
    assert main(["grade", "--data", str(data), "--jsonl"]) == 1
    assert "no --spec was given" in json.loads(capsys.readouterr().out)["reason"]


def test_grade_reads_the_runner_settings_from_the_environment(tmp_path, capsys, monkeypatch) -> None:
    # As the function reads SCORE_MIN at init, so does grade: a wrong answer maps to -1.
    monkeypatch.setenv("SCORE_MIN", "-1")
    data = _write(tmp_path, [{**SAMPLE, "id": "a", "reference_answer": "3"}])
    assert main(["grade", "--data", str(data), "--jsonl", "--spec", "math"]) == 0
    assert json.loads(capsys.readouterr().out)["aggregate_reward_score"] == -1.0


def test_preflight_in_process_applies_the_functions_allowed_types() -> None:
    record = {**SAMPLE, SPEC_FIELD: {"type": "format", "checks": [{"check": "json"}]}}
    prompt = Prompt(line=1, record={**record, "messages": SAMPLE["messages"][:1]})
    rollout = Rollout(prompt, 0, "{}")
    graded = {}
    for function in ("math", None):
        run = InProcessGrader(None, function=function).grade([rollout], 8, lambda n: None)
        graded[function] = run.graded[0]
    assert graded["math"].status == "error" and "not 'format'" in graded["math"].reason
    assert graded[None].status == "ok"


def test_default_grader_is_built_once() -> None:
    # The resolver hands out the grader it built at init, not a rebuilt or looked-up one.
    resolver = SpecResolver("format", {"type": "format", "checks": [{"check": "json"}]})
    [sample] = parse_event([{"id": 1, "messages": [{"role": "assistant", "content": "x"}]}])
    assert resolver(sample) is resolver.default


def test_setup_refuses_an_unknown_function() -> None:
    from grader_core.errors import SpecError

    with pytest.raises(SpecError, match="unknown function 'nope'"):
        function_setup("nope", env={})


def test_a_sample_without_spec_and_no_default_is_an_error() -> None:
    setup = function_setup("router", env={})
    [outcome] = grade_batch(
        parse_event([{"id": 1, "messages": [{"role": "assistant", "content": "x"}]}]), setup.resolve
    )
    assert outcome.status is Status.ERROR
    assert outcome.score.reason == (
        "no grader spec: the sample has no 'grader' field and the function has no default spec "
        "(template parameter *DefaultSpecFile -> GRADER_SPEC_FILE)"
    )
