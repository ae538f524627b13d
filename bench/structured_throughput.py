"""Structured graders: a 64-sample batch through each function's handler, in-process.

    make bench-structured_throughput
    .venv/bin/python bench/structured_throughput.py --runs 30

For each grader type (and each similarity metric) the batch is 64 rollouts drawn from the
type's example dataset (``examples/<type>/``: real prompts, simulated responses with the
planted hacks), each carrying its record's ``grader`` spec, sent through the handler of
the function that carries the type: parse, build (cached), grade, log, EMF, encode. The
baseline, measured in the same run, is the format function on the same 64 responses with
a one-check spec: the framework's own cost. Printed: median ms per batch, per-sample us,
the ratio to the baseline, and the first (cold) batch, which pays for the spec's build
(library imports, WordNet for METEOR).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ["tool_calls", "label", "fields"]
SIMILARITY = ["fuzzy_match", "bleu", "gleu", "meteor", "rouge_1", "rouge_2", "rouge_3", "rouge_4", "rouge_5", "rouge_l"]
BASELINE_SPEC = {"type": "format", "checks": [{"check": "length", "unit": "words", "max": 400}]}


def batch_for(grader_type: str, spec: dict | None = None, n: int = 64) -> list[dict]:
    folder = ROOT / "examples" / grader_type
    records = [json.loads(line) for line in (folder / "train.jsonl").read_text().splitlines()]
    responses = [json.loads(line)["responses"] for line in (folder / "responses.jsonl").read_text().splitlines()]
    batch = []
    for i in range(n):
        record, answer = records[i % len(records)], responses[i % len(records)][i // len(records) % 8]
        metadata = {k: v for k, v in record.items() if k != "messages"}
        if spec is not None:
            metadata["grader"] = spec
        batch.append({"id": f"r{i}", "messages": [*record["messages"], {"role": "assistant", "content": answer}],
                      "metadata": metadata})  # fmt: skip
    return batch


def measure(function: str, batch: list[dict], runs: int) -> tuple[float, float]:
    """(first batch ms, median ms of ``runs`` warm batches) through a fresh handler."""
    from grader_core.handler import make_handler

    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):
        handler = make_handler(function, env={})

    def once() -> float:
        started = time.perf_counter()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            result = handler(batch, None)
        elapsed = (time.perf_counter() - started) * 1000
        sink.seek(0)
        sink.truncate()
        errors = [r for r in result if any(m["name"] == "error" for m in r["metrics_list"])]
        if errors:
            raise SystemExit(f"{function}: {len(errors)} samples errored")
        return elapsed

    first = once()
    return first, statistics.median(once() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rows = []
    _, base = measure("format", batch_for("similarity", BASELINE_SPEC), args.runs)
    for grader_type in TYPES:
        rows.append((grader_type, *measure(grader_type, batch_for(grader_type), args.runs)))
    for metric in SIMILARITY:
        spec = {"type": "similarity", "metric": metric}
        rows.append((f"similarity {metric}", *measure("similarity", batch_for("similarity", spec), args.runs)))
    print(f"64-sample batch through the handler, median of {args.runs} (baseline: format, one length check, "
          f"{base:.1f} ms)")  # fmt: skip
    print(f"{'grader':24} {'batch ms':>9} {'us/sample':>10} {'vs base':>8} {'first batch ms':>15}")
    for name, first, warm in rows:
        print(f"{name:24} {warm:9.1f} {warm / 64 * 1000:10.0f} {warm / base:7.1f}x {first:15.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
