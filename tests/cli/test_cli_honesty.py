"""The CLI fails honestly: non-zero exits when work failed, specific messages, every
command documented."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from rft_graders.cli import main
from rft_graders.jobs_lint import job_warnings

ROOT = Path(__file__).resolve().parents[2]


def _samples(path: Path, answers: list[str]) -> Path:
    rows = [
        {"id": f"s{i}", "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": a}]}
        | ({"reference_answer": "4"} if a != "no-ref" else {})
        for i, a in enumerate(answers)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


# A json_schema check whose schema sits in the reference: an unusable schema is an error status.
BROKEN = json.dumps({"type": "format", "checks": [{"check": "json_schema", "schema_from": "reference"}]})
EXACT = json.dumps({"type": "format", "checks": [{"check": "reference", "mode": "equals"}]})


@pytest.mark.parametrize(
    ("spec", "answers", "extra", "code", "why"),
    [
        (BROKEN, ["{}", "{}"], [], 1, "every sample errored: the old exit 0 hid it"),
        (EXACT, ["4", "5"], [], 0, "wrong answers are scores, not errors"),
        (BROKEN, ["{}", "no-ref"], [], 1, "half errored (the other skipped): over the default 0.1"),
        (BROKEN, ["{}", "no-ref"], ["--max-error-rate", "0.6"], 0, "the threshold is the user's call"),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else None,
)
def test_grade_exits_non_zero_when_errors_reach_the_threshold(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    spec: str,
    answers: list[str],
    extra: list[str],
    code: int,
    why: str,
) -> None:
    data = _samples(tmp_path / "s.jsonl", answers)
    assert main(["grade", "--spec", spec, "--data", str(data), *extra]) == code
    err = capsys.readouterr().err
    assert ("could not be graded, at or over --max-error-rate" in err) == (code == 1)
    if code:
        assert "top reasons:" in err and "JSON Schema" in err


def test_validate_spec_takes_at_file_like_preflight(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(EXACT)
    assert main(["validate-spec", f"@{spec}"]) == 0
    assert "ok: a valid 'format' spec" in capsys.readouterr().out


@pytest.mark.parametrize("given", ["missing.json", "@missing.json"])
def test_a_missing_spec_file_is_named_not_errno(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["validate-spec", given]) == 2
    err = capsys.readouterr().err
    assert "missing.json: no such spec file" in err and "Errno" not in err


def test_every_command_and_option_has_help_and_a_readme_row(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    commands = re.findall(r"^    (\S+) ", capsys.readouterr().out, re.MULTILINE)
    readme = (ROOT / "README.md").read_text()
    assert {"functions", "start-lambda", "demo", "grade", "preflight"} <= set(commands)
    for command in commands:
        assert f"`rft-graders {command}" in readme, f"README's command table lacks {command}"
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        # an option line with nothing after its flags is an option nobody explained
        lines = [*text.splitlines(), ""]
        option = re.compile(r"  (-\S+(, )?)+( [A-Z_.]+)*")
        bare = [
            line
            for line, after in itertools.pairwise(lines)
            if option.fullmatch(line.rstrip()) and not re.match(r" {6,}\S", after)  # help wraps to the next line
        ]
        assert not bare, f"{command}: options without help: {bare}"


@pytest.mark.parametrize(
    ("model", "region", "arn", "expected"),
    [
        ("amazon.nova-2-lite-v1:0:256k", "us-east-1", "arn:aws:lambda:us-east-1:1:function:g", []),
        ("amazon.nova-lite-v1:0", "us-east-1", "arn:aws:lambda:us-east-1:1:function:g", ["Nova 1 model"]),
        ("us.amazon.nova-pro-v1:0", "us-east-1", "arn:aws:lambda:us-east-1:1:function:g", ["Nova 1 model"]),
        ("amazon.nova-2-lite-v1:0:256k", "us-east-1", "arn:aws:lambda:us-west-2:1:function:g:live", ["us-west-2"]),
        ("openai.gpt-oss-20b", "us-west-2", "arn:aws:lambda:us-west-2:1:function:g", []),
    ],
    ids=["nova-2 same region", "nova-1 id", "nova-1 profile", "grader in another region", "open-weight ok"],
)
def test_job_warnings(model: str, region: str, arn: str, expected: list[str]) -> None:
    warnings = job_warnings(model, region, arn)
    assert len(warnings) == len(expected)
    for warning, words in zip(warnings, expected, strict=True):
        assert words in warning
