"""The runner's view of the candidate: a connection and proxies that only carry data.

Test code in the runner calls :class:`Remote` objects as if they were the candidate's
functions. Arguments are encoded, the call runs in the candidate process, and what comes
back is decoded into fresh plain values -- so ``assert f(x) == y`` compares two real
``int``/``list``/... objects in a process the candidate never ran code in. A value that is
not plain data comes back as another :class:`Remote`, which compares equal only to itself:
an object whose ``__eq__`` always says yes never gets asked.

An exception raised by the candidate is re-raised here as the built-in exception of the
same name (so ``pytest.raises(ValueError)`` works) or as :class:`CandidateError`;
``SystemExit`` and friends become :class:`CandidateExit`, an ordinary ``Exception``, so
they fail a test instead of ending the runner.
"""

from __future__ import annotations

import _signal  # not `signal`: its enums cost the sandbox's start-up more than they give
import builtins
import os
import select
import time

from code_grader.harness import wire

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class CandidateError(Exception):
    """The candidate raised an exception that is not a built-in one."""


class CandidateExit(Exception):
    """The candidate raised ``SystemExit``, ``KeyboardInterrupt`` or another non-Exception."""


class CandidateGone(Exception):
    """The candidate process died, timed out or broke the protocol; later calls fail too."""


class Connection:
    """Request/response over two pipes, with a per-call time limit."""

    def __init__(self, pid: int, request_fd: int, response_fd: int, call_timeout_s: float, deadline: float) -> None:
        self.pid, self.request_fd, self.response_fd = pid, request_fd, response_fd
        self.call_timeout_s = call_timeout_s
        self.deadline = deadline
        self.reader = wire.FrameReader()
        self.gone: str | None = None
        self.flags = {"timeout": False, "memory": False, "file_size": False, "crashed": False}
        self.refs: dict[int, Remote] = {}

    # -- transport --------------------------------------------------------------------
    def receive(self) -> dict[str, Any]:
        if self.gone:
            raise CandidateGone(self.gone)
        limit = min(time.monotonic() + self.call_timeout_s, self.deadline)
        while True:
            remaining = limit - time.monotonic()
            if remaining <= 0:
                self.flags["timeout"] = True
                self.kill("timed out")
                raise CandidateGone(self.gone)
            ready, _, _ = select.select([self.response_fd], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(self.response_fd, 1 << 20)
            except OSError:
                chunk = b""
            if not chunk:
                self._died()
                raise CandidateGone(self.gone)
            try:
                frames = self.reader.feed(chunk)
            except wire.WireError as exc:
                self.kill(f"sent an invalid frame ({exc})")
                raise CandidateGone(self.gone) from None
            if frames:
                if len(frames) > 1:
                    self.kill("answered more than it was asked")
                    raise CandidateGone(self.gone)
                return self._check(frames[0])

    def _check(self, frame: Any) -> dict[str, Any]:
        if type(frame) is not dict or not ({"value", "raise", "names"} & set(frame)):
            self.kill("sent a malformed reply")
            raise CandidateGone(self.gone)
        raised = frame.get("raise")
        if type(raised) is dict:
            self.flags["memory"] |= raised.get("memory") is True
            self.flags["file_size"] |= raised.get("file_size") is True
        return frame

    def request(self, message: dict[str, Any]) -> dict[str, Any]:
        if self.gone:
            raise CandidateGone(self.gone)
        try:
            wire.write_frame(self.request_fd, message)
        except OSError:
            self._died()
            raise CandidateGone(self.gone) from None
        return self.receive()

    def kill(self, reason: str) -> None:
        if self.gone:
            return
        self.gone = f"candidate process {reason}"
        try:
            os.kill(self.pid, _signal.SIGKILL)
            os.waitpid(self.pid, 0)  # reaped: its CPU time is accounted to the runner
        except (ProcessLookupError, ChildProcessError):
            pass

    def _died(self) -> None:
        """The pipe closed: make sure the process is gone, then say how it ended."""
        try:
            os.kill(self.pid, _signal.SIGKILL)  # it may have closed the pipe and lived on
            _, status = os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            status = 0
        self.gone = "candidate process " + describe_status(status, self.flags)

    def encode(self, value: Any) -> Any:
        return wire.encode(value, self._ref_of)

    def _ref_of(self, value: Any) -> wire.Ref:
        if isinstance(value, Remote) and object.__getattribute__(value, "_conn") is self:
            return wire.Ref(value._number, value._kind, value._type)
        raise wire.WireError(f"a {type(value).__name__} cannot be sent to the candidate")

    # -- values -----------------------------------------------------------------------
    def value(self, reply: dict[str, Any]) -> Any:
        if "raise" in reply:
            raise remote_exception(reply["raise"])
        try:
            return wire.decode(reply.get("value"), self.remote)
        except wire.WireError as exc:
            self.kill(f"sent an invalid value ({exc})")
            raise CandidateGone(self.gone) from None

    def remote(self, number: int, kind: str, type_name: str) -> Remote:
        if number not in self.refs:
            self.refs[number] = Remote(self, number, kind, type_name)
        return self.refs[number]

    def call(self, ref: int, op: str, **fields: Any) -> Any:
        return self.value(self.request({"op": op, "ref": ref, **fields}))


def describe_status(status: int, flags: dict[str, bool]) -> str:
    """Wait status -> words, setting the timeout / crashed flags it implies."""
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == _signal.SIGXCPU:
            flags["timeout"] = True
            return "ran out of CPU time"
        flags["crashed"] = True
        return f"was killed by {signal_name(sig)}"
    flags["crashed"] = True
    return f"exited (status {os.WEXITSTATUS(status)}) in the middle of the tests"


def signal_name(number: int) -> str:
    """``SIGKILL`` for 9 (the first name in alphabetical order where a number has two)."""
    for name in sorted(dir(_signal)):
        if name.startswith("SIG") and not name.startswith("SIG_") and getattr(_signal, name) == number:
            return name
    return f"signal {number}"


def remote_exception(raised: Any) -> Exception:
    if type(raised) is not dict:
        return CandidateError("raised an exception it could not describe")
    name, message = str(raised.get("type", "Exception")), str(raised.get("message", ""))
    cls = getattr(builtins, name, None)
    if isinstance(cls, type) and issubclass(cls, Exception):
        try:
            return cls(message)
        except Exception:
            return CandidateError(f"{name}: {message}")
    if isinstance(cls, type) and issubclass(cls, BaseException):
        return CandidateExit(f"{name}: {message}")
    return CandidateError(f"{name}: {message}")


class Remote:
    """A candidate function or object, usable only through calls and public attributes."""

    __slots__ = ("_conn", "_kind", "_number", "_type")

    def __init__(self, conn: Connection, number: int, kind: str, type_name: str) -> None:
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "_number", number)
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_type", type_name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._conn.call(self._number, "call", args=self._conn.encode(args), kwargs=self._conn.encode(kwargs))

    def __getattr__(self, name: str) -> Any:
        # Private and dunder names never reach the candidate: test frameworks probe
        # objects for markers (``__test__``, ``_pytestfixturefunction``, ...) and a
        # candidate must not be able to answer those.
        if name.startswith("_"):
            raise AttributeError(name)
        return self._conn.call(self._number, "getattr", name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("attributes of candidate objects cannot be set from the tests")

    def __len__(self) -> int:
        value = self._conn.call(self._number, "len")
        if type(value) is not int:
            raise TypeError("candidate's __len__ did not return an int")
        return value

    def __iter__(self) -> Any:
        value = self._conn.call(self._number, "iter")
        return iter(value)

    def __getitem__(self, key: Any) -> Any:
        return self._conn.call(self._number, "getitem", key=self._conn.encode(key))

    def __contains__(self, item: Any) -> bool:
        return self._conn.call(self._number, "contains", item=self._conn.encode(item)) is True

    def __str__(self) -> str:
        value = self._conn.call(self._number, "str")
        return value if type(value) is str else repr(self)

    def __bool__(self) -> bool:
        return self._conn.call(self._number, "bool") is True

    def __repr__(self) -> str:
        return f"<candidate {self._kind} {self._type!s:.40}>"

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __hash__(self) -> int:
        return id(self)
