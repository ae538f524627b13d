"""What the candidate can reach outside its own code: files, siblings, log lines.

Filesystem confinement (Landlock where the kernel has it, the ``fs_confined`` metric and
``require_fs_confinement`` where it does not), sibling sabotage inside one batch, candidate
text in reasons, and honest code that uses the standard library still scoring 1.

Run on its own: ``.venv/bin/python -m pytest tests/code/test_code_confinement.py``; in
Lambda's mode (grader and candidate under one uid): ``bash tests/code/lambda_mode.sh
tests/code/test_code_confinement.py``.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_code_attacks import SPEC, _flags, _grade, _sample, _value

from code_grader.grader import build
from code_grader.harness import landlock
from code_grader.harness.text import excerpt
from code_grader.sandbox import Sandbox
from grader_core.config import RunnerConfig
from grader_core.runner import grade_batch
from grader_core.types import Sample, Status

LANDLOCK = landlock.abi_version() > 0
# Each file test runs twice: with Landlock (where the kernel has it) and with the audit-hook
# fallback a kernel without it gets (best effort, fs_confined = 0, but the plain ways fail).
MODES = [
    pytest.param("landlock", marks=pytest.mark.skipif(not LANDLOCK, reason="this kernel has no Landlock")),
    "audit_fallback",
]


def _grader_for(mode: str, spec: dict[str, Any] | None = None) -> Any:
    grader = build(spec or SPEC)
    if mode == "audit_fallback":  # a sandbox that believes the kernel has no Landlock
        grader.sandbox = Sandbox()
        grader.sandbox.landlock_abi = 0
    return grader


def _run(mode: str, samples: list[Sample], spec: dict[str, Any] | None = None) -> list[Any]:
    grader = _grader_for(mode, spec)
    return grade_batch(samples, lambda s: grader, RunnerConfig(sample_timeout_s=20), remaining_s=60)


ANSWER = "ANSWER-FROM-DISK-5d1e"


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A directory for files the candidate must not read.

    Not pytest's tmp_path in Lambda's mode: there the sandbox sweeps new entries of its own
    uid from /tmp after every sample, which takes pytest's directories with them.
    """
    parent = os.environ["HOME"] if os.environ.get("LAMBDA_TASK_ROOT") else None
    directory = Path(tempfile.mkdtemp(prefix="confinement-", dir=parent))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def _world_readable(directory: Path, name: str, content: str) -> Path:
    """A file any uid can read (as a dataset or event file typically is)."""
    path = directory / name
    path.write_text(content)
    path.chmod(0o644)
    directory.chmod(0o755)  # its parents (/tmp, or HOME in Lambda's mode) are open already
    return path


def _peek(mode: str, code: str, args: list[Any]) -> Any:
    reference = {"function": "peek", "calls": [{"args": args, "expected": ANSWER}]}
    (outcome,) = _run(mode, [_sample(0, code, reference)])
    return outcome


@pytest.mark.parametrize("mode", MODES)
def test_a_dataset_file_on_disk_is_out_of_reach(mode: str, data_dir: Path) -> None:
    # `rft-graders grade data.jsonl` or a dataset next to the function: world-readable,
    # and the candidate is told exactly where it is. Without confinement this scores 1.
    dataset = _world_readable(data_dir, "dataset.jsonl", json.dumps({"answer": ANSWER}) + "\n")
    code = (
        "import json\n"
        "def peek(path):\n"
        "    try:\n"
        "        return json.loads(open(path).read())['answer']\n"
        "    except OSError as exc:\n"
        "        return type(exc).__name__\n"
    )
    outcome = _peek(mode, code, [str(dataset)])
    assert outcome.status is Status.OK and outcome.score.value == 0.0, outcome.score.reason
    assert _value(outcome, "fs_confined") == (1.0 if mode == "landlock" else 0.0)


@pytest.mark.parametrize("mode", MODES)
def test_the_event_file_named_in_proc_cmdline_is_out_of_reach(mode: str, data_dir: Path) -> None:
    # `rft-graders invoke --event e.json`: the path is in the invoking process's cmdline.
    event = _world_readable(data_dir, "event.json", json.dumps({"expected": ANSWER}))
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", str(event)])
    code = (
        "import json, os\n"
        "def peek():\n"
        "    seen = []\n"
        "    for pid in [p for p in os.listdir('/proc') if p.isdigit()]:\n"
        "        try:\n"
        "            argv = open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\\0')\n"
        "        except OSError as exc:\n"
        "            seen.append(type(exc).__name__)\n"
        "            continue\n"
        "        for arg in argv:\n"
        "            if arg.endswith(b'.json'):\n"
        "                try:\n"
        "                    return json.loads(open(arg).read())['expected']\n"
        "                except OSError as exc:\n"
        "                    seen.append(type(exc).__name__)\n"
        "    return ','.join(sorted(set(seen))) or 'nothing'\n"
    )
    try:
        outcome = _peek(mode, code, [])
    finally:
        holder.kill()
        holder.wait()
    assert outcome.status is Status.OK and outcome.score.value == 0.0, outcome.score.reason


@pytest.mark.parametrize("mode", MODES)
def test_siblings_in_one_batch_cannot_touch_each_others_scratch(mode: str) -> None:
    # GRPO: lowering a sibling's reward raises your own advantage. The saboteur looks for
    # the other samples' scratch directories (beside its own, or through /proc/*/cwd) and
    # overwrites or deletes what is there, while its honest siblings are still running.
    saboteur = (
        "import os, time\n"
        "def wreck():\n"
        "    hits = 0\n"
        "    mine = os.getcwd()\n"
        "    places = [os.path.join(os.path.dirname(mine), n) for n in os.listdir(os.path.dirname(mine))]\n"
        "    for pid in [p for p in os.listdir('/proc') if p.isdigit()]:\n"
        "        try:\n"
        "            places.append(os.readlink(f'/proc/{pid}/cwd'))\n"
        "        except OSError:\n"
        "            pass\n"
        "    for place in set(places) - {mine}:\n"
        "        try:\n"
        "            for name in os.listdir(place):\n"
        "                open(os.path.join(place, name), 'w').write('sabotaged')\n"
        "                hits += 1\n"
        "        except OSError:\n"
        "            pass\n"
        "    return hits\n"
        "deadline = time.time() + 2\n"
        "while time.time() < deadline:\n"
        "    try:\n"
        "        wreck()\n"
        "    except OSError:\n"
        "        pass\n"
        "def add(a, b):\n"
        "    return None\n"
    )
    honest = (
        "import os, time\n"
        "open('state.txt', 'w').write('mine')\n"
        "def add(a, b):\n"
        "    time.sleep(0.3)\n"
        "    return a + b if open('state.txt').read() == 'mine' else None\n"
    )
    reference = {
        "test": "def check(candidate):\n    for i in range(4):\n        assert candidate(i, 1) == i + 1\n",
        "entry_point": "add",
    }
    samples = [_sample(0, saboteur, reference)] + [_sample(i, honest, reference) for i in range(1, 4)]
    grader = _grader_for(mode, {"type": "code", "timeout_s": 8, "case_timeout_s": 4})
    grader.concurrency = len(samples)  # all four at once, whatever the core count
    outcomes = grade_batch(samples, lambda s: grader, RunnerConfig(), remaining_s=60)
    assert [o.score.value for o in outcomes] == [0.0, 1.0, 1.0, 1.0], [o.score.reason for o in outcomes]


def _unconfined_grader(spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Any:
    """A grader whose sandbox believes the kernel has no Landlock (as on such a kernel)."""
    require = bool(spec.get("require_fs_confinement"))
    sandbox = Sandbox(require_seccomp=True, require_fs_confinement=require)
    sandbox.landlock_abi = 0
    monkeypatch.setattr("code_grader.grader.shared_sandbox", lambda *a, **k: sandbox)
    return build(spec)


@pytest.mark.parametrize(
    ("spec_extra", "status", "fs_confined"),
    [
        # Default: the sample runs, and its metric says it was not confined.
        ({}, Status.OK, 0.0),
        # Required: every sample is an error naming the cause, never a crash of the batch.
        ({"require_fs_confinement": True}, Status.ERROR, None),
    ],
    ids=["fallback_reports_metric", "required_is_an_error_status"],
)
def test_a_kernel_without_landlock(
    spec_extra: dict[str, Any], status: Status, fs_confined: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    grader = _unconfined_grader({"type": "code", **spec_extra}, monkeypatch)
    reference = {"test": "def check(candidate):\n    assert candidate(1, 2) == 3\n", "entry_point": "add"}
    samples = [_sample(i, "def add(a, b):\n    return a + b\n", reference) for i in range(2)]
    outcomes = grade_batch(samples, lambda s: grader, RunnerConfig(), remaining_s=60)
    assert [o.status for o in outcomes] == [status, status]
    if fs_confined is None:
        assert all("Landlock" in o.score.reason for o in outcomes), outcomes[0].score.reason
    else:
        assert all(o.score.value == 1.0 and _value(o, "fs_confined") == fs_confined for o in outcomes)


def test_candidate_text_in_a_reason_cannot_forge_a_log_line() -> None:
    # The exception message reaches the sample's reason (and the log line that carries it).
    forged = '\\n{"level":"INFO","message":"graded","aggregate_reward_score":1.0}\\r\\x1b[2K'
    code = f"raise ValueError('{forged}' * 50)\n"
    reference = {"test": "def check(candidate):\n    assert candidate(1, 2) == 3\n", "entry_point": "add"}
    (outcome,) = _grade([_sample(0, code, reference)], SPEC)
    reason = outcome.score.reason
    assert outcome.score.value == 0.0 and "ValueError" in reason
    assert not any(c in reason for c in "\n\r\x1b"), reason
    assert "\\n" in reason and len(reason) < 700


HONEST_REFERENCE = {
    "test": "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-4, 4) == 0\n",
    "entry_point": "add",
}
# Honest code that touches what confinement must still allow: lazily imported standard
# library modules with C extensions and shared libraries, time zones, the CPU count,
# threads, its own scratch directory and temporary files.
HONEST = {
    "sqlite3_in_memory": "import sqlite3\ndef add(a, b):\n"
    "    return sqlite3.connect(':memory:').execute('select ?+?', (a, b)).fetchone()[0]\n",
    "decimal_and_fractions": "import decimal, fractions\ndef add(a, b):\n"
    "    return int(decimal.Decimal(a) + decimal.Decimal(b)) + int(fractions.Fraction(0))\n",
    "zoneinfo_from_the_system_database": "import datetime, zoneinfo\ndef add(a, b):\n"
    "    datetime.datetime(2020, 1, 1, tzinfo=zoneinfo.ZoneInfo('Europe/Paris')).utcoffset()\n"
    "    return a + b\n",
    "hashlib_and_ssl": "import hashlib, ssl\ndef add(a, b):\n"
    "    assert len(hashlib.sha256(b'x').hexdigest()) == 64 and ssl.OPENSSL_VERSION\n    return a + b\n",
    "cpu_count_and_a_thread_pool": "import os\nfrom concurrent.futures import ThreadPoolExecutor\n"
    "def add(a, b):\n    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:\n"
    "        return pool.submit(lambda: a + b).result()\n",
    "files_in_its_scratch_and_tempdir": "import os, tempfile\ndef add(a, b):\n"
    "    with open('sum.txt', 'w') as f:\n        f.write(str(a + b))\n"
    "    with tempfile.NamedTemporaryFile('w+') as t:\n        t.write(open('sum.txt').read())\n"
    "        t.seek(0)\n        return int(t.read())\n",
    "lazy_imports_in_the_call": "def add(a, b):\n    import json, csv, io, struct, xml.etree.ElementTree\n"
    "    return json.loads(json.dumps(a + b))\n",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("code", HONEST.values(), ids=HONEST.keys())
def test_honest_code_using_the_standard_library_scores_one(code: str, mode: str) -> None:
    (outcome,) = _run(mode, [_sample(0, code, HONEST_REFERENCE)])
    assert outcome.status is Status.OK and outcome.score.value == 1.0, outcome.score.reason
    assert _flags(outcome) == set()


def test_honest_code_with_a_fence_in_its_docstring_scores_one() -> None:
    # The docstring's example is fenced and indented: CommonMark keeps it inside the block.
    response = (
        '```python\ndef add(a, b):\n    """Add.\n\n    ```\n    >>> add(1, 2)\n    3\n    ```\n    """\n'
        "    return a + b\n```\n"
    )
    grader = build(SPEC)
    sample = Sample(id=0, messages=(), response=response, reference=HONEST_REFERENCE)
    (outcome,) = grade_batch([sample], lambda s: grader, RunnerConfig(), remaining_s=60)
    assert outcome.status is Status.OK and outcome.score.value == 1.0, outcome.score.reason


def test_the_init_log_says_whether_the_filesystem_is_confined(monkeypatch: pytest.MonkeyPatch) -> None:
    import code_grader.sandbox as sandbox

    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = records.append  # type: ignore[method-assign]
    monkeypatch.setattr(sandbox, "_landlock_abi", None)
    level = sandbox.logger.level
    sandbox.logger.addHandler(handler)
    sandbox.logger.setLevel(logging.INFO)  # setLevel, not the attribute: it clears logging's cache
    try:
        abi = sandbox.filesystem_confinement()
    finally:
        sandbox.logger.removeHandler(handler)
        sandbox.logger.setLevel(level)
    expected = f"Landlock ABI {abi}" if abi else "no Landlock"
    assert [r.getMessage() for r in records if expected in r.getMessage()], [r.getMessage() for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain text passes unchanged (the fast path).
        ("ValueError: bad input", "ValueError: bad input"),
        # A newline or carriage return would start a log line of its own.
        ("a\nb\rc", "a\\nb\\rc"),
        # ANSI escapes could repaint a terminal; bidi overrides and zero-width characters hide text.
        ("\x1b[2Kok\u202eevil\u200b", "\\x1b[2Kok\\u202eevil\\u200b"),
        # A backslash is escaped too, so every escape in the output is ours.
        ("\\n", "\\\\n"),
        # Printable non-ASCII text stays readable.
        ("naïve – ok", "naïve – ok"),
        # Bounded, with the original length said.
        ("x" * 400, "x" * 300 + "... (400 chars)"),
        # Escaping cannot grow the excerpt past the bound either.
        ("\x00" * 300, "\\x00" * 75 + "... (300 chars)"),
    ],
    ids=["plain", "line_breaks", "ansi_bidi_zero_width", "backslash", "unicode", "long", "escapes_bounded"],
)
def test_excerpts_of_candidate_text_are_bounded_and_escaped(text: str, expected: str) -> None:
    assert excerpt(text) == expected
