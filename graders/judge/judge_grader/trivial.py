"""Spot empty and trivial responses -- the judges' "master keys" -- before any judge call.

Published work ("One Token to Fool LLM-as-a-Judge", 2025) found that responses made only of
punctuation (``:``, ``.``) or of a reasoning opener (``Thought process:``, ``Let's solve
this problem step by step.``, ``Solution``, ``解``) are called correct by popular judges up
to 80-90% of the time. Such a response carries no answer, so it scores 0 here and the judge
never sees it.

A response is trivial when, after removing every known opener phrase (as whole words) and
all markup, nothing alphanumeric is left. ``"Solution: 42"`` leaves ``42`` and is judged;
``"Thought process: Let's think step by step."`` leaves nothing and is not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Lower-case, apostrophes straight. English openers from the paper and common variants, and
# the Chinese ones it reports (解 "solution", 思路 "line of thought", 答案 "answer", ...).
MASTER_KEY_PHRASES: tuple[str, ...] = (
    "thought process",
    "thinking process",
    "reasoning process",
    "let's solve this problem step by step",
    "let's solve this step by step",
    "let's solve it step by step",
    "let's think step by step",
    "let's think about this step by step",
    "let me think step by step",
    "let me solve this step by step",
    "let's break this down",
    "let's work through this",
    "step by step",
    "step 1",
    "solution",
    "answer",
    "final answer",
    "the answer is",
    "reasoning",
    "explanation",
    "analysis",
    "here is the solution",
    "here's the solution",
    "here is my answer",
    "here's my answer",
    "解",
    "解答",
    "答案",
    "思路",
    "解题过程",
    "思考过程",
    "解题思路",
    "让我们一步一步地思考",
    "让我们一步一步解决这个问题",
)


def trivial_reason(text: str, extra_phrases: Iterable[str] = ()) -> str | None:
    """Why ``text`` is trivial, or ``None`` when it has content worth judging."""
    if not text.strip():
        return "empty response"
    pattern = _phrases_pattern(tuple(sorted({*MASTER_KEY_PHRASES, *(_normalise(p) for p in extra_phrases)})))
    normalised = _normalise(text)
    left = pattern.sub(" ", normalised)
    if any(ch.isalnum() for ch in left):
        return None
    if not any(ch.isalnum() for ch in normalised):
        return "response has no letters or digits"
    return "response is only a reasoning opener with no content (a known judge master key)"


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("\u2019", "'").replace("\u2018", "'")


@lru_cache(maxsize=16)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "the answer is" goes before "answer"; whole words only, so that
    # "solutions" or "answered" are content, and flexible white space between words.
    alternatives = [r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True) if p]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
