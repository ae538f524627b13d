"""``rft-graders job create|status|watch``: start and follow a Bedrock RFT job.

Two APIs share one grader contract (contract §5): Nova models go through the Bedrock
control plane (``CreateModelCustomizationJob``, boto3), open-weight models through the
OpenAI-compatible endpoint (files + fine-tuning jobs). The API is chosen from the model
id (``amazon.*`` is Nova) unless ``--api`` says otherwise. ``--dry-run`` prints the exact
requests as JSON and sends nothing.

Exit status of ``watch``: 0 when the job succeeds (or watching stops first), 1 when it
fails or is stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from rft_graders import jobs_nova, jobs_openweight
from rft_graders.cli import CliError
from rft_graders.jobs_lint import job_warnings
from rft_graders.jobs_nova import RequestError
from rft_graders.jobs_stack import DEFAULT_STACK, StackError

NOVA, OPEN_WEIGHT = "nova", "open-weight"
API_KEY_ENV = "AWS_BEARER_TOKEN_BEDROCK"
MAX_EVENT_PAGES = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("job", help="create and monitor Bedrock RFT jobs")
    commands = parser.add_subparsers(dest="job_command", required=True, metavar="SUBCOMMAND")

    create = commands.add_parser(
        "create",
        help="start an RFT job (Nova or open-weight)",
        description="Start an RFT job. Nova (amazon.*) uses CreateModelCustomizationJob and needs S3 URIs and a "
        "service role; open-weight models upload a local JSONL through the OpenAI-compatible endpoint. The grader "
        "ARN and the role come from the flags or from the deployed stack's outputs.",
    )
    create.add_argument("--model", default=jobs_nova.DEFAULT_MODEL, help="base model (default %(default)s)")
    create.add_argument("--api", choices=(NOVA, OPEN_WEIGHT), help="default: nova for amazon.* models")
    create.add_argument("--training-data", required=True, help="s3:// URI (Nova); local JSONL or file id (open-weight)")
    create.add_argument("--validation-data", help="like --training-data")
    create.add_argument("--output", help="s3:// URI for the job's output (Nova)")
    create.add_argument("--job-name", help="Nova job name (default rft-<time>)")
    create.add_argument("--custom-model-name", help="Nova custom model name (default: the job name)")
    create.add_argument("--suffix", help="open-weight: suffix for the fine-tuned model's name")
    create.add_argument("--lambda-arn", help="grader function ARN (default: from the stack's outputs)")
    create.add_argument(
        "--stack", default=os.environ.get("RFT_GRADERS_STACK", DEFAULT_STACK), help="stack (default %(default)s)"
    )
    create.add_argument(
        "--function",
        default="router",
        help="grader function in the stack: short name, logical id, deployed name or ARN (default %(default)s)",
    )
    create.add_argument("--role-arn", help="Nova service role (default: the stack's RFTServiceRoleArn)")
    create.add_argument("--hp", action="append", default=[], metavar="NAME=VALUE", help="hyperparameter, repeatable")
    create.add_argument("--skip-validation", action="store_true", help="open-weight: upload without `data validate`")
    create.add_argument("--dry-run", action="store_true", help="print the exact requests and send nothing")
    _connection_args(create)
    create.set_defaults(func=run_create)

    for name, helptext, func in (
        ("status", "show a job's status, failure message and latest metrics", run_status),
        ("watch", "follow a job until it ends: status changes, metrics table, reward-hacking warning", run_watch),
    ):
        sub = commands.add_parser(name, help=helptext, description=helptext)
        sub.add_argument("job", help="Nova job ARN or name, or an open-weight job id (ftjob-...)")
        sub.add_argument("--api", choices=(NOVA, OPEN_WEIGHT), help="default: open-weight for ftjob-* ids")
        _connection_args(sub)
        if name == "watch":
            sub.add_argument("--interval", type=float, default=60.0, help="seconds between polls (default %(default)s)")
            sub.add_argument("--max-polls", type=int, help="stop watching after this many polls")
        else:
            sub.add_argument("--json", action="store_true", help="print the job as JSON")
        sub.set_defaults(func=func)


def _connection_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--region", help="AWS region (default: us-east-1 for Nova, us-west-2 for open-weight models)")
    parser.add_argument("--base-url", help="OpenAI-compatible base URL (default: Bedrock's for the region)")
    parser.add_argument("--api-key-env", default=API_KEY_ENV, help="env var holding the API key (default %(default)s)")


# ---- clients (tests replace these) ------------------------------------------------------


def aws_client(service: str, region: str) -> Any:
    import boto3

    return boto3.client(service, region_name=region)


def openai_client(args: argparse.Namespace, region: str) -> Any:
    from rft_graders.jobs_openai_api import OpenAIClient, default_base_url

    base_url = args.base_url or default_base_url(region)
    key = os.environ.get(args.api_key_env)
    host = urlparse(base_url).hostname or ""
    if not key and not (host == "localhost" or host.startswith("127.")):
        raise CliError(f"set {args.api_key_env} to a Bedrock API key (or choose another variable with --api-key-env)")
    return OpenAIClient(base_url, key)


# ---- create --------------------------------------------------------------------------------


def run_create(args: argparse.Namespace) -> int:
    api = args.api or (NOVA if args.model.startswith("amazon.") else OPEN_WEIGHT)
    region = _region(args, api)
    try:
        if api == NOVA:
            return _create_nova(args, region)
        return _create_open_weight(args, region)
    except (RequestError, StackError) as exc:
        raise CliError(str(exc)) from None


def _create_nova(args: argparse.Namespace, region: str) -> int:
    hyperparameters, warnings = jobs_nova.parse_hyperparameters(args.hp)
    _warn(warnings)
    if not args.output:
        raise CliError("--output s3://BUCKET/PREFIX/ is required for Nova jobs")
    lambda_arn, role_arn = _from_stack(args, region, need_role=True)
    _warn(job_warnings(args.model, region, lambda_arn))
    job_name = args.job_name or f"rft-{datetime.now(UTC):%Y%m%d-%H%M%S}"
    request = jobs_nova.build_request(
        job_name=job_name,
        model_name=args.custom_model_name or job_name,
        role_arn=role_arn or "",
        base_model=args.model,
        lambda_arn=lambda_arn,
        training_uri=args.training_data,
        output_uri=args.output,
        validation_uri=args.validation_data,
        hyperparameters=hyperparameters,
    )
    if args.dry_run:
        _print_json({"api": NOVA, "region": region, "operation": "CreateModelCustomizationJob", "request": request})
        return 0
    answer = _aws_call(aws_client("bedrock", region).create_model_customization_job, **request)
    arn = answer["jobArn"]
    print(f"created Nova RFT job {arn}")
    print(f"follow it with: rft-graders job watch {arn} --region {region}")
    return 0


def _create_open_weight(args: argparse.Namespace, region: str) -> int:
    from rft_graders.jobs_openai_api import ApiError, default_base_url

    hyperparameters, warnings = jobs_openweight.parse_hyperparameters(args.hp)
    _warn(warnings)
    if args.role_arn or args.output:
        _warn(["--role-arn and --output do not apply to open-weight jobs (the caller's identity invokes the grader)"])
    lambda_arn, _ = _from_stack(args, region, need_role=False)
    _warn(job_warnings(args.model, region, lambda_arn))
    uploads = [
        (field, value)
        for field, value in (("training_file", args.training_data), ("validation_file", args.validation_data))
        if value
    ]
    local = {field: Path(value) for field, value in uploads if Path(value).is_file()}
    if not args.skip_validation:
        for path in local.values():
            _validate_local(path)
    base_url = (args.base_url or default_base_url(region)).rstrip("/")
    if args.dry_run:
        ids = {field: f"<id returned by POST /files for {path.name}>" for field, path in local.items()}
        requests = [
            {
                "method": "POST",
                "url": f"{base_url}/files",
                "multipart": {"purpose": "fine-tune", "file": {"filename": path.name, "bytes": path.stat().st_size}},
            }
            for path in local.values()
        ]
        body = _job_body(args, lambda_arn, hyperparameters, {**dict(uploads), **ids})
        requests.append({"method": "POST", "url": f"{base_url}/fine_tuning/jobs", "json": body})
        _print_json({"api": OPEN_WEIGHT, "requests": requests})
        return 0
    client = openai_client(args, region)
    try:
        ids = {}
        for field, path in local.items():
            uploaded = client.upload_file(path)
            ids[field] = uploaded["id"]
            print(f"uploaded {path} as {uploaded['id']}")
        job = client.create_fine_tuning_job(_job_body(args, lambda_arn, hyperparameters, {**dict(uploads), **ids}))
    except ApiError as exc:
        raise CliError(str(exc)) from None
    print(f"created open-weight RFT job {job['id']} (status {job.get('status', '?')})")
    print(f"follow it with: rft-graders job watch {job['id']} --region {region}")
    return 0


def _job_body(
    args: argparse.Namespace, lambda_arn: str, hyperparameters: dict[str, Any], files: dict[str, str]
) -> dict:
    return jobs_openweight.job_body(
        model=args.model,
        training_file=files["training_file"],
        validation_file=files.get("validation_file"),
        lambda_arn=lambda_arn,
        hyperparameters=hyperparameters,
        suffix=args.suffix,
    )


def _validate_local(path: Path) -> None:
    from rft_graders.data_rules import validate_file

    report = validate_file(path)
    if not report.ok:
        first = "\n  ".join(str(issue) for issue in report.errors[:5])
        raise CliError(
            f"{path} has {len(report.errors)} error(s) (rft-graders data validate {path}):\n  {first}\n"
            "fix them, or pass --skip-validation to upload anyway"
        )


def _from_stack(args: argparse.Namespace, region: str, need_role: bool) -> tuple[str, str | None]:
    """The grader ARN and (for Nova) the role: flags first, then the stack's outputs."""
    from rft_graders import jobs_stack

    lambda_arn, role_arn = args.lambda_arn, args.role_arn
    if not lambda_arn and args.function.startswith("arn:") and jobs_stack.arn_qualifier(args.function):
        lambda_arn = args.function  # already a version or alias
    if not (lambda_arn and (role_arn or not need_role)):
        outputs = jobs_stack.stack_outputs(aws_client("cloudformation", region), args.stack)
        lambda_arn = lambda_arn or jobs_stack.grader_arn(outputs, args.stack, args.function)
        if need_role and not role_arn:
            role_arn = jobs_stack.service_role_arn(outputs, args.stack)
    warning = jobs_stack.pinning_warning(lambda_arn)
    _warn([warning] if warning else [])
    return lambda_arn, role_arn


# ---- status and watch ----------------------------------------------------------------------


def run_status(args: argparse.Namespace) -> int:
    api = _job_api(args)
    tracker = _Tracker(args, api)
    job = tracker.get()
    if args.json:
        _print_json(job)
        return 0
    _print_rows(tracker.describe(job))
    if api == OPEN_WEIGHT:
        rows = [r for r in (jobs_openweight.metric_row(e) for e in tracker.new_events()) if r]
        if rows:
            print("latest metrics: " + ", ".join(f"{k} {v:g}" for k, v in rows[-1].items()))
    return 0


def run_watch(args: argparse.Namespace) -> int:
    from rft_graders.jobs_watch import MetricsTable, length_hacking_warning

    tracker = _Tracker(args, _job_api(args))
    table, rows, warned, last = MetricsTable(), [], False, None
    polls = 0
    while True:
        polls += 1
        job = tracker.get()
        status = tracker.status(job)
        if status != last:
            stages = dict(tracker.describe(job)).get("stages")
            _say(f"status {status}" + (f" ({stages})" if stages else ""))
            last = status
        for event in tracker.new_events():
            row = jobs_openweight.metric_row(event)
            if row is None:
                if event.get("message"):
                    _say(f"event: {event['message']}")
                continue
            rows.append(row)
            for line in table.lines(row):
                print(line, flush=True)
        warning = None if warned else length_hacking_warning(rows)
        if warning:
            print(f"WARNING: {warning}", flush=True)
            warned = True
        if status in tracker.terminal:
            for label, value in tracker.describe(job):
                if label in ("failure", "output model"):
                    print(f"{label}: {value}")
            return 0 if status in ("Completed", "succeeded") else 1
        if args.max_polls is not None and polls >= args.max_polls:
            print(f"stopped watching after {polls} poll(s); the job is still {status}")
            return 0
        time.sleep(args.interval)


class _Tracker:
    """One job on either API: fetch it, name its status, list events not seen yet."""

    def __init__(self, args: argparse.Namespace, api: str) -> None:
        self.api, self.job_id = api, args.job
        region = _region(args, api)
        if api == NOVA:
            self.client = aws_client("bedrock", region)
            self.terminal = jobs_nova.TERMINAL
        else:
            self.client = openai_client(args, region)
            self.terminal = jobs_openweight.TERMINAL
        self.seen: set[str] = set()

    def get(self) -> dict[str, Any]:
        from rft_graders.jobs_openai_api import ApiError

        if self.api == NOVA:
            return _aws_call(self.client.get_model_customization_job, jobIdentifier=self.job_id)
        try:
            return self.client.get_fine_tuning_job(self.job_id)
        except ApiError as exc:
            raise CliError(str(exc)) from None

    def status(self, job: dict[str, Any]) -> str:
        return str(job.get("status", "?"))

    def describe(self, job: dict[str, Any]) -> list[tuple[str, str]]:
        return jobs_nova.describe(job) if self.api == NOVA else jobs_openweight.describe(job)

    def new_events(self) -> list[dict[str, Any]]:
        """Events not returned before, oldest first (the list API pages newest first)."""
        if self.api == NOVA:
            return []  # Nova reports training metrics to S3 output, not through the job API
        from rft_graders.jobs_openai_api import ApiError

        fresh: list[dict[str, Any]] = []
        after = None
        try:
            for _ in range(MAX_EVENT_PAGES):
                page = self.client.list_events(self.job_id, after=after)
                events = page.get("data") or []
                unseen = [e for e in events if str(e.get("id")) not in self.seen]
                fresh.extend(unseen)
                if not page.get("has_more") or not events or len(unseen) < len(events):
                    break
                after = events[-1].get("id")
        except ApiError as exc:
            _warn([f"events: {exc}"])
        self.seen.update(str(e.get("id")) for e in fresh)
        return sorted(fresh, key=lambda e: (e.get("created_at") or 0, (e.get("data") or {}).get("step") or 0))


def _job_api(args: argparse.Namespace) -> str:
    if args.api:
        return args.api
    return OPEN_WEIGHT if args.job.startswith("ftjob") else NOVA


def _region(args: argparse.Namespace, api: str) -> str:
    # The documented region of each API, not the profile's: RFT runs in few regions
    # (Nova 2 Lite in us-east-1, the open-weight models in us-west-2) and a default
    # region elsewhere would send the job to an endpoint that cannot run it.
    return args.region or (jobs_nova.DEFAULT_REGION if api == NOVA else "us-west-2")


def _aws_call(method: Any, **kwargs: Any) -> dict[str, Any]:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return method(**kwargs)
    except ClientError as exc:
        error = exc.response.get("Error", {})
        raise CliError(f"{error.get('Code', 'Error')}: {error.get('Message', exc)}") from None
    except BotoCoreError as exc:
        raise CliError(str(exc)) from None


def _print_rows(rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label + ':':<{width + 1}} {value}")


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def _say(message: str) -> None:
    print(f"{datetime.now(UTC):%H:%M:%S} {message}", flush=True)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
