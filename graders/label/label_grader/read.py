"""Reading the label text out of a response, and splitting it into normalised labels.

Where the label is read (``from``):

- ``response``: the whole response;
- ``tag``: the content of the last ``<tag>...</tag>``;
- ``json``: a field of the response's JSON object (whole text or the last fenced block);
- ``line``: the last ``Label: X`` line (the prefix is configurable, matched case-insensitively).

The text is then split on list separators (``,`` ``;`` ``/`` ``|`` new lines, `` or ``,
`` and ``, `` & ``) into pieces, each normalised: case folded, white space collapsed,
surrounding quotes, brackets, Markdown emphasis and final punctuation removed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from grader_core.text import last_fenced_block, last_tag_content

_SEPARATORS = re.compile(r"\s*(?:[,;/|\n]|\band\b|\bor\b|&)\s*", re.IGNORECASE)
_EDGE = " \t\r\n\"'`*_()[]{}<>.:!?"


@dataclass(frozen=True)
class ReadConfig:
    source: str = "response"
    tag: str = "label"
    field: str = "label"
    prefix: str = "Label"
    ignore_case: bool = True


def label_text(response: str, config: ReadConfig) -> str | None:
    """The raw text holding the label(s), or ``None`` when the configured place is absent."""
    if config.source == "response":
        return response
    if config.source == "tag":
        return last_tag_content(response, config.tag)
    if config.source == "json":
        return _json_field(response, config.field)
    # Horizontal white space only and a greedy tail: `\s` would let one attempt run across
    # lines and `(.+?)\s*$` backtrack quadratically on a line of spaces.
    pattern = re.compile(rf"^[ \t*#>-]*{re.escape(config.prefix)}[ \t]*[*_]*[ \t]*[:=](.*)$", re.IGNORECASE | re.M)
    found = [match.strip() for match in pattern.findall(response)]
    found = [match for match in found if match]
    return found[-1] if found else None


def normalise(text: str, ignore_case: bool = True) -> str:
    text = " ".join(text.split()).strip(_EDGE)
    return text.casefold() if ignore_case else text


def separators(labels: list[str]) -> re.Pattern[str]:
    """The list separators that occur in no declared label (``bug/regression`` keeps ``/``)."""
    marks = [m for m in ",;/|&" if not any(m in label for label in labels)]
    words = [w for w in ("and", "or") if not any(re.search(rf"\b{w}\b", label, re.I) for label in labels)]
    options = ([f"[{re.escape(''.join(marks))}\n]"] if marks else ["\n"]) + [rf"\b{w}\b" for w in words]
    return re.compile(rf"\s*(?:{'|'.join(options)})\s*", re.IGNORECASE)


def pieces(text: str, ignore_case: bool = True, split: re.Pattern[str] = _SEPARATORS) -> list[str]:
    """The normalised non-empty pieces of a label text, in order, without repeats."""
    seen: dict[str, None] = {}
    for part in split.split(text):
        piece = normalise(part, ignore_case)
        if piece:
            seen.setdefault(piece)
    return list(seen)


def _json_field(response: str, field: str) -> str | None:
    try:
        value: Any = json.loads((last_fenced_block(response) or response).strip())
    except (ValueError, RecursionError):
        return None
    for key in field.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return value if isinstance(value, str) else None
