"""The Lambda handler every grader function uses: parse event -> grade batch -> encode.

A function module is two lines::

    from grader_core.handler import make_handler
    lambda_handler = make_handler("format")

Which grader grades each sample is :mod:`grader_core.resolve`'s rule, the one the CLI's
``grade`` and ``preflight`` use too: the sample's own ``grader`` field, else the function's
default spec (a spec file named by ``GRADER_SPEC_FILE``, see :mod:`grader_core.spec_source`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from grader_core.batch import begin_batch
from grader_core.errors import EventError
from grader_core.events import parse_event
from grader_core.observability import emit_batch_metrics, emit_malformed_event, make_logger, make_metrics
from grader_core.resolve import SPEC_FIELD, function_setup
from grader_core.response import encode_response
from grader_core.runner import grade_batch

__all__ = ["SPEC_FIELD", "Handler", "make_handler"]

Handler = Callable[[Any, Any], list[dict[str, Any]]]
_one_at_a_time = threading.Lock()


def make_handler(function: str, env: Mapping[str, str] | None = None) -> Handler:
    """Build the handler for the function with short name ``function``.

    Configuration is read once, here (Lambda init), and a default spec that does not
    validate raises at once: a misconfigured deployment must fail loudly on its first
    call rather than quietly score every sample as an error.
    """
    setup = function_setup(function, env)
    logger = make_logger(f"rft-graders-{function}")
    metrics = make_metrics(f"rft-graders-{function}")

    def grade(event: Any, context: Any) -> list[dict[str, Any]]:
        begin_batch()  # per-batch state in graders (the judge's verdict cache) starts afresh
        try:
            samples = parse_event(event)
        except EventError as exc:
            logger.error("malformed event", extra={"error": str(exc)})
            emit_malformed_event(metrics)
            raise
        remaining = context.get_remaining_time_in_millis() / 1000 if context is not None else None
        outcomes = grade_batch(samples, setup.resolve, setup.config, remaining, logger)
        emit_batch_metrics(metrics, outcomes)
        return encode_response(outcomes)

    # Powertools: the request id (and cold_start) on every log line, a ColdStart metric on
    # the first call, and the batch's metrics flushed when the call ends, even on error.
    in_lambda = logger.inject_lambda_context(metrics.log_metrics(grade, capture_cold_start_metric=True))
    # In-process callers without a Lambda context (tests, scripts) have nothing to inject.
    without_context = metrics.log_metrics(grade)

    def lambda_handler(event: Any, context: Any) -> list[dict[str, Any]]:
        # One invocation at a time, as Lambda runs a process: Powertools' metric set and the
        # per-batch state (begin_batch) are process-wide, and in-process callers (tests,
        # benchmarks, scripts) may call from several threads.
        with _one_at_a_time:
            return (without_context if context is None else in_lambda)(event, context)

    return lambda_handler
