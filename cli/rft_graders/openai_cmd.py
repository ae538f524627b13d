"""``rft-graders openai validate|run``: an OpenAI RFT grader JSON checked and run locally,
with the shapes of OpenAI's ``/fine_tuning/alpha/graders/validate`` and ``/graders/run``.

The grader file may hold the bare grader object (as in an OpenAI job's ``grader`` field),
``{"grader": {...}}`` (a ``/graders/validate`` body), or this project's ``openai`` spec
(``{"type": "openai", "grader": {...}, "models": {...}}``). Model graders need the mapping
of each OpenAI model to a Bedrock one: ``--model gpt-4o=us.amazon.nova-pro-v1:0``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rft_graders.cli import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("openai", help="validate and run OpenAI RFT grader JSON locally")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("grader", metavar="GRADER.json", help="the grader JSON (file, or inline JSON)")
        sub.add_argument(
            "--model",
            action="append",
            default=[],
            metavar="OPENAI=BEDROCK",
            help="map an OpenAI model a score_model/label_model names to a model of the backend (repeatable)",
        )
        sub.add_argument(
            "--backend",
            metavar="JSON",
            help='judge backend for model graders (default {"type": "bedrock"}; also openai, replay)',
        )

    validate = verbs.add_parser("validate", help="check a grader JSON without running it (like /graders/validate)")
    common(validate)
    validate.set_defaults(func=_validate)

    run = verbs.add_parser("run", help="grade one sample, or a JSONL of samples (like /graders/run)")
    common(run)
    run.add_argument("--sample", metavar="TEXT|FILE", help="the model's output: text, or a file holding it")
    run.add_argument("--item", metavar="JSON|@FILE", default="{}", help="the training record's fields (item.*)")
    run.add_argument(
        "--data", metavar="FILE.jsonl", help="grade every sample of a JSONL (rollouts as `rft-graders grade` reads)"
    )
    run.set_defaults(func=_run)

    pack = verbs.add_parser("pack", help="validate and write this project's spec file for the deployed function")
    common(pack)
    pack.add_argument("--out", "-o", required=True, metavar="specs/NAME.json", help="where to write the spec")
    pack.set_defaults(func=_pack)


def load_spec(args: argparse.Namespace) -> dict[str, Any]:
    raw = _json_arg(args.grader, "GRADER.json")
    if not isinstance(raw, dict):
        raise CliError("GRADER.json: expected a JSON object")
    if raw.get("type") == "openai":
        spec = dict(raw)
    else:
        grader = raw["grader"] if set(raw) == {"grader"} else raw
        spec = {"type": "openai", "grader": grader}
    models = dict(spec.get("models", {}))
    for pair in args.model:
        name, sep, target = pair.partition("=")
        if not sep or not name or not target:
            raise CliError(f"--model {pair!r}: expected OPENAI_MODEL=BEDROCK_MODEL")
        models[name] = target
    if models:
        spec["models"] = models
    if args.backend:
        spec["backend"] = _json_arg(args.backend, "--backend")
    return spec


def build(args: argparse.Namespace) -> tuple[dict[str, Any], Any]:
    from grader_core.errors import SpecError
    from grader_core.spec import build_grader

    spec = load_spec(args)
    try:
        return spec, build_grader(spec)
    except SpecError as exc:
        raise _Invalid(str(exc)) from None


class _Invalid(Exception):
    pass


def _validate(args: argparse.Namespace) -> int:
    try:
        spec, _ = build(args)
    except _Invalid as exc:
        json.dump({"error": {"message": str(exc), "type": "invalid_request_error"}}, sys.stdout, indent=2)
        print()
        return 1
    json.dump({"grader": spec["grader"]}, sys.stdout, indent=2)
    print()
    return 0


def _pack(args: argparse.Namespace) -> int:
    try:
        spec, _ = build(args)
    except _Invalid as exc:
        raise CliError(str(exc)) from None
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: deploy it with OpenaiDefaultSpecFile={out.as_posix()} (after make build)")
    return 0


def _run(args: argparse.Namespace) -> int:
    from grader_core.types import Message, Sample

    try:
        spec, grader = build(args)
    except _Invalid as exc:
        raise CliError(str(exc)) from None
    if args.data:
        from rft_graders.grade import read_samples

        samples = list(read_samples(Path(args.data)))
    else:
        if args.sample is None:
            raise CliError("give --sample TEXT|FILE (or --data FILE.jsonl)")
        text = Path(args.sample).read_text(encoding="utf-8") if Path(args.sample).is_file() else args.sample
        item = _json_arg(args.item, "--item")
        if not isinstance(item, dict):
            raise CliError("--item: expected a JSON object (the training record's fields)")
        fields = {k: v for k, v in item.items() if k != "reference_answer"}
        samples = [Sample("sample", (Message("assistant", text),), text, item.get("reference_answer"), fields)]
    failed = 0
    for sample in samples:
        outcome = grader.run(sample, lambda: 300.0)
        failed += outcome.reward is None
        answer = {
            "reward": outcome.reward if outcome.reward is not None else 0.0,
            "sub_rewards": outcome.sub_rewards,
            "metadata": {
                "name": spec["grader"].get("name", spec["grader"]["type"]),
                "type": spec["grader"]["type"],
                "execution_time": round(outcome.execution_time, 6),
                "scores": outcome.sub_rewards,
                "token_usage": outcome.token_usage if any(outcome.token_usage.values()) else None,
                "errors": outcome.errors,
            },
        }
        if outcome.reason:
            answer["metadata"]["reason"] = outcome.reason
        if args.data:
            answer["id"] = sample.id
        print(json.dumps(answer, indent=None if args.data else 2))
    return 1 if failed else 0


def _json_arg(value: str, name: str) -> Any:
    text = value
    if value.startswith("@") or (not value.lstrip().startswith(("{", "[")) and Path(value).is_file()):
        path = Path(value.removeprefix("@"))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{name}: cannot read {path} ({exc.strerror or exc})") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CliError(f"{name}: not JSON ({exc})") from None
