"""Where a function's default spec comes from: a spec file shipped with the stack, or inline JSON.

Deployed functions name a file (``GRADER_SPEC_FILE=specs/router-default.json``, set from a
``*DefaultSpecFile`` template parameter); ``sam build`` ships ``specs/`` in GraderSpecsLayer,
which Lambda extracts under ``/opt``. A file survives every way of passing parameters (SAM
CLI's override parser splits JSON at spaces and quotes, consoles and CI quote differently)
and costs one local read at init, where SSM Parameter Store would cost a network call.
``GRADER_SPEC`` (inline JSON or a type name) stays for tests and local overrides.

Read once per execution environment, at init; every failure raises ``SpecError`` naming
the variable, the file and the fix, so a misconfigured deployment fails on its first call.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from grader_core.errors import SpecError

SPEC_ENV = "GRADER_SPEC"
SPEC_FILE_ENV = "GRADER_SPEC_FILE"
# Where relative spec file names resolve: Lambda extracts layers under /opt. Local runs
# (`rft-graders invoke`) point it at the checkout.
SPECS_ROOT_ENV = "GRADER_SPECS_ROOT"
LAMBDA_LAYERS_ROOT = "/opt"
# Larger than any real spec, small enough that a wrong file (a dataset) fails fast.
MAX_SPEC_BYTES = 1 << 20


def read_default_spec(env: Mapping[str, str]) -> tuple[Any, str] | None:
    """The raw default spec and where it came from (for messages), or ``None`` if none is set."""
    inline = env.get(SPEC_ENV, "").strip()
    name = env.get(SPEC_FILE_ENV, "").strip()
    if inline and name:
        raise SpecError(
            f"both {SPEC_ENV} and {SPEC_FILE_ENV} are set: a function has one default spec "
            f"(unset {SPEC_ENV}, or set the template's *DefaultSpecFile parameter to empty)"
        )
    if inline:
        return inline, SPEC_ENV
    if not name:
        return None
    return read_spec_file(name, env.get(SPECS_ROOT_ENV) or LAMBDA_LAYERS_ROOT), f"{SPEC_FILE_ENV}={name}"


def read_spec_file(name: str, root: str | Path) -> Any:
    """Parse spec file ``name`` (relative, e.g. ``specs/math-default.json``) under ``root``."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or relative.suffix != ".json":
        raise SpecError(f"{SPEC_FILE_ENV}={name}: name a .json file under specs/, e.g. specs/router-default.json")
    path = Path(root) / relative
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_SPEC_BYTES + 1)
    except FileNotFoundError:
        raise SpecError(
            f"{SPEC_FILE_ENV}={name}: {path} does not exist. The *DefaultSpecFile template parameter "
            f"names a file in the repository's specs/ folder, which sam build ships to {LAMBDA_LAYERS_ROOT}/specs: "
            "add the file there, run sam build, and deploy again"
        ) from None
    except OSError as exc:
        raise SpecError(f"{SPEC_FILE_ENV}={name}: cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_SPEC_BYTES:
        raise SpecError(f"{SPEC_FILE_ENV}={name}: larger than {MAX_SPEC_BYTES} bytes; is it a spec?")
    try:
        return json.loads(data)
    except ValueError as exc:
        raise SpecError(f"{SPEC_FILE_ENV}={name}: not valid JSON ({exc})") from None
