"""A verdict (what happened to one response) and the score it becomes; no SymPy here."""

from __future__ import annotations

from dataclasses import dataclass

from grader_core.types import Metric, Score


@dataclass(frozen=True)
class Verdict:
    """What happened to one response, before it becomes a score."""

    correct: bool = False
    declared_format: bool = False
    no_answer: bool = False
    unparseable: bool = False
    multiple_answers: bool = False
    answer_chars: int = 0
    reason: str = ""


def no_answer(formats: tuple[str, ...]) -> Verdict:
    return Verdict(no_answer=True, reason=f"no answer found (looked for: {', '.join(formats)})")


def to_score(verdict: Verdict, format_weight: float) -> Score:
    correctness = 1.0 if verdict.correct else 0.0
    # Gated: the format credit is paid only with a correct answer, so a well-formatted
    # wrong answer never earns more than a correct one in another format.
    format_credit = correctness * (1.0 if verdict.declared_format else 0.0)
    metrics = [Metric.reward("correctness", correctness)]
    if format_weight > 0:
        metrics.append(Metric.reward("format", format_credit))
    metrics += [
        Metric("declared_format", float(verdict.declared_format)),
        Metric("no_answer", float(verdict.no_answer)),
        Metric("unparseable", float(verdict.unparseable)),
        Metric("multiple_answers", float(verdict.multiple_answers)),
        Metric("answer_chars", float(verdict.answer_chars)),
    ]
    value = (correctness + format_weight * format_credit) / (1.0 + format_weight)
    return Score.ok(value, metrics, verdict.reason)


def quote(text: str, limit: int = 60) -> str:
    """``repr`` of ``text``, shortened for a reason string."""
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def same_text(a: str, b: str) -> bool:
    """Identical after white-space normalisation (the last resort for notation nobody parses)."""
    return "".join(a.split()) == "".join(b.split())
