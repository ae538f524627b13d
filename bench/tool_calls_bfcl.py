"""tool_calls grader vs AWS's published BFCL-style scoring rule, side by side.

    make bench-tool_calls_bfcl

AWS's sample tool-calling grader (the BFCL function-calling benchmark) scores a response
by: exact function-name match, the expected argument names present, values equal with
type coercion, calls aligned by position, and any exception -> 0.0. ``aws_rule`` below is
that rule as published in prose, reimplemented here for comparison (it is not AWS's
code): the fraction of expected calls whose positional counterpart matches. Both score
the same rollouts: the tool_calls example dataset (800 rollouts, with the hacks a
simulated model plants) and hand-written probes of each difference. The table counts,
per kind of response, how often the two agree, and gives the reason where they do not.
Throughput of both on a 64-rollout batch (the grader alone, without the handler) closes.
"""

from __future__ import annotations

import ast
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def aws_rule(response: str, ground_truth: list[dict[str, Any]]) -> float:
    """Positional, name + expected-argument match with blanket coercion; exceptions -> 0.0."""
    try:
        predicted = _parse(response)
        matched = 0
        for i, expected in enumerate(ground_truth):
            call = predicted[i]  # IndexError -> 0.0 for the whole response, as any exception
            if call["name"] != expected["name"]:
                continue
            arguments = call.get("arguments", {})
            if all(name in arguments and _coerced_equal(arguments[name], value)
                   for name, value in expected["arguments"].items()):  # fmt: skip
                matched += 1
        return matched / len(ground_truth)
    except Exception:  # the rule under comparison: a crash is indistinguishable from a miss
        return 0.0


def _parse(text: str) -> list[dict[str, Any]]:
    text = text.strip()
    try:
        value = json.loads(text)
    except ValueError:
        tree = ast.parse(text, mode="eval").body
        nodes = tree.elts if isinstance(tree, ast.List) else [tree]
        return [{"name": ast.unparse(n.func), "arguments": {k.arg: ast.literal_eval(k.value) for k in n.keywords}}
                for n in nodes]  # fmt: skip
    return value if isinstance(value, list) else [value]


def _coerced_equal(got: Any, want: Any) -> bool:
    if got == want:
        return True
    try:
        return float(got) == float(want)
    except (TypeError, ValueError):
        return str(got).strip() == str(want).strip()


GT = [{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3}}]
TWO = [*GT, {"name": "get_weather", "arguments": {"city": "Rome"}}]
TOOLS = [{"type": "function", "function": {"name": n, "parameters": {"type": "object", "properties": p}}}
         for n, p in (("get_forecast", {"city": {"type": "string"}, "days": {"type": "integer"}}),
                      ("get_weather", {"city": {"type": "string"}}))]  # fmt: skip
# (kind, response, ground truth, tools) probing each difference
PROBES = [
    ("exact", '{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3}}', GT, TOOLS),
    ("number as string, declared integer", '{"name": "get_forecast", "arguments": {"city": "Paris", "days": "3"}}',
     GT, TOOLS),
    ("number as string, no schema", '{"name": "get_forecast", "arguments": {"city": "Paris", "days": "3"}}', GT, None),
    ("3.0 for integer 3", '{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3.0}}', GT, TOOLS),
    ("extra argument", '{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3, "hourly": true}}', GT,
     TOOLS),
    ("extra call", '[{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3}}, '
     '{"name": "get_weather", "arguments": {"city": "Oslo"}}]', GT, TOOLS),
    ("right calls, other order", '[{"name": "get_weather", "arguments": {"city": "Rome"}}, '
     '{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3}}]', TWO, TOOLS),
    ("one of two calls", '{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3}}', TWO, TOOLS),
    ("undeclared tool", '{"name": "get_forecast_v2", "arguments": {"city": "Paris", "days": 3}}',
     [{"name": "get_forecast_v2", "arguments": {"city": "Paris", "days": 3}}], TOOLS),
    ("tagged call", '<tool_call>{"name": "get_forecast", "arguments": {"city": "Paris", "days": 3}}</tool_call>', GT,
     TOOLS),
    ("prose", "Paris will be sunny for three days.", GT, TOOLS),
]  # fmt: skip

REASONS = {
    "extra argument": "AWS ignores arguments it does not expect; here an invented argument costs like a wrong one",
    "extra call": "AWS never looks past the expected calls; here an extra call costs precision (call F1)",
    "right calls, other order": "AWS aligns by position; here calls pair by name (order: 'strict' to match AWS)",
    "one of two calls": "AWS: the missing position raises, and any exception zeroes the response; here call F1 2/3",
    "wrong value": "per-argument credit here (one wrong value of two earns 1/2); AWS scores the call 0",
    "number as string, no schema": "AWS coerces everywhere; here only where the tool's schema declares a number",
    "undeclared tool": "AWS does not read `tools`; here a call to a tool the record does not declare is wrong",
    "tagged call": "AWS's parser does not read <tool_call> tags (exception -> 0.0); here they are read",
}


def ours(response: str, ground_truth: list[dict[str, Any]], tools: Any) -> float:
    from grader_core.protocol import GradeContext
    from grader_core.spec import build_grader
    from grader_core.types import Message, Sample

    fields = {"ground_truth": ground_truth, **({"tools": tools} if tools is not None else {})}
    sample = Sample("b", (Message("assistant", response),), response, None, fields)
    score = build_grader({"type": "tool_calls"}).grade(sample, GradeContext.within(5))
    assert score.value is not None
    return score.value


def example_rollouts() -> list[tuple[str, str, list[dict[str, Any]], Any]]:
    folder = ROOT / "examples" / "tool_calls"
    records = [json.loads(line) for line in (folder / "train.jsonl").read_text().splitlines()]
    responses = [json.loads(line)["responses"] for line in (folder / "responses.jsonl").read_text().splitlines()]
    rows = []
    for record, answers in zip(records, responses, strict=True):
        for answer in answers:
            rows.append((_kind(answer, record), answer, record["reference_answer"]["ground_truth"], record["tools"]))
    return rows


def _kind(answer: str, record: dict[str, Any]) -> str:
    expected = record["reference_answer"]["ground_truth"][0]
    if answer.startswith("["):
        return "extra call"
    if not answer.startswith("{"):
        return "python syntax" if "(" in answer else "prose"
    call = json.loads(answer)
    if call["name"] != expected["name"]:
        return "undeclared tool"
    if set(call["arguments"]) - set(expected["arguments"]):
        return "extra argument"
    if call["arguments"] == expected["arguments"]:
        return "exact"
    if any(isinstance(v, str) and not isinstance(expected["arguments"][k], str) for k, v in call["arguments"].items()):
        return "number as string, declared"
    return "wrong value"


def main() -> int:
    print("Hand-written probes (one rollout each):")
    print(f"{'response':38} {'AWS rule':>9} {'tool_calls':>11}  why they differ")
    for kind, response, gt, tools in PROBES:
        a, b = aws_rule(response, gt), ours(response, gt, tools)
        print(f"{kind:38} {a:9.2f} {b:11.2f}  {REASONS.get(kind, '') if abs(a - b) > 1e-9 else ''}")

    rows = example_rollouts()
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for kind, response, gt, tools in rows:
        by_kind[kind].append((aws_rule(response, gt), ours(response, gt, tools)))
    print(f"\nexamples/tool_calls ({len(rows)} rollouts), by kind of response:")
    print(f"{'kind':30} {'n':>4} {'AWS mean':>9} {'ours mean':>10} {'differ':>7}  why")
    for kind, pairs in sorted(by_kind.items(), key=lambda item: -len(item[1])):
        differ = sum(abs(a - b) > 1e-9 for a, b in pairs)
        why = REASONS.get(kind, "") if differ else ""
        print(f"{kind:30} {len(pairs):4} {statistics.mean(a for a, _ in pairs):9.3f} "
              f"{statistics.mean(b for _, b in pairs):10.3f} {differ:7}  {why}")  # fmt: skip
    pairs = [p for group in by_kind.values() for p in group]
    aws_mean, our_mean = statistics.mean(a for a, _ in pairs), statistics.mean(b for _, b in pairs)
    print(f"{'all':30} {len(pairs):4} {aws_mean:9.3f} {our_mean:10.3f} {sum(abs(a - b) > 1e-9 for a, b in pairs):7}")

    batch = rows[:64]
    timings = {"AWS rule": [], "tool_calls": []}
    for _ in range(30):
        for name, fn in (
            ("AWS rule", lambda r: aws_rule(r[1], r[2])),
            ("tool_calls", lambda r: ours(r[1], r[2], r[3])),
        ):
            started = time.perf_counter()
            for row in batch:
                fn(row)
            timings[name].append((time.perf_counter() - started) * 1000)
    aws_ms, our_ms = statistics.median(timings["AWS rule"]), statistics.median(timings["tool_calls"])
    print(f"\n64 rollouts, grader only (spec cache lookup, Sample, grade), median of 30: AWS rule {aws_ms:.1f} ms, "
          f"tool_calls {our_ms:.1f} ms ({our_ms / aws_ms:.0f}x; {our_ms / 64 * 1000:.0f} us per rollout)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
