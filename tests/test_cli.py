"""The CLI as a user runs it: stdout carries the response JSON alone, errors are specific."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from rft_graders.cli import CliError
from rft_graders.context import LocalContext
from rft_graders.project import function_name_from

EVENT = "events/format/think_answer.json"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rft_graders", *args], cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=120
    )


def test_invoke_prints_only_the_response_json_on_stdout() -> None:
    # Logs and EMF metrics go to stderr, so `rft-graders invoke ... | jq` works.
    result = run("invoke", "format", "-e", EVENT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads((ROOT / "events/format/think_answer.response.json").read_text())
    assert '"message":"graded"' in result.stderr and "CloudWatchMetrics" in result.stderr


def test_invoke_reads_the_event_from_stdin() -> None:
    result = run("invoke", "FormatGraderFunction", "-e", "-", stdin=(ROOT / EVENT).read_text())
    assert result.returncode == 0 and json.loads(result.stdout)[0]["id"] == "rollout-1"


def test_invoke_malformed_event_is_a_function_error_with_lambda_shaped_payload() -> None:
    result = run("invoke", "format", "-e", "events/format/malformed_missing_id.json")
    assert result.returncode == 1
    assert json.loads(result.stdout) == {
        "errorMessage": "event[1].id: missing (every sample needs the id the service sent)",
        "errorType": "EventError",
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["invoke", "nope", "-e", EVENT], "no function 'nope'"),  # lists the known functions
        (["invoke", "format", "-e", "missing.json"], "cannot read event"),
        (["grade", "--data", "missing.jsonl"], "missing.jsonl"),
    ],
    ids=["unknown-function", "missing-event-file", "missing-data-file"],
)
def test_user_errors_exit_2_without_traceback(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RouterGraderFunction", "RouterGraderFunction"),  # logical id passes through
        ("router", "router"),  # short name passes through
        ("arn:aws:lambda:us-east-1:123456789012:function:RouterGraderFunction", "RouterGraderFunction"),
        ("arn:aws:lambda:us-west-2:123456789012:function:router:live", "router"),  # alias qualifier dropped
    ],
)
def test_function_names_resolve_from_arns(name: str, expected: str, project) -> None:
    assert function_name_from(name) == expected
    assert project.function(name).logical_id == "RouterGraderFunction"


def test_unknown_function_lists_known_ones(project) -> None:
    with pytest.raises(CliError, match=r"format \(FormatGraderFunction\)"):
        project.function("FormatGrader")


def test_template_timeout_and_environment_reach_the_function(project) -> None:
    fn = project.function("format")
    assert fn.timeout == 300 and fn.memory == 512  # template parameter defaults
    assert fn.environment["GRADER_SPEC_FILE"] == "specs/format-default.json"
    assert LocalContext.for_function(fn).get_remaining_time_in_millis() > 299_000
    assert LocalContext.for_function(fn, 2).get_remaining_time_in_millis() <= 2000


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    lines = [
        {"id": "a", "messages": [{"role": "assistant", "content": "<think>x</think><answer>1</answer>"}]},
        {"messages": [{"role": "assistant", "content": "no tags"}]},  # no id: becomes line-2
        {"id": "c", "messages": [{"role": "user", "content": "only a prompt"}]},
    ]
    path = tmp_path / "samples.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    return path


def test_grade_prints_table_and_summary(data_file: Path, tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"type": "format", "checks": [{"check": "tags", "sequence": ["think", "answer"]}]}))
    # one sample of three has no assistant turn: an error, under the threshold given here
    result = run("grade", "--spec", str(spec), "--data", str(data_file), "--max-error-rate", "0.5")
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:3] for line in result.stdout.splitlines()[1:4]}
    assert rows == {"a": ["1.000", "ok"], "line-2": ["0.000", "ok"], "c": ["0.000", "error"]}
    assert "3 samples: mean reward 0.333333" in result.stdout and "1 error" in result.stdout


def test_grade_jsonl_output_carries_status_and_reason(data_file: Path) -> None:
    spec = '{"type": "format", "checks": [{"check": "tags", "sequence": ["answer"]}]}'
    result = run("grade", "--spec", spec, "--data", str(data_file), "--jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["ok", "ok", "error"]
    assert lines[2]["reason"] == "messages: no assistant turn to grade"
    assert json.loads(result.stderr.splitlines()[-1])["samples"] == 3
    assert result.returncode == 1  # 1 of 3 could not be graded: over the default --max-error-rate 0.1


def test_grade_reports_the_line_of_invalid_json(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": "a", "messages": []}\n{not json}\n')
    result = run("grade", "--spec", '{"type": "format", "checks": [{"check": "json"}]}', "--data", str(data))
    assert result.returncode == 2 and f"{data}: line 2: not valid JSON" in result.stderr


@pytest.mark.parametrize(
    ("spec", "function", "code", "output"),
    [
        ('{"type": "format", "checks": [{"check": "json"}]}', None, 0, "ok: a valid 'format' spec"),
        ('{"type": "format", "checks": [{"check": "length", "unit": "pages"}]}', None, 1, "spec.checks[0].unit"),
        ('{"type": "format", "checks": [{"check": "regex", "pattern": "("}]}', None, 1, "invalid regular expression"),
        ('{"type": "weighted", "parts": []}', None, 1, "spec.parts"),
        ('{"type": "vibes"}', None, 1, "unknown grader type 'vibes'"),
        # The format function refuses other graders' specs: they belong on the router.
        ('{"type": "weighted", "parts": [{"name": "a", "grader": {"type": "vibes"}}]}', "format", 1, "vibes"),
    ],
    ids=["valid", "schema-violation-with-path", "build-time-error", "empty-parts", "unknown-type", "wrong-function"],
)
def test_validate_spec(spec: str, function: str | None, code: int, output: str) -> None:
    result = run("validate-spec", spec, *(["--function", function] if function else []))
    assert result.returncode == code
    assert output in (result.stdout + result.stderr)
