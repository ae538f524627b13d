"""Embedding clients for ``cosine``: Amazon Titan Text Embeddings on Bedrock, or any
OpenAI-compatible ``/embeddings`` endpoint.

Both are injected into the grader (tests pass a botocore-stubbed client or a loopback
server's URL); boto3 is imported on the first Bedrock call, never at import time. The
function's role may call ``bedrock:InvokeModel`` on the one embedding model only
(template.yaml). The API key of an OpenAI-compatible endpoint is read from the
environment variable the spec names, never from the spec, and is not sent over plain
``http://`` except to a loopback address.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any, Protocol

from grader_core.errors import SampleError, SpecError
from grader_core.urls import is_loopback_url

DEFAULT_TITAN_MODEL = "amazon.titan-embed-text-v2:0"
MAX_BODY_BYTES = 8 << 20
# Titan v2 takes up to 8,192 tokens (~50,000 characters); longer text is an error there,
# so a response is cut here first: a policy must not turn length into grader errors.
MAX_CHARS = 40_000


class Embedder(Protocol):
    def embed(self, texts: list[str], timeout_s: float) -> list[list[float]]: ...


class BedrockEmbeddings:
    """Titan Text Embeddings through ``bedrock-runtime`` ``InvokeModel`` (one text per call)."""

    def __init__(
        self,
        model_id: str = DEFAULT_TITAN_MODEL,
        dimensions: int | None = None,
        region: str | None = None,
        client: Any = None,
    ) -> None:
        self.model_id = model_id
        self.dimensions = dimensions
        self.region = region
        self._client = client
        self._lock = threading.Lock()

    @property
    def client(self) -> Any:
        if self._client is None:
            with self._lock:
                if self._client is None:
                    import boto3
                    from botocore.config import Config

                    self._client = boto3.session.Session().client(
                        "bedrock-runtime",
                        region_name=self.region or os.environ.get("EMBEDDING_REGION") or None,
                        config=Config(retries={"total_max_attempts": 3, "mode": "standard"}, read_timeout=20),
                    )
        return self._client

    def embed(self, texts: list[str], timeout_s: float) -> list[list[float]]:
        return [self._one(text[:MAX_CHARS]) for text in texts]

    def _one(self, text: str) -> list[float]:
        from botocore.exceptions import BotoCoreError, ClientError

        body: dict[str, Any] = {"inputText": text}
        # Titan v2 takes dimensions and normalize; v1 rejects any key but inputText.
        if "embed-text-v2" in self.model_id:
            body["normalize"] = True
            if self.dimensions:
                body["dimensions"] = self.dimensions
        try:
            reply = self.client.invoke_model(
                modelId=self.model_id, body=json.dumps(body), contentType="application/json", accept="application/json"
            )
            payload = json.loads(reply["body"].read())
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "ClientError")
            raise SampleError(
                f"embedding call failed: {code}: {exc.response.get('Error', {}).get('Message', '')}"
            ) from exc
        except (BotoCoreError, ValueError) as exc:
            raise SampleError(f"embedding call failed: {exc}") from exc
        return _vector(payload.get("embedding") if isinstance(payload, dict) else None)


class OpenAIEmbeddings:
    """``POST {base_url}/embeddings`` with both texts in one request."""

    def __init__(self, base_url: str, model: str, api_key_env: str | None = None, env: Mapping[str, str] | None = None):
        env = os.environ if env is None else env
        self.url = base_url.rstrip("/") + "/embeddings"
        self.model = model
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key_env:
            key = env.get(api_key_env, "").strip()
            if not key:
                raise SpecError(f"spec.embedding.api_key_env: environment variable {api_key_env} is not set or empty")
            if self.url.startswith("http://") and not is_loopback_url(self.url):
                raise SpecError("spec.embedding.base_url: refusing to send an API key over plain http://")
            self.headers["Authorization"] = f"Bearer {key}"

    def embed(self, texts: list[str], timeout_s: float) -> list[list[float]]:
        body = json.dumps({"model": self.model, "input": [text[:MAX_CHARS] for text in texts]}).encode()
        request = urllib.request.Request(self.url, data=body, headers=self.headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=max(timeout_s, 0.001)) as reply:
                raw = reply.read(MAX_BODY_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise SampleError(f"embedding endpoint: HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise SampleError(f"embedding endpoint unreachable: {exc}") from exc
        if len(raw) > MAX_BODY_BYTES:
            raise SampleError("embedding endpoint: reply too large")
        try:
            data = sorted(json.loads(raw)["data"], key=lambda item: item["index"])
            vectors = [_vector(item["embedding"]) for item in data]
        except (ValueError, KeyError, TypeError) as exc:
            raise SampleError(f"embedding endpoint: not an embeddings reply ({exc})") from None
        if len(vectors) != len(texts):
            raise SampleError(f"embedding endpoint: {len(vectors)} vectors for {len(texts)} texts")
        return vectors


def _vector(value: Any) -> list[float]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in value)
    ):
        raise SampleError("embedding reply holds no vector of numbers")
    return [float(x) for x in value]
