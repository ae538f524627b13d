"""Parse a Bedrock RFT grader invocation into :class:`Sample` objects.

Accepts every variant in the contract (docs: ``../shared/docs/rft-contract.md``):

- the reference answer under ``metadata`` or at the top level (metadata wins);
- a string reference wrapped as ``{"text": "..."}`` (open-weight jobs), unwrapped here;
- message content as a string, a list of parts, or an object with a ``text`` key;
- ``assistant`` or ``nova_assistant`` as the response role, ``tool_calls`` tolerated;
- any extra training-record fields, delivered in :attr:`Sample.fields`.

Two kinds of problem are kept apart. A malformed *event* (not a list, an element that is
not an object, a missing or invalid ``id``) raises :class:`EventError` naming the index
and field: without an id there is no way to answer for that element, so the call fails
loudly. A problem with one *sample* (no assistant turn, non-text content) is recorded in
:attr:`Sample.problem` and that sample alone gets an error status.
"""

from __future__ import annotations

import json
from typing import Any

from grader_core.errors import EventError
from grader_core.types import Message, Sample

ASSISTANT_ROLES = frozenset({"assistant", "nova_assistant"})
_RESERVED = frozenset({"id", "messages", "metadata", "reference_answer"})


def parse_event(event: Any) -> list[Sample]:
    """Return one :class:`Sample` per element of a grader invocation event."""
    if not isinstance(event, list):
        raise EventError(
            f"event: expected a JSON list of samples, got {_kind(event)}"
            + (" (did you send one sample without wrapping it in a list?)" if isinstance(event, dict) else "")
        )
    return [parse_sample(item, index) for index, item in enumerate(event)]


def parse_sample(item: Any, index: int = 0) -> Sample:
    where = f"event[{index}]"
    if not isinstance(item, dict):
        raise EventError(f"{where}: expected an object, got {_kind(item)}")
    if "id" not in item:
        raise EventError(f"{where}.id: missing (every sample needs the id the service sent)")
    sample_id = item["id"]
    if isinstance(sample_id, bool) or not isinstance(sample_id, (str, int)) or sample_id == "":
        raise EventError(f"{where}.id: expected a non-empty string or integer, got {sample_id!r}")

    problems: list[str] = []
    metadata = _metadata(item.get("metadata"), problems)
    fields = {k: v for k, v in item.items() if k not in _RESERVED}
    fields.update({k: v for k, v in metadata.items() if k != "reference_answer"})

    reference = metadata.get("reference_answer")
    if reference is None:  # metadata wins on conflict, but a null there is no conflict
        reference = item.get("reference_answer")
    messages, response = _messages(item.get("messages"), problems)
    return Sample(
        id=sample_id,
        messages=messages,
        response=response,
        reference=unwrap_reference(reference),
        fields=fields,
        problem="; ".join(problems) or None,
        index=index,
    )


def unwrap_reference(reference: Any) -> Any:
    """``{"text": "42"}`` -> ``"42"``; anything else is returned unchanged."""
    if isinstance(reference, dict) and set(reference) == {"text"} and isinstance(reference["text"], str):
        return reference["text"]
    return reference


def content_text(content: Any) -> str | None:
    """Join the text of a message's content; ``None`` if it holds no text at all.

    ``None`` content (a turn that only made tool calls) is an empty string, not an error.
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        text = content.get("text")
        return text if isinstance(text, str) else None
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict) and part.get("type", "text") == "text" and isinstance(part.get("text"), str):
                texts.append(part["text"])
        if content and not texts:
            return None
        return "".join(texts)
    return None


def _metadata(metadata: Any, problems: list[str]) -> dict[str, Any]:
    if metadata is None:
        return {}
    if isinstance(metadata, str):
        # Some pipelines deliver metadata JSON-encoded; accept it when it decodes to an object.
        try:
            metadata = json.loads(metadata)
        except ValueError:
            problems.append("metadata: a string that is not JSON")
            return {}
    if not isinstance(metadata, dict):
        problems.append(f"metadata: expected an object, got {_kind(metadata)}")
        return {}
    return metadata


def _messages(raw: Any, problems: list[str]) -> tuple[tuple[Message, ...], str | None]:
    if not isinstance(raw, list):
        problems.append("messages: missing" if raw is None else f"messages: expected a list, got {_kind(raw)}")
        return (), None
    messages: list[Message] = []
    response: str | None = None
    response_problem: str | None = "messages: no assistant turn to grade"
    for position, message in enumerate(raw):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            problems.append(f"messages[{position}]: expected an object with a string 'role'")
            continue
        text = content_text(message.get("content"))
        role = message["role"]
        messages.append(Message(role, text or "", message))
        if role in ASSISTANT_ROLES:
            if text is None:
                response, response_problem = None, f"messages[{position}].content: assistant turn has no text content"
            else:
                response, response_problem = text, None
    if response_problem:
        problems.append(response_problem)
    return tuple(messages), response


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )
