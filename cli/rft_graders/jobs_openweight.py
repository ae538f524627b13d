"""Open-weight RFT jobs on the OpenAI-compatible endpoint: request bodies and events.

``POST /v1/files`` (purpose ``fine-tune``), then ``POST /v1/fine_tuning/jobs`` with a
``reinforcement`` method whose grader is ``{"type": "lambda", "lambda": {"function":
ARN}}`` (contract §5). No ``roleArn`` here: the caller's own identity needs
``lambda:InvokeFunction`` on the grader.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rft_graders.jobs_nova import RequestError

DEFAULT_MODEL = "openai.gpt-oss-20b"
TERMINAL = frozenset({"succeeded", "failed", "cancelled"})
# The hyperparameters the contract documents; others are passed through with a warning.
HYPERPARAMETERS: dict[str, type] = {"n_epochs": int, "batch_size": int, "learning_rate_multiplier": float}
REWARD_KEYS = ("critic_rewards_mean", "rewards_mean", "reward_mean")
LENGTH_KEYS = ("response_length_mean",)


def parse_hyperparameters(pairs: list[str]) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name, raw = name.strip(), raw.strip()
        if not sep:
            raise RequestError(f"--hp {pair!r}: expected NAME=VALUE")
        kind = HYPERPARAMETERS.get(name)
        if kind is None:
            warnings.append(
                f"--hp {name}: not a documented hyperparameter ({', '.join(HYPERPARAMETERS)}); sent as given"
            )
            values[name] = _guess(raw)
            continue
        try:
            value = kind(raw)
        except ValueError:
            raise RequestError(f"--hp {name}: {raw!r} is not {'an integer' if kind is int else 'a number'}") from None
        if value <= 0:
            raise RequestError(f"--hp {name}: must be positive")
        values[name] = value
    return values, warnings


def _guess(raw: str) -> Any:
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            pass
    return raw


def job_body(
    *,
    model: str,
    training_file: str,
    lambda_arn: str,
    validation_file: str | None = None,
    hyperparameters: Mapping[str, Any] | None = None,
    suffix: str | None = None,
) -> dict[str, Any]:
    reinforcement: dict[str, Any] = {"grader": {"type": "lambda", "lambda": {"function": lambda_arn}}}
    if hyperparameters:
        reinforcement["hyperparameters"] = dict(hyperparameters)
    body: dict[str, Any] = {
        "training_file": training_file,
        "model": model,
        "method": {"type": "reinforcement", "reinforcement": reinforcement},
    }
    if validation_file:
        body["validation_file"] = validation_file
    if suffix:
        body["suffix"] = suffix
    return body


def describe(job: Mapping[str, Any]) -> list[tuple[str, str]]:
    rows = [
        ("job", str(job.get("id", ""))),
        ("status", str(job.get("status", "?"))),
        ("model", str(job.get("model", ""))),
    ]
    for key, label in (("fine_tuned_model", "output model"), ("created_at", "created"), ("finished_at", "finished")):
        if job.get(key):
            rows.append((label, str(job[key])))
    error = job.get("error")
    if isinstance(error, dict) and (error.get("message") or error.get("code")):
        rows.append(("failure", f"{error.get('code') or 'error'}: {error.get('message') or ''}".strip()))
    elif isinstance(error, str) and error:
        rows.append(("failure", error))
    return rows


def metric_row(event: Mapping[str, Any]) -> dict[str, float] | None:
    """The numbers of a metrics event (with ``step``), or ``None`` for other events."""
    data = event.get("data")
    if not isinstance(data, dict):
        return None
    numbers = {k: float(v) for k, v in data.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    if event.get("type") != "metrics" and not any(k in numbers for k in (*REWARD_KEYS, *LENGTH_KEYS)):
        return None
    if "step" not in numbers and isinstance(event.get("step"), (int, float)):
        numbers["step"] = float(event["step"])
    return numbers or None
