"""The ``tool_calls`` grader type: the calls a response makes against the expected ones.

```json
{"type": "tool_calls", "order": "any", "coerce": true, "sources": ["native", "text"]}
```

Every made call is paired with at most one expected call of the same name (``order:
"strict"`` pairs them by position instead). A pair earns per-call credit: correct
arguments / (expected arguments + extra arguments), so a wrong value, a missing argument
and an invented one each cost the same. The score is an F1 over calls with that credit
as the match weight: ``2 * sum(credit) / (calls made + calls expected)``, so an extra
call costs precision and a missing one recall. A call to a tool the record's ``tools``
does not declare earns nothing. A response with no readable call scores 0 (``no_calls``)
unless no call was expected: then not calling is right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from grader_core.errors import SampleError, SkipSample
from grader_core.protocol import GradeContext
from grader_core.types import Metric, Sample, Score
from tool_calls_grader.calls import Call, expected_calls, native_calls, text_calls
from tool_calls_grader.match import CallMatch, compare_call
from tool_calls_grader.tools import tool_schemas

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "tool_calls"},
        "order": {"enum": ["any", "strict"]},
        "coerce": {"type": "boolean"},
        "sources": {
            "type": "array",
            "items": {"enum": ["native", "text"]},
            "minItems": 1,
            "uniqueItems": True,
        },
    },
    "required": ["type"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class ToolCallsConfig:
    order: str = "any"
    coerce: bool = True
    native: bool = True
    text: bool = True


class ToolCallsGrader:
    """Call-level F1 with per-call argument credit."""

    concurrency = 0  # pure and bounded (input sizes are capped by the event)

    def __init__(self, config: ToolCallsConfig) -> None:
        self.config = config

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        found = expected_calls(sample)
        if found is None:
            raise SkipSample("no expected calls: no ground_truth field and no reference answer")
        expected, where = found
        schemas = tool_schemas(sample.fields.get("tools"))
        made, native = self._made_calls(sample)
        if made is None:
            value = 1.0 if not expected else 0.0
            return Score.ok(
                value,
                [Metric.reward("call_f1", value), Metric("no_calls", 1.0), Metric("calls_expected", len(expected))],
                reason=f"no calls read from the response; expected calls from {where}",
            )
        pairs = self._pair(made, expected, schemas)
        return Score.ok(
            _f1(pairs, len(made), len(expected)),
            _metrics(pairs, made, expected, schemas, native),
            reason=f"expected calls from {where}",
        )

    def check_reference(self, sample: Sample) -> None:
        """Raise what grading would raise about the record itself (``data validate``)."""
        found = expected_calls(sample)
        if found is None:
            raise SkipSample("no expected calls: no ground_truth field and no reference answer")
        schemas = tool_schemas(sample.fields.get("tools"))
        if schemas is not None:
            expected, where = found
            for i, call in enumerate(expected):
                if call.name not in schemas:
                    raise SampleError(f"{where}[{i}].name: {call.name!r} is not one of the record's tools")

    def _made_calls(self, sample: Sample) -> tuple[list[Call] | None, bool]:
        if self.config.native:
            calls = native_calls(sample)
            if calls:
                return calls, True
        if self.config.text and sample.response:
            return text_calls(sample.response), False
        return None, False

    def _pair(
        self, made: list[Call], expected: list[Call], schemas: dict[str, dict[str, Any]] | None
    ) -> dict[int, tuple[int, CallMatch]]:
        """Made call index -> (expected call index, comparison), each index used once."""

        def compare(m: Call, e: Call) -> CallMatch | None:
            if schemas is not None and m.name not in schemas:
                return None  # a call to a tool that does not exist is wrong whatever it says
            return compare_call(m, e, None if schemas is None else schemas[m.name], self.config.coerce)

        if self.config.order == "strict":
            strict = {i: (i, compare(m, e)) for i, (m, e) in enumerate(zip(made, expected, strict=False))}
            return {i: (j, match) for i, (j, match) in strict.items() if match is not None}
        # Greedy on credit (ties: earlier calls first): calls to the same tool rarely number
        # more than a handful, and greedy pairs the exact matches first.
        options = [
            (match.credit, i, j, match)
            for i, m in enumerate(made)
            for j, e in enumerate(expected)
            if (match := compare(m, e)) is not None
        ]
        options.sort(key=lambda option: (-option[0], option[1], option[2]))
        pairs: dict[int, tuple[int, CallMatch]] = {}
        taken: set[int] = set()
        for _, i, j, match in options:
            if i not in pairs and j not in taken:
                pairs[i] = (j, match)
                taken.add(j)
        return pairs


def _f1(pairs: dict[int, tuple[int, CallMatch]], made: int, expected: int) -> float:
    if made + expected == 0:
        return 1.0
    return 2 * sum(match.credit for _, match in pairs.values()) / (made + expected)


def _metrics(
    pairs: dict[int, tuple[int, CallMatch]],
    made: list[Call],
    expected: list[Call],
    schemas: dict[str, dict[str, Any]] | None,
    native: bool,
) -> list[Metric]:
    matches = [match for _, match in pairs.values()]
    f1 = _f1(pairs, len(made), len(expected))
    exact = sum(match.exact for match in matches)
    return [
        Metric.reward("call_f1", f1),
        Metric("exact_match", 1.0 if exact == len(made) == len(expected) else 0.0),
        Metric("calls_expected", len(expected)),
        Metric("calls_made", len(made)),
        Metric("calls_matched", len(matches)),
        Metric("calls_exact", exact),
        Metric("extra_calls", len(made) - len(matches)),
        Metric("missing_calls", len(expected) - len(matches)),
        Metric("unknown_tool_calls", sum(1 for m in made if schemas is not None and m.name not in schemas)),
        Metric("missing_arguments", sum(match.missing for match in matches)),
        Metric("wrong_arguments", sum(match.wrong for match in matches)),
        Metric("extra_arguments", sum(match.extra for match in matches)),
        Metric("native_calls", 1.0 if native else 0.0),
    ]


def build(spec: dict[str, Any]) -> ToolCallsGrader:
    sources = spec.get("sources", ["native", "text"])
    return ToolCallsGrader(
        ToolCallsConfig(
            order=spec.get("order", "any"),
            coerce=spec.get("coerce", True),
            native="native" in sources,
            text="text" in sources,
        )
    )
