"""The Lambda handler every grader function uses: parse event -> grade batch -> encode.

A function module is two lines::

    from grader_core.handler import make_handler
    lambda_handler = make_handler("format")

Each sample is graded by the spec in its own ``grader`` field when present, else by the
function's default spec (a spec file named by ``GRADER_SPEC_FILE``, set from a template
parameter, or inline ``GRADER_SPEC``; see :mod:`grader_core.spec_source`). A function other
than the router only accepts its own grader type (and ``weighted`` combinations of it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from grader_core.config import RunnerConfig
from grader_core.errors import EventError, SampleError, SpecError
from grader_core.events import parse_event
from grader_core.observability import emit_batch_metrics, make_logger, make_metrics
from grader_core.protocol import Grader
from grader_core.registry import FUNCTIONS
from grader_core.response import encode_response
from grader_core.runner import grade_batch
from grader_core.spec import build_grader, load_spec
from grader_core.spec_source import read_default_spec
from grader_core.types import Sample

SPEC_FIELD = "grader"
Handler = Callable[[Any, Any], list[dict[str, Any]]]


def make_handler(function: str, env: Mapping[str, str] | None = None) -> Handler:
    """Build the handler for the function with short name ``function``.

    Configuration is read once, here (Lambda init), and a default spec that does not
    validate raises at once: a misconfigured deployment must fail loudly on its first
    call rather than quietly score every sample as an error.
    """
    env = os.environ if env is None else env
    allowed = FUNCTIONS[function]
    config = RunnerConfig.from_env(env)
    default_spec = _default_spec(env, allowed)
    logger = make_logger(f"rft-graders-{function}")
    metrics = make_metrics(f"rft-graders-{function}")

    def resolve(sample: Sample) -> Grader:
        own = sample.fields.get(SPEC_FIELD)
        spec = default_spec if own is None else own
        if spec is None:
            raise SampleError(
                f"no grader spec: the sample has no '{SPEC_FIELD}' field and the function has no "
                "default spec (template parameter *DefaultSpecFile -> GRADER_SPEC_FILE)"
            )
        return build_grader(spec, allowed)

    def lambda_handler(event: Any, context: Any) -> list[dict[str, Any]]:
        try:
            samples = parse_event(event)
        except EventError as exc:
            logger.error("malformed event", extra={"error": str(exc)})
            raise
        remaining = context.get_remaining_time_in_millis() / 1000 if context is not None else None
        outcomes = grade_batch(samples, resolve, config, remaining, logger)
        emit_batch_metrics(metrics, outcomes)
        return encode_response(outcomes)

    return lambda_handler


def _default_spec(env: Mapping[str, str], allowed: Any) -> dict[str, Any] | None:
    found = read_default_spec(env)
    if found is None:
        return None
    raw, source = found
    try:
        spec = load_spec(raw)
        build_grader(spec, allowed)
    except SpecError as exc:
        raise SpecError(f"default spec ({source}): {exc}") from None
    return spec
