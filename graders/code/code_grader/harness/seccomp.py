"""A small seccomp-BPF filter installed with ctypes, no compiled dependency.

Two profiles, both deny-listing system calls with ``EPERM`` (so Python raises a clean
``PermissionError`` instead of the process dying mid-write):

- ``runner`` (the trusted test process): no sockets, no io_uring (it can open sockets
  without the ``socket`` call), no ptrace or cross-process memory access, no leaving the
  process group (``setsid``/``setpgid``: the grader kills the whole group on timeout), no
  ``execve``, no namespaces, keyrings, bpf or perf.
- ``candidate`` adds: no new processes (``fork``, ``vfork``, and ``clone`` without
  ``CLONE_THREAD``; ``clone3`` reports ``ENOSYS`` so glibc falls back to ``clone``, whose
  flags a filter can read). Threads are allowed; fork bombs end at the first fork. And
  signals only to itself (``kill``/``tgkill``/``rt_*sigqueueinfo`` with exactly its own
  pid; not 0, its process group, which holds its runner): in Lambda every sample's processes
  share one uid, and a rollout that could kill its siblings' sandboxes would raise its own
  GRPO advantage. Landlock's signal scope (ABI 6) says the same a second time.

Any other architecture or ABI than the one the filter was written for (x86-64 without x32,
or aarch64) kills the process: a 32-bit ``int 0x80`` call would otherwise slip past the
syscall numbers checked here. Filters stack, so the candidate gets both.
"""

from __future__ import annotations

import ctypes
import os
import struct

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
PR_SET_DUMPABLE = 4
SECCOMP_MODE_FILTER = 2

RET_KILL_PROCESS = 0x80000000
RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
EPERM, ENOSYS = 1, 38
CLONE_THREAD = 0x00010000

# BPF opcodes
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_JSET_K = 0x45
_RET_K = 0x06

# arch -> (AUDIT_ARCH value, syscall numbers by name)
# fmt: off
_ARCHES: dict[str, tuple[int, dict[str, int]]] = {
    "x86_64": (
        0xC000003E,
        {
            "socket": 41, "connect": 42, "accept": 43, "bind": 49, "listen": 50, "accept4": 288,
            "clone": 56, "fork": 57, "vfork": 58, "execve": 59, "execveat": 322, "clone3": 435,
            "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312,
            "pidfd_getfd": 438, "setpgid": 109, "setsid": 112, "mount": 165, "unshare": 272,
            "setns": 308, "add_key": 248, "request_key": 249, "keyctl": 250, "perf_event_open": 298,
            "bpf": 321, "userfaultfd": 323, "io_uring_setup": 425, "io_uring_enter": 426,
            "io_uring_register": 427, "name_to_handle_at": 303, "open_by_handle_at": 304,
            "kill": 62, "tkill": 200, "tgkill": 234, "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297,
            "pidfd_send_signal": 424,
        },
    ),
    "aarch64": (
        0xC00000B7,
        {
            "socket": 198, "connect": 203, "accept": 202, "bind": 200, "listen": 201, "accept4": 242,
            "clone": 220, "execve": 221, "execveat": 281, "clone3": 435,
            "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272,
            "pidfd_getfd": 438, "setpgid": 154, "setsid": 157, "mount": 40, "unshare": 97,
            "setns": 268, "add_key": 217, "request_key": 218, "keyctl": 219, "perf_event_open": 241,
            "bpf": 280, "userfaultfd": 282, "io_uring_setup": 425, "io_uring_enter": 426,
            "io_uring_register": 427, "name_to_handle_at": 264, "open_by_handle_at": 265,
            "kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "rt_tgsigqueueinfo": 240,
            "pidfd_send_signal": 424,
        },
    ),
}

_RUNNER_DENY = (
    "socket", "connect", "accept", "bind", "listen", "accept4", "execve", "execveat",
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd", "setpgid", "setsid",
    "mount", "unshare", "setns", "add_key", "request_key", "keyctl", "perf_event_open", "bpf",
    "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
    "name_to_handle_at", "open_by_handle_at",
)
_CANDIDATE_DENY = ("fork", "vfork", "tkill", "pidfd_send_signal")
# Signals that name their target process in the first argument: own process only.
_CANDIDATE_OWN_PID = ("kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")
# fmt: on


class SeccompUnavailable(OSError):
    """The kernel or platform refused the filter (the caller decides whether that is fatal)."""


def _stmt(code: int, k: int) -> bytes:
    return struct.pack("=HBBI", code, 0, 0, k)


def _jump(code: int, k: int, jt: int, jf: int) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def build_program(profile: str, machine: str | None = None, pid: int = 0) -> bytes:
    """The BPF program for ``profile`` ("runner" or "candidate") as raw ``sock_filter`` bytes.

    ``pid`` is the candidate's own process id, the only target its signals may have.
    """
    machine = machine or os.uname().machine
    if machine not in _ARCHES:
        raise SeccompUnavailable(f"no seccomp filter for architecture {machine!r}")
    audit_arch, numbers = _ARCHES[machine]
    deny = [numbers[name] for name in _RUNNER_DENY if name in numbers]
    if profile == "candidate":
        deny += [numbers[name] for name in _CANDIDATE_DENY if name in numbers]

    prog = [
        _stmt(_LD_W_ABS, 4),  # seccomp_data.arch
        _jump(_JEQ_K, audit_arch, 1, 0),
        _stmt(_RET_K, RET_KILL_PROCESS),
        _stmt(_LD_W_ABS, 0),  # seccomp_data.nr
    ]
    if machine == "x86_64":  # x32 ABI numbers carry bit 30
        prog += [_jump(_JGE_K, 0x40000000, 0, 1), _stmt(_RET_K, RET_KILL_PROCESS)]
    if profile == "candidate":
        # clone: allowed only for threads. args[0] (flags) low word sits at offset 16.
        prog += [
            _jump(_JEQ_K, numbers["clone3"], 0, 1),
            _stmt(_RET_K, RET_ERRNO | ENOSYS),
            _jump(_JEQ_K, numbers["clone"], 0, 4),
            _stmt(_LD_W_ABS, 16),
            _jump(_JSET_K, CLONE_THREAD, 0, 1),
            _stmt(_RET_K, RET_ALLOW),
            _stmt(_RET_K, RET_ERRNO | EPERM),
        ]
        for name in _CANDIDATE_OWN_PID:
            # args[0] is a pid_t in a 64-bit slot: high word 0 and low word exactly our pid.
            # Not 0 (our process group: that holds the runner), not -1, not -pgid.
            prog += [
                _jump(_JEQ_K, numbers[name], 0, 6),
                _stmt(_LD_W_ABS, 20),
                _jump(_JEQ_K, 0, 0, 3),
                _stmt(_LD_W_ABS, 16),
                _jump(_JEQ_K, pid, 0, 1),
                _stmt(_RET_K, RET_ALLOW),
                _stmt(_RET_K, RET_ERRNO | EPERM),
            ]
    for number in deny:
        prog += [_jump(_JEQ_K, number, 0, 1), _stmt(_RET_K, RET_ERRNO | EPERM)]
    prog.append(_stmt(_RET_K, RET_ALLOW))
    return b"".join(prog)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def set_not_dumpable() -> None:
    """Make this process's /proc files and memory unreadable to other same-uid processes.

    A non-dumpable process cannot be ptraced, and its ``/proc/PID/{mem,environ,fd}`` need
    ``CAP_SYS_PTRACE``; in Lambda the candidate runs under the runtime's own uid.
    """
    libc = _libc()
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise SeccompUnavailable(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")


def install(profile: str) -> None:
    """Install the filter on the calling thread (before any other thread exists)."""
    program = build_program(profile, pid=os.getpid())
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc = _libc()
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise SeccompUnavailable(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise SeccompUnavailable(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
