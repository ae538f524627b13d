"""Plain numbers are decided without SymPy, exactly as the SymPy path decides them.

Each row goes through both paths: :func:`math_grader.plain.judge_plain` and the SymPy
judge (:mod:`math_grader.scoring`). Same verdict, same metrics, same reason -- so the fast
path changes nothing but the cost (no SymPy import for a batch of plain numbers).
"""

from __future__ import annotations

import pytest

from math_grader.config import config_from_spec
from math_grader.extract import extract
from math_grader.plain import judge_plain, plain_number

CONFIG = config_from_spec({"type": "math"})

ROWS = [
    ("4", r"\boxed{4}", True, "same-integer"),
    ("4", r"\boxed{5}", False, "other-integer"),
    ("4", r"\boxed{4.0}", True, "integer-with-decimal-point"),
    ("100", r"\boxed{99.9999999}", False, "integer-reference-matched-exactly"),
    ("1/3", r"\boxed{0.3333333}", True, "decimal-within-tolerance"),
    ("1/3", r"\boxed{0.333}", False, "decimal-outside-tolerance"),
    ("0.5", r"\boxed{\frac{1}{2}}", True, "fraction-for-decimal"),
    ("8/2", r"\boxed{4.0000001}", False, "reducible-fraction-is-an-integer-reference"),
    ("0", r"\boxed{-0.0}", True, "negative-zero"),
    ("0.0", r"\boxed{0.0000001}", False, "zero-needs-exact-zero"),
    ("250000", r"\boxed{250,000}", True, "thousands-comma"),
    ("250000", r"\boxed{250{,}000}", True, "latex-thousands"),
    ("250000", r"\boxed{250,\!000}", True, "math-dataset-thousands"),
    ("3.75", r"\boxed{3,75}", True, "decimal-comma"),
    ("-3", r"\boxed{-\frac{6}{2}}", True, "negative-frac"),
    ("5/2", "2 1/2", True, "mixed-number-goes-to-sympy"),
    ("4", r"\boxed{4} or \boxed{5}", False, "two-boxes"),
    ("4", r"\boxed{4} then \boxed{4.0}", True, "same-value-twice"),
    ("4", "The answer is 4.", True, "final-answer-phrase"),
    ("12", r"\boxed{12.}", True, "sentence-period"),
]


@pytest.mark.parametrize(("gold", "response", "expected"), [r[:3] for r in ROWS], ids=[r[3] for r in ROWS])
def test_plain_path_agrees_with_the_sympy_path(gold: str, response: str, expected: bool) -> None:
    from math_grader.scoring import judge

    found = extract(response, CONFIG.formats)
    assert found is not None
    declared = found.source == CONFIG.answer_format
    symbolic = judge(CONFIG, gold, found)
    plain = judge_plain(gold, found, declared, CONFIG.rel_tol)
    assert symbolic.correct is expected
    if plain is not None:
        assert plain == symbolic


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        pytest.param("12", True, id="integer"),
        pytest.param("-3.5", True, id="decimal"),
        pytest.param(r"\frac{3}{4}", True, id="frac"),
        pytest.param(r"\dfrac{3}{4}", True, id="dfrac"),
        pytest.param("3/0", False, id="division-by-zero-is-for-sympy-to-refuse"),
        pytest.param("2 1/2", False, id="mixed-number"),
        pytest.param("3e8", False, id="e-notation"),
        pytest.param(r"50\%", False, id="percent"),
        pytest.param(r"\sqrt{2}", False, id="root"),
        pytest.param("5 cm", False, id="unit"),
        pytest.param("1" * 1001, False, id="over-the-digit-limit"),
    ],
)
def test_what_counts_as_a_plain_number(text: str, plain: bool) -> None:
    assert (plain_number(text) is not None) is plain


def test_a_batch_of_plain_numbers_never_imports_sympy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from grader_core.events import parse_sample\n"
        "from grader_core.runner import grade_batch\n"
        "from grader_core.spec import build_grader\n"
        "g = build_grader({'type': 'math'})\n"
        "items = [{'id': i, 'messages': [{'role': 'assistant', 'content': r}], 'metadata': {'reference_answer': a}}\n"
        "         for i, (r, a) in enumerate([('\\\\boxed{12}', '12'), ('#### 7', '8'), ('The answer is 3.', '3'),\n"
        "                                     ('\\\\boxed{1{,}000}', '1000'), ('\\\\boxed{0.5}', '\\\\frac{1}{2}')])]\n"
        "out = grade_batch([parse_sample(x, i) for i, x in enumerate(items)], lambda s: g)\n"
        "print([o.reward for o in out], 'sympy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[1.0, 0.0, 1.0, 1.0, 1.0] False"
