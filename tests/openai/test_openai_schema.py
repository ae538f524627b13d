"""Our copy of OpenAI's grader schema against the ``openai`` package's own types.

The Lambda cannot afford the ``openai`` package, so the schema is data in
``openai_grader.schema``; this test makes OpenAI's types its source: a field OpenAI adds,
a required field, an operation or a metric shows up here as a failure, not as grader JSON
we refuse (or accept wrongly).
"""

from __future__ import annotations

from typing import Any

import pytest

graders = pytest.importorskip("openai.types.graders")

from openai_grader import schema  # noqa: E402

OURS = {
    "string_check": schema.STRING_CHECK,
    "text_similarity": schema.TEXT_SIMILARITY,
    "python": schema.PYTHON,
    "score_model": schema.SCORE_MODEL,
    "label_model": schema.LABEL_MODEL,
    "multi": schema.MULTI,
}
THEIRS = {
    "string_check": graders.StringCheckGrader,
    "text_similarity": graders.TextSimilarityGrader,
    "python": graders.PythonGrader,
    "score_model": graders.ScoreModelGrader,
    "label_model": graders.LabelModelGrader,
    "multi": graders.MultiGrader,
}


def _enum(prop: dict[str, Any], defs: dict[str, Any]) -> set[Any] | None:
    for option in [prop, *prop.get("anyOf", [])]:
        if "$ref" in option:
            option = defs[option["$ref"].split("/")[-1]]
        if "enum" in option:
            return set(option["enum"])
    return None


@pytest.mark.parametrize("kind", sorted(OURS))
def test_every_field_openai_defines_is_known_and_required_ones_stay_required(kind: str) -> None:
    theirs = THEIRS[kind].model_json_schema()
    ours = OURS[kind]
    assert set(theirs["properties"]) <= set(ours["properties"]), "a field OpenAI's type has that we would refuse"
    assert set(theirs["required"]) == set(ours["required"]), "required fields differ"


@pytest.mark.parametrize(
    ("kind", "field", "values"),
    [
        ("string_check", "operation", schema.OPERATIONS),
        ("text_similarity", "evaluation_metric", schema.SIMILARITY_METRICS),
    ],
    ids=["string_check operations", "text_similarity metrics"],
)
def test_enumerations_match_openai(kind: str, field: str, values: tuple[str, ...]) -> None:
    theirs = THEIRS[kind].model_json_schema()
    assert _enum(theirs["properties"][field], theirs.get("$defs", {})) == set(values)


def test_message_roles_and_sampling_params_match_openai() -> None:
    theirs = graders.ScoreModelGrader.model_json_schema()
    defs = theirs["$defs"]
    assert _enum(defs["Input"]["properties"]["role"], defs) == set(schema.ROLES)
    sampling = defs["SamplingParams"]["properties"]
    assert set(sampling) == set(schema._SAMPLING["properties"])
    assert _enum(sampling["reasoning_effort"], defs) == set(schema.REASONING_EFFORTS)
