"""Cold start of CodeGraderFunction under ``rft-graders local-invoke``, against the format function.

    .venv/bin/python bench/code_coldstart.py --build-dir /tmp/code-build [--runs 9]

Each run is a fresh emulator with the built artifact read-only at /var/task: the ``init``
figure of its REPORT line is the cold start (imports plus building the default spec). The
format function, the lightest grader, is measured in the same run, alternating, as the
floor every function pays (core, powertools, jsonschema); build it into the same directory
to get it (``sam build --build-dir DIR FormatGraderFunction`` after the code function).
Target: code init <= 300 ms. Also checks that the artifact's response equals the golden one.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / ".venv" / "bin" / "rft-graders"
EVENTS = {"code": ROOT / "events/code/example.json", "format": ROOT / "events/format/think_answer.json"}
REPORT = re.compile(r"init ([0-9.]+) ms\s+duration ([0-9.]+) ms")


def invoke(function: str, build_dir: str) -> tuple[float, float, object]:
    done = subprocess.run(
        [str(CLI), "local-invoke", function, "-e", str(EVENTS[function]), "--build-dir", build_dir, "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    match = REPORT.search(done.stderr)
    if not match:
        raise SystemExit(f"no REPORT line from local-invoke {function}:\n{done.stderr[-2000:]}")
    return float(match.group(1)), float(match.group(2)), json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    functions = ["code"] + (["format"] if (Path(args.build_dir) / "FormatGraderFunction").is_dir() else [])
    inits: dict[str, list[float]] = {f: [] for f in functions}
    durations: dict[str, list[float]] = {f: [] for f in functions}
    for _ in range(args.runs):
        for function in functions:
            init, duration, response = invoke(function, args.build_dir)
            golden = json.loads(EVENTS[function].with_name(EVENTS[function].stem + ".response.json").read_text())
            if response != golden:
                raise SystemExit(f"{function}: the artifact's response differs from the golden response")
            inits[function].append(init)
            durations[function].append(duration)
    for function in functions:
        i, d = inits[function], durations[function]
        print(f"{function:7s} init median {statistics.median(i):6.1f} ms (min {min(i):.1f}, max {max(i):.1f}), "
              f"first invocation median {statistics.median(d):6.1f} ms, {len(i)} runs")  # fmt: skip
    if "format" in inits:
        extra = statistics.median(inits["code"]) - statistics.median(inits["format"])
        print(f"code init over format init: {extra:+.1f} ms")
    print("target: code init <= 300 ms; responses equal the golden files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
