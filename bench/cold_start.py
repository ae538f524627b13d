"""Cold-start init of each built function under local-invoke (the Lambda RIE, read-only code).

    make bench-cold_start            # all functions, 5 cold starts each
    .venv/bin/python bench/cold_start.py --functions format router --runs 7

Every run starts a fresh execution environment and invokes it once with an empty batch;
init is measured from the bootstrap's start to the end of the handler module's import (see
cli/rft_graders/bootstrap_wrapper.py). Two references are measured in the same run:

- floor: a no-op handler with no imports (interpreter + runtime client start-up);
- no-pyc: the same artifact with its bytecode removed, as SAM's default builder ships it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "cli"))

from rft_graders.emulator import EmulatedFunction  # noqa: E402
from rft_graders.project import Function, load_project  # noqa: E402

TARGETS_MS = {"format": 250, "router": 250, "math": 600, "code": 300, "judge": 400}


def cold_starts(project, fn: Function, build_dir: Path, runs: int) -> list[float]:
    inits = []
    for _ in range(runs):
        with EmulatedFunction(project, fn, build_dir, echo_logs=False) as env:
            result = env.invoke(b"[]")
        if result.init_ms is None:
            raise SystemExit(f"{fn.logical_id}: no init reported:\n{result.payload[:500]!r}")
        inits.append(result.init_ms)
    return inits


def floor_function(tmp: Path) -> Function:
    (tmp / "NoopBaseline").mkdir()
    (tmp / "NoopBaseline" / "noop.py").write_text("def handler(event, context):\n    return []\n")
    return Function("NoopBaseline", "noop", "noop.handler", "", 300, 512)


def without_bytecode(build_dir: Path, fn: Function, tmp: Path) -> Path:
    copy = tmp / "no-pyc"
    for name in (fn.logical_id, *fn.layers):
        shutil.copytree(build_dir / name, copy / name, symlinks=True)
    for cache in copy.rglob("__pycache__"):
        shutil.rmtree(cache)
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--functions", nargs="*", help="short names (default: all)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-pyc", default="format", help="function to also measure without bytecode ('' to skip)")
    args = parser.parse_args()

    project = load_project(ROOT)
    build_dir = ROOT / ".aws-sam" / "build"
    names = args.functions or [fn.short_name for fn in project.functions.values()]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        floor_fn = floor_function(tmp)
        floor = statistics.median(cold_starts(project, floor_fn, tmp, args.runs))
        print(f"{'function':10} {'median':>8} {'min':>7} {'max':>7} {'vs floor':>9} {'target':>7}")
        print(f"{'(floor)':10} {floor:7.0f}ms {'':>7} {'':>7} {1:8.2f}x {'':>7}")
        for name in names:
            fn = project.function(name)
            inits = cold_starts(project, fn, build_dir, args.runs)
            median = statistics.median(inits)
            target = TARGETS_MS.get(name)
            verdict = "" if target is None else ("ok" if median <= target else "OVER")
            print(
                f"{name:10} {median:7.0f}ms {min(inits):6.0f}ms {max(inits):6.0f}ms {median / floor:8.2f}x "
                f"{(str(target) + 'ms ' + verdict) if target else '':>7}"
            )
        if args.no_pyc:
            fn = project.function(args.no_pyc)
            plain = without_bytecode(build_dir, fn, tmp)
            with_pyc = statistics.median(cold_starts(project, fn, build_dir, args.runs))
            no_pyc = statistics.median(cold_starts(project, replace(fn), plain, args.runs))
            ratio = no_pyc / with_pyc
            print(f"\n{fn.short_name} without bytecode: {no_pyc:.0f} ms vs {with_pyc:.0f} ms with ({ratio:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
