"""Comparing one extracted value with the reference value, by the field's match kind.

Each comparison returns a credit in 0..1: scalars are right or wrong, a ``set`` list earns
the F1 of its elements, a ``sequence`` the fraction of positions right, a nested object
the F1 of its own fields (see :func:`object_credit`).

| match | equal when |
|---|---|
| ``exact`` | the same JSON value (``5 == 5.0``; ``true`` is not ``1``) |
| ``text`` | strings equal after case folding and collapsing white space |
| ``number`` | numbers (or numeric strings: ``"1,234.50"``, ``"$12"``) within ``tolerance`` / ``rel_tolerance`` |
| ``date`` | the same calendar date, from ISO 8601 or the spec's ``formats`` (strptime) |
| ``set`` / ``sequence`` | lists, order-free / in order, elements compared by ``items`` (default: by type) |
| ``object`` | nested objects, fields compared by ``fields`` (default: by type) |
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Formats tried after ISO 8601. Day-first and month-first numeric dates are ambiguous
# ("03/04/2024"), so neither is here: a spec names the one its documents use.
DEFAULT_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y.%m.%d")
_NUMBER_NOISE = re.compile(r"[\s,_$€£¥]")
# Dots as thousands separators and a decimal comma ("1.234,50", "12,5"), with the comma
# masked as "#" so the noise filter keeps it.
_EUROPEAN = re.compile(r"-?\d{1,3}(\.\d{3})+(#\d+)?|-?\d+#\d{1,2}")


@dataclass(frozen=True)
class FieldRule:
    match: str | None = None  # None: inferred from the reference value's type
    tolerance: float = 0.0
    rel_tolerance: float = 0.0
    formats: tuple[str, ...] = DEFAULT_DATE_FORMATS
    items: FieldRule | None = None
    fields: dict[str, FieldRule] = field(default_factory=dict)


@dataclass
class Tally:
    """Field-level counts of one object comparison."""

    credit: float = 0.0
    predicted: int = 0
    expected: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    per_field: dict[str, float] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.credit / self.predicted if self.predicted else float(self.expected == 0)

    @property
    def recall(self) -> float:
        return self.credit / self.expected if self.expected else float(self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def infer(value: Any) -> str:
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "number"
    if isinstance(value, list):
        return "set"
    if isinstance(value, dict):
        return "object"
    return "exact"


def credit(got: Any, want: Any, rule: FieldRule, count_extra: bool = True) -> float:
    kind = rule.match or infer(want)
    if kind == "text":
        return float(isinstance(got, str) and isinstance(want, str) and _fold(got) == _fold(want))
    if kind == "number":
        a, b = to_number(got), to_number(want)
        if a is None or b is None:
            return 0.0
        return float(math.isclose(a, b, rel_tol=rule.rel_tolerance, abs_tol=rule.tolerance) or a == b)
    if kind == "date":
        a, b = to_date(got, rule.formats), to_date(want, rule.formats)
        return float(a is not None and a == b)
    if kind in ("set", "sequence"):
        if not isinstance(got, list) or not isinstance(want, list):
            return 0.0
        item = rule.items or FieldRule()
        return set_credit(got, want, item) if kind == "set" else sequence_credit(got, want, item)
    if kind == "object":
        if not isinstance(got, dict) or not isinstance(want, dict):
            return 0.0
        return object_credit(got, want, rule.fields, count_extra).f1
    return float(_same_json(got, want))


def object_credit(got: dict[str, Any], want: dict[str, Any], rules: dict[str, FieldRule], count_extra: bool) -> Tally:
    """Field-level precision / recall of ``got`` against ``want``.

    A reference field that is ``null`` means "not in the document": leaving it out or
    giving ``null`` are both right, and leaving it out is not counted as a prediction.
    """
    tally = Tally(expected=len(want))
    for key, expected in want.items():
        rule = rules.get(key, FieldRule())
        if key not in got:
            if expected is None:
                tally.credit += 1
                tally.per_field[key] = 1.0
                tally.predicted += 1  # omitting an absent field is as right as writing null
            else:
                tally.missing.append(key)
                tally.per_field[key] = 0.0
            continue
        tally.predicted += 1
        value = 1.0 if expected is None and got[key] is None else credit(got[key], expected, rule, count_extra)
        if expected is None and got[key] is not None:
            value = 0.0  # a value invented for a field the document does not have
        tally.credit += value
        tally.per_field[key] = value
    tally.extra = [key for key in got if key not in want]
    if count_extra:
        tally.predicted += len(tally.extra)
    return tally


def set_credit(got: list[Any], want: list[Any], item: FieldRule) -> float:
    """F1 over elements; each reference element is matched at most once (duplicates count)."""
    if not got and not want:
        return 1.0
    unused = list(range(len(want)))
    hits = 0.0
    for value in got:
        best, best_j = 0.0, None
        for j in unused:
            c = credit(value, want[j], item)
            if c > best:
                best, best_j = c, j
        if best_j is not None:
            unused.remove(best_j)
            hits += best
    precision, recall = hits / len(got) if got else 0.0, hits / len(want) if want else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def sequence_credit(got: list[Any], want: list[Any], item: FieldRule) -> float:
    if not got and not want:
        return 1.0
    right = sum(credit(g, w, item) for g, w in zip(got, want, strict=False))
    return right / max(len(got), len(want))


def to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip()
        if _EUROPEAN.fullmatch(_NUMBER_NOISE.sub("", text.replace(",", "#"))):
            text = text.replace(".", "").replace(",", ".")  # 1.234,50 -> 1234.50
        text = _NUMBER_NOISE.sub("", text)
        if text.endswith("%"):
            text = text[:-1]
        try:
            number = float(text)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def to_date(value: Any, formats: tuple[str, ...]) -> date | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_json(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b
