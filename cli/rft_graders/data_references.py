"""A record's reference checked for the grader it names (``rft-graders data validate``).

The grader is the record's own ``grader`` spec, else the file's default (``--grader``).
Each grader that reads a structured reference (``tool_calls``, ``label``, ``fields``,
``similarity``) has a ``check_reference(sample)`` that raises exactly what grading would
raise about the record: the validator asks the grader rather than restating its rules,
so the two cannot drift apart. A ``weighted`` spec is checked part by part.

A record that the grader would skip (no expected calls, no reference label) is an error
here too: every rollout of it would carry no reward signal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from grader_core.errors import GraderError, SampleError
from grader_core.events import parse_sample
from grader_core.protocol import Grader
from grader_core.spec import build_grader
from grader_core.types import Sample


def reference_problems(spec: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """Messages for each problem the spec's graders find in the record (empty: fine)."""
    try:
        grader = build_grader(spec)
    except GraderError:
        return []  # an invalid spec is reported by the spec check
    sample = _sample(record)
    problems = []
    for path, part in _leaves(grader, spec.get("type", "")):
        check = getattr(part, "check_reference", None)
        if check is None:
            continue
        try:
            check(sample)
        except SampleError as exc:  # SkipSample included
            problems.append(f"{path} grader: {exc}")
    return problems


def _leaves(grader: Grader, path: str) -> Iterator[tuple[str, Grader]]:
    parts = getattr(grader, "parts", None)
    if parts is None:
        yield path, grader
        return
    for part in parts:
        yield from _leaves(part.grader, f"{path}.{part.name}")


def _sample(record: dict[str, Any]) -> Sample:
    # The record as a rollout of it would reach the grader (extras under metadata), minus
    # the response the model has not written yet.
    extras = {k: v for k, v in record.items() if k not in ("messages", "reference_answer", "id")}
    item = {"id": 0, "messages": [], "reference_answer": record.get("reference_answer"), "metadata": extras}
    return parse_sample(item)
