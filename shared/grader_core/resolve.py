"""Which grader grades a sample: one rule for the Lambda handler, ``rft-graders grade`` and
the preflight, so that grading offline gives what the deployed function gives.

A sample is graded by the spec in its own ``grader`` field (:data:`SPEC_FIELD`) when it has
one, else by the function's default spec: a spec file named by ``GRADER_SPEC_FILE`` (set from
a ``*DefaultSpecFile`` template parameter), or inline ``GRADER_SPEC``; see
:mod:`grader_core.spec_source`.
A function accepts the grader types ``FUNCTIONS`` lists for it (the router: all of them),
and its runner configuration comes from the environment (:meth:`RunnerConfig.from_env`).

    >>> setup = function_setup("format", env={"GRADER_SPEC": "format", "SCORE_MIN": "-1"})
    >>> setup.config.score_min
    -1.0
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from grader_core.config import RunnerConfig
from grader_core.errors import SampleError, SpecError
from grader_core.protocol import Grader
from grader_core.registry import FUNCTIONS
from grader_core.spec import build_grader, load_spec
from grader_core.types import Sample

# The sample field that carries a per-sample spec, and the variable with the default one.
SPEC_FIELD = "grader"
DEFAULT_SPEC_ENV = "GRADER_SPEC"

_NO_DEFAULT = "the function has no default spec (template parameter *DefaultSpecFile -> GRADER_SPEC_FILE)"


class SpecResolver:
    """Picks the grader for each sample; the runner calls it once per sample.

    The default grader is validated and built once, here, so that an invalid default
    fails at once (Lambda init, or before a CLI run grades anything) and a sample without
    its own spec costs one dictionary lookup. Per-sample specs go through
    :func:`build_grader`, which validates a spec the first time it is seen and caches the
    grader it built.
    """

    def __init__(self, function: str = "router", default_spec: Any = None, missing: str = _NO_DEFAULT) -> None:
        if function not in FUNCTIONS:
            raise SpecError(f"unknown function {function!r} (known: {', '.join(sorted(FUNCTIONS))})")
        self.function = function
        self.allowed = FUNCTIONS[function]
        self.default_spec = None if default_spec is None else load_spec(default_spec)
        self.default = None if self.default_spec is None else build_grader(self.default_spec, self.allowed)
        self._missing = missing

    def __call__(self, sample: Sample) -> Grader:
        own = sample.fields.get(SPEC_FIELD)
        if own is not None:
            return build_grader(own, self.allowed)
        if self.default is None:
            raise SampleError(f"no grader spec: the sample has no '{SPEC_FIELD}' field and {self._missing}")
        return self.default


@dataclass(frozen=True)
class FunctionSetup:
    """What a grader function grades with: its resolver and its runner configuration."""

    resolve: SpecResolver
    config: RunnerConfig

    @property
    def function(self) -> str:
        return self.resolve.function


def function_setup(
    function: str,
    env: Mapping[str, str] | None = None,
    default_spec: Any = None,
    missing: str = _NO_DEFAULT,
    **config_overrides: Any,
) -> FunctionSetup:
    """Set up function ``function`` as Lambda does from ``env`` (default: ``os.environ``).

    ``default_spec`` replaces ``GRADER_SPEC`` (a CLI's ``--spec``), ``config_overrides``
    replace the runner's environment variables (``sample_timeout_s=5``); ``missing`` ends
    the error a sample without a spec gets when there is no default.
    """
    env = os.environ if env is None else env
    source = "--spec"
    if default_spec is None:
        from grader_core.spec_source import read_default_spec

        found = read_default_spec(env)
        if found is not None:
            default_spec, source = found
    config = RunnerConfig.from_env(env, **config_overrides)
    try:
        resolver = SpecResolver(function, default_spec, missing)
    except SpecError as exc:
        raise SpecError(f"default spec ({source}): {exc}") from None
    return FunctionSetup(resolver, config)
