"""Dropping root, for machines where the grader itself runs as root (dev boxes, CI).

Lambda runs functions as an unprivileged user, so none of this happens there. As root,
``RLIMIT_NPROC`` binds nothing and the candidate could read every file, so the runner
switches to an unprivileged uid before it sets limits. The interpreter may live where that
uid cannot go (pyenv under a ``0700`` ``/root``): directory descriptors for ``sys.path``
are opened while still root, and ``/proc/self/fd/N`` paths reach them without
traversing the parent directories.
"""

from __future__ import annotations

import os
import sys


def reachable(entries: list[str]) -> tuple[list[str], list[int], dict[str, str]]:
    """Open directory descriptors for ``entries`` (while still root).

    Returns the ``/proc/self/fd/N`` paths that replace them, the descriptors, and a map of
    old prefix -> new prefix. Entries that do not exist (e.g. python313.zip) are dropped.
    """
    fds = []
    path = []
    moved: dict[str, str] = {}
    for entry in entries:
        try:
            fd = os.open(entry, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            continue
        fds.append(fd)
        path.append(f"/proc/self/fd/{fd}")
        moved[os.path.join(os.path.abspath(entry), "")] = path[-1] + "/"
    return path, fds, moved


def drop(uid: int, gid: int) -> list[int]:
    """Become ``uid``/``gid`` for good; returns the descriptors now backing ``sys.path``."""
    path, fds, moved = reachable(sys.path)
    sys.path[:] = path
    sys.path_importer_cache.clear()
    # Packages imported already (importlib, encodings, ...) find their submodules through
    # their own __path__, not sys.path.
    for module in list(sys.modules.values()):
        search = getattr(module, "__path__", None)
        if isinstance(search, list):
            for i, entry in enumerate(search):
                for old, new in moved.items():
                    if entry.startswith(old):
                        search[i] = new + entry[len(old) :]
                        break
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if os.getuid() != uid or os.geteuid() != uid:
        raise PermissionError("could not drop privileges")
    return fds
