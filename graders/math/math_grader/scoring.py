"""``MathGrader``: extract -> parse -> compare -> score, with a reason for every verdict."""

from __future__ import annotations

from dataclasses import dataclass

from grader_core.protocol import GradeContext
from grader_core.types import Metric, Sample, Score
from math_grader.answers import parse_prediction, parse_reference, quote, reference_text
from math_grader.compare import equivalent
from math_grader.extract import extract
from math_grader.grader import MathConfig
from math_grader.limits import AnswerTooLarge
from math_grader.parse import NotMath, ParseError
from math_grader.values import SetOf, Value, describe


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


class MathGrader:
    """Grades the final answer of a response against the sample's reference answer."""

    # CPU-bound SymPy work: main thread, so the runner's signal timer can interrupt it.
    concurrency = 1

    def __init__(self, config: MathConfig) -> None:
        self.config = config

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        verdict = self.judge(sample)
        return self.score(verdict)

    def judge(self, sample: Sample) -> Verdict:
        config = self.config
        gold_text = reference_text(sample.reference, config.reference_field)
        if len(gold_text) > config.limits.max_answer_chars:
            raise AnswerTooLarge(
                f"the reference answer is {len(gold_text):,} characters (limit {config.limits.max_answer_chars:,})"
            )
        gold = parse_reference(gold_text, config.limits)
        found = extract(sample.response or "", config.formats, config.answer_tag, config.limits.max_answer_chars)
        if found is None:
            return Verdict(no_answer=True, reason=f"no answer found (looked for: {', '.join(config.formats)})")
        declared = found.source == config.answer_format
        where = f"{found.source} answer"
        chars = len(found.answers[-1])
        values: list[Value] = []
        for answer in found.answers:
            try:
                values.append(parse_prediction(answer, gold, config.limits))
            except ParseError as exc:  # AnswerTooLarge is a SampleError, not a ParseError: it propagates
                if isinstance(exc, NotMath) and found.source == "bare":
                    # A short response in prose is not a bare answer: nothing was found.
                    return Verdict(no_answer=True, reason=f"no answer found: the response is prose, {quote(answer)}")
                why = "it is words, not math" if isinstance(exc, NotMath) else str(exc)
                return Verdict(
                    declared_format=declared,
                    unparseable=True,
                    multiple_answers=len(found.answers) > 1,
                    answer_chars=chars,
                    reason=f"unparseable: {where} {quote(answer)}: {why}",
                )
        distinct = _distinct(values, config.rel_tol)
        if len(distinct) > 1:
            prediction: Value = SetOf(tuple(distinct), explicit=False)
            shown = ", ".join(quote(a, 20) for a in found.answers[-4:])
            if equivalent(gold, prediction, config.rel_tol):
                return Verdict(
                    correct=True,
                    declared_format=declared,
                    multiple_answers=True,
                    answer_chars=chars,
                    reason=f"correct: the {len(distinct)} {where}s ({shown}) are the reference set {quote(gold_text)}",
                )
            return Verdict(
                declared_format=declared,
                multiple_answers=True,
                answer_chars=chars,
                reason=f"wrong: {len(distinct)} different {where}s ({shown}); the reference {quote(gold_text)} "
                f"is one {describe(gold)}",
            )
        answer = found.answers[-1]
        # "1 or 2 or 3": one answer that lists several values (credited only if it is the set).
        hedged = isinstance(distinct[0], SetOf) and not distinct[0].explicit and len(distinct[0].items) > 1
        if equivalent(gold, distinct[0], config.rel_tol):
            reason = f"correct: {where} {quote(answer)} matches the reference {quote(gold_text)}"
            return Verdict(
                correct=True, declared_format=declared, multiple_answers=hedged, answer_chars=chars, reason=reason
            )
        reason = f"wrong: {where} {quote(answer)} is not equivalent to the reference {quote(gold_text)}"
        return Verdict(declared_format=declared, multiple_answers=hedged, answer_chars=chars, reason=reason)

    def score(self, verdict: Verdict) -> Score:
        weight = self.config.format_weight
        correctness = 1.0 if verdict.correct else 0.0
        # Gated: the format credit is paid only with a correct answer, so a well-formatted
        # wrong answer never earns more than a correct one in another format.
        format_credit = correctness * (1.0 if verdict.declared_format else 0.0)
        metrics = [Metric.reward("correctness", correctness)]
        if weight > 0:
            metrics.append(Metric.reward("format", format_credit))
        metrics += [
            Metric("declared_format", float(verdict.declared_format)),
            Metric("no_answer", float(verdict.no_answer)),
            Metric("unparseable", float(verdict.unparseable)),
            Metric("multiple_answers", float(verdict.multiple_answers)),
            Metric("answer_chars", float(verdict.answer_chars)),
        ]
        value = (correctness + weight * format_credit) / (1.0 + weight)
        return Score.ok(value, metrics, verdict.reason)


def _distinct(values: list[Value], rel_tol: float) -> list[Value]:
    distinct: list[Value] = []
    for value in values:
        if not any(equivalent(kept, value, rel_tol) for kept in distinct):
            distinct.append(value)
    return distinct
