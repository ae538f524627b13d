"""Encode outcomes as the grader response: a bare list, one object per input, same order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from grader_core.types import Outcome


def encode_response(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """``[{"id", "aggregate_reward_score", "metrics_list"}]`` with finite floats only.

    Values are rounded to 6 decimal places so that responses are stable across platforms
    and golden files stay readable; rewards never need more resolution than that.
    """
    return [
        {
            "id": outcome.sample.id,
            "aggregate_reward_score": round(outcome.reward, 6),
            "metrics_list": [
                {"name": metric.name, "value": round(metric.value, 6), "type": metric.type}
                for metric in outcome.metrics
            ],
        }
        for outcome in outcomes
    ]
