"""Equivalence of a parsed answer and a parsed reference: every category, both directions.

Each row is (reference, answer, equivalent?) and its id says why the verdict holds. The
answers are parsed the way the grader parses them (answers.parse_prediction), so these
rows also pin the interplay of parsing and comparison.
"""

from __future__ import annotations

import pytest

from math_grader.answers import parse_prediction, parse_reference
from math_grader.compare import equivalent
from math_grader.limits import DEFAULT_LIMITS
from math_grader.parse import ParseError

REL_TOL = 1e-6


def verdict(gold: str, pred: str, rel_tol: float = REL_TOL) -> bool:
    reference = parse_reference(gold, DEFAULT_LIMITS)
    try:
        prediction = parse_prediction(pred, reference, DEFAULT_LIMITS)
    except ParseError:
        return False  # as in the grader: an answer that cannot be read is not equivalent
    return equivalent(reference, prediction, rel_tol)


ROWS = [
    # numbers: exact unless a decimal is involved
    ("1/2", "0.5", True, "exact-decimal"),
    ("1/3", "0.3333333", True, "decimal-within-rel-tol"),
    ("1/3", "0.333", False, "decimal-outside-rel-tol"),
    ("1/3", "0.\\overline{3}", True, "repeating-decimal-is-exact"),
    ("100", "99.9999999", False, "integer-reference-matched-exactly"),
    ("100", "100.0", True, "integer-with-decimal-point"),
    ("0", "10^{-10}", False, "tiny-is-not-zero"),
    ("10^{-10}", "0", False, "zero-is-not-tiny"),
    ("0", "-0.0", True, "negative-zero"),
    ("\\sqrt{8}", "2\\sqrt{2}", True, "radical-simplification"),
    ("3+2\\sqrt{2}", "(1+\\sqrt{2})^2", True, "identity-of-constants"),
    ("\\pi", "\\pi + 10^{-60}", False, "adaptive-precision-sees-tiny-differences"),
    ("\\pi", "3.14159265358979", True, "fifteen-digits-of-pi"),
    ("\\pi", "3.14", False, "two-digits-of-pi"),
    ("2^{2023}-1", "2^{2023}", False, "off-by-one-at-609-digits"),
    ("\\infty", "\\infty", True, "infinity"),
    ("\\infty", "10^{100}", False, "large-is-not-infinite"),
    ("3+4i", "4i+3", True, "complex-reordered"),
    ("3+4i", "3-4i", False, "conjugate"),
    # formulas
    ("(x+1)^2", "x^2+2x+1", True, "expanded-polynomial"),
    ("(x+1)^2", "x^2+1", False, "missing-term"),
    ("|x|", "\\sqrt{x^2}", True, "root-of-square-is-abs"),
    ("|x|", "x", False, "probes-of-both-signs-tell-abs-from-x"),
    ("\\sin 2x", "2\\sin x \\cos x", True, "trig-identity-by-probing"),
    ("x/2", "0.5x", True, "decimal-coefficient-is-exact-decimal"),
    ("x^2", "x^2 + 0.0000001", False, "decimal-perturbation-is-not-rounding"),
    ("0.5x", "x/2", True, "decimal-in-reference-uses-tolerance"),
    ("x + y", "x + z", False, "different-variable"),
    ("x+1", "\\frac{x^2-1}{x-1}", True, "cancelled-rational-function"),
    # equations and inequalities
    ("3x+4y+14=0", "3x-y+13=0", False, "equations-never-collapse-to-0=0"),
    ("y = 2x + 3", "4x - 2y + 6 = 0", True, "rearranged-and-scaled"),
    ("y = 2x + 3", "2x + 3", True, "assignment-matches-its-value"),
    ("x + y = 1", "1", False, "one-side-of-an-equation"),
    ("x + y = 1", "x + y", False, "other-side-of-an-equation"),
    ("x^2 = 4", "x = 2", False, "not-the-same-relation"),
    ("x > 2", "-x < -2", True, "inequality-scaled-by-minus-one"),
    ("x > 2", "x \\ge 2", False, "strictness"),
    ("y \\ge x^2", "x^2 - y \\ge 0", False, "direction"),
    ("x = 4", "4", True, "value-of-assignment"),
    ("4", "x = 4", True, "assignment-of-value"),
    ("x = 4", "y = 4", False, "assignment-to-another-variable"),
    ("1", "1 = 1", False, "constant-equation-is-not-an-answer"),
    # sets, lists, plus-minus
    ("\\{1, 2, 3\\}", "\\{3, 2, 1\\}", True, "set-order"),
    ("\\{1, 2, 3\\}", "\\{1, 2\\}", False, "subset"),
    ("\\{1, 2\\}", "\\{1, 2, 3\\}", False, "superset"),
    ("\\{1, 2\\}", "2, 1", True, "bare-list-is-a-set"),
    ("\\{1, 2\\}", "\\{1, 1, 2\\}", True, "duplicates-collapse"),
    ("1", "1, 2, 3", False, "hedged-list"),
    ("1", "1 \\text{ or } 2", False, "hedged-or"),
    ("\\{7\\}", "7", True, "singleton"),
    ("1 \\pm \\sqrt{2}", "1-\\sqrt2, 1+\\sqrt2", True, "plus-minus-as-list"),
    ("\\pm 3", "3", False, "one-sign-of-plus-minus"),
    ("3, 5", "x = 3 \\text{ or } x = 5", True, "solutions-as-equations"),
    ("\\emptyset", "\\text{no solution}", True, "empty-set-in-words"),
    ("1234", "1,234", True, "number-reference-reads-thousands-separator"),
    ("(1, 234)", "1,234", True, "tuple-reference-reads-the-comma-as-a-list"),
    # tuples and matrices
    ("(1, 2)", "(2, 1)", False, "tuple-order"),
    ("(1, 2)", "1, 2", True, "point-without-parentheses"),
    ("(2, 3)", "y = 3, x = 2", True, "assignments-sorted-by-variable"),
    ("(2, 3)", "x = 3, y = 2", False, "assigned-values-swapped"),
    ("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}", True, "matrix-brackets"),
    ("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{pmatrix}1&3\\\\2&4\\end{pmatrix}", False, "transpose"),
    ("\\begin{pmatrix}1\\\\2\\end{pmatrix}", "(1, 2)", True, "column-vector-as-tuple"),
    ("\\begin{pmatrix}1\\\\2\\end{pmatrix}", "\\begin{pmatrix}1&2\\end{pmatrix}", True, "row-for-column-vector"),
    # intervals
    ("[0, 1)", "x \\in [0,1)", True, "membership"),
    ("[0, 1)", "[0, 1]", False, "closed-end"),
    ("(0, 1)", "(0, 1)", True, "open-interval-or-point"),
    ("(0, 1)", "0 < x < 1", True, "pair-reference-read-as-interval"),
    ("(0, \\infty)", "x > 0", True, "ray-as-inequality"),
    ("(-\\infty, -1) \\cup (2, \\infty)", "x < -1 \\text{ or } x > 2", True, "union-as-inequalities"),
    ("(-\\infty, -1) \\cup (2, \\infty)", "(-\\infty, -1)", False, "part-of-union"),
    ("(0, 2) \\cup (2, 4)", "(0, 4)", False, "excluded-point"),
    ("[1, 5]", "[1, 3] \\cup [2, 5]", True, "overlapping-union-merges"),
    ("(-3, 3)", "|x| < 3", True, "abs-inside"),
    ("(-\\infty, -3] \\cup [3, \\infty)", "|x| \\ge 3", True, "abs-outside-closed"),
    ("(-\\infty, -3) \\cup (3, \\infty)", "|x| \\ge 3", False, "abs-outside-strictness"),
    ("\\mathbb{R}", "(-\\infty, \\infty)", True, "all-reals"),
    ("x > 0", "y > 0", False, "inequalities-in-different-variables"),
    # percent, degrees
    ("50\\%", "50", True, "percent-as-number"),
    ("50\\%", "0.5", True, "percent-as-fraction"),
    ("25\\%", "0.025", False, "percent-off-by-ten"),
    ("30^\\circ", "\\frac{\\pi}{6}", True, "degrees-as-radians"),
    ("45^\\circ", "\\frac{\\pi}{3}", False, "wrong-radians"),
    ("\\frac{\\pi}{3}", "60^\\circ", True, "radians-as-degrees"),
    # choices and text
    ("C", "(C)", True, "choice-in-parentheses"),
    ("C", "\\textbf{(C)} 42", True, "choice-with-option-text"),
    ("C", "D", False, "other-choice"),
    ("A", "A cat has four legs", False, "a-sentence-starting-with-a-is-not-choice-a"),
    ("C", "Option C", True, "option-word"),
    ("C", "C. 42", True, "letter-with-period"),
    ("E", "E", True, "letter-e-is-a-choice-not-euler"),
    ("Monday", "\\text{monday}", True, "text-case-insensitive"),
    ("yes", "no", False, "opposite-words"),
    ("5", "\\text{five}", True, "number-word"),
]


@pytest.mark.parametrize(("gold", "pred", "expected"), [r[:3] for r in ROWS], ids=[r[3] for r in ROWS])
def test_equivalence(gold: str, pred: str, expected: bool) -> None:
    assert verdict(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "rel_tol", "expected"),
    [
        pytest.param("\\pi", "3.14", 1e-3, True, id="loose-tolerance-accepts-rounding"),
        pytest.param("\\pi", "3.14", 1e-6, False, id="default-tolerance-does-not"),
        pytest.param("1/3", "0.3333333", 0.0, False, id="zero-tolerance-needs-exact"),
        pytest.param("7", "7.001", 0.1, False, id="integer-reference-ignores-tolerance"),
    ],
)
def test_relative_tolerance_is_configurable(gold: str, pred: str, rel_tol: float, expected: bool) -> None:
    assert verdict(gold, pred, rel_tol) is expected


def test_large_sets_match_without_quadratic_sympy_work() -> None:
    # 300 irrational elements in reverse order: fingerprints pair them up before SymPy does.
    gold = "\\{" + ", ".join(f"\\sqrt{{{k}}}" for k in range(2, 302)) + "\\}"
    pred = "\\{" + ", ".join(f"{k}^{{1/2}}" for k in reversed(range(2, 302))) + "\\}"
    limits = DEFAULT_LIMITS.__class__(max_answer_chars=10_000, max_tokens=10_000)
    reference = parse_reference(gold, limits)
    assert equivalent(reference, parse_prediction(pred, reference, limits), REL_TOL)
