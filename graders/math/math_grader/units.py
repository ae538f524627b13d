"""Units after a value, in one canonical spelling, so that a different unit is a different answer.

``\\text{ cm}^2``, ``cm²``, ``square centimeters`` and ``sq cm`` are all ``cm^2``; ``5 m`` is
not ``5 cm``. Words that are not units (``12 apples``) are kept as written (plural ``s``
dropped), so a remark compares as itself. ``units`` names no unit.
"""

from __future__ import annotations

import re

_ALIASES = {
    "cm": "centimeter centimeters centimetre centimetres cms",
    "mm": "millimeter millimeters millimetre millimetres",
    "km": "kilometer kilometers kilometre kilometres kms",
    "m": "meter meters metre metres",
    "in": "inch inches",
    "ft": "foot feet",
    "yd": "yard yards yds",
    "mi": "mile miles",
    "s": "sec secs second seconds",
    "min": "mins minute minutes",
    "h": "hr hrs hour hours",
    "kg": "kilogram kilograms kgs",
    "g": "gram grams",
    "mg": "milligram milligrams",
    "lb": "lbs pound pounds",
    "l": "liter liters litre litres",
    "ml": "milliliter milliliters millilitre millilitres",
    "deg": "degree degrees",
    "rad": "radian radians",
    "dollar": "dollars usd",
    "cent": "cents",
    "am": "a.m",
    "pm": "p.m",
    "mph": "miles/hour",
}
_CANONICAL = {alias: unit for unit, aliases in _ALIASES.items() for alias in [unit, *aliases.split()]}
_POWER_WORDS = {"square": "^2", "sq": "^2", "squared": "^2", "cubic": "^3", "cu": "^3", "cubed": "^3"}
_GENERIC = frozenset({"unit", "units", ""})


def canonical_unit(parts: list[str]) -> str | None:
    """The canonical unit of the words dropped after a value, or ``None`` when there is none."""
    text = " ".join(parts).casefold()
    text = re.sub(r"\\[a-z]+|[{}()\\$~]", " ", text).replace("²", "^2").replace("³", "^3")
    text = re.sub(r"\s*\^\s*", "^", text)
    words: list[str] = []
    power = ""
    for word in text.replace(".", " ").split() if "a.m" not in text and "p.m" not in text else text.split():
        word = word.strip(".,;:")
        base, _, exponent = word.partition("^")
        if base in _POWER_WORDS:
            power = _POWER_WORDS[base]
            continue
        if not base:  # "cm ^2": the exponent belongs to the previous word
            if words and exponent:
                words[-1] += f"^{exponent}"
            continue
        unit = _CANONICAL.get(base) or _CANONICAL.get(base.rstrip("."))
        if unit is None:
            unit = base[:-1] if len(base) > 3 and base.endswith("s") else base
        words.append(unit + (f"^{exponent}" if exponent else "") + power)
        power = ""
    canonical = " ".join(words).replace("^1 ", " ")
    return None if canonical in _GENERIC else canonical
