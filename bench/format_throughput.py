"""Format grader: a 64-sample batch through the whole handler, against hand-written checks.

    make bench-format_throughput

The handler path is what Lambda runs: parse the event, build (cached) the grader from the
spec, grade each sample under its time budget, write one log line per sample, emit EMF,
encode. The peer is the same five checks written straight in Python (re, json, jsonschema)
with no framework: the ratio is what parsing, isolation, logging and metrics cost.
Target (issue 2): a 64-sample batch in <= 50 ms in-process.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = {"type": "object", "required": ["name", "age"], "properties": {"age": {"type": "integer"}}}
SPEC = {
    "type": "format",
    "checks": [
        {"check": "tags", "sequence": ["think", "answer"]},
        {"check": "json_schema", "in_tag": "answer", "schema": SCHEMA, "weight": 2},
        {"check": "length", "unit": "words", "max": 400},
        {"check": "regex", "name": "no_apology", "pattern": r"\b(sorry|as an ai)\b", "ignore_case": True,
         "must_match": False},
        {"check": "contains_none", "phrases": ["TODO", "lorem ipsum"]},
    ],
}  # fmt: skip


def make_batch(n: int = 64, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    words = ["the", "person", "named", "in", "text", "is", "a", "mathematician", "who", "wrote", "an", "algorithm"]
    batch = []
    for i in range(n):
        thought = " ".join(rng.choice(words) for _ in range(rng.randint(80, 250)))
        answer = json.dumps({"name": "Ada Lovelace", "age": rng.choice([36, "36"])})
        text = f"<think>{thought}</think><answer>{answer}</answer>" if i % 5 else f"Sorry. {answer}"
        batch.append({"id": f"r{i}", "messages": [{"role": "user", "content": "Extract the person."},
                                                   {"role": "assistant", "content": text}]})  # fmt: skip
    return batch


def hand_written(batch: list[dict]) -> list[float]:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(SCHEMA)
    apology = re.compile(r"\b(sorry|as an ai)\b", re.I)
    scores = []
    for sample in batch:
        text = sample["messages"][-1]["content"]
        tags = bool(re.fullmatch(r"\s*<think>.*?</think>\s*<answer>.*?</answer>\s*", text, re.S))
        inner = re.search(r"<answer>(.*?)</answer>", text, re.S)
        try:
            valid = inner is not None and validator.is_valid(json.loads(inner.group(1)))
        except ValueError:
            valid = False
        checks = [tags, valid, valid, len(text.split()) <= 400, not apology.search(text),
                  not any(p in text for p in ("TODO", "lorem ipsum"))]  # fmt: skip
        scores.append(sum(checks) / len(checks))
    return scores


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    os.environ["GRADER_SPEC"] = json.dumps(SPEC)
    from grader_core.handler import make_handler

    batch = make_batch()
    sink = io.StringIO()
    # Powertools' Logger keeps the stream it was created with: create it on the sink.
    with contextlib.redirect_stderr(sink):
        handler = make_handler("format")

    def run_handler() -> None:
        # Logs go to a discarded buffer: their formatting cost is measured, not the terminal's.
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            handler(batch, None)
        sink.seek(0)
        sink.truncate()

    run_handler()  # warm: the spec is built once per execution environment, as on Lambda
    hand_written(batch)
    ours = statistics.median(timed(run_handler, 50))
    peer = statistics.median(timed(lambda: hand_written(batch), 50))
    print(f"64-sample batch, median of 50: handler {ours:.1f} ms, hand-written checks {peer:.1f} ms "
          f"({ours / peer:.1f}x); target <= 50 ms: {'ok' if ours <= 50 else 'OVER'}")  # fmt: skip
    print(f"per sample: {ours / 64 * 1000:.0f} us through the handler, {peer / 64 * 1000:.0f} us hand-written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
