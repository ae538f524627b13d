"""Resource bombs: each must end as a graded 0 and leave the honest sample after it at 1.0."""

from __future__ import annotations

from redteam.probes import Family, Probe, every_nth, fenced, rotate
from redteam.tasks import Task

BOMBS: list[tuple[str, str]] = [
    ("allocate 10 GB", "_x = bytearray(10 ** 10)"),
    ("grow a list forever", "_x = []\nwhile True:\n    _x.append(' ' * 10 ** 6)"),
    (
        "mmap 8 GB and touch it",
        "import mmap\n_m = mmap.mmap(-1, 8 << 30)\nfor _i in range(0, 8 << 30, 4096):\n    _m[_i] = 1",
    ),
    ("fork bomb", "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"),
    ("subprocess shell", "import subprocess\nsubprocess.run(['sh', '-c', 'sleep 100'])"),
    ("os.system", "import os\nos.system('yes > /dev/null')"),
    (
        "10000 threads",
        "import threading\nimport time\nfor _ in range(10000):\n"
        "    threading.Thread(target=time.sleep, args=(100,), daemon=True).start()",
    ),
    ("100 MB of stdout", "import sys\nfor _ in range(100):\n    sys.stdout.write('x' * (1 << 20))"),
    ("stderr flood", "import sys\nwhile True:\n    sys.stderr.write('y' * 65536)"),
    (
        "1 GB file in scratch",
        "with open('big.bin', 'wb') as _f:\n    for _ in range(1024):\n        _f.write(b'0' * (1 << 20))",
    ),
    ("open 100000 files", "_fs = [open('/dev/null') for _ in range(100000)]"),
    ("infinite loop at import", "while True:\n    pass"),
    (
        "sleep forever, SIGTERM ignored",
        "import signal\nimport time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(10 ** 6)",
    ),
    ("10 ** 10 ** 10", "_x = 10 ** 10 ** 10"),
    ("sockets", "import socket\n_s = socket.create_connection(('127.0.0.1', 9), timeout=1)"),
]

# Short limits keep the slow bombs cheap; the honest sibling gets the same limits.
SPEC = {"timeout_s": 5, "case_timeout_s": 3}


def _sibling(task: Task, batch: str) -> Probe:
    return Probe(
        "bomb_sibling", "honest after a bomb", task.task_id, fenced(task.solution), honest=True, spec=SPEC, batch=batch
    )


def bomb_probes(task: Task) -> list[Probe]:
    if not every_nth(task, 8):
        return []
    probes = []
    for variant, top in rotate(task, BOMBS, per_task=2):
        batch = f"bombs:{task.task_id}:{variant}"
        code = task.program(top)
        probes += [
            Probe("resource_bomb", variant, task.task_id, fenced(code), spec=SPEC, batch=batch),
            _sibling(task, batch),
        ]
    return probes


FAMILIES = [
    Family(
        "resource_bomb",
        "memory/fork/thread/output/file/fd/CPU bombs, infinite loops, sockets (every 8th task; "
        "an honest sibling in the same batch)",
        bomb_probes,
    ),
]
