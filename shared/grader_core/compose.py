"""The ``weighted`` grader: a weighted combination of other graders.

```json
{"type": "weighted",
 "parts": [
   {"name": "correctness", "weight": 0.8, "grader": {"type": "math"}},
   {"name": "format", "weight": 0.2, "grader": {"type": "format", "checks": [...]},
    "gate": {"part": "correctness", "min": 1.0}}]}
```

Each part's value appears in ``metrics_list`` as a ``Reward`` named after the part, and
the part's own metrics follow with the part name as prefix (``format.tags``). A ``gate``
counts a part only when another part scored at least ``min``: AWS's reward-design
guidance is to gate style rewards behind correctness, so that format alone never pays.
The first part that errors or is skipped makes the sample error or skipped, with its reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from grader_core.errors import SampleError, SkipSample
from grader_core.protocol import GradeContext, Grader
from grader_core.types import Metric, Sample, Score, Status

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "weighted"},
        "parts": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "pattern": "^[A-Za-z0-9_\\-]+$"},
                    "weight": {"type": "number", "exclusiveMinimum": 0},
                    "grader": {"type": ["object", "string"]},
                    "gate": {
                        "type": "object",
                        "properties": {"part": {"type": "string"}, "min": {"type": "number"}},
                        "required": ["part"],
                        "additionalProperties": False,
                    },
                },
                "required": ["name", "grader"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["type", "parts"],
    "additionalProperties": False,
}


def nested_specs(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for i, part in enumerate(spec["parts"]):
        yield f".parts[{i}].grader", part["grader"]


@dataclass(frozen=True)
class Part:
    name: str
    weight: float
    grader: Grader
    gate_part: str | None = None
    gate_min: float = 1.0


class WeightedGrader:
    """Grades every part in order and combines them by weight."""

    def __init__(self, parts: list[Part]) -> None:
        self.parts = parts
        # Any main-thread part (it needs the signal timer) makes the whole combination one;
        # neutral parts (0) go along with the others; all-neutral stays neutral.
        caps = [max(0, int(getattr(p.grader, "concurrency", 1))) for p in parts]
        threaded = [cap for cap in caps if cap > 1]
        self.concurrency = 1 if 1 in caps else (min(threaded) if threaded else 0)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        values: dict[str, float] = {}
        metrics: list[Metric] = []
        for part in self.parts:
            score = _grade_part(part, sample, ctx)
            if score.status is not Status.OK:
                return score
            assert score.value is not None
            values[part.name] = score.value
            metrics.extend(m.prefixed(part.name) for m in score.metrics)

        effective = self._gated(values)
        total = sum(p.weight for p in self.parts)
        combined = sum(part.weight * effective[part.name] for part in self.parts)
        rewards = [Metric.reward(part.name, effective[part.name]) for part in self.parts]
        return Score.ok(combined / total, [*rewards, *metrics])

    def _gated(self, values: dict[str, float]) -> dict[str, float]:
        """Each part's value after gates; a gate looks at the gating part's *gated* value,
        so chains (correctness gates format gates style) cascade. Build refuses cycles."""
        by_name = {part.name: part for part in self.parts}
        effective: dict[str, float] = {}

        def value_of(name: str) -> float:
            if name not in effective:
                part = by_name[name]
                open_gate = part.gate_part is None or value_of(part.gate_part) >= part.gate_min
                effective[name] = values[name] if open_gate else 0.0
            return effective[name]

        for part in self.parts:
            value_of(part.name)
        return effective


def _grade_part(part: Part, sample: Sample, ctx: GradeContext) -> Score:
    """The part's score, or the sample's skipped/error score naming the part.

    A part that is not ok ends the sample (the issue is the part's, not the sum's); its
    metrics are dropped because the combination has no value to attach them to. The
    runner's time limit (``SampleTimeout``, a ``BaseException``) passes through.
    """
    try:
        score = part.grader.grade(sample, ctx)
    except SkipSample as exc:
        return Score.skipped(f"{part.name}: {exc}")
    except SampleError as exc:
        return Score.error(f"{part.name}: {exc}")
    except Exception as exc:  # say which part crashed
        return Score.error(f"{part.name}: grader raised {type(exc).__name__}: {exc}")
    if not isinstance(score, Score):
        return Score.error(f"{part.name}: grader returned {type(score).__name__}, not a Score")
    if score.status is Status.OK:
        return score
    return Score(None, score.status, f"{part.name}: {score.reason}")


def build(spec: dict[str, Any]) -> WeightedGrader:
    from grader_core.errors import SpecError
    from grader_core.spec import build_validated

    names = [part["name"] for part in spec["parts"]]
    if len(set(names)) != len(names):
        raise SpecError("spec.parts: part names must be unique")
    parts = []
    for i, part in enumerate(spec["parts"]):
        gate = part.get("gate")
        if gate is not None and (gate["part"] not in names or gate["part"] == part["name"]):
            raise SpecError(f"spec.parts[{i}].gate.part: {gate['part']!r} is not another part's name")
        try:
            # validate_spec checked the parts with the whole spec (nested_specs).
            grader = build_validated(part["grader"])
        except SpecError as exc:
            # Build-time errors (e.g. an invalid regex) name a path inside the part's own
            # spec; prefix it as validate_spec does, so the message points at the right place.
            raise SpecError(str(exc).replace("spec", f"spec.parts[{i}].grader", 1)) from None
        parts.append(
            Part(
                name=part["name"],
                weight=float(part.get("weight", 1.0)),
                grader=grader,
                gate_part=gate["part"] if gate else None,
                gate_min=float(gate.get("min", 1.0)) if gate else 1.0,
            )
        )
    # Checked after each gate names another part, so those errors stay the specific ones.
    gates = {part["name"]: part["gate"]["part"] for part in spec["parts"] if part.get("gate")}
    for i, part in enumerate(spec["parts"]):
        seen, name = {part["name"]}, gates.get(part["name"])
        while name is not None:
            if name in seen:
                raise SpecError(f"spec.parts[{i}].gate: gates form a cycle through {part['name']!r}")
            seen.add(name)
            name = gates.get(name)
    return WeightedGrader(parts)
