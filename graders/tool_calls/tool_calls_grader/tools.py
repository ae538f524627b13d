"""The record's ``tools``: which tools exist and the JSON schema of each one's arguments.

Accepted shapes per entry: OpenAI's ``{"type": "function", "function": {"name",
"parameters"}}``, a bare ``{"name", "parameters"}`` (BFCL, whose schemas say ``"dict"``
and ``"float"`` for ``object`` and ``number``), Anthropic's ``input_schema`` and Bedrock
Converse's ``{"toolSpec": {"name", "inputSchema": {"json": ...}}}``.
"""

from __future__ import annotations

import json
from typing import Any

from grader_core.errors import SampleError

# BFCL's type names -> JSON Schema's.
_TYPE_ALIASES = {"dict": "object", "float": "number", "tuple": "array", "int": "integer", "bool": "boolean"}


def tool_schemas(tools: Any) -> dict[str, dict[str, Any]] | None:
    """Tool name -> argument schema (``{}`` when it declares none); ``None`` without tools."""
    if tools is None:
        return None
    if isinstance(tools, str):
        try:
            tools = json.loads(tools)
        except ValueError:
            raise SampleError("tools: a string that is not JSON") from None
    if not isinstance(tools, list):
        raise SampleError(f"tools: expected a list of tool definitions, got {type(tools).__name__}")
    schemas: dict[str, dict[str, Any]] = {}
    for i, tool in enumerate(tools):
        name, schema = _tool(tool, f"tools[{i}]")
        schemas[name] = schema
    return schemas


def _tool(tool: Any, path: str) -> tuple[str, dict[str, Any]]:
    if not isinstance(tool, dict):
        raise SampleError(f"{path}: expected an object, got {type(tool).__name__}")
    if isinstance(tool.get("function"), dict):
        tool, path = tool["function"], f"{path}.function"
    elif isinstance(tool.get("toolSpec"), dict):
        tool, path = tool["toolSpec"], f"{path}.toolSpec"
    name = tool.get("name")
    if not isinstance(name, str) or not name:
        raise SampleError(f"{path}.name: expected a non-empty string, got {name!r}")
    schema = tool.get("parameters", tool.get("input_schema", tool.get("inputSchema", {})))
    if isinstance(schema, dict) and set(schema) == {"json"}:
        schema = schema["json"]
    if schema is None:
        schema = {}
    if not isinstance(schema, dict):
        raise SampleError(f"{path}.parameters: expected a JSON schema object, got {type(schema).__name__}")
    return name, schema


def schema_type(schema: Any) -> str | None:
    """The single JSON type a schema declares (BFCL aliases mapped), else ``None``."""
    if not isinstance(schema, dict):
        return None
    declared = schema.get("type")
    if isinstance(declared, str):
        return _TYPE_ALIASES.get(declared, declared)
    return None


def properties(schema: Any) -> dict[str, Any]:
    props = schema.get("properties") if isinstance(schema, dict) else None
    return props if isinstance(props, dict) else {}
