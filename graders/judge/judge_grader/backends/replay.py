"""An offline judge that answers from canned replies: for tests, demos and golden events.

Not for training. It lets ``events/judge/*.json`` run identically in-process and under
``local-invoke`` with no network, and lets a README show a real verdict. Replies are
chosen by what the sample contains, never by the prompt text (which carries a random
nonce), so the same event always gets the same reply::

    {"type": "replay",
     "rules": [{"if_contains": {"response": "Paris"}, "reply": "{\\"reasoning\\": \\"...\\", \\"score\\": 5}"}],
     "default": {"reply": "{\\"reasoning\\": \\"...\\", \\"score\\": 1}"}}

``if_contains`` maps an input name (``response``, ``reference``, ``context``, ``prompt``,
``conversation``, ``criteria``) to a substring that must occur in it; the first rule whose
conditions all hold answers. ``stop`` and ``usage`` let a rule act out a truncated
verdict, a refusal or a provider's token counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from judge_grader.backends.base import JudgeCallError, JudgeReply, JudgeRequest, StopReason


@dataclass(frozen=True)
class ReplayRule:
    reply: str
    if_contains: Mapping[str, str] = field(default_factory=dict)
    stop: StopReason = "end"
    input_tokens: int | None = None
    output_tokens: int | None = None

    def matches(self, inputs: Mapping[str, str]) -> bool:
        return all(needle in inputs.get(name, "") for name, needle in self.if_contains.items())

    def to_reply(self) -> JudgeReply:
        return JudgeReply(self.reply, self.stop, self.input_tokens, self.output_tokens, detail=f"replay:{self.stop}")

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> ReplayRule:
        usage = spec.get("usage", {})
        return cls(
            reply=spec["reply"],
            if_contains=dict(spec.get("if_contains", {})),
            stop=spec.get("stop", "end"),
            input_tokens=usage.get("input_tokens"),
            output_tokens=usage.get("output_tokens"),
        )


class ReplayClient:
    """:class:`~judge_grader.backends.base.JudgeClient` that never leaves the process."""

    def __init__(self, rules: Sequence[ReplayRule], default: ReplayRule | None = None) -> None:
        self.rules = tuple(rules)
        self.default = default

    def complete(self, request: JudgeRequest) -> JudgeReply:
        for rule in self.rules:
            if rule.matches(request.inputs):
                return rule.to_reply()
        if self.default is not None:
            return self.default.to_reply()
        raise JudgeCallError("replay backend: no rule matches this sample and there is no default reply")
