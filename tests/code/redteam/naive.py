"""A naive harness, the positive control: proof that a probe is a working hack.

It runs the response's last python block and the test in one interpreter (the code, then
the prompt's helpers, then ``check(entry_point)``) and counts exit status 0 as a pass: what
many RL setups do. A probe that wins here but not against the sandbox shows the sandbox
stopping a real attack, not a probe that could never have worked.
"""

from __future__ import annotations

import re
import subprocess
import sys

from redteam.probes import Probe
from redteam.tasks import Task

BLOCK = re.compile(r"```(?:python|py|python3|)\n(.*?)\n```", re.S)


def naive_passes(probe: Probe, task: Task, timeout_s: float = 30) -> bool:
    code = BLOCK.findall(probe.response)[-1]
    helpers = task.prompt.split(f"def {task.entry_point}(")[0]
    program = f"{code}\n\n{helpers}\n\n{task.test}\n\ncheck({task.entry_point})\n"
    try:
        proc = subprocess.run([sys.executable, "-c", program], capture_output=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0
