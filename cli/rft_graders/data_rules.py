"""The Bedrock RFT training-data rules, checked record by record.

What the service reads (contract §4): one JSON object per line in OpenAI chat format, with
``messages`` (roles system/user/assistant/tool, system first if present, at least one user
turn) and a non-empty ``reference_answer`` (string or object); 100 to 20,000 records, text
only, optional top-level ``tools`` (Nova 2); every other field reaches the grader. Prompts
longer than ``maxPromptLength`` are *silently* dropped by the service, so an estimate of
the prompt length is part of the check.

Pure functions over lines of text: the CLI (``data.py``) prints, the job commands reuse
:func:`validate_lines` before uploading a file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

MIN_RECORDS = 100
MAX_RECORDS = 20_000
ROLES = frozenset({"system", "user", "assistant", "tool"})
# Fields the service reads itself; everything else is delivered to the grader.
SERVICE_FIELDS = frozenset({"messages", "reference_answer", "tools"})
# The field the project's handlers read as a per-record grader spec.
SPEC_FIELD = "grader"
# Extra fields that share a name with keys of the grader event (contract §1): where the
# service puts extras at the top level they would collide with the event's own keys.
EVENT_KEYS = frozenset({"id", "metadata"})
# Names people give the reference answer in other formats.
REFERENCE_ALIASES = ("answer", "reference", "ground_truth", "solution", "label", "target", "expected")
# Rough chat-template cost of one turn, in tokens (role markers, separators).
TOKENS_PER_MESSAGE = 4

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class DataRules:
    """What a file is checked against; defaults are the service's documented limits.

    ``max_prompt_length`` is the job's ``maxPromptLength`` hyperparameter (in tokens);
    prompt length is *estimated* as characters / ``chars_per_token``, which is close for
    English text with common tokenizers and errs high for code.
    """

    max_prompt_length: int = 4096
    chars_per_token: float = 4.0
    min_records: int = MIN_RECORDS
    max_records: int = MAX_RECORDS
    # The spec of records without a ``grader`` field (the function's default spec), so
    # their references are checked for that grader too.
    default_spec: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.max_prompt_length <= 0 or self.chars_per_token <= 0:
            raise ValueError("max_prompt_length and chars_per_token must be positive")


@dataclass(frozen=True)
class Issue:
    """One finding; ``line`` is 1-based, ``None`` for findings about the whole file."""

    severity: Severity
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        prefix = f"line {self.line}: " if self.line is not None else ""
        where = f"{self.where}: " if self.where else ""
        return f"{prefix}{where}{self.message}"


@dataclass
class FieldSummary:
    """An extra field: how many records carry it, with which JSON types, one example."""

    count: int = 0
    types: Counter[str] = field(default_factory=Counter)
    example: Any = None


@dataclass
class DataReport:
    """Everything :func:`validate_lines` found; ``ok`` means no errors (warnings allowed)."""

    path: str
    rules: DataRules
    records: int = 0
    issues: list[Issue] = field(default_factory=list)
    prompt_tokens: list[int] = field(default_factory=list)
    too_long_lines: list[int] = field(default_factory=list)
    extra_fields: dict[str, FieldSummary] = field(default_factory=dict)
    spec_types: Counter[str] = field(default_factory=Counter)
    records_with_tools: int = 0
    duplicate_prompts: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        tokens = sorted(self.prompt_tokens)
        return {
            "path": self.path,
            "ok": self.ok,
            "records": self.records,
            "errors": [_issue_json(i) for i in self.errors],
            "warnings": [_issue_json(i) for i in self.warnings],
            "prompt_tokens_estimate": {
                "p50": _percentile(tokens, 50),
                "p95": _percentile(tokens, 95),
                "max": tokens[-1] if tokens else None,
                "max_prompt_length": self.rules.max_prompt_length,
                "over_limit": len(self.too_long_lines),
            },
            "extra_fields": {
                name: {"records": s.count, "types": dict(s.types), "example": s.example}
                for name, s in sorted(self.extra_fields.items())
            },
            "grader_specs": dict(self.spec_types),
            "records_with_tools": self.records_with_tools,
            "duplicate_prompts": self.duplicate_prompts,
        }


def validate_file(path: str | Path, rules: DataRules | None = None) -> DataReport:
    """Validate a JSONL file; ``OSError`` propagates for the caller to report."""
    with open(path, "rb") as handle:
        return validate_lines(handle, rules, str(path))


def validate_lines(lines: Iterable[bytes | str], rules: DataRules | None = None, path: str = "<lines>") -> DataReport:
    """Check every line and the file as a whole."""
    rules = rules or DataRules()
    report = DataReport(path=path, rules=rules)
    checker = _RecordChecker(rules, report)
    for number, raw in enumerate(lines, start=1):
        checker.check_line(number, raw)
    checker.finish()
    return report


class _RecordChecker:
    def __init__(self, rules: DataRules, report: DataReport) -> None:
        self.rules = rules
        self.report = report
        # Most datasets repeat a handful of specs: validate each distinct one once.
        # spec JSON -> (grader type, None) or (None, error message)
        self.spec_results: dict[str, tuple[str | None, str | None]] = {}
        self.prompt_lines: dict[int, int] = {}  # hash of a prompt -> first line it appeared on
        self.blank_lines: list[int] = []

    def issue(self, severity: Severity, line: int | None, where: str, message: str) -> None:
        self.report.issues.append(Issue(severity, line, where, message))

    def check_line(self, line: int, raw: bytes | str) -> None:
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                self.issue("error", line, "", f"not UTF-8 (byte {exc.start})")
                self.report.records += 1
                return
        if not raw.strip():
            self.blank_lines.append(line)
            return
        self.report.records += 1
        try:
            record = json.loads(raw)
        except ValueError as exc:
            self.issue("error", line, "", f"not valid JSON ({exc})")
            return
        if not isinstance(record, dict):
            self.issue("error", line, "", f"expected a JSON object, got {_kind(record)}")
            return
        chars = self.check_messages(line, record.get("messages"), record)
        self.check_reference(line, record)
        chars += self.check_tools(line, record)
        if isinstance(record.get("messages"), list):
            self.check_length(line, record["messages"], chars)
        for name, value in record.items():
            if name not in SERVICE_FIELDS:
                self.note_extra(line, name, value)
        spec = record.get(SPEC_FIELD, self.rules.default_spec)
        if isinstance(spec, dict) and "reference_answer" in record:
            from rft_graders.data_references import reference_problems

            for problem in reference_problems(spec, record):
                self.issue("error", line, "reference_answer", problem)

    def check_messages(self, line: int, messages: Any, record: dict[str, Any]) -> int:
        """Check roles, order and content; return the prompt's text length in characters."""
        if messages is None:
            hint = " (prompt/completion records must be converted to chat messages)" if "prompt" in record else ""
            self.issue("error", line, "messages", f"missing: every record needs the prompt as chat messages{hint}")
            return 0
        if not isinstance(messages, list) or not messages:
            self.issue("error", line, "messages", f"expected a non-empty list, got {_kind(messages)}")
            return 0
        chars = 0
        roles: list[str] = []
        for i, message in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(message, dict):
                self.issue("error", line, where, f"expected an object, got {_kind(message)}")
                continue
            role = message.get("role")
            if role not in ROLES:
                self.issue("error", line, f"{where}.role", f"{role!r} is not one of {', '.join(sorted(ROLES))}")
                continue
            roles.append(role)
            if role == "system" and i != 0:
                self.issue("error", line, f"{where}.role", "a system message must be the first message")
            if role == "tool" and (len(roles) < 2 or roles[-2] not in ("assistant", "tool")):
                self.issue("error", line, f"{where}.role", "a tool message must follow an assistant turn")
            chars += self.check_content(line, where, role, message)
        if roles and "user" not in roles:
            self.issue("error", line, "messages", "no user turn (a prompt needs at least one)")
        if roles and roles[-1] == "assistant":
            self.issue(
                "warning",
                line,
                f"messages[{len(messages) - 1}]",
                "the prompt ends with an assistant turn; the model's rollout is appended after it",
            )
        return chars

    def check_content(self, line: int, where: str, role: str, message: dict[str, Any]) -> int:
        content = message.get("content")
        if content is None:
            if role == "assistant" and message.get("tool_calls"):
                return len(json.dumps(message["tool_calls"]))
            self.issue("error", line, f"{where}.content", "missing")
            return 0
        if isinstance(content, str):
            text = content
        elif isinstance(content, list):
            parts = []
            for j, part in enumerate(content):
                if isinstance(part, str):
                    parts.append(part)
                elif (
                    isinstance(part, dict) and part.get("type", "text") == "text" and isinstance(part.get("text"), str)
                ):
                    parts.append(part["text"])
                else:
                    kind = part.get("type") if isinstance(part, dict) else _kind(part)
                    self.issue(
                        "error", line, f"{where}.content[{j}]", f"only text is supported, not a part of type {kind!r}"
                    )
            text = "".join(parts)
        else:
            self.issue(
                "error", line, f"{where}.content", f"expected a string or a list of text parts, got {_kind(content)}"
            )
            return 0
        if role == "user" and not text.strip():
            self.issue("warning", line, f"{where}.content", "empty user turn")
        return len(text)

    def check_reference(self, line: int, record: dict[str, Any]) -> None:
        if "reference_answer" not in record:
            alias = next((name for name in REFERENCE_ALIASES if name in record), None)
            hint = f"; rename {alias!r} to 'reference_answer'" if alias else ""
            self.issue("error", line, "reference_answer", f"missing (required for RFT, even when unused){hint}")
            return
        reference = record["reference_answer"]
        if isinstance(reference, str):
            if not reference.strip():
                self.issue("error", line, "reference_answer", "empty string")
        elif isinstance(reference, dict):
            if not reference:
                self.issue("error", line, "reference_answer", "empty object")
        else:
            hint = f' (write it as a string: "{reference}")' if isinstance(reference, (int, float)) else ""
            self.issue(
                "error", line, "reference_answer", f"expected a string or an object, got {_kind(reference)}{hint}"
            )

    def check_tools(self, line: int, record: dict[str, Any]) -> int:
        if "tools" not in record:
            return 0
        tools = record["tools"]
        self.report.records_with_tools += 1
        if not isinstance(tools, list):
            self.issue("error", line, "tools", f"expected a list of function tools, got {_kind(tools)}")
            return 0
        for i, tool in enumerate(tools):
            function = tool.get("function") if isinstance(tool, dict) else None
            if not (
                isinstance(tool, dict)
                and tool.get("type") == "function"
                and isinstance(function, dict)
                and isinstance(function.get("name"), str)
                and function["name"]
            ):
                self.issue(
                    "error",
                    line,
                    f"tools[{i}]",
                    'expected {"type": "function", "function": {"name": ..., "parameters": {...}}}',
                )
        # Tool definitions are part of the prompt the model sees.
        return len(json.dumps(tools))

    def check_length(self, line: int, messages: list[Any], chars: int) -> None:
        tokens = round(chars / self.rules.chars_per_token) + TOKENS_PER_MESSAGE * len(messages)
        self.report.prompt_tokens.append(tokens)
        if tokens > self.rules.max_prompt_length:
            self.report.too_long_lines.append(line)
        # Duplicates over-weight a prompt and leak between training and validation splits.
        # (Keyed on role and content: json.dumps of every prompt cost more than all the checks.)
        key = hash(tuple((m.get("role"), _text_key(m.get("content"))) for m in messages if isinstance(m, dict)))
        first = self.prompt_lines.setdefault(key, line)
        if first != line:
            self.report.duplicate_prompts += 1
            self.issue("warning", line, "messages", f"same prompt as line {first}")

    def note_extra(self, line: int, name: str, value: Any) -> None:
        summary = self.report.extra_fields.get(name)
        if summary is None:
            summary = self.report.extra_fields[name] = FieldSummary(example=_short(value))
        summary.count += 1
        summary.types[_json_type(value)] += 1
        if name == SPEC_FIELD:
            self.check_spec(line, value)

    def check_spec(self, line: int, spec: Any) -> None:
        key = json.dumps(spec, sort_keys=True)
        if key not in self.spec_results:
            from grader_core.errors import SpecError
            from grader_core.spec import validate_spec

            try:
                self.spec_results[key] = (validate_spec(spec)["type"], None)
            except SpecError as exc:
                self.spec_results[key] = (None, str(exc))
        grader_type, error = self.spec_results[key]
        if grader_type is None:
            self.issue("error", line, SPEC_FIELD, f"invalid grader spec: {error}")
        else:
            self.report.spec_types[grader_type] += 1

    def finish(self) -> None:
        report, rules = self.report, self.rules
        if report.records < rules.min_records:
            self.issue("error", None, "", f"{report.records} records; a job needs at least {rules.min_records}")
        elif report.records > rules.max_records:
            self.issue("error", None, "", f"{report.records:,} records; a job takes at most {rules.max_records:,}")
        if self.blank_lines:
            shown = ", ".join(map(str, self.blank_lines[:5])) + (" ..." if len(self.blank_lines) > 5 else "")
            self.issue("warning", None, "", f"{len(self.blank_lines)} blank line(s) ignored (lines {shown})")
        if report.too_long_lines:
            shown = ", ".join(map(str, report.too_long_lines[:5])) + (" ..." if len(report.too_long_lines) > 5 else "")
            self.issue(
                "warning",
                None,
                "",
                f"{len(report.too_long_lines)} prompt(s) estimated over maxPromptLength={rules.max_prompt_length} "
                f"tokens; the service silently drops them (lines {shown})",
            )
        for name in sorted(EVENT_KEYS & report.extra_fields.keys()):
            self.issue(
                "warning",
                None,
                name,
                f"extra field {name!r} shares its name with a key of the grader event; graders that read "
                "extras at the top level may see the service's value instead (rename it, e.g. task_id)",
            )
        report.issues.sort(key=lambda i: (i.line or 0, i.severity))


def _text_key(content: Any) -> Any:
    return content if isinstance(content, str) else repr(content)


def _issue_json(issue: Issue) -> dict[str, Any]:
    return {"line": issue.line, "where": issue.where, "message": issue.message}


def _percentile(sorted_values: list[int], pct: float) -> int | None:
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, round(pct / 100 * (len(sorted_values) - 1)))
    return sorted_values[index]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", dict: "object", list: "array", type(None): "null"}.get(type(value), type(value).__name__)


def _kind(value: Any) -> str:
    article = {"array": "an array", "object": "an object", "null": "null"}
    kind = _json_type(value)
    return article.get(kind, f"a {kind}")


def _short(value: Any, limit: int = 60) -> Any:
    text = json.dumps(value, ensure_ascii=False)
    return value if len(text) <= limit else text[: limit - 3] + "..."
