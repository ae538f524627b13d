"""Resource limits the runner sets on itself before any candidate code exists.

They are inherited by the candidate process it forks. Set here rather than in a
``preexec_fn``: the grader starts sandboxes from worker threads, where ``preexec_fn`` is
unsafe, and the runner is trusted code that runs first in the fresh interpreter.
"""

from __future__ import annotations

import os
import resource

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def apply(limits: dict[str, Any]) -> None:
    """Lower soft and hard limits; none can be raised again by an unprivileged process."""
    mb = 1024 * 1024
    _set(resource.RLIMIT_CORE, 0)
    _set(resource.RLIMIT_CPU, int(limits["cpu_s"]))
    _set(resource.RLIMIT_AS, int(limits["memory_mb"]) * mb)
    _set(resource.RLIMIT_FSIZE, int(limits["file_mb"]) * mb)
    _set(resource.RLIMIT_NOFILE, int(limits["open_files"]))
    # RLIMIT_NPROC counts every task (thread) of the real uid, including those of other
    # processes: in Lambda the candidate shares its uid with the runtime. So the limit is
    # "what already runs under this uid plus the allowance", measured now.
    _set(resource.RLIMIT_NPROC, tasks_of_uid(os.getuid()) + int(limits["processes"]))


def _set(which: int, value: int) -> None:
    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))


def tasks_of_uid(uid: int) -> int:
    count = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            if os.stat(f"/proc/{name}").st_uid == uid:
                count += len(os.listdir(f"/proc/{name}/task"))
        except OSError:  # exited meanwhile, or not ours to list
            continue
    return count
