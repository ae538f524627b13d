"""JSON Schema of OpenAI's grader objects, as the ``openai`` package's types define them.

Kept here as data (the Lambda does not ship the ``openai`` package); tests/openai holds it
to ``openai.types.graders`` so that a field or an enum value OpenAI adds shows up as a
failing test, not as a grader JSON we refuse. Fields OpenAI's types carry that a Bedrock
grader cannot honour are accepted and ignored where harmless (``image_tag``), refused where
they would change the result (image inputs: RFT on Bedrock is text only).
"""

from __future__ import annotations

from typing import Any

from similarity_grader.metrics import TEXT_METRICS

OPERATIONS = ("eq", "ne", "like", "ilike")
# text_similarity runs on the similarity grader: its metrics are this list (cosine through
# embeddings, the rest from libraries); tests/openai holds it to OpenAI's own enum.
SIMILARITY_METRICS = ("cosine", *TEXT_METRICS)
ROLES = ("user", "assistant", "system", "developer")
REASONING_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh", "max")
# OpenAI's limit on a python grader's source.
MAX_SOURCE_BYTES = 256 * 1024

_NAME = {"type": "string"}
# Content parts: text parts are used; any other part (images, audio) is refused when the
# grader is compiled, with a message saying why (Bedrock RFT is text only).
_TEXT_PART = {
    "type": "object",
    "properties": {"type": {"type": "string"}, "text": {"type": "string"}},
    "required": ["type"],
}
_MESSAGE = {
    "type": "object",
    "properties": {
        "role": {"enum": list(ROLES)},
        "content": {
            "anyOf": [
                {"type": "string"},
                _TEXT_PART,
                {"type": "array", "items": {"anyOf": [{"type": "string"}, _TEXT_PART]}},
            ]
        },
        "type": {"const": "message"},
    },
    "required": ["role", "content"],
}
_SAMPLING = {
    "type": ["object", "null"],
    "properties": {
        "temperature": {"type": ["number", "null"], "minimum": 0},
        "top_p": {"type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 1},
        "seed": {"type": ["integer", "null"]},
        "max_completions_tokens": {"type": ["integer", "null"], "minimum": 1},
        "reasoning_effort": {"enum": [*REASONING_EFFORTS, None]},
    },
}


def _grader(kind: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"type": {"const": kind}, "name": _NAME, **properties},
        "required": ["type", "name", *required],
    }


STRING_CHECK = _grader(
    "string_check",
    {"input": {"type": "string"}, "reference": {"type": "string"}, "operation": {"enum": list(OPERATIONS)}},
    ["input", "reference", "operation"],
)
TEXT_SIMILARITY = _grader(
    "text_similarity",
    {
        "input": {"type": "string"},
        "reference": {"type": "string"},
        "evaluation_metric": {"enum": list(SIMILARITY_METRICS)},
        "pass_threshold": {"type": "number"},
    },
    ["input", "reference", "evaluation_metric"],
)
PYTHON = _grader(
    "python",
    {"source": {"type": "string", "minLength": 1}, "image_tag": {"type": ["string", "null"]}},
    ["source"],
)
SCORE_MODEL = _grader(
    "score_model",
    {
        "model": {"type": "string", "minLength": 1},
        "input": {"type": "array", "items": _MESSAGE, "minItems": 1},
        "range": {"type": ["array", "null"], "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "sampling_params": _SAMPLING,
    },
    ["model", "input"],
)
LABEL_MODEL = _grader(
    "label_model",
    {
        "model": {"type": "string", "minLength": 1},
        "input": {"type": "array", "items": _MESSAGE, "minItems": 1},
        "labels": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "passing_labels": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "sampling_params": _SAMPLING,
    },
    ["model", "input", "labels", "passing_labels"],
)
SINGLE = {
    "string_check": STRING_CHECK,
    "text_similarity": TEXT_SIMILARITY,
    "python": PYTHON,
    "score_model": SCORE_MODEL,
    "label_model": LABEL_MODEL,
}
MULTI = _grader(
    "multi",
    {
        # OpenAI's guide writes `graders` as {name: grader}; its SDK types as one grader,
        # named by its `name`. Both are accepted.
        "graders": {
            "anyOf": [
                {"type": "object", "minProperties": 1, "additionalProperties": {"$ref": "#/$defs/single"}},
                {"$ref": "#/$defs/single"},
            ]
        },
        "calculate_output": {"type": "string", "minLength": 1},
    },
    ["graders", "calculate_output"],
)
TYPES = (*SINGLE, "multi")

GRADER_SCHEMA: dict[str, Any] = {
    "$defs": {
        "single": {
            "type": "object",
            "properties": {"type": {"enum": list(SINGLE)}},
            "required": ["type"],
            "allOf": [
                {"if": {"properties": {"type": {"const": kind}}}, "then": schema} for kind, schema in SINGLE.items()
            ],
        },
    },
    "type": "object",
    "properties": {"type": {"enum": list(TYPES)}},
    "required": ["type"],
    "allOf": [
        {"if": {"properties": {"type": {"const": kind}}}, "then": schema}
        for kind, schema in (*SINGLE.items(), ("multi", MULTI))
    ],
}
