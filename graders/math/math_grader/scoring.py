"""The SymPy-backed judge: parse -> compare -> a verdict with its reason.

Reached through :func:`math_grader.grader.symbolic` for every answer that is not a plain
number (those are decided without SymPy by :mod:`math_grader.plain`).
"""

from __future__ import annotations

from grader_core.errors import SampleError
from math_grader.answers import parse_prediction, parse_reference, units_differ
from math_grader.compare import equivalent
from math_grader.config import MathConfig
from math_grader.extract import Extraction, worded_value
from math_grader.parse import NotMath, ParseError
from math_grader.values import SetOf, Value, describe
from math_grader.verdict import Verdict, no_answer, quote, same_text

# Formats whose answer may be a worded sentence ("The perimeter of the garden is 48").
_SENTENCE_FORMATS = frozenset({"final_answer", "answer_line", "answer_tag", "bare"})


def judge(config: MathConfig, gold_text: str, found: Extraction | None) -> Verdict:
    try:
        gold = parse_reference(gold_text, config.limits)
    except SampleError:
        # Notation this grader does not read (110_2, \sum): an answer identical to the
        # reference is still correct; anything else cannot be judged against it.
        if found is not None and len(found.answers) == 1 and same_text(found.answers[0], gold_text):
            return Verdict(
                correct=True,
                declared_format=found.source == config.answer_format,
                answer_chars=len(found.answers[0]),
                reason=f"correct: {found.source} answer {quote(found.answers[0])} is the reference as written",
            )
        raise
    if found is None:
        return no_answer(config.formats)
    declared = found.source == config.answer_format
    where = f"{found.source} answer"
    chars = len(found.answers[-1])
    values: list[Value] = []
    for answer in found.answers:
        try:
            values.append(_read(answer, gold, found.source, config))
        except ParseError as exc:  # AnswerTooLarge is a SampleError, not a ParseError: it propagates
            if len(found.answers) == 1 and same_text(answer, gold_text):
                reason = f"correct: {where} {quote(answer)} is the reference as written"
                return Verdict(correct=True, declared_format=declared, answer_chars=chars, reason=reason)
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
        units = units_differ(gold_text, answer, config.limits)
        if units is not None:
            reason = f"wrong: {where} {quote(answer)} is in {units[1]}, the reference {quote(gold_text)} in {units[0]}"
            return Verdict(declared_format=declared, multiple_answers=hedged, answer_chars=chars, reason=reason)
        reason = f"correct: {where} {quote(answer)} matches the reference {quote(gold_text)}"
        return Verdict(
            correct=True, declared_format=declared, multiple_answers=hedged, answer_chars=chars, reason=reason
        )
    reason = f"wrong: {where} {quote(answer)} is not equivalent to the reference {quote(gold_text)}"
    return Verdict(declared_format=declared, multiple_answers=hedged, answer_chars=chars, reason=reason)


def _read(answer: str, gold: Value, source: str, config: MathConfig) -> Value:
    """The answer as a value; a worded sentence is read for the value it states."""
    try:
        return parse_prediction(answer, gold, config.limits)
    except ParseError:
        stated = worded_value(answer) if source in _SENTENCE_FORMATS else None
        if stated is None:
            raise
        try:
            return parse_prediction(stated, gold, config.limits)
        except ParseError:
            pass
        raise


def _distinct(values: list[Value], rel_tol: float) -> list[Value]:
    distinct: list[Value] = []
    for value in values:
        if not any(equivalent(kept, value, rel_tol) for kept in distinct):
            distinct.append(value)
    return distinct
