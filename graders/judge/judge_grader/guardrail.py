"""A second injection screen: Amazon Bedrock Guardrails' prompt-attack filter (optional).

The rule screen (:mod:`judge_grader.screen`) reads what it was written to read. A Bedrock
guardrail with a *prompt attack* content filter is a model trained for the same question
and maintained by AWS; where one is configured, every response the rule screen let through
is also sent to ``ApplyGuardrail`` (``source="INPUT"``, the response marked as guard
content) before any judge call. An intervention scores the response 0 with metric
``injection`` = 1 and the filter's verdict in the reason.

Configured by the spec (``"guardrail": {"id": "...", "version": "1"}``) or, for every spec
of the function, by the template parameters ``JudgeGuardrailId`` / ``JudgeGuardrailVersion``
(environment ``JUDGE_GUARDRAIL_ID`` / ``JUDGE_GUARDRAIL_VERSION``); the function's role may
call ``bedrock:ApplyGuardrail`` on that one guardrail only. A failed guardrail call is an
error status for the sample (the screen fails closed), retried like judge calls.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge_grader.backends.base import JudgeCallError, RetryableError
from judge_grader.backends.bedrock import BedrockConfig, classify_client_error, runtime_client

# ApplyGuardrail bills per 1000 characters and limits text units per request; a response
# beyond this is screened on its head and tail, where injections go.
MAX_CHARS = 25_000


@dataclass(frozen=True)
class GuardrailSpec:
    id: str | None = None
    version: str | None = None
    region: str | None = None


def resolve(spec: GuardrailSpec | None, env: Mapping[str, str] | None = None) -> GuardrailSpec | None:
    """The guardrail to apply: the spec's, else the function's (environment), else none."""
    env = os.environ if env is None else env
    ident = (spec.id if spec else None) or env.get("JUDGE_GUARDRAIL_ID", "").strip()
    if not ident:
        return None
    version = (spec.version if spec else None) or env.get("JUDGE_GUARDRAIL_VERSION", "").strip() or "DRAFT"
    return GuardrailSpec(ident, version, spec.region if spec else None)


class GuardrailScreen:
    """``check(text)``: the reason the guardrail intervened, or ``None``."""

    def __init__(self, spec: GuardrailSpec, runtime: Any = None, env: Mapping[str, str] | None = None) -> None:
        self.spec = spec
        self._runtime = runtime
        self._env = env

    def check(self, text: str) -> str | None:
        from botocore.exceptions import BotoCoreError, ClientError, ConnectionError, HTTPClientError

        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS // 2] + "\n...\n" + text[-MAX_CHARS // 2 :]
        try:
            runtime = self._runtime or runtime_client(BedrockConfig(region=self.spec.region), self._env)
            response = runtime.apply_guardrail(
                guardrailIdentifier=self.spec.id,
                guardrailVersion=self.spec.version,
                source="INPUT",
                content=[{"text": {"text": text, "qualifiers": ["guard_content"]}}],
            )
        except ClientError as exc:
            raise classify_client_error(exc) from exc
        except (ConnectionError, HTTPClientError) as exc:
            raise RetryableError(f"guardrail: {type(exc).__name__}: {exc}") from exc
        except BotoCoreError as exc:
            raise JudgeCallError(f"guardrail: {type(exc).__name__}: {exc}") from exc
        if response.get("action") != "GUARDRAIL_INTERVENED":
            return None
        return f"guardrail {self.spec.id}:{self.spec.version} intervened ({_what(response)})"


def _what(response: Mapping[str, Any]) -> str:
    found = []
    for assessment in response.get("assessments", []):
        for policy, entries in (
            ("content", assessment.get("contentPolicy", {}).get("filters", [])),
            ("topic", assessment.get("topicPolicy", {}).get("topics", [])),
            ("word", assessment.get("wordPolicy", {}).get("customWords", [])),
        ):
            for entry in entries:
                label = entry.get("type") or entry.get("name") or entry.get("match") or policy
                confidence = entry.get("confidence")
                found.append(f"{label} {confidence}".strip() if confidence else str(label))
    return ", ".join(found) or "no assessment details"
