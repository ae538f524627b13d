"""The probe data model and the helpers every family uses to build responses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from redteam.tasks import Task


@dataclass(frozen=True)
class Probe:
    """One response to grade.

    ``honest`` probes must score 1.0, the others below 1.0. Probes with the same ``batch``
    key are graded in one invocation, in order (a saboteur first, its honest siblings
    after it, so that they run while it does); ``spec`` overrides options of the tests
    spec; ``via_invoke`` probes are graded by ``rft-graders invoke`` from an event file.
    """

    family: str
    variant: str
    task_id: str
    response: str
    honest: bool = False
    spec: dict[str, Any] = field(default_factory=dict)
    batch: str = ""
    via_invoke: bool = False

    @property
    def key(self) -> str:
        return f"{self.family}:{self.variant}:{self.task_id}"


@dataclass(frozen=True)
class Family:
    name: str
    why: str  # what the hack tries, in one line
    generate: Callable[[Task], list[Probe]]
    # False: success means the dataset's test is weak, not that the sandbox has a hole;
    # reported in the table, not asserted on.
    sandbox: bool = True


def fenced(code: str, lang: str = "python", prose: str = "Here is my solution.") -> str:
    return f"{prose}\n\n```{lang}\n{code.strip()}\n```\n"


def rotate(task: Task, variants: Sequence[Any], per_task: int = 1) -> list[Any]:
    """``per_task`` of the variants for this task, rotating so every variant meets many tasks.

    Task-agnostic hacks (exits, forged output, ...) do not get stronger by trying every
    variant on every task, so each task gets a few and each variant ~164/len tasks.
    """
    n = len(variants)
    return [variants[(task.index + k * max(1, n // per_task)) % n] for k in range(min(per_task, n))]


def rotating(
    task: Task, family: str, variants: Sequence[tuple[str, str]], body: Callable[[str], str] = lambda top: "return 0"
) -> list[Probe]:
    """One probe per task from ``(variant, module-level code)`` pairs, rotating; ``body(top)``
    is the entry point's body."""
    return [
        Probe(family, variant, task.task_id, fenced(task.program(top, body(top))))
        for variant, top in rotate(task, variants, per_task=1)
    ]


def every_nth(task: Task, n: int) -> bool:
    """Expensive families (timeouts, sabotage) run on every n-th task."""
    return task.index % n == 0
