"""Math grader throughput: a 64-sample batch of 64 distinct chain-of-thought responses.

    .venv/bin/python bench/math_throughput.py

The batch is the 28 long responses of bench/math_cot.py and 36 labelled pairs of
bench/math_pairs.py (every category but the adversarial one) written out as
chain-of-thought answers: 64 different responses and references, so no sample profits
from another's parse. Each run goes through the whole handler (event parsing, the grader
spec from the function's default, per-sample time limits, one structured log line per
sample, written to a buffer as Lambda writes it to stderr, EMF, encoding), with the
grader's parse caches cleared first so that no run profits from the previous one. Median
of 20 runs. The peer is math-verify's ``verify(parse(gold), parse(response))`` on the same
64 pairs.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from math_cot import COT  # noqa: E402
from math_pairs import PAIRS, Pair  # noqa: E402

from grader_core.handler import make_handler  # noqa: E402

BATCH = 64
RUNS = 20


REASONING = (
    "Let me work through this carefully. First I restate what is asked and which quantities are "
    "given. Then I set up the relation between them, simplify step by step, and check the result "
    "against the conditions of the problem before writing it down.\n\n"
)


def distinct_pairs() -> list[Pair]:
    """The 28 chain-of-thought pairs, then labelled pairs as chain-of-thought answers."""
    seen = {(p.gold, p.pred) for p in COT}
    others = []
    for pair in PAIRS:
        if pair.category != "adversarial" and (pair.gold, pair.pred) not in seen:
            seen.add((pair.gold, pair.pred))
            others.append(pair._replace(pred=REASONING + "So the final answer is " + pair.pred))
    step = max(1, len(others) // (BATCH - len(COT)))
    pairs = [*COT, *others[::step]][:BATCH]
    assert len({(p.gold, p.pred) for p in pairs}) == BATCH, "the batch must be 64 distinct samples"
    return pairs


def make_batch(pairs: list[Pair]) -> list[dict]:
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
    logs, sink = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(logs):  # the logger writes to the stderr it is created with
        handler = make_handler("math", env={"GRADER_SPEC": '{"type": "math"}'})
    pairs = distinct_pairs()
    batch = make_batch(pairs)
    with contextlib.redirect_stdout(sink):
        handler(batch, None)  # warm-up: SymPy's import and first-use costs
    ours = []
    for _ in range(RUNS):
        clear_caches()
        logs.seek(0)
        logs.truncate()
        started = time.perf_counter()
        with contextlib.redirect_stdout(sink):
            response = handler(batch, None)
        ours.append(time.perf_counter() - started)
        sink.seek(0)
        sink.truncate()
    assert len(response) == BATCH
    assert len(logs.getvalue().splitlines()) == BATCH, "one log line per sample: logging is on"

    from math_verify import parse, verify

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
    print(f"{BATCH}-sample batch of {BATCH} distinct chain-of-thought responses, logging on, median of runs:\n")
    print("| path | batch | per sample | samples/s |")
    print("|---|---|---|---|")
    for name, seconds in (("math grader, whole handler (in-process)", a), ("math-verify parse + verify", b)):
        print(f"| {name} | {seconds * 1000:.1f} ms | {seconds / BATCH * 1000:.2f} ms | {BATCH / seconds:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
