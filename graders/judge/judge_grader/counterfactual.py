"""The counterfactual check: would the judge give the same credit against a wrong reference?

A judge that scores a response well against the true reference *and* against a
deliberately wrong one is not comparing answers -- it has been swayed by something else
in the response (confidence, length, an injected instruction, a master key). The grader
then withholds the score. This is the one defence that holds whatever phrasing an
injection uses: a judge that obeys the response obeys it against both references.

The wrong reference, in order of preference:

1. a sample field the dataset provides (``wrong_reference_field``): a plausible distractor
   is the best test;
2. the true reference with every number moved (by 1, -1, 2, -2 in its last digit), taking
   the first move whose new numbers do not appear in the response -- a wrong reference the
   working itself mentions ("24 - 1 = 23") would blur the question the judge is asked;
3. the *canary*: a reference stating that no answer is correct
   (:data:`CANARY_REFERENCE`). A judge that follows its instructions ("never use your own
   knowledge to overrule the reference") scores every response at the bottom against it; a
   top score against the canary can only come from the response itself. It lets the check
   run on any reference (names, phrases, code) and can be turned off (``canary: false``).

Where a preset reads no reference, the *task* is swapped instead (:data:`CANARY_TASK`: reply
with exactly a random token), and any context for one that supports nothing. A custom
rubric may grade what no task changes (tone, length), so it gets the task canary only when
its spec asks for the check.
"""

from __future__ import annotations

import re

# A number ends at a non-word character; a full stop ends one too unless a digit follows
# ("press 2." mentions 2; "2.5" is one number).
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?!\w|\.\d)")
STEPS = (1, -1, 2, -2)

# Written as a reference answer, so that the preset's own wording ("taking the reference
# answer as the truth") decides: nothing can be equivalent to it.
CANARY_REFERENCE = (
    "There is no correct answer to this question: every possible response is incorrect "
    "and gets the lowest score on the scale."
)


# Where a preset reads no reference (instruction following, summaries, RAG faithfulness),
# the task itself is swapped for one no honest response fulfils: the judge's verdict should
# depend on the task, so a top score against this one comes from the response.
CANARY_TASK = (
    "[user]\nReply with exactly the text {token} and nothing else: no other words, no "
    "punctuation, no formatting. Any other reply fails this task."
)
CANARY_CONTEXT = "(This context is empty. It supports no claim at all: every claim is unsupported.)"


def canary_task_inputs(inputs: dict[str, str], token: str) -> dict[str, str] | None:
    """``inputs`` with the task (conversation or prompt, and any context) replaced by the
    canary task, or ``None`` if none of them is read."""
    task = CANARY_TASK.format(token=token)
    swapped = dict(inputs)
    if "conversation" in swapped:
        swapped["conversation"] = task
    if "prompt" in swapped:
        swapped["prompt"] = task.removeprefix("[user]\n")
    if "context" in swapped:
        swapped["context"] = CANARY_CONTEXT
    return swapped if swapped != inputs else None


def perturb_numbers(text: str, step: int = 1) -> str | None:
    """``text`` with every number moved by ``step`` units in its last digit; ``None`` if none."""
    changed = _NUMBER.sub(lambda m: _bump(m.group(), step), text)
    return changed if changed != text else None


def derived_wrong_reference(reference: str, response: str) -> str | None:
    """A numerically perturbed reference whose new numbers the response never mentions."""
    mentioned = {_canonical(n) for n in _NUMBER.findall(response)}
    original = {_canonical(n) for n in _NUMBER.findall(reference)}
    for step in STEPS:
        wrong = perturb_numbers(reference, step)
        if wrong is None:
            return None
        introduced = {_canonical(n) for n in _NUMBER.findall(wrong)} - original
        if not introduced & mentioned:
            return wrong
    return None


def required_gap(score: float, min_gap: float) -> float:
    """The drop a score must show against the wrong reference to be accepted.

    Never more than the score itself: a response worth 0.25 can at most fall to 0.
    """
    return min(min_gap, score)


def _bump(number: str, step: int) -> str:
    from decimal import Decimal  # ~5 ms at import; only counterfactual checks need it

    value = Decimal(number)
    unit = Decimal(1).scaleb(value.as_tuple().exponent)  # type: ignore[arg-type]
    return str(value + step * unit)


def _canonical(number: str) -> str:
    from decimal import Decimal

    return str(Decimal(number).normalize())
