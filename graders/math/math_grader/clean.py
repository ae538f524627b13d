"""String and token clean-up before parsing: what is presentation, not math.

- digit-group separators (``10{,}000``, ``1\\,000``, ``1,000`` when a number is expected)
  and spacing commands go at string level, with a sentence's final period;
- units and remarks (``\\text{ cm}^2``, ``12 apples``) leave the token list, and
  ``\\text{or}`` becomes a separator between answers.
"""

from __future__ import annotations

import re

from math_grader.tokens import MAGNITUDES, NotMath, Token

_THOUSANDS_BRACED = re.compile(r"(?<=\d)\{,\}(?=\d)")
_THOUSANDS_SPACED = re.compile(r"(?<=\d)\\[,;:! ](?=\d{3}(?!\d))")
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_SPACING = re.compile(r"(?<!\\)\\[,;:! ]")
# A sentence's final period (one: "1, 2, ..." is an ellipsis) and stray separators.
_TRAILING = re.compile(r"(?:[\s,;:]|(?<!\.)\.(?!\.))+$")


def prepare(text: str, thousands: bool) -> str:
    """String-level clean-up the tokenizer cannot do: digit-group separators, sentence ends."""
    text = _THOUSANDS_BRACED.sub("", text)
    text = _THOUSANDS_SPACED.sub("", text)
    if thousands:
        text = _THOUSANDS_COMMA.sub(lambda m: m.group().replace(",", ""), text)
    # Spacing commands go first, so that stripping a final period cannot split "\;".
    return _TRAILING.sub("", _SPACING.sub(" ", text).strip())


def drop_commentary(tokens: list[Token]) -> list[Token]:
    """Remove units and remarks (``\\text{ cm}^2``, ``12 apples``); turn ``\\text{or}`` into a separator.

    Words that are the whole answer, or that stand before the math, make it text.
    """
    if all(kind in ("text", "word", "unit", "sep") for kind, _ in tokens):
        raise NotMath("the answer is words, not math")
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "text" and value.strip().lower() in ("or", "and", ",", "or,", ", or"):
            out.append(("sep", value.strip().lower().strip(",") or "or"))
            i += 1
            continue
        if kind == "text" and value.strip().lower() in MAGNITUDES:
            out += [("op", "*"), ("num", MAGNITUDES[value.strip().lower()])]  # 1.5\text{ million}
            i += 1
            continue
        if kind == "word":
            rest = tokens[i:]
            quantity = any(k in ("num", "cmd") for k, _ in out)
            if not quantity or any(k not in ("word", "unit", "text", "letter") for k, _ in rest):
                raise NotMath(f"the answer contains the word {value!r}")
            break  # trailing words: a remark or a unit the list does not know
        if kind in ("text", "unit"):
            i += 1
            i = _skip_exponent(tokens, i)
            continue
        out.append(tokens[i])
        i += 1
    return out


def _skip_exponent(tokens: list[Token], i: int) -> int:
    """Index after an exponent at ``i`` (the ``^2`` of ``\\text{cm}^2``), or ``i``."""
    if i < len(tokens) and tokens[i] == ("op", "^"):
        if i + 1 < len(tokens) and tokens[i + 1][0] == "num":
            return i + 2
        if i + 3 < len(tokens) and tokens[i + 1] == ("op", "{") and tokens[i + 3] == ("op", "}"):
            return i + 4
    return i
