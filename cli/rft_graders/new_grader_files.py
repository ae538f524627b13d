"""What ``rft-graders new-grader NAME`` writes: a working grader to edit, not a blank one.

The starting grader compares the response with the reference answer (exact match,
optionally case-sensitive), so the package, its event, golden response, README and test
all pass from the first run; the author then rewrites ``grade``, the spec schema and the
events. Every text here is a ``str.format`` template over :func:`names`.
"""

from __future__ import annotations

import json
from typing import Any

from rft_graders.naming import logical_id_of, package_of


def names(name: str) -> dict[str, str]:
    camel = logical_id_of(name).removesuffix("GraderFunction")
    return {"name": name, "package": package_of(name), "Camel": camel, "logical_id": logical_id_of(name)}


INIT = '''"""The {name} grader (spec type "{name}"): see graders/{name}/README.md."""
'''

HANDLER = '''"""Lambda entry point of {logical_id}."""

from grader_core.handler import make_handler

lambda_handler = make_handler("{name}")
'''

GRADER = '''"""The {name} grader: the response against the reference answer.

Spec: ``{{"type": "{name}", "case_sensitive": false}}``. A sample without a reference is
skipped; otherwise the score is 1 when the stripped response equals the stripped
reference (case-folded unless ``case_sensitive``), else 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from grader_core import GradeContext, Metric, Sample, Score, SkipSample

SPEC_SCHEMA: dict[str, Any] = {{
    "type": "object",
    "properties": {{
        "type": {{"const": "{name}"}},
        "case_sensitive": {{"type": "boolean"}},
    }},
    "required": ["type"],
    "additionalProperties": False,
}}


@dataclass(frozen=True)
class {Camel}Grader:
    case_sensitive: bool = False
    # Cheap, bounded and thread-safe: the runner may run it anywhere (see docs/adding-a-grader.md).
    concurrency: ClassVar[int] = 0

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        if sample.reference is None:
            raise SkipSample("no reference answer")
        response, reference = (sample.response or "").strip(), str(sample.reference).strip()
        if not self.case_sensitive:
            response, reference = response.casefold(), reference.casefold()
        match = float(response == reference)
        return Score.ok(match, [Metric.reward("match", match)])


def build(spec: dict[str, Any]) -> {Camel}Grader:
    """``spec`` is already validated against SPEC_SCHEMA."""
    return {Camel}Grader(case_sensitive=spec.get("case_sensitive", False))
'''

TEST = '''"""The {name} grader: a table of samples, each with the reason its verdict holds."""

from __future__ import annotations

import pytest

from grader_core.errors import SpecError
from grader_core.events import parse_sample
from grader_core.runner import grade_batch
from grader_core.spec import build_grader
from grader_core.types import Status


def sample(response: str, reference: object = None) -> object:
    record = {{"id": "s", "messages": [{{"role": "assistant", "content": response}}]}}
    if reference is not None:
        record["reference_answer"] = reference
    return parse_sample(record, 0)


@pytest.mark.parametrize(
    ("spec", "response", "reference", "status", "value"),
    [
        pytest.param({{}}, "Paris", "Paris", Status.OK, 1.0, id="same-text-matches"),
        pytest.param({{}}, " paris\\n", "Paris", Status.OK, 1.0, id="case-and-surrounding-space-ignored"),
        pytest.param({{"case_sensitive": True}}, "paris", "Paris", Status.OK, 0.0, id="case-sensitive-tells-case"),
        pytest.param({{}}, "Lyon", "Paris", Status.OK, 0.0, id="other-text-does-not-match"),
        pytest.param({{}}, "Paris", None, Status.SKIPPED, None, id="no-reference-no-signal"),
    ],
)
def test_grade(spec, response, reference, status, value) -> None:
    grader = build_grader({{"type": "{name}", **spec}})
    [outcome] = grade_batch([sample(response, reference)], lambda s: grader)
    assert (outcome.status, outcome.score.value) == (status, value)


def test_spec_errors_name_the_path() -> None:
    with pytest.raises(SpecError, match=r"spec\\.case_sensitive"):
        build_grader({{"type": "{name}", "case_sensitive": "yes"}})
'''

README = """# {Camel} grader

`{logical_id}` (short name `{name}`, spec type `"{name}"`) compares the response with the
reference answer: 1 when they are equal after stripping white space (and case, unless
`case_sensitive`), else 0; a sample without a reference is skipped.

## Spec

```json
{{"type": "{name}", "case_sensitive": false}}
```

## Example

<!-- events/{name}/example.json -->
```json
{event}
```

<!-- events/{name}/example.response.json -->
```json
{response}
```
"""


def example_event() -> list[dict[str, Any]]:
    """Three samples, one per outcome the starting grader has."""

    def rollout(n: int, answer: str, reference: str | None) -> dict[str, Any]:
        metadata: dict[str, Any] = {"task_id": "capital-fr"}
        if reference is not None:
            metadata["reference_answer"] = reference
        messages = [
            {"role": "user", "content": "What is the capital of France? Answer with the city only."},
            {"role": "assistant", "content": answer},
        ]
        return {"id": f"rollout-{n}", "messages": messages, "metadata": metadata}

    return [rollout(1, "paris", "Paris"), rollout(2, "Lyon", "Paris"), rollout(3, "Paris", None)]


def dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
