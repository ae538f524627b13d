"""The math README's table of what is read and what is refused by design stays true.

Each row of the table after ``<!-- math-readme-examples -->`` in graders/math/README.md is
graded end to end; its verdict column must be what the grader says.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from grader_core.events import parse_sample
from grader_core.runner import grade_batch
from grader_core.spec import build_grader
from grader_core.types import Status

README = ROOT / "graders" / "math" / "README.md"
MARKER = "<!-- math-readme-examples -->"


def table_rows() -> list[tuple[str, str, str, str]]:
    text = README.read_text()
    lines = text[text.index(MARKER) + len(MARKER) :].strip().splitlines()
    rows = []
    for line in lines[2:]:  # header and separator
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        reference, response, verdict, why = (c.replace("\\|", "|") for c in cells)
        rows.append((reference.strip("`"), response.strip("`"), verdict, why))
    return rows


ROWS = table_rows()


def test_the_table_is_there() -> None:
    assert len(ROWS) >= 20
    assert {verdict for _, _, verdict, _ in ROWS} == {"correct", "wrong"}


@pytest.mark.parametrize(("reference", "response", "verdict"), [r[:3] for r in ROWS], ids=[r[3] for r in ROWS])
def test_readme_row(reference: str, response: str, verdict: str) -> None:
    grader = build_grader({"type": "math"})
    item = {
        "id": "s",
        "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": response}],
        "metadata": {"reference_answer": reference},
    }
    outcome = grade_batch([parse_sample(item)], lambda s: grader)[0]
    assert outcome.status is Status.OK, outcome.score.reason
    assert ("correct" if outcome.reward == 1.0 else "wrong") == verdict, outcome.score.reason
