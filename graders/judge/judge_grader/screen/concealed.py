"""Text a reader of the rendered answer never sees, but a judge reading the raw text does.

An HTML comment, an element styled ``display:none``, a Markdown link or image title, a
``[//]: #`` Markdown comment, a LaTeX ``%`` comment or ``\\phantom``: a human looking at
the rendered answer sees none of it, and an honest answer has no reason to say anything
there to its reader. So concealment lowers the bar: concealed text that addresses a reader
(the grader, "you"), gives an order about instructions, or calls something correct or
worth full marks is caught on its own, where visible text needs an order or two signals.

Code is not concealment: comments inside fenced code blocks are ordinary code comments and
go through the usual rules, and markup in inline code is displayed, not hidden. Honest alt text and titles describe an image ("Graph of test
scores"), which none of the signals below matches.
"""

# ruff: noqa: E501 -- one pattern per line: a regex table reads (and diffs) better unwrapped

from __future__ import annotations

import re
from collections.abc import Iterator

from judge_grader.screen.normalise import fold_lookalikes, strip_markup
from judge_grader.screen.rules_en import GRADER, MACHINE, TOP_SCORE

_S = re.S
_HIDING_STYLE = (
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])|"
    r"(?<!background-)color\s*:\s*(?:white|#fff(?:fff)?\b|transparent)|max-height\s*:\s*0|width\s*:\s*0|height\s*:\s*0|"
    r"position\s*:\s*absolute[^\"'>]{0,80}(?:left|top)\s*:\s*-\d{3,}|clip\s*:\s*rect\(\s*0"
)
CONCEALERS: list[tuple[str, re.Pattern[str]]] = [
    ("an html comment", re.compile(r"<!--(.{0,4000}?)(?:-->|\Z)", _S)),
    (
        "hidden html",
        re.compile(
            r"<(\w+)\b[^<>]{0,400}?(?:"
            + _HIDING_STYLE
            + r"|\shidden\b|aria-hidden\s*=\s*[\"']?true)[^<>]{0,400}>(.{0,4000}?)</\1\s*>",
            _S,
        ),
    ),
    (
        "an html attribute",
        re.compile(
            r"\b(?:title|alt|aria-label|aria-description|data-[\w-]+)\s*=\s*(?:\"([^\"]{0,2000})\"|'([^']{0,2000})')"
        ),
    ),
    (
        "a markdown title",
        re.compile(r"\]\(\s*<?[^\s)>]*>?\s+(?:\"([^\"\n]{0,1000})\"|'([^'\n]{0,1000})'|\(([^)\n]{0,1000})\))\s*\)"),
    ),
    (
        "a markdown title",
        re.compile(
            r"(?m)^[^\S\n]{0,3}\[[^\]\n]{1,100}\]:\s*\S+\s+(?:\"([^\"\n]{0,1000})\"|'([^'\n]{0,1000})'|\(([^)\n]{0,1000})\))"
        ),
    ),
    ("image alt text", re.compile(r"!\[([^\]\n]{0,1000})\]")),
    ("front matter", re.compile(r"\A[^\S\n]*---[^\S\n]*\n(.{0,4000}?)\n[^\S\n]*(?:---|\.\.\.)[^\S\n]*(?:\n|\Z)", _S)),
    ("a footnote", re.compile(r"(?m)^[^\S\n]{0,3}\[\^[^\]\n]{1,40}\]:[^\S\n]*([^\n]{1,2000})")),
    ("a latex comment", re.compile(r"(?m)(?:^|(?<=[}$]))[^\S\n]*(?<!\\)%+([^\n]{1,1000})")),
    ("hidden latex", re.compile(r"\\(?:phantom|vphantom|hphantom|iffalse)\b\s*\{?(.{0,1000}?)(?:\}|\\fi\b|$)", _S)),
    ("hidden latex", re.compile(r"\\(?:text)?color\s*\{\s*(?:white|transparent)\s*\}\s*\{?([^{}\n]{0,1000})")),
]
_FENCE = re.compile(r"^[^\S\n]*(?:```|~~~)[^\n]*\n.*?(?:^[^\S\n]*(?:```|~~~)|\Z)", re.M | re.S)
# Inline code shows its markup as text (`<!-- a comment -->` is displayed, not hidden).
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")

# What concealed text must contain to be caught: an address, an order about instructions,
# or a verdict -- not a topic (an alt text may well say "scores").
_SIGNAL_WORDS = (
    rf"(?<!\w)(?:{GRADER}|{MACHINE}|ignore|disregard|override|bypass|rubric|"
    rf"reference answer|expected answer|system ?:|assistant ?:|user ?:|{TOP_SCORE}|"
    r"(?:is|as|be|being|was|marked|graded|considered|treated|counted|scored|rated) (?:fully |completely |entirely )?(?:correct|right|accurate|valid|passing|perfect)|"
    r"(?:score|grade|rating|verdict|reward|mark|points?)\s*(?:[:=]|of|is|should be)\s*(?:\d|full|max|top|perfect|high)"
)
# Alt text and titles are shown in some renderings (a tooltip, a broken image): an honest
# one may say "your dashboard", so "you" and "instructions" count only in hidden text.
_SIGNAL_SHOWN = re.compile(_SIGNAL_WORDS + r")(?!\w)")
_SIGNAL_HIDDEN = re.compile(_SIGNAL_WORDS + r"|you|your|yours|forget|instructions?)(?!\w)")
_SHOWN = frozenset({"an html attribute", "a markdown title", "image alt text", "a footnote", "front matter"})


def concealed_segments(structural: str) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for each piece of concealed text outside fenced code blocks."""
    fences = [m.span() for m in _FENCE.finditer(structural)] + [m.span() for m in _INLINE_CODE.finditer(structural)]
    for where, pattern in CONCEALERS:
        for match in pattern.finditer(structural):
            if any(start <= match.start() < end for start, end in fences):
                continue
            text = next((g for g in reversed(match.groups()) if g), "")
            if text.strip():
                yield where, text


def concealed_address(structural: str) -> tuple[str, str] | None:
    """``(where, excerpt)`` of the first concealed text that addresses its reader, if any."""
    for where, text in concealed_segments(structural):
        plain = fold_lookalikes(strip_markup(text))
        match = (_SIGNAL_SHOWN if where in _SHOWN else _SIGNAL_HIDDEN).search(plain)
        if match is not None:
            return where, " ".join(plain.split())[:80]
    return None
