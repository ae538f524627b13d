"""``rft-graders local-invoke``: run the *built* artifact under the Lambda emulator.

Like ``sam local invoke`` without Docker. The response JSON alone goes to stdout; logs and
the report (init, duration, peak memory) go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rft_graders.emulator import EmulatedFunction
from rft_graders.invoke import add_common_arguments, read_event
from rft_graders.project import load_project, read_env_overrides


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("local-invoke", help="run a built function under the Lambda emulator (no Docker)")
    add_common_arguments(parser)
    parser.add_argument("--build-dir", default=None, metavar="DIR", help="sam build output (default .aws-sam/build)")
    parser.add_argument("--quiet", action="store_true", help="do not echo the function's logs")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    project = load_project()
    fn = project.function(args.function)
    event = read_event(args.event)
    build_dir = Path(args.build_dir) if args.build_dir else project.root / ".aws-sam" / "build"
    with EmulatedFunction(
        project, fn, build_dir.resolve(), read_env_overrides(args.env_vars, fn), echo_logs=not args.quiet
    ) as emulated:
        result = emulated.invoke(json.dumps(event).encode())
        isolation = "read-only /var/task, /opt" if emulated.isolated else "build dir in place"
    sys.stdout.write(result.payload.decode("utf-8", "replace").rstrip("\n") + "\n")
    print(
        f"REPORT {fn.logical_id}: init {_ms(result.init_ms)}  duration {_ms(result.duration_ms)}  "
        f"max memory {result.max_memory_mb or 0:.0f} MB of {fn.memory} MB  ({isolation})",
        file=sys.stderr,
    )
    return 1 if result.function_error else 0


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"
