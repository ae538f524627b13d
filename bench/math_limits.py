"""The math function's limits under local-invoke (the built artifact): memory, time, cold start.

    make build && .venv/bin/python bench/math_limits.py            # all three parts
    .venv/bin/python bench/math_limits.py --parts hostile --runs 3

Every case runs in a fresh emulated execution environment of MathGraderFunction with its
template settings (512 MB, 300 s, the default spec), so the numbers are the built
artifact's, import costs included:

- ``hostile``: answers built to exhaust memory or CPU -- 17,000 nested ``\\boxed{`` (136 KB),
  responses near the 1 MB per-response cap and at Lambda's 6 MB payload limit, deep and
  huge exponents. Each must come back as an error status for its sample, with the
  environment's peak memory (ru_maxrss) well under the function's memory size, next to
  a one-sample baseline measured in the same run.
- ``batch``: 800 chain-of-thought responses in one invocation at the function's own
  timeout: every sample graded (status ok), none timed out.
- ``cold``: init + first invocation of a 64-sample batch whose answers are plain numbers
  (no SymPy needed) and of one whose answers are symbolic (SymPy imported off the
  sample's clock), median of ``--runs`` fresh environments.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "cli"))
sys.path.insert(0, str(ROOT / "bench"))

from math_cot import COT  # noqa: E402

from rft_graders.emulator import EmulatedFunction, InvokeResult  # noqa: E402
from rft_graders.project import load_project  # noqa: E402

KB, MB = 1_000, 1_000_000


def sample(i: int, response: str, reference: str) -> dict:
    return {
        "id": f"s{i}",
        "messages": [{"role": "user", "content": "Solve."}, {"role": "assistant", "content": response}],
        "metadata": {"reference_answer": reference},
    }


def hostile_cases() -> dict[str, str]:
    near_cap = MB - 1_000  # the runner refuses responses over 1,000,000 characters
    return {
        "baseline: one ordinary sample": r"so $\boxed{4}$",
        "17,000 nested \\boxed{ (136 KB)": r"\boxed{" * 17_000 + "4" + "}" * 17_000,
        "nested \\boxed{ up to ~1 MB": r"\boxed{" * (near_cap // 8) + "4" + "}" * (near_cap // 8),
        "one box with ~1 MB of '{'": r"\boxed{" + "{" * (near_cap - 7),
        "~1 MB of distinct boxes": "".join(rf"\boxed{{{i}}}" for i in range(near_cap // 14)),
        "~1 MB of prose, answer last": "lorem ipsum " * (near_cap // 12) + r"\boxed{4}",
        "~1 MB after 'The answer is'": "The answer is " + "9" * (near_cap - 14),
        "6 MB response (Lambda's payload limit)": "lorem ipsum " * (6 * MB // 12 - 10),
        "exponent tower 2^{2^{...}} (50 levels)": r"\boxed{" + "2^{" * 50 + "2" + "}" * 50 + "}",
        "huge exponent 2^{10^{10}}": r"\boxed{2^{10^{10}}}",
        "power tower 10^{10^{100}}": r"\boxed{10^{10^{100}}}",
        "deep fraction nesting (200 levels)": r"\boxed{" + r"\frac{1}{" * 200 + "2" + "}" * 200 + "}",
    }


def cot_batch(n: int) -> list[dict]:
    """``n`` chain-of-thought responses: the bench's CoT pairs plus varied generated ones."""
    rng = random.Random(7)
    samples = []
    for i in range(n):
        if i % 4 == 0:
            pair = COT[i // 4 % len(COT)]
            samples.append(sample(i, pair.pred, pair.gold))
            continue
        a, b = rng.randint(2, 99), rng.randint(2, 99)
        kind = i % 4
        steps = "\n\n".join(f"Step {k}: we combine {a + k} and {b * k} to get {a + k + b * k}." for k in range(1, 12))
        if kind == 1:
            answer, reference = str(a * b), str(a * b)
        elif kind == 2:
            answer, reference = rf"\frac{{{a}}}{{{b}}}\sqrt{{{b}}}", rf"\frac{{{a}\sqrt{{{b}}}}}{{{b}}}"
        else:
            answer, reference = rf"x^2 + {a}x + {b}", rf"{b} + {a}x + x^2"
        samples.append(
            sample(i, f"<think>{steps}</think>\n{steps}\n\nThus the answer is $\\boxed{{{answer}}}$.", reference)
        )
    return samples


def numeric_batch(n: int) -> list[dict]:
    rng = random.Random(11)
    out = []
    for i in range(n):
        value = rng.randint(1, 10_000)
        response = f"Adding up, we get {value - 1} + 1.\n\nThe final answer is $\\boxed{{{value:,}}}$."
        out.append(sample(i, response.replace(",", "{,}"), str(value)))
    return out


def symbolic_batch(n: int) -> list[dict]:
    rng = random.Random(13)
    out = []
    for i in range(n):
        a, b = rng.randint(2, 50), rng.randint(2, 50)
        out.append(sample(i, rf"So $\boxed{{\frac{{{a}}}{{{b}}}\sqrt{{{b}}}}}$.", rf"\frac{{{a}\sqrt{{{b}}}}}{{{b}}}"))
    return out


def invoke_fresh(project, fn, build_dir: Path, event: list[dict]) -> tuple[InvokeResult, list[dict]]:
    with EmulatedFunction(project, fn, build_dir, echo_logs=False) as env:
        result = env.invoke(json.dumps(event).encode())
    return result, json.loads(result.payload)


def statuses(response: list[dict]) -> Counter:
    counts: Counter = Counter()
    for item in response:
        names = {m["name"] for m in item["metrics_list"]}
        counts["timeout" if "timeout" in names else "error" if "error" in names else "ok"] += 1
    return counts


def run_hostile(project, fn, build_dir: Path) -> None:
    print(f"\n### Hostile answers (fresh environment each; function memory {fn.memory} MB)\n")
    print("| case | event size | outcome | duration | peak memory | of memory size |")
    print("|---|---|---|---|---|---|")
    for name, response in hostile_cases().items():
        event = [sample(0, response, "4")]
        size = len(json.dumps(event))
        result, payload = invoke_fresh(project, fn, build_dir, event)
        outcome = ",".join(f"{k}" for k in statuses(payload)) if not result.function_error else "FUNCTION ERROR"
        peak = result.max_memory_mb or 0.0
        print(
            f"| {name} | {size / KB:,.0f} KB | {outcome} | {result.duration_ms or 0:,.0f} ms | "
            f"{peak:.0f} MB | {100 * peak / fn.memory:.0f}% |"
        )


def run_batch(project, fn, build_dir: Path, n: int) -> None:
    event = cot_batch(n)
    result, payload = invoke_fresh(project, fn, build_dir, event)
    counts = statuses(payload)
    correct = sum(item["aggregate_reward_score"] == 1.0 for item in payload)
    print(f"\n### {n} chain-of-thought responses in one invocation (timeout {fn.timeout} s)\n")
    print(
        f"- graded: {counts['ok']} ok, {counts['error']} error, {counts['timeout']} timeout "
        f"({correct} scored 1.0); event {len(json.dumps(event)) / MB:.1f} MB"
    )
    print(
        f"- init {result.init_ms or 0:,.0f} ms, duration {result.duration_ms or 0:,.0f} ms "
        f"({(result.duration_ms or 0) / n:.1f} ms per sample), peak memory {result.max_memory_mb or 0:.0f} MB"
    )
    if counts["ok"] != n:
        print("- FAILED: not every sample was graded")


def run_cold(project, fn, builds: dict[str, Path], runs: int) -> None:
    """Builds are interleaved run by run, so machine noise hits each alike."""
    print(f"\n### Init + first invocation, 64 samples, median of {runs} fresh environments\n")
    print("| build | batch | init | first invocation | init + first | all graded |")
    print("|---|---|---|---|---|---|")
    for name, event in (("plain numbers", numeric_batch(64)), ("symbolic", symbolic_batch(64))):
        inits: dict[str, list[float]] = {label: [] for label in builds}
        firsts: dict[str, list[float]] = {label: [] for label in builds}
        graded = dict.fromkeys(builds, True)
        for _ in range(runs):
            for label, build_dir in builds.items():
                result, payload = invoke_fresh(project, fn, build_dir, event)
                inits[label].append(result.init_ms or 0.0)
                firsts[label].append(result.duration_ms or 0.0)
                ok = statuses(payload)["ok"] == len(event)
                graded[label] &= ok and all(i["aggregate_reward_score"] == 1 for i in payload)
        for label in builds:
            init, first = statistics.median(inits[label]), statistics.median(firsts[label])
            print(
                f"| {label} | {name} | {init:,.0f} ms | {first:,.0f} ms | {init + first:,.0f} ms | "
                f"{'yes' if graded[label] else 'NO'} |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--parts", nargs="+", default=["hostile", "batch", "cold"], choices=["hostile", "batch", "cold"]
    )
    parser.add_argument("--runs", type=int, default=5, help="fresh environments per cold-start batch")
    parser.add_argument("--batch-size", type=int, default=800)
    parser.add_argument("--build-dir", default=str(ROOT / ".aws-sam" / "build"))
    parser.add_argument(
        "--compare-build", metavar="DIR", help="another build of the function (e.g. the previous version) for cold"
    )
    args = parser.parse_args()
    project = load_project()
    fn = project.function("math")
    build_dir = Path(args.build_dir).resolve()
    if "hostile" in args.parts:
        run_hostile(project, fn, build_dir)
    if "batch" in args.parts:
        run_batch(project, fn, build_dir, args.batch_size)
    if "cold" in args.parts:
        builds = {"this build": build_dir}
        if args.compare_build:
            builds["compared build"] = Path(args.compare_build).resolve()
        run_cold(project, fn, builds, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
