"""``rft-graders invoke``: run a function's handler in this process, for fast iteration.

The environment is the function's own from ``template.yaml`` (plus Lambda's variables and
``--env-vars``), the context has a real deadline (``--timeout``, default the function's
timeout), and the handler runs on the main thread as it does on Lambda. The response JSON
alone goes to stdout; the function's logs and the report go to stderr.

As on Lambda and under ``sam local``, the template's values win over variables exported in
the shell; ``invoke`` says so on stderr for every exported variable the template replaces.
To point the judge somewhere else, say it explicitly: ``--judge-endpoint URL --judge-model
NAME [--judge-api-key-env VAR]`` makes the function's default judge spec call that
OpenAI-compatible endpoint (the key is read from ``VAR`` in your shell), and
``--judge-model-id ID`` sets the Bedrock model.
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

from grader_core.spec_source import SPEC_ENV, SPEC_FILE_ENV, SPECS_ROOT_ENV, read_default_spec
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
    judge = parser.add_argument_group("judge", "point the judge's default spec at another model (judge/router)")
    judge.add_argument(
        "--judge-endpoint", metavar="URL", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1"
    )
    judge.add_argument("--judge-model", metavar="NAME", help="model name at --judge-endpoint")
    judge.add_argument("--judge-api-key-env", metavar="VAR", help="exported variable holding the endpoint's API key")
    judge.add_argument("--judge-model-id", metavar="ID", help="Bedrock model id or inference profile (JUDGE_MODEL_ID)")
    parser.set_defaults(func=_run)


def judge_overrides(fn: Function, args: argparse.Namespace, root: Path) -> dict[str, str]:
    """The environment the --judge-* flags ask for (empty without them)."""
    env: dict[str, str] = {}
    if args.judge_model_id:
        env["JUDGE_MODEL_ID"] = args.judge_model_id
    if not (args.judge_endpoint or args.judge_model or args.judge_api_key_env):
        return env
    if not (args.judge_endpoint and args.judge_model):
        raise CliError("--judge-endpoint and --judge-model go together")
    try:
        found = read_default_spec({**fn.environment, SPECS_ROOT_ENV: str(root)})
    except Exception as exc:  # a missing or malformed spec file: say which
        raise CliError(f"{fn.logical_id}: cannot read its default spec ({exc})") from None
    spec = found[0] if found is not None else {}
    if isinstance(spec, str):  # inline GRADER_SPEC: JSON text, or a bare type name
        try:
            spec = json.loads(spec)
        except ValueError:
            spec = {"type": spec}
    if not isinstance(spec, dict) or spec.get("type") != "judge":
        raise CliError(f"{fn.logical_id}'s default spec is not a judge spec; put the backend in the samples' specs")
    backend = {"type": "openai", "base_url": args.judge_endpoint, "model": args.judge_model}
    if args.judge_api_key_env:
        backend["api_key_env"] = args.judge_api_key_env
    # One default spec per function: the inline one replaces the template's spec file.
    env.update({SPEC_ENV: json.dumps({**spec, "backend": backend}), SPEC_FILE_ENV: ""})
    return env


def note_template_wins(fn: Function, final: dict[str, str], environ: dict[str, str] | os._Environ[str]) -> None:
    """Tell the user about each exported variable the template (not a flag) replaces."""
    if environ.get(SPEC_ENV) and final.get(SPEC_FILE_ENV) and final.get(SPEC_ENV) is None:
        print(
            f"note: you exported {SPEC_ENV}, and template.yaml gives {fn.logical_id} a spec file "
            f"({SPEC_FILE_ENV}={final[SPEC_FILE_ENV]}); a function has one default spec: use --judge-* flags "
            "or --env-vars to replace it",
            file=sys.stderr,
        )
    for name, value in fn.environment.items():
        if name in environ and environ[name] != value and final.get(name) == value:
            shown = "an empty value" if value == "" else "its template value"
            print(
                f"note: template.yaml sets {name} for {fn.logical_id} to {shown}, replacing the value exported "
                f"in your shell (as Lambda and sam local would); use --env-vars"
                + (" or --judge-* flags" if name.startswith(("JUDGE_", "GRADER_SPEC")) else "")
                + " to override it",
                file=sys.stderr,
            )


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
    overrides = {**read_env_overrides(args.env_vars, fn), **judge_overrides(fn, args, project.root)}
    note_template_wins(fn, {**fn.environment, **overrides}, os.environ)
    payload, failed = invoke_in_process(fn, event, args.timeout, overrides, specs_root=project.root)
    elapsed = (time.perf_counter() - started) * 1000
    print(json.dumps(payload))
    print(
        f"invoke {fn.logical_id}: {'function error' if failed else 'ok'} in {elapsed:.1f} ms (in-process)",
        file=sys.stderr,
    )
    return 1 if failed else 0
