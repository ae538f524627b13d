"""The preflight's numbers: reward level and spread, group flatness, failures, latency.

"Group" is the k rollouts of one prompt (the GRPO group). A *flat* group -- every rollout
got the same reward -- has zero advantage for every rollout and teaches the policy
nothing, however high or low that reward is.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from rft_graders.preflight.rollouts import Graded

HISTOGRAM_BINS = 10
# Rewards closer than this are "the same" (graders round to 6 decimals on the wire).
SAME_REWARD = 1e-6


@dataclass(frozen=True)
class Group:
    key: str
    line: int
    rewards: tuple[float, ...]

    @property
    def mean(self) -> float:
        return statistics.fmean(self.rewards)

    @property
    def spread(self) -> float:
        return statistics.pstdev(self.rewards) if len(self.rewards) > 1 else 0.0

    @property
    def flat(self) -> bool:
        return max(self.rewards) - min(self.rewards) <= SAME_REWARD


@dataclass(frozen=True)
class Summary:
    score_min: float
    score_max: float
    prompts: int
    rollouts: int
    generation_errors: int
    graded: int  # rollouts with a reward (excludes failed invocations)
    ok: int
    skipped: int
    errors: int
    invocation_failures: int
    reward_mean: float | None
    reward_std: float | None
    reward_min: float | None
    reward_p50: float | None
    reward_max: float | None
    reward_mean_normalized: float | None
    histogram_edges: list[float]
    histogram_counts: list[int]
    groups_measured: int  # prompts with at least two rewards
    flat_groups: int
    all_min_groups: int
    all_max_groups: int
    mean_group_spread: float | None
    metric_means: dict[str, dict[str, Any]]
    top_error_reasons: list[tuple[str, int]]
    top_skip_reasons: list[tuple[str, int]]
    sample_latency_p50_ms: float | None
    sample_latency_p99_ms: float | None
    batch_size: int
    batch_seconds_p50: float | None
    batch_seconds_p99: float | None
    batch_seconds_max: float | None
    function_timeout_s: float | None
    response_chars_mean: float | None
    length_reward_correlation: float | None
    max_payload_bytes: int = 0
    by_field: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    top_generation_errors: list[tuple[str, int]] = field(default_factory=list)
    # What the grader said about rollouts it scored at the minimum (a failed check, no answer).
    top_zero_reasons: list[tuple[str, int]] = field(default_factory=list)
    # Segments (prompts sharing a categorical field's value) whose every rollout scored the same.
    flat_segments: list[dict[str, Any]] = field(default_factory=list)
    # The first batch pays the cold start (imports, a Lambda's init): its time, apart.
    first_batch_seconds: float | None = None
    groups: list[Group] = field(default_factory=list, repr=False)

    @property
    def error_rate(self) -> float:
        return (self.errors + self.invocation_failures) / self.rollouts if self.rollouts else 0.0

    @property
    def skip_rate(self) -> float:
        return self.skipped / self.rollouts if self.rollouts else 0.0

    @property
    def flat_share(self) -> float | None:
        return self.flat_groups / self.groups_measured if self.groups_measured else None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["groups"] = [
            {"key": g.key, "line": g.line, "mean": round(g.mean, 6), "spread": round(g.spread, 6), "rewards": g.rewards}
            for g in self.groups
        ]
        data["error_rate"], data["skip_rate"], data["flat_share"] = self.error_rate, self.skip_rate, self.flat_share
        return _rounded(data)


def summarize(
    graded: list[Graded],
    batch_seconds: list[float],
    batch_size: int,
    score_range: tuple[float, float] = (0.0, 1.0),
    function_timeout_s: float | None = None,
    generation_errors: list[str] | None = None,
    by: list[str] | None = None,
    max_payload_bytes: int = 0,
) -> Summary:
    """``generation_errors`` are the reasons of the rollouts that could not be generated;
    ``batch_seconds`` in the order the batches ran (the first one is the cold one)."""
    lo, hi = score_range
    rewarded = [g for g in graded if g.reward is not None]
    rewards = [g.reward for g in rewarded if g.reward is not None]
    statuses = Counter(g.status for g in graded)
    failures = sum(1 for g in graded if g.reward is None)

    per_prompt: dict[int, list[Graded]] = defaultdict(list)
    for g in rewarded:
        per_prompt[g.rollout.prompt.line].append(g)
    groups = [
        Group(items[0].rollout.prompt.key, line, tuple(float(g.reward or 0.0) for g in items))
        for line, items in sorted(per_prompt.items())
    ]
    measured = [g for g in groups if len(g.rewards) > 1]

    edges = [lo + (hi - lo) * i / HISTOGRAM_BINS for i in range(HISTOGRAM_BINS + 1)]
    counts = [0] * HISTOGRAM_BINS
    for reward in rewards:
        position = (reward - lo) / (hi - lo)
        counts[min(HISTOGRAM_BINS - 1, max(0, math.floor(position * HISTOGRAM_BINS)))] += 1

    latencies = sorted(g.latency_ms for g in graded if g.latency_ms is not None)
    # Steady state excludes the cold first batch when there are others to measure.
    seconds = sorted(batch_seconds[1:] if len(batch_seconds) > 1 else batch_seconds)
    lengths = [float(len(g.rollout.response or "")) for g in rewarded]
    return Summary(
        score_min=lo,
        score_max=hi,
        prompts=len({g.rollout.prompt.line for g in graded}),
        rollouts=len(graded),
        generation_errors=len(generation_errors or []),
        graded=len(rewards),
        ok=statuses["ok"],
        skipped=statuses["skipped"],
        errors=statuses["error"] - failures,
        invocation_failures=failures,
        reward_mean=statistics.fmean(rewards) if rewards else None,
        reward_std=statistics.pstdev(rewards) if rewards else None,
        reward_min=min(rewards) if rewards else None,
        reward_p50=statistics.median(rewards) if rewards else None,
        reward_max=max(rewards) if rewards else None,
        reward_mean_normalized=(statistics.fmean(rewards) - lo) / (hi - lo) if rewards else None,
        histogram_edges=edges,
        histogram_counts=counts,
        groups_measured=len(measured),
        flat_groups=sum(g.flat for g in measured),
        all_min_groups=sum(g.flat and abs(g.mean - lo) <= SAME_REWARD for g in measured),
        all_max_groups=sum(g.flat and abs(g.mean - hi) <= SAME_REWARD for g in measured),
        mean_group_spread=statistics.fmean(g.spread for g in measured) if measured else None,
        metric_means=_metric_means(graded),
        top_error_reasons=_top_reasons(g.reason for g in graded if g.status == "error"),
        top_skip_reasons=_top_reasons(g.reason for g in graded if g.status == "skipped"),
        sample_latency_p50_ms=percentile(latencies, 50),
        sample_latency_p99_ms=percentile(latencies, 99),
        batch_size=batch_size,
        batch_seconds_p50=percentile(seconds, 50),
        batch_seconds_p99=percentile(seconds, 99),
        batch_seconds_max=max(batch_seconds) if batch_seconds else None,  # the cold batch counts here
        function_timeout_s=function_timeout_s,
        response_chars_mean=statistics.fmean(lengths) if lengths else None,
        length_reward_correlation=_correlation(lengths, rewards),
        max_payload_bytes=max_payload_bytes,
        by_field={name: _by_field(rewarded, name) for name in by or []},
        groups=groups,
        top_generation_errors=_top_reasons(generation_errors or []),
        top_zero_reasons=_top_reasons(
            g.reason
            for g in rewarded
            if g.status == "ok" and g.reason and abs(float(g.reward or 0.0) - lo) <= SAME_REWARD
        ),
        flat_segments=flat_segments(rewarded, by or []),
        first_batch_seconds=batch_seconds[0] if len(batch_seconds) > 1 else None,
    )


def percentile(sorted_values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def _metric_means(graded: list[Graded]) -> dict[str, dict[str, Any]]:
    values: dict[str, list[float]] = defaultdict(list)
    types: dict[str, str] = {}
    for g in graded:
        for name, value in g.metrics.items():
            values[name].append(value)
            types.setdefault(name, g.metric_types.get(name, "Metric"))
    return {
        name: {"type": types[name], "mean": statistics.fmean(vals), "count": len(vals)}
        for name, vals in sorted(values.items())
    }


# A repr()-quoted excerpt of a response, as graders quote them in reasons.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _top_reasons(reasons: Any, limit: int = 5) -> list[tuple[str, int]]:
    # Reasons often embed values (a number, an id, a quote of the response): group on the text
    # with quotes elided and cut before the first digit run after 40 characters, which keeps
    # "... for id 12-3" or "text outside the tags: '<think>..'" from making every reason unique.
    def key(reason: str) -> str:
        reason = _QUOTED.sub("'…'", reason or "(no reason given)")
        match = re.search(r"\d", reason[40:])
        return (reason[: 40 + match.start()] + "…") if match else reason[:100]

    return Counter(key(reason) for reason in reasons).most_common(limit)


def _correlation(xs: list[float], ys: list[float]) -> float | None:
    if len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    return statistics.correlation(xs, ys)


def _by_field(rewarded: list[Graded], name: str) -> dict[str, dict[str, float]]:
    values: dict[str, list[float]] = defaultdict(list)
    for g in rewarded:
        value = g.rollout.prompt.record.get(name)
        values["(missing)" if value is None else str(value)].append(float(g.reward or 0.0))
    return {key: {"rollouts": len(vals), "reward_mean": statistics.fmean(vals)} for key, vals in sorted(values.items())}


# A field is a segment label when few values cover many prompts (difficulty, topic, source).
SEGMENT_MAX_VALUES = 20
SEGMENT_MIN_PROMPTS = 2
_NOT_SEGMENTS = frozenset({"messages", "reference_answer", "grader", "id", "tools", "metadata"})


def flat_segments(rewarded: list[Graded], by: list[str]) -> list[dict[str, Any]]:
    """Segments whose every rollout scored the same: no reward variance, nothing to learn.

    Fields are those given with ``--by`` plus every categorical record field (strings,
    numbers or booleans with at most ``SEGMENT_MAX_VALUES`` values over more prompts).
    """
    if len({float(g.reward or 0.0) for g in rewarded}) < 2:
        return []  # the whole run is one flat segment: the reward and group findings say so
    prompts = {g.rollout.prompt.line: g.rollout.prompt.record for g in rewarded}
    candidates = list(by)
    for name in sorted({k for record in prompts.values() for k in record} - _NOT_SEGMENTS - set(by)):
        values = [record.get(name) for record in prompts.values()]
        scalar = all(isinstance(v, (str, int, float, bool)) or v is None for v in values)
        distinct = {json_key(v) for v in values}
        if scalar and 2 <= len(distinct) <= SEGMENT_MAX_VALUES and len(distinct) < len(prompts):
            candidates.append(name)
    found = []
    for name in candidates:
        segments: dict[str, list[Graded]] = defaultdict(list)
        for g in rewarded:
            segments[json_key(g.rollout.prompt.record.get(name))].append(g)
        if len(segments) < 2:
            continue  # one segment is the whole run: the group findings already cover it
        for value, items in sorted(segments.items()):
            rewards = [float(g.reward or 0.0) for g in items]
            if len({g.rollout.prompt.line for g in items}) < SEGMENT_MIN_PROMPTS:
                continue
            if max(rewards) - min(rewards) <= SAME_REWARD:
                found.append(
                    {
                        "field": name,
                        "value": value,
                        "rollouts": len(items),
                        "share": len(items) / len(rewarded),
                        "reward": rewards[0],
                    }
                )
    return found


def json_key(value: Any) -> str:
    return "(missing)" if value is None else str(value)


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value
