"""``rft-graders demo``: every function on every one of its events, under the emulator.

What ``make demo`` runs after ``sam build``: for each function in ``template.yaml`` it
starts one emulated execution environment from the built artifact, invokes it with each
``events/<short name>/*.json`` and prints the rewards, checking each response against its
golden ``*.response.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rft_graders.cli import CliError
from rft_graders.emulator import EmulatedFunction
from rft_graders.project import load_project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="invoke every built function on its events and print the rewards")
    parser.add_argument(
        "--build-dir", default=None, metavar="DIR", help="sam build output to run (default .aws-sam/build)"
    )
    parser.add_argument("--function", action="append", metavar="NAME", help="only these functions")
    parser.set_defaults(func=_run)


def event_files(events_dir: Path, short_name: str) -> list[Path]:
    folder = events_dir / short_name
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".response.json"))


def matches_golden(event: Path, payload: Any) -> bool | None:
    golden = event.with_name(event.name.removesuffix(".json") + ".response.json")
    if not golden.is_file():
        return None
    expected = json.loads(golden.read_text())
    if isinstance(expected, dict) and "errorType" in expected:
        return isinstance(payload, dict) and all(payload.get(k) == v for k, v in expected.items())
    return payload == expected


def _run(args: argparse.Namespace) -> int:
    project = load_project()
    build_dir = (Path(args.build_dir) if args.build_dir else project.root / ".aws-sam" / "build").resolve()
    functions = [project.function(n) for n in args.function] if args.function else list(project.functions.values())
    failures = 0
    for fn in functions:
        events = event_files(project.events_dir, fn.short_name)
        if not events:
            continue
        print(f"\n== {fn.logical_id} ({fn.short_name}) ==")
        with EmulatedFunction(project, fn, build_dir, echo_logs=False) as emulated:
            for number, event in enumerate(events):
                result = emulated.invoke(event.read_bytes())
                payload = result.json()
                golden = matches_golden(event, payload)
                failures += golden is False
                mark = {True: "ok", False: "MISMATCH", None: "(no golden)"}[golden]
                timing = f"init {result.init_ms:.0f} ms, " if number == 0 and result.init_ms else ""
                print(f"  {event.name:40} {mark:10} {timing}{result.duration_ms or 0:.1f} ms")
                if isinstance(payload, list):
                    for item in payload:
                        metrics = item.get("metrics_list", [])
                        rewards = [m for m in metrics if m["type"] == "Reward"]
                        # A sample that was not graded says so (the reason is in its log line).
                        status = [m["name"] for m in metrics if m["name"] in ("error", "skipped", "timeout")]
                        parts = ", ".join(f"{m['name']}={m['value']:g}" for m in rewards[:6]) or " + ".join(status)
                        print(f"      {item['id']!s:28} reward {item['aggregate_reward_score']:<8g} {parts}")
                else:
                    print(f"      invocation failed: {payload.get('errorType')}: {payload.get('errorMessage')}")
    if failures:
        raise CliError(f"{failures} event(s) did not produce their golden response")
    print("\nAll events matched their golden responses.", file=sys.stderr)
    return 0
