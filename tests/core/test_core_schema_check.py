"""Compiled spec checks (grader_core.schema_check): current, and agreeing with jsonschema.

A compiled check may only *accept* specs; jsonschema rejects and explains. So the checks
must never accept what jsonschema rejects: every spec found in the project's events and
template, and mutations of each that break it, get the same verdict from both.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from grader_core import schema_check
from grader_core.registry import GRADER_MODULES
from grader_core.schema_check import SHARED_KEYWORDS, check_path, fast_check, generate
from rft_graders.project import load_template

ROOT = Path(__file__).resolve().parents[2]
MODULES = {grader_type: importlib.import_module(path) for grader_type, path in GRADER_MODULES.items()}
# Keys whose values are data, not schemas (their keys are property names, not keywords).
_DATA_KEYS = {"const", "enum", "required", "default", "examples", "description", "title"}


@pytest.mark.parametrize("grader_type", sorted(MODULES))
def test_generated_check_is_current(grader_type: str) -> None:
    module = MODULES[grader_type]
    assert check_path(module).is_file(), f"run `python -m grader_core.schema_check` ({module.__name__})"
    assert check_path(module).read_text() == generate(module), (
        f"{check_path(module)} is stale: run `python -m grader_core.schema_check`"
    )


def _keywords(schema: Any) -> Iterator[str]:
    if isinstance(schema, list):
        for item in schema:
            yield from _keywords(item)
    elif isinstance(schema, dict):
        for key, value in schema.items():
            yield key
            if key in ("properties", "patternProperties", "$defs"):
                for sub in value.values():
                    yield from _keywords(sub)
            elif key not in _DATA_KEYS:
                yield from _keywords(value)


@pytest.mark.parametrize("grader_type", sorted(MODULES))
def test_schema_uses_only_keywords_both_drafts_read_alike(grader_type: str) -> None:
    # The check is compiled as draft-07, jsonschema enforces 2020-12: a keyword that
    # differs (prefixItems, $defs, unevaluated*, dependent*) could let a bad spec through.
    assert set(_keywords(MODULES[grader_type].SPEC_SCHEMA)) <= SHARED_KEYWORDS


def _specs_in(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        if isinstance(value.get("type"), str) and value["type"] in MODULES:
            yield value
        for item in value.values():
            yield from _specs_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _specs_in(item)


def project_specs() -> list[dict[str, Any]]:
    specs = []
    for path in sorted((ROOT / "events").glob("*/*.json")):
        if not path.name.endswith(".response.json"):
            for record in json.loads(path.read_text()) if path.read_text().lstrip().startswith("[") else []:
                if isinstance(record, dict):
                    specs.extend(_specs_in(record.get("grader")))
                    specs.extend(_specs_in((record.get("metadata") or {}).get("grader")))
    for path in sorted((ROOT / "specs").glob("**/*.json")):  # the functions' default spec files
        specs.extend(_specs_in(json.loads(path.read_text())))
    for parameter in load_template(ROOT / "template.yaml")["Parameters"].values():
        default = str(parameter.get("Default", ""))
        if default.startswith("{"):
            specs.extend(_specs_in(json.loads(default)))
    unique = {json.dumps(s, sort_keys=True): s for s in specs}
    return list(unique.values())


def mutations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The spec itself, then versions broken in ways each schema must catch."""
    yield spec
    yield {**spec, "no_such_option": 1}
    for key, value in spec.items():
        if key == "type":
            continue
        yield {k: v for k, v in spec.items() if k != key}  # may be valid: options are optional
        for wrong in (None, True, -1, "x", [], {}):
            if type(wrong) is not type(value):
                yield {**spec, key: wrong}
        if isinstance(value, list) and value and isinstance(value[0], dict):
            broken = copy.deepcopy(spec)
            broken[key][0]["no_such_option"] = 1
            yield broken


def _jsonschema_accepts(module: Any, spec: Any) -> bool:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(module.SPEC_SCHEMA).is_valid(spec)


def _check_accepts(module: Any, spec: Any) -> bool:
    check = fast_check(module)
    assert check is not None
    try:
        check(spec)
    except Exception:
        return False
    return True


SPECS = project_specs()


def test_the_project_has_specs_of_every_type() -> None:
    assert {s["type"] for s in SPECS} == set(MODULES)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: json.dumps(s)[:60])
def test_check_and_jsonschema_agree(spec: dict[str, Any]) -> None:
    module = MODULES[spec["type"]]
    for variant in mutations(spec):
        assert _check_accepts(module, variant) == _jsonschema_accepts(module, variant), variant


def test_a_stale_check_is_not_used(monkeypatch) -> None:
    # A schema edited without regenerating its check: the check is ignored, not trusted.
    module = MODULES["math"]
    monkeypatch.setattr(schema_check, "_checks", {})
    monkeypatch.setattr(module, "SPEC_SCHEMA", {**module.SPEC_SCHEMA, "required": ["type", "strict"]})
    assert fast_check(module) is None
