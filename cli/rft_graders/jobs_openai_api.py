"""A small client for the OpenAI-compatible Bedrock endpoint (stdlib ``urllib`` only).

Covers what the CLI needs from ``https://bedrock-mantle.<region>.api.aws/v1`` (contract
§5): ``POST /files``, ``POST /fine_tuning/jobs``, ``GET /fine_tuning/jobs/{id}`` and
``/events``, and ``POST /chat/completions`` for the preflight. Authentication is a Bearer
token (a Bedrock API key); SigV4 is not implemented. The base URL is configurable, which
is also how tests point it at a loopback server.
"""

from __future__ import annotations

import json
import mimetypes
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib import error, parse, request

DEFAULT_REGION = "us-west-2"
# Answers worth one more try: throttling and transient server trouble.
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def default_base_url(region: str = DEFAULT_REGION) -> str:
    return f"https://bedrock-mantle.{region}.api.aws/v1"


class ApiError(Exception):
    """The endpoint answered with an error, or could not be reached."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class OpenAIClient:
    base_url: str
    api_key: str | None = None
    timeout_s: float = 60.0
    attempts: int = 3
    retry_wait_s: float = 1.0

    def request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        raw: tuple[bytes, str] | None = None,
    ) -> dict[str, Any]:
        """Send one request; JSON in, JSON out. ``raw`` is ``(bytes, content type)``."""
        url = self.base_url.rstrip("/") + path
        if query:
            url += "?" + parse.urlencode({k: v for k, v in query.items() if v is not None})
        headers = {"Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = None
        if raw is not None:
            data, headers["Content-Type"] = raw
        elif body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        for attempt in range(1, self.attempts + 1):
            try:
                with request.urlopen(
                    request.Request(url, data, headers, method=method), timeout=self.timeout_s
                ) as resp:
                    payload = resp.read()
                return json.loads(payload) if payload else {}
            except error.HTTPError as exc:
                detail = _error_message(exc.read())
                if exc.code in RETRY_STATUS and attempt < self.attempts:
                    time.sleep(self.retry_wait_s * attempt)
                    continue
                raise ApiError(f"{method} {path}: HTTP {exc.code}: {detail}", exc.code) from None
            except (error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt < self.attempts:
                    time.sleep(self.retry_wait_s * attempt)
                    continue
                reason = getattr(exc, "reason", exc)
                raise ApiError(f"{method} {url}: cannot reach the endpoint ({reason})") from None
            except ValueError:
                raise ApiError(f"{method} {path}: the answer is not JSON") from None
        raise AssertionError("unreachable")

    def upload_file(self, path: str | Path, purpose: str = "fine-tune") -> dict[str, Any]:
        """``POST /files`` as multipart/form-data with ``purpose`` and ``file``."""
        path = Path(path)
        boundary = f"rft-graders-{uuid.uuid4().hex}"
        content_type = mimetypes.guess_type(path.name)[0] or "application/jsonl"
        body = b"".join(
            [
                f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\n{purpose}\r\n'.encode(),
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n".encode(),
                path.read_bytes(),
                f"\r\n--{boundary}--\r\n".encode(),
            ]
        )
        return self.request("POST", "/files", raw=(body, f"multipart/form-data; boundary={boundary}"))

    def create_fine_tuning_job(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", "/fine_tuning/jobs", body)

    def get_fine_tuning_job(self, job_id: str) -> dict[str, Any]:
        return self.request("GET", f"/fine_tuning/jobs/{parse.quote(job_id, safe='')}")

    def list_events(self, job_id: str, after: str | None = None, limit: int = 100) -> dict[str, Any]:
        return self.request(
            "GET", f"/fine_tuning/jobs/{parse.quote(job_id, safe='')}/events", query={"after": after, "limit": limit}
        )

    def chat_completion(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", "/chat/completions", body)


def _error_message(payload: bytes) -> str:
    try:
        data = json.loads(payload)
    except ValueError:
        return payload.decode("utf-8", "replace")[:300] or "(no body)"
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return err["message"]
        if isinstance(data.get("message"), str):
            return data["message"]
    return json.dumps(data)[:300]
