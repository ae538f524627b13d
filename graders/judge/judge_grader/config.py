"""The ``judge`` spec: its JSON Schema, and the frozen config built from a validated spec.

Defaults live here in code (:class:`JudgeConfig`), not in the schema. Checks the schema
cannot express raise ``SpecError`` with the path inside the spec.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from grader_core.errors import SpecError
from grader_core.urls import is_loopback_url
from judge_grader.budget import RateLimit
from judge_grader.guardrail import GuardrailSpec
from judge_grader.presets import INPUTS, Preset, available, load_preset
from judge_grader.retry import RetryPolicy
from judge_grader.screen import CLASSES as SCREEN_CLASSES

_NAME = "^[A-Za-z][A-Za-z0-9_\\-]{0,63}$"
_REPLAY_RULE = {
    "type": "object",
    "properties": {
        "reply": {"type": "string"},
        "if_contains": {
            "type": "object",
            "propertyNames": {"enum": list(INPUTS)},
            "additionalProperties": {"type": "string", "minLength": 1},
        },
        "stop": {"enum": ["end", "max_tokens", "refusal", "other"]},
        "usage": {
            "type": "object",
            "properties": {
                "input_tokens": {"type": "integer", "minimum": 0},
                "output_tokens": {"type": "integer", "minimum": 0},
            },
            "additionalProperties": False,
        },
    },
    "required": ["reply"],
    "additionalProperties": False,
}


def _backend(kind: str, properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
        "then": {
            "properties": {"type": {"const": kind}, **properties},
            "required": ["type", *(required or [])],
            "additionalProperties": False,
        },
    }


_URL = {"type": "string", "pattern": "^https?://[^\\s]+$"}
_GUARDRAIL_ID = "^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$"
BACKEND_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"type": {"enum": ["bedrock", "openai", "replay"]}},
    "required": ["type"],
    "allOf": [
        _backend(
            "bedrock",
            {
                # A model id, an inference profile id, or an ARN of either; empty = JUDGE_MODEL_ID.
                "model_id": {"type": "string", "minLength": 1, "maxLength": 2048},
                "region": {"type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$"},
                "endpoint_url": _URL,
            },
        ),
        _backend(
            "openai",
            {
                "base_url": _URL,
                "model": {"type": "string", "minLength": 1},
                # The *name* of the environment variable holding the key; keys never go in a spec.
                "api_key_env": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"},
            },
            ["base_url", "model"],
        ),
        _backend("replay", {"rules": {"type": "array", "items": _REPLAY_RULE}, "default": _REPLAY_RULE}),
    ],
}

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "judge"},
        "preset": {"enum": sorted(available())},
        "preset_version": {"type": "integer", "minimum": 1},
        "name": {"type": "string", "pattern": _NAME},
        "criteria": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"},
                    "description": {"type": "string", "minLength": 1, "maxLength": 2000},
                    "weight": {"type": "number", "exclusiveMinimum": 0},
                },
                "required": ["name", "description"],
                "additionalProperties": False,
            },
        },
        "scale": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "instructions": {"type": "string", "minLength": 1, "maxLength": 4000},
        "context_field": {"type": "string", "minLength": 1},
        "response_tag": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
        "backend": BACKEND_SCHEMA,
        "max_tokens": {"type": "integer", "minimum": 16, "maximum": 8192},
        "json_mode": {"type": "boolean"},
        "concurrency": {"type": "integer", "minimum": 1, "maximum": 64},
        "adaptive_concurrency": {"type": "boolean"},
        "request_timeout_s": {"type": "number", "minimum": 1, "maximum": 900},
        "retry": {
            "type": "object",
            "properties": {
                "max_attempts": {"type": "integer", "minimum": 1, "maximum": 10},
                "base_delay_s": {"type": "number", "minimum": 0, "maximum": 60},
                "max_delay_s": {"type": "number", "minimum": 0, "maximum": 120},
                "min_attempt_s": {"type": "number", "minimum": 0, "maximum": 120},
            },
            "additionalProperties": False,
        },
        # Only "error": kept so that a spec still saying "clamp" gets a specific message.
        "out_of_range": {"enum": ["error", "clamp"]},
        "trivial_phrases": {"type": "array", "items": {"type": "string", "minLength": 1}},
        # Bedrock Guardrails prompt-attack filter as a second screen (judge_grader.guardrail).
        "guardrail": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "pattern": "^[a-z0-9]+$|^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{12}:guardrail/[a-z0-9]+$",
                },
                "version": {"type": "string", "pattern": "^([1-9][0-9]{0,7}|DRAFT)$"},
                "region": {"type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$"},
            },
            "additionalProperties": False,
        },
        # Per-minute budgets for this function's judge calls (judge_grader.budget).
        "rate_limit": {
            "type": "object",
            "properties": {
                "requests_per_minute": {"type": "number", "exclusiveMinimum": 0},
                "tokens_per_minute": {"type": "number", "exclusiveMinimum": 0},
            },
            "minProperties": 1,
            "additionalProperties": False,
        },
        # Judge identical (prompt, reference, response) once per batch (judge_grader.verdict_cache).
        "verdict_cache": {"type": "boolean"},
        # The judge-independent injection screen (judge_grader.screen); on unless disabled.
        "injection_screen": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean"},
                "ignore": {"type": "array", "items": {"enum": sorted(SCREEN_CLASSES)}, "uniqueItems": True},
            },
            "additionalProperties": False,
        },
        # On by default for presets that read a reference; {"enabled": false} turns it off.
        "counterfactual": {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean"},
                "wrong_reference_field": {"type": "string", "minLength": 1},
                "min_gap": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                "canary": {"type": "boolean"},
            },
            "additionalProperties": False,
        },
    },
    "required": ["type", "preset"],
    "additionalProperties": False,
}

CUSTOM_ONLY = ("criteria", "scale", "instructions")


@dataclass(frozen=True)
class Criterion:
    name: str
    description: str
    weight: float = 1.0


@dataclass(frozen=True)
class Counterfactual:
    """Re-judge against a deliberately wrong reference; accept only if the judge tells them apart."""

    wrong_reference_field: str | None = None
    # Required drop (on 0..1) from the true-reference score to the wrong-reference score.
    min_gap: float = 0.5
    # Where no distractor or number is available, judge against CANARY_REFERENCE.
    canary: bool = True
    # Where no reference is read, judge against CANARY_TASK (a task no response fulfils).
    canary_task: bool = True


@dataclass(frozen=True)
class Screen:
    """The injection screen: on by default; ``ignore`` skips rule classes a task legitimately
    trips (``fake_verdict`` when the task itself asks for a rating the screen cannot see)."""

    enabled: bool = True
    ignore: tuple[str, ...] = ()


@dataclass(frozen=True)
class JudgeConfig:
    preset: Preset
    scale: tuple[float, float]
    backend: Mapping[str, Any] = field(default_factory=lambda: {"type": "bedrock"})
    name: str = ""
    criteria: tuple[Criterion, ...] = ()
    instructions: str = ""
    context_field: str = "context"
    response_tag: str | None = None
    max_tokens: int = 1024
    json_mode: bool = False
    # 64 samples in 4 waves of 16: fast enough for a 300 s Lambda, gentle on account quotas.
    concurrency: int = 16
    # Back off below `concurrency` while the provider throttles (judge_grader.throttle).
    adaptive_concurrency: bool = True
    request_timeout_s: float = 30.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    trivial_phrases: tuple[str, ...] = ()
    counterfactual: Counterfactual | None = None
    screen: Screen = field(default_factory=Screen)
    verdict_cache: bool = True
    rate_limit: RateLimit | None = None
    guardrail: GuardrailSpec | None = None

    @property
    def metric_name(self) -> str:
        return self.name or self.preset.name

    @property
    def rubric_hash(self) -> str:
        """Short digest of a custom rubric, logged with its scores so rubric edits are visible."""
        import hashlib  # only custom rubrics need it; OpenSSL's hashlib costs ~10 ms at import

        text = json.dumps([[c.name, c.description, c.weight] for c in self.criteria] + [self.instructions])
        return hashlib.sha256(text.encode()).hexdigest()[:8]


def config_from_spec(spec: Mapping[str, Any]) -> JudgeConfig:
    """Build a :class:`JudgeConfig` from a schema-valid spec; raises ``SpecError``."""
    try:
        preset = load_preset(spec["preset"], spec.get("preset_version"))
    except KeyError as exc:
        raise SpecError(f"spec.preset_version: {exc.args[0]}") from None
    custom = preset.output == "criteria"
    for key in CUSTOM_ONLY:
        if key in spec and not custom:
            raise SpecError(f"spec.{key}: only the 'custom' preset takes a rubric of its own")
    if custom and "criteria" not in spec:
        raise SpecError("spec.criteria: the 'custom' preset needs criteria (name, description, weight)")
    criteria = tuple(
        Criterion(c["name"], c["description"], float(c.get("weight", 1.0))) for c in spec.get("criteria", ())
    )
    if len({c.name for c in criteria}) != len(criteria):
        raise SpecError("spec.criteria: criterion names must be unique")
    scale = tuple(spec.get("scale", (1, 5))) if custom else preset.scale
    assert scale is not None
    if not scale[0] < scale[1]:
        raise SpecError(f"spec.scale: the low end ({scale[0]}) must be below the high end ({scale[1]})")

    inputs = set(preset.required + preset.optional)
    if "context_field" in spec and "context" not in inputs:
        raise SpecError(f"spec.context_field: the {preset.name!r} preset reads no context")
    counterfactual = None
    options = spec.get("counterfactual", {})
    if "wrong_reference_field" in options and "reference" not in inputs:
        raise SpecError(f"spec.counterfactual.wrong_reference_field: the {preset.name!r} preset reads no reference")
    if options.get("enabled", True):
        canary = bool(options.get("canary", True))
        counterfactual = Counterfactual(
            options.get("wrong_reference_field"),
            float(options.get("min_gap", 0.5)),
            canary,
            # A custom rubric may grade what no task changes (tone, length): its task canary
            # is the spec's choice, not a default.
            canary_task=canary and (not custom or "counterfactual" in spec),
        )

    if spec.get("out_of_range") == "clamp":
        raise SpecError(
            "spec.out_of_range: 'clamp' was removed -- a score outside the rubric's scale is always an error, "
            "since clamping 10 on a 1-5 scale to full marks pays for the injection that asked for it"
        )
    backend = dict(spec.get("backend", {"type": "bedrock"}))
    _check_backend(backend)
    retry = RetryPolicy(**spec.get("retry", {}))
    if retry.max_delay_s < retry.base_delay_s:
        raise SpecError("spec.retry.max_delay_s: must not be below base_delay_s")
    return JudgeConfig(
        preset=preset,
        scale=(float(scale[0]), float(scale[1])),
        backend=backend,
        name=spec.get("name", ""),
        criteria=criteria,
        instructions=spec.get("instructions", ""),
        context_field=spec.get("context_field", "context"),
        response_tag=spec.get("response_tag"),
        max_tokens=spec.get("max_tokens", 1024),
        json_mode=spec.get("json_mode", False),
        concurrency=spec.get("concurrency", 16),
        adaptive_concurrency=spec.get("adaptive_concurrency", True),
        request_timeout_s=float(spec.get("request_timeout_s", 30.0)),
        retry=retry,
        trivial_phrases=tuple(spec.get("trivial_phrases", ())),
        counterfactual=counterfactual,
        verdict_cache=spec.get("verdict_cache", True),
        rate_limit=RateLimit(**spec["rate_limit"]) if "rate_limit" in spec else None,
        guardrail=GuardrailSpec(**spec["guardrail"]) if "guardrail" in spec else None,
        screen=Screen(
            spec.get("injection_screen", {}).get("enabled", True),
            tuple(spec.get("injection_screen", {}).get("ignore", ())),
        ),
    )


def _check_backend(backend: Mapping[str, Any]) -> None:
    if backend["type"] == "openai":
        url = backend["base_url"]
        if backend.get("api_key_env") and url.startswith("http://") and not is_loopback_url(url):
            raise SpecError("spec.backend.base_url: an API key is only sent over https:// (or http:// to loopback)")
