"""The ``openai`` grader type: an OpenAI RFT grader JSON, unchanged, graded on Bedrock.

```json
{"type": "openai",
 "grader": {"type": "string_check", "name": "exact", "operation": "eq",
            "input": "{{ sample.output_text }}", "reference": "{{ item.reference_answer }}"},
 "models": {"gpt-4o-2024-08-06": "us.amazon.nova-pro-v1:0"},
 "backend": {"type": "bedrock"}}
```

- ``grader``: any of OpenAI's grader objects (``string_check``, ``text_similarity``,
  ``python``, ``score_model``, ``label_model``, ``multi``), as OpenAI's API took it.
- ``models``: the explicit mapping of every OpenAI model a ``score_model``/``label_model``
  names to a model of the judge backend; an unmapped model is a spec error, never a silent
  substitute.
- ``backend``: the judge backend the model graders call (the judge grader's: Bedrock
  Converse, an OpenAI-compatible endpoint, or canned replies); default Bedrock.
- ``reward_range``: the range of OpenAI's reward, mapped onto 0..1 for the runner (default
  a top-level ``score_model``'s own ``range``, else ``[0, 1]``). A reward outside it is an
  error of that sample, never clamped.

OpenAI's error flags become error statuses with the flag as a metric (``formula_parse_error``
= 1) and the reason logged; the sub-rewards of a ``multi`` are metrics named by their keys.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from grader_core.errors import SpecError
from grader_core.protocol import GradeContext
from grader_core.types import Metric, Sample, Score
from openai_grader import templates
from openai_grader.compiled import LabelModel, Multi, Node, Run, Runtime, ScoreModel, compile_grader
from openai_grader.errors import GraderFailure
from openai_grader.schema import GRADER_SCHEMA

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "openai"},
        "grader": GRADER_SCHEMA,
        "models": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
        "backend": {"type": "object", "properties": {"type": {"enum": ["bedrock", "openai", "replay"]}}},
        "reward_range": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        # text_similarity's cosine: the similarity grader's `embedding` options
        "embedding": {"type": "object"},
        # The judge grader's counterfactual check for score_model / label_model (on by default)
        "counterfactual": {"type": "boolean"},
    },
    "required": ["type", "grader"],
    "additionalProperties": False,
    "$defs": GRADER_SCHEMA["$defs"],
}


def nodes(node: Node) -> Iterator[Node]:
    yield node
    if isinstance(node, Multi):
        for child in node.children.values():
            yield from nodes(child)


@dataclass(frozen=True)
class Outcome:
    """What OpenAI's ``/graders/run`` reports: the raw reward, sub-rewards, flags, usage."""

    reward: float | None
    sub_rewards: dict[str, float]
    errors: dict[str, bool]
    token_usage: dict[str, int]
    execution_time: float
    reason: str
    caught: dict[str, float]  # what the judge's screens caught (``injection``, ``trivial``)


class OpenAIGrader:
    # Model graders wait on HTTP and the python grader on a subprocess: thread-safe, I/O-bound.
    concurrency = 8

    def __init__(self, root: Node, runtime: Runtime, reward_range: tuple[float, float]) -> None:
        self.root, self.runtime, self.reward_range = root, runtime, reward_range

    def run(self, sample: Sample, remaining: Any) -> Outcome:
        """Grade as OpenAI's run endpoint does: never raises for a grader failure."""
        from openai_grader.errors import FLAGS

        item = {**sample.fields, "reference_answer": sample.reference}
        run = Run(templates.Context(item, sample.response or ""), remaining, task=sample.prompt or "")
        started = time.perf_counter()
        flags = dict.fromkeys(FLAGS, False)
        try:
            reward: float | None = self.root.run(run, self.runtime)
            reason = "; ".join(run.notes)
        except GraderFailure as exc:
            flags[exc.flag], reward, reason = True, None, f"{exc.flag}: {exc}"
        elapsed = time.perf_counter() - started
        return Outcome(reward, run.sub_rewards, flags, run.token_usage, elapsed, reason, run.flags)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        outcome = self.run(sample, ctx.remaining)
        metrics = [Metric.reward(key, value) for key, value in outcome.sub_rewards.items()]
        metrics += [Metric(name, float(count)) for name, count in outcome.token_usage.items() if count]
        metrics += [Metric(name, value) for name, value in outcome.caught.items()]
        if outcome.reward is None:
            raised = [flag for flag, on in outcome.errors.items() if on]
            return Score.error(outcome.reason, [*metrics, *(Metric(flag, 1.0) for flag in raised)])
        low, high = self.reward_range
        if not low <= outcome.reward <= high:
            return Score.error(
                f"the grader's reward {outcome.reward:g} is outside reward_range [{low:g}, {high:g}] "
                "(set the spec's reward_range to the formula's range)",
                [*metrics, Metric("openai_reward", outcome.reward)],
            )
        if not outcome.sub_rewards:  # a single grader: its own value, named as OpenAI names it
            metrics.append(Metric.reward(self.root.name, outcome.reward))
        metrics.append(Metric("openai_reward", outcome.reward))
        return Score.ok((outcome.reward - low) / (high - low), metrics, outcome.reason)


def build(spec: dict[str, Any], runtime: Runtime | None = None) -> OpenAIGrader:
    try:
        root = compile_grader(spec["grader"])
    except GraderFailure as exc:
        raise SpecError(f"spec.{exc} ({exc.flag})") from None
    models = dict(spec.get("models", {}))
    for node in nodes(root):
        if isinstance(node, ScoreModel | LabelModel) and node.model not in models:
            raise SpecError(
                f"spec.models: no mapping for the OpenAI model {node.model!r} (used by {node.name!r}); "
                f'add "models": {{"{node.model}": "<a Bedrock model id or inference profile>"}}'
            )
    reward_range = spec.get("reward_range")
    if reward_range is None:
        reward_range = (root.low, root.high) if isinstance(root, ScoreModel) else (0.0, 1.0)
    low, high = (float(v) for v in reward_range)
    if not low < high:
        raise SpecError(f"spec.reward_range: the low end {low:g} must be below the high end {high:g}")
    if runtime is None:
        from openai_grader.runtime import LambdaRuntime

        runtime = LambdaRuntime(
            models, spec.get("backend", {"type": "bedrock"}), spec.get("embedding"), spec.get("counterfactual", True)
        )
    return OpenAIGrader(root, runtime, (low, high))
