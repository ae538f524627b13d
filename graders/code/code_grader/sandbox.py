"""The grader's side of the sandbox: start a runner, feed it, watch it, kill it, clean up.

One call of :meth:`Sandbox.run` is one sample: a fresh scratch directory, a fresh
interpreter in its own session (``setsid``: on any exit path the whole process group is
killed with ``SIGKILL``), a scrubbed environment, and a wall-clock limit enforced here,
outside the sandbox. Output on stdout/stderr is kept up to a small cap and the run is
killed when it exceeds a larger one. The verdict is read only from the result pipe, and a
final frame counts only if it carries the run's random token.

Thread-safe: worker threads of the batch runner each drive one sandbox at a time
(``subprocess`` with ``start_new_session``/``pass_fds`` and no ``preexec_fn``).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import logging
import os
import secrets
import selectors
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from code_grader.harness import wire

BOOT = "import sys; sys.path.insert(0, sys.argv[1]); from code_grader.harness.boot import main; main()"
HARNESS_ROOT = str(Path(__file__).resolve().parent.parent)
# Nothing of the function's environment reaches the candidate but these (no AWS_*
# credentials, no AWS_LAMBDA_RUNTIME_API). LD_LIBRARY_PATH is passed on because Lambda's
# interpreter may need it to start.
PASSED_ENV = ("LD_LIBRARY_PATH",)
SWEPT_DIRS = ("/tmp", "/var/tmp", "/dev/shm")
SANDBOX_UID = 65534  # "nobody": used only when the grader runs as root
KEEP_OUTPUT = 16 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-sample limits. ``wall_s`` is enforced by the grader, the rest by the kernel."""

    wall_s: float
    cpu_s: int
    memory_mb: int = 256
    file_mb: int = 16
    open_files: int = 64
    processes: int = 32
    output_bytes: int = 1024 * 1024

    def as_job(self) -> dict[str, Any]:
        return {
            "cpu_s": self.cpu_s,
            "memory_mb": self.memory_mb,
            "file_mb": self.file_mb,
            "open_files": self.open_files,
            "processes": self.processes,
        }


@dataclass
class RunResult:
    """What came out of one sandbox run, before any scoring."""

    final: dict[str, Any] | None = None  # the token-verified final frame
    ready: bool = False
    seccomp: bool = False
    fs_confined: bool = False
    setup_error: str | None = None
    protocol_error: str | None = None
    wall_timeout: bool = False
    output_exceeded: bool = False
    exit_status: int | None = None
    stdout: bytes = b""
    stderr: bytes = b""
    frames: list[Any] = field(default_factory=list)


_lock = threading.Lock()
_sandboxes: dict[tuple[bool, bool], Sandbox] = {}
logger = logging.getLogger(__name__)


def shared_sandbox(require_seccomp: bool = True, require_fs_confinement: bool = False) -> Sandbox:
    """The process-wide sandbox (one scratch base and one /tmp baseline for all graders)."""
    key = (require_seccomp, require_fs_confinement)
    with _lock:
        if key not in _sandboxes:
            _sandboxes[key] = Sandbox(require_seccomp, require_fs_confinement=require_fs_confinement)
        return _sandboxes[key]


class Sandbox:
    """Starts runners; shared by all code graders of the process and their worker threads."""

    def __init__(
        self, require_seccomp: bool = True, sandbox_uid: int = SANDBOX_UID, require_fs_confinement: bool = False
    ) -> None:
        self.require_seccomp = require_seccomp
        self.require_fs_confinement = require_fs_confinement
        self.landlock_abi = filesystem_confinement()
        self.python = sys.executable
        # As root, the runner drops to this uid before anything else (see harness.privileges).
        self.drop_to = (sandbox_uid, sandbox_uid) if os.geteuid() == 0 else None
        self.base, self.same_uid_baseline = _process_state(same_uid=self.drop_to is None)

    def run(self, job: dict[str, Any], secret: dict[str, Any], limits: Limits) -> RunResult:
        token = secrets.token_hex(16)
        scratch = tempfile.mkdtemp(dir=self.base)
        result_r, result_w = os.pipe()
        confined = False
        try:
            if self.drop_to:
                os.chown(scratch, *self.drop_to)
            part1 = {
                **job,
                "result_fd": result_w,
                "limits": limits.as_job(),
                "require_seccomp": self.require_seccomp,
                "require_fs_confinement": self.require_fs_confinement,
                "landlock": self.landlock_abi > 0,
                "drop_to": self.drop_to,
            }
            payload = _frame(part1) + _frame({**secret, "token": token})
            proc = subprocess.Popen(
                [self.python, "-S", "-s", "-P", "-B", "-c", BOOT, HARNESS_ROOT],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(result_w,),
                cwd=scratch,
                env=self._environment(scratch),
                start_new_session=True,
                umask=0o077,
            )
            os.close(result_w)
            result_w = -1
            try:
                result = self._watch(proc, payload, result_r, limits)
            finally:
                _kill_group(proc.pid)
                if proc.stdin:
                    proc.stdin.close()
            _check_frames(result, token)
            confined = result.fs_confined
            return result
        finally:
            for fd in (result_r, result_w):
                if fd >= 0:
                    os.close(fd)
            remove_tree(scratch)
            if not confined:  # under Landlock the candidate could write nowhere else
                self.sweep()

    def _environment(self, scratch: str) -> dict[str, str]:
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": scratch,
            "TMPDIR": scratch,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            # Deterministic grading: set and dict-of-str iteration orders must not vary.
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONUTF8": "1",
            "PYTHONIOENCODING": "utf-8",
        }
        env.update({k: os.environ[k] for k in PASSED_ENV if k in os.environ})
        return env

    def _watch(self, proc: subprocess.Popen[bytes], payload: bytes, result_fd: int, limits: Limits) -> RunResult:
        result = RunResult()
        deadline = time.monotonic() + limits.wall_s
        assert proc.stdin and proc.stdout and proc.stderr
        outputs = {proc.stdout.fileno(): bytearray(), proc.stderr.fileno(): bytearray()}
        output_total = 0
        reader = wire.FrameReader()
        pending = memoryview(payload)
        with selectors.DefaultSelector() as selector:
            for fd in (proc.stdin.fileno(), proc.stdout.fileno(), proc.stderr.fileno(), result_fd):
                os.set_blocking(fd, False)
            selector.register(proc.stdin.fileno(), selectors.EVENT_WRITE)
            for fd in (*outputs, result_fd):
                selector.register(fd, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    result.wall_timeout = True
                    break
                for key, _ in selector.select(remaining):
                    fd = key.fd
                    if fd == proc.stdin.fileno():
                        try:
                            pending = pending[os.write(fd, pending) :]
                        except OSError:  # the runner is gone; its exit says why
                            pending = pending[len(pending) :]
                        if not pending:
                            selector.unregister(fd)
                        continue
                    try:
                        chunk = os.read(fd, 1 << 16)
                    except BlockingIOError:
                        continue
                    if not chunk:
                        selector.unregister(fd)
                        if fd == result_fd:
                            return self._finish(proc, result, outputs)
                        continue
                    if fd == result_fd:
                        try:
                            result.frames.extend(reader.feed(chunk))
                        except wire.WireError as exc:
                            result.protocol_error = str(exc)
                            return self._finish(proc, result, outputs)
                        continue
                    output_total += len(chunk)
                    kept = outputs[fd]
                    kept += chunk[: max(0, KEEP_OUTPUT - len(kept))]
                    if output_total > limits.output_bytes:
                        result.output_exceeded = True
                        return self._finish(proc, result, outputs)
        return self._finish(proc, result, outputs)

    def _finish(self, proc: subprocess.Popen[bytes], result: RunResult, outputs: dict[int, bytearray]) -> RunResult:
        # The runner wrote its last frame (or will never): nothing in the group may live on.
        _kill_group(proc.pid)
        result.exit_status = proc.wait()
        assert proc.stdout and proc.stderr
        result.stdout = bytes(outputs[proc.stdout.fileno()])
        result.stderr = bytes(outputs[proc.stderr.fileno()])
        proc.stdout.close()
        proc.stderr.close()
        return result

    def sweep(self) -> None:
        """Remove what candidates left outside their scratch directories."""
        for directory in SWEPT_DIRS:
            try:
                names = os.listdir(directory)
            except OSError:
                continue
            for name in names:
                path = os.path.join(directory, name)
                if path == self.base:
                    continue
                try:
                    owner = os.lstat(path).st_uid
                except OSError:
                    continue
                ours = self.drop_to is not None and owner == self.drop_to[0]
                known = self.same_uid_baseline
                new = known is not None and name not in known.get(directory, set()) and owner == os.getuid()
                if ours or new:
                    # Best effort: a leftover that cannot be removed must not fail the sample
                    # that was just graded (the next sweep tries again).
                    with contextlib.suppress(OSError):
                        remove_tree(path)


_state: tuple[str, dict[str, set[str]] | None] | None = None
_landlock_abi: int | None = None
_probe_lock = threading.Lock()


def filesystem_confinement() -> int:
    """The kernel's Landlock ABI (0: none), probed and logged once per process.

    Where it is 0 the candidate reads what its uid may read: every sample says so in its
    ``fs_confined`` metric, and ``require_fs_confinement`` makes each sample an error.
    """
    global _landlock_abi
    with _probe_lock:
        if _landlock_abi is None:
            from code_grader.harness.landlock import abi_version

            _landlock_abi = abi_version()
            if _landlock_abi:
                logger.info("code sandbox: Landlock ABI %d, candidates' filesystem confined", _landlock_abi)
            else:
                logger.warning(
                    "code sandbox: this kernel offers no Landlock; candidates can read whatever their uid "
                    "can read (fs_confined = 0 on every sample; require_fs_confinement makes them errors)"
                )
        return _landlock_abi


def _process_state(same_uid: bool) -> tuple[str, dict[str, set[str]] | None]:
    """Create the scratch base once per process, and protect this process from its candidates.

    Where the candidate runs under our own uid (Lambda), the grader process is made
    non-dumpable: otherwise ``/proc/<grader>/environ`` (the function's AWS credentials)
    and ``/proc/<grader>/mem`` would be open to it. The shared temporary directories are
    snapshotted there too, so that whatever a candidate leaves in them can be told apart
    and removed (a sticky /tmp lets us remove only our own uid's files anyway).
    """
    global _state
    if _state is None:
        base = tempfile.mkdtemp(prefix="rft-code-")
        os.chmod(base, 0o711)  # a sandbox uid may enter its own directory, not list others
        atexit.register(remove_tree, base)
        baseline = None
        if same_uid:
            from code_grader.harness.seccomp import set_not_dumpable

            set_not_dumpable()
            if os.environ.get("LAMBDA_TASK_ROOT"):
                baseline = {d: set(os.listdir(d)) for d in SWEPT_DIRS if os.path.isdir(d)}
        _state = (base, baseline)
    return _state


def _frame(message: Any) -> bytes:
    payload = wire.dumps(message)
    return len(payload).to_bytes(4, "big") + payload


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _check_frames(result: RunResult, token: str) -> None:
    frames = result.frames
    if not frames:
        return
    first = frames[0]
    if type(first) is dict and "setup_error" in first:
        result.setup_error = str(first["setup_error"])
        return
    if type(first) is not dict or first.get("ready") is not True:
        result.protocol_error = "the runner did not report ready"
        return
    result.ready = True
    result.seccomp = first.get("seccomp") is True
    result.fs_confined = first.get("fs_confined") is True
    if len(frames) > 2:
        result.protocol_error = "the runner wrote more frames than the protocol has"
        return
    if len(frames) == 2:
        final = frames[1]
        # A plain comparison: the token is single-use and the candidate cannot time the grader.
        if type(final) is dict and final.get("token") == token:
            result.final = final
        else:
            result.protocol_error = "the final frame does not carry this run's token"


def remove_tree(path: str) -> None:
    """``rm -rf`` that also gets through directories a candidate made unreadable."""

    def fix(function: Any, target: str, exc: BaseException) -> None:
        # Root never needs this, and must not chmod paths a live candidate could swap
        # for symlinks; as the candidate's own uid, chmod can only touch its files.
        if isinstance(exc, FileNotFoundError):
            return
        if os.geteuid() == 0:
            raise exc
        parent = os.path.dirname(target)
        try:
            os.chmod(parent, stat.S_IRWXU)
            if os.path.isdir(target) and not os.path.islink(target):
                os.chmod(target, stat.S_IRWXU)
                shutil.rmtree(target, onexc=fix)
            else:
                os.unlink(target)
        except OSError as error:
            if error.errno != errno.ENOENT:
                raise

    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, onexc=fix)
    else:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
