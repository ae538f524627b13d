"""Preflight numbers and verdicts on synthetic rollouts, one AWS guidance rule per row."""

from __future__ import annotations

import pytest

from rft_graders.preflight.rollouts import Graded, Prompt, Rollout
from rft_graders.preflight.stats import percentile, summarize
from rft_graders.preflight.verdict import judge


def graded(
    groups: list[list[float]],
    status: str = "ok",
    lengths: list[list[int]] | None = None,
    metrics: dict[str, float] | None = None,
) -> list[Graded]:
    out = []
    for line, rewards in enumerate(groups, start=1):
        prompt = Prompt(line, {"messages": [{"role": "user", "content": "q"}], "reference_answer": "a"})
        for j, reward in enumerate(rewards):
            size = lengths[line - 1][j] if lengths else 10
            out.append(Graded(Rollout(prompt, j, "x" * size), reward, status, "", metrics or {}, {}, 1.0))
    return out


MIXED = [[0.0, 1.0, 0.5, 1.0]] * 8 + [[0.0] * 4] * 2


@pytest.mark.parametrize(
    ("rollouts", "extra", "label", "expected"),
    [
        # mixed rewards, most groups varied: the job is worth starting
        (graded(MIXED), {}, "GO", "mean reward"),
        # AWS: rewards always 0 on the base model -> supervised fine-tuning first
        (graded([[0.0] * 4] * 10), {}, "STOP", "every rollout scored the minimum"),
        # AWS: rewards above ~95% -> RFT may be unnecessary
        (graded([[1.0, 1.0, 1.0, 0.9]] * 10), {}, "GO WITH CARE", "RFT may be unnecessary"),
        # rarely rewarded but not never
        (graded([[0.0, 0.0, 0.0, 0.1]] * 10), {}, "GO WITH CARE", "rarely earns reward"),
        # GRPO learns only from differences within a group
        (graded([[0.3] * 4] * 10), {}, "STOP", "every prompt's rollouts scored the same"),
        (graded([[0.5] * 4] * 6 + [[0.0, 1.0, 0.0, 1.0]] * 4), {}, "GO WITH CARE", "60% of prompts' rollouts all"),
        # one response per prompt cannot show spread
        (graded([[0.5]] * 10), {"k": 1}, "GO WITH CARE", "one response per prompt"),
        # grader errors score the minimum and read as wrong answers
        (graded(MIXED) + graded([[0.0] * 4] * 2, status="error"), {}, "STOP", "the grader failed on 17%"),
        # one error in 41 rollouts is worth a look, not a stop
        (graded(MIXED) + graded([[0.0]], status="error"), {}, "GO WITH CARE", "the grader failed on 2.4%"),
        # one in 161 is under the 1% noise floor
        (graded(MIXED * 4) + graded([[0.0]], status="error"), {}, "GO", "mean reward"),
        # a batch slower than the function's timeout would time out in the job
        (graded(MIXED), {"batch_seconds": [400.0]}, "STOP", "over the function timeout of 300 s"),
        (graded(MIXED), {"batch_seconds": [200.0]}, "GO WITH CARE", "over half the function timeout"),
        # reward that tracks length hints at a grader paying for length
        (
            graded([[0.0, 0.3, 0.6, 1.0]] * 10, lengths=[[10, 200, 400, 800]] * 10),
            {},
            "GO WITH CARE",
            "reward correlates with response length (r = 0.99)",
        ),
        # an event batch over Lambda's 6 MB synchronous limit
        (graded(MIXED), {"payload": 7 * 2**20}, "GO WITH CARE", "a batch of 64 events is 7.0 MB, over Lambda's 6 MB"),
        # invocations that failed outright would fail the job
        (
            [*graded(MIXED), Graded(Rollout(Prompt(99, {}), 0, "x"), None, "error", "boom")],
            {},
            "STOP",
            "in invocations that failed outright",
        ),
    ],
)
def test_verdict_table(rollouts: list[Graded], extra: dict, label: str, expected: str) -> None:
    summary = summarize(
        rollouts, extra.get("batch_seconds", [0.1]), 64, (0.0, 1.0), 300.0, max_payload_bytes=extra.get("payload", 0)
    )
    verdict = judge(summary, extra.get("k", 4))
    assert verdict.label == label
    assert any(expected in f.message for f in verdict.findings), [f.message for f in verdict.findings]


def test_group_statistics() -> None:
    s = summarize(graded([[0.0, 1.0], [1.0, 1.0], [0.0, 0.0], [0.25, 0.75]]), [0.2, 0.1], 64)
    assert (s.groups_measured, s.flat_groups, s.all_min_groups, s.all_max_groups) == (4, 2, 1, 1)
    assert s.flat_share == 0.5
    assert s.mean_group_spread == pytest.approx((0.5 + 0 + 0 + 0.25) / 4)
    assert s.histogram_counts == [3, 0, 1, 0, 0, 0, 0, 1, 0, 3]  # 1.0 lands in the closed last bin
    assert (s.batch_seconds_p50, s.batch_seconds_max) == (0.1, 0.2)


def test_rewards_on_a_custom_range_are_normalised() -> None:
    s = summarize(graded([[-1.0, 1.0, 0.0, 0.0]]), [0.1], 64, (-1.0, 1.0))
    assert s.reward_mean == 0.0
    assert s.reward_mean_normalized == 0.5


def test_metric_means_and_by_field() -> None:
    rollouts = graded([[1.0, 0.0]], metrics={"format": 0.5})
    s = summarize(rollouts, [0.1], 64, by=["reference_answer"])
    assert s.metric_means == {"format": {"type": "Metric", "mean": 0.5, "count": 2}}
    assert s.by_field == {"reference_answer": {"a": {"rollouts": 2, "reward_mean": 0.5}}}


@pytest.mark.parametrize(
    ("values", "pct", "expected"),
    [
        ([], 50, None),  # nothing measured
        ([1.0], 99, 1.0),  # one value is every percentile
        ([1.0, 2.0, 3.0, 4.0], 50, 2.0),  # nearest rank: ceil(0.5 * 4) = 2nd
        ([float(i) for i in range(1, 101)], 99, 99.0),  # the 99th of 100
    ],
)
def test_percentile_nearest_rank(values: list[float], pct: float, expected: float | None) -> None:
    assert percentile(values, pct) == expected


def test_a_failing_grader_is_not_mistaken_for_a_weak_base_model() -> None:
    # every rollout errors (e.g. a deployed build without the grader type): the rewards are all
    # the minimum, but that says nothing about the base model
    summary = summarize(graded([[0.0] * 4] * 10, status="error"), [0.1], 64)
    messages = [f.message for f in judge(summary, 4).findings]
    assert messages[0].startswith("the grader failed on 100% of rollouts")
    assert messages[-1] == "reward level and group spread are not judged while the grader fails this often"
    assert not any("base model" in m or "GRPO" in m for m in messages)


def test_error_reasons_group_across_sample_ids() -> None:
    rollouts = [
        Graded(Rollout(Prompt(1, {}), j, "x"), 0.0, "error", f"reason not in the response: see the log for id 1-{j}")
        for j in range(3)
    ]
    summary = summarize(rollouts, [0.1], 64)
    assert summary.top_error_reasons == [("reason not in the response: see the log for id …", 3)]
