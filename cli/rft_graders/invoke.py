"""``rft-graders invoke``: run a function's handler in this process, for fast iteration.

The environment is the function's own from ``template.yaml`` (plus Lambda's variables and
``--env-vars``), the context has a real deadline (``--timeout``, default the function's
timeout), and the handler runs on the main thread as it does on Lambda. The response JSON
alone goes to stdout; the function's logs and the report go to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from grader_core.spec_source import SPECS_ROOT_ENV
from rft_graders.cli import CliError
from rft_graders.context import LocalContext
from rft_graders.project import Function, lambda_environment, load_project, read_env_overrides


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "function",
        metavar="FUNCTION",
        help="logical id (FormatGraderFunction), short name (format), deployed name or ARN (qualified or not)",
    )
    parser.add_argument("-e", "--event", required=True, metavar="EVENT.json", help="event file, or - for stdin")
    parser.add_argument("--env-vars", metavar="FILE", help="JSON overrides in SAM's format: {FunctionId: {VAR: value}}")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("invoke", help="run a handler in-process (fast; uses the source tree)")
    add_common_arguments(parser)
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="context deadline (default: template)")
    parser.set_defaults(func=_run)


def read_event(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read event: {exc}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CliError(f"event {path}: not JSON ({exc})") from None


def invoke_in_process(
    fn: Function,
    event: Any,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
    specs_root: Path | None = None,
) -> tuple[Any, bool]:
    """Run ``fn``'s handler on ``event``; returns (payload, function_error) like Lambda would.

    The function's environment is applied to ``os.environ`` before its module is imported,
    because handlers read their configuration at import time (Lambda init). Spec files
    (``GRADER_SPEC_FILE``) are read from the checkout (``specs_root``) instead of ``/opt``.
    """
    local = {SPECS_ROOT_ENV: str(specs_root)} if specs_root is not None else {}
    os.environ.update({**lambda_environment(fn), **local, **fn.environment, **(env or {})})
    with contextlib.redirect_stdout(sys.stderr):
        try:
            module = importlib.import_module(fn.handler_module)
            handler = getattr(module, fn.handler_attr)
            return handler(event, LocalContext.for_function(fn, timeout)), False
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            return {"errorMessage": str(exc), "errorType": type(exc).__name__}, True


def _run(args: argparse.Namespace) -> int:
    project = load_project()
    fn = project.function(args.function)
    event = read_event(args.event)
    started = time.perf_counter()
    payload, failed = invoke_in_process(
        fn, event, args.timeout, read_env_overrides(args.env_vars, fn), specs_root=project.root
    )
    elapsed = (time.perf_counter() - started) * 1000
    print(json.dumps(payload))
    print(
        f"invoke {fn.logical_id}: {'function error' if failed else 'ok'} in {elapsed:.1f} ms (in-process)",
        file=sys.stderr,
    )
    return 1 if failed else 0
