"""Spec schemas compiled to plain Python, so that checking a valid spec imports nothing.

jsonschema is more than half of a function's init when it validates the default spec
(~60 of ~110 ms for the format function). A registered module's ``SPEC_SCHEMA`` is
therefore also compiled, by fastjsonschema, into a sibling module ``<module>_schema_check``
(generated, committed, never edited by hand; ``tests/core/test_core_schema_check.py`` fails
when one is stale). :func:`grader_core.spec.validate_spec` uses it to *accept* a spec; a
spec it rejects goes on to jsonschema, which is the one authority for rejection and whose
best-match message names the path in the spec, as before.

    python -m grader_core.schema_check          # regenerate every registered module's check
    python -m grader_core.schema_check --check  # exit 1 if one is missing or stale

The compiled code is draft-07; the schemas are Draft 2020-12 documents that use only
keywords both drafts read alike (:data:`SHARED_KEYWORDS`, enforced by the tests). Each
generated module embeds the schema it was compiled from, and :func:`fast_check` ignores a
check whose schema differs from the module's current one.
"""

from __future__ import annotations

import importlib
import importlib.util
import pprint
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from grader_core.errors import SchemaViolation

SUFFIX = "_schema_check"
# JSON Schema keywords whose meaning is the same in draft-07 (what fastjsonschema compiles)
# and Draft 2020-12 (what jsonschema enforces).
SHARED_KEYWORDS = frozenset(
    {
        "type", "enum", "const", "properties", "required", "additionalProperties", "propertyNames",
        "items", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "minProperties", "maxProperties",
        "description", "title", "default", "examples",
        # Named subschemas: 2020-12's `$defs` is draft-07's `definitions`; :func:`generate`
        # renames them (and the `#/$defs/` references) before compiling, so both read alike.
        "$defs", "$ref",
    }
)  # fmt: skip
_HEADER = '"""Generated from {module}.SPEC_SCHEMA by `python -m grader_core.schema_check`; do not edit."""\n\n'
_checks: dict[str, Callable[[Any], Any] | None] = {}


def fast_check(module: ModuleType) -> Callable[[Any], Any] | None:
    """The compiled check of ``module.SPEC_SCHEMA``, or None (none generated, or stale).

    It returns normally for a valid spec and raises :class:`SchemaViolation` otherwise.
    """
    name = module.__name__
    if name not in _checks:
        check = None
        if importlib.util.find_spec(name + SUFFIX) is not None:
            generated = importlib.import_module(name + SUFFIX)
            if generated.SCHEMA == module.SPEC_SCHEMA:
                check = generated.validate
        _checks[name] = check
    return _checks[name]


def generate(module: ModuleType) -> str:
    """The source of ``module``'s schema check (needs fastjsonschema: a dev dependency)."""
    import fastjsonschema

    code = fastjsonschema.compile_to_code(_as_draft07(module.SPEC_SCHEMA))
    code = code.replace(
        "from fastjsonschema import JsonSchemaValueException",
        "from grader_core.errors import SchemaViolation as JsonSchemaValueException",
    )
    if code.count("Decimal") == 1:  # the import alone: decimal costs an import
        code = code.replace("from decimal import Decimal\n", "")
    schema = pprint.pformat(module.SPEC_SCHEMA, width=100, sort_dicts=False)
    return _HEADER.format(module=module.__name__) + code + f"\n\nSCHEMA = {schema}\n"


def _as_draft07(schema: Any) -> Any:
    """``$defs`` -> ``definitions`` and ``#/$defs/`` references -> ``#/definitions/``."""
    if isinstance(schema, list):
        return [_as_draft07(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str):
            converted[key] = value.replace("#/$defs/", "#/definitions/")
        else:
            converted["definitions" if key == "$defs" else key] = _as_draft07(value)
    return converted


def check_path(module: ModuleType) -> Path:
    assert module.__file__ is not None
    path = Path(module.__file__)
    return path.with_name(path.stem + SUFFIX + ".py")


def main(argv: list[str] | None = None) -> int:
    from grader_core.registry import GRADER_MODULES

    check_only = "--check" in (sys.argv[1:] if argv is None else argv)
    stale = []
    for dotted in GRADER_MODULES.values():
        module = importlib.import_module(dotted)
        path, source = check_path(module), generate(module)
        if path.is_file() and path.read_text() == source:
            continue
        stale.append(path)
        if not check_only:
            path.write_text(source)
    for path in stale:
        print(("stale: " if check_only else "wrote ") + str(path))
    return 1 if stale and check_only else 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["SHARED_KEYWORDS", "SUFFIX", "SchemaViolation", "fast_check", "generate"]
