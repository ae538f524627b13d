"""``rft-graders preflight``: the CLI over sources, grading, stats, verdict and report.

Exit status: 0 for GO and GO WITH CARE, 1 for STOP, 2 for bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from rft_graders.cli import CliError
from rft_graders.preflight import defaults
from rft_graders.preflight.explain import failure_reasons, hint
from rft_graders.preflight.grading import GradingRun
from rft_graders.preflight.progress import Progress
from rft_graders.preflight.rollouts import PreflightError, Rollout, load_prompts, load_responses, sample_prompts
from rft_graders.preflight.stats import Summary, summarize
from rft_graders.preflight.verdict import ERROR_RATE_STOP, Verdict, judge

DEFAULT_OUT = "reports/preflight"
DEFAULT_TIMEOUT_S = 300.0  # template.yaml's FunctionTimeout default
MODEL_PROMPTS = 50  # default sample when responses cost money
MODEL_K = 4


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "preflight",
        help="grade base-model rollouts and judge whether an RFT job is worth starting",
        description="Get k responses per sampled prompt (from a file, Bedrock Converse or an OpenAI-compatible "
        "endpoint), grade them in-process or through the deployed Lambda, and report reward level and spread, "
        "flat groups, failures and latency with a verdict following AWS's RFT guidance. With no arguments it "
        "runs on the bundled arithmetic demo, offline.",
    )
    data = parser.add_argument_group("prompts")
    data.add_argument("--data", help="training JSONL (default: the bundled demo)")
    data.add_argument(
        "--prompts", type=int, help=f"prompts to sample (default: all with --responses, {MODEL_PROMPTS} with a model)"
    )
    data.add_argument(
        "--k", type=int, help=f"responses per prompt (default: all in --responses, {MODEL_K} with a model)"
    )
    data.add_argument("--seed", type=int, default=0, help="sampling seed (default %(default)s)")
    data.add_argument(
        "--by", action="append", metavar="FIELD", help="also report mean reward per value of this record field"
    )

    src = parser.add_argument_group("responses (one of)")
    src.add_argument("--responses", help='JSONL of pre-generated responses: {"line": N, "responses": [...]}')
    src.add_argument("--match-field", help="match --responses lines to records by this field instead of 'line'")
    src.add_argument("--bedrock-model", metavar="MODEL_ID", help="sample from a Bedrock model with Converse")
    src.add_argument("--openai-model", metavar="MODEL", help="sample from an OpenAI-compatible /chat/completions")
    src.add_argument("--base-url", help="OpenAI-compatible base URL (default: Bedrock's for --region)")
    src.add_argument(
        "--api-key-env", default="AWS_BEARER_TOKEN_BEDROCK", help="env var holding the API key (default %(default)s)"
    )
    src.add_argument("--temperature", type=float, default=1.0, help="sampling temperature (default %(default)s)")
    src.add_argument("--max-tokens", type=int, default=1024, help="response token limit (default %(default)s)")
    src.add_argument(
        "--save-responses", metavar="FILE", help="save generated responses for re-grading with --responses"
    )

    grading = parser.add_argument_group("grading")
    grading.add_argument("--grader", metavar="SPEC", help="default grader spec: JSON, a type name, or @file.json")
    grading.add_argument(
        "--lambda",
        dest="function",
        metavar="NAME_OR_ARN",
        help="invoke this deployed grader: short name or logical id (via --stack), deployed name, or ARN",
    )
    grading.add_argument(
        "--stack", default="rft-graders", help="stack that --lambda names resolve in (default %(default)s)"
    )
    grading.add_argument(
        "--endpoint-url", help="Lambda endpoint, e.g. http://127.0.0.1:3001 (rft-graders start-lambda)"
    )
    grading.add_argument("--region", help="AWS region for Bedrock and Lambda")
    grading.add_argument("--batch-size", type=int, default=64, help="rollouts per grader call (default %(default)s)")
    grading.add_argument(
        "--concurrency", type=int, default=8, help="parallel model calls / invocations (default %(default)s)"
    )
    grading.add_argument(
        "--function-timeout", type=float, help=f"seconds (default: the function's, else {DEFAULT_TIMEOUT_S:g})"
    )
    grading.add_argument(
        "--score-range",
        type=float,
        nargs=2,
        default=(0.0, 1.0),
        metavar=("MIN", "MAX"),
        help="the grader's output range (default 0 1)",
    )

    grading.add_argument(
        "--max-error-rate",
        type=float,
        default=ERROR_RATE_STOP,
        metavar="RATE",
        help="share of rollouts the grader may fail before the verdict is STOP and the exit status 1 "
        "(default %(default)s)",
    )

    out = parser.add_argument_group("output")
    out.add_argument("--out", default=DEFAULT_OUT, help="report directory (default %(default)s)")
    out.add_argument("--no-html", action="store_true", help="skip the HTML report")
    out.add_argument("--json", action="store_true", help="print the JSON summary instead of the text one")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except PreflightError as exc:
        raise CliError(str(exc)) from None


def _run(args: argparse.Namespace) -> int:
    demo = args.data is None
    if demo and (args.bedrock_model or args.openai_model):
        raise CliError("--data is required with a model (the demo ships its own responses)")
    data = Path(args.data) if args.data else defaults.DEMO_DATA
    responses_path = args.responses or (str(defaults.DEMO_RESPONSES) if demo else None)
    spec = _load_spec(args.grader) if args.grader else (defaults.demo_spec() if demo else None)
    by = args.by or (list(defaults.DEMO_GROUP_BY) if demo else [])
    if not 0.0 <= args.max_error_rate <= 1.0:
        raise CliError("--max-error-rate: a share between 0 and 1")
    if args.batch_size <= 0 or (args.k is not None and args.k <= 0):
        raise CliError("--batch-size and --k must be positive")
    lo, hi = args.score_range
    if not lo < hi:
        raise CliError("--score-range: MIN must be below MAX")

    prompts = load_prompts(data)
    from_model = responses_path is None
    count = args.prompts if args.prompts is not None else (MODEL_PROMPTS if from_model else None)
    sample = sample_prompts(prompts, count, args.seed)
    source, k = _source(args, responses_path, sample)
    if spec is None and not args.function and not any("grader" in p.record for p in sample):
        raise CliError(
            "no grader: pass --grader SPEC (JSON, a type name or @file.json); the records have no 'grader' field"
        )
    grader = _grader(args, spec)
    timeout = args.function_timeout or getattr(grader, "function_timeout", lambda: None)() or DEFAULT_TIMEOUT_S
    if hasattr(grader, "timeout_s"):
        grader.timeout_s = timeout

    # Reading a file is instant: progress only for generation, which can take minutes.
    progress = Progress("generating", len(sample) * k) if from_model else (lambda count: None)
    rollouts = source.rollouts(sample, k, progress)
    if isinstance(progress, Progress):
        progress.close()
    if args.save_responses:
        from rft_graders.preflight.rollouts import write_responses

        write_responses(args.save_responses, rollouts)
    usable = [r for r in rollouts if r.response is not None]
    if not usable and not rollouts:
        raise CliError(f"no responses for the sampled prompts in {responses_path}")

    progress = Progress("grading", len(usable))
    run_ = grader.grade(usable, args.batch_size, progress)
    progress.close()

    summary = summarize(
        run_.graded,
        run_.batch_seconds,
        args.batch_size,
        (lo, hi),
        timeout,
        [r.generation_error or "no response" for r in rollouts if r.response is None],
        by,
        run_.max_payload_bytes,
    )
    verdict = judge(summary, k, args.max_error_rate)
    config = {
        "data": str(data),
        "prompts sampled": f"{len(sample)} of {len(prompts)} (seed {args.seed})",
        "responses per prompt (k)": k,
        "responses": source.description,
        "grader": grader.description,
        "default spec": spec if spec is not None else "(per-record 'grader' fields)",
        "batch size": args.batch_size,
    }
    paths = _write(Path(args.out), summary, verdict, run_, rollouts, config, html=not args.no_html)
    if spec is not None and not args.function:
        # The spec that was preflighted, ready for the deployment's default-spec parameter.
        paths.append(Path(args.out) / "grader-spec.json")
        paths[-1].write_text(json.dumps(spec) + "\n", encoding="utf-8")
    if args.json:
        json.dump(_summary_json(summary, verdict, config, run_), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_summary(summary, verdict, config, run_, paths)
    return 1 if verdict.level == "stop" else 0


def _load_spec(raw: str) -> Any:
    from grader_core.errors import SpecError
    from grader_core.spec import load_spec, validate_spec

    if raw.startswith("@"):
        try:
            raw = Path(raw[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"--grader: cannot read {raw[1:]}: {exc.strerror or exc}") from None
    try:
        return validate_spec(load_spec(raw))
    except SpecError as exc:
        raise CliError(f"--grader: {exc}") from None


def _source(args: argparse.Namespace, responses_path: str | None, sample: list[Any]) -> tuple[Any, int]:
    from rft_graders.preflight import sources

    chosen = [
        name
        for name, value in (
            ("--responses", responses_path),
            ("--bedrock-model", args.bedrock_model),
            ("--openai-model", args.openai_model),
        )
        if value
    ]
    if len(chosen) != 1:
        raise CliError(
            "choose one response source: --responses FILE, --bedrock-model ID or --openai-model MODEL"
            + (f" (got {', '.join(chosen)})" if chosen else "")
        )
    sampling = sources.Sampling(args.temperature, args.max_tokens, args.concurrency)
    if responses_path:
        found = load_responses(responses_path, sample, args.match_field)
        available = [len(found.get(p.line, [])) for p in sample]
        if not any(available):
            raise CliError(f"{responses_path}: no responses for any of the {len(sample)} sampled prompts")
        k = args.k or max(available)
        return sources.FileSource(found, f"file {responses_path}"), k
    if args.bedrock_model:
        client = _boto_client("bedrock-runtime", args, read_timeout=300)
        return sources.ConverseSource(client, args.bedrock_model, sampling), args.k or MODEL_K
    from rft_graders.jobs_openai_api import OpenAIClient, default_base_url

    base_url = args.base_url or default_base_url(args.region or "us-west-2")
    client = OpenAIClient(base_url, os.environ.get(args.api_key_env), timeout_s=300)
    return sources.OpenAIChatSource(client, args.openai_model, sampling), args.k or MODEL_K


def _grader(args: argparse.Namespace, spec: Any) -> Any:
    from rft_graders.preflight.grading import InProcessGrader, LambdaGrader

    if args.function:
        client = _boto_client("lambda", args, read_timeout=(args.function_timeout or DEFAULT_TIMEOUT_S) + 30)
        if spec is not None:
            print(
                "note: --grader is ignored with --lambda (the function uses its own default spec and the "
                "records' 'grader' fields)",
                file=sys.stderr,
            )
        return LambdaGrader(client, _invocable(args), args.concurrency)
    from grader_core.errors import SpecError

    try:
        return InProcessGrader(spec, tuple(args.score_range), args.function_timeout or DEFAULT_TIMEOUT_S)
    except SpecError as exc:
        raise CliError(f"--grader: {exc}") from None


def _invocable(args: argparse.Namespace) -> str:
    """A local Invoke API resolves any name itself; Lambda needs an ARN or a deployed name."""
    from rft_graders.jobs_stack import StackError, invocable, stack_outputs

    if args.endpoint_url:
        return args.function
    try:
        cloudformation = _boto_client("cloudformation", args, read_timeout=60)
        return invocable(args.function, lambda: stack_outputs(cloudformation, args.stack), args.stack)
    except StackError as exc:
        raise CliError(f"--lambda {args.function}: {exc}") from None


def _boto_client(service: str, args: argparse.Namespace, read_timeout: float) -> Any:
    import boto3
    from botocore.config import Config

    session = boto3.Session(
        region_name=args.region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    )
    endpoint = args.endpoint_url if service == "lambda" else None
    credentials = {}
    if endpoint and _is_loopback(endpoint) and session.get_credentials() is None:
        # A local Invoke API does not check signatures, but botocore will not send unsigned.
        credentials = {"aws_access_key_id": "local", "aws_secret_access_key": "local"}
    config = Config(
        read_timeout=read_timeout,
        connect_timeout=10,
        retries={"max_attempts": 3, "mode": "standard"},
        max_pool_connections=max(10, args.concurrency),
    )
    return session.client(service, endpoint_url=endpoint, config=config, **credentials)


def _is_loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


def _summary_json(summary: Summary, verdict: Verdict, config: dict[str, Any], run_: GradingRun) -> dict[str, Any]:
    return {
        "verdict": verdict.label,
        "findings": [{"level": f.level, "message": f.message} for f in verdict.findings],
        "config": config,
        "summary": summary.to_json(),
        "invocation_errors": run_.invocation_errors[:20],
        # Every counted failure with its count and, where known, the fix: what the user reads first.
        "failure_reasons": failure_reasons(summary),
        "max_payload_bytes": run_.max_payload_bytes,
    }


def _write(
    out: Path,
    summary: Summary,
    verdict: Verdict,
    run_: GradingRun,
    rollouts: list[Rollout],
    config: dict[str, Any],
    html: bool,
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "summary.json", out / "rollouts.jsonl"]
    paths[0].write_text(json.dumps(_summary_json(summary, verdict, config, run_), indent=2) + "\n", encoding="utf-8")
    failed = [r for r in rollouts if r.response is None]
    with open(paths[1], "w", encoding="utf-8") as handle:
        for g in run_.graded:
            r = g.rollout
            handle.write(
                json.dumps(
                    {
                        "id": r.id,
                        "prompt": r.prompt.key,
                        "line": r.prompt.line,
                        "reward": g.reward,
                        "status": g.status,
                        "reason": g.reason,
                        "metrics": g.metrics,
                        "response": r.response,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        for r in failed:
            handle.write(
                json.dumps(
                    {
                        "id": r.id,
                        "prompt": r.prompt.key,
                        "line": r.prompt.line,
                        "reward": None,
                        "status": "generation_error",
                        "reason": r.generation_error,
                    }
                )
                + "\n"
            )
    if html:
        from rft_graders.preflight.report_html import render

        path = out / "report.html"
        path.write_text(render(summary, verdict, run_.graded, config), encoding="utf-8")
        paths.insert(0, path)
    return paths


def print_summary(s: Summary, verdict: Verdict, config: dict[str, Any], run_: GradingRun, paths: list[Path]) -> None:
    w = sys.stdout.write
    k = config["responses per prompt (k)"]
    w(f"RFT preflight: {s.prompts} prompts x {k} responses = {s.rollouts} rollouts graded\n")
    w(f"  responses: {config['responses']}\n  grader:    {config['grader']}\n")
    if s.reward_mean is not None:
        w(
            f"reward     mean {s.reward_mean:.3f} ({s.reward_mean_normalized:.1%} of "
            f"[{s.score_min:g}, {s.score_max:g}]), "
            f"std {s.reward_std:.3f}, min {s.reward_min:.3f}, median {s.reward_p50:.3f}, max {s.reward_max:.3f}\n"
        )
        peak = max(s.histogram_counts) or 1
        for i, count in enumerate(s.histogram_counts):
            bar = "#" * round(30 * count / peak)
            closing = "]" if i == len(s.histogram_counts) - 1 else ")"
            w(f"  [{s.histogram_edges[i]:.1f}, {s.histogram_edges[i + 1]:.1f}{closing} {bar:<30} {count}\n")
    if s.flat_share is not None:
        w(
            f"groups     {s.flat_groups}/{s.groups_measured} prompts ({s.flat_share:.1%}) had all rollouts score the "
            f"same ({s.all_min_groups} all at min, {s.all_max_groups} all at max); "
            f"mean within-group std {s.mean_group_spread:.3f}\n"
        )
    w(
        f"failures   grader errors {s.errors} ({s.errors / max(1, s.rollouts):.1%}), skipped {s.skipped} "
        f"({s.skip_rate:.1%}), failed invocations {s.invocation_failures}, generation errors {s.generation_errors}\n"
    )
    for kind, reasons in (("generation error", s.top_generation_errors), ("error", s.top_error_reasons)):
        for reason, count in reasons[:3]:
            fix = hint(reason)
            w(f"  {kind} x{count}: {reason}\n" + (f"    fix: {fix}\n" if fix else ""))
    rewards = {name: m for name, m in s.metric_means.items() if m["type"] == "Reward"}
    if rewards:
        others = len(s.metric_means) - len(rewards)
        metrics = ", ".join(f"{name} {m['mean']:.3f}" for name, m in rewards.items())
        w(f"rewards    {metrics}" + (f" (+{others} diagnostic metrics in the report)" if others else "") + "\n")
    for name, values in s.by_field.items():
        w(f"by {name:<7} " + ", ".join(f"{key} {v['reward_mean']:.3f}" for key, v in values.items()) + "\n")
    latency = (
        f"latency    batch of {s.batch_size}: p50 {s.batch_seconds_p50 or 0:.3f} s, "
        f"p99 {s.batch_seconds_p99 or 0:.3f} s"
        + (f" (steady state; first batch, cold: {s.first_batch_seconds:.3f} s)" if s.first_batch_seconds else "")
    )
    if s.sample_latency_p50_ms is not None:
        latency += f"; per sample p50 {s.sample_latency_p50_ms:.2f} ms, p99 {s.sample_latency_p99_ms:.2f} ms"
    w(latency + f" (function timeout {s.function_timeout_s:g} s)\n")
    if s.length_reward_correlation is not None:
        w(
            f"length     mean {s.response_chars_mean:.0f} chars; "
            f"correlation with reward {s.length_reward_correlation:+.2f}\n"
        )
    w(f"verdict: {verdict.label}\n")
    for finding in verdict.findings:
        w(f"  [{finding.level}] {finding.message}\n")
    w("report: " + ", ".join(str(p) for p in paths) + "\n")
