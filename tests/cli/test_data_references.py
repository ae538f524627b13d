"""``data validate`` checks each record's reference for the grader it names.

One row per grader type and defect: the message must name the field, as the grader's
own error status would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rft_graders.cli import main
from rft_graders.data_rules import DataRules, validate_lines

TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
PARIS = [{"name": "get_weather", "arguments": {"city": "Paris"}}]


def record(spec: Any, reference: Any, **extra: Any) -> str:
    body = {"messages": [{"role": "user", "content": "q"}], "reference_answer": reference, **extra}
    if spec is not None:
        body["grader"] = spec
    return json.dumps(body)


def problems(line: str, default: dict[str, Any] | None = None) -> list[str]:
    report = validate_lines([line], DataRules(min_records=1, default_spec=default))
    return [str(issue) for issue in report.issues]


CASES = [
    # tool_calls: the shapes AWS's sample uses are fine, defects name the entry
    pytest.param(record({"type": "tool_calls"}, {"ground_truth": PARIS}, tools=TOOLS), [], id="tool-calls-ok"),
    pytest.param(
        record({"type": "tool_calls"}, {"ground_truth": [{"arguments": {}}]}, tools=TOOLS),
        [
            "line 1: reference_answer: tool_calls grader: reference.ground_truth[0]: expected {'name', 'arguments'} "
            "or BFCL's {name: {argument: [values]}}"
        ],
        id="tool-calls-entry-without-name",
    ),
    pytest.param(
        record({"type": "tool_calls"}, {"ground_truth": [{"name": "get_time", "arguments": {}}]}, tools=TOOLS),
        [
            "line 1: reference_answer: tool_calls grader: reference.ground_truth[0].name: 'get_time' is not one of "
            "the record's tools"
        ],
        id="tool-calls-expected-tool-not-in-tools",
    ),
    pytest.param(
        record({"type": "tool_calls"}, {"note": "none"}),
        [
            "line 1: reference_answer: tool_calls grader: reference: expected {'name', 'arguments'} or BFCL's "
            "{name: {argument: [values]}}"
        ],
        id="tool-calls-reference-without-calls",
    ),
    # label
    pytest.param(record({"type": "label", "labels": ["P1", "P2"]}, "P2"), [], id="label-ok"),
    pytest.param(
        record({"type": "label", "labels": ["P1", "P2"]}, "P7"),
        ["line 1: reference_answer: label grader: reference: 'P7' is not one of the declared labels"],
        id="label-undeclared",
    ),
    pytest.param(
        record({"type": "label", "mode": "multi"}, {"labels": ["a", 3]}),
        ["line 1: reference_answer: label grader: reference.labels[1]: expected a label string, got int"],
        id="label-multi-non-string",
    ),
    # fields
    pytest.param(record({"type": "fields"}, {"total": 3}), [], id="fields-ok"),
    pytest.param(
        record({"type": "fields"}, "not json"),
        ["line 1: reference_answer: fields grader: reference: a string that is not JSON (expected a JSON object)"],
        id="fields-reference-not-json",
    ),
    # similarity
    pytest.param(record({"type": "similarity", "metric": "rouge_l"}, "a reply"), [], id="similarity-ok"),
    pytest.param(
        record({"type": "similarity", "metric": "rouge_l"}, {"steps": 2}),
        ["line 1: reference_answer: similarity grader: reference: expected a string or a list of strings, got dict"],
        id="similarity-reference-not-text",
    ),
    # weighted: each part is checked and named
    pytest.param(
        record(
            {
                "type": "weighted",
                "parts": [
                    {"name": "calls", "grader": {"type": "tool_calls"}},
                    {"name": "tag", "grader": {"type": "label", "labels": ["x"]}},
                ],
            },
            {"ground_truth": PARIS, "label": "y"},
        ),
        ["line 1: reference_answer: weighted.tag grader: reference.label: 'y' is not one of the declared labels"],
        id="weighted-part-named",
    ),
    # graders without structured references are not second-guessed
    pytest.param(record({"type": "math"}, {"anything": 1}), [], id="math-not-checked"),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_reference_checked_for_its_grader(line: str, expected: list[str]) -> None:
    assert problems(line) == expected


def test_default_spec_applies_to_records_without_a_grader_field() -> None:
    line = record(None, "P7")
    assert problems(line) == []  # no spec anywhere: nothing to check against
    assert problems(line, {"type": "label", "labels": ["P1"]}) == [
        "line 1: reference_answer: label grader: reference: 'P7' is not one of the declared labels"
    ]


def test_cli_grader_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text(record(None, "P7") + "\n")
    status = main(
        ["data", "validate", str(data), "--min-records", "1", "--grader", '{"type": "label", "labels": ["P1"]}']
    )
    assert status == 1 and "'P7' is not one of the declared labels" in capsys.readouterr().out
    assert main(["data", "validate", str(data), "--grader", '{"type": "label", "mode": "nope"}']) == 2
    assert "--grader: spec.mode" in capsys.readouterr().err  # a bad default spec is a usage error
