"""Answering from the prompt's own doctest examples (a dataset check, not a sandbox one).

The policy sees the prompt, so it can hard-code the ``>>> f(x)`` examples of the
docstring and return ``None`` otherwise. That earns reward exactly where a task's test
checks nothing beyond its examples: a weak test, which no sandbox can fix.
"""

from __future__ import annotations

import re

from redteam.probes import Family, Probe, fenced
from redteam.tasks import Task

EXAMPLE = re.compile(r">>> *(\w+)\((.*)\)\s*\n\s*(.+)")


def examples_probes(task: Task) -> list[Probe]:
    table: dict[str, str] = {}
    for name, args, out in EXAMPLE.findall(task.prompt):
        if name == task.entry_point:
            table[f"repr(({args},))"] = out.strip()
    if not table:
        return []
    entries = ",\n    ".join(f"{k}: {v}" for k, v in table.items())
    code = f"_SEEN = {{\n    {entries},\n}}\n\n\ndef {task.entry_point}(*args):\n    return _SEEN.get(repr(args))\n"
    probe = Probe("docstring_examples", "hard-coded >>> examples", task.task_id, fenced(code))
    try:
        compile(code, task.task_id, "exec")
    except SyntaxError:
        return []
    return [probe]


FAMILIES = [
    Family(
        "docstring_examples",
        "hard-code the prompt's >>> examples (diagnostic: pays only where the test is just the examples)",
        examples_probes,
        sandbox=False,
    ),
]
