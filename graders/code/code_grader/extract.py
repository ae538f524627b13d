"""Find the code in a response: the last fenced block in the language, else the whole text.

Fenced blocks follow CommonMark (spec 0.31, section 4.5):

- an opening fence is at least three backticks or tildes, indented at most three spaces
  (relative to the list item it sits in); a backtick fence's info string has no backtick;
- a closing fence uses the same character, is at least as long as the opening one, is
  indented at most three spaces and carries nothing but spaces. So an indented ```` ``` ````
  inside a docstring is code, not the end of the block;
- the content loses as much indentation as the opening fence had (and the list item's);
- a fence never closed runs to the end of its list item or of the response.

List items (``-``, ``*``, ``+``, ``1.``, ``1)``) are followed so that a fence nested in one
is read relative to the item's content column, as a renderer shows it. Block quotes and
other containers are not: a fence in a ``>`` quote is not taken.

A line scanner rather than one regular expression, so that a response made of thousands
of unmatched fences costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_LANGUAGES = ("python", "py", "python3", "")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)")
_LIST_ITEM = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])(?: {1,4}|$)")


@dataclass(frozen=True)
class Extracted:
    code: str
    source: str  # "fence" or "whole"


def _indent(line: str) -> tuple[int, str]:
    """Columns of leading whitespace (tabs to multiples of 4) and the rest of the line."""
    column = 0
    for i, char in enumerate(line):
        if char == " ":
            column += 1
        elif char == "\t":
            column += 4 - column % 4
        else:
            return column, line[i:]
    return column, ""


def _strip_columns(line: str, columns: int) -> str:
    """``line`` without up to ``columns`` columns of leading whitespace."""
    column = 0
    for i, char in enumerate(line):
        if column >= columns or char not in " \t":
            return line[i:]
        column += 1 if char == " " else 4 - column % 4
    return ""


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """``(language, body)`` of every fenced block, in order; language lower-cased."""
    blocks: list[tuple[str, str]] = []
    items: list[int] = []  # content columns of the open list items, innermost last
    fence: tuple[str, int, int, str] | None = None  # (marker char, length, content indent, language)
    body: list[str] = []
    container = 0
    for line in text.splitlines():
        column, rest = _indent(line)
        if fence is not None:
            char, length, strip, language = fence
            if rest and column < container:  # the list item ended, and the block with it
                blocks.append((language, "\n".join(body) + "\n"))
                fence = None
            else:
                if rest and column - container <= 3 and rest.startswith(char * length) and not rest.strip(char).strip():
                    blocks.append((language, "\n".join(body) + "\n"))
                    fence = None
                else:
                    body.append(_strip_columns(line, strip))
                continue
        if not rest:
            continue
        while items and column < items[-1]:
            items.pop()
        container = items[-1] if items else 0
        relative = column - container
        if relative > 3:
            continue  # an indented code block, not a fence
        marker = _LIST_ITEM.match(rest)
        if marker:
            items.append(column + marker.end())
            container = items[-1]
            column, rest = container, rest[marker.end() :]
            relative = 0
        opening = _FENCE.match(rest)
        if opening is None:
            continue
        run, info = opening.groups()
        if run[0] == "`" and "`" in info:
            continue
        words = info.strip().lower().split()
        fence = (run[0], len(run), column, words[0] if words else "")
        body = []
    if fence is not None:
        blocks.append((fence[3], "\n".join(body) + "\n"))
    return blocks


def parses(code: str) -> bool:
    return compile_error(code, "<response>") is None


def extract_code(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Extracted | None:
    """The code to grade, or ``None`` when the response holds none.

    Blocks fenced in another language (```` ```bash ````) are never taken. Without any
    fence, the whole response counts when it parses as Python: models often answer with
    bare code.
    """
    blocks = fenced_blocks(text)
    wanted = [body for language, body in blocks if language in languages]
    if wanted:
        return Extracted(wanted[-1], "fence")
    if not blocks and text.strip() and parses(text):
        return Extracted(text, "whole")
    return None


def compile_error(code: str, filename: str = "solution.py") -> str | None:
    """``None`` if ``code`` compiles, else the error as one line (no code runs here)."""
    try:
        compile(code, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"
    except (RecursionError, MemoryError):
        return "SyntaxError: too deeply nested to compile"
    return None
