"""The reward-hacking check: length up *and* reward up, with both ends smoothed."""

from __future__ import annotations

import pytest

from rft_graders.jobs_watch import MetricsTable, length_hacking_warning


def rows(rewards: list[float], lengths: list[float]) -> list[dict[str, float]]:
    return [
        {"step": 10.0 * (i + 1), "critic_rewards_mean": r, "response_length_mean": n}
        for i, (r, n) in enumerate(zip(rewards, lengths, strict=True))
    ]


@pytest.mark.parametrize(
    ("history", "warns"),
    [
        # the documented sign: reward up while length explodes
        (rows([0.2, 0.2, 0.3, 0.5, 0.6, 0.7], [300, 300, 320, 500, 600, 700]), True),
        # reward up, length steady: healthy learning
        (rows([0.2, 0.2, 0.3, 0.5, 0.6, 0.7], [300, 310, 300, 305, 320, 310]), False),
        # length up but reward flat or down: not hacking the grader (maybe just thinking longer)
        (rows([0.5, 0.5, 0.5, 0.5, 0.4, 0.4], [300, 300, 320, 500, 600, 700]), False),
        # length up 20%: under the 30% threshold
        (rows([0.2, 0.2, 0.2, 0.5, 0.5, 0.5], [300, 300, 300, 360, 360, 360]), False),
        # too few rows to compare the first three with the last three
        (rows([0.2, 0.3, 0.9, 0.9, 0.9], [100, 100, 900, 900, 900]), False),
        # no length metric at all
        ([{"step": 1.0, "critic_rewards_mean": 0.1}] * 6, False),
    ],
)
def test_length_hacking_warning(history: list[dict[str, float]], warns: bool) -> None:
    assert (length_hacking_warning(history) is not None) is warns


def test_table_fixes_columns_with_step_and_reward_first() -> None:
    table = MetricsTable()
    first = table.lines({"kl": 0.01, "response_length_mean": 300.0, "step": 10.0, "critic_rewards_mean": 0.25})
    second = table.lines({"step": 20.0, "critic_rewards_mean": 0.3, "extra": 1.0})
    assert [line.split() for line in first] == [
        ["step", "critic_rewards_mean", "response_length_mean", "kl"],
        ["10", "0.25", "300", "0.01"],
    ]
    assert second[0].split() == ["20", "0.3", "-", "-"]  # missing values show as '-', new keys are not added
