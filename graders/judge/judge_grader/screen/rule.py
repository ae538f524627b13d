"""One screen rule: a class name, how strong a signal it is, and its pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Strength = Literal["strong", "weak"]

_GAP = re.compile(r" ~(\d+) ")


@dataclass(frozen=True)
class Rule:
    """``strong``: catches on its own. ``weak``: catches only together with a weak signal
    of another class (an address to the grader *and* an order about the score)."""

    cls: str
    strength: Strength
    pattern: re.Pattern[str]


def compile_words(pattern: str) -> re.Pattern[str]:
    """Compile a word pattern: a space is a run of non-word characters (so punctuation,
    line breaks and Markdown between words do not matter), `` ?`` an optional one, and
    `` ~N `` up to N filler words."""
    sep = r"[\W_]+"
    pattern = _GAP.sub(lambda m: rf"(?:{sep}\w+){{0,{m.group(1)}}}{sep}", pattern)
    pattern = pattern.replace(" ?", r"[\W_]*").replace(" ", sep)
    return re.compile(r"(?<!\w)" + pattern, re.M)
