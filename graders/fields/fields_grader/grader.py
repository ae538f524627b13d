"""The ``fields`` grader type: the response's JSON object against a reference object.

```json
{"type": "fields", "in_tag": "answer",
 "fields": {"total": {"match": "number", "tolerance": 0.01},
            "invoice_date": {"match": "date", "formats": ["%d/%m/%Y"]},
            "line_items": {"match": "set", "items": {"match": "object"}}},
 "extra_fields": "penalize",
 "schema": {"type": "object", "required": ["total"]}}
```

Field-level precision and recall, with each field's credit (0..1, see ``compare``) as its
match weight: precision = credit / fields given, recall = credit / fields expected; the
score is their F1. Extra fields lower precision unless ``extra_fields: "ignore"``.
A response that holds no JSON object scores 0 with ``invalid_json``; one that fails the
optional ``schema`` scores 0 with ``schema_valid`` = 0.
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any

from fields_grader.compare import DEFAULT_DATE_FORMATS, FieldRule, object_credit
from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.text import last_fenced_block, last_tag_content
from grader_core.types import Metric, Sample, Score

_MATCHES = ["exact", "text", "number", "date", "set", "sequence", "object"]

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "$defs": {
        "rule": {
            "type": "object",
            "properties": {
                "match": {"enum": _MATCHES},
                "tolerance": {"type": "number", "minimum": 0},
                "rel_tolerance": {"type": "number", "minimum": 0},
                "formats": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                "items": {"$ref": "#/$defs/rule"},
                "fields": {"type": "object", "additionalProperties": {"$ref": "#/$defs/rule"}},
            },
            "additionalProperties": False,
        }
    },
    "properties": {
        "type": {"const": "fields"},
        "fields": {"type": "object", "additionalProperties": {"$ref": "#/$defs/rule"}},
        "in_tag": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
        "extra_fields": {"enum": ["penalize", "ignore"]},
        "schema": {"type": ["object", "boolean"]},
        "reference_field": {"type": "string", "minLength": 1},
    },
    "required": ["type"],
    "additionalProperties": False,
}


class FieldsGrader:
    concurrency = 0  # pure comparisons over one JSON object

    def __init__(
        self,
        rules: dict[str, FieldRule],
        in_tag: str | None,
        count_extra: bool,
        schema: dict[str, Any] | bool | None,
        reference_field: str | None,
    ) -> None:
        self.rules = rules
        self.in_tag = in_tag
        self.count_extra = count_extra
        self.schema = schema
        self.reference_field = reference_field

    @cached_property
    def _validator(self) -> Any:
        from jsonschema import Draft202012Validator

        return Draft202012Validator(self.schema)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        want = self._reference(sample.reference)
        got = parse_object(sample.response or "", self.in_tag)
        if not isinstance(got, dict):
            reason = "no JSON in the response" if got is None else f"the JSON is a {_kind(got)}, not an object"
            return Score.ok(0.0, [Metric.reward("f1", 0.0), Metric("invalid_json", 1.0)], reason=reason)
        gate = []
        if self.schema is not None:
            valid = self._validator.is_valid(got)
            gate = [Metric("schema_valid", float(valid))]
            if not valid:
                return Score.ok(0.0, [Metric.reward("f1", 0.0), Metric("invalid_json", 0.0), *gate], "fails the schema")
        tally = object_credit(got, want, self.rules, self.count_extra)
        return Score.ok(
            tally.f1,
            [
                Metric.reward("f1", tally.f1),
                Metric("precision", tally.precision),
                Metric("recall", tally.recall),
                Metric("invalid_json", 0.0),
                *gate,
                Metric("fields_expected", tally.expected),
                Metric("missing_fields", len(tally.missing)),
                Metric("extra_fields", len(tally.extra)),
                *(Metric(f"field.{key}", value) for key, value in tally.per_field.items()),
            ],
        )

    def check_reference(self, sample: Sample) -> None:
        """Raise what grading would raise about the record itself (``data validate``)."""
        self._reference(sample.reference)

    def _reference(self, reference: Any) -> dict[str, Any]:
        if reference is None:
            raise SkipSample("no reference object")
        where = "reference"
        if isinstance(reference, str):
            try:
                reference = json.loads(reference)
            except ValueError:
                raise SampleError("reference: a string that is not JSON (expected a JSON object)") from None
        if self.reference_field is not None:
            if not isinstance(reference, dict) or self.reference_field not in reference:
                raise SampleError(f"reference.{self.reference_field}: missing")
            reference, where = reference[self.reference_field], f"reference.{self.reference_field}"
        if not isinstance(reference, dict):
            raise SampleError(f"{where}: expected a JSON object, got {_kind(reference)}")
        return reference


def parse_object(text: str, in_tag: str | None) -> Any:
    """The JSON value in the response (tag, last fence, whole text, or the first ``{...}``)."""
    if in_tag is not None:
        inner = last_tag_content(text, in_tag)
        if inner is None:
            return None
        text = inner
    candidate = (last_fenced_block(text) or text).strip()
    try:
        return json.loads(candidate, parse_constant=_reject)
    except (ValueError, RecursionError):
        pass
    start = candidate.find("{")
    if start < 0:
        return None
    try:
        value, _ = json.JSONDecoder(parse_constant=_reject).raw_decode(candidate, start)
    except (ValueError, RecursionError):
        return None
    return value


def _reject(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _kind(value: Any) -> str:
    return {dict: "object", list: "list", str: "string", type(None): "null"}.get(type(value), type(value).__name__)


def _rule(options: dict[str, Any], path: str) -> FieldRule:
    match = options.get("match")
    for option, kinds in (
        ("tolerance", ("number",)),
        ("rel_tolerance", ("number",)),
        ("formats", ("date",)),
        ("items", ("set", "sequence")),
        ("fields", ("object",)),
    ):
        if option in options and match not in kinds:
            raise SpecError(f"{path}.{option}: only for match {' / '.join(kinds)}")
    return FieldRule(
        match=match,
        tolerance=float(options.get("tolerance", 0.0)),
        rel_tolerance=float(options.get("rel_tolerance", 0.0)),
        formats=tuple(options.get("formats", DEFAULT_DATE_FORMATS)),
        items=_rule(options["items"], f"{path}.items") if "items" in options else None,
        fields={k: _rule(v, f"{path}.fields.{k}") for k, v in options.get("fields", {}).items()},
    )


def build(spec: dict[str, Any]) -> FieldsGrader:
    schema = spec.get("schema")
    if schema is not None:
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import SchemaError

        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as exc:
            raise SpecError(f"spec.schema: not a valid JSON Schema ({exc.message})") from None
    rules = {key: _rule(options, f"spec.fields.{key}") for key, options in spec.get("fields", {}).items()}
    return FieldsGrader(
        rules,
        spec.get("in_tag"),
        spec.get("extra_fields", "penalize") == "penalize",
        schema,
        spec.get("reference_field"),
    )
