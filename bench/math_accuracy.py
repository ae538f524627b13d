"""Math grader vs math-verify on the same labelled pairs, in one run.

    .venv/bin/python bench/math_accuracy.py            # summary, per category, targets
    .venv/bin/python bench/math_accuracy.py --misses   # also every pair either checker gets wrong

The set is bench/math_pairs.py (short answers, every category of issue 3, adversarial
non-equivalent pairs) plus bench/math_cot.py (long chain-of-thought responses). Each pair
goes to both checkers in turn, so machine noise hits both alike:

- ours: the ``{"type": "math"}`` grader through ``grade_batch`` (the runner's per-sample
  time limit included); a pair counts as "equivalent" when the sample is ok with
  correctness 1, and an error status (a refused pathological answer) as "not equivalent";
- math-verify: ``verify(parse(gold), parse(pred))`` with its defaults; an exception counts
  as "not equivalent".

Latency is per pair, parse included, with our answer caches cleared before each pair
(GRPO groups share references, so a real batch is faster). One warm-up pair runs first
for each checker. Targets (issue 3): higher accuracy and fewer false positives than
math-verify, median latency no worse, max latency within the per-sample budget.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from math_cot import COT  # noqa: E402
from math_holdout import HOLDOUT  # noqa: E402
from math_pairs import PAIRS, Pair  # noqa: E402

from grader_core.config import RunnerConfig  # noqa: E402
from grader_core.events import parse_sample  # noqa: E402
from grader_core.runner import grade_batch  # noqa: E402
from grader_core.spec import build_grader  # noqa: E402
from grader_core.types import Status  # noqa: E402


@dataclass(frozen=True)
class Result:
    said_equal: bool
    failed: bool  # our error status / math-verify exception
    ms: float


def sample_for(pair: Pair, i: int) -> dict:
    return {
        "id": i,
        "messages": [{"role": "user", "content": "Solve."}, {"role": "assistant", "content": pair.pred}],
        "metadata": {"reference_answer": pair.gold},
    }


def run_ours(grader, pair: Pair, i: int, config: RunnerConfig) -> Result:
    from math_grader.answers import parse_reference
    from math_grader.parse import parse_math

    parse_math.cache_clear()
    parse_reference.cache_clear()
    sample = parse_sample(sample_for(pair, i), i)
    outcome = grade_batch([sample], lambda s: grader, config)[0]
    ok = outcome.status is Status.OK
    correct = ok and any(m.name == "correctness" and m.value == 1.0 for m in outcome.metrics)
    return Result(correct, not ok, outcome.latency_ms)


def run_math_verify(pair: Pair) -> Result:
    from math_verify import parse, verify

    started = time.perf_counter()
    try:
        equal, failed = bool(verify(parse(pair.gold), parse(pair.pred))), False
    except Exception:  # math-verify's own failure: counted as "not equal", like our errors
        equal, failed = False, True
    return Result(equal, failed, (time.perf_counter() - started) * 1000)


def summarize(name: str, pairs: list[Pair], results: list[Result]) -> dict:
    correct = sum(r.said_equal == p.equivalent for p, r in zip(pairs, results, strict=True))
    fp = sum(r.said_equal and not p.equivalent for p, r in zip(pairs, results, strict=True))
    fn = sum(not r.said_equal and p.equivalent for p, r in zip(pairs, results, strict=True))
    ms = sorted(r.ms for r in results)
    return {
        "name": name,
        "accuracy": correct / len(pairs),
        "correct": correct,
        "fp": fp,
        "fn": fn,
        "failed": sum(r.failed for r in results),
        "median": statistics.median(ms),
        "p95": ms[int(0.95 * (len(ms) - 1))],
        "max": ms[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list every pair either checker gets wrong")
    parser.add_argument("--category", help="only this category")
    args = parser.parse_args()

    logging.disable(logging.CRITICAL)  # the runner's per-sample log lines are not the point here
    pairs = [p for p in [*PAIRS, *COT, *HOLDOUT] if args.category in (None, p.category)]
    grader = build_grader({"type": "math"})
    config = RunnerConfig()
    # Warm-up: first-call costs (SymPy's caches, math-verify's grammar) are paid by neither.
    warm = Pair("warm-up", r"$\frac{1}{2}$", r"\boxed{0.5}", True, "")
    run_ours(grader, warm, 0, config)
    with contextlib.redirect_stderr(io.StringIO()):
        run_math_verify(warm)

    ours: list[Result] = []
    theirs: list[Result] = []
    with contextlib.redirect_stderr(io.StringIO()):  # math-verify logs its timeouts
        for i, pair in enumerate(pairs):
            theirs.append(run_math_verify(pair))
            ours.append(run_ours(grader, pair, i, config))

    a, b = summarize("rft-graders math", pairs, ours), summarize("math-verify 0.9", pairs, theirs)
    non_eq = sum(not p.equivalent for p in pairs)
    print(f"{len(pairs)} labelled pairs ({non_eq} not equivalent), {len({p.category for p in pairs})} categories\n")
    print("| checker | pairs | accuracy | false positives | false negatives | failures | median | p95 | max |")
    print("|---|---|---|---|---|---|---|---|---|")
    held = [i for i, p in enumerate(pairs) if p.category == "holdout"]
    rows = [("all", a, b)]
    if held and len(held) < len(pairs):
        subset = [pairs[i] for i in held]
        rows.append(
            (
                "held-out",
                summarize("rft-graders math", subset, [ours[i] for i in held]),
                summarize("math-verify 0.9", subset, [theirs[i] for i in held]),
            )
        )
    for label, *stats in rows:
        for s in stats:
            n = s["correct"] / s["accuracy"] if s["accuracy"] else 0
            print(
                f"| {s['name']} | {label} ({n:.0f}) | {s['accuracy']:.1%} | {s['fp']} | {s['fn']} | "
                f"{s['failed']} | {s['median']:.2f} ms | {s['p95']:.1f} ms | {s['max']:.0f} ms |"
            )

    print("\n| category | pairs | ours | math-verify |")
    print("|---|---|---|---|")
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, pair in enumerate(pairs):
        by_category[pair.category].append(i)
    for category, idx in by_category.items():
        ok_a = sum(ours[i].said_equal == pairs[i].equivalent for i in idx)
        ok_b = sum(theirs[i].said_equal == pairs[i].equivalent for i in idx)
        print(f"| {category} | {len(idx)} | {ok_a} | {ok_b} |")

    budget_ms = config.sample_timeout_s * 1000
    print("\nTargets (issue 3):")
    print(f"- accuracy higher than math-verify: {_verdict(a['accuracy'] > b['accuracy'])}")
    print(f"- fewer false positives: {a['fp']} vs {b['fp']}: {_verdict(a['fp'] < b['fp'])}")
    print(
        f"- median latency no worse: {a['median']:.2f} vs {b['median']:.2f} ms: {_verdict(a['median'] <= b['median'])}"
    )
    print(f"- max latency within the per-sample budget ({budget_ms:.0f} ms): {a['max']:.0f} ms: "
          f"{_verdict(a['max'] <= budget_ms)}")  # fmt: skip

    if args.misses:
        print("\nPairs either checker gets wrong (label, ours, math-verify):")
        for pair, mine, peer in zip(pairs, ours, theirs, strict=True):
            if mine.said_equal != pair.equivalent or peer.said_equal != pair.equivalent:
                pred = pair.pred if len(pair.pred) <= 60 else pair.pred[:57].replace("\n", " ") + "..."
                print(
                    f"  [{pair.category}] {pair.gold!r} vs {pred!r}: label {_yn(pair.equivalent)}, "
                    f"ours {_yn(mine.said_equal)}{'!' if mine.said_equal != pair.equivalent else ''}, "
                    f"math-verify {_yn(peer.said_equal)}{'!' if peer.said_equal != pair.equivalent else ''}"
                    f" -- {pair.reason}"
                )
    return 0


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _yn(value: bool) -> str:
    return "eq" if value else "ne"


if __name__ == "__main__":
    sys.exit(main())
