"""Powertools Logger and EMF Metrics, configured the same way for every function."""

from __future__ import annotations

import logging
import math
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from grader_core.types import Status

if TYPE_CHECKING:
    from aws_lambda_powertools import Logger, Metrics

    from grader_core.types import Outcome

NAMESPACE = "RFTGraders"


def make_logger(service: str) -> Logger:
    from aws_lambda_powertools import Logger

    # stderr, so that the in-process CLI can keep stdout for the response JSON alone;
    # Lambda sends both streams to CloudWatch Logs.
    return Logger(service=service, stream=sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))


def make_metrics(service: str) -> Metrics:
    from aws_lambda_powertools import Metrics

    return Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", NAMESPACE), service=service)


def emit_malformed_event(metrics: Any) -> None:
    """EMF: an invocation whose event broke the wire contract (the call fails)."""
    from aws_lambda_powertools.metrics import MetricUnit

    metrics.add_metric(name="MalformedEvents", unit=MetricUnit.Count, value=1)


def emit_batch_metrics(metrics: Any, outcomes: Sequence[Outcome]) -> None:
    """EMF: batch size, reward mean, error and skip counts, per-sample latency.

    Added, not flushed: the handler's ``log_metrics`` flushes them when the call ends.
    """
    from aws_lambda_powertools.metrics import MetricUnit

    if not outcomes:  # an empty batch still says so (and the flush is never empty)
        metrics.add_metric(name="Samples", unit=MetricUnit.Count, value=0)
        return
    # Per-sample values first: Powertools flushes by itself when a metric reaches 100
    # values, and the batch summary added last keeps the final flush from being empty.
    for outcome in outcomes:
        metrics.add_metric(name="SampleLatency", unit=MetricUnit.Milliseconds, value=outcome.latency_ms)
    metrics.add_metric(name="Samples", unit=MetricUnit.Count, value=len(outcomes))
    mean = math.fsum(o.reward for o in outcomes) / len(outcomes)
    metrics.add_metric(name="RewardMean", unit=MetricUnit.NoUnit, value=mean)
    metrics.add_metric(name="Errors", unit=MetricUnit.Count, value=sum(o.status is Status.ERROR for o in outcomes))
    metrics.add_metric(name="Skipped", unit=MetricUnit.Count, value=sum(o.status is Status.SKIPPED for o in outcomes))


def log_outcome(logger: logging.Logger | logging.LoggerAdapter, outcome: Outcome) -> None:
    """One structured line per sample, shaped for CloudWatch Logs Insights."""
    score = outcome.score
    logger.info(
        "graded",
        extra={
            "id": outcome.sample.id,
            "aggregate_reward_score": outcome.reward,
            "status": score.status.value,
            "reason": score.reason,
            "latency_ms": outcome.latency_ms,
            "metrics": {m.name: m.value for m in outcome.metrics},
        },
    )
