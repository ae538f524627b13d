"""The texts a judge reads, taken from a sample: the conversation, the context, a tagged answer."""

from __future__ import annotations

import json
from typing import Any

from grader_core.events import ASSISTANT_ROLES
from grader_core.types import Sample


def conversation(sample: Sample) -> str:
    """Every turn before the graded (last assistant) turn, as ``[role]`` blocks."""
    messages = list(sample.messages)
    for i in range(len(messages) - 1, -1, -1):
        if messages[i].role in ASSISTANT_ROLES:
            messages = messages[:i]
            break
    return "\n\n".join(f"[{m.role}]\n{m.text}" for m in messages if m.text.strip())


def context(value: Any) -> str | None:
    if value in (None, "", []):
        return None
    if isinstance(value, list):
        return "\n\n".join(f"[{i}] {as_text(passage)}" for i, passage in enumerate(value, 1))
    return as_text(value)


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def last_tag_content(text: str, tag: str) -> str | None:
    close = text.rfind(f"</{tag}>")
    opening = text.rfind(f"<{tag}>", 0, close) if close >= 0 else -1
    return None if opening < 0 else text[opening + len(tag) + 2 : close]
