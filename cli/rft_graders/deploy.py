"""``rft-graders deploy-check`` and ``rft-graders deploy``: check, then ``sam deploy``.

Both take ``sam deploy``'s own options and read them with SAM CLI's own ``deploy`` command
(its parameter-override parser, ``samconfig.toml``, the built template it would deploy), so
what is checked is what would deploy. ``deploy`` then runs ``sam deploy`` with the same
options, adding ``--resolve-s3`` when no artifact bucket is given anywhere.

With ``--guided``, answers typed at SAM's prompts come after the check: CloudFormation's
constraints and Rules still refuse bad ones, and a function whose spec does not load fails
its first invocation at init.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from rft_graders.cli import CliError

DESCRIPTION = "Options are sam deploy's, e.g. --parameter-overrides RouterDefaultSpecFile=specs/router-default.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, helptext, func in (
        ("deploy-check", "check specs and template parameters as `sam deploy OPTIONS` would use them", run_check),
        ("deploy", "deploy-check, then `sam deploy OPTIONS` (nothing is deployed if a check fails)", run_deploy),
    ):
        parser = subparsers.add_parser(name, help=helptext, description=f"{helptext}. {DESCRIPTION}")
        parser.set_defaults(func=func, passthrough=True)


def sam_deploy_options(argv: list[str]) -> dict[str, Any]:
    """``sam deploy ARGV`` as SAM CLI reads it: the command line over samconfig.toml over defaults."""
    import click
    from samcli.commands.deploy.command import cli

    try:
        ctx = cli.make_context("deploy", list(argv), resilient_parsing=False)
    except click.ClickException as exc:
        raise CliError(f"sam deploy {' '.join(argv)}: {exc.format_message()}") from None
    options = dict(ctx.params)
    # SAM keeps --region and --profile on its context object, not in the parameters.
    options["region"] = getattr(ctx.obj, "region", None)
    options["profile"] = getattr(ctx.obj, "profile", None)
    return options


def check(argv: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The options ``sam deploy ARGV`` would use, and every problem with them."""
    from rft_graders.deploy_check import Problem, check_deployment

    options = sam_deploy_options(argv)
    template = Path(options.get("template_file") or "template.yaml")
    if not template.is_file():
        raise CliError(f"{template} not found: run `make build` first")
    region = options.get("region") or _default_region()
    problems: list[Problem] = []
    if template.resolve().parent.name != "build":
        problems.append(
            Problem(
                "template",
                f"{template} is the source template: run `make build` first, so that sam deploy ships the "
                "built functions and the specs/ layer (.aws-sam/build/template.yaml)",
            )
        )
    if options.get("s3_bucket") and options.get("resolve_s3"):
        problems.append(Problem("--s3-bucket", "given together with --resolve-s3: pass one (or --no-resolve-s3)"))
    problems += check_deployment(template, options.get("parameter_overrides") or {}, region)
    return options, [str(p) for p in problems]


def run_check(args: argparse.Namespace) -> int:
    options, problems = check(args.extra)
    return _report(options, problems)


def run_deploy(args: argparse.Namespace) -> int:
    options, problems = check(args.extra)
    if _report(options, problems):
        print("nothing was deployed", file=sys.stderr)
        return 1
    command = [_sam(), "deploy", *args.extra]
    if not (options.get("s3_bucket") or options.get("resolve_s3") or options.get("guided")):
        command.append("--resolve-s3")  # a SAM-managed artifact bucket, as --guided would offer
    print(f"deploy: {' '.join(command)}", file=sys.stderr, flush=True)
    return subprocess.call(command)


def _report(options: dict[str, Any], problems: list[str]) -> int:
    stack = options.get("stack_name") or "(stack name from --guided)"
    where = options.get("region") or _default_region() or "the default region"
    if problems:
        print(f"deploy-check: {len(problems)} problem(s) with deploying {stack} to {where}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    overrides = options.get("parameter_overrides") or {}
    shown = " ".join(f"{k}={v}" for k, v in overrides.items()) or "(template defaults)"
    print(f"deploy-check: ok: {stack} to {where} with {shown}", file=sys.stderr)
    return 0


def _default_region() -> str | None:
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        return region
    import botocore.session

    return botocore.session.get_session().get_config_variable("region")


def _sam() -> str:
    beside = Path(sys.executable).with_name("sam")
    found = str(beside) if beside.is_file() else shutil.which("sam")
    if not found:
        raise CliError("sam (AWS SAM CLI) not found: run `make setup`")
    return found
