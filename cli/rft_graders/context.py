"""A Lambda-like context object for in-process invocations."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from rft_graders.project import PSEUDO_PARAMETERS, Function


@dataclass
class LocalContext:
    """Quacks like ``awslambdaric``'s ``LambdaContext``, with a real deadline."""

    function_name: str
    memory_limit_in_mb: int
    timeout_s: float
    region: str = PSEUDO_PARAMETERS["AWS::Region"]
    function_version: str = "$LATEST"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = "local"
    _deadline: float = 0.0

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_s
        self.log_group_name = self.log_group_name or f"/aws/lambda/{self.function_name}"

    @property
    def invoked_function_arn(self) -> str:
        account = PSEUDO_PARAMETERS["AWS::AccountId"]
        return f"arn:aws:lambda:{self.region}:{account}:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))

    @classmethod
    def for_function(cls, fn: Function, timeout_s: float | None = None) -> LocalContext:
        return cls(fn.logical_id, fn.memory, float(timeout_s if timeout_s is not None else fn.timeout))
