"""``rft-graders grade`` and ``validate-spec``: grade a JSONL file offline, check a spec.

Each JSONL line is one sample in the request shape (``id``, ``messages`` ending with the
assistant turn, ``reference_answer`` at the top level or under ``metadata``, extra fields).
A line without an ``id`` is given ``line-N``. Samples are graded like the router grades
them: by their own ``grader`` field if present, else by ``--spec``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from grader_core.config import RunnerConfig
from grader_core.errors import EventError, SampleError, SpecError
from grader_core.events import parse_sample
from grader_core.protocol import Grader
from grader_core.registry import FUNCTIONS
from grader_core.runner import Outcome, grade_batch
from grader_core.spec import build_grader, load_spec
from grader_core.types import Sample
from rft_graders.cli import CliError
from rft_graders.jsonl import read_jsonl

BATCH = 64
# As the preflight's STOP: past this, errors (which score the minimum) swamp the signal.
MAX_ERROR_RATE = 0.1


def register(subparsers: argparse._SubParsersAction) -> None:
    grade = subparsers.add_parser("grade", help="grade a JSONL file of samples offline")
    grade.add_argument("--spec", metavar="SPEC.json", help="grader spec for samples without a `grader` field")
    grade.add_argument("--data", required=True, metavar="FILE.jsonl", help="samples, one JSON object per line")
    grade.add_argument("--jsonl", action="store_true", help="print one JSON result per line instead of a table")
    grade.add_argument("--sample-timeout", type=float, metavar="S", help="per-sample time limit (default 30)")
    grade.add_argument(
        "--max-error-rate",
        type=float,
        default=MAX_ERROR_RATE,
        metavar="RATE",
        help="exit 1 when this share of samples or more could not be graded (default %(default)s; 0: any error)",
    )
    grade.set_defaults(func=_grade)

    check = subparsers.add_parser("validate-spec", help="check a grader spec (JSON file or inline JSON)")
    check.add_argument("spec", metavar="SPEC.json")
    check.add_argument("--function", metavar="NAME", help="also check that this function accepts the spec")
    check.set_defaults(func=_validate)


def read_spec(source: str) -> dict[str, Any]:
    """A spec from a file (``SPEC.json`` or ``@SPEC.json``, as ``preflight --grader`` takes it),
    inline JSON, or a bare grader type name (``math``)."""
    if source.startswith("@"):
        source = source[1:]
        if not Path(source).is_file():
            raise CliError(f"{source}: no such spec file")
    path = Path(source)
    if not path.is_file() and not source.lstrip().startswith("{") and not path.suffix:
        try:
            return load_spec(source)
        except SpecError as exc:
            raise CliError(str(exc)) from None
    text = source if source.lstrip().startswith("{") else _read(path)
    try:
        return load_spec(json.loads(text))
    except ValueError as exc:
        raise CliError(f"{source}: not JSON ({exc})") from None
    except SpecError as exc:
        raise CliError(str(exc)) from None


def read_samples(path: Path) -> Iterator[Sample]:
    for number, item in read_jsonl(path):
        if "id" not in item:
            item = {"id": f"line-{number}", **item}
        try:
            yield parse_sample(item, number - 1)
        except EventError as exc:
            raise CliError(f"{path}: line {number}: {str(exc).split(': ', 1)[-1]}") from None


def grade_file(path: Path, spec: dict[str, Any] | None, config: RunnerConfig) -> list[Outcome]:
    default = build_grader(spec) if spec is not None else None

    def resolve(sample: Sample) -> Grader:
        own = sample.fields.get("grader")
        if own is not None:
            return build_grader(own)
        if default is None:
            raise SampleError("no grader spec: the sample has no 'grader' field and no --spec was given")
        return default

    samples = list(read_samples(path))
    outcomes: list[Outcome] = []
    for start in range(0, len(samples), BATCH):
        outcomes.extend(grade_batch(samples[start : start + BATCH], resolve, config))
    return outcomes


def summarize(outcomes: list[Outcome]) -> dict[str, Any]:
    rewards = [o.reward for o in outcomes]
    by_metric: dict[str, list[float]] = defaultdict(list)
    for outcome in outcomes:
        for metric in outcome.metrics:
            by_metric[metric.name].append(metric.value)
    return {
        "samples": len(outcomes),
        "reward_mean": round(statistics.fmean(rewards), 6) if rewards else None,
        "reward_stdev": round(statistics.pstdev(rewards), 6) if rewards else None,
        "status": dict(Counter(o.status.value for o in outcomes)),
        "metric_means": {name: round(statistics.fmean(v), 6) for name, v in sorted(by_metric.items())},
    }


def _grade(args: argparse.Namespace) -> int:
    if not 0.0 <= args.max_error_rate <= 1.0:
        raise CliError("--max-error-rate: a share between 0 and 1")
    spec = read_spec(args.spec) if args.spec else None
    overrides = {"sample_timeout_s": args.sample_timeout} if args.sample_timeout else {}
    try:
        outcomes = grade_file(Path(args.data), spec, RunnerConfig.from_env(**overrides))
    except SpecError as exc:
        raise CliError(f"--spec: {exc}") from None
    if args.jsonl:
        for o in outcomes:
            print(json.dumps({
                "id": o.sample.id, "aggregate_reward_score": round(o.reward, 6), "status": o.status.value,
                "reason": o.score.reason, "metrics_list": [m.__dict__ for m in o.metrics],
            }))  # fmt: skip
        status = _error_status(outcomes, args.max_error_rate)
        print(json.dumps(summarize(outcomes)), file=sys.stderr)  # last on stderr, for scripts
        return status
    width = max([len(str(o.sample.id)) for o in outcomes] + [2])
    print(f"{'id':{width}}  reward   status   detail")
    for o in outcomes:
        detail = o.score.reason or " ".join(f"{m.name}={m.value:g}" for m in o.metrics)
        print(f"{o.sample.id!s:{width}}  {o.reward:6.3f}   {o.status.value:7}  {detail}")
    summary = summarize(outcomes)
    status = ", ".join(f"{n} {s}" for s, n in summary["status"].items())
    mean, stdev = summary["reward_mean"], summary["reward_stdev"]
    print(f"\n{summary['samples']} samples: mean reward {mean}, stdev {stdev} ({status})")
    for name, mean in summary["metric_means"].items():
        print(f"  {name:30} mean {mean:g}")
    return _error_status(outcomes, args.max_error_rate)


def _error_status(outcomes: list[Outcome], max_error_rate: float) -> int:
    """1, with the top reasons on stderr, when errors reach ``max_error_rate`` of the samples."""
    errors = [o for o in outcomes if o.status.value == "error"]
    if not errors or len(errors) < max_error_rate * len(outcomes):
        return 0
    print(
        f"error: {len(errors)} of {len(outcomes)} samples ({len(errors) / len(outcomes):.0%}) could not be graded, "
        f"at or over --max-error-rate {max_error_rate:g}; top reasons:",
        file=sys.stderr,
    )
    for reason, count in Counter(o.score.reason for o in errors).most_common(3):
        print(f"  x{count}: {reason}", file=sys.stderr)
    return 1


def _validate(args: argparse.Namespace) -> int:
    spec = read_spec(args.spec)
    allowed = None
    if args.function:
        from rft_graders.project import load_project

        allowed = FUNCTIONS.get(load_project().function(args.function).short_name)
    try:
        build_grader(spec, allowed)
    except SpecError as exc:
        print(f"invalid: {exc}", file=sys.stderr)
        return 1
    print(f"ok: a valid {spec['type']!r} spec" + (f" for {args.function}" if args.function else ""))
    return 0


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{path}: no such spec file (give a file, inline JSON, or a grader type name)") from None
    except OSError as exc:
        raise CliError(f"{path}: cannot read the spec file ({exc.strerror or exc})") from None
