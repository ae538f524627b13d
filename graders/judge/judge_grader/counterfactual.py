"""The counterfactual check: would the judge give the same credit against a wrong reference?

A judge that scores a response well against the true reference *and* against a
deliberately wrong one is not comparing answers -- it has been swayed by something else
in the response (confidence, length, an injected instruction, a master key). The grader
then withholds the score. The wrong reference comes from a sample field the dataset
provides (``wrong_reference_field``) or, failing that, from the true reference with every
number in it moved by one; a reference with no numbers and no provided distractor is not
checked, and the sample's metrics say so.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")


def perturb_numbers(text: str) -> str | None:
    """``text`` with every number increased by one unit in its last digit; ``None`` if none."""
    changed = _NUMBER.sub(lambda m: _bump(m.group()), text)
    return changed if changed != text else None


def required_gap(score: float, min_gap: float) -> float:
    """The drop a score must show against the wrong reference to be accepted.

    Never more than the score itself: a response worth 0.25 can at most fall to 0.
    """
    return min(min_gap, score)


def _bump(number: str) -> str:
    from decimal import Decimal  # ~5 ms at import; only counterfactual checks need it

    value = Decimal(number)
    step = Decimal(1).scaleb(value.as_tuple().exponent)  # type: ignore[arg-type]
    return str(value + step)
