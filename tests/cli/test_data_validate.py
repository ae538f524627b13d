"""``rft-graders data validate``: the RFT data rules, checked on files with known defects."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from rft_graders.cli import main
from rft_graders.data_rules import DataRules, validate_lines

ROOT = Path(__file__).resolve().parents[2]
DEFECTS = ROOT / "examples" / "defects" / "train.jsonl"
DEMO = ROOT / "examples" / "arithmetic" / "train.jsonl"


def record(**overrides: object) -> str:
    base = {"messages": [{"role": "user", "content": "What is 7*6?"}], "reference_answer": "42"}
    base.update(overrides)
    return json.dumps({k: v for k, v in base.items() if v is not None})


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["data", "validate", *args])
    out, err = capsys.readouterr()
    return code, out, err


# (line, expected text in the printed error)  -- each row is one defect planted in the file
DEFECT_ERRORS = [
    pytest.param(2, "line 2: not valid JSON", id="truncated-json"),
    pytest.param(3, "line 3: expected a JSON object, got an array", id="array-not-object"),
    pytest.param(4, "line 4: messages: missing", id="prompt-completion-format"),
    pytest.param(5, "line 5: messages[0].role: 'bot' is not one of", id="unknown-role"),
    pytest.param(6, "line 6: messages[1].role: a system message must be the first", id="system-not-first"),
    pytest.param(7, "line 7: messages: no user turn", id="no-user-turn"),
    pytest.param(
        8, "line 8: reference_answer: missing (required for RFT, even when unused); rename 'answer'", id="ref-alias"
    ),
    pytest.param(9, "line 9: reference_answer: empty string", id="blank-reference"),
    pytest.param(
        10,
        'line 10: reference_answer: expected a string or an object, got a number (write it as a string: "42")',
        id="numeric-reference",
    ),
    pytest.param(
        11, "line 11: messages[0].content[1]: only text is supported, not a part of type 'image_url'", id="image"
    ),
    pytest.param(12, "line 12: grader: invalid grader spec: spec.checks: [] should be non-empty", id="spec-schema"),
    pytest.param(
        13, "line 13: grader: invalid grader spec: spec.type: unknown grader type 'astrology'", id="spec-type"
    ),
    pytest.param(14, 'line 14: tools[0]: expected {"type": "function"', id="tool-not-openai-format"),
    pytest.param(15, "line 15: messages[1].role: a tool message must follow an assistant turn", id="orphan-tool"),
]

# (expected text in the printed warnings)
DEFECT_WARNINGS = [
    pytest.param("1 blank line(s) ignored (lines 20)", id="blank-line"),
    pytest.param(
        "1 prompt(s) estimated over maxPromptLength=4096 tokens; the service silently drops them (lines 16)",
        id="too-long",
    ),
    pytest.param("line 17: messages[1]: the prompt ends with an assistant turn", id="ends-with-assistant"),
    pytest.param("line 18: messages: same prompt as line 1", id="duplicate"),
    pytest.param("id: extra field 'id' shares its name with a key of the grader event", id="reserved-extra"),
]


@pytest.fixture(scope="module")
def defects_output() -> tuple[int, str]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["data", "validate", str(DEFECTS)])
    return code, buffer.getvalue()


@pytest.mark.parametrize(("line", "expected"), DEFECT_ERRORS)
def test_each_planted_defect_is_reported_with_its_line(
    defects_output: tuple[int, str], line: int, expected: str
) -> None:
    code, out = defects_output
    errors = out.split("warnings:")[0]
    assert code == 1
    assert expected in errors


@pytest.mark.parametrize("expected", DEFECT_WARNINGS)
def test_each_planted_warning_is_reported(defects_output: tuple[int, str], expected: str) -> None:
    _, out = defects_output
    assert expected in out.split("warnings:")[1]


def test_defects_file_reports_nothing_else(defects_output: tuple[int, str]) -> None:
    # Lines 1 and 21 are valid records; the count below is the planted defects plus the record count.
    _, out = defects_output
    assert out.splitlines()[0] == f"{DEFECTS}: 20 records, 15 error(s), 5 warning(s)"
    assert "  20 records; a job needs at least 100" in out
    assert "line 1:" not in out and "line 21:" not in out
    assert out.rstrip().endswith("result: FAILED (fix the errors above)")


def test_extra_fields_summary_names_what_reaches_the_grader(defects_output: tuple[int, str]) -> None:
    _, out = defects_output
    summary = out.split("extra fields (delivered to the grader with each rollout, under metadata):\n")[1]
    rows = {line.split()[0]: line for line in summary.splitlines() if line.startswith("  ")}
    assert set(rows) == {"answer", "grader", "id", "prompt", "task_id"}
    assert "3 records" in rows["task_id"]
    assert "(per-record grader spec: format x1)" in rows["grader"]


def test_bundled_demo_dataset_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DEMO))
    assert code == 0
    assert "120 records, 0 error(s), 0 warning(s)" in out
    assert out.rstrip().endswith("result: OK")


def test_json_output_lists_all_issues(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DEFECTS), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["ok"] is False
    assert [e["line"] for e in report["errors"]] == [None, *range(2, 16)]
    assert report["prompt_tokens_estimate"]["over_limit"] == 1
    assert report["extra_fields"]["task_id"]["records"] == 3


def test_unreadable_file_is_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, str(tmp_path / "missing.jsonl"))
    assert code == 2
    assert out == ""
    assert err.startswith("rft-graders data: cannot read") and "No such file" in err


@pytest.mark.parametrize(
    ("line", "rules", "expected"),
    [
        # a valid record yields nothing
        (record(), DataRules(min_records=1), []),
        # content as a list of text parts is OpenAI format and fine
        (
            record(messages=[{"role": "user", "content": [{"type": "text", "text": "hi"}]}]),
            DataRules(min_records=1),
            [],
        ),
        # an object reference answer is allowed, but not an empty one
        (record(reference_answer={}), DataRules(min_records=1), ["line 1: reference_answer: empty object"]),
        # an assistant turn that only calls tools has no content, and that is fine
        (
            record(
                messages=[
                    {"role": "user", "content": "weather?"},
                    {"role": "assistant", "content": None, "tool_calls": [{"id": "1", "type": "function"}]},
                    {"role": "tool", "content": "sunny"},
                    {"role": "user", "content": "so?"},
                ]
            ),
            DataRules(min_records=1),
            [],
        ),
        # a user turn without content is an error, not a crash
        (record(messages=[{"role": "user"}]), DataRules(min_records=1), ["line 1: messages[0].content: missing"]),
        # the limit is in tokens at the configured ratio: 40 chars / 4 + 4 per turn = 14 > 10
        (
            record(messages=[{"role": "user", "content": "x" * 40}]),
            DataRules(min_records=1, max_prompt_length=10),
            ["1 prompt(s) estimated over maxPromptLength=10 tokens; the service silently drops them (lines 1)"],
        ),
        # bytes that are not UTF-8 are reported, not raised
        (b'{"messages": "\xff"}', DataRules(min_records=1), ["line 1: not UTF-8 (byte 14)"]),
        # over the service maximum
        (record(), DataRules(min_records=1, max_records=0), ["1 records; a job takes at most 0"]),
    ],
)
def test_rules_table(line: str | bytes, rules: DataRules, expected: list[str]) -> None:
    report = validate_lines([line], rules)
    assert [str(issue) for issue in report.issues] == expected
