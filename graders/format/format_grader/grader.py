"""The ``format`` grader type: a weighted list of checks.

```json
{"type": "format",
 "checks": [
   {"check": "tags", "sequence": ["think", "answer"]},
   {"check": "json_schema", "in_tag": "answer", "schema": {"type": "object", "required": ["name"]}},
   {"check": "length", "unit": "words", "max": 300, "weight": 0.5},
   {"check": "regex", "pattern": "as an ai", "ignore_case": true, "must_match": false}]}
```

The score is the weighted fraction of checks passed; each check is a ``Reward`` metric
(1 pass, 0 fail) named by its ``name`` or its kind. ``in_tag`` runs a check on the content
of the last ``<tag>...</tag>`` instead of the whole response (a missing tag fails it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from format_grader import checks
from grader_core.errors import SampleError, SpecError
from grader_core.protocol import GradeContext
from grader_core.text import last_tag_content
from grader_core.types import Metric, Sample, Score

_COMMON = {
    "check": {"type": "string"},
    "name": {"type": "string", "pattern": "^[A-Za-z0-9_\\-.]+$"},
    "weight": {"type": "number", "exclusiveMinimum": 0},
    "in_tag": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
}


def _check_schema(kind: str, properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "if": {"properties": {"check": {"const": kind}}, "required": ["check"]},
        "then": {
            "properties": {**_COMMON, **properties},
            "required": ["check", *(required or [])],
            "additionalProperties": False,
        },
    }


_PHRASES = {"phrases": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}}
_IGNORE_CASE = {"ignore_case": {"type": "boolean"}}

CHECK_SCHEMAS = {
    "regex": _check_schema(
        "regex",
        {
            "pattern": {"type": "string"},
            "must_match": {"type": "boolean"},
            "fullmatch": {"type": "boolean"},
            "multiline": {"type": "boolean"},
            "dotall": {"type": "boolean"},
            **_IGNORE_CASE,
        },
        ["pattern"],
    ),
    "tags": _check_schema(
        "tags",
        {
            "sequence": {
                "type": "array",
                "minItems": 1,
                "items": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
            },
            "exact": {"type": "boolean"},
        },
        ["sequence"],
    ),
    "json": _check_schema("json", {}),
    "json_schema": _check_schema(
        "json_schema",
        {
            "schema": {"type": ["object", "boolean"]},
            "schema_from": {"type": "string", "pattern": "^reference(\\.[^.]+)*$"},
        },
    ),
    "length": _check_schema(
        "length",
        {
            "unit": {"enum": ["chars", "words", "lines"]},
            "min": {"type": "integer", "minimum": 0},
            "max": {"type": "integer", "minimum": 0},
        },
        ["unit"],
    ),
    "contains_all": _check_schema("contains_all", {**_PHRASES, **_IGNORE_CASE}, ["phrases"]),
    "contains_none": _check_schema("contains_none", {**_PHRASES, **_IGNORE_CASE}, ["phrases"]),
    "reference": _check_schema(
        "reference",
        {
            "mode": {"enum": ["equals", "iequals", "not_equals", "contains", "icontains"]},
            "field": {"type": "string"},
            "strip": {"type": "boolean"},
        },
        ["mode"],
    ),
}

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "format"},
        "checks": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {"check": {"enum": sorted(CHECK_SCHEMAS)}},
                "required": ["check"],
                "allOf": list(CHECK_SCHEMAS.values()),
            },
        },
    },
    "required": ["type", "checks"],
    "additionalProperties": False,
}

# (text, sample, remaining seconds) -> None if passed, else why it failed
CheckFn = Callable[[str, Sample, float], str | None]


@dataclass(frozen=True)
class Check:
    name: str
    weight: float
    run: CheckFn
    in_tag: str | None = None

    def failure(self, sample: Sample, ctx: GradeContext) -> str | None:
        """``None`` if the check passes, else why it failed."""
        text = sample.response or ""
        if self.in_tag is not None:
            inner = last_tag_content(text, self.in_tag)
            if inner is None:
                return f"no <{self.in_tag}>...</{self.in_tag}> to check"
            text = inner
        return self.run(text, sample, ctx.remaining())


class FormatGrader:
    """Weighted fraction of checks passed."""

    # Neutral: the checks are pure and bounded (regex with a timeout), so the format grader
    # can run beside a judge in a worker thread without the main thread's signal timer.
    concurrency = 0

    def __init__(self, checks_: list[Check]) -> None:
        self.checks = checks_
        self.total_weight = sum(c.weight for c in checks_)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        metrics = []
        failures = []
        earned = 0.0
        for check in self.checks:
            why = check.failure(sample, ctx)
            earned += check.weight if why is None else 0.0
            metrics.append(Metric.reward(check.name, 1.0 if why is None else 0.0))
            if why is not None:
                failures.append(f"{check.name}: {why}")
        return Score.ok(earned / self.total_weight, metrics, "; ".join(failures))


def build(spec: dict[str, Any]) -> FormatGrader:
    built: list[Check] = []
    # Explicit names are reserved first, so a generated name ("regex_2") never collides
    # with one given anywhere in the list: metrics_list must not carry a name twice.
    used: set[str] = set()
    for i, options in enumerate(spec["checks"]):
        if "name" in options:
            if options["name"] in used:
                raise SpecError(f"spec.checks[{i}].name: {options['name']!r} is used twice")
            used.add(options["name"])
    for i, options in enumerate(spec["checks"]):
        kind = options["check"]
        name = options.get("name")
        if name is None:
            name, n = kind, 1
            while name in used:
                n += 1
                name = f"{kind}_{n}"
            used.add(name)
        try:
            run = _BUILDERS[kind](options)
        except SpecError as exc:
            raise SpecError(f"spec.checks[{i}]: {exc}") from None
        built.append(Check(name, float(options.get("weight", 1.0)), run, options.get("in_tag")))
    return FormatGrader(built)


def _regex(options: dict[str, Any]) -> CheckFn:
    # The `regex` module, not `re`: it can time out, and a spec's pattern meeting a policy
    # that learned to produce pathological text must not hang the batch.
    import regex

    flags = regex.V0
    flags |= regex.IGNORECASE if options.get("ignore_case") else 0
    flags |= regex.MULTILINE if options.get("multiline") else 0
    flags |= regex.DOTALL if options.get("dotall") else 0
    try:
        pattern = regex.compile(options["pattern"], flags)
    except regex.error as exc:
        raise SpecError(f"pattern: invalid regular expression ({exc})") from None
    must_match = options.get("must_match", True)
    find = pattern.fullmatch if options.get("fullmatch") else pattern.search

    def run(text: str, sample: Sample, remaining: float) -> bool:
        try:
            found = find(text, timeout=max(remaining, 0.001)) is not None
        except TimeoutError:
            raise SampleError(f"regex {options['pattern']!r} ran out of time on this response") from None
        if found == must_match:
            return None
        return f"pattern {options['pattern']!r} " + ("not found" if must_match else "found, and must not be")

    return run


def _tags(options: dict[str, Any]) -> CheckFn:
    sequence, exact = options["sequence"], options.get("exact", True)
    return lambda text, sample, remaining: checks.tags_problem(text, sequence, exact)


def _json(options: dict[str, Any]) -> CheckFn:
    return lambda text, sample, remaining: checks.json_problem(text)


def _json_schema(options: dict[str, Any]) -> CheckFn:
    if ("schema" in options) == ("schema_from" in options):
        raise SpecError("json_schema needs exactly one of 'schema' (inline) or 'schema_from' (e.g. 'reference')")
    if "schema" in options:
        schema = options["schema"]
        problem = checks.check_schema(schema)
        if problem:
            raise SpecError(f"schema: invalid JSON Schema ({problem})")
        return lambda text, sample, remaining: checks.schema_problem(text, schema)
    path = options["schema_from"]
    return lambda text, sample, remaining: checks.schema_problem(
        text, checks.schema_from_reference(sample.reference, path)
    )


def _length(options: dict[str, Any]) -> CheckFn:
    unit, low, high = options["unit"], options.get("min", 0), options.get("max")
    if high is not None and high < low:
        raise SpecError(f"length: max ({high}) is below min ({low})")
    if "min" not in options and high is None:
        raise SpecError("length: give 'min', 'max' or both")

    def run(text: str, sample: Sample, remaining: float) -> str | None:
        count = checks.count_units(text, unit)
        if count < low:
            return f"{count} {unit}, min {low}"
        if high is not None and count > high:
            return f"{count} {unit}, max {high}"
        return None

    return run


def _contains_all(options: dict[str, Any]) -> CheckFn:
    phrases, ignore_case = options["phrases"], options.get("ignore_case", False)

    def run(text: str, sample: Sample, remaining: float) -> str | None:
        found = checks.contains_phrases(text, phrases, ignore_case)
        missing = [p for p in phrases if p not in found]
        return f"missing {', '.join(checks.excerpt(p) for p in missing)}" if missing else None

    return run


def _contains_none(options: dict[str, Any]) -> CheckFn:
    phrases, ignore_case = options["phrases"], options.get("ignore_case", False)

    def run(text: str, sample: Sample, remaining: float) -> str | None:
        found = checks.contains_phrases(text, phrases, ignore_case)
        return f"contains {', '.join(checks.excerpt(p) for p in found)}" if found else None

    return run


def _reference(options: dict[str, Any]) -> CheckFn:
    mode, field, strip = options["mode"], options.get("field"), options.get("strip", True)
    return lambda text, sample, remaining: checks.compare_to_reference(text, sample.reference, mode, field, strip)


_BUILDERS: dict[str, Callable[[dict[str, Any]], CheckFn]] = {
    "regex": _regex,
    "tags": _tags,
    "json": _json,
    "json_schema": _json_schema,
    "length": _length,
    "contains_all": _contains_all,
    "contains_none": _contains_none,
    "reference": _reference,
}
