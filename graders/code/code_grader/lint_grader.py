"""Lint mode of the ``code`` grader type: ruff on the response's code.

```json
{"type": "code", "check": "lint", "select": ["E", "F", "W", "B"], "scoring": "decay", "half_life": 3}
```

``scoring: "binary"`` gives 1 for no violation and 0 otherwise; ``"decay"`` (default)
gives ``0.5 ** (violations / half_life)``, so every violation costs and none is free.
Code that does not parse scores 0. Metrics: ``lint`` (Reward), ``violations``,
``syntax_error``, ``no_code`` and one ``rule.<CODE>`` count per rule that fired.

Lint alone is easy to game (an empty function has no violations): combine it with the
tests in a ``weighted`` spec and gate it on them, as the function's default does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from code_grader import extract, lint
from grader_core.errors import SampleTimeout, SpecError
from grader_core.protocol import GradeContext
from grader_core.types import Metric, Sample, Score

_RULES = {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{1,4}[0-9]{0,4}$"}}

# The options of ``{"type": "code", "check": "lint"}`` (grader.py puts them in its schema).
LINT_PROPERTIES: dict[str, Any] = {
    "select": {**_RULES, "minItems": 1},
    "ignore": _RULES,
    "line_length": {"type": "integer", "minimum": 40, "maximum": 320},
    "scoring": {"enum": ["binary", "decay"]},
    "half_life": {"type": "number", "exclusiveMinimum": 0, "maximum": 1000},
}

# pycodestyle errors and warnings, pyflakes, bugbear: real defects and the style a reader
# notices, without opinionated rule families.
DEFAULT_SELECT = ("E", "F", "W", "B")
RUFF_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class LintConfig:
    select: tuple[str, ...] = DEFAULT_SELECT
    ignore: tuple[str, ...] = ()
    line_length: int = 100
    scoring: str = "decay"
    half_life: float = 3.0
    languages: tuple[str, ...] = extract.DEFAULT_LANGUAGES


class LintGrader:
    """Extract the code, run ruff, score by the number of violations."""

    def __init__(self, config: LintConfig, ruff: str) -> None:
        self.config = config
        self.ruff = ruff
        # ruff is a subprocess: the runner's worker threads can run one per core.
        self.concurrency = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        config = self.config
        found = extract.extract_code(sample.response or "", config.languages)
        if found is None:
            return Score.ok(0.0, [Metric.reward("lint", 0.0), Metric("violations", 0), Metric("no_code", 1.0)])
        timeout = min(RUFF_TIMEOUT_S, ctx.remaining() - 0.05)
        if timeout < 0.1:
            raise SampleTimeout(max(timeout, 0.0))
        report = lint.run_ruff(self.ruff, found.code, config.select, config.ignore, config.line_length, timeout)
        if report.syntax_error:
            value = 0.0
        elif config.scoring == "binary":
            value = float(report.total == 0)
        else:
            value = 0.5 ** (report.total / config.half_life)
        metrics = [
            Metric.reward("lint", value),
            Metric("violations", report.total),
            Metric("syntax_error", float(report.syntax_error)),
            Metric("no_code", 0.0),
            *(Metric(f"rule.{code}", count) for code, count in sorted(report.counts.items())),
        ]
        return Score.ok(value, metrics)


def build_lint(spec: dict[str, Any]) -> LintGrader:
    config = LintConfig(
        select=tuple(spec.get("select", DEFAULT_SELECT)),
        ignore=tuple(spec.get("ignore", ())),
        line_length=spec.get("line_length", 100),
        scoring=spec.get("scoring", "decay"),
        half_life=float(spec.get("half_life", 3.0)),
        languages=tuple(spec.get("languages", extract.DEFAULT_LANGUAGES)),
    )
    if "half_life" in spec and config.scoring != "decay":
        raise SpecError("spec.half_life: only used with scoring 'decay'")
    try:
        ruff = lint.find_ruff()
    except lint.RuffNotFound as exc:
        raise SpecError(f"spec: {exc}") from None
    return LintGrader(config, ruff)
