"""``rft-graders openai validate|run``: OpenAI's /graders/validate and /graders/run shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openai_grader.errors import FLAGS
from rft_graders.cli import main

EXACT = {
    "type": "string_check",
    "name": "exact",
    "operation": "eq",
    "input": "{{ sample.output_text }}",
    "reference": "{{ item.reference_answer }}",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "wrap",
    [lambda g: g, lambda g: {"grader": g}, lambda g: {"type": "openai", "grader": g}],
    ids=["bare grader (an OpenAI job's field)", "a /graders/validate body", "this project's spec"],
)
def test_validate_echoes_the_grader_like_openai(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wrap: object
) -> None:
    path = tmp_path / "grader.json"
    path.write_text(json.dumps(wrap(EXACT)))  # type: ignore[operator]
    code, out, _ = run(capsys, "openai", "validate", str(path))
    assert code == 0 and json.loads(out) == {"grader": EXACT}


def test_validate_names_the_path_of_the_problem(capsys: pytest.CaptureFixture[str]) -> None:
    bad = {
        "type": "multi",
        "name": "m",
        "graders": {"similarity": EXACT | {"operation": "fuzzy"}},
        "calculate_output": "similarity",
    }
    code, out, _ = run(capsys, "openai", "validate", json.dumps(bad))
    assert code == 1
    assert json.loads(out)["error"]["message"].startswith(
        "spec.grader.graders.similarity.operation: 'fuzzy' is not one of"
    )


def test_model_mapping_is_given_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    judge = {
        "type": "score_model",
        "name": "s",
        "model": "gpt-4o",
        "input": [{"role": "user", "content": "{{ sample.output_text }}"}],
    }
    assert run(capsys, "openai", "validate", json.dumps(judge))[0] == 1  # unmapped: refused, never substituted
    assert run(capsys, "openai", "validate", json.dumps(judge), "--model", "gpt-4o=us.amazon.nova-pro-v1:0")[0] == 0


def test_run_answers_in_the_shape_of_graders_run(capsys: pytest.CaptureFixture[str]) -> None:
    grader = {
        "type": "multi",
        "name": "both",
        "graders": {"exact": EXACT, "loose": EXACT | {"operation": "ilike"}},
        "calculate_output": "0.5 * exact + 0.5 * loose",
    }
    code, out, _ = run(
        capsys, "openai", "run", json.dumps(grader), "--sample", "PARIS", "--item", '{"reference_answer": "Paris"}'
    )
    answer = json.loads(out)
    assert code == 0
    assert answer["reward"] == 0.5 and answer["sub_rewards"] == {"exact": 0.0, "loose": 1.0}
    assert answer["metadata"]["name"] == "both" and answer["metadata"]["type"] == "multi"
    assert set(answer["metadata"]["errors"]) == set(FLAGS) and not any(answer["metadata"]["errors"].values())


def test_run_flags_errors_and_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    grader = EXACT | {"reference": "{{ item.answer }}"}
    code, out, _ = run(capsys, "openai", "run", json.dumps(grader), "--sample", "x", "--item", "{}")
    answer = json.loads(out)
    assert code == 1 and answer["reward"] == 0.0
    assert answer["metadata"]["errors"]["invalid_variable_error"] is True
    assert "item has no field 'answer'" in answer["metadata"]["reason"]


def test_run_reads_the_sample_from_a_file_and_a_jsonl_of_rollouts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "out.txt"
    text.write_text("Paris")
    code, out, _ = run(
        capsys, "openai", "run", json.dumps(EXACT), "--sample", str(text), "--item", '{"reference_answer": "Paris"}'
    )
    assert code == 0 and json.loads(out)["reward"] == 1.0

    data = tmp_path / "rollouts.jsonl"
    rows = [
        {
            "id": "a",
            "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "Paris"}],
            "reference_answer": "Paris",
        },
        {
            "id": "b",
            "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "Lyon"}],
            "metadata": {"reference_answer": "Paris"},
        },
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, out, _ = run(capsys, "openai", "run", json.dumps(EXACT), "--data", str(data))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(x["id"], x["reward"]) for x in lines] == [("a", 1.0), ("b", 0.0)]
