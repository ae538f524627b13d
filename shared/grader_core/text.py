"""Small text helpers that several graders read responses and references with.

- :func:`last_tag_content`: the content of the last ``<tag>...</tag>``;
- :func:`last_fenced_block`: the last fenced code block (the usual place for JSON);
- :func:`decode_json_text`: a reference field that arrived JSON-encoded, decoded.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```[A-Za-z0-9_+-]*[ \t]*\n(.*?)```", re.DOTALL)


def last_tag_content(text: str, tag: str) -> str | None:
    """Content of the last ``<tag>...</tag>`` in ``text``, or ``None`` if there is none."""
    close = text.rfind(f"</{tag}>")
    if close < 0:
        return None
    opening = text.rfind(f"<{tag}>", 0, close)
    if opening < 0:
        return None
    return text[opening + len(tag) + 2 : close]


def last_fenced_block(text: str) -> str | None:
    """The content of the last fenced code block, or ``None``."""
    blocks = _FENCE.findall(text)
    return blocks[-1] if blocks else None


def fenced_blocks(text: str) -> list[str]:
    return _FENCE.findall(text)


def decode_json_text(value: Any) -> Any:
    """A string holding a JSON object or array, decoded; anything else unchanged.

    Training pipelines often JSON-encode structured fields; a string that only looks like
    JSON stays a string.
    """
    if isinstance(value, str) and value.lstrip().startswith(("{", "[")):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
