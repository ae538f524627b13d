"""Judge each distinct (rubric, prompt, reference, response) once per batch.

In a GRPO group every sample answers the same prompt against the same reference, and
short answers repeat ("42", "Paris"): judging each copy again costs a call and tokens for
a verdict the judge already gave at temperature 0. A :class:`VerdictCache` belongs to one
grader (so one rubric, preset version and backend) and keys on every input the judge
reads, with the response lightly normalised.

It is single-flight: when duplicates arrive together, the first makes the call and the
others wait for its verdict instead of calling in parallel. A call that fails is not
cached; a waiter then makes its own call. Entries live for one batch: the Lambda handler
starts a new batch generation per invocation (:mod:`grader_core.batch`), so a verdict
never leaks into the next batch, and grading the same batch twice gives the same result.

The response is normalised with NFC (not NFKC: ``x²`` and ``x2`` are different answers),
invisible characters dropped and white space collapsed -- changes no judge should score.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from grader_core.batch import current_batch
from judge_grader.screen.normalise import strip_invisible

MAX_ENTRIES = 4096  # a batch is at most a few hundred samples; this only bounds a leak


def normalise_response(text: str) -> str:
    return " ".join(strip_invisible(unicodedata.normalize("NFC", text)).split())


def cache_key(inputs: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, normalise_response(v) if k == "response" else v) for k, v in inputs.items()))


@dataclass
class _Entry[T]:
    done: threading.Event = field(default_factory=threading.Event)
    value: T | None = None
    ok: bool = False


class WaitTimeout(Exception):
    """An identical call is still running and this sample's time ran out waiting for it."""


class VerdictCache[T]:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[tuple[str, str], ...], _Entry[T]] = {}
        self._generation = current_batch()

    def get(self, key: tuple[tuple[str, str], ...], compute: Callable[[], T], timeout: float) -> tuple[T, bool]:
        """``(value, cached)``: the batch's value for ``key``, computing it at most once at a time."""
        while True:
            with self._lock:
                if self._generation != current_batch() or len(self._entries) >= MAX_ENTRIES:
                    self._entries, self._generation = {}, current_batch()
                entry = self._entries.get(key)
                owner = entry is None
                if owner:
                    entry = self._entries[key] = _Entry()
            assert entry is not None
            if owner:
                return self._compute(key, entry, compute), False
            if not entry.done.wait(timeout):
                raise WaitTimeout("an identical judge call for this batch is still running")
            if entry.ok:
                return entry.value, True  # type: ignore[return-value]
            # The first call failed and was dropped: try again, possibly as the new owner.

    def _compute(self, key: tuple[tuple[str, str], ...], entry: _Entry[T], compute: Callable[[], T]) -> T:
        try:
            entry.value = compute()
            entry.ok = True
            return entry.value
        except BaseException:
            with self._lock:
                if self._entries.get(key) is entry:
                    del self._entries[key]
            raise
        finally:
            entry.done.set()
