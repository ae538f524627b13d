"""The one naming rule that ties a grader's names together.

A grader's name is a lowercase Python identifier, words joined by ``_`` (``exact_match``).
It is the spec ``type``, the function's short name (the key of ``FUNCTIONS``, the
``events/`` folder, ``make_handler``'s argument), and the stem of its folder and package
(``graders/exact_match/exact_match_grader``). The template's logical id is its CamelCase
form plus ``GraderFunction`` (``ExactMatchGraderFunction``), and back again.

    >>> logical_id_of("exact_match"), short_name_of("ExactMatchGraderFunction")
    ('ExactMatchGraderFunction', 'exact_match')
"""

from __future__ import annotations

import keyword
import re

FUNCTION_SUFFIX = "GraderFunction"
# Each word starts with a letter, so the CamelCase form splits back into the same words.
NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)*")


def logical_id_of(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("_")) + FUNCTION_SUFFIX


def short_name_of(logical_id: str) -> str:
    base = logical_id.removesuffix(FUNCTION_SUFFIX).removesuffix("Function")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", base).lower()


def package_of(name: str) -> str:
    return f"{name}_grader"


def check_name(name: str) -> str | None:
    """Why ``name`` cannot name a grader, or None when it can."""
    if not NAME.fullmatch(name):
        suggestion = re.sub(r"_+", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower().replace("-", "_")).strip("_")
        hint = f" (e.g. {suggestion!r})" if NAME.fullmatch(suggestion) else ""
        return (
            f"{name!r}: a grader name is lowercase words joined by '_', each starting with a letter{hint}; "
            "it names the spec type, the package and the function"
        )
    if keyword.iskeyword(name) or name in {"weighted", "router"}:
        return f"{name!r} is reserved"
    return None
