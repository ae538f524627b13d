"""An OpenAI grader JSON compiled into a tree of nodes that grade one sample.

Compiling checks what a schema cannot (templates, the formula, model mappings, the python
source's size) once, when the spec is built; :meth:`Node.run` then grades a sample and
returns OpenAI's raw reward (a ``score_model`` in its own ``range``, a ``multi`` whatever
its formula gives), recording each named sub-reward in ``Run.sub_rewards``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from openai_grader import formula, templates
from openai_grader.errors import GraderFailure
from openai_grader.schema import MAX_SOURCE_BYTES


@dataclass
class Run:
    """One sample's grading: the template context, what was produced, what was spent."""

    context: templates.Context
    remaining: Callable[[], float]
    sub_rewards: dict[str, float] = field(default_factory=dict)
    token_usage: dict[str, int] = field(default_factory=lambda: {"prompt_tokens": 0, "completion_tokens": 0})
    notes: list[str] = field(default_factory=list)
    # Diagnostic 0/1 metrics a node raised (``injection``, ``trivial``: the judge's screens).
    flags: dict[str, float] = field(default_factory=dict)
    # The training task (the user's prompt), which the judge's screens read for context.
    task: str = ""


class Runtime(Protocol):
    """What the nodes need from outside: metrics, a model, a sandbox (injected, so tests and
    the CLI can supply their own)."""

    def similarity(self, metric: str, text: str, reference: str, remaining_s: float = 30.0) -> float: ...

    def model_reply(self, model: str, messages: list[dict[str, str]], sampling: Mapping[str, Any], run: Run) -> str: ...

    def python(self, source: str, sample: dict[str, Any], item: dict[str, Any], run: Run) -> float: ...

    def screen(self, text: str, prompt: str, reference: str | None = None) -> tuple[str, str] | None:
        """``(flag, reason)`` when ``text`` must not reach a model grader (an injection, a
        master key), else ``None``. ``prompt`` is the task the response answers."""
        ...

    # Whether model graders re-ask with the record's fields replaced by a canary (below).
    counterfactual: bool


class Node(Protocol):
    name: str
    kind: str

    def run(self, run: Run, runtime: Runtime) -> float: ...


def compile_grader(grader: Mapping[str, Any], where: str = "grader") -> Node:
    """Build the node tree of a schema-valid grader object; raises ``GraderFailure`` with the path."""
    kind = grader["type"]
    name = str(grader.get("name", kind))
    if kind == "string_check":
        return StringCheck(name, kind, *_templates(grader, where, "input", "reference"), grader["operation"])
    if kind == "text_similarity":
        return TextSimilarity(name, kind, *_templates(grader, where, "input", "reference"), grader["evaluation_metric"])
    if kind == "python":
        source = grader["source"]
        if len(source.encode()) > MAX_SOURCE_BYTES:
            raise GraderFailure(
                "other_error", f"{where}.source: over OpenAI's limit of 256 kB ({MAX_SOURCE_BYTES} bytes)"
            )
        try:
            compile(source, f"<{where}.source>", "exec")
        except SyntaxError as exc:
            raise GraderFailure(
                "python_grader_runtime_error", f"{where}.source: {exc.msg} (line {exc.lineno})"
            ) from None
        if "def grade" not in source:
            raise GraderFailure("python_grader_runtime_error", f"{where}.source: defines no grade(sample, item)")
        return Python(name, kind, source)
    if kind in ("score_model", "label_model"):
        messages = _messages(grader, where)
        sampling = dict(grader.get("sampling_params") or {})
        if kind == "score_model":
            low, high = grader.get("range") or (0.0, 1.0)
            if not low < high:
                raise GraderFailure(
                    "other_error", f"{where}.range: the low end {low} must be below the high end {high}"
                )
            return ScoreModel(name, kind, grader["model"], messages, sampling, float(low), float(high))
        labels, passing = list(grader["labels"]), list(grader["passing_labels"])
        stray = [label for label in passing if label not in labels]
        if stray:
            raise GraderFailure("other_error", f"{where}.passing_labels: {stray} are not among the labels {labels}")
        return LabelModel(name, kind, grader["model"], messages, sampling, labels, passing)
    assert kind == "multi", kind
    raw = grader["graders"]
    children: dict[str, Node] = {}
    if "type" in raw and isinstance(raw.get("type"), str):  # the SDK's form: one grader, named by its name
        child = compile_grader(raw, f"{where}.graders")
        children[child.name] = child
    else:
        for key, sub in raw.items():
            children[key] = compile_grader(sub, f"{where}.graders.{key}")
    try:
        parsed = formula.parse(grader["calculate_output"], set(children))
    except formula.FormulaError as exc:
        raise GraderFailure("formula_parse_error", f"{where}.calculate_output: {exc}") from None
    return Multi(name, kind, children, parsed)


def _templates(grader: Mapping[str, Any], where: str, *keys: str) -> list[str]:
    for key in keys:
        _check_template(grader[key], f"{where}.{key}")
    return [grader[key] for key in keys]


def _check_template(template: str, where: str) -> None:
    try:
        templates.check(template, where)
    except templates.TemplateError as exc:
        raise GraderFailure(exc.flag, str(exc)) from None


def _messages(grader: Mapping[str, Any], where: str) -> list[tuple[str, str]]:
    messages = []
    for i, message in enumerate(grader["input"]):
        content = message["content"]
        parts = content if isinstance(content, list) else [content]
        texts = []
        for part in parts:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict) and part.get("type") in ("input_text", "output_text") and "text" in part:
                texts.append(part["text"])
            else:
                kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                raise GraderFailure("other_error", f"{where}.input[{i}]: {kind} content (Bedrock RFT is text only)")
        text = "".join(texts)
        _check_template(text, f"{where}.input[{i}].content")
        messages.append((message["role"], text))
    return messages


@dataclass(frozen=True)
class StringCheck:
    name: str
    kind: str
    input: str
    reference: str
    operation: str

    def run(self, run: Run, runtime: Runtime) -> float:
        text, reference = _render(self.input, run), _render(self.reference, run)
        if self.operation == "eq":
            return float(text == reference)
        if self.operation == "ne":
            return float(text != reference)
        if self.operation == "like":
            return float(reference in text)
        return float(reference.casefold() in text.casefold())


@dataclass(frozen=True)
class TextSimilarity:
    name: str
    kind: str
    input: str
    reference: str
    metric: str

    def run(self, run: Run, runtime: Runtime) -> float:
        return runtime.similarity(self.metric, _render(self.input, run), _render(self.reference, run), run.remaining())


@dataclass(frozen=True)
class Python:
    name: str
    kind: str
    source: str

    def run(self, run: Run, runtime: Runtime) -> float:
        sample = {"output_text": run.context.output_text}
        try:
            sample["output_json"] = run.context.output_json()
        except templates.TemplateError:
            sample["output_json"] = None
        return runtime.python(self.source, sample, run.context.item, run)


@dataclass(frozen=True)
class ScoreModel:
    name: str
    kind: str
    model: str
    messages: list[tuple[str, str]]
    sampling: dict[str, Any]
    low: float
    high: float

    def run(self, run: Run, runtime: Runtime) -> float:
        if _screened(self.name, self.messages, run, runtime):
            return self.low  # caught trying: the minimum, as the judge grader scores it
        instruction = (
            f'Reply with a JSON object only: {{"result": <a number from {self.low:g} to {self.high:g}>, '
            '"steps": [<your reasoning, briefly>]}.'
        )
        value = self._score(
            runtime.model_reply(self.model, _rendered(self.messages, run, instruction), self.sampling, run)
        )
        if value <= self.low:
            return value
        canary = _canary_rendered(self.name, self.messages, run, instruction, runtime)
        if canary is None:
            return value
        against = self._score(runtime.model_reply(self.model, canary, self.sampling, run))
        # The judge grader's rule: the canary must cost at least half the scale (or the whole score).
        gap, need = (value - against), min(0.5 * (self.high - self.low), value - self.low)
        return value if gap >= need - 1e-9 else _withheld(self.name, run, self.low, f"{against:g} of {value:g}")

    def _score(self, text: str) -> float:
        value = _json_field(text, "result", self.name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise GraderFailure("model_grader_parse_error", f"{self.name}: 'result' is not a number: {value!r}")
        if not self.low <= value <= self.high:
            # Never clamped: a judge that answers outside its range did not follow the rubric.
            raise GraderFailure(
                "model_grader_parse_error",
                f"{self.name}: result {value} is outside the range [{self.low:g}, {self.high:g}]",
            )
        return float(value)


@dataclass(frozen=True)
class LabelModel:
    name: str
    kind: str
    model: str
    messages: list[tuple[str, str]]
    sampling: dict[str, Any]
    labels: list[str]
    passing: list[str]

    def run(self, run: Run, runtime: Runtime) -> float:
        if _screened(self.name, self.messages, run, runtime):
            return 0.0  # caught trying: a failing label
        instruction = (
            'Reply with a JSON object only: {"result": <exactly one of '
            + json.dumps(self.labels, ensure_ascii=False)
            + '>, "steps": [<your reasoning, briefly>]}.'
        )
        label = self._label(
            runtime.model_reply(self.model, _rendered(self.messages, run, instruction), self.sampling, run)
        )
        run.notes.append(f"{self.name}: label {label}")
        if label not in self.passing:
            return 0.0
        canary = _canary_rendered(self.name, self.messages, run, instruction, runtime)
        if canary is None:
            return 1.0
        against = self._label(runtime.model_reply(self.model, canary, self.sampling, run))
        if against in self.passing:
            return _withheld(self.name, run, 0.0, f"label {against}")
        return 1.0

    def _label(self, text: str) -> str:
        label = _json_field(text, "result", self.name)
        if label not in self.labels:
            raise GraderFailure(
                "model_grader_parse_error", f"{self.name}: {label!r} is not one of the labels {self.labels}"
            )
        return label


@dataclass(frozen=True)
class Multi:
    name: str
    kind: str
    children: dict[str, Node]
    formula: formula.Formula

    def run(self, run: Run, runtime: Runtime) -> float:
        values = {}
        for key, child in self.children.items():
            values[key] = child.run(run, runtime)
            run.sub_rewards[key] = values[key]
        try:
            return self.formula.evaluate(values)
        except formula.FormulaError as exc:
            raise GraderFailure("formula_parse_error", f"{self.name}.calculate_output: {exc}") from None


def _screened(name: str, messages: list[tuple[str, str]], run: Run, runtime: Runtime) -> bool:
    """The judge grader's defences that do not depend on the model: a response addressed to
    the grader, or one with no substance (a master key), never reaches the model."""
    # The task the response answers: the training prompt where the sample has one (the
    # grader's own messages talk about scoring, which would read every task as a rating task).
    prompt = run.task or "\n".join(
        _render(text, run) for role, text in messages if role in ("system", "developer", "user")
    )
    reference = run.context.item.get("reference_answer")
    caught = runtime.screen(run.context.output_text, prompt, reference if isinstance(reference, str) else None)
    if caught is None:
        return False
    flag, reason = caught
    run.flags[flag] = 1.0
    run.notes.append(f"{name}: {reason}")
    return True


def _canary_rendered(
    name: str, messages: list[tuple[str, str]], run: Run, instruction: str, runtime: Runtime
) -> list[dict[str, str]] | None:
    """The judge grader's counterfactual check for model graders: the same messages with the
    record's answer fields (``item.reference_answer`` and any field named like a reference,
    answer, solution, label or target) replaced by the canary reference, which no answer can
    match. A model that still passes the response is not comparing it with the answer -- it
    was swayed by the response. Only answer fields are swapped: a grader that also reads,
    say, ``item.topic`` to judge tone would judge tone the same against any topic. ``None``
    where the check is off, or the messages read no answer field (nothing to swap: flag
    ``counterfactual_unavailable``)."""
    if not getattr(runtime, "counterfactual", False):
        return None
    from judge_grader.counterfactual import CANARY_REFERENCE

    item = {
        key: _replaced(value, CANARY_REFERENCE) if _ANSWER_FIELD.search(key) else value
        for key, value in run.context.item.items()
    }
    canary = Run(templates.Context(item, run.context.output_text), run.remaining, task=run.task)
    rendered = _rendered(messages, canary, instruction)
    if rendered == _rendered(messages, run, instruction):
        run.flags["counterfactual_unavailable"] = 1.0
        return None
    run.flags["counterfactual_checked"] = 1.0
    return rendered


_ANSWER_FIELD = re.compile(r"reference|answer|solution|expected|gold|target|label|correct|truth", re.I)


def _replaced(value: Any, text: str) -> Any:
    if isinstance(value, dict):
        return {key: _replaced(inner, text) for key, inner in value.items()}
    if isinstance(value, list):
        return [_replaced(inner, text) for inner in value]
    return text


def _withheld(name: str, run: Run, low: float, against: str) -> float:
    run.flags["counterfactual_rejected"] = 1.0
    run.notes.append(f"{name}: withheld: the model gave {against} against a record no answer can match")
    return low


def _render(template: str, run: Run) -> str:
    try:
        return templates.render(template, run.context)
    except templates.TemplateError as exc:
        raise GraderFailure(exc.flag, str(exc)) from None


def _rendered(messages: list[tuple[str, str]], run: Run, instruction: str) -> list[dict[str, str]]:
    rendered = [{"role": role, "content": _render(text, run)} for role, text in messages]
    # OpenAI asks its models for structured output; Bedrock models get the shape in words,
    # last, where it is not buried under the (untrusted) sample text.
    rendered.append({"role": "system", "content": instruction})
    return rendered


def _json_field(text: str, key: str, name: str) -> Any:
    start, end = text.find("{"), text.rfind("}")
    try:
        data = json.loads(text[start : end + 1]) if 0 <= start < end else None
    except ValueError:
        data = None
    if not isinstance(data, dict) or key not in data:
        excerpt = text[:120] + ("…" if len(text) > 120 else "")
        raise GraderFailure("model_grader_parse_error", f"{name}: the model's reply has no JSON {key!r}: {excerpt!r}")
    return data[key]
