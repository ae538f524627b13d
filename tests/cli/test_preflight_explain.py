"""Known failures get their fix next to them (rft_graders.preflight.explain)."""

from __future__ import annotations

import pytest

from rft_graders.preflight.explain import hint

CASES = [
    # (reason as the source reports it, words the fix must contain, why)
    ("NoCredentialsError: Unable to locate credentials", "aws sso login", "no credentials at all"),
    ("ClientError: The security token included in the request is expired", "log in again", "an old SSO session"),
    (
        "AccessDeniedException: User: arn:aws:iam::1:user/x is not authorized to perform: bedrock:InvokeModel",
        "lacks a permission",
        "IAM refuses the call",
    ),
    ("POST /chat/completions: HTTP 401: invalid api key", "--api-key-env", "the OpenAI-compatible key is refused"),
    (
        "POST https://x/v1/chat/completions: cannot reach the endpoint (Connection refused)",
        "--base-url",
        "nothing listens there",
    ),
    ("invoke failed: ResourceNotFoundException: Function not found: arn:...", "deployed name", "wrong function"),
    ("ThrottlingException: Too many requests", "--concurrency", "throttled"),
]


@pytest.mark.parametrize(("reason", "words", "why"), CASES, ids=[c[2] for c in CASES])
def test_known_failures_get_a_fix(reason: str, words: str, why: str) -> None:
    fix = hint(reason)
    assert fix is not None and words in fix


def test_unknown_failures_get_no_invented_fix() -> None:
    # a grader's own reason (a wrong answer's explanation) is not an infrastructure problem
    assert hint("math: the response has no final answer") is None
