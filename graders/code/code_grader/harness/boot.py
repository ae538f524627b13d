"""Entry point of the sandbox process (the *runner*), started by ``code_grader.sandbox``.

The grader starts ``python -S -s -P -B -c "<import this; main()>" HARNESS_ROOT`` in a
fresh session, as an unprivileged uid when it runs as root, in an empty scratch
directory with a scrubbed environment. Descriptors: 0 = job pipe from the grader,
1/2 = captured output, ``result_fd`` = the only channel whose content the grader reads as
a verdict.

Order matters, and is the security argument:

1. read part 1 of the job (the candidate's code and non-secret settings);
2. build the candidates' Landlock ruleset (:mod:`landlock`: the standard library, shared
   libraries and the scratch directory, nothing else), drop root where the grader had it,
   set resource limits, make the process non-dumpable, install the ``runner`` seccomp
   filter, report ``ready`` (with whether the filesystem is confined);
3. fork the candidate (it copies this process's memory: nothing secret is in it yet); it
   enters the Landlock domain and its own seccomp filter before running any of its code;
4. read part 2 (the tests and the run token) -- the candidate has no descriptor for it
   and cannot read this process's memory;
5. run the tests here, talking to the candidate only through :mod:`remote`;
6. write one final frame carrying the token, and exit.
"""

from __future__ import annotations

import _signal as signal  # the C module: `signal` would import enum, functools, collections
import builtins
import importlib
import os
import sys
import time

from code_grader.harness import candidate, landlock, limits, privileges, remote, seccomp, wire

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


# The real builtins, taken when the runner starts (no candidate code ever runs in this
# process, and no test code has run yet). Test code always gets a fresh copy of these as
# its ``__builtins__``: a candidate's module-level ``range`` or ``tuple`` never reaches it,
# and one snippet patching a builtin does not leak into the next.
REAL_BUILTINS: dict[str, object] = dict(builtins.__dict__)


def fresh_builtins() -> dict[str, object]:
    return dict(REAL_BUILTINS)


class Deadline(BaseException):
    """The runner's own time is up: stop testing and report what ran."""


class Session:
    """What a format runner needs: the job, the candidate, the secret part, the results."""

    def __init__(
        self,
        job: dict[str, Any],
        stdlib_path: list[str],
        keep_fds: tuple[int, ...],
        secured: bool,
        deadline: float,
        ruleset_fd: int | None = None,
        fallback: tuple[tuple[str, ...], ...] | None = None,
    ) -> None:
        self.job = job
        self.stdlib_path = stdlib_path
        self.keep_fds = keep_fds
        self.secured = secured
        self.ruleset_fd = ruleset_fd
        self.fallback = fallback  # the audit hook's allow-lists where there is no Landlock
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
            job["code"],
            job["module"],
            job["filename"],
            self.secured,
            self.stdlib_path,
            self.keep_fds,
            self.ruleset_fd,
            self.fallback,
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
            # Only plain public identifiers: a forged reply could offer ``__builtins__``,
            # ``__all__`` or a module ``__getattr__``.
            return {
                str(k): self.conn.value({"value": v})
                for k, v in dict(reply["names"]).items()
                if isinstance(k, str) and k.isidentifier() and not k.startswith("__")
            }
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


def _fs_confinement(job: dict[str, Any]) -> tuple[int | None, tuple[tuple[str, ...], ...] | None]:
    """The candidates' Landlock ruleset fd; or, where the kernel has none (and that is
    allowed), the allow-lists of the audit-hook fallback (:mod:`audit`)."""
    plan = landlock.candidate_plan(sys.path[1:], os.getcwd())
    try:
        # The grader's probe said no (tests turn it off to stand for such a kernel).
        abi = landlock.abi_version() if job.get("landlock", True) else 0
        if abi < 1:
            raise landlock.LandlockUnavailable("the kernel offers no Landlock (filesystem confinement)")
        return landlock.candidate_ruleset(abi, plan).fd, None
    except landlock.LandlockUnavailable:
        if job.get("require_fs_confinement"):
            raise
    reads = tuple(os.path.normpath(p) for p, a in plan if a != landlock.ALL and a & landlock.READ_FILE)
    lists = tuple(os.path.normpath(p) for p, a in plan if a == landlock.READ_DIR)
    writes = tuple(os.path.normpath(p) for p, a in plan if a == landlock.ALL or a & landlock.WRITE_FILE)
    return None, (reads, lists, writes)


def _on_alarm(signum: int, frame: object) -> None:
    raise Deadline()


def main() -> None:
    job = wire.read_frame(0)
    result_fd = int(job["result_fd"])
    try:
        # Built first, while still root where the grader is: the standard library may sit
        # under a 0700 home that the dropped uid can reach only through descriptors.
        ruleset_fd, fallback = _fs_confinement(job)
        keep_fds: tuple[int, ...] = ()
        if job.get("drop_to"):
            # The runner's own extra path (pytest's site-packages) may sit under a directory
            # the unprivileged uid cannot traverse (a 0700 checkout): reach it by descriptor
            # too. The candidate closes these; it keeps only the stdlib's.
            job["runner_path"], _, _ = privileges.reachable(job.get("runner_path") or [])
            # sys.path[0] is the harness: the candidate keeps only the stdlib's descriptors.
            keep_fds = tuple(privileges.drop(*job["drop_to"])[1:])
            if fallback:  # the stdlib is now reached through /proc/self/fd/N (dev machines only)
                fallback = (fallback[0] + tuple(sys.path[1:]), *fallback[1:])
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
    confined = ruleset_fd is not None
    wire.write_frame(result_fd, {"ready": True, "seccomp": secured, "fs_confined": confined})

    deadline = time.monotonic() + float(job["deadline_s"])
    session = Session(job, stdlib_path, keep_fds, secured, deadline, ruleset_fd, fallback)
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
