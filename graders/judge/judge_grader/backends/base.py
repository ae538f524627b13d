"""What every judge backend speaks: one request in, one reply out, or a typed failure.

    JudgeCallError            the call failed; not worth repeating (bad request, access denied)
    └── RetryableError        throttling, server errors, timeouts, dropped connections
                              (``throttled`` says which; ``retry_after`` is the server's hint)

A backend never retries by itself: :mod:`judge_grader.retry` owns the retry budget, so
that every attempt and every pause fits inside the sample's remaining Lambda time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

# Why the judge stopped, normalised across providers.
StopReason = Literal["end", "max_tokens", "refusal", "other"]


@dataclass(frozen=True)
class JudgeRequest:
    """One judge call: a system prompt, one user turn, fixed decoding settings.

    ``timeout_s`` is the time this attempt may take (already cut to the sample's remaining
    budget). ``inputs`` holds the unframed texts the prompt was built from (response,
    reference, ...); only the offline replay backend reads them, to pick its canned reply.
    """

    system: str
    user: str
    max_tokens: int
    timeout_s: float
    temperature: float = 0.0
    json_mode: bool = False
    inputs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class JudgeReply:
    """The judge's text plus what the provider said about it.

    Token counts are ``None`` when the provider did not report them (some self-hosted
    servers); they are never guessed.
    """

    text: str
    stop: StopReason = "end"
    input_tokens: int | None = None
    output_tokens: int | None = None
    detail: str = ""  # provider's own stop reason or refusal text, for the error message


@runtime_checkable
class JudgeClient(Protocol):
    """The injected client interface. Implementations must be thread-safe."""

    def complete(self, request: JudgeRequest) -> JudgeReply: ...


class JudgeCallError(Exception):
    """A judge call failed in a way that repeating it will not fix."""


class RetryableError(JudgeCallError):
    """A judge call failed in a way that may pass on a later attempt."""

    def __init__(self, message: str, *, throttled: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.throttled = throttled
        self.retry_after = retry_after
