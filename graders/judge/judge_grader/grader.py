"""The ``judge`` grader type: a model grades the response against a versioned rubric.

```json
{"type": "judge", "preset": "reference_correctness",
 "backend": {"type": "bedrock", "model_id": "us.amazon.nova-pro-v1:0"},
 "counterfactual": {"min_gap": 0.5}}
```

For each sample, before any judge call: an empty or trivial response (a "master key",
:mod:`judge_grader.trivial`) and a response addressed to the grader (the injection screen,
:mod:`judge_grader.screen`, then an optional Bedrock guardrail) score 0. Otherwise the
preset's prompt is rendered with every sample-derived input framed between per-call nonce
delimiters and the task restated after the response, the judge is called (temperature 0,
bounded ``max_tokens``, retried on throttling inside the sample's deadline, identical
inputs judged once per batch), and its JSON verdict is parsed strictly and mapped from the
rubric's scale onto 0..1; where a reference is read, a positive score must survive the
counterfactual check. A verdict that cannot be read, a refusal, or a judge that stays
throttled is an error status with the reason -- never a silent 0 or 1.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from grader_core.errors import SkipSample
from grader_core.protocol import GradeContext
from grader_core.types import Metric, Sample, Score
from judge_grader import sample_text
from judge_grader.backends import JudgeCallError, JudgeClient, JudgeReply, JudgeRequest, client_for
from judge_grader.budget import Budget, BudgetExhausted, estimate_tokens
from judge_grader.config import SPEC_SCHEMA, JudgeConfig, config_from_spec
from judge_grader.counterfactual import CANARY_REFERENCE, canary_task_inputs, derived_wrong_reference, required_gap
from judge_grader.framing import new_framer, token_hex
from judge_grader.guardrail import GuardrailScreen
from judge_grader.guardrail import resolve as resolve_guardrail
from judge_grader.parse import Verdict, VerdictError, excerpt, parse_verdict, to_unit
from judge_grader.presets import format_number
from judge_grader.retry import CallStats, RetriesExhausted, call_with_retries
from judge_grader.screen import screen
from judge_grader.throttle import AdaptiveLimit
from judge_grader.trivial import trivial_reason
from judge_grader.usage import METER, UsageMeter
from judge_grader.verdict_cache import VerdictCache, WaitTimeout, cache_key

__all__ = ["SPEC_SCHEMA", "JudgeGrader", "build"]

REASON_CHARS = 500


@dataclass
class Tokens:
    input: int = 0
    output: int = 0
    reported: bool = False

    def add(self, reply: JudgeReply) -> None:
        if reply.input_tokens is not None or reply.output_tokens is not None:
            self.reported = True
            self.input += reply.input_tokens or 0
            self.output += reply.output_tokens or 0


@dataclass
class Judged:
    """One judge call's outcome: unit scores per reward name, raw scores."""

    unit: dict[str, float]
    raw: dict[str, float]
    reasoning: str


class JudgeGrader:
    """Thread-safe: all per-sample state lives in ``grade``; the client is shared."""

    def __init__(
        self,
        config: JudgeConfig,
        client: JudgeClient | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        token: Callable[[int], str] = token_hex,
        meter: UsageMeter = METER,
        guardrail_runtime: Any = None,
    ) -> None:
        self.config = config
        self.concurrency = config.concurrency
        self._client = client
        self._sleep, self._rng, self._token, self._meter = sleep, rng, token, meter
        self._criteria = [c.name for c in config.criteria] if config.criteria else None
        self._gate = AdaptiveLimit(config.concurrency) if config.adaptive_concurrency else None
        self._output_format = _output_format(config)
        guardrail = resolve_guardrail(config.guardrail)
        self._guardrail = GuardrailScreen(guardrail, runtime=guardrail_runtime) if guardrail is not None else None
        self._budget = Budget(config.rate_limit) if config.rate_limit is not None else None
        self._cache: VerdictCache[Judged] | None = VerdictCache() if config.verdict_cache else None
        # The task canary's token: random, so no response can carry it; fixed for the life of
        # the grader, so duplicate responses in a batch still share a cached verdict.
        self._canary_token = "CANARY-" + token(8).upper()

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        config = self.config
        text = sample.response or ""
        if config.response_tag is not None:
            inner = sample_text.last_tag_content(text, config.response_tag)
            if inner is None:
                self._meter.add(samples=1)
                return self._zero(f"no <{config.response_tag}> in the response", Metric("judge_missing_tag", 1.0))
            text = inner
        stopped = self._before_judging(sample, text, ctx)
        if stopped is not None:
            return stopped

        inputs = self._inputs(sample, text)
        stats, tokens = CallStats(), Tokens()
        try:
            judged = self._judge(inputs, ctx, stats, tokens)
            value = self._combine(judged.unit)
            metrics = [*(Metric.reward(k, v) for k, v in judged.unit.items())]
            if self._criteria is None:
                metrics.append(Metric("judge_score_raw", judged.raw["score"]))
            metrics.append(Metric("judge_trivial", 0.0))
            if config.screen.enabled:
                metrics.append(Metric("injection", 0.0))
            reason = f"{self._label()}: {judged.reasoning}"
            if config.counterfactual is None:
                # Nothing to compare against: say so, so a dashboard can tell checked from unchecked.
                metrics.append(Metric("judge_counterfactual_checked", 0.0))
                metrics.append(Metric("judge_counterfactual_unavailable", 1.0))
            else:
                value, cf_metrics, cf_note = self._counterfactual(sample, inputs, value, ctx, stats, tokens)
                if value == 0.0:
                    # A withheld score pays nothing on any component either.
                    metrics = [Metric.reward(m.name, 0.0) if m.type == "Reward" else m for m in metrics]
                metrics.extend(cf_metrics)
                reason = f"{reason} [{cf_note}]" if cf_note else reason
        except (JudgeCallError, RetriesExhausted, VerdictError) as exc:
            return Score.error(f"{self._label()}: {exc}", self._call_metrics(stats, tokens))
        finally:
            self._meter.add(
                samples=1,
                judge_calls=stats.calls,
                attempts=stats.attempts,
                throttled=stats.throttled,
                cached=stats.cached,
                input_tokens=tokens.input,
                output_tokens=tokens.output,
            )
        return Score.ok(value, [*metrics, *self._call_metrics(stats, tokens)], _clip(reason))

    def _before_judging(self, sample: Sample, text: str, ctx: GradeContext) -> Score | None:
        """The score of a response no judge should see (master key, injection), else ``None``."""
        config = self.config
        reference = sample_text.as_text(sample.reference) if sample.reference not in (None, "") else None
        why = trivial_reason(text, config.trivial_phrases, reference)
        if why is not None:
            self._meter.add(samples=1, trivial=1)
            return self._zero(f"{why}; not sent to the judge", Metric("judge_trivial", 1.0))
        if config.screen.enabled:
            finding = screen(text, sample.prompt, ignore=config.screen.ignore)
            if finding is not None:
                self._meter.add(samples=1, injections=1)
                return self._zero(f"{finding.reason()}; not sent to the judge", Metric("injection", 1.0))
        if self._guardrail is None:
            return None
        try:
            intervened = self._guard(text, ctx)
        except (JudgeCallError, RetriesExhausted) as exc:
            self._meter.add(samples=1)
            return Score.error(f"{self._label()}: {exc}", [self._version_metric()])
        if intervened is None:
            return None
        self._meter.add(samples=1, injections=1)
        return self._zero(f"{intervened}; not sent to the judge", Metric("injection", 1.0))

    # -- one judge call ---------------------------------------------------------------------

    def _guard(self, text: str, ctx: GradeContext) -> str | None:
        guardrail = self._guardrail
        assert guardrail is not None
        return call_with_retries(
            lambda left: guardrail.check(text), ctx.remaining, self.config.retry, CallStats(), self._sleep, self._rng
        )

    def _judge(self, inputs: Mapping[str, str], ctx: GradeContext, stats: CallStats, tokens: Tokens) -> Judged:
        if self._cache is None:
            return self._call_judge(inputs, ctx, stats, tokens)
        try:
            judged, cached = self._cache.get(
                cache_key(inputs), lambda: self._call_judge(inputs, ctx, stats, tokens), ctx.remaining()
            )
        except WaitTimeout as exc:
            raise JudgeCallError(str(exc)) from None
        stats.cached += cached
        return judged

    def _call_judge(self, inputs: Mapping[str, str], ctx: GradeContext, stats: CallStats, tokens: Tokens) -> Judged:
        config = self.config
        framer = new_framer(inputs.values(), self._token)
        system, user = config.preset.render(framer, inputs, config.scale, self._output_format)
        client = self._client or client_for(
            config.backend, pool_size=config.concurrency, read_timeout_s=config.request_timeout_s
        )

        def attempt(left: float) -> JudgeReply:
            request = JudgeRequest(
                system=system,
                user=user,
                max_tokens=config.max_tokens,
                timeout_s=min(config.request_timeout_s, left),
                json_mode=config.json_mode,
                inputs=inputs,
            )
            if self._budget is None:
                return client.complete(request)
            estimate = estimate_tokens(system, user, config.max_tokens)
            try:
                self._budget.acquire(estimate, left)
            except BudgetExhausted as exc:
                raise JudgeCallError(str(exc)) from None
            reply = client.complete(request)
            reported = reply.input_tokens is not None or reply.output_tokens is not None
            self._budget.settle(estimate, (reply.input_tokens or 0) + (reply.output_tokens or 0) if reported else None)
            return reply

        stats.calls += 1
        reply = call_with_retries(attempt, ctx.remaining, config.retry, stats, self._sleep, self._rng, self._gate)
        tokens.add(reply)
        if reply.stop == "refusal":
            said = f": {excerpt(reply.text)}" if reply.text.strip() else ""
            raise VerdictError(f"judge refused to grade ({reply.detail}){said}")
        if reply.stop == "max_tokens":
            raise VerdictError(f"judge reply cut off at max_tokens={config.max_tokens}: {excerpt(reply.text)}")
        if reply.stop != "end":
            # Only a normal stop is a verdict: a tool call, a stop sequence we never set or a
            # finish reason we do not know says the text is not the judge's finished answer.
            raise VerdictError(f"judge stopped for {reply.detail or 'an unknown reason'!r}, not a verdict")
        return self._to_unit(parse_verdict(reply.text, self._criteria))

    def _to_unit(self, verdict: Verdict) -> Judged:
        unit = {
            (self.config.metric_name if key == "score" else key): to_unit(raw, self.config.scale)
            for key, raw in verdict.scores.items()
        }
        return Judged(unit, verdict.scores, verdict.reasoning)

    def _combine(self, unit: Mapping[str, float]) -> float:
        if self._criteria is None:
            return next(iter(unit.values()))
        total = sum(c.weight for c in self.config.criteria)
        return sum(c.weight * unit[c.name] for c in self.config.criteria) / total

    # -- counterfactual ---------------------------------------------------------------------

    def _counterfactual(
        self,
        sample: Sample,
        inputs: Mapping[str, str],
        value: float,
        ctx: GradeContext,
        stats: CallStats,
        tokens: Tokens,
    ) -> tuple[float, list[Metric], str]:
        options = self.config.counterfactual
        assert options is not None
        alternative, canary = self._counterfactual_inputs(sample, inputs)
        if value <= 0 or alternative is None:
            # Nothing to protect (a zero stays zero), or nothing to compare against.
            note = "" if value <= 0 else "counterfactual not checked: no wrong reference or task derivable"
            unavailable = float(value > 0 and alternative is None)
            return (
                value,
                [Metric("judge_counterfactual_checked", 0.0), Metric("judge_counterfactual_unavailable", unavailable)],
                note,
            )
        against_wrong = self._combine(self._judge(alternative, ctx, stats, tokens).unit)
        gap = value - against_wrong
        need = required_gap(value, options.min_gap)
        rejected = gap < need - 1e-9
        metrics = [
            Metric("judge_counterfactual_checked", 1.0),
            Metric("judge_counterfactual_unavailable", 0.0),
            Metric("judge_counterfactual_canary", float(canary)),
            Metric("judge_counterfactual_gap", gap),
            Metric("judge_counterfactual_rejected", float(rejected)),
        ]
        if not rejected:
            return value, metrics, f"counterfactual passed: gap {gap:.2f}"
        note = (
            f"counterfactual rejected: the judge gave {against_wrong:.2f} against a wrong "
            f"{'reference' if 'reference' in inputs else 'task'} "
            f"(gap {gap:.2f} < {need:.2f}), score {value:.2f} withheld"
        )
        return 0.0, metrics, note

    def _counterfactual_inputs(self, sample: Sample, inputs: Mapping[str, str]) -> tuple[dict[str, str] | None, bool]:
        """The inputs to judge again (a wrong reference, else a canary task), and whether
        they are a canary."""
        options = self.config.counterfactual
        assert options is not None
        if "reference" in inputs:
            wrong = self._wrong_reference(sample, inputs["reference"], inputs["response"])
            return (None if wrong is None else {**inputs, "reference": wrong}), wrong == CANARY_REFERENCE
        if not options.canary_task:
            return None, False
        return canary_task_inputs(dict(inputs), self._canary_token), True

    def _wrong_reference(self, sample: Sample, reference: str | None, response: str) -> str | None:
        """The distractor field, else the reference with its numbers moved, else the canary."""
        options = self.config.counterfactual
        assert options is not None
        if reference is None:
            return None
        if options.wrong_reference_field is not None:
            provided = sample.fields.get(options.wrong_reference_field)
            if provided not in (None, ""):
                return sample_text.as_text(provided)
        derived = derived_wrong_reference(reference, response)
        if derived is not None:
            return derived
        return CANARY_REFERENCE if options.canary else None

    # -- inputs and metrics -------------------------------------------------------------------

    def _inputs(self, sample: Sample, text: str) -> dict[str, str]:
        config, preset = self.config, self.config.preset
        wanted = set(preset.required + preset.optional)
        available: dict[str, str | None] = {
            "response": text,
            "conversation": sample_text.conversation(sample) if "conversation" in wanted else None,
            "prompt": sample.prompt or None,
            "reference": sample_text.as_text(sample.reference) if sample.reference not in (None, "") else None,
            "context": sample_text.context(sample.fields.get(config.context_field)) if "context" in wanted else None,
            "criteria": "\n".join(f"- {c.name}: {c.description}" for c in config.criteria) or None,
            "instructions": config.instructions or None,
        }
        for name in preset.required:
            if not available[name]:
                raise SkipSample(_MISSING[name].format(field=config.context_field))
        return {name: value for name, value in available.items() if name in wanted and value}

    def _zero(self, reason: str, marker: Metric) -> Score:
        names = self._criteria or [self.config.metric_name]
        metrics = [*(Metric.reward(n, 0.0) for n in names), marker, self._version_metric()]
        return Score.ok(0.0, metrics, f"{self._label()}: {reason}")

    def _call_metrics(self, stats: CallStats, tokens: Tokens) -> list[Metric]:
        metrics = [Metric("judge_attempts", stats.attempts), Metric("judge_throttled", stats.throttled)]
        if self._cache is not None:
            metrics.append(Metric("judge_cached", stats.cached))
        if tokens.reported:
            metrics += [Metric("judge_input_tokens", tokens.input), Metric("judge_output_tokens", tokens.output)]
        return [*metrics, self._version_metric()]

    def _version_metric(self) -> Metric:
        return Metric("judge_prompt_version", self.config.preset.version)

    def _label(self) -> str:
        if self._criteria is None:
            return self.config.preset.id
        return f"{self.config.preset.id} rubric {self.config.rubric_hash}"


_MISSING = {
    "conversation": "no conversation before the response to judge it against",
    "prompt": "no user turn: the judge needs the question",
    "reference": "no reference answer to judge against",
    "context": "no '{field}' field with the context to judge faithfulness against",
    "criteria": "no rubric criteria",
}


def build(spec: dict[str, Any]) -> JudgeGrader:
    return JudgeGrader(config_from_spec(spec))


def _output_format(config: JudgeConfig) -> str:
    low, high = config.scale
    kind = "integer" if float(low).is_integer() and float(high).is_integer() else "number"
    number = f"<{kind} from {format_number(low)} to {format_number(high)}>"
    reasoning = '"reasoning": "<at most three sentences explaining the score>"'
    if not config.criteria:
        return "{" + reasoning + ', "score": ' + number + "}"
    scores = ", ".join(f'"{c.name}": {number}' for c in config.criteria)
    return "{" + reasoning + ', "scores": {' + scores + "}}"


def _clip(text: str) -> str:
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 3] + "..."
