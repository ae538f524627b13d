"""Reading JSONL files with errors a user can act on: file, line number, what is wrong."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rft_graders.cli import CliError


def read_jsonl(path: str | Path, error: type[Exception] = CliError) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` for each non-blank line; raise ``error`` otherwise."""
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except OSError as exc:
        raise error(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 ({exc.reason})") from None
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            item = json.loads(text)
        except ValueError as exc:
            raise error(f"{path}: line {number}: not valid JSON ({exc})") from None
        if not isinstance(item, dict):
            raise error(f"{path}: line {number}: expected a JSON object")
        yield number, item
