"""Every failure class of docs/math-answers-in-the-wild: one row per shape, with why it holds.

End to end through the grader (extraction, parsing, comparison), reference -> response ->
correct?. The principle: an answer is read when exactly one final answer can be read, and
refused only where the response is really ambiguous. The examples are made up, in the
shapes the doc lists; "stays wrong" and the found false positives are rows too.
"""

from __future__ import annotations

from typing import Any

import pytest

from grader_core.events import parse_sample
from grader_core.runner import grade_batch
from grader_core.spec import build_grader
from grader_core.types import Status


def outcome_of(reference: Any, response: str, spec: dict[str, Any] | None = None):
    grader = build_grader(spec or {"type": "math"})
    item = {
        "id": "s",
        "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": response}],
        "metadata": {"reference_answer": reference},
    }
    return grade_batch([parse_sample(item)], lambda s: grader)[0]


def correct(reference: Any, response: str) -> bool:
    outcome = outcome_of(reference, response)
    assert outcome.status is Status.OK, outcome.score.reason
    return {m.name: m.value for m in outcome.metrics}["correctness"] == 1.0


REFERENCE_SIDE = [
    # a named left side: the reference names what it gives; the value is the answer
    ("(a,b)=(1,4)", r"So $\boxed{(1,4)}$.", True, "named-tuple-left-side"),
    ("g(2)=9", r"$\boxed{9}$", True, "function-value-left-side"),
    (r"|AB|=5", r"\boxed{5}", True, "length-left-side"),
    ("D=(0,1)", "$D=(0,1)$", True, "point-name-on-both-sides"),
    ("D=(0,1)", r"\boxed{(0,1)}", True, "point-name-dropped"),
    ("g(2)=9", r"\boxed{g(2)=9}", True, "same-named-equation"),
    ("g(2)=9", r"\boxed{8}", False, "named-left-side-other-value"),
    ("D=(0,1)", r"\boxed{E=(0,1)}", False, "another-point-name"),
    # several boxes in the reference: the reference means the set
    (r"\boxed{2} \text{ and } \boxed{5}", r"\boxed{2, 5}", True, "reference-boxes-are-a-set"),
    (r"\boxed{2} \text{ and } \boxed{5}", r"\boxed{5}", False, "one-of-the-reference-set"),
    # a worked solution ending in prose
    ("The answer is 12.", r"\boxed{12}", True, "short-reference-sentence"),
    (
        r"The sides are 3, so the perimeter is 4 \cdot 3. The final answer is $12$. I hope it is correct.",
        r"\boxed{12}",
        True,
        "worked-reference-with-final-answer-sentence",
    ),
    # ratios and clock times
    ("3:5", r"\boxed{3:5}", True, "ratio-identical"),
    ("3:5", r"\boxed{5:3}", False, "ratio-reversed"),
    ("9:45", r"\boxed{9:45}", True, "clock-time-identical"),
    ("4:30 p.m.", r"\boxed{4{:}30}", True, "clock-time-braced-colon"),
    ("4:30 p.m.", r"\boxed{4:30 \text{ a.m.}}", False, "clock-time-other-half-of-day"),
    ("4:30 p.m.", r"\boxed{4:30 pm}", True, "clock-time-same-half-of-day"),
    ("2am", r"\boxed{2am}", True, "a-product-is-not-a-time-of-day"),
    # ";" as a tuple separator, \quad glued to a letter
    ("(1;2)", r"\boxed{(1,2)}", True, "semicolon-tuple"),
    (r"x_1=2,\quadx_2=3", r"$\boxed{2}$ and $\boxed{3}$", True, "quad-glued-to-a-letter"),
    # notation the parser lacks: identical after whitespace normalisation
    ("110_2", r"\boxed{110_2}", True, "base-subscript-identical"),
    (r"\sum_{k=1}^{n} k^2", r"\boxed{\sum_{k=1}^{n}  k^2}", True, "unparsed-identical-up-to-spaces"),
    # double-escaped LaTeX
    (r"\\frac{2}{3}", r"\boxed{\frac{2}{3}}", True, "double-escaped-reference"),
    (r"\frac{2}{3}", r"\boxed{\\frac{2}{3}}", True, "double-escaped-answer"),
    (
        r"\begin{pmatrix}1&0\\0&1\end{pmatrix}",
        r"\boxed{\begin{pmatrix}1&0\\0&1\end{pmatrix}}",
        True,
        "matrix-row-break-is-not-double-escaping",
    ),
]

RESPONSE_SIDE = [
    # one math span in a short sentence
    ("x < -1", "Hence $x < -1$ is the solution set.", True, "one-span-in-a-sentence"),
    (
        r"\begin{pmatrix}2&0\\0&2\end{pmatrix}",
        r"The product is $\begin{pmatrix}2 & 0 \\ 0 & 2\end{pmatrix}$.",
        True,
        "one-matrix-span-in-a-sentence",
    ),
    ("3", "It is $3$ or $4$.", False, "two-spans-stay-ambiguous"),
    # "Answer" without a colon
    ("17", "Answer $17$", True, "answer-without-colon"),
    ("17", "Work.\nAnswer \\[\n17\n\\]", True, "answer-then-display-on-next-lines"),
    # a worded final-answer sentence
    ("48", "Final Answer: The perimeter of the garden is 48.", True, "worded-final-answer"),
    ("6", "Final Answer: The smallest such $k$ is $6$.", True, "worded-final-answer-with-math"),
    ("6", "Final Answer: The smallest such $k$ is $6$ or $7$.", False, "worded-final-answer-hedged"),
    # an explicit final phrase after intermediate boxes
    (
        "30",
        r"First $\boxed{12}$ apples, then $\boxed{18}$ pears. The final answer is $30$.",
        True,
        "final-phrase-after-intermediate-boxes",
    ),
    (
        "30",
        r"First $\boxed{12}$ apples, then $\boxed{18}$ pears. The final answer is $\boxed{30}$.",
        True,
        "final-phrase-with-its-own-box",
    ),
    (
        "12",
        r"First $\boxed{12}$ apples, then $\boxed{18}$ pears. The final answer is $30$.",
        False,
        "an-intermediate-box-is-not-the-answer",
    ),
    ("5", r"So $\boxed{5}$. I hope the answer is correct.", True, "a-phrase-without-a-value-does-not-override-the-box"),
    (
        "5",
        r"So $\boxed{5}$. Let me double-check the answer by substituting: $2 \cdot 5 = 10$.",
        True,
        "checking-the-answer-is-not-declaring-one",
    ),
    ("6", "Final Answer: it is either 5 or maybe $x = 6$.", False, "worded-sentence-with-two-values"),
    # reasoning models: what follows </think> is the answer, drafts in the thinking are not
    (
        "4",
        r"<think>maybe $\boxed{3}$? no: $\boxed{4}$</think>So the answer is $\boxed{4}$.",
        True,
        "drafts-in-thinking",
    ),
    ("4", r"<think>it is 4</think>$\boxed{3}$ or $\boxed{4}$", False, "hedge-after-thinking"),
    ("4", r"<think>so $\boxed{4}$</think>", True, "answer-only-in-thinking-still-read"),
    # thousands separators
    ("250000", r"\boxed{250,\!000}", True, "math-dataset-thousands"),
    ("250000", r"\boxed{250 000}", True, "space-thousands"),
    ("250000", r"\boxed{250{, }000}", True, "braced-comma-space-thousands"),
    # decimal comma: only when unambiguous
    ("3.75", r"\boxed{3,75}", True, "decimal-comma"),
    ("3.75", r"\boxed{3,750}", False, "three-digits-after-comma-are-thousands"),
    # braces as a list, but not an ordered pair
    (r"\{2, 4\}", r"\boxed{{2, 4}}", True, "braces-as-a-set"),
    ("(2, 4)", r"\boxed{{2, 4}}", False, "a-braced-list-is-not-a-pair"),
    # \text{} around a number, pct
    ("8", r"$\text{8}$", True, "text-around-a-number"),
    (r"35\%", r"\boxed{35 pct}", True, "pct"),
    # Unicode superscripts (a crash before)
    ("81", r"\boxed{9²}", True, "superscript-square"),
    ("40", "The area is 40 m²", True, "superscript-unit-in-a-short-sentence"),
    ("10^{12}", r"\boxed{10¹²}", True, "superscript-run"),
    # placeholder boxes copied from the problem
    (
        "7",
        r"Find the number in $3 + \boxed{\phantom{0}} = 10$. Subtracting, $\boxed{7}$.",
        True,
        "phantom-box-is-not-an-answer",
    ),
    ("7", r"Fill in $\boxed{\ }$: $\boxed{7}$", True, "empty-box-is-not-an-answer"),
    # matrices in other environments
    (
        r"\begin{pmatrix}1&2\\3&4\end{pmatrix}",
        r"\boxed{\begin{bmatrix}1&2\\3&4\end{bmatrix}}",
        True,
        "bmatrix-for-pmatrix",
    ),
    (
        r"\begin{pmatrix}1&2\\3&4\end{pmatrix}",
        r"\boxed{\left[\begin{array}{cc}1&2\\3&4\end{array}\right]}",
        True,
        "array-in-brackets-for-pmatrix",
    ),
    # compound inequalities on an expression
    ("(-2,3)", r"\boxed{-2 < g(x) < 3}", True, "range-as-compound-inequality"),
    ("(-2,3)", r"\boxed{-2 < g(x) \le 3}", False, "range-with-other-end"),
]

STAYS_WRONG = [
    (
        "15",
        "Let me think about the marbles. " * 10 + "We add 7 and 8, and so there are 15 marbles in the bag.",
        False,
        "last-number-of-long-prose",
    ),
    ("12.5", "so the ticket costs 12.5€", False, "number-in-prose-without-marker"),
    (r"\frac{2}{3}", r"\boxed{0.67}", False, "rounded-decimal-for-an-exact-value"),
    ("7", r"\boxed{7} or \boxed{8}", False, "hedge-between-boxes"),
    (r"\{1, 2, 3\}", r"\boxed{\{1, 2\}}", False, "subset"),
    (r"\{1, 2\}", r"\boxed{\{1, 2, 3\}}", False, "superset"),
]

FALSE_POSITIVES = [
    ("C", r"\boxed{(C) or (D)}", False, "choice-hedge-or"),
    ("C", r"\boxed{(C), (D)}", False, "choice-hedge-comma"),
    ("C", "The answer is (C) or (D).", False, "choice-hedge-in-a-sentence"),
    ("C", r"\boxed{C) 12 or D) 15}", False, "choice-hedge-with-values"),
    ("C", r"\boxed{(C)}", True, "one-choice"),
    ("C", r"\boxed{C) 12}", True, "one-choice-with-its-value"),
    (r"5\text{ cm}", r"\boxed{5\text{ m}}", False, "other-unit"),
    (r"25\text{ cm}^2", r"\boxed{25\text{ cm}}", False, "area-unit-vs-length-unit"),
    (r"5\text{ cm}", r"\boxed{5}", True, "unit-left-out"),
    ("5 cm", r"\boxed{5 m}", False, "other-unit-in-plain-text"),
    ("5 cm", "The length is 5 cm.", True, "same-unit-in-a-worded-answer"),
    (r"5\text{ cm}", r"\boxed{5 \text{ centimeters}}", True, "same-unit-spelled-out"),
    ("5", r"\boxed{5\text{ m}}", True, "unit-dropped-when-the-reference-has-none"),
    # 2° for 2: accepted (see the README): the reference states the number, the degree sign
    # adds no second reading, and an angle in radians is compared as radians.
    ("2", r"\boxed{2^\circ}", True, "degree-sign-on-a-plain-number"),
    (r"\frac{\pi}{6}", r"\boxed{30^\circ}", True, "degrees-against-radians"),
    (r"\frac{\pi}{6}", r"\boxed{\frac{\pi}{6}^\circ}", False, "radians-value-marked-as-degrees"),
]

ROWS = REFERENCE_SIDE + RESPONSE_SIDE + STAYS_WRONG + FALSE_POSITIVES


@pytest.mark.parametrize(("reference", "response", "expected"), [r[:3] for r in ROWS], ids=[r[3] for r in ROWS])
def test_class(reference: str, response: str, expected: bool) -> None:
    assert correct(reference, response) is expected
