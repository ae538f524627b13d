"""Watching a job: the live metrics table and the reward-hacking check.

AWS lists "response length exploding while reward rises" among the signs that the policy
is gaming the grader (contract §8). The check compares the first and the last few
metric rows: reward up *and* mean response length up by more than ``LENGTH_GROWTH``.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from rft_graders.jobs_openweight import LENGTH_KEYS, REWARD_KEYS

LENGTH_GROWTH = 0.3
WINDOW = 3  # rows averaged at each end, smoothing single noisy steps
PREFERRED_COLUMNS = ("step", *REWARD_KEYS, *LENGTH_KEYS)
MAX_COLUMNS = 7


class MetricsTable:
    """Prints metric rows as they arrive; the columns are fixed by the first row."""

    def __init__(self) -> None:
        self.columns: list[str] = []

    def lines(self, row: dict[str, float]) -> list[str]:
        out = []
        if not self.columns:
            first = [c for c in PREFERRED_COLUMNS if c in row]
            rest = sorted(k for k in row if k not in first)
            self.columns = (first + rest)[:MAX_COLUMNS]
            out.append("  ".join(f"{c:>{_width(c)}}" for c in self.columns))
        out.append("  ".join(f"{_cell(row.get(c)):>{_width(c)}}" for c in self.columns))
        return out


def length_hacking_warning(rows: Sequence[dict[str, float]]) -> str | None:
    """A warning when reward rose while response length grew by more than ``LENGTH_GROWTH``."""
    reward_key = next((k for k in REWARD_KEYS if any(k in r for r in rows)), None)
    length_key = next((k for k in LENGTH_KEYS if any(k in r for r in rows)), None)
    if reward_key is None or length_key is None:
        return None
    usable = [r for r in rows if reward_key in r and length_key in r]
    if len(usable) < 2 * WINDOW:
        return None
    head, tail = usable[:WINDOW], usable[-WINDOW:]
    reward_before, reward_after = (statistics.fmean(r[reward_key] for r in part) for part in (head, tail))
    length_before, length_after = (statistics.fmean(r[length_key] for r in part) for part in (head, tail))
    if reward_after <= reward_before or length_before <= 0 or length_after < length_before * (1 + LENGTH_GROWTH):
        return None
    steps = f" (steps {_cell(head[0].get('step'))}-{_cell(tail[-1].get('step'))})" if "step" in head[0] else ""
    return (
        f"{length_key} grew {length_after / length_before - 1:.0%} ({length_before:.0f} -> {length_after:.0f}) while "
        f"{reward_key} rose {reward_before:.3f} -> {reward_after:.3f}{steps}: a reward-hacking sign. Read recent "
        "rollouts and check that the grader does not pay for length"
    )


def _width(column: str) -> int:
    return max(len(column), 8)


def _cell(value: float | None) -> str:
    if value is None:
        return "-"
    if float(value).is_integer() and abs(value) < 1e9:
        return str(int(value))
    return f"{value:.4g}"
