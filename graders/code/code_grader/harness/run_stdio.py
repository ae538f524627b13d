"""Format ``stdio``: run the program once per case with the case's input on stdin.

Each case is a fresh fork of the runner that becomes a candidate process (own seccomp
filter, stdin from an in-memory file, stdout into a pipe read here with a size cap and a
time limit) and runs the code as ``__main__``. The expected outputs never enter the
sandbox: the runner returns what each run printed and how it ended, and the grader
compares. The run token is read only after the last case's process is gone.
"""

from __future__ import annotations

import _signal
import os
import select
import sys
import time

from code_grader.harness import candidate, remote
from code_grader.harness.boot import Session

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Exit statuses a case process uses to say how it ended (forgeable, and harmless: they
# only ever turn a case into a failure).
_RUNTIME_ERROR, _MEMORY, _FILE_SIZE = 1, 101, 102


def run(session: Session) -> None:
    job = session.job
    inputs: list[str] = job["inputs"]
    session.cases[:] = [{"status": "not_run", "stdout": ""} for _ in inputs]
    budget = int(job["max_case_output"])
    total_budget = int(job["max_total_output"])
    for case, stdin in zip(session.cases, inputs, strict=True):
        case.update(_run_case(session, stdin, min(budget, total_budget)))
        total_budget -= len(case["stdout"])
        for flag in ("timeout", "memory", "file_size", "crashed"):
            session.flags[flag] |= case["status"] == flag
    session.secret()


def _run_case(session: Session, stdin: str, cap: int) -> dict[str, Any]:
    job = session.job
    input_fd = os.memfd_create("stdin")
    os.write(input_fd, stdin.encode("utf-8"))
    os.lseek(input_fd, 0, os.SEEK_SET)
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        status = _RUNTIME_ERROR
        try:
            candidate.become_candidate(
                session.keep_fds,
                session.secured,
                session.stdlib_path,
                stdin_fd=input_fd,
                stdout_fd=out_w,
                ruleset_fd=session.ruleset_fd,
                fallback=session.fallback,
            )
            status = _main(job["code"], job["filename"])
        finally:
            os._exit(status)
    os.close(input_fd)
    os.close(out_w)
    try:
        return _collect(pid, out_r, cap, min(time.monotonic() + float(job["case_timeout_s"]), session.deadline))
    finally:
        os.close(out_r)


def _main(code: str, filename: str) -> int:
    namespace = {"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__}
    status = 0
    try:
        exec(compile(code, filename, "exec", dont_inherit=True), namespace)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except MemoryError:
        status = _MEMORY
    except OSError as exc:
        status = _FILE_SIZE if exc.errno == 27 else _RUNTIME_ERROR
        _print_exception()
    except BaseException:
        status = _RUNTIME_ERROR
        _print_exception()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        status = status or _RUNTIME_ERROR
    return status


def _print_exception() -> None:
    import traceback  # only when the program failed: it costs the start of every case

    traceback.print_exc()


def _collect(pid: int, fd: int, cap: int, limit: float) -> dict[str, Any]:
    chunks: list[bytes] = []
    size = 0
    status = "ok"
    while True:
        remaining = limit - time.monotonic()
        if remaining <= 0:
            status = "timeout"
            break
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        size += len(chunk)
        if size > cap:
            status = "output_exceeded"
            break
        chunks.append(chunk)
    wait_status, killed = _reap(pid, limit if status == "ok" else 0.0)
    if killed and status == "ok":
        status = "timeout"  # closed its stdout but kept running
    stdout = b"".join(chunks).decode("utf-8", errors="replace")
    if status != "ok":
        return {"status": status, "stdout": stdout}
    if os.WIFSIGNALED(wait_status):
        flags = {"timeout": False, "crashed": False}
        reason = remote.describe_status(wait_status, flags)
        return {"status": "timeout" if flags["timeout"] else "crashed", "stdout": stdout, "reason": reason}
    code = os.WEXITSTATUS(wait_status) if os.WIFEXITED(wait_status) else 0
    if code == _MEMORY:
        return {"status": "memory", "stdout": stdout}
    if code == _FILE_SIZE:
        return {"status": "file_size", "stdout": stdout}
    if code != 0:
        return {"status": "runtime_error", "stdout": stdout, "exit": code}
    return {"status": "ok", "stdout": stdout}


def _reap(pid: int, limit: float) -> tuple[int, bool]:
    """Wait for the case process until ``limit``, then kill it; ``(wait status, killed?)``."""
    delay = 0.0005
    while time.monotonic() < limit:
        done, wait_status = os.waitpid(pid, os.WNOHANG)
        if done:
            return wait_status, False
        time.sleep(delay)
        delay = min(delay * 2, 0.02)
    try:  # noqa: SIM105 - contextlib would cost the sandbox's start-up
        os.kill(pid, _signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, wait_status = os.waitpid(pid, 0)
    return wait_status, True
