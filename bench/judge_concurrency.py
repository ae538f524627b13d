"""LLM-judge batch speed: a 64-sample batch against a loopback judge with a fixed delay.

    .venv/bin/python bench/judge_concurrency.py [--delay 0.5] [--samples 64]

Runs the JudgeGraderFunction handler in-process (spec -> runner threads -> OpenAI-compatible
backend -> keep-alive HTTP on 127.0.0.1) against a fake chat-completions judge running in
its own process (bench/judge_server.py, so it does not share this process's GIL) that
answers after ``--delay`` seconds and, in the throttling scenarios, answers 429 at once to
any request beyond its concurrency limit. Each scenario's wall time is compared with the
sequential baseline measured in the same run and with the ideal
``ceil(distinct samples / concurrency) * delay`` (the target is within 1.5x of it); every
sample must come back with the judge's verdict (none lost to an error status). The
duplicate scenarios send a batch in which half the responses repeat (as short answers do
in a GRPO group): the verdict cache judges each distinct response once.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

os.environ.setdefault("LOG_LEVEL", "WARNING")  # one log line per sample would dominate the run

from grader_core.handler import make_handler  # noqa: E402

TARGET_RATIO = 1.5


@dataclass(frozen=True)
class Scenario:
    name: str
    concurrency: int
    server_limit: int | None = None  # the judge's own concurrency limit (429 beyond it)
    retry_after: float | None = None
    adaptive: bool = True  # the grader's adaptive concurrency limit (spec: adaptive_concurrency)
    duplicates: float = 0.0  # share of samples repeating an earlier sample's response


@dataclass(frozen=True)
class Result:
    scenario: Scenario
    wall_s: float
    ok: int
    requests: int
    rejected: int
    peak: int
    connections: int

    def ideal_s(self, samples: int, delay: float) -> float:
        lanes = min(self.scenario.concurrency, self.scenario.server_limit or self.scenario.concurrency)
        return math.ceil(distinct(samples, self.scenario.duplicates) / lanes) * delay


def distinct(samples: int, duplicates: float) -> int:
    return samples - int(samples * duplicates)


class FakeContext:
    """What the handler reads from a Lambda context: the remaining time (300 s functions)."""

    def __init__(self, seconds: float = 300.0) -> None:
        self._deadline = time.monotonic() + seconds

    def get_remaining_time_in_millis(self) -> int:
        return int((self._deadline - time.monotonic()) * 1000)


def event(samples: int, duplicates: float = 0.0) -> list[dict]:
    unique = distinct(samples, duplicates)
    return [
        {
            "id": f"s{i}",
            "messages": [
                {"role": "user", "content": "Write one sentence about the sea."},
                {"role": "assistant", "content": f"The sea is deep and wide, reply {i % unique}."},
            ],
        }
        for i in range(samples)
    ]


class JudgeProcess:
    """bench/judge_server.py in a child process; it exits when its stdin closes."""

    def __init__(self, delay: float, limit: int | None, retry_after: float | None) -> None:
        command = [sys.executable, str(ROOT / "bench" / "judge_server.py"), "--delay", str(delay)]
        if limit is not None:
            command += ["--limit", str(limit)]
        if retry_after is not None:
            command += ["--retry-after", str(retry_after)]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{self.process.stdout.readline().split()[1]}"

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(f"{self.url}/stats", timeout=10) as response:
            return json.loads(response.read())

    def __enter__(self) -> JudgeProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def run(scenario: Scenario, samples: int, delay: float) -> Result:
    with JudgeProcess(delay, scenario.server_limit, scenario.retry_after) as server:
        spec = {
            "type": "judge",
            "preset": "instruction_following",
            # One call per sample: this measures transport and concurrency. The counterfactual
            # check's second call (for positively judged samples) is a cost of its own,
            # described in the judge README.
            "counterfactual": {"enabled": False},
            "concurrency": scenario.concurrency,
            "adaptive_concurrency": scenario.adaptive,
            "backend": {"type": "openai", "base_url": f"{server.url}/v1", "model": "fake-judge"},
        }
        handler = make_handler("judge", env={"GRADER_SPEC": json.dumps(spec)})
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # the EMF metrics blob, not ours to print
            response = handler(event(samples, scenario.duplicates), FakeContext())
        wall = time.perf_counter() - started
        stats = server.stats()
    ok = sum(1 for r in response if r["aggregate_reward_score"] == 0.75)
    # Less the connection that fetched the stats themselves.
    connections = stats["connections"] - 1
    return Result(scenario, wall, ok, stats["requests"], stats["rejected"], stats["peak"], connections)


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
        Scenario("concurrency 16, 50% duplicate responses", 16, duplicates=0.5),
        Scenario("concurrency 64, 50% duplicate responses", 64, duplicates=0.5),
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
        "| scenario | wall s | ideal s | wall / ideal | vs sequential | verdicts | judge requests | 429s "
        "| peak in flight | connections | target |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
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
            f"| {result.rejected} | {result.peak} | {result.connections} | {outcome} |"
        )
    print()
    print(
        f"target: wall <= {TARGET_RATIO}x ceil(distinct samples / min(concurrency, server limit)) x delay, "
        "every verdict back"
    )
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
