"""String and token clean-up before parsing: what is presentation, not math.

- digit-group separators (``10{,}000``, ``1\\,000``, ``250,\\!000``, ``250 000``, ``1,000``
  when a number is expected), a decimal comma where it cannot be a separator (``3,75``),
  text that went through JSON twice (``\\\\frac``) and spacing commands go at string level,
  with a sentence's final period;
- units and remarks (``\\text{ cm}^2``, ``12 apples``, ``5 m``) leave the token list, and
  ``\\text{or}`` becomes a separator between answers. :func:`split_commentary` also returns
  what it dropped, so that a different unit can be told from no unit.
"""

from __future__ import annotations

import re

from math_grader.tokens import MAGNITUDES, SI_UNITS, UNITS, NotMath, Token, scripts_to_latex

_THOUSANDS_BRACED = re.compile(r"(?<=\d)\{,\s?\}(?=\d)")
_THOUSANDS_SPACED = re.compile(r"(?<=\d),?\\[,;:! ](?=\d{3}(?!\d))")
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_THOUSANDS_SPACE = re.compile(r"^[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?$")
# One comma between digits, not followed by exactly three: "3,75" is 3.75, "3,750" is not.
_DECIMAL_COMMA = re.compile(r"^([+-]?\d+),(\d{1,2}|\d{4,})$")
_SPACING = re.compile(r"(?<!\\)\\[,;:! ]")
# A sentence's final period (one: "1, 2, ..." is an ellipsis) and stray separators.
_TRAILING = re.compile(r"(?:[\s,;:]|(?<!\.)\.(?!\.))+$")
# "4:30 p.m.", "9 am": the half of the day is a unit of the clock time.
_CLOCK = re.compile(r"(?i)(?<=\d)\s*([ap])\.\s?m\.?$|(?<=\d:\d\d)\s*([ap])m$")
# A unit written in plain text after a number: "40 m^2", "5 cm" (letters alone are variables).
_PLAIN_UNIT = re.compile(
    r"(?<=\d)\s+("
    + "|".join(sorted((UNITS | SI_UNITS) - {"A", "K", "N", "J", "W", "V"}, key=len, reverse=True))
    + r")(\^\{?\d\}?)?$"
)
_DOUBLE_ESCAPED = re.compile(r"\\\\[A-Za-z{}]")


def prepare(text: str, thousands: bool) -> str:
    """String-level clean-up the tokenizer cannot do: digit-group separators, sentence ends."""
    text = scripts_to_latex(text)
    if _DOUBLE_ESCAPED.search(text) and "\\begin" not in text and "&" not in text:
        # \\frac{2}{3}: went through JSON twice (a matrix's row break \\ has a \begin around it)
        text = text.replace("\\\\", "\\")
    text = text.replace("{:}", ":")
    text = _THOUSANDS_BRACED.sub("", text)
    text = _THOUSANDS_SPACED.sub("", text)
    if thousands:
        text = _THOUSANDS_COMMA.sub(lambda m: m.group().replace(",", ""), text)
        stripped = text.strip()
        if _THOUSANDS_SPACE.match(stripped):
            text = stripped.replace(" ", "")
    # Spacing commands go first, so that stripping a final period cannot split "\;".
    text = _TRAILING.sub("", _SPACING.sub(" ", text).strip())
    text = _CLOCK.sub(lambda m: f"\\text{{ {(m.group(1) or m.group(2)).lower()}m}}", text)
    return _PLAIN_UNIT.sub(lambda m: f"\\text{{ {m.group(1)}}}{m.group(2) or ''}", text)


def decimal_comma(text: str) -> str:
    """``3,75`` -> ``3.75``: for an answer to a single-number reference only (one comma, not
    followed by exactly three digits); a reference ``2,15`` may well be the list 2, 15."""
    match = _DECIMAL_COMMA.match(text.strip())
    return f"{match.group(1)}.{match.group(2)}" if match else text


def drop_commentary(tokens: list[Token]) -> list[Token]:
    """Remove units and remarks (``\\text{ cm}^2``, ``12 apples``); turn ``\\text{or}`` into a separator."""
    return split_commentary(tokens)[0]


def split_commentary(tokens: list[Token]) -> tuple[list[Token], list[str]]:
    """The tokens without units and remarks, and the units and remarks (``["cm", "^2"]``).

    Words that are the whole answer, or that stand before the math, make it text.
    """
    if all(kind in ("text", "word", "unit", "sep") for kind, _ in tokens):
        raise NotMath("the answer is words, not math")
    out: list[Token] = []
    dropped: list[str] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        word = value.strip().lower()
        if kind == "text" and word in ("or", "and", ",", "or,", ", or"):
            out.append(("sep", word.strip(",") or "or"))
            i += 1
            continue
        if kind == "text" and word in MAGNITUDES:
            out += [("op", "*"), ("num", MAGNITUDES[word])]  # 1.5\text{ million}
            i += 1
            continue
        if kind == "text" and word in ("percent", "pct"):
            out.append(("op", "%"))
            i += 1
            continue
        if kind == "word":
            rest = tokens[i:]
            quantity = any(k in ("num", "cmd") for k, _ in out)
            if not quantity or any(k not in ("word", "unit", "text", "letter") for k, _ in rest):
                raise NotMath(f"the answer contains the word {value!r}")
            dropped += [v for _, v in rest]
            break  # trailing words: a remark or a unit the list does not know
        if kind in ("text", "unit"):
            dropped.append(value)
            i = _skip_exponent(tokens, i + 1, dropped)
            continue
        out.append(tokens[i])
        i += 1
    return out, dropped


def _skip_exponent(tokens: list[Token], i: int, dropped: list[str]) -> int:
    """Index after an exponent at ``i`` (the ``^2`` of ``\\text{cm}^2``), or ``i``."""
    if i < len(tokens) and tokens[i] == ("op", "^"):
        if i + 1 < len(tokens) and tokens[i + 1][0] == "num":
            dropped.append("^" + tokens[i + 1][1])
            return i + 2
        if i + 3 < len(tokens) and tokens[i + 1] == ("op", "{") and tokens[i + 3] == ("op", "}"):
            dropped.append("^" + tokens[i + 2][1])
            return i + 4
    return i
