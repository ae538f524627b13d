"""Adaptive concurrency: find the judge's real capacity instead of hammering it.

The grader's ``concurrency`` is an upper bound. When the provider throttles, requests
beyond its capacity come back 429 at once, retry, collide again and grow their backoff,
leaving capacity idle while they sleep. So every judge grader keeps one
additive-increase / multiplicative-decrease limit (as TCP does with its window):

- a throttled attempt cuts the limit by ``decrease`` -- but only if it started after the
  last cut, so one burst of 429s from requests already in flight counts as one signal;
- a successful attempt raises it by ``1 / limit`` (about +1 per round of calls), up to
  the configured concurrency;
- an attempt waits for a free slot under the current limit, never past its deadline.

The limit lives as long as the grader, i.e. the execution environment: a warm function
starts its next batch at the rate the provider accepted last time.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    epoch: int  # how many cuts had happened when the attempt started


class AdaptiveLimit:
    def __init__(self, maximum: int, decrease: float = 0.7) -> None:
        self.maximum = maximum
        self.decrease = decrease
        self._limit = float(maximum)
        self._in_flight = 0
        self._epoch = 0
        self._cond = threading.Condition()

    @property
    def limit(self) -> float:
        return self._limit

    def acquire(self, timeout: float) -> Slot | None:
        """Wait for a slot for up to ``timeout`` seconds; ``None`` if none came free."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._in_flight >= max(1, math.floor(self._limit)):
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(left)
            self._in_flight += 1
            return Slot(self._epoch)

    def release(self, slot: Slot, throttled: bool = False, succeeded: bool = False) -> None:
        with self._cond:
            self._in_flight -= 1
            if throttled and slot.epoch == self._epoch:
                self._limit = max(1.0, self._limit * self.decrease)
                self._epoch += 1
            elif succeeded:
                self._limit = min(float(self.maximum), self._limit + 1.0 / self._limit)
            self._cond.notify_all()
