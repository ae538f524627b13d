"""Golden events: every ``events/<function>/<case>.json`` with its ``<case>.response.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "events"


@dataclass(frozen=True)
class GoldenEvent:
    function: str
    event_path: Path
    response_path: Path

    @property
    def id(self) -> str:
        return f"{self.function}/{self.event_path.stem}"

    def event(self) -> Any:
        return json.loads(self.event_path.read_text())

    def expected(self) -> Any:
        return json.loads(self.response_path.read_text())

    @property
    def expects_error(self) -> bool:
        expected = self.expected()
        return isinstance(expected, dict) and "errorType" in expected


def golden_events() -> list[GoldenEvent]:
    found = []
    for event in sorted(EVENTS.glob("*/*.json")):
        if event.name.endswith(".response.json"):
            continue
        response = event.with_name(event.stem + ".response.json")
        found.append(GoldenEvent(event.parent.name, event, response))
    return found


def error_matches(expected: dict[str, Any], payload: Any) -> bool:
    """Lambda error payloads also carry requestId and stackTrace: compare what we promise."""
    return isinstance(payload, dict) and all(payload.get(key) == value for key, value in expected.items())
