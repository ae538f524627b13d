"""Judge backends behind one interface, and the per-execution-environment client cache.

- ``bedrock`` (default): Converse via boto3 ``bedrock-runtime``.
- ``openai``: any OpenAI-compatible chat-completions endpoint.
- ``replay``: canned replies, offline; for tests, demos and golden events only.

:func:`client_for` builds a backend's client the first time a spec needs it and keeps it
for the life of the execution environment: clients hold connection pools, CA bundles and
(for boto3) tens of milliseconds of setup, so they are made once, not per sample.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any

from judge_grader.backends.base import (
    JudgeCallError,
    JudgeClient,
    JudgeReply,
    JudgeRequest,
    RetryableError,
    StopReason,
)

__all__ = [
    "JudgeCallError",
    "JudgeClient",
    "JudgeReply",
    "JudgeRequest",
    "RetryableError",
    "StopReason",
    "client_for",
]

_clients: dict[str, JudgeClient] = {}
_lock = threading.Lock()


def client_for(backend: Mapping[str, Any], *, pool_size: int, read_timeout_s: float) -> JudgeClient:
    """The cached client for a validated ``backend`` spec; raises ``JudgeCallError``."""
    key = json.dumps([backend, pool_size, read_timeout_s], sort_keys=True)
    client = _clients.get(key)
    if client is None:
        with _lock:
            client = _clients.get(key)
            if client is None:
                client = _make(backend, pool_size, read_timeout_s)
                _clients[key] = client
    return client


def _make(backend: Mapping[str, Any], pool_size: int, read_timeout_s: float) -> JudgeClient:
    kind = backend.get("type", "bedrock")
    if kind == "bedrock":
        from judge_grader.backends.bedrock import BedrockConfig, BedrockConverseClient

        return BedrockConverseClient(
            BedrockConfig(
                model_id=backend.get("model_id"),
                region=backend.get("region"),
                endpoint_url=backend.get("endpoint_url"),
                read_timeout_s=read_timeout_s,
                max_pool_connections=pool_size,
            )
        )
    if kind == "openai":
        from judge_grader.backends.openai_compat import OpenAICompatClient, OpenAIConfig

        return OpenAICompatClient(
            OpenAIConfig(backend["base_url"], backend["model"], backend.get("api_key_env"), pool_size=pool_size)
        )
    if kind == "replay":
        from judge_grader.backends.replay import ReplayClient, ReplayRule

        default = backend.get("default")
        return ReplayClient(
            [ReplayRule.from_spec(rule) for rule in backend.get("rules", [])],
            ReplayRule.from_spec(default) if default is not None else None,
        )
    raise JudgeCallError(f"unknown judge backend {kind!r}")
