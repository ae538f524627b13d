"""Each benchmark prints the target that docs/benchmarks.md states for it, not another.

Benchmarks are run by hand (bench/, `make bench-NAME`); this test only reads them, so a
target moved in one place and not the other fails here instead of in a reader's head.
"""

from __future__ import annotations

import ast
import re

import pytest
from conftest import ROOT

DOC = (ROOT / "docs" / "benchmarks.md").read_text()


def constant(bench: str, name: str) -> object:
    tree = ast.parse((ROOT / "bench" / bench).read_text())
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"bench/{bench} has no {name}")


def test_cold_start_targets_are_the_documented_ones() -> None:
    targets = constant("cold_start.py", "TARGETS_MS")
    assert isinstance(targets, dict)
    for function, ms in targets.items():
        row = re.search(rf"^\| {function} \|.*$", DOC, re.M)
        assert row and f"<= {ms} ms" in row.group(0), f"docs/benchmarks.md's {function} row does not say <= {ms} ms"


@pytest.mark.parametrize(
    ("bench", "printed", "documented"),
    [
        pytest.param("format_throughput.py", r"target <= (\d+) ms", r"Target <= {} ms", id="format-batch"),
        pytest.param("code_sandbox.py", r"target <= (\d+) ms", r"target <= {} ms", id="sandbox-overhead"),
        pytest.param("code_humaneval.py", r"target: 164 in <= (\d+) s", r"target: 164 in <= {} s", id="humaneval"),
    ],
)
def test_printed_target_is_the_documented_one(bench: str, printed: str, documented: str) -> None:
    match = re.search(printed, (ROOT / "bench" / bench).read_text())
    assert match, f"bench/{bench} prints no target"
    assert re.search(documented.format(match.group(1)), DOC), (
        f"docs/benchmarks.md does not state bench/{bench}'s target"
    )


@pytest.mark.parametrize(
    ("bench", "name", "documented"),
    [
        pytest.param("data_validate.py", "TARGET_S", "Target ≤ {:g} s", id="data-validate"),
        pytest.param("judge_concurrency.py", "TARGET_RATIO", "within {:g}×", id="judge-concurrency"),
    ],
)
def test_target_constant_is_the_documented_one(bench: str, name: str, documented: str) -> None:
    assert documented.format(constant(bench, name)) in DOC
