"""Lint mode of the ``code`` grader: ruff on the extracted code, per-rule counts, no way to hide."""

from __future__ import annotations

from typing import Any

import pytest

from code_grader.lint import find_ruff
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Sample

CLEAN = "def add(a: int, b: int) -> int:\n    return a + b\n"
THREE = "import os\nimport sys\n\n\ndef f(x=[]):\n    return x\n"  # F401 twice, B006 once


def lint(code: str, spec: dict[str, Any] | None = None) -> tuple[float, dict[str, float]]:
    sample = Sample(id=1, messages=(), response=f"```python\n{code}```")
    score = build_grader({"type": "code", "check": "lint", **(spec or {})}).grade(sample, GradeContext.within(30))
    assert score.value is not None
    return score.value, {m.name: m.value for m in score.metrics}


@pytest.mark.parametrize(
    ("code", "spec", "value", "violations"),
    [
        (CLEAN, {}, 1.0, 0),
        (THREE, {}, 0.5, 3),  # decay: 0.5 ** (3 / 3)
        (THREE, {"half_life": 1}, 0.125, 3),
        (THREE, {"scoring": "binary"}, 0.0, 3),
        (THREE, {"ignore": ["F401"]}, 0.5 ** (1 / 3), 1),
        (THREE, {"select": ["B"]}, 0.5 ** (1 / 3), 1),
        # Suppression comments written by the policy do not hide anything.
        ("# ruff: noqa\nimport os  # noqa\nimport sys  # noqa: F401\n", {}, 0.5 ** (2 / 3), 2),
        ("x = 1\n" + "y = '" + "a" * 120 + "'\n", {}, 0.5 ** (1 / 3), 1),  # E501 at the default 100
        ("x = 1\n" + "y = '" + "a" * 120 + "'\n", {"line_length": 200}, 1.0, 0),
    ],
    ids=["clean", "three_decay", "half_life_1", "binary", "ignore", "select", "noqa_ignored", "long_line",
         "line_length"],
)  # fmt: skip
def test_lint_scores(code: str, spec: dict[str, Any], value: float, violations: int) -> None:
    got, metrics = lint(code, spec)
    assert got == pytest.approx(value) and metrics["violations"] == violations and metrics["lint"] == got


def test_per_rule_metrics() -> None:
    _, metrics = lint(THREE)
    assert {k: v for k, v in metrics.items() if k.startswith("rule.")} == {"rule.F401": 2, "rule.B006": 1}


def test_syntax_error_scores_zero() -> None:
    value, metrics = lint("def f(:\n    pass\n")
    assert value == 0.0 and metrics["syntax_error"] == 1.0


def test_no_code_scores_zero_with_a_flag() -> None:
    sample = Sample(id=1, messages=(), response="No code today.")
    score = build_grader({"type": "code", "check": "lint"}).grade(sample, GradeContext.within(30))
    assert score.value == 0.0 and {m.name: m.value for m in score.metrics}["no_code"] == 1.0


def test_config_files_next_to_nothing_are_ignored(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # --isolated: a ruff.toml in the working directory cannot switch rules off.
    (tmp_path / "ruff.toml").write_text('[lint]\nignore = ["F401"]\n')
    monkeypatch.chdir(tmp_path)
    assert lint("import os\n")[1]["violations"] == 1


def test_ruff_binary_is_found_and_executable() -> None:
    import os

    path = find_ruff()
    assert os.access(path, os.X_OK)
