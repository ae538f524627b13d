"""Entry point of the sandbox process (the *runner*), started by ``code_grader.sandbox``.

The grader starts ``python -S -s -P -B -c "<import this; main()>" HARNESS_ROOT`` in a
fresh session, as an unprivileged uid when it runs as root, in an empty scratch
directory with a scrubbed environment. Descriptors: 0 = job pipe from the grader,
1/2 = captured output, ``result_fd`` = the only channel whose content the grader reads as
a verdict.

Order matters, and is the security argument:

1. read part 1 of the job (the candidate's code and non-secret settings);
2. set resource limits, make the process non-dumpable, install the ``runner`` seccomp
   filter, report ``ready``;
3. fork the candidate (it copies this process's memory: nothing secret is in it yet);
4. read part 2 (the tests and the run token) -- the candidate has no descriptor for it
   and cannot read this process's memory;
5. run the tests here, talking to the candidate only through :mod:`remote`;
6. write one final frame carrying the token, and exit.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import time

from code_grader.harness import candidate, limits, privileges, remote, seccomp, wire

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Deadline(BaseException):
    """The runner's own time is up: stop testing and report what ran."""


class Session:
    """What a format runner needs: the job, the candidate, the secret part, the results."""

    def __init__(
        self, job: dict[str, Any], stdlib_path: list[str], keep_fds: tuple[int, ...], secured: bool, deadline: float
    ) -> None:
        self.job = job
        self.stdlib_path = stdlib_path
        self.keep_fds = keep_fds
        self.secured = secured
        self.deadline = deadline
        self.cases: list[dict[str, Any]] = []
        self.flags = {"timeout": False, "memory": False, "file_size": False, "crashed": False}
        self.load_error: str | None = None
        self.runner_error: str | None = None
        self.conn: remote.Connection | None = None
        self._secret: dict[str, Any] | None = None

    def secret(self) -> dict[str, Any]:
        """Part 2 of the job; read only after every long-lived candidate was forked."""
        if self._secret is None:
            self._secret = wire.read_frame(0)
        return self._secret

    def start_candidate(self) -> dict[str, Any] | None:
        """Fork the candidate, load its code; its public names, or ``None`` if loading failed."""
        job = self.job
        pid, req_w, resp_r = candidate.spawn(
            job["code"], job["module"], job["filename"], self.secured, self.stdlib_path, self.keep_fds
        )
        self.conn = remote.Connection(pid, req_w, resp_r, float(job["case_timeout_s"]), self.deadline)
        try:
            reply = self.conn.receive()
        except remote.CandidateGone as exc:
            self.load_error = str(exc)
            return None
        if "raise" in reply:
            raised = reply["raise"]
            self.load_error = f"importing the code raised {remote.remote_exception(raised)!r}"
            return None
        try:
            return {str(k): self.conn.value({"value": v}) for k, v in dict(reply["names"]).items()}
        except (remote.CandidateGone, TypeError, ValueError) as exc:
            self.load_error = f"the code's names could not be read: {exc}"
            return None

    def report(self) -> dict[str, Any]:
        if self.conn is not None:
            for key, value in self.conn.flags.items():
                self.flags[key] |= value
            self.conn.kill("finished")
        return {
            "cases": self.cases,
            "flags": self.flags,
            "load_error": self.load_error,
            "runner_error": self.runner_error,
            "seccomp": self.secured,
        }


def _on_alarm(signum: int, frame: object) -> None:
    raise Deadline()


def main() -> None:
    job = wire.read_frame(0)
    result_fd = int(job["result_fd"])
    try:
        keep_fds: tuple[int, ...] = ()
        if job.get("drop_to"):
            # The runner's own extra path (pytest's site-packages) may sit under a directory
            # the unprivileged uid cannot traverse (a 0700 checkout): reach it by descriptor
            # too. The candidate closes these; it keeps only the stdlib's.
            job["runner_path"], _, _ = privileges.reachable(job.get("runner_path") or [])
            # sys.path[0] is the harness: the candidate keeps only the stdlib's descriptors.
            keep_fds = tuple(privileges.drop(*job["drop_to"])[1:])
        stdlib_path = sys.path[1:]
        limits.apply(job["limits"])
        seccomp.set_not_dumpable()
        secured = True
        try:
            seccomp.install("runner")
        except seccomp.SeccompUnavailable:
            if job["require_seccomp"]:
                raise
            secured = False
    except Exception as exc:
        wire.write_frame(result_fd, {"setup_error": f"{type(exc).__name__}: {exc}"})
        os._exit(0)
    wire.write_frame(result_fd, {"ready": True, "seccomp": secured})

    session = Session(job, stdlib_path, keep_fds, secured, time.monotonic() + float(job["deadline_s"]))
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, float(job["deadline_s"]))
    try:
        importlib.import_module(f"code_grader.harness.run_{job['format']}").run(session)
    except Deadline:
        session.flags["timeout"] = True
    except MemoryError:
        session.flags["memory"] = True
    except Exception as exc:  # a harness bug: the grader reports it as an error, not a score
        session.runner_error = f"{type(exc).__name__}: {exc}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    report = session.report()
    wire.write_frame(result_fd, {"token": session.secret()["token"], **report})
    sys.stdout.flush()
    os._exit(0)
