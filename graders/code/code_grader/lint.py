"""Run ruff on a piece of code and count what it reports, per rule.

ruff is a trusted binary that only parses the code (it never runs it), so it runs
outside the sandbox, but still with a scrubbed environment, a time limit, its input on
stdin and ``--isolated`` (no configuration file, whatever the working directory holds),
``--no-cache`` (Lambda's file system is read-only) and ``--ignore-noqa`` (a ``# noqa``
written by the policy must not hide its own violations).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass

from grader_core.errors import SampleError

SYNTAX = "invalid-syntax"


class RuffNotFound(FileNotFoundError):
    pass


def find_ruff() -> str:
    """The ruff executable: the Lambda artifact's ``bin/``, else ruff's own finder, else PATH."""
    candidates = []
    task_root = os.environ.get("LAMBDA_TASK_ROOT")
    if task_root:
        candidates.append(os.path.join(task_root, "bin", "ruff"))
    try:
        from ruff import find_ruff_bin

        candidates.append(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        pass
    candidates.append(shutil.which("ruff") or "")
    for path in candidates:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise RuffNotFound("no executable ruff binary (looked in $LAMBDA_TASK_ROOT/bin, ruff.find_ruff_bin(), PATH)")


@dataclass(frozen=True)
class LintReport:
    counts: dict[str, int]  # rule code -> number of violations (syntax errors under SYNTAX)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def syntax_error(self) -> bool:
        return SYNTAX in self.counts


def run_ruff(
    ruff: str, code: str, select: tuple[str, ...], ignore: tuple[str, ...], line_length: int, timeout_s: float
) -> LintReport:
    command = [
        ruff, "check", "--no-cache", "--isolated", "--ignore-noqa", "--no-fix", "--quiet",
        "--output-format", "json", "--target-version", "py313", "--line-length", str(line_length),
        "--select", ",".join(select), "--stdin-filename", "solution.py",
    ]  # fmt: skip
    if ignore:
        command += ["--ignore", ",".join(ignore)]
    command.append("-")
    try:
        done = subprocess.run(
            command,
            input=code.encode("utf-8", errors="surrogatepass"),
            capture_output=True,
            timeout=timeout_s,
            cwd="/",
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SampleError(f"ruff took longer than {timeout_s:.1f}s") from None
    except OSError as exc:
        raise SampleError(f"ruff could not run: {exc}") from None
    if done.returncode not in (0, 1):  # 0: clean, 1: violations, anything else: ruff failed
        raise SampleError(f"ruff failed (exit {done.returncode}): {done.stderr.decode(errors='replace')[:300]}")
    try:
        diagnostics = json.loads(done.stdout or b"[]")
    except ValueError:
        raise SampleError("ruff printed something that is not JSON") from None
    return LintReport(dict(Counter(str(d.get("code") or SYNTAX) for d in diagnostics)))
