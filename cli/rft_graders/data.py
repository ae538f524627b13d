"""``rft-graders data validate FILE.jsonl``: check a training file before a job reads it.

Exit status: 0 when the file has no errors (warnings allowed), 1 when it has errors, 2
when it cannot be read. ``--json`` prints the full report for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from rft_graders.cli import CliError
from rft_graders.data_rules import SPEC_FIELD, DataReport, DataRules, validate_file


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("data", help="check RFT training data")
    commands = parser.add_subparsers(dest="data_command", required=True, metavar="SUBCOMMAND")
    validate = commands.add_parser(
        "validate",
        help="check a JSONL file against the Bedrock RFT data rules",
        description="Check a JSONL training file against the Bedrock RFT data rules: record count, message "
        "roles and order, reference answers (and their shape for the grader each record names), text-only "
        "content, tools, per-record grader specs, and an "
        "estimate of prompt length against maxPromptLength.",
    )
    validate.add_argument("file", help="the JSONL training (or validation) file")
    validate.add_argument(
        "--max-prompt-length",
        type=int,
        default=DataRules.max_prompt_length,
        help="the job's maxPromptLength in tokens (default %(default)s)",
    )
    validate.add_argument(
        "--chars-per-token",
        type=float,
        default=DataRules.chars_per_token,
        help="characters per token for the length estimate (default %(default)s)",
    )
    validate.add_argument(
        "--min-records",
        type=int,
        default=DataRules.min_records,
        help="fewest records accepted (default %(default)s, the service's minimum; lower it for a sample file)",
    )
    validate.add_argument(
        "--grader",
        metavar="SPEC",
        help="spec of records without a 'grader' field (a file, inline JSON, or a type name): their "
        "reference answers are checked for that grader",
    )
    validate.add_argument("--max-shown", type=int, default=30, help="errors and warnings listed (default %(default)s)")
    validate.add_argument("--json", action="store_true", help="print the report as JSON")
    validate.set_defaults(func=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    try:
        rules = DataRules(
            max_prompt_length=args.max_prompt_length,
            chars_per_token=args.chars_per_token,
            min_records=args.min_records,
            default_spec=_default_spec(args.grader),
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        report = validate_file(args.file, rules)
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    if args.json:
        json.dump(report.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_report(report, sys.stdout, args.max_shown)
    return 0 if report.ok else 1


def _default_spec(source: str | None) -> dict[str, Any] | None:
    if source is None:
        return None
    from grader_core.errors import SpecError
    from grader_core.spec import validate_spec
    from rft_graders.grade import read_spec

    try:
        return validate_spec(read_spec(source))
    except SpecError as exc:
        raise CliError(f"--grader: {exc}") from None


def print_report(report: DataReport, out: TextIO, max_shown: int = 30) -> None:
    errors, warnings = report.errors, report.warnings
    out.write(f"{report.path}: {report.records} records, {len(errors)} error(s), {len(warnings)} warning(s)\n")
    for title, issues in (("errors", errors), ("warnings", warnings)):
        if not issues:
            continue
        out.write(f"{title}:\n")
        for issue in issues[:max_shown]:
            out.write(f"  {issue}\n")
        if len(issues) > max_shown:
            out.write(f"  ... and {len(issues) - max_shown} more (--max-shown, or --json for all)\n")

    summary = report.to_json()["prompt_tokens_estimate"]
    if summary["max"] is not None:
        out.write(
            f"prompt length (estimated tokens at {report.rules.chars_per_token:g} chars/token): "
            f"p50 {summary['p50']}, p95 {summary['p95']}, max {summary['max']}; "
            f"{summary['over_limit']} over maxPromptLength={summary['max_prompt_length']}\n"
        )
    if report.records_with_tools:
        out.write(f"records with tools: {report.records_with_tools} (tool use in RFT: Nova 2 only)\n")
    if report.extra_fields:
        out.write("extra fields (delivered to the grader with each rollout, under metadata):\n")
        width = max(len(name) for name in report.extra_fields)
        for name, field in sorted(report.extra_fields.items()):
            types = "/".join(sorted(field.types))
            note = ""
            if name == SPEC_FIELD:
                specs = ", ".join(f"{t} x{n}" for t, n in report.spec_types.most_common())
                note = f"  (per-record grader spec: {specs or 'none valid'})"
            example = json.dumps(field.example, ensure_ascii=False)
            out.write(f"  {name:<{width}}  {field.count:>6} records  {types:<14} e.g. {example}{note}\n")
    else:
        out.write("extra fields: none (the grader sees only messages and reference_answer)\n")
    out.write("result: OK\n" if report.ok else "result: FAILED (fix the errors above)\n")
