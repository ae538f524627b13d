"""EMF metrics: one batch summary per invocation, whatever the batch size."""

from __future__ import annotations

import contextlib
import io
import json
import warnings

import pytest

from grader_core.handler import make_handler


@pytest.mark.parametrize("size", [1, 99, 100, 101, 250], ids=lambda n: f"{n}-samples")
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
