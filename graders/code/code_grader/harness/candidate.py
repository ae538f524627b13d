"""The candidate side: a forked child that runs the model's code and answers requests.

Everything here runs after the child has dropped every file descriptor except its two
request pipes and stdout/stderr, installed the ``candidate`` seccomp profile and lost the
harness from ``sys.path``. Nothing in this process's memory is secret: the tests and the
run token are read by the runner only after this child was forked. The candidate can
rewrite any of this code at run time; all that buys it is control over its own answers,
which is what it had anyway -- the runner decodes them as plain data.
"""

from __future__ import annotations

import os
import sys
import types

from code_grader.harness import audit, landlock, seccomp, wire

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Flags in the exception payload, for the grader's memory / file-size metrics.
_EFBIG = 27


def spawn(
    code: str,
    module: str,
    filename: str,
    use_seccomp: bool,
    path: list[str],
    keep: tuple[int, ...] = (),
    ruleset_fd: int | None = None,
    fallback: tuple[tuple[str, ...], ...] | None = None,
) -> tuple[int, int, int]:
    """Fork the candidate process; returns ``(pid, request_write_fd, response_read_fd)``.

    ``path`` becomes the candidate's ``sys.path``: the standard library only, not the
    harness and not pytest.
    """
    req_r, req_w = os.pipe()
    resp_r, resp_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        status = 70
        try:
            become_candidate((req_r, resp_w, *keep), use_seccomp, path, ruleset_fd=ruleset_fd, fallback=fallback)
            serve(code, module, filename, req_r, resp_w)
            status = 0
        finally:
            os._exit(status)
    os.close(req_r)
    os.close(resp_w)
    return pid, req_w, resp_r


def become_candidate(
    keep: tuple[int, ...],
    use_seccomp: bool,
    path: list[str],
    stdin_fd: int | None = None,
    stdout_fd: int | None = None,
    ruleset_fd: int | None = None,
    fallback: tuple[tuple[str, ...], ...] | None = None,
) -> None:
    """Turn a freshly forked child of the runner into a candidate process.

    ``stdin_fd``/``stdout_fd`` replace fds 0 and 1 (stdin defaults to an empty pipe);
    ``ruleset_fd`` is the runner's Landlock ruleset, entered before any candidate code runs;
    without one, ``fallback`` holds the audit hook's allow-lists (:mod:`audit`).
    """
    if stdin_fd is None:  # an empty pipe, not /dev/null: nothing outside may be needed
        stdin_fd, writer = os.pipe()
        os.close(writer)
    os.dup2(stdin_fd, 0)
    if stdout_fd is not None:
        os.dup2(stdout_fd, 1)
    # Drop every inherited descriptor but stdio and our pipes: above all the runner's
    # job pipe (fd 0 before the dup2) and its result pipe.
    for fd in _open_fds():
        if fd > 2 and fd not in keep and fd != ruleset_fd:
            try:  # noqa: SIM105 - contextlib would cost the sandbox's start-up
                os.close(fd)
            except OSError:
                pass
    if ruleset_fd is not None:
        landlock.enter(ruleset_fd)
        os.close(ruleset_fd)
    if use_seccomp:
        seccomp.install("candidate")
    sys.path[:] = path
    if fallback is not None:
        audit.install(*fallback)


def _open_fds() -> list[int]:
    try:
        return [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return list(range(3, 1024))


class Server:
    """Holds the candidate's module and the objects the runner has references to."""

    def __init__(self) -> None:
        self.objects: dict[int, Any] = {}
        self.numbers: dict[int, int] = {}

    def to_ref(self, obj: Any) -> wire.Ref:
        number = self.numbers.get(id(obj))
        if number is None:
            number = len(self.objects) + 1
            self.objects[number] = obj
            self.numbers[id(obj)] = number
        kind = "callable" if callable(obj) else "object"
        return wire.Ref(number, kind, getattr(type(obj), "__name__", "?"))

    def from_ref(self, number: int, kind: str, type_name: str) -> Any:
        return self.objects[number]

    def encode(self, value: Any) -> Any:
        return wire.encode(value, self.to_ref)

    def handle(self, request: dict[str, Any]) -> Any:
        op = request["op"]
        target = self.objects[request["ref"]]
        if op == "call":
            args = wire.decode(request["args"], self.from_ref)
            kwargs = wire.decode(request["kwargs"], self.from_ref)
            return target(*args, **kwargs)
        if op == "getattr":
            return getattr(target, request["name"])
        if op == "len":
            return len(target)
        if op == "iter":
            return list(target)
        if op == "getitem":
            return target[wire.decode(request["key"], self.from_ref)]
        if op == "contains":
            return wire.decode(request["item"], self.from_ref) in target
        if op == "str":
            return str(target)
        if op == "bool":
            return bool(target)
        raise ValueError(f"unknown op {op!r}")


def serve(code: str, module: str, filename: str, req_fd: int, resp_fd: int) -> None:
    server = Server()
    mod = types.ModuleType(module)
    mod.__file__ = filename
    sys.modules[module] = mod
    try:
        exec(compile(code, filename, "exec", dont_inherit=True), mod.__dict__)
        names = {}
        for name, value in list(mod.__dict__.items()):
            if name.startswith("__") or isinstance(value, types.ModuleType):
                continue
            try:
                names[name] = server.encode(value)
            except Exception:  # unencodable module-level data is simply not offered
                continue
        reply: dict[str, Any] = {"names": names}
    except BaseException as exc:  # the candidate's import failing is its answer, not ours
        reply = {"raise": describe(exc)}
    wire.write_frame(resp_fd, reply)
    while True:
        try:
            request = wire.read_frame(req_fd)
        except EOFError:
            return
        try:
            reply = {"value": server.encode(server.handle(request))}
        except BaseException as exc:
            reply = {"raise": describe(exc)}
        wire.write_frame(resp_fd, reply)


def describe(exc: BaseException) -> dict[str, Any]:
    try:
        message = str(exc)[:500]  # raw (tests may match on it); the runner escapes it for reasons
    except BaseException:
        message = "<unprintable>"
    return {
        "type": type(exc).__name__,
        "message": message,
        "memory": isinstance(exc, MemoryError),
        "file_size": isinstance(exc, OSError) and exc.errno == _EFBIG,
    }
