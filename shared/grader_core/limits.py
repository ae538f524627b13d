"""Time limits that actually fire.

On the main thread a ``SIGALRM`` interval timer raises :class:`SampleTimeout` inside the
running grader, which interrupts pure-Python work such as sympy's simplification. Signals
are delivered only on the main thread, which is where Lambda (awslambdaric), the
in-process CLI and the tests run handlers; elsewhere the limit is not enforced here and
the runner's batch deadline is the backstop.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from grader_core.errors import SampleTimeout

# Seconds spent in :func:`uncharged` blocks so far: nested limits do not charge them either.
_uncharged_s = 0.0


def can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`SampleTimeout` in this block once ``seconds`` have passed.

    Limits nest: an inner limit never outlives the outer one, and the outer timer is
    re-armed with what is left of it when the inner block ends, so a grader that limits
    one of its own steps cannot switch off the runner's per-sample limit.
    """
    if seconds <= 0:
        raise SampleTimeout(0.0)
    if not can_interrupt():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise SampleTimeout(seconds)

    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    uncharged_before = _uncharged_s
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_left) if outer_left > 0 else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left > 0:
            # Re-arm the outer limit; if it is already spent, fire it almost at once.
            spent = time.monotonic() - started - (_uncharged_s - uncharged_before)
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - spent, 1e-4))


@contextmanager
def uncharged() -> Iterator[None]:
    """Run a block off the clock of the enclosing limits: the timer pauses and resumes after.

    For work that belongs to the execution environment rather than to the sample being
    graded, such as a grader's one-time import of a heavy library: charging it to the
    first sample's share of the batch would time that sample out. The time still comes out
    of the batch (the runner divides what is left among the remaining samples). The block
    cannot be interrupted, so it must be bounded by itself; it is also atomic, which an
    import needs (a timeout halfway would leave the module half-initialised).
    """
    global _uncharged_s
    if not can_interrupt():
        yield
        return
    left, _ = signal.getitimer(signal.ITIMER_REAL)
    signal.setitimer(signal.ITIMER_REAL, 0)
    started = time.monotonic()
    try:
        yield
    finally:
        _uncharged_s += time.monotonic() - started
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
