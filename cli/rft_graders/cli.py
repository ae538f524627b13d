"""``rft-graders`` entry point.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module is
imported only for the command being run, so ``rft-graders invoke`` does not pay for the
HTTP server or SAM's template parser it does not use.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# command -> module in this package that registers it
COMMANDS: dict[str, str] = {
    "invoke": "invoke",
    "local-invoke": "local_invoke",
    "start-lambda": "start_lambda",
    "grade": "grade",
    "validate-spec": "grade",
    "demo": "demo",
    "functions": "project",
    "data": "data",
    "preflight": "preflight.command",
    "job": "jobs",
    "deploy-check": "deploy",
    "deploy": "deploy",
}


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rft-graders",
        description="Reward-function Lambdas for Amazon Bedrock reinforcement fine-tuning.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = next((a for a in argv if not a.startswith("-")), None)
    modules = {COMMANDS[wanted]} if wanted in COMMANDS else dict.fromkeys(COMMANDS.values())
    for module in modules:
        importlib.import_module(f"rft_graders.{module}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    # Commands that pass their options on to another tool (deploy: sam deploy) take the rest.
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "passthrough", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except CliError as exc:
        print(f"rft-graders {args.command}: {exc}", file=sys.stderr)
        return 2


class CliError(Exception):
    """A user-facing error: printed without a traceback, exit status 2."""


if __name__ == "__main__":
    sys.exit(main())
