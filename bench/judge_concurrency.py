"""LLM-judge batch speed: a 64-sample batch against a loopback judge with a fixed delay.

    .venv/bin/python bench/judge_concurrency.py [--delay 0.5] [--samples 64]

Runs the JudgeGraderFunction handler in-process (spec -> runner threads -> OpenAI-compatible
backend -> HTTP on 127.0.0.1) against a loopback chat-completions server that answers
after ``--delay`` seconds and, in the throttling scenarios, answers 429 at once to any
request beyond its concurrency limit. Each scenario's wall time is compared with the
sequential baseline measured in the same run and with the ideal
``ceil(samples / concurrency) * delay`` (the target is within 1.5x of it); every sample must
come back with the judge's verdict (none lost to an error status).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "judge"))  # the loopback judge the tests use

os.environ.setdefault("LOG_LEVEL", "WARNING")  # one log line per sample would dominate the run

from judge_fakes import LoopbackJudge, answer_with, verdict  # noqa: E402

from grader_core.handler import make_handler  # noqa: E402

TARGET_RATIO = 1.5


@dataclass(frozen=True)
class Scenario:
    name: str
    concurrency: int
    server_limit: int | None = None  # the judge's own concurrency limit (429 beyond it)
    retry_after: float | None = None
    adaptive: bool = True  # the grader's adaptive concurrency limit (spec: adaptive_concurrency)


@dataclass(frozen=True)
class Result:
    scenario: Scenario
    wall_s: float
    ok: int
    requests: int
    rejected: int
    peak: int

    def ideal_s(self, samples: int, delay: float) -> float:
        lanes = min(self.scenario.concurrency, self.scenario.server_limit or self.scenario.concurrency)
        return math.ceil(samples / lanes) * delay


class FakeContext:
    """What the handler reads from a Lambda context: the remaining time (300 s functions)."""

    def __init__(self, seconds: float = 300.0) -> None:
        self._deadline = time.monotonic() + seconds

    def get_remaining_time_in_millis(self) -> int:
        return int((self._deadline - time.monotonic()) * 1000)


def event(samples: int) -> list[dict]:
    return [
        {
            "id": f"s{i}",
            "messages": [
                {"role": "user", "content": "Write one sentence about the sea."},
                {"role": "assistant", "content": f"The sea is deep and wide, reply {i}."},
            ],
        }
        for i in range(samples)
    ]


def run(scenario: Scenario, samples: int, delay: float) -> Result:
    with LoopbackJudge(
        answer_with(verdict(4, "Follows the instruction.")),
        delay_s=delay,
        max_concurrent=scenario.server_limit,
        retry_after=scenario.retry_after,
        lifetime_s=600,
    ) as server:
        spec = {
            "type": "judge",
            "preset": "instruction_following",
            "concurrency": scenario.concurrency,
            "adaptive_concurrency": scenario.adaptive,
            "backend": {"type": "openai", "base_url": f"{server.url}/v1", "model": "loopback-judge"},
        }
        handler = make_handler("judge", env={"GRADER_SPEC": json.dumps(spec)})
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # the EMF metrics blob, not ours to print
            response = handler(event(samples), FakeContext())
        wall = time.perf_counter() - started
    ok = sum(1 for r in response if r["aggregate_reward_score"] == 0.75)
    return Result(scenario, wall, ok, len(server.requests), server.rejected, server.peak_in_flight)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.5, help="judge latency in seconds (default 0.5)")
    parser.add_argument("--samples", type=int, default=64)
    args = parser.parse_args()

    scenarios = [
        Scenario("sequential baseline", 1),
        Scenario("concurrency 8", 8),
        Scenario("concurrency 16 (default)", 16),
        Scenario("concurrency 32", 32),
        Scenario("concurrency 64", 64),
        Scenario("throttled: 16 against a limit of 8", 16, server_limit=8),
        Scenario("throttled: 64 against a limit of 8", 64, server_limit=8),
        Scenario("throttled: 16 against 8, Retry-After 1 s", 16, server_limit=8, retry_after=1.0),
        # The same without the adaptive limit: backoff and jitter alone.
        Scenario("throttled: 16 against 8, backoff only", 16, server_limit=8, adaptive=False),
        Scenario("throttled: 64 against 8, backoff only", 64, server_limit=8, adaptive=False),
    ]
    python = sys.version.split()[0]
    print(f"# judge_concurrency: {args.samples} samples, judge delay {args.delay * 1000:.0f} ms, python {python}")
    print()
    print(
        "| scenario | wall s | ideal s | wall / ideal | vs sequential | verdicts | requests | 429s "
        "| peak in flight | target |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    baseline = None
    all_met = True
    for scenario in scenarios:
        result = run(scenario, args.samples, args.delay)
        baseline = baseline or result.wall_s
        ideal = result.ideal_s(args.samples, args.delay)
        ratio = result.wall_s / ideal
        complete = result.ok == args.samples
        if scenario.adaptive:
            met = ratio <= TARGET_RATIO and complete
            outcome = "met" if met else "MISSED"
        else:  # for comparison only: what the adaptive limit buys
            met = True
            lost = args.samples - result.ok
            outcome = "(comparison)" if complete else f"(comparison: {lost} lost)"
        all_met = all_met and met
        print(
            f"| {scenario.name} | {result.wall_s:.2f} | {ideal:.2f} | {ratio:.2f}x "
            f"| {baseline / result.wall_s:.1f}x faster | {result.ok}/{args.samples} | {result.requests} "
            f"| {result.rejected} | {result.peak} | {outcome} |"
        )
    print()
    print(f"target: wall <= {TARGET_RATIO}x ceil(samples / min(concurrency, server limit)) x delay, every verdict back")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
