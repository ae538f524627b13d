"""Cold start of each built function under local-invoke (the Lambda RIE, read-only code).

    make bench-cold_start                                  # every function, 5 runs each
    .venv/bin/python bench/cold_start.py --functions math code --runs 9 --build-dir /tmp/b

Each run starts a fresh execution environment per function (functions interleaved, so
machine noise spreads over all of them) and sends it the function's example event twice:

- init: from the bootstrap's start, before the interpreter launches, to the end of the
  handler module's import (see cli/rft_graders/bootstrap_wrapper.py) -- what Lambda bills
  as Init Duration;
- first: the first invocation, which pays for whatever init deferred (SymPy, jsonschema);
- warm: the second invocation of the same event.

Both responses must equal the event's golden response. Two references are measured in
the same run: the floor, a no-op handler with no imports (interpreter and runtime client
start-up), and -- for one function, ``--no-pyc`` -- the same artifact without bytecode, as
SAM's default pip builder ships it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "cli"))

from rft_graders.emulator import EmulatedFunction  # noqa: E402
from rft_graders.project import Function, Project, load_project  # noqa: E402

TARGETS_MS = {
    "format": 250,
    "router": 250,
    "math": 600,
    "code": 300,
    "judge": 400,
    "tool_calls": 250,
    "label": 250,
    "fields": 250,
}
# The event each function is measured with; others use events/<name>/example.json.
EVENTS = {
    "format": "think_answer",
    "router": "mixed_dataset",
    "judge": "master_keys",
    "tool_calls": "weather",
    "label": "triage",
    "fields": "invoice",
    "similarity": "support_replies",
}


@dataclass
class Timings:
    init: list[float] = field(default_factory=list)
    first: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)


def event_for(fn: Function) -> tuple[bytes, object]:
    event = ROOT / "events" / fn.short_name / f"{EVENTS.get(fn.short_name, 'example')}.json"
    golden = json.loads(event.with_name(event.stem + ".response.json").read_text())
    return event.read_bytes(), golden


def cold_start(project: Project, fn: Function, build_dir: Path, timings: Timings, event: bytes, golden: object) -> None:
    with EmulatedFunction(project, fn, build_dir, echo_logs=False) as env:
        first = env.invoke(event)
        warm = env.invoke(event)
    for result in (first, warm):
        if golden is not None and result.json() != golden:
            raise SystemExit(f"{fn.logical_id}: the response differs from the golden one:\n{result.payload[:800]!r}")
    if first.init_ms is None:
        raise SystemExit(f"{fn.logical_id}: no init reported:\n{first.payload[:500]!r}")
    timings.init.append(first.init_ms)
    timings.first.append(first.duration_ms or 0.0)
    timings.warm.append(warm.duration_ms or 0.0)


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
    parser.add_argument("--build-dir", type=Path, default=ROOT / ".aws-sam" / "build")
    parser.add_argument("--no-pyc", default="format", help="function to also measure without bytecode ('' to skip)")
    args = parser.parse_args()

    project = load_project(ROOT)
    build_dir = args.build_dir.resolve()
    functions = (
        [project.function(name) for name in args.functions] if args.functions else list(project.functions.values())
    )
    events = {fn.short_name: event_for(fn) for fn in functions}
    timings = {fn.short_name: Timings() for fn in functions}
    floor = Timings()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        noop = floor_function(tmp)
        for _ in range(args.runs):
            cold_start(project, noop, tmp, floor, b"[]", [])
            for fn in functions:
                cold_start(project, fn, build_dir, timings[fn.short_name], *events[fn.short_name])

        base = statistics.median(floor.init)
        print(f"{'function':10} {'init median (min-max)':>24} {'vs floor':>9} {'first':>9} {'warm':>8}  target")
        print(f"{'(floor)':10} {base:9.0f} ms {'':>14} {1:8.2f}x")
        for fn in functions:
            t = timings[fn.short_name]
            init = statistics.median(t.init)
            target = TARGETS_MS.get(fn.short_name)
            verdict = f"<= {target} ms: {'met' if init <= target else 'MISSED'}" if target else ""
            print(
                f"{fn.short_name:10} {init:9.0f} ms ({min(t.init):4.0f}-{max(t.init):4.0f}) {init / base:8.2f}x "
                f"{statistics.median(t.first):6.1f} ms {statistics.median(t.warm):5.1f} ms  {verdict}"
            )
        if args.no_pyc:
            fn = project.function(args.no_pyc)
            plain, compiled = Timings(), Timings()
            no_pyc_dir = without_bytecode(build_dir, fn, tmp)
            for _ in range(args.runs):
                cold_start(project, fn, build_dir, compiled, *events.get(fn.short_name, event_for(fn)))
                cold_start(project, fn, no_pyc_dir, plain, *events.get(fn.short_name, event_for(fn)))
            with_pyc, no_pyc = statistics.median(compiled.init), statistics.median(plain.init)
            ratio = no_pyc / with_pyc
            print(f"\n{fn.short_name} without bytecode: init {no_pyc:.0f} ms vs {with_pyc:.0f} ms ({ratio:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
