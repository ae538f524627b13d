"""Cold start of JudgeGraderFunction under ``rft-graders local-invoke``, next to FormatGraderFunction.

    .venv/bin/python bench/judge_cold_start.py [--build-dir .aws-sam/build] [--runs 10]

Each run is a fresh execution environment under the Lambda Runtime Interface Emulator
(the built artifact, read-only, as Lambda runs it); the emulator reports the init time.
The format function -- the lightest grader, the same layer -- is measured in the same run,
alternating with the judge, so that the machine's load affects both alike. The judge's
event is replayed offline, so no network is involved. Target: judge median init <= 400 ms.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / ".venv" / "bin" / "rft-graders"
TARGET_MS = 400.0
FUNCTIONS = {
    "judge": ROOT / "events" / "judge" / "master_keys.json",
    "format": ROOT / "events" / "format" / "think_answer.json",
}
_INIT = re.compile(r"REPORT \w+: init ([0-9.]+) ms\s+duration ([0-9.]+) ms")


def invoke(function: str, event: Path, build_dir: Path) -> tuple[float, float]:
    done = subprocess.run(
        [str(CLI), "local-invoke", function, "-e", str(event), "--build-dir", str(build_dir), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    match = _INIT.search(done.stderr)
    if done.returncode != 0 or match is None:
        raise SystemExit(f"local-invoke {function} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return float(match[1]), float(match[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / ".aws-sam" / "build")
    parser.add_argument("--peer-build-dir", type=Path, help="build with FormatGraderFunction (default: --build-dir)")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    if not (args.build_dir / "JudgeGraderFunction").is_dir():
        raise SystemExit(f"{args.build_dir} has no JudgeGraderFunction: run `make build` (or sam build --build-dir)")

    inits: dict[str, list[float]] = {name: [] for name in FUNCTIONS}
    durations: dict[str, list[float]] = {name: [] for name in FUNCTIONS}
    for _ in range(args.runs):
        for name, event in FUNCTIONS.items():
            build_dir = args.build_dir if name == "judge" else (args.peer_build_dir or args.build_dir)
            init, duration = invoke(name, event, build_dir)
            inits[name].append(init)
            durations[name].append(duration)

    print(f"# judge_cold_start: {args.runs} fresh environments each, alternating, python {sys.version.split()[0]}")
    print()
    print("| function | init min ms | init median ms | init max ms | first invoke median ms |")
    print("|---|---|---|---|---|")
    for name in FUNCTIONS:
        values = inits[name]
        print(
            f"| {name} | {min(values):.0f} | {statistics.median(values):.0f} | {max(values):.0f} "
            f"| {statistics.median(durations[name]):.1f} |"
        )
    judge, peer = statistics.median(inits["judge"]), statistics.median(inits["format"])
    print()
    print(f"judge - format (median): {judge - peer:+.0f} ms; judge / format: {judge / peer:.2f}x")
    met = judge <= TARGET_MS
    print(f"target: judge median init <= {TARGET_MS:.0f} ms: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
