"""The fallback where the kernel has no Landlock: a CPython audit hook in the candidate.

**Not a security boundary** (CPython's own documentation says audit hooks are not a
sandbox): code that corrupts its interpreter's memory, or opens a file relative to a
directory descriptor it already holds, gets past it. It turns the plain ways of reaching
outside the scratch directory -- ``open``, ``os.listdir``, ``os.remove``, ``sqlite3.connect``
on another sample's or the dataset's files -- into a ``PermissionError``, and takes the
obvious tools for the rest away (``ctypes``, new symlinks and hard links, replacing the
hook's code). Samples still report ``fs_confined = 0`` under it.

The allow-list is the Landlock one (:func:`landlock.candidate_plan`): read beneath the
standard library (not site-packages), the shared-library directories and a few system
files; read and write beneath the scratch directory.
"""

from __future__ import annotations

import os
import sys

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_WRITES = frozenset(("os.mkdir", "os.rmdir", "os.remove", "os.rename", "os.truncate", "os.chmod", "os.chown",
                     "os.utime", "os.setxattr", "os.removexattr", "os.chflags", "os.lchflags", "os.lchmod",
                     "os.lchown", "os.mkfifo", "os.mknod", "dbm.open"))  # fmt: skip
_LISTS = frozenset(("os.listdir", "os.scandir", "glob.glob"))
_DENIED = frozenset(("os.symlink", "os.link", "sqlite3.enable_load_extension", "sqlite3.load_extension",
                     "os.exec", "os.posix_spawn", "os.spawn", "os.system", "os.fork", "os.forkpty",
                     "subprocess.Popen", "os.startfile", "socket.__new__", "os.add_dll_directory"))  # fmt: skip
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
AT_FDCWD = -100


def install(reads: tuple[str, ...], lists: tuple[str, ...], writes: tuple[str, ...]) -> None:
    """Install the hook for the rest of this process's life (hooks cannot be removed).

    Everything the hook uses is bound in its defaults (immutable tuples, C functions)
    rather than looked up in module globals the candidate could patch; replacing a
    function's defaults or code is itself an audited event, refused here, and so are the
    ``gc`` calls that would find the hook's objects.
    """
    getcwd, fspath, normpath = os.getcwd, os.fspath, os.path.normpath  # C functions in 3.13

    def resolve(path: Any) -> str:
        """Absolute and normalised; symlinks are not resolved (the candidate cannot make any)."""
        text = fspath(path)
        if type(text) is bytes:
            text = text.decode("utf-8", "surrogateescape")
        if not text.startswith("/"):
            text = getcwd() + "/" + text
        return normpath(text)

    def require(path: Any, roots: tuple[str, ...], event: str) -> None:
        if type(path) is int or path is None:  # a descriptor it already holds
            return
        absolute = resolve(path)
        for root in roots:
            if absolute == root or absolute.startswith(root + "/"):
                return
        raise PermissionError(1, f"{event}: outside the sandbox's files", absolute)

    def hook(
        event: str,
        args: tuple[Any, ...],
        _require: Any = require,
        _reads: tuple[str, ...] = reads + writes,
        _lists: tuple[str, ...] = lists + reads + writes,
        _writes: tuple[str, ...] = writes,
        _flags: int = _WRITE_FLAGS,
        _events: tuple[frozenset[str], ...] = (_WRITES, _LISTS, _DENIED),
        _error: type[Exception] = PermissionError,
    ) -> None:
        if event == "open":
            path, mode, flags = args
            writing = (type(mode) is str and any(c in mode for c in "wax+")) or (type(flags) is int and flags & _flags)
            _require(path, _writes if writing else _reads, event)
        elif event in _events[1]:
            if args:
                _require(args[0], _lists, event)
        elif event in _events[0]:
            for path in args[:2] if event == "os.rename" else args[:1]:
                _require(path, _writes, event)
        elif event == "sqlite3.connect":
            if args[0] not in (":memory:", "", b":memory:", b""):
                _require(args[0], _writes, event)
        elif event in _events[2] or event.startswith(("ctypes.", "gc.get_")):
            raise _error(f"{event} is not allowed in the sandbox")
        elif event in ("object.__setattr__", "object.__delattr__") and args and args[0] in protected:
            raise _error("the sandbox's audit hook cannot be changed")

    protected = (hook, require, resolve)
    sys.addaudithook(hook)
