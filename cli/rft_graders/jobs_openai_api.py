"""The CLI's client for the OpenAI-compatible Bedrock endpoint, on the ``openai`` SDK.

Covers what the CLI needs from ``https://bedrock-mantle.<region>.api.aws/v1`` (contract
§5): ``POST /files``, ``POST /fine_tuning/jobs``, ``GET /fine_tuning/jobs/{id}`` and
``/events``, and ``POST /chat/completions`` for the preflight. Authentication is a Bearer
token (a Bedrock API key). The SDK brings retries with exponential backoff and jitter on
throttling and server errors, timeouts and multipart uploads; the CLI is not on any Lambda's
cold-start path, so its import cost does not matter here. Answers come back as plain dicts
(the SDK's models dumped with every field the endpoint sent, Bedrock's own extras included).
The base URL is configurable, which is also how tests point it at a loopback server.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

DEFAULT_REGION = "us-west-2"
# Parameters the SDK's fine_tuning.jobs.create names; the rest of a request body is sent as is.
_JOB_PARAMS = frozenset(
    {"model", "training_file", "validation_file", "method", "hyperparameters", "suffix", "seed", "metadata"}
)


def default_base_url(region: str = DEFAULT_REGION) -> str:
    return f"https://bedrock-mantle.{region}.api.aws/v1"


class ApiError(Exception):
    """The endpoint answered with an error, or could not be reached."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class OpenAIClient:
    """The endpoint's operations the CLI uses; every failure is an :class:`ApiError`."""

    def __init__(self, base_url: str, api_key: str | None = None, timeout_s: float = 60.0, attempts: int = 3) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key, self.timeout_s, self.attempts = api_key, timeout_s, attempts

    @cached_property
    def sdk(self) -> Any:
        import openai

        # The SDK refuses to start without a key; an endpoint that wants none gets a placeholder
        # and answers for itself (a 401 names the variable to set).
        return openai.OpenAI(
            base_url=self.base_url,
            api_key=self.api_key or "none",
            timeout=self.timeout_s,
            max_retries=max(0, self.attempts - 1),
        )

    def upload_file(self, path: str | Path, purpose: str = "fine-tune") -> dict[str, Any]:
        path = Path(path)
        return self._call("POST", "/files", lambda: self.sdk.files.create(file=path, purpose=purpose))

    def create_fine_tuning_job(self, body: dict[str, Any]) -> dict[str, Any]:
        named = {k: v for k, v in body.items() if k in _JOB_PARAMS}
        extra = {k: v for k, v in body.items() if k not in _JOB_PARAMS}
        return self._call(
            "POST", "/fine_tuning/jobs", lambda: self.sdk.fine_tuning.jobs.create(**named, extra_body=extra or None)
        )

    def get_fine_tuning_job(self, job_id: str) -> dict[str, Any]:
        return self._call("GET", f"/fine_tuning/jobs/{job_id}", lambda: self.sdk.fine_tuning.jobs.retrieve(job_id))

    def list_events(self, job_id: str, after: str | None = None, limit: int = 100) -> dict[str, Any]:
        """One page of events: ``{"data": [...], "has_more": bool}`` (follow ``after`` for more)."""

        def page() -> dict[str, Any]:
            options = {"limit": limit} | ({"after": after} if after else {})
            got = self.sdk.fine_tuning.jobs.list_events(job_id, **options)
            return {"data": [event.model_dump(warnings=False) for event in got.data], "has_more": bool(got.has_more)}

        return self._call("GET", f"/fine_tuning/jobs/{job_id}/events", page)

    def chat_completion(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/chat/completions", lambda: self.sdk.chat.completions.create(**body))

    def _call(self, method: str, path: str, send: Any) -> dict[str, Any]:
        import openai

        try:
            answer = send()
        except openai.APIStatusError as exc:
            raise ApiError(f"{method} {path}: HTTP {exc.status_code}: {_message(exc)}", exc.status_code) from None
        except openai.APIConnectionError as exc:
            cause = exc.__cause__ or exc
            raise ApiError(f"{method} {self.base_url}{path}: cannot reach the endpoint ({cause})") from None
        except openai.APIResponseValidationError as exc:
            raise ApiError(f"{method} {path}: the answer is not what the API defines ({exc})") from None
        # Bedrock sends fields the SDK does not model (a `lambda` grader): keep them, quietly.
        return answer if isinstance(answer, dict) else answer.model_dump(warnings=False)


def _message(exc: Any) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return inner["message"]
        if isinstance(body.get("message"), str):
            return body["message"]
    return str(exc.message)[:300]
