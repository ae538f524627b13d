"""Math grader throughput: a 64-sample batch of chain-of-thought responses, in-process.

    .venv/bin/python bench/math_throughput.py

The batch is the 28 long responses of bench/math_cot.py, cycled to 64 samples with their
references, as in a GRPO batch where a prompt's rollouts share a reference. Each run goes
through the whole handler (event parsing, the grader spec from the function's default,
per-sample time limits, one log line per sample, EMF, encoding), with the grader's parse
caches cleared first so that no run profits from the previous one. Median of 20 runs.
The peer is math-verify's ``verify(parse(gold), parse(response))`` on the same 64 pairs.
"""

from __future__ import annotations

import contextlib
import io
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from math_cot import COT  # noqa: E402

from grader_core.handler import make_handler  # noqa: E402

BATCH = 64
RUNS = 20


def make_batch() -> list[dict]:
    pairs = [COT[i % len(COT)] for i in range(BATCH)]
    return [
        {
            "id": f"rollout-{i}",
            "messages": [{"role": "user", "content": "Solve the problem."}, {"role": "assistant", "content": p.pred}],
            "metadata": {"reference_answer": p.gold},
        }
        for i, p in enumerate(pairs)
    ]


def clear_caches() -> None:
    from math_grader.answers import parse_reference
    from math_grader.parse import parse_math

    parse_math.cache_clear()
    parse_reference.cache_clear()


def main() -> int:
    logging.disable(logging.CRITICAL)
    handler = make_handler("math", env={"GRADER_SPEC": '{"type": "math"}'})
    batch = make_batch()
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink):
        handler(batch, None)  # warm-up: SymPy's import and first-use costs
    ours = []
    for _ in range(RUNS):
        clear_caches()
        started = time.perf_counter()
        with contextlib.redirect_stdout(sink):
            response = handler(batch, None)
        ours.append(time.perf_counter() - started)
        sink.seek(0)
        sink.truncate()
    assert len(response) == BATCH

    from math_verify import parse, verify

    pairs = [COT[i % len(COT)] for i in range(BATCH)]
    with contextlib.redirect_stderr(io.StringIO()):
        verify(parse(pairs[0].gold), parse(pairs[0].pred))
        theirs = []
        for _ in range(max(3, RUNS // 4)):
            started = time.perf_counter()
            for pair in pairs:
                with contextlib.suppress(Exception):
                    verify(parse(pair.gold), parse(pair.pred))
            theirs.append(time.perf_counter() - started)

    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"{BATCH}-sample batch of chain-of-thought responses ({len(COT)} distinct), median of runs:\n")
    print("| path | batch | per sample | samples/s |")
    print("|---|---|---|---|")
    for name, seconds in (("math grader, whole handler (in-process)", a), ("math-verify parse + verify", b)):
        print(f"| {name} | {seconds * 1000:.1f} ms | {seconds / BATCH * 1000:.2f} ms | {BATCH / seconds:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
