"""Runner configuration: keyword argument -> environment variable -> default."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

# Environment variable for each field; template.yaml parameters set these.
ENV_NAMES = {
    "score_min": "SCORE_MIN",
    "score_max": "SCORE_MAX",
    "error_score": "ERROR_SCORE",
    "skip_score": "SKIP_SCORE",
    "sample_timeout_s": "SAMPLE_TIMEOUT_SECONDS",
    "deadline_margin_s": "DEADLINE_MARGIN_SECONDS",
    "max_response_chars": "MAX_RESPONSE_CHARS",
}


@dataclass(frozen=True)
class RunnerConfig:
    """How the batch runner turns grader verdicts into rewards.

    A grader scores on 0..1; the runner maps that linearly onto ``[score_min, score_max]``
    and clamps. ``error_score`` and ``skip_score`` are given on the output scale and default
    to ``score_min``, so a failure never earns more than the worst real answer.
    """

    score_min: float = 0.0
    score_max: float = 1.0
    error_score: float | None = None
    skip_score: float | None = None
    # Upper bound per sample; the runner also shares the remaining batch time fairly.
    sample_timeout_s: float = 30.0
    # Time kept back from the Lambda deadline for encoding the response and logging.
    deadline_margin_s: float = 1.0
    # A response longer than this is an error, not a 30-second sympy parse.
    max_response_chars: int = 1_000_000

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and (not math.isfinite(value)):
                raise ValueError(f"{f.name} must be finite, got {value!r}")
        if not self.score_min < self.score_max:
            raise ValueError(f"score_min ({self.score_min}) must be below score_max ({self.score_max})")
        for name in ("error_score", "skip_score"):
            value = getattr(self, name)
            if value is not None and not self.score_min <= value <= self.score_max:
                raise ValueError(f"{name} ({value}) must lie in [{self.score_min}, {self.score_max}]")
        if self.sample_timeout_s <= 0 or self.deadline_margin_s < 0 or self.max_response_chars <= 0:
            raise ValueError("sample_timeout_s and max_response_chars must be positive, deadline_margin_s >= 0")

    @property
    def error_reward(self) -> float:
        return self.score_min if self.error_score is None else self.error_score

    @property
    def skip_reward(self) -> float:
        return self.score_min if self.skip_score is None else self.skip_score

    def to_reward(self, value: float) -> float:
        """Map a 0..1 grader value onto the output range, clamped."""
        reward = self.score_min + value * (self.score_max - self.score_min)
        return min(self.score_max, max(self.score_min, reward))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> RunnerConfig:
        """Build from ``overrides``, then environment variables, then defaults.

        A variable that is set but not a number raises ``ValueError`` naming it: a typo in
        a template parameter must fail the deployment's first call, not shift rewards.
        """
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for name, var in ENV_NAMES.items():
            if name in overrides:
                values[name] = overrides[name]
                continue
            raw = env.get(var, "").strip()
            if not raw:
                continue
            try:
                values[name] = int(raw) if name == "max_response_chars" else float(raw)
            except ValueError:
                raise ValueError(f"environment variable {var}={raw!r} is not a number") from None
        return cls(**values)
