"""The data model: what goes into a grader and what comes out."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from typing import Any, Literal

MetricType = Literal["Reward", "Metric"]


class Status(enum.StrEnum):
    """Three outcomes, never two: a crash is not a wrong answer."""

    OK = "ok"
    SKIPPED = "skipped"
    ERROR = "error"


def _require_finite(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}")
    return value


@dataclass(frozen=True)
class Metric:
    """One named number in ``metrics_list``.

    ``Reward`` marks a component of the reward, ``Metric`` a diagnostic.
    NaN and infinities are rejected at construction, so they can never reach the wire.
    """

    name: str
    value: float
    type: MetricType = "Metric"

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise ValueError("metric name must be a non-empty string")
        if self.type not in ("Reward", "Metric"):
            raise ValueError(f"metric type must be 'Reward' or 'Metric', got {self.type!r}")
        object.__setattr__(self, "value", _require_finite(f"metric {self.name!r}", self.value))

    @classmethod
    def reward(cls, name: str, value: float) -> Metric:
        return cls(name, value, "Reward")

    def prefixed(self, prefix: str) -> Metric:
        return Metric(f"{prefix}.{self.name}", self.value, self.type)


@dataclass(frozen=True)
class Score:
    """A grader's verdict on one sample.

    ``value`` is on the grader's natural scale, 0 (worst) to 1 (best); the runner maps it
    onto the configured output range. It is ``None`` exactly when the status is not ok.
    Build failures with :meth:`skipped` / :meth:`error` (or raise ``SkipSample`` /
    ``SampleError``) rather than inventing a number.
    """

    value: float | None
    status: Status = Status.OK
    reason: str = ""
    metrics: tuple[Metric, ...] = ()

    def __post_init__(self) -> None:
        # The runner compares statuses with `is`; a plain "skipped" string would slip past
        # it and crash the batch later, in logging and encoding.
        object.__setattr__(self, "status", Status(self.status))
        if self.status is Status.OK:
            if self.value is None:
                raise ValueError("an ok score needs a value")
            object.__setattr__(self, "value", _require_finite("score", self.value))
        elif self.value is not None:
            raise ValueError(f"a {self.status.value} score carries no value")
        object.__setattr__(self, "metrics", tuple(self.metrics))
        for metric in self.metrics:
            # Checked here, inside the grader's call, so a bad metric errors one sample
            # instead of crashing encode_response for the whole batch.
            if not isinstance(metric, Metric):
                raise TypeError(f"score metrics must be Metric objects, got {type(metric).__name__}")

    @classmethod
    def ok(cls, value: float, metrics: tuple[Metric, ...] | list[Metric] = (), reason: str = "") -> Score:
        return cls(value, Status.OK, reason, tuple(metrics))

    @classmethod
    def skipped(cls, reason: str, metrics: tuple[Metric, ...] | list[Metric] = ()) -> Score:
        return cls(None, Status.SKIPPED, reason, tuple(metrics))

    @classmethod
    def error(cls, reason: str, metrics: tuple[Metric, ...] | list[Metric] = ()) -> Score:
        return cls(None, Status.ERROR, reason, tuple(metrics))


@dataclass(frozen=True)
class Message:
    """One chat turn with its text already joined from whatever shape it arrived in."""

    role: str
    text: str
    raw: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Sample:
    """One rollout to grade, normalised from any of the contract's event variants.

    - ``id`` is echoed back exactly as it arrived (string or number).
    - ``response`` is the text of the last assistant (or ``nova_assistant``) turn, or
      ``None`` when there is none; ``problem`` then says why the sample cannot be graded.
    - ``reference`` is the reference answer with ``{"text": ...}`` unwrapped, or ``None``.
    - ``fields`` holds every extra field of the training record, top level and
      ``metadata`` merged (metadata wins on conflict).
    """

    id: str | int
    messages: tuple[Message, ...]
    response: str | None
    reference: Any = None
    fields: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None
    index: int = 0

    @property
    def prompt(self) -> str:
        """The last user turn's text (what the judge and extractors usually need)."""
        for message in reversed(self.messages):
            if message.role == "user":
                return message.text
        return ""


@dataclass(frozen=True)
class Outcome:
    """A graded sample: the grader's score, the reward the runner mapped it to, and how long
    it took; what the response encoder and the log line are made from."""

    sample: Sample
    score: Score
    reward: float
    latency_ms: float

    @property
    def status(self) -> Status:
        return self.score.status

    @property
    def metrics(self) -> tuple[Metric, ...]:
        """The score's metrics plus a status marker for samples that were not graded."""
        if self.score.status is Status.OK:
            return self.score.metrics
        return (*self.score.metrics, Metric(self.score.status.value, 1.0))
