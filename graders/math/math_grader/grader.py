"""The ``math`` grader type: the final answer checked against the reference.

```json
{"type": "math",
 "answer_format": "boxed",
 "strict": false,
 "format_weight": 0.25,
 "rel_tol": 1e-6}
```

``answer_format`` is the format the prompt asks for (``boxed``, ``answer_tag``,
``final_answer``, ``answer_line``, ``gsm8k`` or ``bare``). Unless ``strict``, an answer in
another format (``fallback_formats``, by default all others, ``bare`` last) still counts
for correctness. ``format_weight`` adds credit for using the declared format, paid only
with a correct answer.

This module stays light. Extraction and plain numbers (integers, decimals, fractions)
need no SymPy (:mod:`plain`); the first answer that does imports it off the clock of the
sample's time limit (:func:`grader_core.limits.uncharged`): it is the execution
environment's one-time cost, spread over the rest of the batch, never one sample's share.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

from grader_core.limits import uncharged
from grader_core.protocol import GradeContext
from grader_core.types import Sample, Score
from math_grader.config import SPEC_SCHEMA, MathConfig, config_from_spec
from math_grader.extract import extract
from math_grader.limits import AnswerTooLarge
from math_grader.plain import judge_plain, plain_number
from math_grader.reference import reference_text
from math_grader.verdict import Verdict, no_answer, to_score

__all__ = ["SPEC_SCHEMA", "MathGrader", "build"]


def build(spec: dict[str, Any]) -> MathGrader:
    return MathGrader(config_from_spec(spec))


class MathGrader:
    """Grades the final answer of a response against the sample's reference answer."""

    # CPU-bound SymPy work: main thread, so the runner's signal timer can interrupt it.
    concurrency = 1

    def __init__(self, config: MathConfig) -> None:
        self.config = config

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        return to_score(self.judge(sample), self.config.format_weight)

    def judge(self, sample: Sample) -> Verdict:
        config = self.config
        gold_text = reference_text(sample.reference, config.reference_field)
        if len(gold_text) > config.limits.max_answer_chars:
            raise AnswerTooLarge(
                f"the reference answer is {len(gold_text):,} characters (limit {config.limits.max_answer_chars:,})"
            )
        found = extract(sample.response or "", config.formats, config.answer_tag, config.limits.max_answer_chars)
        if found is None and plain_number(gold_text) is not None:
            return no_answer(config.formats)  # a readable reference and nothing to compare: no SymPy
        if found is not None:
            longest = max(len(answer) for answer in found.answers)
            if longest > config.limits.max_answer_chars:
                # Refused before SymPy is imported or anything is parsed (nested boxes, a
                # megabyte in one box): an error status for this sample, at once.
                raise AnswerTooLarge(f"answer is {longest:,} characters (limit {config.limits.max_answer_chars:,})")
            verdict = judge_plain(gold_text, found, found.source == config.answer_format, config.rel_tol)
            if verdict is not None:
                return verdict
        return symbolic().judge(config, gold_text, found)


def symbolic() -> ModuleType:
    """The SymPy-backed judge, imported once per execution environment, off the sample's clock.

    The import is also atomic: the timer is paused (not merely ignored) while it runs, so
    a timeout cannot leave SymPy half-initialised for every later sample.
    """
    module = sys.modules.get("math_grader.scoring")
    if module is not None:
        return module
    with uncharged():
        return importlib.import_module("math_grader.scoring")
