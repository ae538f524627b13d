"""OpenAI's grader templating: ``{{ item.* }}`` and ``{{ sample.* }}``, nothing else.

- ``item``: the training record's fields as Bedrock delivers them (``reference_answer``
  and every extra field, under ``metadata`` or at the top level: ``Sample.reference`` and
  ``Sample.fields``), nested by dots: ``{{ item.ground_truth.date }}``;
- ``sample.output_text``: the final assistant turn's text;
- ``sample.output_json``: that text parsed as JSON (fields by dots), when it is JSON.

A variable outside these is refused when the spec is validated (``invalid_variable_error``);
an ``item`` field a record lacks, or ``output_json`` of a response that is not JSON, is an
error of that sample, never an empty string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# `{{ name.path }}`, spaces optional; a name is letters, digits and underscores, as OpenAI's.
_VARIABLE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_\-]+)*$")
SAMPLE_FIELDS = ("output_text", "output_json")


class TemplateError(Exception):
    """A template variable that cannot be filled; ``flag`` is OpenAI's error flag name."""

    def __init__(self, message: str, flag: str = "invalid_variable_error") -> None:
        super().__init__(message)
        self.flag = flag


@dataclass(frozen=True)
class Context:
    """What templates may read: the record (``item``) and the model's output (``sample``)."""

    item: dict[str, Any]
    output_text: str

    def output_json(self) -> Any:
        try:
            return json.loads(self.output_text)
        except ValueError:
            raise TemplateError("sample.output_json: the response is not JSON", "sample_parse_error") from None


def variables(template: str) -> Iterator[str]:
    for match in _VARIABLE.finditer(template):
        yield match.group(1)


def check(template: str, where: str) -> None:
    """Refuse variables outside ``item.*``, ``sample.output_text`` and ``sample.output_json[.*]``."""
    for name in variables(template):
        if not _PATH.match(name):
            raise TemplateError(f"{where}: '{{{{ {name} }}}}' is not a variable (item.FIELD or sample.output_text)")
        root, _, rest = name.partition(".")
        if root == "item":
            if not rest:
                raise TemplateError(f"{where}: '{{{{ item }}}}' names no field (item.FIELD)")
        elif root == "sample":
            field = rest.split(".", 1)[0]
            if field not in SAMPLE_FIELDS or (field == "output_text" and rest != "output_text"):
                allowed = ", ".join(f"sample.{f}" for f in SAMPLE_FIELDS)
                raise TemplateError(f"{where}: unknown variable '{{{{ {name} }}}}' (sample has {allowed})")
        else:
            raise TemplateError(f"{where}: unknown variable '{{{{ {name} }}}}' (the namespaces are item and sample)")


def render(template: str, context: Context) -> str:
    """Fill every variable; strings are inserted as they are, other values as JSON."""
    return _VARIABLE.sub(lambda m: _text(_lookup(m.group(1), context)), template)


def _lookup(name: str, context: Context) -> Any:
    root, _, rest = name.partition(".")
    parts = rest.split(".")
    if root == "sample":
        if parts[0] == "output_text":
            return context.output_text
        value, parts, seen = context.output_json(), parts[1:], "sample.output_json"
    else:
        value, seen = context.item, "item"
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            flag = "sample_parse_error" if root == "sample" else "invalid_variable_error"
            raise TemplateError(f"{{{{ {name} }}}}: {seen} has no field {part!r}", flag)
        seen += f".{part}"
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
