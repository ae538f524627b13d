"""Any OpenAI-compatible ``/chat/completions`` endpoint, over the standard library.

Covers Bedrock's OpenAI-compatible endpoints (Bearer Bedrock API key) and self-hosted
servers (vLLM, SGLang, TGI, llama.cpp). The API key is looked up by the name the spec
gives (``api_key_env``; see :mod:`judge_grader.api_key`), never read from the spec, and is not sent
over plain ``http://`` except to a loopback address.

urllib opens a connection per call; next to a judge call of a second or more, a TLS
handshake is noise, and it keeps the function free of third-party HTTP code.
"""

from __future__ import annotations

import http.client
import json
import os
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from grader_core.urls import is_loopback_url
from judge_grader.backends.base import (
    JudgeCallError,
    JudgeReply,
    JudgeRequest,
    RetryableError,
    StopReason,
)

# A chat completion with a bounded max_tokens is a few kilobytes; anything near this is
# not a judge verdict.
MAX_BODY_BYTES = 1 << 20
_RETRY_STATUSES = frozenset({408, 409, 425, 500, 502, 503, 504, 529})
_FINISH_REASONS: dict[str, StopReason] = {"stop": "end", "length": "max_tokens", "content_filter": "refusal"}


@dataclass(frozen=True)
class OpenAIConfig:
    base_url: str
    model: str
    api_key_env: str | None = None


class OpenAICompatClient:
    """:class:`~judge_grader.backends.base.JudgeClient` for ``POST {base_url}/chat/completions``."""

    def __init__(self, config: OpenAIConfig, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.config = config
        self.url = config.base_url.rstrip("/") + "/chat/completions"
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if config.api_key_env:
            from judge_grader.api_key import api_key  # Secrets Manager when deployed, else the environment

            key = api_key(config.api_key_env, config.base_url, env)
            if self.url.startswith("http://") and not is_loopback_url(self.url):
                raise JudgeCallError("refusing to send an API key over plain http:// to a non-loopback host")
            self._headers["Authorization"] = f"Bearer {key}"
        # Loading the CA bundle costs tens of milliseconds: once per client, not per call.
        self._opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context()))

    def complete(self, request: JudgeRequest) -> JudgeReply:
        body: dict[str, Any] = {
            "model": self.config.model,
            "messages": [{"role": "system", "content": request.system}, {"role": "user", "content": request.user}],
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
        }
        if request.json_mode:
            body["response_format"] = {"type": "json_object"}
        http_request = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers=self._headers, method="POST"
        )
        try:
            with self._opener.open(http_request, timeout=max(request.timeout_s, 0.001)) as response:
                raw = response.read(MAX_BODY_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise classify_http_error(exc.code, exc.headers, _excerpt(exc)) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, ssl.SSLCertVerificationError):
                raise JudgeCallError(f"TLS verification failed: {exc.reason}") from exc
            raise RetryableError(f"cannot reach the judge endpoint: {exc.reason}") from exc
        except (TimeoutError, ConnectionError, http.client.HTTPException) as exc:
            raise RetryableError(f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc
        if len(raw) > MAX_BODY_BYTES:
            raise JudgeCallError(f"judge endpoint sent more than {MAX_BODY_BYTES} bytes")
        return parse_chat_completion(raw)


def classify_http_error(status: int, headers: Any, excerpt: str) -> JudgeCallError:
    message = f"HTTP {status}: {excerpt}".rstrip(": ")
    if status == 429:
        return RetryableError(message, throttled=True, retry_after=_retry_after(headers))
    if status in _RETRY_STATUSES or status >= 500:
        return RetryableError(message, retry_after=_retry_after(headers))
    return JudgeCallError(message)


def parse_chat_completion(raw: bytes) -> JudgeReply:
    try:
        payload = json.loads(raw)
        choice = payload["choices"][0]
        message = choice["message"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise JudgeCallError(f"not a chat completion: {raw[:200]!r}") from None
    usage = payload.get("usage") or {}
    refusal = message.get("refusal")
    finish = choice.get("finish_reason") or ""
    stop: StopReason = "refusal" if refusal else _FINISH_REASONS.get(finish, "other")
    content = message.get("content")
    return JudgeReply(
        text=content if isinstance(content, str) else "",
        stop=stop,
        input_tokens=_int_or_none(usage.get("prompt_tokens")),
        output_tokens=_int_or_none(usage.get("completion_tokens")),
        detail=str(refusal) if refusal else finish,
    )


def _retry_after(headers: Any) -> float | None:
    # Only the delta-seconds form; an HTTP date from a judge server is rare enough to ignore.
    try:
        value = float(headers.get("Retry-After", ""))
    except (TypeError, ValueError, AttributeError):
        return None
    return value if value >= 0 else None


def _excerpt(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read(300).decode("utf-8", "replace").strip()
    except Exception:  # the body is a courtesy for the error message, nothing more
        return ""


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
