"""Which batch is being graded: a counter the Lambda handler moves on per invocation.

Graders are cached for the life of the execution environment, so anything a grader keeps
"for this batch" (the judge's verdict cache) needs to know when a batch ends. Lambda runs
one invocation at a time per environment, so a process-wide generation number suffices.
"""

from __future__ import annotations

import itertools

_counter = itertools.count(1)
_current = 0


def begin_batch() -> int:
    """Start a new batch; returns its generation number."""
    global _current
    _current = next(_counter)
    return _current


def current_batch() -> int:
    """The generation number of the batch being graded (0 before the first)."""
    return _current
