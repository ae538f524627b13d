"""Amazon Bedrock Converse through boto3's ``bedrock-runtime`` client (the default backend).

``model_id`` may be a foundation-model id (``amazon.nova-pro-v1:0``), an inference
profile id (``us.amazon.nova-pro-v1:0``) or any model / inference-profile ARN; Converse
accepts all of them. Left out of the spec, it and the region come from the function's
environment (``JUDGE_INFERENCE_PROFILE_ARN`` if set, else ``JUDGE_MODEL_ID``; region from
``JUDGE_REGION`` or the function's own), which template.yaml sets from the same parameters
that scope the role's ``bedrock:InvokeModel`` permission.

boto3 is imported on the first call, never at import time: a cold start that only
validates specs or replays canned verdicts does not pay ~150 ms for it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge_grader.backends.base import JudgeCallError, JudgeReply, JudgeRequest, RetryableError, StopReason

# Error codes worth another attempt. ModelNotReady is Bedrock's "warming up, come back".
THROTTLE_CODES = frozenset({"ThrottlingException", "ModelNotReadyException", "TooManyRequestsException"})
TRANSIENT_CODES = frozenset(
    {"InternalServerException", "ServiceUnavailableException", "ModelTimeoutException", "ModelErrorException"}
)

_STOP_REASONS: dict[str, StopReason] = {
    "end_turn": "end",
    # The judge is sent no stop sequences, so stopping at one is not a finished verdict.
    "max_tokens": "max_tokens",
    "guardrail_intervened": "refusal",
    "content_filtered": "refusal",
}

# One boto3 client per execution environment and configuration: creating one costs tens of
# milliseconds and a connection pool, and clients are thread-safe for calls.
_clients: dict[tuple[Any, ...], Any] = {}
_clients_lock = threading.Lock()


@dataclass(frozen=True)
class BedrockConfig:
    model_id: str | None = None
    region: str | None = None
    endpoint_url: str | None = None
    connect_timeout_s: float = 5.0
    # botocore fixes the read timeout per client, so it cannot follow each sample's
    # remaining time; the retry loop never starts an attempt it could not finish instead.
    read_timeout_s: float = 30.0
    max_pool_connections: int = 16


def runtime_client(config: BedrockConfig, env: Mapping[str, str] | None = None) -> Any:
    """The cached ``bedrock-runtime`` client for ``config`` (created on first use)."""
    region = resolve_region(config, env)
    key = (region, config.endpoint_url, config.connect_timeout_s, config.read_timeout_s, config.max_pool_connections)
    client = _clients.get(key)
    if client is not None:
        return client
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            import boto3
            from botocore.config import Config

            client = boto3.session.Session().client(
                "bedrock-runtime",
                region_name=region,
                endpoint_url=config.endpoint_url,
                config=Config(
                    # One attempt per call: judge_grader.retry decides about the next one.
                    retries={"total_max_attempts": 1, "mode": "standard"},
                    connect_timeout=config.connect_timeout_s,
                    read_timeout=config.read_timeout_s,
                    max_pool_connections=config.max_pool_connections,
                ),
            )
            _clients[key] = client
    return client


def resolve_region(config: BedrockConfig, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    for candidate in (config.region, env.get("JUDGE_REGION"), env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION")):
        if candidate:
            return candidate
    raise JudgeCallError("no AWS region for the judge: set spec.backend.region, JUDGE_REGION or AWS_REGION")


def resolve_model_id(config: BedrockConfig, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    # The profile wins over the bare model: template.yaml grants the role both in that case.
    for candidate in (config.model_id, env.get("JUDGE_INFERENCE_PROFILE_ARN"), env.get("JUDGE_MODEL_ID")):
        if candidate and candidate.strip():
            return candidate.strip()
    raise JudgeCallError(
        "no judge model: set spec.backend.model_id, or JUDGE_MODEL_ID / JUDGE_INFERENCE_PROFILE_ARN in the environment"
    )


class BedrockConverseClient:
    """:class:`~judge_grader.backends.base.JudgeClient` over Bedrock Converse.

    ``runtime`` injects a ready ``bedrock-runtime`` client (tests pass one wrapped in
    botocore's ``Stubber``); otherwise the shared cached client is used.
    """

    def __init__(self, config: BedrockConfig, runtime: Any = None, env: Mapping[str, str] | None = None) -> None:
        self.config = config
        self._runtime = runtime
        self._env = env

    def complete(self, request: JudgeRequest) -> JudgeReply:
        from botocore.exceptions import BotoCoreError, ClientError, ConnectionError, HTTPClientError

        model_id = resolve_model_id(self.config, self._env)
        runtime = self._runtime if self._runtime is not None else self._shared_runtime()
        try:
            response = runtime.converse(
                modelId=model_id,
                system=[{"text": request.system}],
                messages=[{"role": "user", "content": [{"text": request.user}]}],
                inferenceConfig={"maxTokens": request.max_tokens, "temperature": request.temperature},
            )
        except ClientError as exc:
            raise classify_client_error(exc) from exc
        except (ConnectionError, HTTPClientError) as exc:
            # Read/connect timeouts and dropped connections: the service may be fine next time.
            raise RetryableError(f"{type(exc).__name__}: {exc}") from exc
        except BotoCoreError as exc:  # no credentials, bad parameters: repeating will not help
            raise JudgeCallError(f"{type(exc).__name__}: {exc}") from exc
        return parse_converse_response(response)

    def _shared_runtime(self) -> Any:
        try:
            return runtime_client(self.config, self._env)
        except JudgeCallError:
            raise
        except Exception as exc:  # botocore's NoRegionError and friends, at client creation
            raise JudgeCallError(f"cannot create the bedrock-runtime client: {type(exc).__name__}: {exc}") from exc


def classify_client_error(exc: Any) -> JudgeCallError:
    """Map a botocore ``ClientError`` onto retryable / throttled / final."""
    error = exc.response.get("Error", {})
    code = error.get("Code", "Unknown")
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
    message = f"{code}: {error.get('Message', '')}".rstrip(": ")
    if code in THROTTLE_CODES or status == 429:
        return RetryableError(message, throttled=True)
    if code in TRANSIENT_CODES or status >= 500:
        return RetryableError(message)
    return JudgeCallError(message)


def parse_converse_response(response: Mapping[str, Any]) -> JudgeReply:
    content = response.get("output", {}).get("message", {}).get("content", [])
    # Reasoning blocks (reasoningContent) are the judge's scratchpad, not its verdict.
    text = "".join(block["text"] for block in content if isinstance(block.get("text"), str))
    raw_stop = response.get("stopReason", "")
    usage = response.get("usage") or {}
    return JudgeReply(
        text=text,
        stop=_STOP_REASONS.get(raw_stop, "other"),
        input_tokens=usage.get("inputTokens"),
        output_tokens=usage.get("outputTokens"),
        detail=raw_stop,
    )
