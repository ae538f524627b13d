"""The API key of an OpenAI-compatible judge: from Secrets Manager when deployed, else the environment.

A deployed function gets the secret's ARN (template parameter ``JudgeApiKeySecretArn`` ->
``JUDGE_API_KEY_SECRET_ARN``), never the key: the secret is read once per execution
environment, at init (:func:`prefetch`), and kept in memory. Its value is the key itself, or
a JSON object of keys looked up by the spec's ``api_key_env`` name; an optional
``"base_url"`` entry binds the key to that endpoint, so a spec naming another URL (a sample's
own ``grader`` field, say) cannot have the key sent there. Without a secret ARN (local runs,
tests) the key is the environment variable ``api_key_env`` names, as before.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from typing import Any

from judge_grader.backends.base import JudgeCallError

SECRET_ARN_ENV = "JUDGE_API_KEY_SECRET_ARN"
BASE_URL_ENTRY = "base_url"
# Rotation reaches new execution environments; a warm one keeps the key it started with.
_MAX_AGE_S = 365 * 24 * 3600

_lock = threading.Lock()
_secrets: dict[str, str] = {}


def api_key(name: str, base_url: str, env: Mapping[str, str] | None = None) -> str:
    """The key for the spec's ``api_key_env`` ``name``, to be sent to ``base_url``; raises ``JudgeCallError``."""
    env = os.environ if env is None else env
    arn = env.get(SECRET_ARN_ENV, "").strip()
    if not arn:
        key = env.get(name, "").strip()
        if not key:
            raise JudgeCallError(
                f"environment variable {name} (spec.backend.api_key_env) is not set or empty; a deployed "
                "function reads keys from the secret named by the template parameter JudgeApiKeySecretArn"
            )
        return key
    return key_from_secret(secret_string(arn, env), name, base_url, arn)


def prefetch(env: Mapping[str, str] | None = None, client: Any = None) -> None:
    """Read the configured secret now (Lambda init), so a wrong ARN or missing permission fails loudly."""
    env = os.environ if env is None else env
    arn = env.get(SECRET_ARN_ENV, "").strip()
    if arn:
        secret_string(arn, env, client)


def secret_string(arn: str, env: Mapping[str, str], client: Any = None) -> str:
    with _lock:
        if arn not in _secrets:
            _secrets[arn] = _fetch(arn, env, client)
        return _secrets[arn]


def key_from_secret(secret: str, name: str, base_url: str, arn: str) -> str:
    text = secret.strip()
    if not text.startswith("{"):
        if not text:
            raise JudgeCallError(f"secret {arn} ({SECRET_ARN_ENV}) is empty")
        return text
    try:
        entries = json.loads(text)
    except ValueError:
        raise JudgeCallError(f"secret {arn} starts with '{{' but is not a JSON object of keys") from None
    if not isinstance(entries, dict):
        raise JudgeCallError(f"secret {arn} is JSON but not an object of keys")
    bound = entries.get(BASE_URL_ENTRY)
    if isinstance(bound, str) and bound.rstrip("/") != base_url.rstrip("/"):
        raise JudgeCallError(
            f"secret {arn} binds its key to {bound!r}; spec.backend.base_url {base_url!r} is another endpoint"
        )
    key = entries.get(name)
    if not isinstance(key, str) or not key.strip():
        names = ", ".join(sorted(k for k in entries if k != BASE_URL_ENTRY)) or "none"
        raise JudgeCallError(f"secret {arn} has no key {name!r} (spec.backend.api_key_env); its keys: {names}")
    return key.strip()


def _fetch(arn: str, env: Mapping[str, str], client: Any) -> str:
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    parts = arn.split(":")
    if len(parts) < 7 or parts[2] != "secretsmanager":
        raise JudgeCallError(f"{SECRET_ARN_ENV}={arn!r} is not a Secrets Manager secret ARN")
    if region and parts[3] != region:
        raise JudgeCallError(
            f"{SECRET_ARN_ENV}: the secret is in {parts[3]}, this function in {region}; "
            "replicate the secret to this region and pass that ARN as JudgeApiKeySecretArn"
        )
    from aws_lambda_powertools.utilities.parameters import SecretsProvider
    from aws_lambda_powertools.utilities.parameters.exceptions import GetParameterError

    try:
        value = SecretsProvider(boto3_client=client).get(arn, max_age=_MAX_AGE_S)
    except GetParameterError as exc:
        raise JudgeCallError(
            f"cannot read secret {arn} ({SECRET_ARN_ENV}): {exc}; the function's role may read only the "
            "secret named by JudgeApiKeySecretArn, so deploy with the ARN it should read"
        ) from None
    if isinstance(value, bytes):
        raise JudgeCallError(f"secret {arn} holds binary data; store the key as a string (SecretString)")
    return str(value)


def _forget() -> None:
    """For tests: drop cached secrets."""
    with _lock:
        _secrets.clear()
