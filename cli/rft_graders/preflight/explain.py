"""What to do about a failure: known error signatures mapped to the fix.

A preflight that fails on every rollout must say why where the user looks (the screen,
``summary.json``, the report), not only inside ``rollouts.jsonl``. The reasons themselves
come from botocore, the OpenAI-compatible client and the graders; this module adds the
one line a user needs next to the most common ones.
"""

from __future__ import annotations

import re
from typing import Any

from rft_graders.preflight.stats import Summary

# (pattern over the reason, the fix). First match wins; keep the specific ones first.
_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), fix)
    for pattern, fix in (
        (
            r"NoCredentialsError|Unable to locate credentials",
            "no AWS credentials: run `aws configure` or `aws sso login`, or export AWS_PROFILE "
            "(or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
        ),
        (
            r"ExpiredToken|security token included in the request is (expired|invalid)",
            "the AWS session has expired or is invalid: log in again (`aws sso login`) and retry",
        ),
        (
            r"AccessDenied|not authorized to perform",
            "the AWS identity lacks a permission: the message names the action (e.g. bedrock:InvokeModel "
            "for --bedrock-model, lambda:InvokeFunction for --lambda)",
        ),
        (
            r"model identifier is invalid|ValidationException.*model|on-demand throughput isn.t supported",
            "check the model id and region: some models need an inference profile id "
            "(e.g. us.amazon.nova-pro-v1:0) or model access enabled in the Bedrock console",
        ),
        (
            r"ResourceNotFoundException.*Function not found|Function not found",
            "no such function in this region: pass the deployed name or ARN (see the stack outputs) and --region",
        ),
        (
            r"HTTP 401|Unauthorized|invalid api key|Incorrect API key",
            "the endpoint refused the API key: export it in the variable named by --api-key-env "
            "(default AWS_BEARER_TOKEN_BEDROCK)",
        ),
        (r"HTTP 403", "the endpoint refused the request (403): the key lacks access to this model or operation"),
        (r"HTTP 404", "the endpoint has no such path or model: check --base-url (it should end in /v1) and the model"),
        (r"HTTP 429|Throttl|TooManyRequests", "throttled: lower --concurrency, or ask for a higher quota"),
        (
            r"cannot reach the endpoint|Could not connect|EndpointConnectionError|Connection refused|Name or service",
            "the endpoint cannot be reached: check --base-url / --endpoint-url and --region, and the network",
        ),
        (
            r"Read timeout|timed out",
            "the call timed out: a slow model or function; raise --function-timeout or lower --batch-size",
        ),
    )
)


def hint(reason: str) -> str | None:
    """The fix for a known failure, or ``None``."""
    for pattern, fix in _HINTS:
        if pattern.search(reason):
            return fix
    return None


def failure_reasons(s: Summary) -> list[dict[str, Any]]:
    """Every counted failure with its count and, where known, the fix."""
    return [
        {"kind": kind, "reason": reason, "count": count, "fix": hint(reason)}
        for kind, reasons in (
            ("generation", s.top_generation_errors),
            ("grader", s.top_error_reasons),
            ("skipped", s.top_skip_reasons),
            ("scored the minimum", s.top_zero_reasons),
        )
        for reason, count in reasons
    ]
