"""Cold start of MathGraderFunction under local-invoke (the Lambda RIE, read-only code).

    .venv/bin/python bench/math_cold_start.py                       # .aws-sam/build
    .venv/bin/python bench/math_cold_start.py --build-dir /tmp/math-build --runs 7

Each run starts a fresh execution environment and sends it events/math/example.json
twice: ``init`` is the bootstrap-to-handler-imported time the runtime reports (the same
measure as bench/cold_start.py), ``first`` the duration of the first invocation (it pays
for whatever init deferred) and ``warm`` the second. A no-op handler is measured in the
same run as the floor. Target (issue 3): median init <= 600 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "cli"))
sys.path.insert(0, str(ROOT / "bench"))

from cold_start import cold_starts, floor_function  # noqa: E402

from rft_graders.emulator import EmulatedFunction  # noqa: E402
from rft_graders.project import load_project  # noqa: E402

TARGET_MS = 600


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", type=Path, default=ROOT / ".aws-sam" / "build")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    project = load_project(ROOT)
    fn = project.function("math")
    event = (ROOT / "events" / "math" / "example.json").read_bytes()
    inits, firsts, warms = [], [], []
    for _ in range(args.runs):
        with EmulatedFunction(project, fn, args.build_dir, echo_logs=False) as env:
            first = env.invoke(event)
            warm = env.invoke(event)
        if first.init_ms is None or first.duration_ms is None or warm.duration_ms is None:
            raise SystemExit(f"no REPORT from the emulator:\n{first.payload[:500]!r}")
        inits.append(first.init_ms)
        firsts.append(first.duration_ms)
        warms.append(warm.duration_ms)
    with tempfile.TemporaryDirectory() as tmp:
        floor = statistics.median(cold_starts(project, floor_function(Path(tmp)), Path(tmp), args.runs))

    init = statistics.median(inits)
    print(f"MathGraderFunction, {args.runs} cold starts ({args.build_dir}):")
    print(f"  init          median {init:6.0f} ms  (min {min(inits):.0f}, max {max(inits):.0f})")
    print(f"  first invoke  median {statistics.median(firsts):6.1f} ms  (4 samples, events/math/example.json)")
    print(f"  warm invoke   median {statistics.median(warms):6.1f} ms")
    print(f"  floor (no-op) median {floor:6.0f} ms")
    print(f"target: init <= {TARGET_MS} ms: {'met' if init <= TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
