"""EMF metrics: one batch summary per invocation, whatever the batch size."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import warnings

import pytest

from grader_core.errors import EventError
from grader_core.handler import make_handler
from rft_graders.context import LocalContext


@pytest.mark.parametrize("size", [0, 1, 99, 100, 101, 250], ids=lambda n: f"{n}-samples")
def test_batch_summary_is_emitted_once_without_warnings(size: int) -> None:
    # Powertools flushes by itself at 100 values of one metric; the summary must survive it.
    spec = '{"type": "format", "checks": [{"check": "json"}]}'
    handler = make_handler("format", env={"GRADER_SPEC": spec})
    event = [{"id": str(i), "messages": [{"role": "assistant", "content": "{}"}]} for i in range(size)]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("error")  # "No application metrics to publish" would fail here
        handler(event, None)
    records = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith('{"_aws"')]
    summaries = [r for r in records if "Samples" in r]
    assert len(summaries) == 1 and summaries[0]["Samples"] == [float(size)]
    assert sum(len(r.get("SampleLatency", [])) for r in records) == size


def _invoke_capturing(capsys, handler, event, context) -> tuple[list[dict], list[dict]]:
    """(log lines, EMF records) of one call: EMF goes to stdout, logs to the stream the
    service's logger was first created with (an earlier test's), so swap that stream."""
    capsys.readouterr()
    logs = io.StringIO()
    previous = [h.setStream(logs) for h in logging.getLogger("rft-graders-format").handlers]
    try:
        with contextlib.suppress(EventError):
            handler(event, context)
    finally:
        for h, stream in zip(logging.getLogger("rft-graders-format").handlers, previous, strict=True):
            h.setStream(stream)
    emf = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    return [json.loads(line) for line in logs.getvalue().splitlines()], emf


def test_log_lines_carry_the_request_id_and_the_first_call_counts_a_cold_start(monkeypatch, capsys) -> None:
    from aws_lambda_powertools.logging import logger as powertools_logger
    from aws_lambda_powertools.metrics.provider import cold_start

    monkeypatch.setattr(cold_start, "is_cold_start", True)
    monkeypatch.setattr(powertools_logger, "is_cold_start", True)
    handler = make_handler("format", env={"GRADER_SPEC": '{"type": "format", "checks": [{"check": "json"}]}'})
    event = [{"id": "a", "messages": [{"role": "assistant", "content": "{}"}]}]
    first = LocalContext("FormatGraderFunction", 512, 30)
    logs, emf = _invoke_capturing(capsys, handler, event, first)
    assert [line["function_request_id"] for line in logs] == [first.aws_request_id]
    assert logs[0]["cold_start"] is True
    assert sum("ColdStart" in r for r in emf) == 1
    second = LocalContext("FormatGraderFunction", 512, 30)
    logs, emf = _invoke_capturing(capsys, handler, event, second)
    assert [line["function_request_id"] for line in logs] == [second.aws_request_id]
    assert logs[0]["cold_start"] is False and not any("ColdStart" in r for r in emf)


def test_a_malformed_event_is_counted_without_an_empty_metrics_warning(capsys) -> None:
    handler = make_handler("format", env={"GRADER_SPEC": '{"type": "format", "checks": [{"check": "json"}]}'})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        logs, emf = _invoke_capturing(capsys, handler, {"not": "a list"}, LocalContext("FormatGraderFunction", 512, 30))
    assert [line["message"] for line in logs] == ["malformed event"]
    assert [r["MalformedEvents"] for r in emf if "MalformedEvents" in r] == [[1.0]]
