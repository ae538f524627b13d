"""Grader specs: JSON documents that say which grader to build and how.

A spec is an object with a ``type`` (see :mod:`grader_core.registry`) and that type's
options, e.g. ``{"type": "format", "checks": [{"check": "tags", "sequence": ["think",
"answer"]}]}``. Specs arrive from a function's default (``GRADER_SPEC``) or from a sample's
own ``grader`` field, so they are validated with JSON Schema before anything is built and
errors name the path inside the spec.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Collection
from types import ModuleType
from typing import Any

from grader_core.errors import SpecError
from grader_core.protocol import Grader
from grader_core.registry import grader_module
from grader_core.schema_check import fast_check

_CACHE_SIZE = 256
_cache: OrderedDict[tuple[str, str], Grader] = OrderedDict()


def load_spec(raw: Any) -> dict[str, Any]:
    """Accept a spec object, a JSON string of one, or a bare type name like ``"math"``."""
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("{"):
            try:
                raw = json.loads(text)
            except ValueError as exc:
                raise SpecError(f"spec: not valid JSON ({exc})") from None
        elif text:
            raw = {"type": text}
    if not isinstance(raw, dict):
        raise SpecError(f"spec: expected an object or a grader type name, got {type(raw).__name__}")
    if not isinstance(raw.get("type"), str):
        raise SpecError('spec.type: missing (a spec names its grader type, e.g. {"type": "format"})')
    return raw


def validate_spec(spec: Any, allowed_types: Collection[str] | None = None) -> dict[str, Any]:
    """Validate a spec (recursively, for composites) and return it as a dict."""
    spec = load_spec(spec)
    _check_allowed(spec["type"], allowed_types)
    module = grader_module(spec["type"])
    _validate_module(module, spec)
    nested = getattr(module, "nested_specs", None)
    if nested is not None:
        for path, child in nested(spec):
            try:
                validate_spec(child, allowed_types)
            except SpecError as exc:
                raise SpecError(str(exc).replace("spec", f"spec{path}", 1)) from None
    return spec


def build_grader(spec: Any, allowed_types: Collection[str] | None = None) -> Grader:
    """Validate ``spec`` and build its grader; identical specs share one grader instance."""
    spec = load_spec(spec)

    def validated_build() -> Grader:
        validate_spec(spec, allowed_types)
        return grader_module(spec["type"]).build(spec)

    return _cached(_cache_key(spec, allowed_types), validated_build)


def build_validated(spec: Any) -> Grader:
    """Build a spec that :func:`validate_spec` has already passed, e.g. a part of a validated
    ``weighted`` spec (its parts are validated with it), without validating it again."""
    spec = load_spec(spec)
    # Validated against some allowed set, so valid for any: share the entry of "any type".
    return _cached(_cache_key(spec, None), lambda: grader_module(spec["type"]).build(spec))


def _cache_key(spec: dict[str, Any], allowed_types: Collection[str] | None) -> tuple[str, str]:
    # repr of a JSON value is exact (types and all) and cheaper than a sorted json.dumps;
    # the same spec with its keys in another order is a miss, never a wrong hit.
    # None (any type) and an empty collection (no type) must not share a cache entry.
    return repr(spec), "*" if allowed_types is None else ",".join(sorted(allowed_types))


def _cached(key: tuple[str, str], make: Callable[[], Grader]) -> Grader:
    """The grader cached under ``key``, else ``make()``'s, cached (a failure is not)."""
    grader = _cache.get(key)
    if grader is not None:
        _cache.move_to_end(key)
        return grader
    grader = _cache[key] = make()
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return grader


def _check_allowed(grader_type: str, allowed_types: Collection[str] | None) -> None:
    if allowed_types is not None and grader_type not in allowed_types:
        allowed = ", ".join(sorted(allowed_types))
        raise SpecError(
            f"spec.type: this function grades {allowed} specs, not {grader_type!r} "
            "(send mixed datasets to RouterGraderFunction)"
        )


def _validate_module(module: ModuleType, spec: dict[str, Any]) -> None:
    check = fast_check(module)
    if check is not None:
        try:
            check(spec)
            return
        except Exception:  # SchemaViolation, or a broken check: jsonschema alone rejects, and says where
            pass
    _validate_against(module.SPEC_SCHEMA, spec)


def _validate_against(schema: dict[str, Any], spec: dict[str, Any]) -> None:
    # jsonschema costs ~60 ms to import: paid only for a spec without a compiled check,
    # or one the check rejects (to explain why).
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(schema)
    error = best_match(validator.iter_errors(spec))
    if error is not None:
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        raise SpecError(f"spec{path}: {error.message}")
